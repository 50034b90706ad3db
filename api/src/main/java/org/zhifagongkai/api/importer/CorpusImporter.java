package org.zhifagongkai.api.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.zhifagongkai.api.penalty.Actor;
import org.zhifagongkai.api.penalty.NewDecision;
import org.zhifagongkai.api.penalty.PenaltyDecision;
import org.zhifagongkai.api.penalty.PublicationService;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports published decisions from a JSON-lines corpus ({@code source, src_id, title, doc_no,
 * party, legal_rep, authority, date, url, content_text}), reading what the text holds where the
 * structured fields are empty. Bodies are found by name or created in the region their name refers
 * to.
 *
 * <p>Records go through {@link PublicationService#record}, which masks natural persons' names and
 * removes ID, phone and account numbers from every text. Names of third parties inside the facts
 * cannot be told from other names and stay as published, so the importer is still for evaluation
 * databases, not for a public portal.
 */
@Component
public class CorpusImporter {

  private static final Map<String, String> SOURCE_PROVINCES =
      Map.of(
          "yunnan_multi_agency", "云南",
          "chongqing_multi_agency", "重庆",
          "guangxi_multi_agency", "广西",
          "gansu_multi_agency", "甘肃");

  /** Catalogue entries and statute excerpts published beside decisions, which are not decisions. */
  private static final Pattern NOT_A_DECISION =
      Pattern.compile("(办事指南|的处罚$)|^\\s*(行政行为|【(法律|行政法规|地方性法规|政府规章|部门规章)】)");

  private final PublicationService publication;
  private final RegionTables regions;
  private final DatabaseClient database;
  private final JsonMapper json = JsonMapper.builder().build();
  private final Map<String, Long> agencies = new HashMap<>();

  CorpusImporter(PublicationService publication, RegionTables regions, DatabaseClient database) {
    this.publication = publication;
    this.regions = regions;
    this.database = database;
  }

  /**
   * What an import did: the decision id of each imported line (numbered from 1), and each rejected
   * line with its reason.
   */
  public record Report(Map<Integer, Long> imported, List<String> rejected) {}

  public Report importFile(Path corpus) {
    List<String> lines;
    try {
      lines = Files.readAllLines(corpus);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + corpus, e);
    }
    Map<Integer, Long> imported = new LinkedHashMap<>();
    List<String> rejected = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      try {
        JsonNode record = json.readTree(lines.get(i));
        PenaltyDecision decision = importRecord(record).block();
        if (decision != null) {
          imported.put(i + 1, decision.id());
        }
      } catch (DataIntegrityViolationException e) {
        // Re-publication of a number the body already published; updating it is the importer's next
        // step.
        rejected.add("line " + (i + 1) + ": a duplicate: this body already published this number");
      } catch (RuntimeException e) {
        rejected.add("line " + (i + 1) + ": " + e.getMessage());
      }
    }
    return new Report(imported, rejected);
  }

  private Mono<PenaltyDecision> importRecord(JsonNode record) {
    String title = text(record, "title");
    String body = text(record, "content_text");
    if (NOT_A_DECISION.matcher(title).find() || NOT_A_DECISION.matcher(body).lookingAt()) {
      throw new IllegalArgumentException("not a decision: an enforcement item's description");
    }
    ExtractedDecision read = DecisionTextExtractor.extract(title, body);
    String number =
        firstOf(text(record, "doc_no"), read.documentNumber(), "无文号-" + text(record, "src_id"));
    String party = firstOf(cleanParty(text(record, "party")), read.party(), "（未载明当事人）");
    String authority = firstOf(text(record, "authority"), read.authority(), "（未载明机关）");
    LocalDate published = ImportDates.parse(text(record, "date"));
    LocalDate decided = firstOf(read.decisionDate(), published, null);
    if (decided == null) {
      throw new IllegalArgumentException(
          "a decision without a date: neither the record nor its text dates it");
    }
    String citations = read.citations().isEmpty() ? "（见决定书全文）" : String.join("、", read.citations());
    long agency = agency(authority, SOURCE_PROVINCES.get(text(record, "source")));
    return publication.record(
        IMPORTER,
        new NewDecision(
            number,
            emptyToNull(title),
            new PenaltyDecision.Party(
                read.partyKind(), party, null, emptyToNull(text(record, "legal_rep"))),
            body.isBlank() ? title : body,
            citations,
            citations,
            read.penaltyKinds(),
            null,
            null,
            null,
            decided,
            agency,
            null,
            null,
            null,
            List.of(),
            List.of(),
            published == null ? decided : published,
            null,
            emptyToNull(text(record, "url")),
            text(record, "source")));
  }

  private static final Actor IMPORTER = Actor.portal("语料导入");

  /** The id of the body with this name, created on first sight in the region its name refers to. */
  private long agency(String name, @Nullable String province) {
    return agencies.computeIfAbsent(
        name,
        n -> {
          String region = regions.regionOf(n, province);
          Long id =
              database
                  .sql(
                      "insert into agency (name, region_code, level, kind) values (:name, :region,"
                          + " (select case level when 'PROVINCE' then 'PROVINCE' when 'CITY' then 'CITY'"
                          + " else 'COUNTY' end from region where code = :region), 'SPECIALISED')"
                          + " returning id")
                  .bind("name", n)
                  .bind("region", region)
                  .map(row -> Rows.id(row, "id"))
                  .one()
                  .block();
          return java.util.Objects.requireNonNull(id);
        });
  }

  /** A party field sometimes carries the record's own suffix: 某公司-违反税收管理. */
  private static String cleanParty(String party) {
    return party.replaceAll("[-—](?:违反|违法|其他|未按).*$", "").strip();
  }

  @SafeVarargs
  private static <T> T firstOf(@Nullable T... values) {
    for (T value : values) {
      if (value != null && !(value instanceof String s && s.isBlank())) {
        return value;
      }
    }
    return values[values.length - 1];
  }

  private static String text(JsonNode record, String field) {
    JsonNode value = record.get(field);
    return value == null || value.isNull() ? "" : value.asString();
  }

  private static @Nullable String emptyToNull(String text) {
    return text.isBlank() ? null : text.strip();
  }
}
