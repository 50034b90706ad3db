package org.zhifagongkai.api.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.zhifagongkai.api.penalty.Corrections;
import org.zhifagongkai.api.penalty.NewDecision;
import org.zhifagongkai.api.penalty.PartyKind;
import org.zhifagongkai.api.penalty.PenaltyDecision;
import org.zhifagongkai.api.penalty.PenaltyKind;
import org.zhifagongkai.api.penalty.PublicationScope;
import org.zhifagongkai.api.staff.Actor;
import org.zhifagongkai.api.support.Hashes;
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
 * <p>Records go through {@link Corrections#importRecord}: publication masks natural persons' names
 * and removes ID, phone and account numbers from every text. Names of third parties inside the
 * facts cannot be told from other names and stay as published, so the importer is still for
 * evaluation databases, not for a public portal.
 */
@Component
public class CorpusImporter {

  private static final Map<String, String> SOURCE_PROVINCES =
      Map.of(
          "yunnan_multi_agency", "云南",
          "chongqing_multi_agency", "重庆",
          "guangxi_multi_agency", "广西",
          "gansu_multi_agency", "甘肃");

  private final Corrections corrections;
  private final RegionTables regions;
  private final DatabaseClient database;
  private final JsonMapper json = JsonMapper.builder().build();
  private final Map<String, Long> agencies = new HashMap<>();
  private final Clock clock;

  CorpusImporter(
      Corrections corrections, RegionTables regions, DatabaseClient database, Clock clock) {
    this.corrections = corrections;
    this.regions = regions;
    this.database = database;
    this.clock = clock;
  }

  /**
   * What an import did: the decision id of each imported line (numbered from 1), of each line that
   * named a decision already imported from the same source record (updated where it changed), and
   * each rejected line with its reason.
   */
  public record Report(
      Map<Integer, Long> imported,
      Map<Integer, Long> updated,
      List<String> rejected,
      List<Flagged> flagged) {

    /** How many fields of each kind the validator flagged, by kind. */
    public Map<String, Long> flagCounts() {
      Map<String, Long> counts = new TreeMap<>();
      flagged.forEach(f -> counts.merge(f.finding().flag().name(), 1L, Long::sum));
      return counts;
    }
  }

  /** A field the validator flagged, on its record's line. */
  public record Flagged(int line, FieldValidator.Finding finding) {
    @Override
    public String toString() {
      return "line "
          + line
          + ": "
          + finding.flag()
          + " "
          + finding.field()
          + ": "
          + finding.value();
    }
  }

  public Report importFile(Path corpus) {
    return importFile(corpus, line -> true);
  }

  /** Imports the lines of {@code corpus} that {@code lines} takes (numbered from 1). */
  Report importFile(Path corpus, java.util.function.IntPredicate lines) {
    List<String> all;
    try {
      all = Files.readAllLines(corpus);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + corpus, e);
    }
    List<PublishedRecord> records = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (!lines.test(i + 1)) {
        continue;
      }
      try {
        records.add(record(i + 1, json.readTree(all.get(i))));
      } catch (RuntimeException e) {
        unreadable.add("line " + (i + 1) + ": not a JSON record: " + e.getMessage());
      }
    }
    Report report = importRecords(records);
    report.rejected().addAll(unreadable);
    return report;
  }

  /**
   * A body's staff importing their own body's decisions: every record is the body's, and one that
   * names another body is refused.
   */
  record Uploader(Actor actor, long agencyId, String agencyName) {}

  Report importRecords(List<PublishedRecord> records) {
    return importRecords(records, null);
  }

  /**
   * Imports each record on its own: a bad one is reported with its line and never stops the rest.
   * With an uploader, every record is the uploader's body's.
   */
  Report importRecords(List<PublishedRecord> records, @Nullable Uploader uploader) {
    Map<Integer, Long> imported = new LinkedHashMap<>();
    Map<Integer, Long> updated = new LinkedHashMap<>();
    List<String> rejected = new ArrayList<>();
    List<Flagged> flagged = new ArrayList<>();
    for (PublishedRecord record : records) {
      Reading reading = new Reading();
      try {
        Corrections.Imported result = importRecord(record, uploader, reading).block();
        if (result != null) {
          (result.created() ? imported : updated).put(record.line(), result.decision().id());
          flagged.addAll(reading.flags);
        }
      } catch (DuplicateKeyException e) {
        rejected.add(
            "line "
                + record.line()
                + ": a duplicate: this body already published this number for this party ("
                + reading.number
                + ")");
      } catch (DataIntegrityViolationException e) {
        rejected.add("line " + record.line() + ": refused by the database: " + cause(e));
      } catch (RuntimeException e) {
        rejected.add("line " + record.line() + ": " + e.getMessage());
      }
    }
    return new Report(imported, updated, rejected, flagged);
  }

  private PublishedRecord record(int line, JsonNode json) {
    if (json.has("caseno")) {
      return recentRecord(line, json);
    }
    String source = text(json, "source");
    return new PublishedRecord(
        line,
        source,
        text(json, "src_id"),
        SOURCE_PROVINCES.get(source),
        text(json, "title"),
        text(json, "doc_no"),
        text(json, "party"),
        text(json, "legal_rep"),
        text(json, "authority"),
        text(json, "date"),
        text(json, "url"),
        text(json, "content_text"),
        "",
        "",
        false,
        false);
  }

  /**
   * A record of the recent market-regulation sample ({@code title, url, date, agency, fact, caseno,
   * kind}): its kind tells decisions from notices.
   */
  private PublishedRecord recentRecord(int line, JsonNode json) {
    String kind = text(json, "kind");
    String title = text(json, "title");
    return new PublishedRecord(
        line,
        "local_amr_sample",
        text(json, "url"),
        null,
        kind.contains("决定书") || kind.contains("公开表") ? title : kind + "：" + title,
        text(json, "caseno"),
        "",
        "",
        text(json, "agency"),
        text(json, "date"),
        text(json, "url"),
        text(json, "fact"),
        "",
        amounts(json),
        true,
        false);
  }

  /** The record's {@code fines}: every amount its page gives, in the page's order. */
  private static String amounts(JsonNode json) {
    JsonNode fines = json.get("fines");
    List<String> amounts = new ArrayList<>();
    if (fines != null) {
      fines.forEach(f -> amounts.add(f.asString()));
    }
    return String.join("\n", amounts);
  }

  private Mono<Corrections.Imported> importRecord(
      PublishedRecord asPublished, @Nullable Uploader uploader, Reading reading) {
    PublishedRecord record = asPublished.withoutPrintedNulls();
    String title = record.title();
    // A page's navigation scraped as its body says nothing of the decision.
    String body = SiteChrome.isOnly(record.text()) ? "" : record.text();
    String notOne = NotADecision.why(record);
    if (notOne != null) {
      throw new IllegalArgumentException("not a decision: " + notOne);
    }
    ExtractedDecision read = DecisionTextExtractor.extract(title, body);
    // A number column holding a date (2018年8月10日) holds no number.
    String given = field(record.documentNumber());
    // A page's labelled 文号 field is its source's number field.
    String published =
        (given.isEmpty() ? DocumentNumbers.labelled(body) : given)
            .replaceFirst("^(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日$", "");
    // The source's own number stands as published unless the text gives one of the grammar.
    String number =
        FieldValidator.parses(published) || read.documentNumber() == null
            ? firstOf(published, FieldValidator.NO_NUMBER + sourceId(asPublished))
            : read.documentNumber();
    String sourceParty = cleanParty(field(record.party()));
    String party =
        firstOf(
            FieldValidator.isPartyName(sourceParty) ? sourceParty : null,
            read.party(),
            FieldValidator.NO_PARTY);
    PartyKind kind =
        RegisteredParty.kind(
            DecisionTextExtractor.partyKind(party, body), party, record.creditCode(), body);
    // A record without a code column may state the party's code in its text (信用西藏's 行政相对人代码——1
    // （统一社会信用代码）): an organisation's, published with its name. A person's or an individual
    // business's is left out, as a key to the name the decision masks.
    String code =
        record.creditCode().isBlank()
                && (kind == PartyKind.LEGAL_PERSON || kind == PartyKind.OTHER_ORGANISATION)
            ? Objects.requireNonNullElse(RegisteredParty.statedCreditCode(body), "")
            : record.creditCode();
    String sourceRepresentative = field(record.legalRepresentative());
    // Only a company's representative is read from the text: a vessel's owner or a business's
    // runner named there is the person penalised.
    String representative =
        FieldValidator.isPersonName(sourceRepresentative)
            ? sourceRepresentative
            : kind == PartyKind.LEGAL_PERSON
                ? DecisionTextExtractor.legalRepresentative(body)
                : null;
    List<FieldValidator.Finding> findings =
        FieldValidator.check(
            number, number.equals(published), party, representative, title, title + "\n" + body);
    String authority = firstOf(record.authority(), read.authority(), "（未载明机关）");
    DecisionDates.Dated dated =
        DecisionDates.date(
            read.decisionDate(),
            record.date().isBlank() ? DecisionTextExtractor.pageDate(body) : record.date(),
            record.datesTheDecision(),
            record.url(),
            DecisionDates.numberYear(number),
            LocalDate.now(clock));
    ListedAmounts listed = ListedAmounts.read(record.amounts());
    BigDecimal statedFine = DecisionTextExtractor.fine(body);
    BigDecimal fine = statedFine != null ? statedFine : listed.fine();
    BigDecimal statedConfiscation = DecisionTextExtractor.confiscation(body);
    BigDecimal confiscation =
        statedConfiscation != null ? statedConfiscation : listed.confiscation();
    List<PenaltyKind> kinds = kinds(read.penaltyKinds(), fine, confiscation);
    String citations = read.citations().isEmpty() ? "（见决定书全文）" : String.join("、", read.citations());
    if (uploader != null
        && !record.authority().isBlank()
        && !sameName(record.authority(), uploader.agencyName())) {
      throw new IllegalArgumentException(
          "another body's decision: " + record.authority() + " is not " + uploader.agencyName());
    }
    String deciding = uploader != null ? uploader.agencyName() : authority;
    if (PublicationScope.MARKET_REGULATOR.matcher(deciding).find()
        && PublicationScope.warningOnly(kinds)) {
      // An imported record carries no field: the regulator's name stands for it, so the import
      // refuses what publication does (SAMR 令45号 Art. 2).
      throw new IllegalArgumentException(
          "not published: a market-regulation penalty that is only a warning (SAMR 令45号 Art. 2)");
    }
    long agency = uploader != null ? uploader.agencyId() : agency(authority, record.province());
    reading.number = number;
    String source = SourceAddresses.web(record.url());
    if (source == null && !record.url().isBlank()) {
      findings.add(
          new FieldValidator.Finding(
              FieldValidator.Flag.SOURCE_NOT_A_WEB_ADDRESS,
              "url",
              SourceAddresses.shown(record.url())));
    }
    findings.forEach(f -> reading.flags.add(new Flagged(record.line(), f)));
    return corrections.importRecord(
        uploader != null ? uploader.actor() : IMPORTER,
        new NewDecision(
            number,
            emptyToNull(title),
            new PenaltyDecision.Party(kind, party, emptyToNull(code), representative),
            body.isBlank() ? title : body,
            citations,
            citations,
            kinds,
            fine,
            confiscation,
            null,
            dated.decided(),
            dated.dating(),
            agency,
            null,
            null,
            null,
            List.of(),
            List.of(),
            dated.published(),
            null,
            source,
            record.source()));
  }

  private static final Actor IMPORTER = Actor.portal("语料导入");

  /**
   * The kinds the text imposes, with a fine or confiscation the record states though its text does
   * not name it (a record whose text was cut short before its penalty clause).
   */
  private static List<PenaltyKind> kinds(
      List<PenaltyKind> read, @Nullable BigDecimal fine, @Nullable BigDecimal confiscation) {
    java.util.Set<PenaltyKind> kinds = java.util.EnumSet.copyOf(read);
    if (fine != null) {
      kinds.add(PenaltyKind.FINE);
    }
    if (confiscation != null && !kinds.contains(PenaltyKind.CONFISCATION_OF_ILLEGAL_PROPERTY)) {
      kinds.add(PenaltyKind.CONFISCATION_OF_ILLEGAL_GAINS);
    }
    if (kinds.size() > 1) {
      kinds.remove(PenaltyKind.OTHER);
    }
    return List.copyOf(kinds);
  }

  /** What was read of one record, for its line in the report: counted once the record is in. */
  private static final class Reading {
    private String number = "";
    private final List<Flagged> flags = new ArrayList<>();
  }

  /**
   * The id of the body with this name in the region its name refers to: the one an earlier import
   * made (in this process or another), or made now on first sight.
   */
  private long agency(String name, @Nullable String province) {
    return agencies.computeIfAbsent(
        name,
        n -> {
          String region = regions.regionOf(n, province);
          regions.ensure(region).block();
          Long id =
              database
                  .sql(
                      """
                      with found as (
                        select id from agency where name = :name and region_code = :region
                        order by id limit 1),
                      made as (
                        insert into agency (name, region_code, level, kind)
                        select :name, :region, (select case level when 'PROVINCE' then 'PROVINCE'
                          when 'CITY' then 'CITY' else 'COUNTY' end from region where code = :region),
                          'SPECIALISED'
                        where not exists (select 1 from found)
                        returning id)
                      select id from found union all select id from made
                      """)
                  .bind("name", n)
                  .bind("region", region)
                  .map(row -> Rows.id(row, "id"))
                  .one()
                  .block();
          return java.util.Objects.requireNonNull(id);
        });
  }

  /** The record's id in its source, else one its content gives, the same on every import. */
  private static String sourceId(PublishedRecord record) {
    if (!record.sourceId().isBlank()) {
      return record.sourceId();
    }
    return HexFormat.of().formatHex(Hashes.sha256(record.title() + "\n" + record.text()), 0, 6);
  }

  /** A field as a source wrote it, HTML entities and runs of spaces read (某公司&nbsp;&nbsp;定西分公司). */
  private static String field(String value) {
    return org.jsoup.parser.Parser.unescapeEntities(value, false)
        .replace('\u00a0', ' ')
        .replaceAll("\\s+", " ")
        .strip();
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

  private static boolean sameName(String a, String b) {
    return normalName(a).equals(normalName(b));
  }

  private static String normalName(String name) {
    return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC)
        .replaceAll("\\s", "");
  }

  private static String cause(DataIntegrityViolationException e) {
    String message = e.getMostSpecificCause().getMessage();
    return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
  }

  private static @Nullable String emptyToNull(String text) {
    return text.isBlank() ? null : text.strip();
  }
}
