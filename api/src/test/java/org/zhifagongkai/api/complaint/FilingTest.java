package org.zhifagongkai.api.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.zhifagongkai.api.complaint.filing.AccessCodes;
import org.zhifagongkai.api.complaint.filing.TrackingThrottle;
import org.zhifagongkai.api.staff.StaffTokens;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Filing: checks, other channels, routing by the rule that fits, duplicates and tracking. */
class FilingTest extends ComplaintApiTest {

  @Test
  void anInvalidCreditCodeIsRefusedWithItsCodeAndNothingIsStored() {
    String valid = newCreditCode();
    char wrong = valid.charAt(17) == 'A' ? 'B' : 'A';
    Map<String, Object> input =
        input(valid.substring(0, 17) + wrong, "REPEATED_INSPECTION", REPEATED);
    assertThat(errorCode(file(input))).isEqualTo("INVALID_CREDIT_CODE");
    input.put("creditCode", "91970102MA00001");
    assertThat(errorCode(file(input))).isEqualTo("INVALID_CREDIT_CODE");
    // Nothing from this enterprise, under any check character.
    assertThat(
            count(
                "select count(*) from complaint where left(enterprise_credit_code, 17) = '"
                    + valid.substring(0, 17)
                    + "'"))
        .isZero();
  }

  @Test
  void badPhonesAndTextsAreRefusedWithTheirCodes() {
    Map<String, Object> input = input(newCreditCode(), "REPEATED_INSPECTION", REPEATED);
    input.put("contactPhone", "12345");
    assertThat(errorCode(file(input))).isEqualTo("INVALID_PHONE");
    input.put("contactPhone", "0970-8234567");
    input.put("description", "<b>太短</b>");
    assertThat(errorCode(file(input))).isEqualTo("INVALID_TEXT");
    input.put("description", "重".repeat(5001));
    assertThat(errorCode(file(input))).isEqualTo("INVALID_TEXT");
    input.put("description", REPEATED);
    input.put("agencyId", "979999");
    assertThat(errorCode(file(input))).isEqualTo("NOT_FOUND");
  }

  @Test
  void aValidComplaintIsRoutedByTheRuleThatFitsAndRecorded() {
    GraphQlTester.Response response = file(input(newCreditCode(), "REPEATED_INSPECTION", REPEATED));
    response.errors().verify();
    String tracking = response.path("fileComplaint.trackingNumber").entity(String.class).get();
    String code = response.path("fileComplaint.accessCode").entity(String.class).get();
    String id = response.path("fileComplaint.complaint.id").entity(String.class).get();
    assertThat(tracking).matches("ZF-20261120-[0-9]{7}-[0-9]");
    assertThat(AccessCodes.isWellFormed(tracking)).isTrue();
    assertThat(code).matches("[2-9A-HJKMNP-Z]{10}");
    response.path("fileComplaint.complaint.status").entity(String.class).isEqualTo("DISPATCHED");
    // The nearest contact point taking market regulation: 乙区 (970102) before 甲市 (970100).
    response
        .path("fileComplaint.complaint.handler.kind")
        .entity(String.class)
        .isEqualTo("CONTACT_POINT");
    response.path("fileComplaint.complaint.handler.id").entity(String.class).isEqualTo("970002");
    response
        .path("fileComplaint.complaint.supervisionBody.id")
        .entity(String.class)
        .isEqualTo("970003");
    response
        .path("fileComplaint.complaint.routingRule.id")
        .entity(String.class)
        .isEqualTo(Long.toString(defaultRule));
    // Five working days after Friday 2026-11-20.
    response
        .path("fileComplaint.complaint.acceptanceDue")
        .entity(String.class)
        .isEqualTo("2026-11-27");

    GraphQlTester.Response order =
        as("970002")
            .document(
                """
                query($id: ID!) { workOrder(id: $id) { enterprise { regionCode contactPhone }
                  hotline { status replyDue } toHotline
                  timeline { kind actor ruleId destination } } }
                """)
            .variable("id", id)
            .execute();
    order
        .path("workOrder.timeline[*].kind")
        .entityList(String.class)
        .containsExactly("RECEIVED", "DISPATCHED", "HOTLINE_QUEUED");
    order.path("workOrder.timeline[0].actor").entity(String.class).isEqualTo("投诉企业");
    order
        .path("workOrder.timeline[1].ruleId")
        .entity(String.class)
        .isEqualTo(Long.toString(defaultRule));
    order
        .path("workOrder.timeline[1].destination")
        .entity(String.class)
        .isEqualTo("投诉测试省乙区经济开发区行政执法监督联系点");
    order.path("workOrder.enterprise.regionCode").entity(String.class).isEqualTo("970102");
    order.path("workOrder.enterprise.contactPhone").entity(String.class).isEqualTo("13800138000");
    order.path("workOrder.hotline.status").entity(String.class).isEqualTo("PENDING");
    order.path("workOrder.hotline.replyDue").entity(String.class).isEqualTo("2026-11-27");

    // Only the hash of the access code is kept.
    ByteBuffer stored =
        database
            .sql("select access_code_sha256 from complaint where id = :id")
            .bind("id", Long.parseLong(id))
            .map(row -> row.get(0, ByteBuffer.class))
            .one()
            .block();
    assertThat(stored).isEqualTo(ByteBuffer.wrap(StaffTokens.hash(code)));
  }

  @Test
  void proceduralComplaintsGoToTheSupervisionBodyByTheirOwnRule() {
    GraphQlTester.Response response =
        file(input(newCreditCode(), "PROCEDURAL_VIOLATION", "执法人员现场检查时未出示执法证件，也未制作现场笔录，程序明显违法。"));
    response.errors().verify();
    response
        .path("fileComplaint.complaint.handler.kind")
        .entity(String.class)
        .isEqualTo("SUPERVISION_BODY");
    response.path("fileComplaint.complaint.handler.id").entity(String.class).isEqualTo("970003");
    Long rule =
        database
            .sql("select id from routing_rule where category = 'PROCEDURAL_VIOLATION'")
            .map(row -> row.get(0, Long.class))
            .one()
            .block();
    response
        .path("fileComplaint.complaint.routingRule.id")
        .entity(String.class)
        .isEqualTo(String.valueOf(rule));
  }

  @Test
  void aRepeatIsDispatchedLikeAnyOtherAndOnlyItsHandlersAreToldWhatItRepeats() {
    String enterprise = newCreditCode();
    Filed first = fileOk(input(enterprise, "REPEATED_INSPECTION", REPEATED));
    GraphQlTester.Response again =
        file(
            input(
                enterprise,
                "REPEATED_INSPECTION",
                "甲市市场监督管理局执法人员今年十月以来对我公司进行了五次现场检查，检查内容每次相同，严重影响经营。"));
    again.errors().verify();
    again.path("fileComplaint.complaint.status").entity(String.class).isEqualTo("DISPATCHED");
    again.path("fileComplaint.complaint.mergedInto").valueIsNull();
    String repeat = again.path("fileComplaint.complaint.id").entity(String.class).get();
    assertThat(repeat).isNotEqualTo(first.id());

    assertThat(timelineKinds("970002", repeat)).contains("DUPLICATE_SUSPECTED");
    assertThat(
            as("970002")
                .document("query($id: ID!) { workOrder(id: $id) { timeline { kind note } } }")
                .variable("id", repeat)
                .execute()
                .path("workOrder.timeline[*].note")
                .entityList(String.class)
                .get())
        .contains("可能重复在办工单 " + first.id() + "（同一企业与联系电话、同一主体与类别、内容相近）");
    // The body complained about sees neither the hint nor any change to the order repeated.
    assertThat(timelineKinds("970009", repeat)).doesNotContain("DUPLICATE_SUSPECTED");
    assertThat(timelineKinds("970009", first.id()))
        .contains("RECEIVED", "DISPATCHED")
        .doesNotContain("DUPLICATE_JOINED", "DUPLICATE_SUSPECTED");
    assertThat(
            count(
                "select count(*) from complaint where enterprise_credit_code = '"
                    + enterprise
                    + "' and status = 'DISPATCHED' and merged_into is null"))
        .isEqualTo(2);

    Filed other =
        fileOk(
            input(enterprise, "REPEATED_INSPECTION", "执法人员要求我公司在一周内提交三年的全部财务凭证原件，并扣留了公司的营业执照副本。"));
    assertThat(timelineKinds("970002", other.id())).doesNotContain("DUPLICATE_SUSPECTED");
  }

  @Test
  void mattersForOtherChannelsAreAnsweredWithTheirRouteAndNotStored() {
    String enterprise = newCreditCode();
    GraphQlTester.Response emergency = file(input(enterprise, "OTHER", "我们厂房隔壁仓库起火了，火势很大，请赶快派人来！"));
    emergency.path("fileComplaint.redirect.channel").entity(String.class).isEqualTo("EMERGENCY");
    emergency.path("fileComplaint.redirect.contact").entity(String.class).isEqualTo("119");
    emergency.path("fileComplaint.trackingNumber").valueIsNull();

    Map<String, Object> inCourt =
        input(enterprise, "FINE_OUTSIDE_BENCHMARK", "对我公司罚款二十万元，远超裁量基准规定的上限五万元。");
    inCourt.put("inReconsiderationOrLitigation", true);
    file(inCourt)
        .path("fileComplaint.redirect.channel")
        .entity(String.class)
        .isEqualTo("RECONSIDERATION_OR_LITIGATION");

    file(input(enterprise, "OTHER", "我在某商家购买的电饭煲有质量问题，商家拒绝退货退款。"))
        .path("fileComplaint.redirect.contact")
        .entity(String.class)
        .isEqualTo("12315");

    // A fire hazard named in a complaint about inspections is no emergency.
    fileOk(input(enterprise, "REPEATED_INSPECTION", "执法人员以存在火灾隐患为由，一个月内对我公司检查五次，每次都未发现问题。"));
    assertThat(
            count(
                "select count(*) from complaint where enterprise_credit_code = '"
                    + enterprise
                    + "'"))
        .isEqualTo(1);
  }

  @Test
  void textIsStoredAsTypedAndNeverReadAsMarkup() {
    String typed =
        "<p onclick=\"x()\">执法人员<b>态度恶劣</b><script>alert('x')</script></p>"
            + "当众辱骂我公司员工&amp;客户，&lt;b&gt;不是标记&lt;/b&gt;。\u200B";
    Filed filed = fileOk(input(newCreditCode(), "CONDUCT", typed));
    String stored =
        database
            .sql("select description from complaint where id = :id")
            .bind("id", Long.parseLong(filed.id()))
            .map(row -> row.get(0, String.class))
            .one()
            .block();
    // Entities stay entities and tags stay text: nothing typed turns into markup on the way in.
    assertThat(stored)
        .isEqualTo(
            "<p onclick=\"x()\">执法人员<b>态度恶劣</b><script>alert('x')</script></p>"
                + "当众辱骂我公司员工&amp;客户，&lt;b&gt;不是标记&lt;/b&gt;。");
    // The API answers it as the JSON string it is.
    as("970002")
        .document("query($id: ID!) { workOrder(id: $id) { description } }")
        .variable("id", filed.id())
        .execute()
        .path("workOrder.description")
        .entity(String.class)
        .isEqualTo(stored);
  }

  @Test
  void aWrongAccessCodeIsRefusedWithoutSayingWhichPart() {
    Filed filed = fileOk(input(newCreditCode(), "INACTION", "我公司多次举报隔壁企业违法排污，执法部门至今未作任何处理，属于不作为。"));
    GraphQlTester client = from("127.0.0.11");
    client
        .document(TRACK)
        .variable("n", filed.trackingNumber())
        .variable("c", filed.accessCode().toLowerCase())
        .execute()
        .path("complaint.status")
        .entity(String.class)
        .isEqualTo("DISPATCHED");

    var wrongCode = onlyErrorOf(client, filed.trackingNumber(), "AAAAAAAAAA");
    var unknownNumber = onlyErrorOf(client, "ZF-20261120-9999999-0", filed.accessCode());
    assertThat(wrongCode.getExtensions().get("code")).isEqualTo("ACCESS_DENIED");
    assertThat(unknownNumber.getExtensions().get("code")).isEqualTo("ACCESS_DENIED");
    assertThat(wrongCode.getMessage()).isEqualTo(unknownNumber.getMessage());
  }

  @Test
  void parallelGuessesFromOneClientAreCountedOneByOne() {
    Filed filed =
        fileOk(input(newCreditCode(), "INACTION", "执法部门对我公司举报的违法排污行为一直未予处理，已超过三个月，属于不作为。"));
    GraphQlTester guesser = from("127.0.0.12");
    List<String> codes =
        Flux.range(0, 30)
            .flatMap(
                i ->
                    Mono.fromCallable(
                            () ->
                                String.valueOf(
                                    onlyErrorOf(
                                            guesser, filed.trackingNumber(), "WRONG" + (10000 + i))
                                        .getExtensions()
                                        .get("code")))
                        .subscribeOn(Schedulers.boundedElastic()),
                30)
            .collectList()
            .block();
    // Exactly the allowance of 10 was compared; the other 20 were refused unread.
    assertThat(codes).filteredOn("ACCESS_DENIED"::equals).hasSize(10);
    assertThat(codes).filteredOn("TOO_MANY_ATTEMPTS"::equals).hasSize(20);
    // The guesser is refused even with the right code; the holder, elsewhere, is not locked out.
    assertThat(
            onlyErrorOf(guesser, filed.trackingNumber(), filed.accessCode())
                .getExtensions()
                .get("code"))
        .isEqualTo("TOO_MANY_ATTEMPTS");
    assertOpens(from("127.0.0.13"), filed);
  }

  @Test
  void strangersCannotLockAHolderOutOfItsComplaint() {
    Filed filed = fileOk(input(newCreditCode(), "INACTION", "我公司多次反映的无证经营问题至今无人处理，执法部门不作为，请督促。"));
    for (int stranger = 0; stranger < 3; stranger++) {
      GraphQlTester client = from("127.0.1." + (10 + stranger));
      for (int i = 0; i < 3; i++) {
        assertThat(
                onlyErrorOf(client, filed.trackingNumber(), "GUESS" + stranger + i)
                    .getExtensions()
                    .get("code"))
            .isEqualTo("ACCESS_DENIED");
      }
    }
    // Nine wrong codes from three addresses, past the five that once locked the number for
    // everyone: the holder's right code still opens the complaint.
    assertOpens(from("127.0.0.14"), filed);
  }

  @Test
  void aMuchGuessedNumberIsSlowedByDoublingDelaysUpToTheCap() {
    Duration max = Duration.ofSeconds(4);
    assertThat(
            List.of(1, 5, 6, 7, 8, 9, 10, 11, 40).stream()
                .map(n -> TrackingThrottle.delay(n, 5, max).toMillis())
                .toList())
        .containsExactly(0L, 0L, 250L, 500L, 1000L, 2000L, 4000L, 4000L, 4000L);
  }

  /** The holder, from {@code client}, opens its complaint with its number and code. */
  private static void assertOpens(GraphQlTester client, Filed filed) {
    client
        .document(TRACK)
        .variable("n", filed.trackingNumber())
        .variable("c", filed.accessCode())
        .execute()
        .path("complaint.status")
        .entity(String.class)
        .isEqualTo("DISPATCHED");
  }

  private static final String TRACK =
      "query($n: String!, $c: String!) { complaint(trackingNumber: $n, accessCode: $c) { status } }";

  private static org.springframework.graphql.ResponseError onlyErrorOf(
      GraphQlTester client, String number, String code) {
    List<org.springframework.graphql.ResponseError> errors = new java.util.ArrayList<>();
    client
        .document(TRACK)
        .variable("n", number)
        .variable("c", code)
        .execute()
        .errors()
        .satisfy(errors::addAll);
    assertThat(errors).hasSize(1);
    return errors.getFirst();
  }

  private long count(String sql) {
    return database.sql(sql).map(row -> row.get(0, Long.class)).one().block();
  }
}
