package org.zhifagongkai.api.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhifagongkai.api.ApiTest;
import org.zhifagongkai.api.PublishedTextSweep;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OpenDataTest extends ApiTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Autowired OpenDatasets datasets;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "|",
        "regionCode=980000|regionCode: \"980000\"",
        "agencyId=900001|agencyId: \"900001\"",
        "field=URBAN_MANAGEMENT&penaltyKind=FINE|field: \"URBAN_MANAGEMENT\", penaltyKind: FINE",
        "partyKind=NATURAL_PERSON|partyKind: NATURAL_PERSON",
        "from=2025-01-01&to=2025-06-30|decidedFrom: \"2025-01-01\", decidedTo: \"2025-06-30\"",
        "fineAtLeast=1000&fineAtMost=5000.5|fineAtLeast: \"1000\", fineAtMost: \"5000.5\"",
        "partyCreditCode=92980102 ma0000012a|partyCreditCode: \"92980102 ma0000012a\""
      })
  void decisionExportHoldsExactlyWhatTheListingCounts(String query, String filter) {
    List<CSVRecord> rows = csv("penalty-decisions.csv" + (query == null ? "" : "?" + query));
    List<JsonNode> lines =
        jsonLines("penalty-decisions.jsonl" + (query == null ? "" : "?" + query));
    int total =
        graphQl
            .document(
                "{ penaltyDecisions(filter: {"
                    + (filter == null ? "" : filter)
                    + "}) { totalCount } }")
            .execute()
            .path("penaltyDecisions.totalCount")
            .entity(Integer.class)
            .get();
    assertThat(total).isPositive();
    assertThat(rows).hasSize(total);
    assertThat(lines).hasSize(total);
    assertThat(new HashSet<>(ids(rows))).hasSize(total);
  }

  @Test
  void filteredExportListsTheSameDecisionsAsTheListing() {
    List<String> listed =
        graphQl
            .document(
                "{ penaltyDecisions(filter: {regionCode: \"980000\"}, first: 100) { nodes { id } } }")
            .execute()
            .path("penaltyDecisions.nodes[*].id")
            .entityList(String.class)
            .get();
    assertThat(listed).isNotEmpty();
    assertThat(ids(csv("penalty-decisions.csv?regionCode=980000")))
        .containsExactlyInAnyOrderElementsOf(listed);
  }

  @Test
  void csvBeginsWithTheByteOrderMarkAndParsesBackIntoThePublishedRecord() {
    byte[] file = download("penalty-decisions.csv?agencyId=900001");
    assertThat(Arrays.copyOf(file, 3)).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    CSVRecord row =
        parse(new String(file, StandardCharsets.UTF_8)).stream()
            .filter(r -> r.get("id").equals("900001"))
            .findFirst()
            .orElseThrow();
    assertThat(row.get("document_number")).isEqualTo("云保监罚〔2018〕3号");
    assertThat(row.get("party_kind")).isEqualTo("LEGAL_PERSON");
    assertThat(row.get("party_name")).isEqualTo("测试甲化工有限公司");
    assertThat(row.get("party_credit_code")).isEqualTo("91350100M000100Y43");
    assertThat(row.get("party_legal_representative")).isEqualTo("赵测试");
    assertThat(row.get("penalty_kinds")).isEqualTo("FINE|ORDER_TO_SUSPEND_BUSINESS");
    assertThat(row.get("fine_amount")).isEqualTo("125000.50");
    assertThat(row.get("confiscation_amount")).isEmpty();
    assertThat(row.get("decision_date")).isEqualTo("2024-05-06");
    assertThat(row.get("agency_name")).isEqualTo("甲市生态环境局");
    assertThat(row.get("region_code")).isEqualTo("980100");
    Map<String, String> published = publishedViaGraphQl("900001");
    assertThat(row.get("facts")).isEqualTo(published.get("facts"));
    assertThat(row.get("violated_provisions")).isEqualTo(published.get("violatedProvisions"));
    assertThat(row.get("source_body")).isEqualTo(published.get("sourceBody"));
    assertThat(row.get("source_url")).isEqualTo(published.getOrDefault("sourceUrl", ""));
    assertThat(row.get("imported_at")).isNotEmpty();
    assertThat(row.get("last_changed_at")).isNotEmpty();
  }

  @Test
  void jsonLinesHoldTheSameValuesAsTheCsv() {
    List<CSVRecord> rows = csv("penalty-decisions.csv?regionCode=980000");
    List<JsonNode> lines = jsonLines("penalty-decisions.jsonl?regionCode=980000");
    assertThat(lines).hasSameSizeAs(rows);
    for (int i = 0; i < rows.size(); i++) {
      CSVRecord row = rows.get(i);
      JsonNode line = lines.get(i);
      for (String column : row.getParser().getHeaderNames()) {
        JsonNode value = line.get(column);
        String asCsv =
            value.isNull()
                ? ""
                : value.isArray()
                    ? String.join("|", value.valueStream().map(JsonNode::asString).toList())
                    : value.asString();
        if (value.isNumber() && !row.get(column).isEmpty()) {
          assertThat(new java.math.BigDecimal(asCsv))
              .as(column + " of " + row.get("id"))
              .isEqualByComparingTo(row.get(column));
        } else {
          assertThat(asCsv).as(column + " of " + row.get("id")).isEqualTo(row.get(column));
        }
      }
    }
    String raw =
        new String(download("penalty-decisions.jsonl?agencyId=900001"), StandardCharsets.UTF_8);
    assertThat(raw).contains("\"fine_amount\":125000.50,");
  }

  @Test
  void noPersonalDataIsReadableInAnyExportOfNaturalPersons() {
    List<CSVRecord> persons = csv("penalty-decisions.csv?partyKind=NATURAL_PERSON");
    List<CSVRecord> businesses = csv("penalty-decisions.csv?partyKind=INDIVIDUAL_BUSINESS");
    assertThat(persons).hasSizeGreaterThan(10);
    List<String> leaks = new ArrayList<>();
    for (CSVRecord row : persons) {
      assertThat(row.get("party_credit_code")).as(row.get("id")).isEmpty();
      assertThat(row.get("party_legal_representative")).as(row.get("id")).isEmpty();
      assertThat(row.get("party_name")).as(row.get("id")).containsAnyOf("*", "某");
    }
    for (CSVRecord row : concat(persons, businesses)) {
      for (String cell : row.values()) {
        PublishedTextSweep.leaks(cell).forEach(leak -> leaks.add(row.get("id") + ": " + leak));
      }
    }
    assertThat(leaks).isEmpty();
  }

  @Test
  void everyOtherDatasetHoldsWhatItsListingCounts() {
    assertThat(csv("enforcement-items.csv")).hasSize(totalCount("enforcementItems(filter: {})"));
    assertThat(csv("enforcement-items.csv?includeSuperseded=true&catalogue=SPECIALISED"))
        .hasSize(
            totalCount(
                "enforcementItems(filter: {includeSuperseded: true, catalogue: SPECIALISED})"));
    assertThat(csv("no-penalty-items.csv")).hasSize(totalCount("noPenaltyItems(filter: {})"));
    assertThat(csv("no-penalty-items.csv?listKind=FIRST_VIOLATION"))
        .hasSize(totalCount("noPenaltyItems(filter: {listKind: FIRST_VIOLATION})"));
    List<CSVRecord> tiers = csv("discretion-benchmarks.csv?field=ECO_ENVIRONMENT");
    Long tierCount =
        database
            .sql(
                "select count(*) from benchmark_tier t join benchmark_violation v on v.id = t.violation_id"
                    + " join discretion_benchmark b on b.id = v.benchmark_id"
                    + " where b.field_code = 'ECO_ENVIRONMENT'")
            .map(row -> row.get(0, Long.class))
            .one()
            .block();
    assertThat(tiers).hasSize(tierCount == null ? -1 : tierCount.intValue());
    assertThat(tiers.stream().map(r -> r.get("benchmark_id")).distinct().count())
        .isLessThanOrEqualTo(
            totalCount("discretionBenchmarks(filter: {field: \"ECO_ENVIRONMENT\"})"));
    List<CSVRecord> known =
        tiers.stream().filter(r -> r.get("violation_id").equals("900001")).toList();
    assertThat(known.stream().map(r -> r.get("fine_min")).toList())
        .containsExactly("100000.00", "730000.00", "");
    assertThat(known.getLast().get("multiple_base")).isEqualTo("违法所得");
  }

  @Test
  void anItemsLegalBasisIsCitedAsThePortalCitesIt() {
    CSVRecord item =
        csv("enforcement-items.csv?agencyId=900001").stream()
            .filter(r -> r.get("id").equals("900002"))
            .findFirst()
            .orElseThrow();
    assertThat(item.get("legal_basis")).isEqualTo("《测试大气法》第十八条|《测试大气法》第九十九条第（二）项");
    assertThat(item.get("code")).isEqualTo("T-ECO-1");
  }

  @Test
  void everyCatalogueRowSaysWhenItWasRecordedAndLastChanged() {
    CSVRecord before = noPenaltyEntry900001();
    assertThat(before.get("recorded_at")).isNotEmpty();
    // An update that changes nothing leaves the time; one that changes the entry moves it.
    database.sql("update no_penalty_item set seq = seq where id = 900001").then().block();
    assertThat(noPenaltyEntry900001().get("last_changed_at"))
        .isEqualTo(before.get("last_changed_at"));
    database
        .sql("update no_penalty_item set conditions = conditions || '。' where id = 900001")
        .then()
        .block();
    database
        .sql("update no_penalty_item set conditions = rtrim(conditions, '。') where id = 900001")
        .then()
        .block();
    CSVRecord after = noPenaltyEntry900001();
    assertThat(after.get("conditions")).isEqualTo(before.get("conditions"));
    assertThat(java.time.OffsetDateTime.parse(after.get("last_changed_at")))
        .isAfter(java.time.OffsetDateTime.parse(before.get("last_changed_at")));
    assertThat(after.get("recorded_at")).isEqualTo(before.get("recorded_at"));
    for (String dataset : List.of("enforcement-items.csv", "discretion-benchmarks.csv")) {
      assertThat(csv(dataset))
          .allSatisfy(row -> assertThat(row.get("last_changed_at")).isNotEmpty());
    }
  }

  @Test
  void aDecisionsLastChangeIsEveryChangeThePublicSeesWhateverMadeIt() {
    String before = decision900001().get("last_changed_at");
    // Written straight to the table, as no publishing path appends an event for it.
    database
        .sql("update penalty_decision set facts = facts || '。' where id = 900001")
        .then()
        .block();
    CSVRecord changed = decision900001();
    database
        .sql("update penalty_decision set facts = left(facts, -1) where id = 900001")
        .then()
        .block();
    assertThat(java.time.OffsetDateTime.parse(changed.get("last_changed_at")))
        .isAfter(java.time.OffsetDateTime.parse(before));
    assertThat(decision900001().get("facts")).isEqualTo(publishedViaGraphQl("900001").get("facts"));
  }

  private CSVRecord decision900001() {
    return csv("penalty-decisions.csv?agencyId=900001").stream()
        .filter(r -> r.get("id").equals("900001"))
        .findFirst()
        .orElseThrow();
  }

  private CSVRecord noPenaltyEntry900001() {
    return csv("no-penalty-items.csv?listKind=FIRST_VIOLATION").stream()
        .filter(r -> r.get("id").equals("900001"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theDictionaryDescribesEveryExportedColumnFromTheSchema() {
    List<CSVRecord> entries = csv("dictionary.csv");
    for (String dataset :
        List.of(
            "penalty-decisions",
            "enforcement-items",
            "discretion-benchmarks",
            "no-penalty-items")) {
      List<String> header =
          parse(
                  new String(
                      download(dataset + ".csv?" + emptyFilterOf(dataset)), StandardCharsets.UTF_8))
              .getFirst()
              .getParser()
              .getHeaderNames();
      List<CSVRecord> described =
          entries.stream().filter(e -> e.get("dataset").equals(dataset)).toList();
      assertThat(described.stream().map(e -> e.get("column")).toList())
          .as(dataset)
          .containsExactlyElementsOf(header);
      assertThat(described).allSatisfy(e -> assertThat(e.get("description")).isNotBlank());
    }
    CSVRecord fine =
        entries.stream()
            .filter(
                e ->
                    e.get("dataset").equals("penalty-decisions")
                        && e.get("column").equals("fine_amount"))
            .findFirst()
            .orElseThrow();
    assertThat(fine.get("description"))
        .isEqualTo("The fine, in yuan; null when no fine was imposed.");
    assertThat(fine.get("type")).isEqualTo("decimal");
    assertThat(fine.get("schema_field")).isEqualTo("PenaltyDecision.fineAmount");
  }

  @Test
  void theCatalogueListsEveryDatasetWithDownloadsThatWork() {
    JsonNode catalog = JSON.readTree(download("catalog.jsonld"));
    assertThat(catalog.get("@type").asString()).isEqualTo("dcat:Catalog");
    JsonNode datasets = catalog.get("dcat:dataset");
    assertThat(datasets.valueStream().map(d -> d.get("dct:identifier").asString()).toList())
        .containsExactly(
            "penalty-decisions", "enforcement-items", "discretion-benchmarks", "no-penalty-items");
    for (JsonNode dataset : datasets) {
      assertThat(dataset.get("dct:license").get("@id").asString()).startsWith("https://");
      assertThat(dataset.get("dct:accrualPeriodicity").get("@id").asString()).endsWith("DAILY");
      for (JsonNode distribution : dataset.get("dcat:distribution")) {
        String url = distribution.get("dcat:downloadURL").get("@id").asString();
        assertThat(url).startsWith("/open-data/");
        // Read whole: an export holds its place among the few that may run until it is read.
        assertThat(
                download(
                    url.substring(url.indexOf("/open-data/") + "/open-data/".length())
                        + "?"
                        + emptyFilterOf(dataset.get("dct:identifier").asString())))
            .isNotEmpty();
      }
    }
  }

  @Test
  void catalogueLinksNeverComeFromTheRequestsHost() {
    for (String file : List.of("catalog.jsonld", "dumps.json")) {
      String answer =
          web.get()
              .uri("/open-data/" + file)
              .header("Host", "evil.example")
              .header("X-Forwarded-Host", "evil.example")
              .exchange()
              .expectStatus()
              .isOk()
              .expectBody(String.class)
              .returnResult()
              .getResponseBody();
      assertThat(answer).doesNotContain("evil.example").doesNotContain("localhost");
    }
    JsonNode catalog = JSON.readTree(download("catalog.jsonld"));
    assertThat(catalog.get("@id").asString()).isEqualTo("/open-data/catalog.jsonld");
    assertThat(catalog.get("foaf:homepage").get("@id").asString()).isEqualTo("/");
  }

  @Test
  void aConfiguredPublicAddressMakesTheCataloguesLinksAbsolute() {
    DcatCatalog catalog = catalogAt("https://zhifa.example.gov.cn/");
    Map<String, Object> json = catalog.of(List.of());
    assertThat(json.get("@id")).isEqualTo("https://zhifa.example.gov.cn/open-data/catalog.jsonld");
    assertThat(json.get("foaf:homepage")).isEqualTo(Map.of("@id", "https://zhifa.example.gov.cn/"));
    @SuppressWarnings("unchecked")
    Map<String, Object> decisions =
        ((List<Map<String, Object>>) json.get("dcat:dataset")).getFirst();
    assertThat(decisions.get("@id"))
        .isEqualTo("https://zhifa.example.gov.cn/open-data/penalty-decisions");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "zhifa.example.gov.cn",
        "javascript:alert(1)",
        "ftp://zhifa.example.gov.cn",
        "https://user@zhifa.example.gov.cn",
        "https://zhifa.example.gov.cn/?a=1",
        "https://zhifa.example.gov.cn/#top"
      })
  void aPublicAddressThatIsNoWebAddressStopsStartUp(String publicUrl) {
    assertThatThrownBy(() -> catalogAt(publicUrl))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("portal.public-url");
  }

  private DcatCatalog catalogAt(String publicUrl) {
    return new DcatCatalog(
        datasets,
        java.time.Clock.systemUTC(),
        "https://creativecommons.org/licenses/by/4.0/",
        "执法公开",
        publicUrl);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "penalty-decisions.csv?regionkode=980000, 400, INVALID_REQUEST",
    "penalty-decisions.csv?from=2024-13-01, 400, INVALID_REQUEST",
    "penalty-decisions.csv?from=2025-02-01&to=2025-01-01, 400, INVALID_DATE_RANGE",
    "penalty-decisions.csv?regionCode=98, 400, INVALID_REGION_CODE",
    "penalty-decisions.csv?field=NO_SUCH_FIELD, 400, INVALID_FIELD",
    "penalty-decisions.csv?fineAtLeast=lots, 400, INVALID_REQUEST",
    "penalty-decisions.csv?fineAtLeast=-5, 400, INVALID_AMOUNT_RANGE",
    "penalty-decisions.csv?fineAtLeast=0.001, 400, INVALID_AMOUNT_RANGE",
    "penalty-decisions.jsonl?fineAtMost=0.001, 400, INVALID_AMOUNT_RANGE",
    "penalty-decisions.csv?fineAtMost=123456789012345, 400, INVALID_AMOUNT_RANGE",
    "penalty-decisions.csv?field=%00, 400, INVALID_TEXT",
    "penalty-decisions.csv?penaltyKind=SPANKING, 400, INVALID_REQUEST",
    "penalty-decisions.csv?agencyId=1&agencyId=2, 400, INVALID_REQUEST",
    "penalty-decisions.csv?partyCreditCode=123, 400, INVALID_CREDIT_CODE",
    "enforcement-items.csv?includeSuperseded=yes, 400, INVALID_REQUEST",
    "penalty-decisions.csv?regionCode, 400, INVALID_REGION_CODE",
    "penalty-decisions.jsonl?partyCreditCode=, 400, INVALID_CREDIT_CODE",
    "penalty-decisions.csv?fineAtLeast=1e999999999, 400, INVALID_REQUEST",
    "penalty-decisions.csv?fineAtMost=0.0000000000000001, 400, INVALID_REQUEST",
    "enforcement-items.csv?catalogue=, 400, INVALID_REQUEST",
    "inspection-report.md?regionCode, 400, INVALID_REGION_CODE",
    "penalty-decisions.xml, 404, NOT_FOUND",
    "complaints.csv, 404, NOT_FOUND"
  })
  void badRequestsAreRefusedWithACodeAndNothingStreamed(String path, int status, String code) {
    String body =
        web.get()
            .uri(openData(path))
            .exchange()
            .expectStatus()
            .isEqualTo(status)
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    JsonNode error = JSON.readTree(body).get("errors").get(0);
    assertThat(error.get("extensions").get("code").asString()).isEqualTo(code);
    assertThat(error.get("message").asString()).isNotBlank();
  }

  @Test
  void aNulInAnyParameterOfAnyExportIsInvalidText() {
    List<String> paths = new ArrayList<>();
    for (OpenDataset dataset : datasets.all()) {
      for (String parameter : dataset.parameters()) {
        for (String format : List.of("csv", "jsonl")) {
          paths.add(dataset.name() + "." + format + "?" + parameter + "=a%00b");
        }
      }
    }
    for (String parameter : List.of("regionCode", "from", "to")) {
      paths.add("inspection-report.md?" + parameter + "=%00");
      paths.add("inspection-report.csv?" + parameter + "=%00");
    }
    assertThat(paths).hasSize(2 * (11 + 7 + 3 + 3) + 6);
    for (String path : paths) {
      JsonNode error =
          JSON.readTree(
                  web.get()
                      .uri(openData(path))
                      .exchange()
                      .expectStatus()
                      .isEqualTo(400)
                      .expectBody(String.class)
                      .returnResult()
                      .getResponseBody())
              .get("errors")
              .get(0);
      assertThat(error.get("extensions").get("code").asString()).as(path).isEqualTo("INVALID_TEXT");
    }
  }

  /** The address of {@code path} under /open-data/, sent as written (%00 stays a NUL). */
  private java.net.URI openData(String path) {
    return java.net.URI.create("http://localhost:" + port + "/open-data/" + path);
  }

  private static String emptyFilterOf(String dataset) {
    return dataset.equals("enforcement-items") ? "includeSuperseded=true" : "";
  }

  private int totalCount(String field) {
    String name = field.substring(0, field.indexOf('('));
    return graphQl
        .document("{ " + field + " { totalCount } }")
        .execute()
        .path(name + ".totalCount")
        .entity(Integer.class)
        .get();
  }

  private Map<String, String> publishedViaGraphQl(String id) {
    JsonNode decision =
        JSON.readTree(
                org.zhifagongkai.api.GraphQlText.answer(
                    web,
                    "{ penaltyDecision(id: \""
                        + id
                        + "\") { facts violatedProvisions provenance { sourceUrl sourceBody } } }"))
            .get("data")
            .get("penaltyDecision");
    Map<String, String> values = new java.util.HashMap<>();
    values.put("facts", decision.get("facts").asString());
    values.put("violatedProvisions", decision.get("violatedProvisions").asString());
    values.put("sourceBody", decision.get("provenance").get("sourceBody").asString());
    JsonNode url = decision.get("provenance").get("sourceUrl");
    if (!url.isNull()) {
      values.put("sourceUrl", url.asString());
    }
    return values;
  }

  private byte[] download(String path) {
    byte[] body =
        web.mutate()
            .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(256 * 1024 * 1024))
            .build()
            .get()
            .uri("/open-data/" + path)
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(byte[].class)
            .returnResult()
            .getResponseBody();
    assertThat(body).isNotNull();
    return body;
  }

  private List<CSVRecord> csv(String path) {
    return parse(new String(download(path), StandardCharsets.UTF_8));
  }

  private static List<CSVRecord> parse(String text) {
    assertThat(text).startsWith("\uFEFF");
    try {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(new StringReader(text.substring(1)))
          .getRecords();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<JsonNode> jsonLines(String path) {
    String text = new String(download(path), StandardCharsets.UTF_8);
    List<JsonNode> lines = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isEmpty()) {
        lines.add(JSON.readTree(line));
      }
    }
    return lines;
  }

  private static List<String> ids(List<CSVRecord> rows) {
    return rows.stream().map(r -> r.get("id")).toList();
  }

  private static List<CSVRecord> concat(List<CSVRecord> a, List<CSVRecord> b) {
    List<CSVRecord> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
