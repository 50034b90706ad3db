package org.zhifagongkai.api.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.zhifagongkai.api.complaint.workorder.ComplaintFigures;
import org.zhifagongkai.api.complaint.workorder.OverdueOrders;

/** The work order: each party's steps, refusals of everyone else, deadlines and escalation. */
class WorkOrderTest extends ComplaintApiTest {

  private static final String ORDER =
      """
      { status handler { kind id } escalationLevel escalatedTo { id } acceptanceDue conclusionDue
        extended routingRule { id } enterprise { name } timeline { kind actor destination } }
      """;

  @Autowired ComplaintDeadlines deadlines;
  @Autowired OverdueOrders overdue;
  @Autowired ComplaintFigures figures;

  /** Takes a step on order {@code id} as {@code account}, answering the order as it then is. */
  private GraphQlTester.Response on(
      String id, String account, String mutation, Map<String, Object> args) {
    StringBuilder params = new StringBuilder("$id: ID!");
    StringBuilder call = new StringBuilder("id: $id");
    args.forEach(
        (name, value) -> {
          String type =
              switch (name) {
                case "grant" -> "Boolean!";
                case "category" -> "ComplaintCategory!";
                case "kind" -> "SupervisionNoticeKind!";
                case "contactPointId" -> "ID";
                default -> "String!";
              };
          params.append(", $").append(name).append(": ").append(type);
          call.append(", ").append(name).append(": $").append(name);
        });
    var request =
        as(account)
            .document("mutation(" + params + ") { " + mutation + "(" + call + ") " + ORDER + " }");
    for (Map.Entry<String, Object> arg : args.entrySet()) {
      request = request.variable(arg.getKey(), arg.getValue());
    }
    return request.variable("id", id).execute();
  }

  @Test
  void theWholeLifeOfAnOrder() {
    Filed filed = fileOk(input(newCreditCode(), "REPEATED_INSPECTION", REPEATED));
    on(filed.id(), "970002", "acceptWorkOrder", Map.of())
        .path("acceptWorkOrder.status")
        .entity(String.class)
        .isEqualTo("ACCEPTED")
        // 30 days after 2026-11-20 is Sunday 12-20: the next working day.
        .path("acceptWorkOrder.conclusionDue")
        .entity(String.class)
        .isEqualTo("2026-12-21");
    on(filed.id(), "970002", "startWorkOrder", Map.of())
        .path("startWorkOrder.status")
        .entity(String.class)
        .isEqualTo("IN_PROGRESS");
    on(filed.id(), "970002", "requestWorkOrderExtension", Map.of("reason", "需调取近三个月的检查记录"))
        .path("requestWorkOrderExtension.status")
        .entity(String.class)
        .isEqualTo("EXTENSION_REQUESTED");
    // The handler cannot grant itself more time; the supervision body can.
    assertThat(
            errorCode(
                on(
                    filed.id(),
                    "970002",
                    "decideWorkOrderExtension",
                    Map.of("grant", true, "reason", "同意"))))
        .isEqualTo("FORBIDDEN");
    on(
            filed.id(),
            "970004",
            "decideWorkOrderExtension",
            Map.of("grant", true, "reason", "情况复杂，同意延期"))
        .path("decideWorkOrderExtension.extended")
        .entity(Boolean.class)
        .isEqualTo(true)
        .path("decideWorkOrderExtension.conclusionDue")
        .entity(String.class)
        .isEqualTo("2027-01-20");
    assertThat(
            errorCode(
                on(filed.id(), "970002", "requestWorkOrderExtension", Map.of("reason", "再次延期"))))
        .isEqualTo("INVALID_TRANSITION");
    on(
            filed.id(),
            "970002",
            "answerWorkOrder",
            Map.of("answer", "经核查，已责令相关执法人员合并检查事项，今后同一事项一年内不再重复检查。"))
        .path("answerWorkOrder.status")
        .entity(String.class)
        .isEqualTo("ANSWERED");
    graphQl
        .document(
            "mutation($n: String!, $c: String!) { rateComplaint(trackingNumber: $n, accessCode: $c,"
                + " satisfaction: 5, comment: \"满意\") { status satisfaction } }")
        .variable("n", filed.trackingNumber())
        .variable("c", filed.accessCode())
        .execute()
        .path("rateComplaint.status")
        .entity(String.class)
        .isEqualTo("RATED");
    on(filed.id(), "970002", "closeWorkOrder", Map.of())
        .path("closeWorkOrder.status")
        .entity(String.class)
        .isEqualTo("CLOSED")
        .path("closeWorkOrder.timeline[*].kind")
        .entityList(String.class)
        .containsExactly(
            "RECEIVED",
            "DISPATCHED",
            "HOTLINE_QUEUED",
            "ACCEPTED",
            "STARTED",
            "EXTENSION_REQUESTED",
            "EXTENSION_GRANTED",
            "ANSWERED",
            "RATED",
            "CLOSED");
    assertThat(errorCode(on(filed.id(), "970002", "acceptWorkOrder", Map.of())))
        .isEqualTo("INVALID_TRANSITION");
  }

  @Test
  void anObjectionReroutesAndTheLastResortIsTheSupervisionBody() {
    Filed filed = fileOk(input(newCreditCode(), "REPEATED_INSPECTION", REPEATED));
    assertThat(errorCode(on(filed.id(), "970002", "objectToWorkOrder", Map.of("reason", " "))))
        .isEqualTo("INVALID_TEXT");
    on(filed.id(), "970002", "objectToWorkOrder", Map.of("reason", "本联系点只受理开发区内企业的反映"))
        .path("objectToWorkOrder.status")
        .entity(String.class)
        .isEqualTo("DISPATCHED")
        .path("objectToWorkOrder.handler.id")
        .entity(String.class)
        .isEqualTo("970001");
    // The contact point that objected no longer sees the order.
    assertThat(
            errorCode(
                as("970002")
                    .document("query($id: ID!) { workOrder(id: $id) { status } }")
                    .variable("id", filed.id())
                    .execute()))
        .isEqualTo("FORBIDDEN");
    on(filed.id(), "970001", "objectToWorkOrder", Map.of("reason", "被投诉单位为市级部门，应由司法局协调"))
        .path("objectToWorkOrder.handler.kind")
        .entity(String.class)
        .isEqualTo("SUPERVISION_BODY")
        .path("objectToWorkOrder.handler.id")
        .entity(String.class)
        .isEqualTo("970003")
        .path("objectToWorkOrder.timeline[*].kind")
        .entityList(String.class)
        .containsExactly(
            "RECEIVED",
            "DISPATCHED",
            "HOTLINE_QUEUED",
            "OBJECTED",
            "DISPATCHED",
            "OBJECTED",
            "DISPATCHED")
        .path("objectToWorkOrder.timeline[6].destination")
        .entity(String.class)
        .isEqualTo("甲市司法局");
  }

  @Test
  void theSupervisionBodyArbitratesAnObjectionByReassigning() {
    Filed filed = fileOk(input(newCreditCode(), "REPEATED_INSPECTION", REPEATED));
    on(filed.id(), "970002", "objectToWorkOrder", Map.of("reason", "本联系点只受理开发区内企业的反映"))
        .errors()
        .verify();
    String reassign = "reassignWorkOrder";
    Map<String, Object> back = Map.of("contactPointId", "970002", "reason", "该企业位于开发区内，应由开发区联系点办理");
    // Only the order's supervision body arbitrates, and only within its region.
    assertThat(errorCode(on(filed.id(), "970001", reassign, back))).isEqualTo("FORBIDDEN");
    assertThat(errorCode(on(filed.id(), "970006", reassign, back))).isEqualTo("FORBIDDEN");
    assertThat(
            errorCode(
                on(filed.id(), "970004", reassign, Map.of("contactPointId", "1", "reason", "改派"))))
        .isEqualTo("FORBIDDEN");
    assertThat(
            errorCode(
                on(
                    filed.id(),
                    "970004",
                    reassign,
                    Map.of("contactPointId", "979999", "reason", "改派"))))
        .isEqualTo("NOT_FOUND");
    assertThat(
            errorCode(
                on(
                    filed.id(),
                    "970004",
                    reassign,
                    Map.of("contactPointId", "970001", "reason", "改派"))))
        .isEqualTo("INVALID_TRANSITION");
    assertThat(
            errorCode(
                on(
                    filed.id(),
                    "970004",
                    reassign,
                    Map.of("contactPointId", "970002", "reason", " "))))
        .isEqualTo("INVALID_TEXT");

    // Back to the contact point that objected: the arbiter overrules the objection.
    on(filed.id(), "970004", reassign, back)
        .path("reassignWorkOrder.status")
        .entity(String.class)
        .isEqualTo("DISPATCHED")
        .path("reassignWorkOrder.handler.id")
        .entity(String.class)
        .isEqualTo("970002")
        .path("reassignWorkOrder.acceptanceDue")
        .entity(String.class)
        .isEqualTo("2026-11-27")
        .path("reassignWorkOrder.routingRule.id")
        .entity(String.class)
        .isEqualTo(String.valueOf(defaultRule))
        .path("reassignWorkOrder.timeline[-1].kind")
        .entity(String.class)
        .isEqualTo("REASSIGNED")
        .path("reassignWorkOrder.timeline[-1].actor")
        .entity(String.class)
        .isEqualTo("甲市司法局 执法监督科")
        .path("reassignWorkOrder.timeline[-1].destination")
        .entity(String.class)
        .isEqualTo("投诉测试省乙区经济开发区行政执法监督联系点");
    on(filed.id(), "970002", "acceptWorkOrder", Map.of())
        .path("acceptWorkOrder.status")
        .entity(String.class)
        .isEqualTo("ACCEPTED");
    // Taken by the supervision body itself: the contact point loses it.
    on(filed.id(), "970004", reassign, Map.of("reason", "企业反映涉及多个部门，由司法局直接协调"))
        .path("reassignWorkOrder.handler.kind")
        .entity(String.class)
        .isEqualTo("SUPERVISION_BODY")
        .path("reassignWorkOrder.status")
        .entity(String.class)
        .isEqualTo("DISPATCHED");
    assertThat(errorCode(on(filed.id(), "970002", "startWorkOrder", Map.of())))
        .isEqualTo("FORBIDDEN");
  }

  @Test
  void aNewCategoryReroutes() {
    Filed filed =
        fileOk(
            input(
                newCreditCode(),
                "REPEATED_INSPECTION",
                "执法人员检查时未出示证件，也未告知陈述申辩权利，我公司认为属于程序违法而非一般的重复检查问题。"));
    on(
            filed.id(),
            "970004",
            "recategoriseComplaint",
            Map.of("category", "PROCEDURAL_VIOLATION", "reason", "反映的是执法程序问题"))
        .path("recategoriseComplaint.handler.kind")
        .entity(String.class)
        .isEqualTo("SUPERVISION_BODY")
        .path("recategoriseComplaint.handler.id")
        .entity(String.class)
        .isEqualTo("970003")
        .path("recategoriseComplaint.timeline[*].kind")
        .entityList(String.class)
        .containsExactly("RECEIVED", "DISPATCHED", "HOTLINE_QUEUED", "RECATEGORISED", "DISPATCHED");
  }

  @Test
  void aRefusalNamesTheRightRoute() {
    Filed filed =
        fileOk(input(newCreditCode(), "FINE_OUTSIDE_BENCHMARK", "对我公司罚款二十万元，远超裁量基准规定的上限五万元。"));
    on(
            filed.id(),
            "970002",
            "refuseWorkOrder",
            Map.of("reason", "该处罚决定已由法院受理的行政诉讼审查", "route", "人民法院行政诉讼程序"))
        .path("refuseWorkOrder.status")
        .entity(String.class)
        .isEqualTo("REFUSED");
    graphQl
        .document(
            "query($n: String!, $c: String!) { complaint(trackingNumber: $n, accessCode: $c) { refusal { reason route } } }")
        .variable("n", filed.trackingNumber())
        .variable("c", filed.accessCode())
        .execute()
        .path("complaint.refusal.route")
        .entity(String.class)
        .isEqualTo("人民法院行政诉讼程序");
  }

  @Test
  void eachPartySeesOnlyTheOrdersRoutedToIt() {
    Filed filed = fileOk(input(newCreditCode(), "REPEATED_INSPECTION", REPEATED));
    String read = "query($id: ID!) { workOrder(id: $id) { status enterprise { name } } }";
    // Another contact point, another supervision body, an administrator, nobody.
    for (String outsider : new String[] {"970001", "970003", "970006", "970008"}) {
      assertThat(errorCode(as(outsider).document(read).variable("id", filed.id()).execute()))
          .as(outsider)
          .isEqualTo("FORBIDDEN");
    }
    assertThat(errorCode(on(filed.id(), "970001", "acceptWorkOrder", Map.of())))
        .isEqualTo("FORBIDDEN");
    assertThat(errorCode(on(filed.id(), "970004", "acceptWorkOrder", Map.of())))
        .isEqualTo("FORBIDDEN");
    assertThat(errorCode(graphQl.document(read).variable("id", filed.id()).execute()))
        .isEqualTo("UNAUTHENTICATED");
    assertThat(
            as("970001")
                .document("{ workOrders(first: 100) { nodes { id } } }")
                .execute()
                .path("workOrders.nodes[*].id")
                .entityList(String.class)
                .get())
        .doesNotContain(filed.id());
    assertThat(
            as("970002")
                .document("{ workOrders(status: DISPATCHED, first: 100) { nodes { id } } }")
                .execute()
                .path("workOrders.nodes[*].id")
                .entityList(String.class)
                .get())
        .contains(filed.id());
    // The body complained about sees the complaint but not who filed it; the supervisor and the
    // hotline do.
    as("970009")
        .document(read)
        .variable("id", filed.id())
        .execute()
        .path("workOrder.enterprise")
        .valueIsNull();
    as("970004")
        .document(read)
        .variable("id", filed.id())
        .execute()
        .path("workOrder.enterprise.name")
        .entity(String.class)
        .isEqualTo("投诉测试贸易有限公司");
    as("970007")
        .document(read)
        .variable("id", filed.id())
        .execute()
        .path("workOrder.status")
        .entity(String.class)
        .isEqualTo("DISPATCHED");
  }

  @Test
  void theBodyComplainedAboutSeesTheEnterpriseWhenItAgreed() {
    Map<String, Object> input = input(newCreditCode(), "CONDUCT", "执法人员在检查中态度粗暴，多次大声呵斥我公司员工，影响恶劣。");
    input.put("identityShown", true);
    Filed filed = fileOk(input);
    as("970009")
        .document("query($id: ID!) { workOrder(id: $id) { enterprise { name } } }")
        .variable("id", filed.id())
        .execute()
        .path("workOrder.enterprise.name")
        .entity(String.class)
        .isEqualTo("投诉测试贸易有限公司");
  }

  @Test
  void deadlinesCountWorkingDaysAcrossHolidaysAndAdjustedWorkdays() {
    // 2026-09-30: 国庆节 10-01..07 off; 10-10 (Saturday) is a working day.
    assertThat(
            deadlines
                .due(ComplaintDeadlines.Stage.ACCEPTANCE, "970102", LocalDate.of(2026, 9, 30))
                .block())
        .isEqualTo(LocalDate.of(2026, 10, 13));
    assertThat(
            deadlines
                .due(ComplaintDeadlines.Stage.HOTLINE_REPLY, "970102", LocalDate.of(2026, 9, 30))
                .block())
        .isEqualTo(LocalDate.of(2026, 10, 13));
    // 30 calendar days from 09-05 end on 10-05, a holiday: the next working day.
    assertThat(
            deadlines
                .due(ComplaintDeadlines.Stage.CONCLUSION, "970102", LocalDate.of(2026, 9, 5))
                .block())
        .isEqualTo(LocalDate.of(2026, 10, 8));
    // A local rule wins where it applies: three working days in 丁市 reach the adjusted Saturday.
    database
        .sql(
            "insert into complaint_deadline_rule (stage, region_prefix, amount, unit, effective_from, source)"
                + " select 'ACCEPTANCE', '9702', 3, 'WORKING_DAYS', '2019-01-01', '丁市测试规则'"
                + " where not exists (select 1 from complaint_deadline_rule where region_prefix = '9702')")
        .then()
        .block();
    assertThat(
            deadlines
                .due(ComplaintDeadlines.Stage.ACCEPTANCE, "970200", LocalDate.of(2026, 9, 30))
                .block())
        .isEqualTo(LocalDate.of(2026, 10, 10));
    // Beyond the calendar's years, weekdays alone: the deadline is never refused.
    assertThat(
            deadlines
                .due(ComplaintDeadlines.Stage.ACCEPTANCE, "970102", LocalDate.of(2026, 12, 29))
                .block())
        .isEqualTo(LocalDate.of(2027, 1, 5));
  }

  @Test
  void anOverdueOrderIsRemindedThenEscalatedOnce() {
    Filed filed = fileOk(input(newCreditCode(), "REPEATED_INSPECTION", REPEATED));
    // Acceptance is due 2026-11-27.
    overdue.run(LocalDate.of(2026, 11, 27)).block();
    assertThat(timelineKinds("970002", filed.id())).doesNotContain("REMINDED");
    overdue.run(LocalDate.of(2026, 11, 30)).block();
    assertThat(timelineKinds("970002", filed.id())).endsWith("REMINDED");
    // Two working days' grace after the reminder: 12-01 and 12-02.
    overdue.run(LocalDate.of(2026, 12, 2)).block();
    assertThat(timelineKinds("970002", filed.id())).endsWith("REMINDED");
    overdue.run(LocalDate.of(2026, 12, 3)).block();
    overdue.run(LocalDate.of(2026, 12, 3)).block();
    as("970004")
        .document("query($id: ID!) { workOrder(id: $id) " + ORDER + " }")
        .variable("id", filed.id())
        .execute()
        .path("workOrder.escalationLevel")
        .entity(Integer.class)
        .isEqualTo(1)
        .path("workOrder.escalatedTo.id")
        .entity(String.class)
        .isEqualTo("970003")
        .path("workOrder.timeline[*].kind")
        .entityList(String.class)
        .containsExactly("RECEIVED", "DISPATCHED", "HOTLINE_QUEUED", "REMINDED", "ESCALATED");
  }

  @Test
  void supervisionNoticesCarryTheirOwnDeadline() {
    Filed filed =
        fileOk(input(newCreditCode(), "PROCEDURAL_VIOLATION", "执法人员现场检查时未出示执法证件，也未制作现场笔录，程序明显违法。"));
    assertThat(
            errorCode(
                on(
                    filed.id(),
                    "970002",
                    "issueSupervisionNotice",
                    Map.of(
                        "kind",
                        "NOTICE",
                        "documentNumber",
                        "甲司监通〔2026〕1号",
                        "content",
                        "请于三十日内纠正并报告结果。"))))
        .isEqualTo("FORBIDDEN");
    as("970004")
        .document(
            "mutation($id: ID!) { issueSupervisionNotice(id: $id, kind: NOTICE, documentNumber: \"甲司监通〔2026〕1号\","
                + " content: \"请于三十日内纠正违法行为并书面报告结果。\") { notices { kind issuedBy issuedOn due } } }")
        .variable("id", filed.id())
        .execute()
        .path("issueSupervisionNotice.notices[0].issuedBy")
        .entity(String.class)
        .isEqualTo("甲市司法局")
        .path("issueSupervisionNotice.notices[0].due")
        .entity(String.class)
        .isEqualTo("2026-12-21");
  }

  @Test
  void publicFiguresCountEachBodysComplaints() {
    Map<String, Object> first = input(newCreditCode(), "CONDUCT", "城管执法人员在检查店面时推搡我公司员工，态度恶劣。");
    first.put("agencyId", "970006");
    first.put("field", "URBAN_MANAGEMENT");
    first.put("regionCode", "970102001");
    Filed answered = fileOk(first);
    Map<String, Object> second = new java.util.HashMap<>(first);
    second.put("creditCode", newCreditCode());
    fileOk(second);
    on(answered.id(), "970003", "acceptWorkOrder", Map.of());
    on(answered.id(), "970003", "answerWorkOrder", Map.of("answer", "已约谈相关执法人员并责令书面道歉。"));
    graphQl
        .document(
            "mutation($n: String!, $c: String!) { rateComplaint(trackingNumber: $n, accessCode: $c, satisfaction: 4) { status } }")
        .variable("n", answered.trackingNumber())
        .variable("c", answered.accessCode())
        .execute()
        .errors()
        .verify();
    graphQl
        .document(
            "{ agency(id: \"970006\") { complaintStatistics { received accepted answeredOnTime overdue rated satisfaction } }"
                + " contactPoint(id: \"970003\") { complaintStatistics { received } } }")
        .execute()
        .path("agency.complaintStatistics")
        .matchesJson(
            "{\"received\":2,\"accepted\":1,\"answeredOnTime\":1,\"overdue\":0,\"rated\":1,\"satisfaction\":\"4.00\"}")
        // a contact point's figures count complaints filed before this month: these are not yet in
        .path("contactPoint.complaintStatistics.received")
        .entity(Integer.class)
        .isEqualTo(0);
  }

  /**
   * The body complained about reads its order's steps as they happen (accepted, answered, rated); a
   * contact point's figures that moved with them would tell it which contact point handles the
   * order, and so where the enterprise is. They stand as they stood when the month began.
   */
  @Test
  void aContactPointsFiguresStayAsTheMonthBeganWhateverItsOrdersDo() {
    database
        .sql(
            """
            insert into contact_point (id, name, host_kind, host_name, region_code) values
              (970090, '投诉测试省丁市商会行政执法监督联系点', 'CHAMBER_OF_COMMERCE', '丁市商会', '970200')
              on conflict do nothing;
            insert into staff_account (id, name, role, agency_id, contact_point_id, token_sha256)
              values (970090, '丁市商会联系点 值班员', 'CONTACT_POINT', null, 970090,
                sha256('test-token-970090'::bytea)) on conflict do nothing;
            """)
        .then()
        .block();
    String read =
        "{ contactPoint(id: \"970090\") { complaintStatistics { received accepted answeredOnTime"
            + " overdue rated satisfaction } } }";
    String none =
        "{\"received\":0,\"accepted\":0,\"answeredOnTime\":0,\"overdue\":0,\"rated\":0,"
            + "\"satisfaction\":null}";
    graphQl.document(read).execute().path("contactPoint.complaintStatistics").matchesJson(none);
    // An order filed last month, handled by that contact point, is accepted, answered and rated.
    Filed filed = fileOk(input(newCreditCode(), "REPEATED_INSPECTION", REPEATED));
    database
        .sql(
            "update complaint set contact_point_id = 970090, filed_on = '2026-10-30'"
                + " where id = :id")
        .bind("id", Long.parseLong(filed.id()))
        .then()
        .block();
    on(filed.id(), "970090", "acceptWorkOrder", Map.of()).errors().verify();
    on(filed.id(), "970090", "answerWorkOrder", Map.of("answer", "已核实，责令该局合并检查事项。"))
        .errors()
        .verify();
    graphQl
        .document(
            "mutation($n: String!, $c: String!) { rateComplaint(trackingNumber: $n, accessCode: $c, satisfaction: 4) { status } }")
        .variable("n", filed.trackingNumber())
        .variable("c", filed.accessCode())
        .execute()
        .errors()
        .verify();
    graphQl.document(read).execute().path("contactPoint.complaintStatistics").matchesJson(none);
    // Next month's figures count it.
    assertThat(figures.ofContactPoint(970090, YearMonth.of(2026, 12)).block())
        .isEqualTo(
            new org.zhifagongkai.api.complaint.workorder.ComplaintStatistics(
                1, 1, 1, 0, 1, new java.math.BigDecimal("4.00")));
  }
}
