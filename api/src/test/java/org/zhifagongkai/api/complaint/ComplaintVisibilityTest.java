package org.zhifagongkai.api.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.test.tester.GraphQlTester;

/**
 * What each party reads of a complaint: every field of {@code Complaint} (and of its 12345 copy,
 * enterprise and timeline), generated from the schema so that a field added later is read here too,
 * as every staff account, the filer, the filer of a duplicate, and nobody.
 */
class ComplaintVisibilityTest extends ComplaintApiTest {

  private static final AtomicInteger NAMES = new AtomicInteger();

  @Autowired GraphQlSource graphQlSource;

  /** An enterprise whose name, contact and phone appear in no other complaint. */
  private record Identity(String creditCode, String name, String contactName, String phone) {
    static Identity fresh() {
      int n = NAMES.incrementAndGet();
      return new Identity(
          newCreditCode(), "保密测试" + n + "号商贸有限公司", "匿名联系人" + n, "1391234" + (5000 + n));
    }

    Map<String, Object> input(boolean shown, String description) {
      Map<String, Object> input =
          ComplaintApiTest.input(creditCode, "REPEATED_INSPECTION", description);
      input.put("enterpriseName", name);
      input.put("contactName", contactName);
      input.put("contactPhone", phone);
      input.put("identityShown", shown);
      return input;
    }

    /** Which of the identity's parts {@code text} contains. */
    List<String> foundIn(String text) {
      return List.of(creditCode, name, contactName, phone).stream().filter(text::contains).toList();
    }
  }

  @ParameterizedTest(name = "{0} reads a complaint whose enterprise hid itself: {1}")
  @CsvSource({
    // account | what it gets
    "970002, IDENTITY", // the contact point handling it
    "970004, IDENTITY", // 甲市司法局, its supervision body
    "970007, IDENTITY", // the 12345 hotline, which holds a copy
    "970009, CASE_ONLY", // the body complained about
    "970001, FORBIDDEN", // another contact point
    "970003, FORBIDDEN", // a contact point of another field
    "970005, FORBIDDEN", // the province's 司法厅, not (yet) escalated to
    "970006, FORBIDDEN", // 乙区司法局, which supervises another level
    "970008, FORBIDDEN", // the administrator
    "none, UNAUTHENTICATED",
    "unknown, UNAUTHENTICATED"
  })
  void eachPartyReadsExactlyWhatItMay(String account, String expected) {
    Identity identity = Identity.fresh();
    Filed filed = fileOk(identity.input(false, REPEATED));
    GraphQlTester.Response response = readWhole(reader(account), filed.id());
    String body = body(response);
    switch (expected) {
      case "IDENTITY" -> {
        response.errors().verify();
        assertThat(identity.foundIn(body)).hasSize(4);
        response
            .path("workOrder.hotline.payload")
            .entity(String.class)
            .satisfies(payload -> assertThat(identity.foundIn(payload)).contains(identity.phone()));
      }
      case "CASE_ONLY" -> {
        response.errors().verify();
        assertThat(identity.foundIn(body)).isEmpty();
        response.path("workOrder.enterprise").valueIsNull();
        response.path("workOrder.hotline").valueIsNull();
        response.path("workOrder.description").entity(String.class).isEqualTo(REPEATED);
        // whether a copy went to 12345 follows the routing rule, and so the enterprise's region
        response.path("workOrder.toHotline").valueIsNull();
      }
      default -> {
        assertThat(errorCode(response)).isEqualTo(expected);
        assertThat(identity.foundIn(body)).isEmpty();
        assertThat(body).doesNotContain(REPEATED);
      }
    }
  }

  @Test
  void theBodyComplainedAboutSeesWhoComplainedOnlyWhenTheyAgreed() {
    Identity identity = Identity.fresh();
    Filed filed = fileOk(identity.input(true, REPEATED));
    GraphQlTester.Response response = readWhole(as("970009"), filed.id());
    response.errors().verify();
    assertThat(identity.foundIn(body(response))).hasSize(4);
  }

  @Test
  void theBodyComplainedAboutLearnsNotWhereTheEnterpriseIsFromWhoHandlesTheOrder() {
    Identity identity = Identity.fresh();
    Filed hidden = fileOk(identity.input(false, REPEATED));
    String read =
        "query($id: ID!) { workOrder(id: $id) { handler { id } routingRule { id } toHotline"
            + " timeline { kind actor note ruleId destination } } }";
    as("970002")
        .document("mutation($id: ID!) { acceptWorkOrder(id: $id) { id } }")
        .variable("id", hidden.id())
        .execute()
        .errors()
        .verify();
    GraphQlTester.Response body = as("970009").document(read).variable("id", hidden.id()).execute();
    body.errors().verify();
    body.path("workOrder.handler").valueIsNull();
    body.path("workOrder.routingRule").valueIsNull();
    body.path("workOrder.toHotline").valueIsNull();
    assertThat(body.path("workOrder.timeline[*].kind").entityList(String.class).get())
        .containsExactly("RECEIVED", "DISPATCHED", "ACCEPTED");
    assertThat(body.path("workOrder.timeline[*].actor").entityList(String.class).get())
        .containsExactly("投诉企业", "派单目录", "办理单位");
    assertThat(body.path("workOrder.timeline[*].destination").entityList(Object.class).get())
        .containsOnlyNulls();
    assertThat(body.path("workOrder.timeline[*].ruleId").entityList(Object.class).get())
        .containsOnlyNulls();
    // The handler itself, and the body once the enterprise agreed to be named, see both.
    as("970002")
        .document(read)
        .variable("id", hidden.id())
        .execute()
        .path("workOrder.handler.id")
        .entity(String.class)
        .isEqualTo("970002");
    Filed shown = fileOk(Identity.fresh().input(true, REPEATED));
    as("970009")
        .document(read)
        .variable("id", shown.id())
        .execute()
        .path("workOrder.handler.id")
        .entity(String.class)
        .isEqualTo("970002");
  }

  /**
   * What the handler writes may name the enterprise: its answer and a refusal's reason and route
   * are hidden from the body complained about, as notes are, unless the enterprise agreed.
   */
  @Test
  void theBodyComplainedAboutReadsNoAnswerOrRefusalOfAHiddenComplaint() {
    String read =
        "query($id: ID!) { workOrder(id: $id) { status answer answeredOn refusal { reason route } } }";
    Identity hidden = Identity.fresh();
    String answer = hidden.name() + hidden.contactName() + "所述属实，已责令整改。";
    Filed answered = fileOk(hidden.input(false, REPEATED));
    act("970002", answered.id(), "acceptWorkOrder(id: $id)");
    act("970002", answered.id(), "startWorkOrder(id: $id)");
    act("970002", answered.id(), "answerWorkOrder(id: $id, answer: \"" + answer + "\")");
    Identity refusedOne = Identity.fresh();
    Filed refused = fileOk(refusedOne.input(false, REPEATED));
    String reason = refusedOne.name() + "所诉事项已进入行政复议";
    act(
        "970002",
        refused.id(),
        "refuseWorkOrder(id: $id, reason: \"" + reason + "\", route: \"行政复议\")");

    GraphQlTester.Response bodyAnswered =
        as("970009").document(read).variable("id", answered.id()).execute();
    bodyAnswered.errors().verify();
    bodyAnswered.path("workOrder.status").entity(String.class).isEqualTo("ANSWERED");
    bodyAnswered.path("workOrder.answeredOn").hasValue();
    bodyAnswered.path("workOrder.answer").valueIsNull();
    GraphQlTester.Response bodyRefused =
        as("970009").document(read).variable("id", refused.id()).execute();
    bodyRefused.errors().verify();
    bodyRefused.path("workOrder.status").entity(String.class).isEqualTo("REFUSED");
    bodyRefused.path("workOrder.refusal").valueIsNull();
    assertThat(hidden.foundIn(body(bodyAnswered))).isEmpty();
    assertThat(refusedOne.foundIn(body(bodyRefused))).isEmpty();

    // The handler reads them, and so does the body once the enterprise agreed to be named.
    as("970002")
        .document(read)
        .variable("id", answered.id())
        .execute()
        .path("workOrder.answer")
        .entity(String.class)
        .isEqualTo(answer);
    as("970002")
        .document(read)
        .variable("id", refused.id())
        .execute()
        .path("workOrder.refusal.reason")
        .entity(String.class)
        .isEqualTo(reason);
    Identity named = Identity.fresh();
    Filed shown = fileOk(named.input(true, REPEATED));
    act("970002", shown.id(), "acceptWorkOrder(id: $id)");
    act("970002", shown.id(), "startWorkOrder(id: $id)");
    act("970002", shown.id(), "answerWorkOrder(id: $id, answer: \"" + named.name() + "所述属实\")");
    as("970009")
        .document(read)
        .variable("id", shown.id())
        .execute()
        .path("workOrder.answer")
        .entity(String.class)
        .isEqualTo(named.name() + "所述属实");
  }

  /**
   * An enterprise that hid itself still writes its name, code, contact or phone into its own words.
   * Each way of writing them is planted in a description: the body complained about reads the
   * description without any of them, the handler reads it as typed.
   */
  @Test
  void theBodyComplainedAboutReadsTheEnterprisesWordsWithoutWhatNamesIt() {
    String read = "query($id: ID!) { workOrder(id: $id) { description } }";
    int n = NAMES.incrementAndGet();
    String core = "保密测试" + n + "号商贸";
    Identity identity =
        new Identity(newCreditCode(), "甲市" + core + "有限公司", "匿名联系人" + n, "1391234" + (5000 + n));
    String code = identity.creditCode();
    String phone = identity.phone();
    List<String> forms =
        List.of(
            identity.name(),
            "甲市" + core,
            core + "有限公司",
            core,
            identity.contactName(),
            code,
            code.toLowerCase(java.util.Locale.ROOT),
            code.substring(0, 6) + " " + code.substring(6, 12) + " " + code.substring(12),
            String.join("-", code.substring(0, 4), code.substring(4, 8), code.substring(8)),
            phone,
            phone.substring(0, 3) + "-" + phone.substring(3, 7) + "-" + phone.substring(7),
            phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7),
            "+86 " + phone,
            "0086" + phone);
    List<String> leaked = new ArrayList<>();
    for (String form : forms) {
      String description = "我司（" + form + "）反映：" + REPEATED;
      Filed filed = fileOk(identity.input(false, description));
      as("970002")
          .document(read)
          .variable("id", filed.id())
          .execute()
          .path("workOrder.description")
          .entity(String.class)
          .isEqualTo(description);
      String seen =
          as("970009")
              .document(read)
              .variable("id", filed.id())
              .execute()
              .path("workOrder.description")
              .entity(String.class)
              .get();
      String unspaced = seen.replaceAll("[\\s\\-]", "").toUpperCase(java.util.Locale.ROOT);
      if (seen.contains(core)
          || !identity.foundIn(seen).isEmpty()
          || unspaced.contains(code)
          || unspaced.contains(phone)
          || !seen.endsWith("）反映：" + REPEATED)) {
        leaked.add(form + " → " + seen);
      }
    }
    assertThat(leaked).isEmpty();
  }

  @Test
  void theBodyComplainedAboutReadsTheRatingCommentWithoutWhatNamesTheEnterprise() {
    Identity identity = Identity.fresh();
    Filed filed = fileOk(identity.input(false, REPEATED));
    act("970002", filed.id(), "acceptWorkOrder(id: $id)");
    act("970002", filed.id(), "startWorkOrder(id: $id)");
    act("970002", filed.id(), "answerWorkOrder(id: $id, answer: \"所述属实，已责令整改。\")");
    String comment = identity.contactName() + "代表" + identity.name() + "表示满意，电话" + identity.phone();
    graphQl
        .document(
            "mutation($n: String!, $c: String!, $comment: String) { rateComplaint(trackingNumber:"
                + " $n, accessCode: $c, satisfaction: 5, comment: $comment) { ratingComment } }")
        .variable("n", filed.trackingNumber())
        .variable("c", filed.accessCode())
        .variable("comment", comment)
        .execute()
        .path("rateComplaint.ratingComment")
        .entity(String.class)
        .isEqualTo(comment);
    String read = "query($id: ID!) { workOrder(id: $id) { ratingComment satisfaction } }";
    GraphQlTester.Response body = as("970009").document(read).variable("id", filed.id()).execute();
    body.path("workOrder.satisfaction").entity(Integer.class).isEqualTo(5);
    body.path("workOrder.ratingComment")
        .entity(String.class)
        .isEqualTo(
            ComplainantMentions.REMOVED
                + "代表"
                + ComplainantMentions.REMOVED
                + "表示满意，电话"
                + ComplainantMentions.REMOVED);
    as("970002")
        .document(read)
        .variable("id", filed.id())
        .execute()
        .path("workOrder.ratingComment")
        .entity(String.class)
        .isEqualTo(comment);
  }

  /**
   * A supervision notice is served on the body complained about, and its issuer, who knows the
   * enterprise, may name it: that body reads the notice without it, unless the enterprise agreed.
   */
  @Test
  void theBodyComplainedAboutReadsASupervisionNoticeWithoutWhatNamesTheEnterprise() {
    Identity identity = Identity.fresh();
    Filed filed = fileOk(identity.input(false, REPEATED));
    String content =
        "关于"
            + identity.name()
            + "（联系人"
            + identity.contactName()
            + "，电话"
            + identity.phone()
            + "）投诉一事，请于三十日内纠正并报告结果。";
    act(
        "970004",
        filed.id(),
        "issueSupervisionNotice(id: $id, kind: NOTICE, documentNumber: \"甲司监通〔2026〕9号\", content: \""
            + content
            + "\")");
    String read = "query($id: ID!) { workOrder(id: $id) { notices { content } } }";
    as("970009")
        .document(read)
        .variable("id", filed.id())
        .execute()
        .path("workOrder.notices[0].content")
        .entity(String.class)
        .isEqualTo(
            "关于"
                + ComplainantMentions.REMOVED
                + "（联系人"
                + ComplainantMentions.REMOVED
                + "，电话"
                + ComplainantMentions.REMOVED
                + "）投诉一事，请于三十日内纠正并报告结果。");
    as("970004")
        .document(read)
        .variable("id", filed.id())
        .execute()
        .path("workOrder.notices[0].content")
        .entity(String.class)
        .isEqualTo(content);
  }

  /** Runs {@code call}, a work-order mutation on {@code $id}, as {@code account}. */
  private void act(String account, String id, String call) {
    as(account)
        .document("mutation($id: ID!) { " + call + " { id } }")
        .variable("id", id)
        .execute()
        .errors()
        .verify();
  }

  @Test
  void theBodyComplainedAboutNeverReadsTheHotlineCopyOfAHiddenComplaint() {
    Identity identity = Identity.fresh();
    Filed filed = fileOk(identity.input(false, REPEATED));
    GraphQlTester.Response response =
        as("970009")
            .document(
                "query($id: ID!) { workOrder(id: $id) { enterprise { name }"
                    + " hotline { payload trackingNumber } } workOrders(first: 100) { nodes {"
                    + " id enterprise { contactPhone } hotline { payload } } } }")
            .variable("id", filed.id())
            .execute();
    response.errors().verify();
    response.path("workOrder.enterprise").valueIsNull();
    response.path("workOrder.hotline").valueIsNull();
    assertThat(identity.foundIn(body(response))).isEmpty();
  }

  @Test
  void theFilerReadsItsOwnComplaintWhole() {
    Identity identity = Identity.fresh();
    Filed filed = fileOk(identity.input(false, REPEATED));
    GraphQlTester.Response response = track(filed);
    response.errors().verify();
    assertThat(identity.foundIn(body(response))).hasSize(4);
  }

  @Test
  void filingAgainUnderASuspectsCodeAndPhoneTellsNothingOfWhoComplained() {
    Identity suspect = Identity.fresh();
    Filed original = fileOk(suspect.input(false, REPEATED));
    // The body complained about reads the complaint's text, and knows the phones of the
    // enterprises it inspected: it files that text again under each suspect's code and phone.
    Identity wrongPhone = new Identity(suspect.creditCode(), "冒名测试有限公司", "探测", "13700002222");
    Identity rightPhone = new Identity(suspect.creditCode(), "冒名测试有限公司", "探测", suspect.phone());
    GraphQlTester.Response miss = track(fileOk(wrongPhone.input(false, REPEATED)));
    GraphQlTester.Response hit = track(fileOk(rightPhone.input(false, REPEATED)));
    miss.errors().verify();
    hit.errors().verify();
    // The two answers differ only in what differs between any two filings.
    assertThat(comparable(hit)).isEqualTo(comparable(miss));
    hit.path("complaint.status").entity(String.class).isEqualTo("DISPATCHED");
    hit.path("complaint.joinedOrder").valueIsNull();
    assertThat(timelineKinds("970009", original.id()))
        .doesNotContain("DUPLICATE_JOINED", "DUPLICATE_SUSPECTED");
  }

  /**
   * A tracked complaint's answer without what any two filings differ in: ids, numbers and times,
   * and the identity each typed.
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> comparable(GraphQlTester.Response response) {
    Map<String, Object> answer = new HashMap<>(response.path("complaint").entity(Map.class).get());
    List.of("id", "trackingNumber", "filedAt", "enterprise", "hotline").forEach(answer::remove);
    answer.put(
        "timeline",
        ((List<Map<String, Object>>) answer.get("timeline"))
            .stream()
                .map(
                    step -> {
                      Map<String, Object> kept = new HashMap<>(step);
                      kept.remove("occurredAt");
                      return kept;
                    })
                .toList());
    return answer;
  }

  @Test
  void aStrangerGivingAnotherEnterprisesCodeLearnsNothingOfItsComplaint() {
    Identity first = Identity.fresh();
    Filed original = fileOk(first.input(false, REPEATED));
    // Anyone can type a credit code: the body complained about, testing whom it suspects, files
    // the complaint's own text under a suspect's code. It is filed as a complaint of its own.
    Identity stranger = new Identity(first.creditCode(), "冒名测试有限公司", "陌生人", "13700001111");
    Filed probe = fileOk(stranger.input(false, REPEATED));
    GraphQlTester.Response response = track(probe);
    response.errors().verify();
    response.path("complaint.status").entity(String.class).isEqualTo("DISPATCHED");
    response.path("complaint.mergedInto").valueIsNull();
    response.path("complaint.joinedOrder").valueIsNull();
    assertThat(body(response)).doesNotContain(first.phone()).doesNotContain(first.contactName());
    assertThat(timelineKinds("970002", original.id())).doesNotContain("DUPLICATE_JOINED");
  }

  /**
   * An order joined to another before filings stopped joining them (并单) names the order it joined,
   * filed by the same enterprise and phone, and that order's handler, which routing chose by the
   * enterprise's region: neither reaches the body complained about.
   */
  @Test
  void theBodyComplainedAboutLearnsNothingFromAnOrderJoinedToAnother() {
    Identity identity = Identity.fresh();
    Filed original = fileOk(identity.input(false, REPEATED));
    Filed joined = fileOk(identity.input(false, REPEATED + "再次反映。"));
    database
        .sql(
            "update complaint set status = 'MERGED', merged_into = :original,"
                + " contact_point_id = null where id = :joined")
        .bind("original", Long.parseLong(original.id()))
        .bind("joined", Long.parseLong(joined.id()))
        .then()
        .block();
    String read =
        "query($id: ID!) { workOrder(id: $id) { status mergedInto joinedOrder { id handler { id } } } }";
    GraphQlTester.Response body = as("970009").document(read).variable("id", joined.id()).execute();
    body.errors().verify();
    body.path("workOrder.status").entity(String.class).isEqualTo("MERGED");
    body.path("workOrder.mergedInto").valueIsNull();
    body.path("workOrder.joinedOrder").valueIsNull();
    // Its supervision body reads both.
    GraphQlTester.Response supervisor =
        as("970004").document(read).variable("id", joined.id()).execute();
    supervisor.errors().verify();
    supervisor.path("workOrder.mergedInto").entity(String.class).isEqualTo(original.id());
    supervisor.path("workOrder.joinedOrder.handler.id").entity(String.class).isEqualTo("970002");
  }

  @Test
  void aBodyComplainedAboutIsNeverItsOwnSupervisorNorSeesWhoComplained() {
    // 甲市司法局 (970003) is itself complained about: its supervision body is the province's, and
    // its own staff (970004) read the order as the body complained about.
    Identity identity = Identity.fresh();
    Map<String, Object> input = identity.input(false, REPEATED);
    input.put("agencyId", "970003");
    input.put("category", "CONDUCT");
    Filed filed = fileOk(input);
    GraphQlTester.Response own = readWhole(as("970004"), filed.id());
    own.errors().verify();
    own.path("workOrder.supervisionBody.id").entity(String.class).isEqualTo("970004");
    own.path("workOrder.enterprise").valueIsNull();
    assertThat(identity.foundIn(body(own))).isEmpty();
    GraphQlTester.Response province = readWhole(as("970005"), filed.id());
    province.errors().verify();
    assertThat(identity.foundIn(body(province))).hasSize(4);
  }

  private GraphQlTester.Response track(Filed filed) {
    return graphQl
        .document(
            "query($n: String!, $c: String!) { complaint(trackingNumber: $n, accessCode: $c) "
                + everyField("Complaint")
                + " }")
        .variable("n", filed.trackingNumber())
        .variable("c", filed.accessCode())
        .execute();
  }

  @Test
  void everyFieldOfAComplaintIsClassifiedAndHiddenFieldsAreNullable() {
    GraphQLObjectType complaint = schema().getObjectType("Complaint");
    Set<String> fields = new HashSet<>();
    complaint.getFieldDefinitions().forEach(f -> fields.add(f.getName()));
    fields.add("__typename");
    assertThat(ComplaintVisibility.COMPLAINT_FIELDS.keySet()).isEqualTo(fields);
    ComplaintVisibility.COMPLAINT_FIELDS.forEach(
        (name, part) -> {
          // Whatever may be hidden from a reader answers null to it.
          if (part != ComplaintVisibility.Part.CASE) {
            assertThat(GraphQLTypeUtil.isNonNull(complaint.getFieldDefinition(name).getType()))
                .as(name)
                .isFalse();
          }
        });
  }

  /** Every field of work order {@code id}, as {@code reader} may see it. */
  private GraphQlTester.Response readWhole(GraphQlTester reader, String id) {
    return reader
        .document("query($id: ID!) { workOrder(id: $id) " + everyField("Complaint") + " }")
        .variable("id", id)
        .execute();
  }

  private GraphQLSchema schema() {
    return graphQlSource.schema();
  }

  /** A selection of every field of {@code type}, nested objects included, each type once a path. */
  private String everyField(String type) {
    return selection(schema().getObjectType(type), new HashSet<>());
  }

  private String selection(GraphQLObjectType type, Set<String> onPath) {
    onPath.add(type.getName());
    List<String> parts = new ArrayList<>();
    for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
      if (field.getArguments().stream().anyMatch(a -> GraphQLTypeUtil.isNonNull(a.getType()))) {
        continue;
      }
      GraphQLType inner = GraphQLTypeUtil.unwrapAll(field.getType());
      if (inner instanceof GraphQLObjectType object) {
        if (!onPath.contains(object.getName())) {
          parts.add(field.getName() + " " + selection(object, new HashSet<>(onPath)));
        }
      } else {
        parts.add(field.getName());
      }
    }
    return "{ " + String.join(" ", parts) + " }";
  }

  private static String body(GraphQlTester.Response response) {
    return response.returnResponse().toMap().toString();
  }

  private static String body(GraphQlTester.Path path) {
    return String.valueOf(path.entity(Object.class).get());
  }
}
