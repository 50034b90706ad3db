package org.zhifagongkai.api.opendata;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The catalogue of open datasets in DCAT (JSON-LD, DCAT-AP style): each dataset with its licence,
 * update frequency, field dictionary and download links, so that CKAN and other harvesters can list
 * the portal's data.
 */
@Component
class DcatCatalog {

  static final String PATH = "/open-data/";
  private static final String DAILY =
      "http://publications.europa.eu/resource/authority/frequency/DAILY";
  private static final String MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";

  private final OpenDatasets datasets;
  private final Clock clock;
  private final String licence;
  private final String publisher;
  private final String baseUrl;

  /**
   * @param publicUrl the portal's public address ({@code portal.public-url}, such as {@code
   *     https://zhifa.example.gov.cn}), under which links are absolute; blank for links relative to
   *     the portal's root. Never the request's Host header: anyone can send one, and a cache in
   *     front of the portal would hand a forged address to every harvester after.
   */
  DcatCatalog(
      OpenDatasets datasets,
      Clock clock,
      @Value("${portal.open-data.licence:https://creativecommons.org/licenses/by/4.0/}")
          String licence,
      @Value("${portal.open-data.publisher:执法公开}") String publisher,
      @Value("${portal.public-url:}") String publicUrl) {
    this.datasets = datasets;
    this.clock = clock;
    this.licence = licence;
    this.publisher = publisher;
    this.baseUrl = baseUrl(publicUrl.strip());
  }

  /** {@code publicUrl} without a trailing slash; a start-up failure unless a web address. */
  private static String baseUrl(String publicUrl) {
    if (publicUrl.isEmpty()) {
      return "";
    }
    URI uri;
    try {
      uri = new URI(publicUrl);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("portal.public-url is not an address: " + publicUrl, e);
    }
    if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
        || uri.getHost() == null
        || uri.getRawUserInfo() != null
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null) {
      throw new IllegalStateException(
          "portal.public-url must be an http or https address without user, query or fragment: "
              + publicUrl);
    }
    return publicUrl.replaceAll("/+$", "");
  }

  /**
   * The catalogue, its links under the configured public address, with the {@code served} dumps.
   */
  Map<String, Object> of(List<DumpFiles.Dump> served) {
    List<Object> entries = new ArrayList<>();
    for (OpenDataset dataset : datasets.all()) {
      entries.add(dataset(dataset, served));
    }
    Map<String, Object> catalog = new LinkedHashMap<>();
    catalog.put(
        "@context",
        Map.of(
            "dcat", "http://www.w3.org/ns/dcat#",
            "dct", "http://purl.org/dc/terms/",
            "foaf", "http://xmlns.com/foaf/0.1/"));
    catalog.put("@id", baseUrl + PATH + "catalog.jsonld");
    catalog.put("@type", "dcat:Catalog");
    catalog.put("dct:title", titles("执法公开 开放数据", "Enforcement in the Open: open data"));
    catalog.put("dct:description", text("行政执法公示信息的开放数据：行政处罚决定、执法事项目录、裁量基准、不予处罚清单。", "zh"));
    catalog.put("dct:publisher", Map.of("@type", "foaf:Agent", "foaf:name", publisher));
    catalog.put("dct:license", Map.of("@id", licence));
    catalog.put("dct:modified", OffsetDateTime.now(clock).toString());
    catalog.put("foaf:homepage", Map.of("@id", baseUrl + "/"));
    catalog.put("dcat:dataset", entries);
    return catalog;
  }

  private Map<String, Object> dataset(OpenDataset dataset, List<DumpFiles.Dump> served) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("@id", baseUrl + PATH + dataset.name());
    entry.put("@type", "dcat:Dataset");
    entry.put("dct:identifier", dataset.name());
    entry.put("dct:title", titles(dataset.titleZh(), dataset.titleEn()));
    entry.put("dct:description", text(dataset.descriptionZh(), "zh"));
    entry.put("dcat:keyword", dataset.keywords());
    entry.put("dct:license", Map.of("@id", licence));
    entry.put("dct:accrualPeriodicity", Map.of("@id", DAILY));
    entry.put("dct:conformsTo", Map.of("@id", baseUrl + PATH + "dictionary.csv"));
    List<Object> distributions = new ArrayList<>();
    distributions.add(distribution(dataset, ExportFormat.CSV, "text/csv", baseUrl));
    distributions.add(distribution(dataset, ExportFormat.JSONL, "application/jsonl", baseUrl));
    for (ExportFormat format : ExportFormat.values()) {
      served.stream()
          .filter(dump -> dump.dataset().equals(dataset.name()) && dump.format() == format)
          .findFirst()
          .ifPresent(dump -> distributions.add(dumpDistribution(dump, baseUrl)));
    }
    entry.put("dcat:distribution", distributions);
    return entry;
  }

  /** The {@code served} dumps with their links: what {@code /open-data/dumps.json} lists. */
  List<Map<String, Object>> dumps(List<DumpFiles.Dump> served) {
    return served.stream()
        .map(
            dump -> {
              Map<String, Object> entry = new LinkedHashMap<>();
              entry.put("file", dump.fileName());
              entry.put("dataset", dump.dataset());
              entry.put("date", dump.date().toString());
              entry.put("format", dump.format().name());
              entry.put("bytes", dump.bytes());
              entry.put("url", baseUrl + PATH + "dumps/" + dump.fileName());
              return entry;
            })
        .toList();
  }

  private static Map<String, Object> dumpDistribution(DumpFiles.Dump dump, String baseUrl) {
    String url = baseUrl + PATH + "dumps/" + dump.fileName();
    Map<String, Object> distribution = new LinkedHashMap<>();
    distribution.put("@id", url);
    distribution.put("@type", "dcat:Distribution");
    distribution.put("dct:title", text("全量存档 " + dump.date(), "zh"));
    distribution.put("dct:issued", dump.date().toString());
    distribution.put("dcat:downloadURL", Map.of("@id", url));
    distribution.put("dcat:compressFormat", Map.of("@id", MEDIA_TYPES + "application/gzip"));
    distribution.put("dcat:byteSize", dump.bytes());
    distribution.put("dct:format", dump.format().name());
    return distribution;
  }

  private static Map<String, Object> distribution(
      OpenDataset dataset, ExportFormat format, String mediaType, String baseUrl) {
    String url = baseUrl + PATH + dataset.name() + "." + format.extension();
    Map<String, Object> distribution = new LinkedHashMap<>();
    distribution.put("@id", url);
    distribution.put("@type", "dcat:Distribution");
    distribution.put("dcat:accessURL", Map.of("@id", url));
    distribution.put("dcat:downloadURL", Map.of("@id", url));
    distribution.put("dcat:mediaType", Map.of("@id", MEDIA_TYPES + mediaType));
    distribution.put("dct:format", format.name());
    return distribution;
  }

  private static List<Map<String, String>> titles(String zh, String en) {
    return List.of(text(zh, "zh"), text(en, "en"));
  }

  private static Map<String, String> text(String value, String language) {
    return Map.of("@value", value, "@language", language);
  }
}
