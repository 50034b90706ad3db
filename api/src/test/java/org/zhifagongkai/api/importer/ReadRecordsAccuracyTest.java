package org.zhifagongkai.api.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.zhifagongkai.api.SeparatePortal;
import org.zhifagongkai.api.SharedData;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the portal publishes of 157 real records, field by field, against what the records say
 * (fixtures/read-records/expected.jsonl, written from the raw records before they were imported).
 * Each judged field of each record counts once; the figures per field are asserted exactly, so a
 * change in reading shows here as a changed count, and the records read wrong are printed.
 */
class ReadRecordsAccuracyTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static ConfigurableApplicationContext app;
  private static final Map<String, Map<String, Long>> DECISIONS = new HashMap<>();
  private static List<JsonNode> expected;

  @BeforeAll
  static void importTheJudgedRecords(@TempDir Path temp) throws IOException {
    expected = expectations();
    app = SeparatePortal.start(temp);
    CorpusImporter corpus = app.getBean(CorpusImporter.class);
    SpreadsheetImporter sheets = app.getBean(SpreadsheetImporter.class);
    keep(
        "corpus",
        corpus.importFile(SharedData.file("penalties/corpus.jsonl"), lines("corpus")::contains));
    keep(
        "recent",
        corpus.importFile(
            SharedData.file("penalties-recent/local_amr_sample.jsonl"), lines("recent")::contains));
    keep(
        "信用西藏",
        sheets.importWorkbook(
            SharedData.file("penalties/raw/xizang_creditxizang_shuanggongshi.xlsx"),
            "信用西藏",
            "西藏",
            lines("信用西藏")::contains));
    keep(
        "河北",
        sheets.importWorkbook(
            SharedData.file("penalties/raw/hebei_multi_agency_penalties.xlsx"),
            "河北",
            "河北",
            lines("河北")::contains));
    keep(
        "隆德",
        sheets.importWorkbook(
            SharedData.file(
                "penalties/raw/ningxia_longde_amr_shuanggongshi_P020180208396770079220.xls"),
            "隆德",
            "宁夏",
            lines("隆德")::contains));
    Path pages = SharedData.file("penalties/pages");
    CorpusImporter.Report report = app.getBean(PageImporter.class).importPages(pages, null);
    List<String> names;
    try (Stream<Path> files = Files.list(pages)) {
      names =
          files.map(f -> f.getFileName().toString()).filter(PageImporter::isPage).sorted().toList();
    }
    Map<String, Long> byName = new HashMap<>();
    decisions(report).forEach((line, id) -> byName.put(names.get(line - 1), id));
    DECISIONS.put("page", byName);
  }

  @AfterAll
  static void close() {
    app.close();
  }

  @Test
  void eachFieldIsReadAsTheRecordsSayIt() {
    Map<String, int[]> figures = new LinkedHashMap<>();
    List<String> wrong = new ArrayList<>();
    for (JsonNode record : expected) {
      String key = record.get("source").asString() + " " + record.get("line").asString();
      Long id = DECISIONS.get(record.get("source").asString()).get(record.get("line").asString());
      Published published = id == null ? null : published(id);
      record
          .properties()
          .forEach(
              field -> {
                String name = field.getKey();
                if (name.equals("source") || name.equals("line")) {
                  return;
                }
                if (published == null && !name.equals("imported")) {
                  return;
                }
                boolean right = right(name, field.getValue(), record, published);
                int[] count = figures.computeIfAbsent(name, n -> new int[2]);
                count[0] += right ? 1 : 0;
                count[1]++;
                if (!right) {
                  wrong.add(key + " " + name + ": expected " + field.getValue() + ", " + published);
                }
              });
    }
    Map<String, String> shown = new LinkedHashMap<>();
    figures.forEach((field, count) -> shown.put(field, count[0] + "/" + count[1]));
    System.out.println("read as the records say: " + shown);
    wrong.forEach(w -> System.out.println("  " + w));
    assertThat(shown)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "imported", "153/155",
                "number", "130/130",
                "party", "122/127",
                "person", "130/134",
                "date", "127/129",
                "agency", "114/115",
                "kinds", "122/124",
                "fine", "128/128",
                "confiscation", "121/121",
                "basis", "60/60"));
  }

  private static boolean right(
      String field, JsonNode value, JsonNode record, @Nullable Published published) {
    if (field.equals("imported")) {
      return value.asBoolean() == (published != null);
    }
    Objects.requireNonNull(published);
    return switch (field) {
      case "number" ->
          value.asString().isEmpty()
              ? published.number().startsWith(FieldValidator.NO_NUMBER)
              : numberKey(value.asString()).equals(numberKey(published.number()));
      case "party" ->
          isPerson(record)
              // A person is never published by name (a name the source masked is no name).
              ? value.asString().contains("*") || !published.party().contains(value.asString())
              : value.asString().equals(published.party());
      case "person" ->
          value.asBoolean()
              ? Set.of("NATURAL_PERSON", "INDIVIDUAL_BUSINESS").contains(published.partyKind())
                  && !(record.has("party")
                      && !text(record, "party").contains("*")
                      && published.party().contains(text(record, "party")))
              : !published.partyKind().equals("NATURAL_PERSON");
      case "date" -> LocalDate.parse(value.asString()).equals(published.date());
      case "agency" -> plain(value.asString()).equals(plain(published.agency()));
      case "kinds" -> {
        Set<String> kinds = new TreeSet<>();
        value.forEach(k -> kinds.add(k.asString()));
        yield kinds.equals(new TreeSet<>(published.kinds()));
      }
      case "fine" -> sameAmount(value, published.fine());
      case "confiscation" -> sameAmount(value, published.confiscation());
      case "basis" -> plain(published.basis()).contains(plain(value.asString()));
      default -> throw new IllegalArgumentException("no such field: " + field);
    };
  }

  private static boolean isPerson(JsonNode record) {
    return record.has("person") && record.get("person").asBoolean();
  }

  private static String text(JsonNode record, String field) {
    return record.get(field).asString();
  }

  private static boolean sameAmount(JsonNode value, @Nullable BigDecimal published) {
    if (value.isNull()) {
      return published == null;
    }
    return published != null && new BigDecimal(value.asString()).compareTo(published) == 0;
  }

  /** A number as its key: no spaces, one kind of bracket, no 第 before the sequence. */
  private static String numberKey(String number) {
    return plain(number)
        .replaceAll("[\\[【(（{﹝〔]", "〔")
        .replaceAll("[\\]】)）}﹞〕]", "〕")
        .replaceFirst("〕第", "〕");
  }

  private static String plain(String text) {
    return text.replaceAll("[\\s\\u00a0\\u3000]", "");
  }

  record Published(
      String number,
      String partyKind,
      String party,
      LocalDate date,
      String agency,
      List<String> kinds,
      @Nullable BigDecimal fine,
      @Nullable BigDecimal confiscation,
      String basis) {}

  private static Published published(long id) {
    return app.getBean(DatabaseClient.class)
        .sql(
            """
            select d.document_number, d.party_kind, d.party_name, d.decision_date, a.name,
              array_to_string(d.penalty_kinds, ',') as kinds, d.fine_amount, d.confiscation_amount,
              d.penalty_provisions
            from penalty_decision d join agency a on a.id = d.agency_id where d.id = :id
            """)
        .bind("id", id)
        .map(
            row ->
                new Published(
                    row.get("document_number", String.class),
                    row.get("party_kind", String.class),
                    row.get("party_name", String.class),
                    row.get("decision_date", LocalDate.class),
                    row.get("name", String.class),
                    List.of(Objects.requireNonNull(row.get("kinds", String.class)).split(",")),
                    row.get("fine_amount", BigDecimal.class),
                    row.get("confiscation_amount", BigDecimal.class),
                    row.get("penalty_provisions", String.class)))
        .one()
        .blockOptional()
        .orElseThrow();
  }

  private static void keep(String source, CorpusImporter.Report report) {
    Map<String, Long> byLine = new HashMap<>();
    decisions(report).forEach((line, id) -> byLine.put(Integer.toString(line), id));
    DECISIONS.put(source, byLine);
  }

  private static Map<Integer, Long> decisions(CorpusImporter.Report report) {
    Map<Integer, Long> all = new HashMap<>(report.imported());
    all.putAll(report.updated());
    return all;
  }

  private static Set<Integer> lines(String source) {
    return expected.stream()
        .filter(e -> e.get("source").asString().equals(source))
        .map(e -> e.get("line").asInt())
        .collect(Collectors.toSet());
  }

  private static List<JsonNode> expectations() {
    try (Stream<String> lines =
        Files.lines(
            Path.of(
                Objects.requireNonNull(
                        ReadRecordsAccuracyTest.class.getResource(
                            "/fixtures/read-records/expected.jsonl"))
                    .toURI()))) {
      return lines.filter(l -> !l.startsWith("#") && !l.isBlank()).map(JSON::readTree).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
