package org.zhifagongkai.api.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.zhifagongkai.api.GraphQlText;
import org.zhifagongkai.api.SeparatePortal;
import org.zhifagongkai.api.SharedData;
import org.zhifagongkai.api.findings.PublicationCheck;

/**
 * Every real data set imported into one portal: each record with evidence of its date is in, dated
 * by the best evidence it holds and saying which; no decision is dated in the future or after its
 * publication; the field validator flags nothing it cannot explain; the records the issue named are
 * read as published.
 */
class RealRecordsTest {

  private static ConfigurableApplicationContext app;
  private static DatabaseClient database;
  private static WebTestClient web;
  private static final Map<String, CorpusImporter.Report> REPORTS = new LinkedHashMap<>();

  @BeforeAll
  static void importAllRealData(@TempDir Path temp) {
    app = SeparatePortal.start(temp);
    database = app.getBean(DatabaseClient.class);
    CorpusImporter corpus = app.getBean(CorpusImporter.class);
    SpreadsheetImporter sheets = app.getBean(SpreadsheetImporter.class);
    REPORTS.put("corpus", corpus.importFile(SharedData.file("penalties/corpus.jsonl")));
    REPORTS.put(
        "信用西藏",
        sheets.importWorkbook(
            SharedData.file("penalties/raw/xizang_creditxizang_shuanggongshi.xlsx"), "信用西藏", "西藏"));
    REPORTS.put(
        "河北",
        sheets.importWorkbook(
            SharedData.file("penalties/raw/hebei_multi_agency_penalties.xlsx"), "河北", "河北"));
    REPORTS.put(
        "隆德",
        sheets.importWorkbook(
            SharedData.file(
                "penalties/raw/ningxia_longde_amr_shuanggongshi_P020180208396770079220.xls"),
            "隆德",
            "宁夏"));
    REPORTS.put(
        "recent", corpus.importFile(SharedData.file("penalties-recent/local_amr_sample.jsonl")));
    web =
        WebTestClient.bindToServer()
            .baseUrl("http://localhost:" + app.getEnvironment().getProperty("local.server.port"))
            .responseTimeout(Duration.ofMinutes(3))
            .build();
  }

  @AfterAll
  static void close() {
    app.close();
  }

  @Test
  void everyCorpusRecordWithEvidenceOfItsDateIsImported() {
    CorpusImporter.Report corpus = REPORTS.get("corpus");
    // Two numbers each name two decisions (文环保罚决字[2016]60号: two companies, two pages): both kept.
    // Eight postal circulars (关于做好春运期间快递服务保障…的通知) are no decisions: three were imported as
    // ones, five refused as undated.
    assertThat(corpus.imported().size() + corpus.updated().size()).isEqualTo(1_355);
    assertThat(reasons(corpus))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "not a decision: an enforcement item's description", 652L,
                "a decision without any evidence of its date", 114L,
                "not a decision: a circular on the bodies' work", 8L,
                "not a decision: a notice", 2L,
                "not a decision: only an attachment's name", 3L,
                // an employer's decision read as a person's: the worker it names was under 18
                "对未成年人的行政处罚决定不予公开 / Penalty decisions on minors are not published", 1L));
  }

  /**
   * The daily publication check reads every real record; its findings per rule and per detail are
   * printed, not asserted, as they describe the sources. A second run opens nothing.
   */
  @Test
  void thePublicationCheckReadsEveryRealRecordAndASecondRunOpensNothing() {
    PublicationCheck check = app.getBean(PublicationCheck.class);
    LocalDate today = LocalDate.now(app.getBean(java.time.Clock.class));
    PublicationCheck.Report first = check.check(today);
    PublicationCheck.Report second = check.check(today);
    System.out.println(
        "publication check of the real records: "
            + first.decisions()
            + " published decisions; open findings per rule "
            + findingCounts("rule")
            + "; per detail "
            + findingCounts("rule || ' ' || regexp_replace(detail, '[0-9-]{4,}', 'N', 'g')"));
    assertThat(first.decisions())
        .isEqualTo(count("select count(*) from penalty_decision where status = 'PUBLISHED'"));
    assertThat(second.opened()).isZero();
    assertThat(second.resolved()).isZero();
  }

  private static Map<String, Long> findingCounts(String key) {
    Map<String, Long> counts = new TreeMap<>();
    database
        .sql(
            "select "
                + key
                + " as k, count(*) as n from publication_finding where resolved_on is null"
                + " group by 1")
        .map(row -> Map.entry(row.get("k", String.class), row.get("n", Long.class)))
        .all()
        .doOnNext(e -> counts.put(e.getKey(), e.getValue()))
        .blockLast();
    return counts;
  }

  @Test
  void theRecordsOnceDroppedAsUndatedAreDatedByTheirEvidence() {
    assertDated("大地税春罚(2017)7号", "2017-06-13", "SOURCE_ADDRESS", null);
    assertDated("甘银监罚〔2018〕2号", "2018-01-01", "DOCUMENT_YEAR", null);
    assertDated("（平）食药监食罚〔2015〕9号", "2016-03-03", "SOURCE_ADDRESS", null);
    // Labelled in Chinese numerals (作出处罚决定的日期 二〇一五年七月二十三日), three days after the
    // source's own date, which is not its publication's.
    assertDated("邯银监罚〔2015〕6号", "2015-07-23", "STATED", null);
  }

  @Test
  void anImpossibleDecisionDateIsSetAsideForTheNextEvidenceAndShown() {
    assertDated("许准字 〔2018〕 第（149） 号", "2018-12-31", "SOURCE_DATE", "2099-12-31");
  }

  @Test
  void noDecisionIsDatedInTheFutureOrAfterItsPublication() {
    LocalDate today = LocalDate.of(2026, 11, 20);
    assertThat(
            count(
                "select count(*) from penalty_decision where decision_date > published_on"
                    + " or decision_date > '"
                    + today
                    + "' or published_on > '"
                    + today
                    + "' or decision_date < '1980-01-01'"))
        .isZero();
  }

  @Test
  void noDeadlineIsCountedFromAnEstimatedDate() {
    assertThat(
            count(
                "select count(*) from penalty_decision where publication_due is not null"
                    + " and decision_date_basis not in ('STATED', 'SIGNED')"))
        .isZero();
    assertThat(count("select count(*) from penalty_decision where publication_due is not null"))
        .isPositive();
  }

  @Test
  void theValidatorFlagsNothingItCannotExplain() {
    Map<String, Map<String, Long>> counts = new TreeMap<>();
    REPORTS.forEach((source, report) -> counts.put(source, report.flagCounts()));
    System.out.println("field validator: " + counts);
    for (CorpusImporter.Report report : REPORTS.values()) {
      assertThat(report.flagged()).filteredOn(f -> !f.finding().flag().explained()).isEmpty();
    }
    // 111 without a party: five are organisations whose title's first three characters had been
    // read as a person (杭州科技专修学校… as 杭州科) and masked as one. Parties under 当事人基本情况 are read;
    // numbers cited in brackets after another document's name (审计报告[…], 禁入措施（…）) are not the
    // decision's, so two more records publish none.
    assertThat(counts.get("corpus"))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "LIST_OF_DECISIONS", 17L,
                "NUMBER_AS_PUBLISHED", 16L,
                "NUMBER_NOT_PUBLISHED", 471L,
                "PARTY_NOT_PUBLISHED", 111L));
    // Every source address the real sources give is a web address: none is dropped.
    assertThat(counts.values())
        .allSatisfy(c -> assertThat(c).doesNotContainKey("SOURCE_NOT_A_WEB_ADDRESS"));
  }

  @Test
  void otherSourcesAreCountedAsImportedAndRefused() {
    // One number may name several parties (林工商处字〔2018〕1号: forty companies): each is a decision.
    // What is refused repeats a decision already imported, party and number alike.
    assertThat(imported("信用西藏")).isEqualTo(3_589);
    assertThat(reasons(REPORTS.get("信用西藏")))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("a duplicate: this body already published this number for this party", 345L));
    // Eight circulars (关于严格执行行政处罚裁量基准制度的通知, 关于印发…的通知) are no decisions.
    assertThat(imported("河北")).isEqualTo(1_188);
    assertThat(reasons(REPORTS.get("河北")))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "not a decision: a circular on the bodies' work", 8L,
                "a duplicate: this body already published this number for this party", 6L,
                "not a decision: a notice", 4L,
                "not a decision: a reply to a lower body's request", 9L,
                "not a decision: an administrative review decision or a procedure's chart", 13L,
                "not a decision: only an attachment's name", 51L));
    assertThat(imported("隆德")).isEqualTo(4);
    assertThat(imported("recent")).isEqualTo(17);
  }

  @Test
  void aValueTheSourcePrintedAsNullIsPublishedAsBlankInTheOriginal() {
    String standaloneNull = "~* '(^|[^a-z0-9_./%-])[(（]?null[)）]?([^a-z0-9_./%-]|$)'";
    assertThat(
            count(
                "select count(*) from penalty_decision where facts "
                    + standaloneNull
                    + " or violated_provisions "
                    + standaloneNull
                    + " or penalty_provisions "
                    + standaloneNull
                    + " or party_name "
                    + standaloneNull
                    + " or coalesce(party_legal_representative, '') "
                    + standaloneNull))
        .isZero();
    // 信用西藏 printed a decision's (listed twice) empty 处罚依据 and 法定代表人姓名 as (null); a postal
    // record printed its fine so.
    assertThat(count("select count(*) from penalty_decision where facts like '%处罚依据：（原文空缺）%'"))
        .isEqualTo(1);
    assertThat(count("select count(*) from penalty_decision where facts like '%罚款（原文空缺）元%'"))
        .isEqualTo(1);
    assertThat(
            count(
                "select count(*) from penalty_decision where party_legal_representative like"
                    + " '%原文空缺%'"))
        .isZero();
    // Nothing else is marked: the corpus's trailing NULL lines (scraped empty columns) are dropped.
    assertThat(count("select count(*) from penalty_decision where facts like '%原文空缺%'"))
        .isEqualTo(2);
  }

  @Test
  void aBankRegulatorsTableGivesTheInstitutionAndItsRepresentative() {
    assertThat(party("邯银监罚〔2015〕6号")).isEqualTo("成安县农村信用合作联社|郭利杰");
    assertThat(party("甘银监罚〔2015〕1号")).isEqualTo("建设银行甘肃省分行|李尚荣");
    // Where the table names a person, the person is the party, masked.
    assertThat(party("冀银监罚决字〔2018〕2号")).isEqualTo("王*忠|");
  }

  @Test
  void aNumberIsReadAsPublishedWithoutProseOrARowsNumber() {
    assertThat(numbers("食药监食罚〔2017〕13号")).contains("(屯昌)食药监食罚〔2017〕13号");
    assertThat(numbers("食药监食罚〔2017〕64号")).contains("(东方)食药监食罚〔2017〕64号");
    // No row number (序号) before a prefix, no stray bracket: 信用西藏's serial numbers stand alone.
    assertThat(
            count(
                "select count(*) from penalty_decision"
                    + " where document_number ~ '^[0-9]+[(（\\u4e00-\\u9fa5]|^[)）]'"))
        .isZero();
  }

  /**
   * Every person a published decision introduces by sex (李再生，男，49岁…), whoever the party, is shown
   * masked; so is the operator of an individual business; and no published decision gives a
   * person's home under its label, whoever the party.
   */
  @Test
  void noPersonDescribedBySexNoOperatorAndNoHomeIsPublished() {
    java.util.regex.Pattern described =
        java.util.regex.Pattern.compile(
            "(?<![\\p{IsHan}*])(\\p{IsHan}{2,3})\\s*[，,、]\\s*(?:性别\\s*[：:]?\\s*)?[男女]\\s*[，,、；;]");
    List<String> shown =
        database
            .sql(
                "select id, concat_ws(' ', party_name, case_name, facts, violated_provisions,"
                    + " penalty_provisions, licence_actions) as texts from penalty_decision")
            .map(row -> row.get("id", Long.class) + " " + row.get("texts", String.class))
            .all()
            .flatMapIterable(
                texts ->
                    described
                        .matcher(texts)
                        .results()
                        .map(m -> m.group(1))
                        .filter(name -> !name.contains("某") && !name.matches(".*[人者员]|性别"))
                        .map(
                            name -> name + " in decision " + texts.substring(0, texts.indexOf(' ')))
                        .toList())
            .collectList()
            .block();
    assertThat(shown).isEmpty();
    assertThat(
            count(
                "select count(*) from penalty_decision where party_kind = 'INDIVIDUAL_BUSINESS'"
                    + " and party_legal_representative !~ '[*]'"))
        .isZero();
    assertThat(
            count(
                "select count(*) from penalty_decision where concat_ws(' ', case_name, facts)"
                    + " ~ '(?:住\\s*址|家庭住址|现住址|户籍地址|户籍所在地)\\s*[：:]\\s*[^［\\s]{4}'"))
        .isZero();
  }

  @Test
  void noOfficerAgentOrContactIsPublishedByName() {
    // Directors penalised beside their company, agents questioned for it, contacts, landlords and
    // crews are natural persons other than the party; an organisation's representative is
    // published.
    java.util.regex.Pattern named =
        java.util.regex.Pattern.compile(
            "(?:董事长|董事|监事|总经理|经理|总裁|总监|董事会秘书|财务负责人|委托人|受托人|联系人|房东|户主|船长|船东|安全员|见证人)"
                + "[：:]?(["
                + org.zhifagongkai.api.penalty.PersonNames.SURNAMES
                + "]\\p{IsHan}{1,2})(?=[，、；。]|是|为)");
    List<String> shown =
        database
            .sql(
                "select id, coalesce(party_legal_representative, '') as representative,"
                    + " concat_ws(' ', case_name, facts, violated_provisions, penalty_provisions,"
                    + " licence_actions) as texts from penalty_decision")
            .map(
                row ->
                    named
                        .matcher(row.get("texts", String.class))
                        .results()
                        .map(m -> m.group(1))
                        .filter(
                            name ->
                                !name.contains("某")
                                    && !name.equals(row.get("representative", String.class)))
                        .map(name -> name + " in decision " + row.get("id", Long.class))
                        .toList())
            .all()
            .flatMapIterable(names -> names)
            .collectList()
            .block();
    assertThat(shown).isEmpty();
  }

  /**
   * No published text names an enforcement officer, a person whose ID card it cites, one of several
   * parties it lists, a person a table describes by sex or the doer a case's title names; no home
   * is given under a label written straight before the place.
   */
  @Test
  void noOfficerCitedPersonListedPartyOrDoerIsPublishedByName() {
    String name = "([" + org.zhifagongkai.api.penalty.PersonNames.SURNAMES + "]\\p{IsHan}{1,2}?)";
    Map<String, java.util.regex.Pattern> kinds = new LinkedHashMap<>();
    // Officers listed after their label (执法人员：任力、江军平; 执法人员：韩建波 李强 检查时间).
    kinds.put(
        "officer",
        java.util.regex.Pattern.compile(
            "执法人员[：:]?\\s*"
                + name
                + "(?=[、\\s]\\s*["
                + org.zhifagongkai.api.penalty.PersonNames.SURNAMES
                + "])"));
    kinds.put(
        "ID card cited", java.util.regex.Pattern.compile("(?<=[、，,和及]|人员)" + name + "身份证复印件"));
    kinds.put(
        "one of several parties",
        java.util.regex.Pattern.compile("当事人[：:]\\s*" + name + "(?:[，,]\\s*时任|\\s+单位[：:])"));
    kinds.put(
        "described in a table",
        java.util.regex.Pattern.compile("姓名[：:\\s]\\s*" + name + "\\s+性别\\s*[：:]?\\s*[男女]"));
    kinds.put(
        "doer in a title",
        java.util.regex.Pattern.compile("(?:^|关于|\\n|[县市区])" + name + "(?:未取得|销售不|经营假|经营劣)"));
    kinds.put("home", java.util.regex.Pattern.compile("(?:住址|家庭住址|现住址)(\\p{IsHan}{2,8}[省市县区])"));
    List<String> shown =
        database
            .sql(
                "select id, coalesce(party_legal_representative, '') as representative,"
                    + " concat_ws(' ', party_name, case_name, facts, violated_provisions,"
                    + " penalty_provisions, licence_actions) as texts from penalty_decision")
            .map(
                row -> {
                  List<String> found = new java.util.ArrayList<>();
                  String texts = row.get("texts", String.class);
                  kinds.forEach(
                      (kind, pattern) ->
                          pattern
                              .matcher(texts)
                              .results()
                              .map(m -> m.group(1))
                              .filter(
                                  person ->
                                      !person.contains("某")
                                          && !person.matches("单位|法人|居民|公民|本人|个人|查获|查实|依法")
                                          && !person.equals(
                                              row.get("representative", String.class)))
                              .forEach(
                                  person ->
                                      found.add(
                                          kind
                                              + " "
                                              + person
                                              + " in decision "
                                              + row.get("id", Long.class))));
                  return found;
                })
            .all()
            .flatMapIterable(found -> found)
            .collectList()
            .block();
    assertThat(shown).isEmpty();
  }

  @Test
  void personsWithLongNamesOrSeveralNamesAreMasked() {
    assertThat(
            count(
                "select count(*) from penalty_decision where party_name in"
                    + " ('巴桑多布拉', '嘎玛次仁多吉', '仁增次仁罗布', '韦定王、黄正友')"))
        .isZero();
    assertThat(count("select count(*) from penalty_decision where party_name = '韦*王、黄*友'"))
        .isEqualTo(1);
    // Persons beside an institution, after it or running it, in the party and in the facts.
    for (String person : List.of("马庆军", "金辉", "栾盛元", "刘权", "代小艳", "刘宇")) {
      assertThat(
              count(
                  "select count(*) from penalty_decision where party_name like '%"
                      + person
                      + "%' or (party_name like '%"
                      + person.charAt(0)
                      + "*"
                      + person.charAt(person.length() - 1)
                      + "%' and facts like '%"
                      + person
                      + "%')"))
          .as(person)
          .isZero();
    }
  }

  /**
   * The person's own name, as the corpus gives it, appears in no published text of their decision;
   * nor does a labelled home address, in any published decision of a person or individual business.
   */
  @Test
  void noPersonsNameOrHomeAddressIsPublished() throws java.io.IOException {
    List<String> lines =
        java.nio.file.Files.readAllLines(SharedData.file("penalties/corpus.jsonl"));
    tools.jackson.databind.json.JsonMapper json =
        tools.jackson.databind.json.JsonMapper.builder().build();
    List<String> shown = new java.util.ArrayList<>();
    int persons = 0;
    for (Map.Entry<Integer, Long> imported : REPORTS.get("corpus").imported().entrySet()) {
      tools.jackson.databind.JsonNode record = json.readTree(lines.get(imported.getKey() - 1));
      String title = record.get("title").asString();
      String text = record.get("content_text").asString();
      String name = record.get("party").asString().strip();
      if (name.isEmpty()) {
        name = String.valueOf(DecisionTextExtractor.party(title, text));
      }
      Map<String, Object> published =
          database
              .sql(
                  "select party_kind, party_name, case_name, facts from penalty_decision where id = :id")
              .bind("id", imported.getValue())
              .fetch()
              .one()
              .block();
      if (!"NATURAL_PERSON".equals(published.get("party_kind")) || name.length() < 2) {
        continue;
      }
      persons++;
      for (String one : name.split("[、，,]")) {
        String all =
            published.get("party_name")
                + " "
                + published.get("case_name")
                + " "
                + published.get("facts");
        if (one.length() >= 2 && !one.contains("*") && !one.contains("某") && all.contains(one)) {
          shown.add(one + " in decision " + imported.getValue());
        }
      }
    }
    assertThat(persons).isGreaterThan(250);
    assertThat(shown).isEmpty();
    List<String> addresses =
        database
            .sql(
                "select substring(facts from '(?:住址|家庭住址|现住址|户籍地址|居住地)\\s*[：:]\\s*[^［\\s]{4}')"
                    + " from penalty_decision where party_kind in ('NATURAL_PERSON', 'INDIVIDUAL_BUSINESS')"
                    + " and facts ~ '(?:住址|家庭住址|现住址|户籍地址|居住地)\\s*[：:]\\s*[^［\\s]{4}'")
            .map(row -> row.get(0, String.class))
            .all()
            .collectList()
            .block();
    assertThat(addresses).isEmpty();
    assertThat(org.zhifagongkai.api.PublishedTextSweep.inPublishedDecisions(database)).isEmpty();
  }

  @Test
  void theWholeExportOfTheRealRecordsIsTheListingWithoutPersonalData() throws java.io.IOException {
    byte[] file =
        web.mutate()
            .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(256 * 1024 * 1024))
            .build()
            .get()
            .uri("/open-data/penalty-decisions.csv")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(byte[].class)
            .returnResult()
            .getResponseBody();
    String text = new String(file, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    List<org.apache.commons.csv.CSVRecord> rows =
        org.apache.commons.csv.CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new java.io.StringReader(text.substring(1)))
            .getRecords();
    String total =
        tools.jackson.databind.json.JsonMapper.builder()
            .build()
            .readTree(
                org.zhifagongkai.api.GraphQlText.answer(web, "{ penaltyDecisions { totalCount } }"))
            .get("data")
            .get("penaltyDecisions")
            .get("totalCount")
            .asString();
    assertThat(rows).hasSize(Integer.parseInt(total)).hasSizeGreaterThan(1_000);
    List<String> leaks = new java.util.ArrayList<>();
    for (org.apache.commons.csv.CSVRecord row : rows) {
      // The texts about the party and the case; a document number (542400-19000720180) is the
      // decision's own identifier, published as such, though its digits can look like a phone's.
      for (String column : org.zhifagongkai.api.PublishedTextSweep.COLUMNS) {
        org.zhifagongkai.api.PublishedTextSweep.leaks(row.get(column))
            .forEach(leak -> leaks.add(row.get("id") + " " + column + ": " + leak));
      }
    }
    assertThat(leaks).isEmpty();
  }

  private static void assertDated(String number, String date, String basis, String rejected) {
    String body =
        GraphQlText.answer(
            web,
            "{ penaltyDecisionsByDocumentNumber(documentNumber: \""
                + number
                + "\") { decisionDate decisionDateBasis rejectedDecisionDate publicationDue } }");
    assertThat(body)
        .as(number)
        .contains(
            "{\"decisionDate\":\""
                + date
                + "\",\"decisionDateBasis\":\""
                + basis
                + "\",\"rejectedDecisionDate\":"
                + (rejected == null ? "null" : "\"" + rejected + "\"")
                + ",\"publicationDue\":null}");
  }

  private static int imported(String source) {
    CorpusImporter.Report report = REPORTS.get(source);
    return report.imported().size() + report.updated().size();
  }

  private static Map<String, Long> reasons(CorpusImporter.Report report) {
    Map<String, Long> reasons = new TreeMap<>();
    report
        .rejected()
        .forEach(
            line ->
                reasons.merge(
                    line.replaceFirst("^line [0-9]+: ", "")
                        .replaceFirst("\\s*[(（].*$", "")
                        .replaceFirst(": no date.*$", ""),
                    1L,
                    Long::sum));
    return reasons;
  }

  private static long count(String sql) {
    Long n = database.sql(sql).map(row -> row.get(0, Long.class)).one().block();
    return n == null ? 0 : n;
  }

  private static String party(String number) {
    return database
        .sql(
            "select party_name || '|' || coalesce(party_legal_representative, '')"
                + " from penalty_decision where document_number = :number")
        .bind("number", number)
        .map(row -> row.get(0, String.class))
        .one()
        .block();
  }

  private static List<String> numbers(String ending) {
    return database
        .sql("select document_number from penalty_decision where document_number like :ending")
        .bind("ending", "%" + ending)
        .map(row -> row.get(0, String.class))
        .all()
        .collectList()
        .block();
  }
}
