package org.zhifagongkai.api.penalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.zhifagongkai.api.ApiTest;
import org.zhifagongkai.api.staff.Actor;

/**
 * Publishing, withdrawing, ending and expiring decisions through the API, as the staff of one body,
 * and the refusals for everybody else.
 */
class PublicationWorkflowTest extends ApiTest {

  private static final String PUBLISH =
      """
      mutation($input: PublishPenaltyDecisionInput!) { publishPenaltyDecision(input: $input) {
        id status severityClass publicationDue publishedLate minPublishUntil publishUntil publishedOn
        party { name creditCode legalRepresentative } } }
      """;
  private static final String WITHDRAW =
      """
      mutation($id: ID!, $input: WithdrawPenaltyDecisionInput!) {
        withdrawPenaltyDecision(id: $id, input: $input) {
          status withdrawal { kind reason causeOn due } } }
      """;

  @Autowired PublicationService publication;
  @Autowired PublicationExpiry expiry;
  @Autowired Clock clock;

  private HttpGraphQlTester as(String token) {
    return graphQl.mutate().header("Authorization", "Bearer " + token).build();
  }

  private Map<String, Object> input(String agencyId, String number, String partyKind) {
    return Map.of(
        "agencyId",
        agencyId,
        "documentNumber",
        number,
        "party",
        Map.of(
            "kind", partyKind,
            "name", "王小明",
            "creditCode", "91350100M000100Y43",
            "legalRepresentative", "王小明"),
        "facts",
        "当事人在夜间施工中未采取降噪措施。",
        "violatedProvisions",
        "《测试大气法》第十八条",
        "penaltyProvisions",
        "《测试大气法》第九十九条",
        "penaltyKinds",
        List.of("FINE"),
        "fineAmount",
        "3000",
        "decisionDate",
        LocalDate.now(clock).minusDays(2).toString(),
        "field",
        "ECO_ENVIRONMENT");
  }

  private String publishAsOwnStaff(String number) {
    return publishAsOwnStaff(number, "3000");
  }

  private String publishAsOwnStaff(String number, String fine) {
    Map<String, Object> input = new java.util.HashMap<>(input("900005", number, "LEGAL_PERSON"));
    input.put("fineAmount", fine);
    return as("test-token-900001")
        .document(PUBLISH)
        .variable("input", input)
        .execute()
        .path("publishPenaltyDecision.id")
        .entity(String.class)
        .get();
  }

  @Test
  void staffPublishForTheirOwnBodyWithTheTermTheRulesFix() {
    GraphQlTester.Response published =
        as("test-token-900001")
            .document(PUBLISH)
            .variable("input", input("900005", "发布测环罚〔2026〕201号", "NATURAL_PERSON"))
            .execute();
    published.path("publishPenaltyDecision.status").entity(String.class).isEqualTo("PUBLISHED");
    // 3,000 yuan on a natural person is a lower-amount fine: minor, at most 3 months.
    published.path("publishPenaltyDecision.severityClass").entity(String.class).isEqualTo("MINOR");
    published.path("publishPenaltyDecision.publishedLate").entity(Boolean.class).isEqualTo(false);
    published
        .path("publishPenaltyDecision.publishedOn")
        .entity(String.class)
        .isEqualTo(LocalDate.now(clock).toString());
    // The natural person's name is masked and their identifiers dropped.
    published.path("publishPenaltyDecision.party.name").entity(String.class).isEqualTo("王*明");
    published.path("publishPenaltyDecision.party.creditCode").valueIsNull();
    published.path("publishPenaltyDecision.party.legalRepresentative").valueIsNull();
  }

  @Test
  void aDecisionPublishedAfterItsTermEndedIsRecordedButNeverShown() {
    Map<String, Object> old =
        new java.util.HashMap<>(input("900005", "发布测环罚〔2024〕209号", "NATURAL_PERSON"));
    old.put("decisionDate", "2024-01-10");
    GraphQlTester.Response published =
        as("test-token-900001").document(PUBLISH).variable("input", old).execute();
    // Minor, three months from 2024-01-10 under 令58号: long over, so off view at once.
    published
        .path("publishPenaltyDecision.publishUntil")
        .entity(String.class)
        .isEqualTo("2024-04-09");
    published.path("publishPenaltyDecision.status").entity(String.class).isEqualTo("EXPIRED");
    published.path("publishPenaltyDecision.publishedLate").entity(Boolean.class).isEqualTo(true);
    String id = published.path("publishPenaltyDecision.id").entity(String.class).get();
    assertThat(
            errorCode(
                graphQl
                    .document("query($id: ID!) { penaltyDecision(id: $id) { id } }")
                    .variable("id", id)
                    .execute()))
        .isEqualTo("NOT_FOUND");
  }

  @Test
  void personalNumbersNeverReachThePublicRecordAndMinorsAreNotPublished() {
    Map<String, Object> adult =
        new java.util.HashMap<>(input("900005", "发布测环罚〔2026〕207号", "NATURAL_PERSON"));
    adult.put(
        "facts",
        "当事人王小明（身份证号码110105198503151230，电话13812345678，住址：北京市东城区安定路1号）" + "经举报人李四反映在居民区夜间施工。");
    as("test-token-900001")
        .document(
            "mutation($input: PublishPenaltyDecisionInput!) { publishPenaltyDecision(input: $input) { facts } }")
        .variable("input", adult)
        .execute()
        .path("publishPenaltyDecision.facts")
        .entity(String.class)
        .isEqualTo("当事人王*明（身份证号码［身份证号码已隐去］，电话［电话号码已隐去］，住址：［住址已隐去］）" + "经举报人［姓名已隐去］反映在居民区夜间施工。");

    Map<String, Object> minor =
        new java.util.HashMap<>(input("900005", "发布测环罚〔2026〕208号", "NATURAL_PERSON"));
    minor.put("facts", "当事人钱某某（身份证号码110105201103151236）在居民区燃放烟花。");
    assertThat(
            errorCode(as("test-token-900001").document(PUBLISH).variable("input", minor).execute()))
        .isEqualTo("NOT_PUBLISHABLE");
  }

  /**
   * Every text a person's decision publishes is masked, the legal bases and a correction's reason
   * too, and a two-character name is masked where a correction writes it out again.
   */
  @Test
  void aPersonsNameAndNumbersAreMaskedInEveryPublishedTextAndInCorrections() {
    Map<String, Object> person =
        new java.util.HashMap<>(input("900005", "发布测环罚〔2026〕210号", "NATURAL_PERSON"));
    person.put("party", Map.of("kind", "NATURAL_PERSON", "name", "李四"));
    person.put("violatedProvisions", "当事人李四（电话13812345678）违反《测试大气法》第十八条");
    person.put("penaltyProvisions", "对李四依据《测试大气法》第九十九条");
    GraphQlTester.Response published =
        as("test-token-900001")
            .document(
                "mutation($input: PublishPenaltyDecisionInput!) { publishPenaltyDecision(input: $input) {"
                    + " id party { name } violatedProvisions penaltyProvisions } }")
            .variable("input", person)
            .execute();
    published.path("publishPenaltyDecision.party.name").entity(String.class).isEqualTo("李*");
    published
        .path("publishPenaltyDecision.violatedProvisions")
        .entity(String.class)
        .isEqualTo("当事人李*（电话［电话号码已隐去］）违反《测试大气法》第十八条");
    published
        .path("publishPenaltyDecision.penaltyProvisions")
        .entity(String.class)
        .isEqualTo("对李*依据《测试大气法》第九十九条");
    String id = published.path("publishPenaltyDecision.id").entity(String.class).get();
    GraphQlTester.Response corrected =
        as("test-token-900001")
            .document(
                """
                mutation($id: ID!) { correctPenaltyDecision(id: $id, input: {
                  facts: "当事人李四于夜间施工中未采取降噪措施。",
                  reason: "应当事人李四（手机13912345678）申请，更正事实" }) {
                  facts history { reason } } }
                """)
            .variable("id", id)
            .execute();
    corrected
        .path("correctPenaltyDecision.facts")
        .entity(String.class)
        .isEqualTo("当事人李*于夜间施工中未采取降噪措施。");
    corrected
        .path("correctPenaltyDecision.history[1].reason")
        .entity(String.class)
        .isEqualTo("应当事人李*（手机［电话号码已隐去］）申请，更正事实");
    // A correction showing the person was a minor is refused as the publication would have been.
    assertThat(
            errorCode(
                as("test-token-900001")
                    .document(
                        """
                        mutation($id: ID!) { correctPenaltyDecision(id: $id, input: {
                          facts: "当事人李四（16周岁）于夜间施工。", reason: "补充年龄" }) { id } }
                        """)
                    .variable("id", id)
                    .execute()))
        .isEqualTo("NOT_PUBLISHABLE");
    // A name written with a space between each character is one name.
    Map<String, Object> spaced =
        new java.util.HashMap<>(input("900005", "发布测环罚〔2026〕216号", "NATURAL_PERSON"));
    spaced.put("party", Map.of("kind", "NATURAL_PERSON", "name", "王 小 明"));
    spaced.put("facts", "当事人王 小 明在居民区夜间施工。");
    as("test-token-900001")
        .document(
            "mutation($input: PublishPenaltyDecisionInput!) { publishPenaltyDecision(input: $input) {"
                + " party { name } facts } }")
        .variable("input", spaced)
        .execute()
        .path("publishPenaltyDecision.facts")
        .entity(String.class)
        .isEqualTo("当事人王*明在居民区夜间施工。");
  }

  /** What the database would refuse, or store and never answer again, is refused with its code. */
  @Test
  void aNumberAlreadyPublishedAnUnknownFieldAndOutsizedAmountsAndTextsAreRefused() {
    publishAsOwnStaff("发布测环罚〔2026〕211号");
    Map<String, Object> again =
        new java.util.HashMap<>(input("900005", "发布测环罚[2026]第0211号", "LEGAL_PERSON"));
    assertThat(
            errorCode(as("test-token-900001").document(PUBLISH).variable("input", again).execute()))
        .isEqualTo("DUPLICATE_DOCUMENT_NUMBER");
    // Staff publish one decision per number, whoever its party (imports may hold several).
    again.put("party", Map.of("kind", "LEGAL_PERSON", "name", "另一家示例建材有限公司"));
    assertThat(
            errorCode(as("test-token-900001").document(PUBLISH).variable("input", again).execute()))
        .isEqualTo("DUPLICATE_DOCUMENT_NUMBER");
    Map<String, String> refused =
        Map.of(
            "field", "INVALID_FIELD",
            "fineAmount", "INVALID_AMOUNT_RANGE",
            "facts", "INVALID_TEXT");
    Map<String, Object> values =
        Map.of("field", "xx", "fineAmount", "999999999999999", "facts", "罚".repeat(50_001));
    int n = 212;
    for (Map.Entry<String, String> part : refused.entrySet()) {
      Map<String, Object> input =
          new java.util.HashMap<>(input("900005", "发布测环罚〔2026〕" + n++ + "号", "LEGAL_PERSON"));
      input.put(part.getKey(), values.get(part.getKey()));
      assertThat(
              errorCode(
                  as("test-token-900001").document(PUBLISH).variable("input", input).execute()))
          .as(part.getKey())
          .isEqualTo(part.getValue());
    }
    Map<String, Object> fractions =
        new java.util.HashMap<>(input("900005", "发布测环罚〔2026〕" + n + "号", "LEGAL_PERSON"));
    fractions.put("fineAmount", "200.123");
    assertThat(
            errorCode(
                as("test-token-900001").document(PUBLISH).variable("input", fractions).execute()))
        .isEqualTo("INVALID_AMOUNT_RANGE");
  }

  /**
   * A fine amount belongs to FINE and FINE states one above zero; a confiscated amount belongs to a
   * confiscation: otherwise a warning with a large fine would be published as minor, for three
   * months. The same holds for a correction, which drops an amount with its kind.
   */
  @Test
  void amountsThatDisagreeWithThePenaltyKindsAreRefusedOnPublicationAndCorrection() {
    List<List<String>> refused =
        List.of(
            // kinds, fine, confiscation
            List.of("WARNING", "50000", ""),
            List.of("FINE", "", ""),
            List.of("FINE", "0", ""),
            List.of("FINE", "3000", "800"),
            List.of("CONFISCATION_OF_ILLEGAL_GAINS", "", "0"));
    int n = 218;
    for (List<String> penalty : refused) {
      Map<String, Object> input =
          new java.util.HashMap<>(input("900005", "发布测环罚〔2026〕" + n++ + "号", "LEGAL_PERSON"));
      input.put("penaltyKinds", List.of(penalty.get(0)));
      input.remove("fineAmount");
      if (!penalty.get(1).isEmpty()) {
        input.put("fineAmount", penalty.get(1));
      }
      if (!penalty.get(2).isEmpty()) {
        input.put("confiscationAmount", penalty.get(2));
      }
      assertThat(
              errorCode(
                  as("test-token-900001").document(PUBLISH).variable("input", input).execute()))
          .as(penalty.toString())
          .isEqualTo("INVALID_AMOUNT_RANGE");
    }
    assertThat(
            database
                .sql(
                    "select count(*) from penalty_decision where document_number in"
                        + " ('发布测环罚〔2026〕218号', '发布测环罚〔2026〕219号', '发布测环罚〔2026〕220号',"
                        + " '发布测环罚〔2026〕221号', '发布测环罚〔2026〕222号')")
                .map(row -> row.get(0, Long.class))
                .one()
                .block())
        .isZero();
    Map<String, Object> confiscating =
        new java.util.HashMap<>(input("900005", "发布测环罚〔2026〕227号", "LEGAL_PERSON"));
    confiscating.put("penaltyKinds", List.of("FINE", "CONFISCATION_OF_ILLEGAL_GAINS"));
    confiscating.put("confiscationAmount", "800");
    as("test-token-900001")
        .document(PUBLISH)
        .variable("input", confiscating)
        .execute()
        .path("publishPenaltyDecision.status")
        .entity(String.class)
        .isEqualTo("PUBLISHED");

    String id = publishAsOwnStaff("发布测环罚〔2026〕223号");
    for (String correction :
        List.of(
            "penaltyKinds: [WARNING], fineAmount: \"50000\"",
            "fineAmount: \"0\"",
            "confiscationAmount: \"800\"")) {
      assertThat(
              errorCode(
                  as("test-token-900001")
                      .document(
                          "mutation($id: ID!) { correctPenaltyDecision(id: $id, input: { "
                              + correction
                              + ", reason: \"更正\" }) { id } }")
                      .variable("id", id)
                      .execute()))
          .as(correction)
          .isEqualTo("INVALID_AMOUNT_RANGE");
    }
    GraphQlTester.Response warned =
        as("test-token-900001")
            .document(
                """
                mutation($id: ID!) { correctPenaltyDecision(id: $id, input: {
                  penaltyKinds: [WARNING], reason: "更正为警告" }) {
                  penaltyKinds fineAmount history { changedParts } } }
                """)
            .variable("id", id)
            .execute();
    warned.path("correctPenaltyDecision.fineAmount").valueIsNull();
    warned
        .path("correctPenaltyDecision.history[1].changedParts")
        .entityList(String.class)
        .hasSize(2)
        .contains("penaltyKinds", "fineAmount");
  }

  /** The rule follows who decided: a market regulator's warning alone, under any field or none. */
  @Test
  void aMarketRegulatorsWarningAloneIsRefusedWhateverFieldItIsFiledUnder() {
    Long regulator =
        database
            .sql("select id from agency where name like '%市场监督管理局' order by id limit 1")
            .map(row -> row.get("id", Long.class))
            .one()
            .block();
    String token = "sample-agency-" + regulator;
    for (String field : new String[] {"ECO_ENVIRONMENT", null}) {
      Map<String, Object> warning =
          new java.util.HashMap<>(
              input(
                  regulator.toString(),
                  "市监测罚〔2026〕" + (field == null ? 1 : 2) + "号",
                  "LEGAL_PERSON"));
      warning.put("penaltyKinds", List.of("WARNING"));
      warning.remove("fineAmount");
      warning.put("field", field);
      assertThat(errorCode(as(token).document(PUBLISH).variable("input", warning).execute()))
          .as(String.valueOf(field))
          .isEqualTo("NOT_PUBLISHABLE");
    }
    assertThat(
            database
                .sql(
                    "select count(*) from penalty_decision where document_number like '市监测罚〔2026〕%'")
                .map(row -> row.get(0, Long.class))
                .one()
                .block())
        .isZero();
  }

  /**
   * SAMR 令45号 Art. 2: a market-regulation penalty that is only a warning is not published, and a
   * correction cannot make one; elsewhere a warning is published.
   */
  @Test
  void aMarketRegulationWarningAloneIsNotPublished() {
    Map<String, Object> warning =
        new java.util.HashMap<>(input("900005", "发布测环罚〔2026〕224号", "LEGAL_PERSON"));
    warning.put("field", "MARKET_REGULATION");
    warning.put("penaltyKinds", List.of("WARNING"));
    warning.remove("fineAmount");
    assertThat(
            errorCode(
                as("test-token-900001").document(PUBLISH).variable("input", warning).execute()))
        .isEqualTo("NOT_PUBLISHABLE");

    Map<String, Object> fined = new java.util.HashMap<>(warning);
    fined.put("documentNumber", "发布测环罚〔2026〕225号");
    fined.put("penaltyKinds", List.of("WARNING", "FINE"));
    fined.put("fineAmount", "2000");
    String id =
        as("test-token-900001")
            .document(PUBLISH)
            .variable("input", fined)
            .execute()
            .path("publishPenaltyDecision.id")
            .entity(String.class)
            .get();
    assertThat(
            errorCode(
                as("test-token-900001")
                    .document(
                        """
                        mutation($id: ID!) { correctPenaltyDecision(id: $id, input: {
                          penaltyKinds: [WARNING], reason: "仅处警告" }) { id } }
                        """)
                    .variable("id", id)
                    .execute()))
        .isEqualTo("NOT_PUBLISHABLE");
    assertThat(events(id)).containsExactly("PUBLISHED");

    Map<String, Object> elsewhere = new java.util.HashMap<>(warning);
    elsewhere.put("documentNumber", "发布测环罚〔2026〕226号");
    elsewhere.put("field", "ECO_ENVIRONMENT");
    as("test-token-900001")
        .document(PUBLISH)
        .variable("input", elsewhere)
        .execute()
        .path("publishPenaltyDecision.status")
        .entity(String.class)
        .isEqualTo("PUBLISHED");
  }

  @Test
  void nobodyPublishesForAnotherBody() {
    Map<String, Object> forOther = input("900005", "发布测环罚〔2026〕202号", "LEGAL_PERSON");
    assertThat(
            errorCode(
                as("test-token-900002").document(PUBLISH).variable("input", forOther).execute()))
        .isEqualTo("FORBIDDEN");
    assertThat(
            errorCode(
                as("test-token-900003").document(PUBLISH).variable("input", forOther).execute()))
        .as("a supervisor publishes nothing")
        .isEqualTo("FORBIDDEN");
    assertThat(errorCode(graphQl.document(PUBLISH).variable("input", forOther).execute()))
        .isEqualTo("UNAUTHENTICATED");
    assertThat(
            errorCode(
                as("test-token-900004").document(PUBLISH).variable("input", forOther).execute()))
        .as("a disabled account")
        .isEqualTo("UNAUTHENTICATED");
    assertThat(
            errorCode(as("no-such-token").document(PUBLISH).variable("input", forOther).execute()))
        .isEqualTo("UNAUTHENTICATED");
    Map<String, Object> future = new java.util.HashMap<>(forOther);
    future.put("decisionDate", LocalDate.now(clock).plusDays(1).toString());
    assertThat(
            errorCode(
                as("test-token-900001").document(PUBLISH).variable("input", future).execute()))
        .as("a decision dated after today")
        .isEqualTo("INVALID_DATE_RANGE");
    Long stored =
        database
            .sql("select count(*) from penalty_decision where document_number = :n")
            .bind("n", "发布测环罚〔2026〕202号")
            .map(row -> row.get(0, Long.class))
            .one()
            .block();
    assertThat(stored).isZero();
  }

  @Test
  void aWithdrawnDecisionLeavesListingsKeepsItsNoticeAndCannotBeWithdrawnTwice() {
    String id = publishAsOwnStaff("发布测环罚〔2026〕203号");
    Map<String, Object> withdrawal =
        Map.of("kind", "REVOKED", "reason", "复议机关决定撤销", "causeOn", LocalDate.now(clock).toString());
    assertThat(
            errorCode(
                as("test-token-900002")
                    .document(WITHDRAW)
                    .variable("id", id)
                    .variable("input", withdrawal)
                    .execute()))
        .isEqualTo("FORBIDDEN");

    GraphQlTester.Response withdrawn =
        as("test-token-900001")
            .document(WITHDRAW)
            .variable("id", id)
            .variable("input", withdrawal)
            .execute();
    withdrawn.path("withdrawPenaltyDecision.status").entity(String.class).isEqualTo("WITHDRAWN");
    withdrawn
        .path("withdrawPenaltyDecision.withdrawal.kind")
        .entity(String.class)
        .isEqualTo("REVOKED");
    withdrawn.path("withdrawPenaltyDecision.withdrawal.due").hasValue();

    GraphQlTester.Response notice =
        graphQl
            .document(
                "{ penaltyDecision(id: \""
                    + id
                    + "\") { status withdrawal { reason } documentNumber caseName facts"
                    + " party { name creditCode legalRepresentative } fineAmount } }")
            .execute();
    notice.path("penaltyDecision.withdrawal.reason").entity(String.class).isEqualTo("复议机关决定撤销");
    // The notice stays; what the withdrawal took off view does not.
    notice.path("penaltyDecision.documentNumber").hasValue();
    notice.path("penaltyDecision.party.name").entity(String.class).isEqualTo("（已撤回公示）");
    notice.path("penaltyDecision.facts").entity(String.class).isEqualTo("（已撤回公示）");
    notice.path("penaltyDecision.caseName").valueIsNull();
    notice.path("penaltyDecision.party.creditCode").valueIsNull();
    notice.path("penaltyDecision.party.legalRepresentative").valueIsNull();
    notice.path("penaltyDecision.fineAmount").valueIsNull();
    List<String> listed =
        graphQl
            .document(
                "{ penaltyDecisions(filter: {agencyId: \"900005\"}, first: 100) { nodes { id } } }")
            .execute()
            .path("penaltyDecisions.nodes[*].id")
            .entityList(String.class)
            .get();
    assertThat(listed).doesNotContain(id);
    assertThat(
            errorCode(
                as("test-token-900001")
                    .document(WITHDRAW)
                    .variable("id", id)
                    .variable("input", withdrawal)
                    .execute()))
        .isEqualTo("INVALID_TRANSITION");
    assertThat(events(id)).containsExactly("PUBLISHED", "WITHDRAWN");
  }

  @Test
  void aCorrectionKeepsWhatChangedInTheHistory() {
    String id = publishAsOwnStaff("发布测环罚〔2026〕209号");
    String correct =
        """
        mutation($id: ID!) { correctPenaltyDecision(id: $id, input: {
          fineAmount: "60000", reason: "罚款金额录入错误" }) {
          fineAmount severityClass history { kind actor reason changedParts } } }
        """;
    assertThat(errorCode(as("test-token-900002").document(correct).variable("id", id).execute()))
        .isEqualTo("FORBIDDEN");
    GraphQlTester.Response corrected =
        as("test-token-900001").document(correct).variable("id", id).execute();
    corrected.path("correctPenaltyDecision.fineAmount").entity(String.class).isEqualTo("60000.00");
    // 60,000 yuan on a legal person is no longer a lower-amount fine.
    corrected
        .path("correctPenaltyDecision.severityClass")
        .entity(String.class)
        .isEqualTo("GENERAL");
    corrected
        .path("correctPenaltyDecision.history[*].kind")
        .entityList(String.class)
        .containsExactly("PUBLISHED", "CORRECTED");
    corrected
        .path("correctPenaltyDecision.history[1].changedParts")
        .entityList(String.class)
        .containsExactly("fineAmount");
    corrected
        .path("correctPenaltyDecision.history[1].actor")
        .entity(String.class)
        .isEqualTo("发布测试省生态环境厅");
    String changes =
        database
            .sql(
                "select changes::text from penalty_decision_event where decision_id = :id and kind = 'CORRECTED'")
            .bind("id", Long.parseLong(id))
            .map(row -> row.get(0, String.class))
            .one()
            .block();
    assertThat(changes).isEqualTo("{\"fineAmount\": {\"after\": \"60000\", \"before\": \"3000\"}}");
  }

  /**
   * A correction that shortens the term to one that has already ended takes the decision off view
   * at once, recorded as expiry records it, as a publication after its term would be.
   */
  @Test
  void aCorrectionWhoseTermHasAlreadyEndedTakesTheDecisionOffViewAtOnce() {
    LocalDate decided = LocalDate.now(clock).minusYears(2);
    Map<String, Object> old =
        new java.util.HashMap<>(
            input("900005", "发布测环罚〔" + decided.getYear() + "〕217号", "LEGAL_PERSON"));
    old.put("decisionDate", decided.toString());
    old.put("penaltyKinds", List.of("FINE", "ORDER_TO_SUSPEND_BUSINESS"));
    old.put("fineAmount", "200000");
    GraphQlTester.Response published =
        as("test-token-900001").document(PUBLISH).variable("input", old).execute();
    // Serious: three years from the decision, still running.
    published.path("publishPenaltyDecision.status").entity(String.class).isEqualTo("PUBLISHED");
    published
        .path("publishPenaltyDecision.publishUntil")
        .entity(String.class)
        .isEqualTo(decided.plusYears(3).minusDays(1).toString());
    String id = published.path("publishPenaltyDecision.id").entity(String.class).get();

    GraphQlTester.Response corrected =
        as("test-token-900001")
            .document(
                """
                mutation($id: ID!) { correctPenaltyDecision(id: $id, input: {
                  penaltyKinds: [FINE], fineAmount: "500", reason: "更正处罚种类和金额" }) {
                  status severityClass publishUntil } }
                """)
            .variable("id", id)
            .execute();
    // A 500-yuan fine is minor: three months from the decision, over long ago.
    corrected.path("correctPenaltyDecision.severityClass").entity(String.class).isEqualTo("MINOR");
    corrected
        .path("correctPenaltyDecision.publishUntil")
        .entity(String.class)
        .isEqualTo(decided.plusMonths(3).minusDays(1).toString());
    corrected.path("correctPenaltyDecision.status").entity(String.class).isEqualTo("EXPIRED");
    assertThat(status(id)).isEqualTo("EXPIRED");
    assertThat(events(id)).containsExactly("PUBLISHED", "CORRECTED", "EXPIRED");
    assertThat(
            database
                .sql(
                    "select actor from penalty_decision_event where decision_id = :id and kind = 'EXPIRED'")
                .bind("id", Long.parseLong(id))
                .map(row -> row.get(0, String.class))
                .one()
                .block())
        .isEqualTo("公示期满自动下线");
    assertThat(
            errorCode(
                graphQl
                    .document("query($id: ID!) { penaltyDecision(id: $id) { id } }")
                    .variable("id", id)
                    .execute()))
        .isEqualTo("NOT_FOUND");
  }

  @Test
  void publicationCannotEndBeforeItsMinimumTerm() {
    // 60,000 yuan on a legal person is a general penalty: at least 3 months (令36号).
    String id = publishAsOwnStaff("发布测环罚〔2026〕204号", "60000");
    String end =
        "mutation { endPenaltyDecisionPublication(id: \""
            + id
            + "\", reason: \"信用修复\") { status } }";
    assertThat(errorCode(as("test-token-900001").document(end).execute()))
        .isEqualTo("INVALID_TRANSITION");
    assertThat(errorCode(as("test-token-900002").document(end).execute())).isEqualTo("FORBIDDEN");
    assertThat(events(id)).containsExactly("PUBLISHED");
  }

  @Test
  void anExpiredDecisionDisappearsOnTheDayAfterItsTerm() {
    LocalDate lastDay = LocalDate.now(clock);
    PenaltyDecision decision =
        publication
            .record(
                Actor.portal("到期测试"),
                new NewDecision(
                    "发布测环罚〔2026〕205号",
                    null,
                    new PenaltyDecision.Party(PartyKind.LEGAL_PERSON, "测试庚涂装有限公司", null, null),
                    "当事人喷漆房废气直排。",
                    "《测试大气法》第十八条",
                    "《测试大气法》第九十九条",
                    List.of(PenaltyKind.FINE),
                    new BigDecimal("20000"),
                    null,
                    null,
                    lastDay.minusMonths(3),
                    DecisionDating.STATED,
                    900005,
                    "ECO_ENVIRONMENT",
                    null,
                    null,
                    List.of(),
                    List.of(),
                    lastDay.minusMonths(3),
                    lastDay,
                    null,
                    "测试数据"))
            .block();
    String id = Long.toString(decision.id());
    // Run for this decision only: other decisions of the shared database end today too.
    assertThat(expiry.expire(lastDay, decision.id()).block())
        .as("still shown on its last day")
        .isZero();
    assertThat(status(id)).isEqualTo("PUBLISHED");

    assertThat(expiry.expire(lastDay.plusDays(1), decision.id()).block()).isEqualTo(1);
    assertThat(status(id)).isEqualTo("EXPIRED");
    assertThat(
            errorCode(graphQl.document("{ penaltyDecision(id: \"" + id + "\") { id } }").execute()))
        .isEqualTo("NOT_FOUND");
    assertThat(events(id)).containsExactly("PUBLISHED", "EXPIRED");
    // Gone from search too, through the change log.
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    List<String> found;
    do {
      found =
          graphQl
              .document(
                  "{ search(query: \"喷漆房废气直排\") { edges { node { ... on PenaltyDecision { id } } } } }")
              .execute()
              .path("search.edges[*].node.id")
              .entityList(String.class)
              .get();
    } while (found.contains(id) && System.nanoTime() < deadline);
    assertThat(found).doesNotContain(id);
  }

  @Test
  void aPublicationEightWorkingDaysLateAcrossAHolidayCountsAgainstItsBody() {
    int before = publishedLate("900005");
    publication
        .record(
            Actor.portal("迟延测试"),
            new NewDecision(
                "发布测环罚〔2024〕88号",
                null,
                new PenaltyDecision.Party(PartyKind.LEGAL_PERSON, "测试辛印染有限公司", null, null),
                "当事人未按规定运行污染防治设施。",
                "《测试大气法》第十八条",
                "《测试大气法》第九十九条",
                List.of(PenaltyKind.FINE),
                new BigDecimal("80000"),
                null,
                null,
                LocalDate.of(2024, 9, 27),
                DecisionDating.STATED,
                900005,
                "ECO_ENVIRONMENT",
                null,
                null,
                List.of(),
                List.of(),
                LocalDate.of(2024, 10, 14), // the 8th working day after, over 国庆节
                LocalDate.of(2099, 1, 1),
                null,
                "测试数据"))
        .block();
    assertThat(publishedLate("900005")).isEqualTo(before + 1);
  }

  @Test
  void theEventLogIsAppendOnly() {
    String id = publishAsOwnStaff("发布测环罚〔2026〕206号");
    assertThatThrownBy(
            () ->
                database
                    .sql("update penalty_decision_event set reason = 'x' where decision_id = :id")
                    .bind("id", Long.parseLong(id))
                    .then()
                    .block())
        .hasMessageContaining("append-only");
    assertThatThrownBy(
            () ->
                database
                    .sql("delete from penalty_decision_event where decision_id = :id")
                    .bind("id", Long.parseLong(id))
                    .then()
                    .block())
        .hasMessageContaining("append-only");
  }

  private int publishedLate(String agencyId) {
    return graphQl
        .document("{ agency(id: \"" + agencyId + "\") { publicationRecord { publishedLate } } }")
        .execute()
        .path("agency.publicationRecord.publishedLate")
        .entity(Integer.class)
        .get();
  }

  private String status(String id) {
    return database
        .sql("select status from penalty_decision where id = :id")
        .bind("id", Long.parseLong(id))
        .map(row -> row.get(0, String.class))
        .one()
        .block();
  }

  private List<String> events(String id) {
    return database
        .sql("select kind from penalty_decision_event where decision_id = :id order by id")
        .bind("id", Long.parseLong(id))
        .map(row -> row.get(0, String.class))
        .all()
        .collectList()
        .block();
  }
}
