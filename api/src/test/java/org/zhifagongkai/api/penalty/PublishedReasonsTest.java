package org.zhifagongkai.api.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.zhifagongkai.api.ApiTest;

/**
 * The reasons for a correction or a withdrawal are published in the decision's history and notice:
 * they name nobody the decision masks, quote nothing a correction took out, and a withdrawal's
 * notice, which shows no party, names none. Reasons are written the way staff explain a change,
 * from templates, for each person or phrase in turn.
 */
class PublishedReasonsTest extends ApiTest {

  private static final AtomicInteger NUMBERS = new AtomicInteger(700);

  private static final String PUBLISH =
      """
      mutation($input: PublishPenaltyDecisionInput!) { publishPenaltyDecision(input: $input) {
        id facts party { name } } }
      """;
  private static final String CORRECT =
      """
      mutation($id: ID!, $facts: String!, $reason: String!) {
        correctPenaltyDecision(id: $id, input: { facts: $facts, reason: $reason }) { id } }
      """;
  private static final String WITHDRAW =
      """
      mutation($id: ID!, $reason: String!, $cause: Date!) {
        withdrawPenaltyDecision(id: $id, input: { kind: REVOKED, reason: $reason, causeOn: $cause }) { id } }
      """;
  private static final String READ =
      """
      query($id: ID!) { penaltyDecision(id: $id) { withdrawal { reason } history { kind reason } } }
      """;

  /** Persons a decision masks: the party, and persons its facts describe by sex. */
  private static final List<String> PERSONS = List.of("李再生", "欧阳小明", "张翠", "韦定王");

  /** How staff name a person in a reason. */
  private static final List<String> NAMING =
      List.of("%s已申请行政复议", "经核实，%s并非实际经营者", "更正%s的违法事实表述", "%s提出陈述申辩后予以更正");

  /** How staff say what a correction took out. */
  private static final List<String> QUOTING =
      List.of("删除%s的姓名", "原文误载%s在场，予以删除", "删去第三人%s", "删除“%s”等字样");

  @Autowired Clock clock;

  private HttpGraphQlTester staff() {
    return graphQl.mutate().header("Authorization", "Bearer test-token-900001").build();
  }

  private Map<String, Object> input(String kind, String party, String facts) {
    Map<String, Object> input = new HashMap<>();
    input.put("agencyId", "900005");
    input.put("documentNumber", "理由测环罚〔2026〕" + NUMBERS.incrementAndGet() + "号");
    input.put("party", Map.of("kind", kind, "name", party));
    input.put("facts", facts);
    input.put("violatedProvisions", "《测试大气法》第十八条");
    input.put("penaltyProvisions", "《测试大气法》第九十九条");
    input.put("penaltyKinds", List.of("FINE"));
    input.put("fineAmount", "3000");
    input.put("decisionDate", LocalDate.now(clock).minusDays(2).toString());
    input.put("field", "ECO_ENVIRONMENT");
    return input;
  }

  private String publish(Map<String, Object> input) {
    return staff()
        .document(PUBLISH)
        .variable("input", input)
        .execute()
        .path("publishPenaltyDecision.id")
        .entity(String.class)
        .get();
  }

  private void correct(String id, String facts, String reason) {
    staff()
        .document(CORRECT)
        .variable("id", id)
        .variable("facts", facts)
        .variable("reason", reason)
        .execute()
        .errors()
        .verify();
  }

  private void withdraw(String id, String reason) {
    staff()
        .document(WITHDRAW)
        .variable("id", id)
        .variable("reason", reason)
        .variable("cause", LocalDate.now(clock).toString())
        .execute()
        .errors()
        .verify();
  }

  /** Every reason the public reads of a decision: its history's, then its notice's. */
  @SuppressWarnings("unchecked")
  private String publicReasons(String id) {
    var read = graphQl.document(READ).variable("id", id).execute();
    read.errors().verify();
    Map<String, Object> decision = read.path("penaltyDecision").entity(Map.class).get();
    List<String> reasons = new ArrayList<>();
    for (Map<String, Object> event : (List<Map<String, Object>>) decision.get("history")) {
      reasons.add(String.valueOf(event.get("reason")));
    }
    Map<String, Object> withdrawal = (Map<String, Object>) decision.get("withdrawal");
    if (withdrawal != null) {
      reasons.add(String.valueOf(withdrawal.get("reason")));
    }
    return String.join("|", reasons);
  }

  @Test
  void aReasonNamesNoPersonTheDecisionMasks() {
    List<String> leaked = new ArrayList<>();
    for (String person : PERSONS) {
      for (String template : NAMING) {
        String reason = template.formatted(person);
        // Each decision is corrected or withdrawn with the reason, while its texts mask the person:
        // as the party, and as a person the facts of a company's decision describe.
        for (String change : List.of("correct", "withdraw")) {
          for (String id : maskingDecisions(person)) {
            if (change.equals("correct")) {
              correct(id, "当事人在夜间施工中未采取任何降噪措施。", reason);
            } else {
              withdraw(id, reason);
            }
            String published = publicReasons(id);
            if (published.contains(person)) {
              leaked.add(change + " " + reason + " → " + published);
            }
          }
        }
      }
    }
    assertThat(leaked).isEmpty();
  }

  /** Two new decisions that mask {@code person}: as their party, and as described in the facts. */
  private List<String> maskingDecisions(String person) {
    String facts = "当事人在夜间施工中未采取降噪措施。";
    String asParty = publish(input("NATURAL_PERSON", person, facts));
    String described =
        publish(
            input(
                "LEGAL_PERSON",
                "理由测试建设有限公司",
                person + "，" + (person.equals("张翠") ? "女" : "男") + "，49岁，系当事人现场负责人。" + facts));
    var read =
        graphQl
            .document("query($id: ID!) { penaltyDecision(id: $id) { facts party { name } } }")
            .variable("id", described)
            .execute();
    assertThat(read.path("penaltyDecision.facts").entity(String.class).get())
        .as("the facts mask the person they describe")
        .doesNotContain(person);
    return List.of(asParty, described);
  }

  @Test
  void aCorrectionsReasonQuotesNothingItRemoved() {
    List<String> leaked = new ArrayList<>();
    // Names a decision published unmasked, with no word before them that tells a person.
    for (String removed : List.of("张翠花", "赵铁柱", "幸福路", "钱多多")) {
      for (String template : QUOTING) {
        String reason = template.formatted(removed);
        String id =
            publish(input("LEGAL_PERSON", "理由测试建设有限公司", "当事人在夜间施工中未采取降噪措施，" + removed + "在场。"));
        correct(id, "当事人在夜间施工中未采取降噪措施。", reason);
        String published = publicReasons(id);
        if (published.contains(removed)) {
          leaked.add(reason + " → " + published);
        }
      }
    }
    assertThat(leaked).isEmpty();
  }

  @Test
  void aCorrectionsReasonKeepsWhatItDidNotRemove() {
    String id = publish(input("LEGAL_PERSON", "理由测试建设有限公司", "当事人在夜间施工中未采取降噪措施，张翠花在场。"));
    correct(id, "当事人在夜间施工中未采取降噪措施。", "删除张翠花的姓名，降噪措施的表述不变");
    assertThat(publicReasons(id)).isEqualTo("null|删除［更正删去的内容］的姓名，降噪措施的表述不变");
  }

  /** A withdrawal after a correction took a person out of the facts still masks them. */
  @Test
  void aWithdrawalMasksWhomAnEarlierVersionMasked() {
    String id =
        publish(input("LEGAL_PERSON", "理由测试建设有限公司", "李再生，男，49岁，系当事人现场负责人。当事人在夜间施工中未采取降噪措施。"));
    correct(id, "当事人在夜间施工中未采取降噪措施。", "删去现场负责人的介绍");
    withdraw(id, "李再生已申请行政复议，原决定被撤销");
    assertThat(publicReasons(id))
        .isEqualTo("null|删去现场负责人的介绍|被依法撤销：李*生已申请行政复议，原决定被撤销|李*生已申请行政复议，原决定被撤销");
  }

  /** The words of the marks publication leaves (［姓名已隐去］) are no words a correction removed. */
  @Test
  void aCorrectionsReasonKeepsTheWordsOfRemovalMarks() {
    String id =
        publish(input("LEGAL_PERSON", "理由测试建设有限公司", "当事人在夜间施工中未采取降噪措施，证人王小红在场，电话13912345678。"));
    correct(id, "当事人在夜间施工中未采取降噪措施。", "删除证人的姓名和电话号码");
    assertThat(publicReasons(id)).isEqualTo("null|删除证人的姓名和电话号码");
  }

  @Test
  void aWithdrawalsNoticeNamesNoParty() {
    String company = "理由测试化工有限公司";
    String companyDecision = publish(input("LEGAL_PERSON", company, "当事人超标排放废水。"));
    withdraw(companyDecision, "经复议撤销对" + company + "的处罚决定");
    assertThat(publicReasons(companyDecision))
        .isEqualTo("null|被依法撤销：经复议撤销对当事人的处罚决定|经复议撤销对当事人的处罚决定");
    String personDecision = publish(input("NATURAL_PERSON", "王小明", "当事人在河道旁焚烧垃圾。"));
    withdraw(personDecision, "当事人王小明已申请行政复议，决定被撤销");
    assertThat(publicReasons(personDecision))
        .isEqualTo("null|被依法撤销：当事人已申请行政复议，决定被撤销|当事人已申请行政复议，决定被撤销");
  }

  /**
   * Staff name the party of a withdrawn decision as they speak of it: short, spaced, without region
   * or form. Each way of writing it (by rule over the name's parts) is called 当事人 in the notice.
   */
  @Test
  void aWithdrawalsNoticeNamesTheOrganisationInNoWrittenForm() {
    String region = "东湖市";
    String core = "理由测试化工";
    String company = region + core + "有限公司";
    List<String> forms =
        List.of(
            company,
            core,
            core + "公司",
            "东湖" + core,
            region + core,
            "理由测试公司",
            String.join(" ", company.split("")),
            String.join("·", core.split("")),
            "“" + core + "”");
    List<String> named = new ArrayList<>();
    for (String form : forms) {
      String id = publish(input("LEGAL_PERSON", company, "当事人超标排放废水。"));
      withdraw(id, "经复议撤销对" + form + "的处罚决定");
      String reasons = publicReasons(id);
      if (!reasons.equals("null|被依法撤销：经复议撤销对当事人的处罚决定|经复议撤销对当事人的处罚决定")
          && !reasons.equals("null|被依法撤销：经复议撤销对“当事人”的处罚决定|经复议撤销对“当事人”的处罚决定")) {
        named.add(form + " → " + reasons);
      }
    }
    assertThat(named).isEmpty();
  }
}
