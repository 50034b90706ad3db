package org.zhifagongkai.api.changes;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.Connection;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.zhifagongkai.api.ApiTest;
import org.zhifagongkai.api.GraphQlText;
import org.zhifagongkai.api.penalty.DecisionDating;
import org.zhifagongkai.api.penalty.NewDecision;
import org.zhifagongkai.api.penalty.PartyKind;
import org.zhifagongkai.api.penalty.PenaltyDecision;
import org.zhifagongkai.api.penalty.PenaltyKind;
import org.zhifagongkai.api.penalty.PublicationExpiry;
import org.zhifagongkai.api.penalty.PublicationService;
import org.zhifagongkai.api.staff.Actor;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A mirror that applies the change feed in order holds what the portal publishes, before and after
 * a correction, a withdrawal and an expiry; a change whose transaction commits late is not skipped;
 * bad arguments get their codes. The records changed here belong to a body of their own (900801),
 * in the province kept for records tests publish, so no other test's counts move.
 */
class ChangeFeedTest extends ApiTest {

  private static final long AGENCY = 900801;
  private static final String TOKEN = "test-token-900801";

  private static final String FEED =
      """
      query($after: String, $first: Int) { changes(after: $after, first: $first) {
        edges { cursor node { cursor kind decisionId changedAt documentNumber agency { id }
          decision { id documentNumber fineAmount }
          withdrawal { reason kind withdrawnAt } } }
        pageInfo { endCursor hasNextPage } } }
      """;
  private static final String PUBLISH =
      """
      mutation($input: PublishPenaltyDecisionInput!) { publishPenaltyDecision(input: $input) { id } }
      """;

  @Autowired PublicationService publication;
  @Autowired PublicationExpiry expiry;
  @Autowired Clock clock;

  record Page(List<Edge> edges, PageInfo pageInfo) {}

  record PageInfo(@Nullable String endCursor, boolean hasNextPage) {}

  record Edge(String cursor, Change node) {}

  record Change(
      String cursor,
      String kind,
      String decisionId,
      OffsetDateTime changedAt,
      String documentNumber,
      Ref agency,
      @Nullable Published decision,
      @Nullable Notice withdrawal) {}

  record Ref(String id) {}

  record Published(String id, String documentNumber, @Nullable String fineAmount) {}

  /** {@code withdrawnAt} as the DateTime scalar writes it, in Asia/Shanghai. */
  record Notice(String reason, @Nullable String kind, String withdrawnAt) {}

  /** A copy kept from the feed alone: published decisions by id, and withdrawal notices by id. */
  static final class Mirror {
    final Map<String, Published> published = new HashMap<>();
    final Map<String, Notice> withdrawn = new HashMap<>();
    @Nullable String cursor;

    void apply(Change change) {
      String id = change.decisionId();
      switch (change.kind()) {
        case "PUBLISHED", "CORRECTED" -> {
          assertThat(change.withdrawal()).isNull();
          // Null when the decision has left view since: a later change of the feed says how.
          if (change.decision() != null) {
            published.put(id, change.decision());
            withdrawn.remove(id);
          }
        }
        case "WITHDRAWN" -> {
          assertThat(change.decision()).isNull();
          assertThat(change.withdrawal()).isNotNull();
          published.remove(id);
          withdrawn.put(id, change.withdrawal());
        }
        case "EXPIRED", "ENDED_EARLY" -> {
          assertThat(change.decision()).isNull();
          assertThat(change.withdrawal()).isNull();
          published.remove(id);
          withdrawn.remove(id);
        }
        default -> throw new AssertionError("unknown kind " + change.kind());
      }
      cursor = change.cursor();
    }
  }

  @BeforeEach
  void ownBody() {
    database
        .sql(
            """
            insert into agency (id, name, region_code, level, kind)
              values (900801, '变更流测试局', '960000', 'PROVINCE', 'SPECIALISED') on conflict do nothing;
            insert into staff_account (id, name, role, agency_id, token_sha256)
              values (900801, '变更流测试局 法制科', 'AGENCY_STAFF', 900801, sha256('test-token-900801'::bytea))
              on conflict do nothing
            """)
        .then()
        .block(Duration.ofMinutes(3));
  }

  @Test
  void aMirrorReplayingTheFeedHoldsWhatThePortalPublishesThroughCorrectionWithdrawalAndExpiry() {
    String corrected = publish("变更测罚〔2026〕1号", "3000");
    String withdrawn = publish("变更测罚〔2026〕2号", "5000");
    String expiring = recordEndingToday("变更测罚〔2026〕3号");
    // A day passes for it: its last day was yesterday, and the expiry job has not run since.
    database
        .sql("update penalty_decision set publish_until = publish_until - 1 where id = :id")
        .bind("id", Long.parseLong(expiring))
        .then()
        .block();

    Mirror mirror = new Mirror();
    List<Change> initial = readToEnd(mirror, 500);
    assertThat(initial).extracting(Change::decisionId).contains(corrected, withdrawn, expiring);
    assertSameAsPortal(mirror);
    assertThat(mirror.published.get(corrected))
        .isEqualTo(new Published(corrected, "变更测罚〔2026〕1号", "3000.00"));
    String saved = mirror.cursor;

    // Correct, withdraw and expire through the portal's own operations.
    as(TOKEN)
        .document(
            "mutation($id: ID!) { correctPenaltyDecision(id: $id, input: {"
                + " fineAmount: \"60000\", reason: \"罚款金额录入错误\" }) { id } }")
        .variable("id", corrected)
        .execute()
        .path("correctPenaltyDecision.id")
        .entity(String.class)
        .isEqualTo(corrected);
    org.zhifagongkai.api.Withdrawals.revoke(as(TOKEN), withdrawn, LocalDate.now(clock));
    assertThat(expiry.expire(LocalDate.now(clock)).block()).isEqualTo(1);

    // Continue from the saved cursor, two changes a page.
    mirror.cursor = saved;
    List<Change> later = readToEnd(mirror, 2);
    assertThat(later)
        .extracting(c -> c.kind() + " " + c.decisionId() + " " + c.documentNumber())
        .containsExactly(
            "CORRECTED " + corrected + " 变更测罚〔2026〕1号",
            "WITHDRAWN " + withdrawn + " 变更测罚〔2026〕2号",
            "EXPIRED " + expiring + " 变更测罚〔2026〕3号");
    assertThat(later).extracting(c -> c.agency().id()).containsOnly(Long.toString(AGENCY));
    assertThat(later.get(0).decision())
        .isEqualTo(new Published(corrected, "变更测罚〔2026〕1号", "60000.00"));
    String withdrawnAt =
        database
            .sql("select withdrawn_at from penalty_decision where id = :id")
            .bind("id", Long.parseLong(withdrawn))
            .map(row -> shanghai(row.get(0, OffsetDateTime.class)))
            .one()
            .block();
    assertThat(later.get(1).withdrawal())
        .isEqualTo(new Notice("经行政复议决定撤销", "REVOKED", withdrawnAt));
    assertSameAsPortal(mirror);
    assertThat(mirror.published).doesNotContainKeys(withdrawn, expiring);
    assertThat(mirror.withdrawn).containsKey(withdrawn);

    // Asked for everything a change can show, the withdrawn and expired ones show no party or
    // facts.
    String answer =
        GraphQlText.answer(
            web,
            "{ changes(after: \""
                + saved
                + "\") { nodes { kind decision { party { name legalRepresentative } facts }"
                + " withdrawal { reason } } } }");
    assertThat(answer)
        .contains("\"kind\":\"WITHDRAWN\",\"decision\":null")
        .contains("\"kind\":\"EXPIRED\",\"decision\":null,\"withdrawal\":null")
        .doesNotContain("变更测试甲有限公司")
        .doesNotContain("变更测试乙有限公司")
        .doesNotContain("当事人夜间排放恶臭气体")
        .doesNotContain("当事人超标排放废水")
        .contains("变更测试丙有限公司"); // the corrected one, still published
  }

  @Test
  void aChangeCommittingAfterALaterOneIsServedAfterTheCursorAlreadyGiven() {
    Mirror mirror = new Mirror();
    readToEnd(mirror, 500);
    String before = mirror.cursor;

    Connection early = Mono.from(database.getConnectionFactory().create()).block();
    assertThat(early).isNotNull();
    String late;
    String lateId;
    try {
      Mono.from(early.beginTransaction()).block();
      lateId =
          Flux.from(
                  early
                      .createStatement(
                          """
                          insert into penalty_decision (document_number, document_number_key, party_kind,
                            party_name, facts, violated_provisions, penalty_provisions, penalty_kinds,
                            fine_amount, decision_date, agency_id, region_code, published_on, source_body)
                          values ('变更测罚〔2026〕11号', '变更测罚〔2026〕11号', 'LEGAL_PERSON', '变更测试丁有限公司',
                            '未按规定设置标识。', '《测试大气法》第十八条', '《测试大气法》第九十九条', '{FINE}',
                            1000, current_date, 900801, '960000', current_date, '测试数据')
                          returning id
                          """)
                      .execute())
              .flatMap(result -> result.map(row -> String.valueOf(row.get(0, Long.class))))
              .blockFirst();
      // A later transaction commits first.
      late = publish("变更测罚〔2026〕12号", "2000");
      Page meanwhile = page(before, 100);
      assertThat(meanwhile.edges())
          .as("nothing is served past a change still uncommitted")
          .isEmpty();
      assertThat(meanwhile.pageInfo()).isEqualTo(new PageInfo(null, false));
      Mono.from(early.commitTransaction()).block();
    } finally {
      Mono.from(early.close()).block();
    }

    mirror.cursor = before;
    List<Change> after = readToEnd(mirror, 100);
    assertThat(after)
        .extracting(c -> c.kind() + " " + c.decisionId())
        .containsExactly("PUBLISHED " + lateId, "PUBLISHED " + late);
    assertThat(mirror.published.get(lateId))
        .isEqualTo(new Published(lateId, "变更测罚〔2026〕11号", "1000.00"));
  }

  @Test
  void aMalformedCursorAndAPageOutOfRangeGetTheirCodes() {
    String forged =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("ch1:12x:3".getBytes(StandardCharsets.US_ASCII));
    String huge =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("ch1:99999999999999999999:1".getBytes(StandardCharsets.US_ASCII));
    String listingCursor =
        graphQl
            .document("{ penaltyDecisions(first: 1) { pageInfo { endCursor } } }")
            .execute()
            .path("penaltyDecisions.pageInfo.endCursor")
            .entity(String.class)
            .get();
    for (String cursor : List.of("not-a-cursor", "%%%", forged, huge, listingCursor)) {
      assertThat(
              errorCode(
                  graphQl
                      .document("query($a: String) { changes(after: $a) { nodes { kind } } }")
                      .variable("a", cursor)
                      .execute()))
          .as(cursor)
          .isEqualTo("INVALID_CURSOR");
    }
    assertThat(onlyError("{ changes(first: 1001) { nodes { kind } } }").getExtensions())
        .containsEntry("code", "PAGE_SIZE_OUT_OF_RANGE")
        .containsEntry("messageZh", "变更流每页数量 first 须在 1 到 1000 之间，收到 1001")
        .containsEntry(
            "messageEn", "first must be between 1 and 1000 for the change feed, got 1001");
    assertThat(errorCode("{ changes(first: 0) { nodes { kind } } }"))
        .isEqualTo("PAGE_SIZE_OUT_OF_RANGE");
    assertThat(cursors(1000)).hasSize(1000).doesNotHaveDuplicates();
    assertThat(cursors(null)).hasSize(100);
  }

  @Test
  void aWithdrawalNoticeSaysNothingOfPeopleInTheDecisionOrInTheFeed() {
    String id = publish("变更测罚〔2026〕4号", "3000");
    org.zhifagongkai.api.Withdrawals.revoke(
        as(TOKEN),
        id,
        LocalDate.now(clock),
        "举报人王小明（身份证号11010519491231002X，电话13900139000）申请复议，复议机关撤销");
    String notice =
        graphQl
            .document("{ penaltyDecision(id: \"" + id + "\") { withdrawal { reason } } }")
            .execute()
            .path("penaltyDecision.withdrawal.reason")
            .entity(String.class)
            .get();
    String inFeed =
        database
            .sql(
                "select withdrawal_reason from decision_change where decision_id = :id"
                    + " and kind = 'WITHDRAWN'")
            .bind("id", Long.parseLong(id))
            .map(row -> row.get(0, String.class))
            .one()
            .block();
    for (String text : new String[] {notice, inFeed}) {
      assertThat(text)
          .contains("申请复议，复议机关撤销")
          .doesNotContain("11010519491231002X")
          .doesNotContain("13900139000")
          .doesNotContain("王小明");
    }
  }

  private static String shanghai(@Nullable OffsetDateTime time) {
    assertThat(time).isNotNull();
    return time.atZoneSameInstant(ZoneId.of("Asia/Shanghai"))
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  private HttpGraphQlTester as(String token) {
    return graphQl.mutate().header("Authorization", "Bearer " + token).build();
  }

  private String publish(String number, String fine) {
    String party =
        switch (number) {
          case "变更测罚〔2026〕1号" -> "变更测试丙有限公司";
          case "变更测罚〔2026〕2号" -> "变更测试甲有限公司";
          default -> "变更测试戊有限公司";
        };
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("agencyId", Long.toString(AGENCY));
    input.put("documentNumber", number);
    input.put(
        "party", Map.of("kind", "LEGAL_PERSON", "name", party, "legalRepresentative", "测试代表人"));
    input.put("facts", number.equals("变更测罚〔2026〕2号") ? "当事人夜间排放恶臭气体。" : "当事人超标排放废气。");
    input.put("violatedProvisions", "《测试大气法》第十八条");
    input.put("penaltyProvisions", "《测试大气法》第九十九条");
    input.put("penaltyKinds", List.of("FINE"));
    input.put("fineAmount", fine);
    input.put("decisionDate", LocalDate.now(clock).minusDays(2).toString());
    return as(TOKEN)
        .document(PUBLISH)
        .variable("input", input)
        .execute()
        .path("publishPenaltyDecision.id")
        .entity(String.class)
        .get();
  }

  /** A decision recorded as an import would, with its source's term ending today. */
  private String recordEndingToday(String number) {
    LocalDate today = LocalDate.now(clock);
    PenaltyDecision decision =
        publication
            .record(
                Actor.portal("变更流测试"),
                new NewDecision(
                    number,
                    null,
                    new PenaltyDecision.Party(PartyKind.LEGAL_PERSON, "变更测试乙有限公司", null, null),
                    "当事人超标排放废水。",
                    "《测试大气法》第十八条",
                    "《测试大气法》第九十九条",
                    List.of(PenaltyKind.FINE),
                    new BigDecimal("20000"),
                    null,
                    null,
                    today.minusMonths(3),
                    DecisionDating.STATED,
                    AGENCY,
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    today.minusMonths(3),
                    today,
                    null,
                    "测试数据"))
            .block();
    assertThat(decision).isNotNull();
    return Long.toString(decision.id());
  }

  private List<String> cursors(@Nullable Integer first) {
    return graphQl
        .document("query($first: Int) { changes(first: $first) { edges { cursor } } }")
        .variable("first", first)
        .execute()
        .path("changes.edges[*].cursor")
        .entityList(String.class)
        .get();
  }

  private Page page(@Nullable String after, @Nullable Integer first) {
    return graphQl
        .document(FEED)
        .variable("after", after)
        .variable("first", first)
        .execute()
        .path("changes")
        .entity(Page.class)
        .get();
  }

  /**
   * Waits until every transaction begun so far has ended, so the feed serves all that committed,
   * then reads it from the mirror's cursor to its end, applying each change; returns the changes.
   */
  private List<Change> readToEnd(Mirror mirror, int first) {
    awaitQuiet();
    List<Change> read = new ArrayList<>();
    boolean more = true;
    while (more) {
      Page page = page(mirror.cursor, first);
      for (Edge edge : page.edges()) {
        assertThat(edge.node().cursor()).isEqualTo(edge.cursor());
        mirror.apply(edge.node());
        read.add(edge.node());
      }
      if (!page.edges().isEmpty()) {
        assertThat(page.pageInfo().endCursor()).isEqualTo(mirror.cursor);
      }
      more = page.pageInfo().hasNextPage();
    }
    return read;
  }

  /**
   * Takes a transaction id now and waits until the oldest running transaction is younger: every
   * write begun before has then committed or failed.
   */
  private void awaitQuiet() {
    String now =
        database
            .sql("select pg_current_xact_id()::text")
            .map(row -> row.get(0, String.class))
            .one()
            .block();
    for (int attempt = 0; attempt < 300; attempt++) {
      Boolean passed =
          database
              .sql("select pg_snapshot_xmin(pg_current_snapshot()) > cast(:now as xid8)")
              .bind("now", now)
              .map(row -> row.get(0, Boolean.class))
              .one()
              .block();
      if (Boolean.TRUE.equals(passed)) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("a transaction begun before " + now + " is still running");
  }

  /**
   * The mirror's published decisions are the portal's listing, every page, with the same numbers
   * and fines; its withdrawn ones are the decisions the portal holds as withdrawn, notice for
   * notice.
   */
  private void assertSameAsPortal(Mirror mirror) {
    Map<String, Published> listed = new HashMap<>();
    String after = null;
    boolean more = true;
    while (more) {
      var page =
          graphQl
              .document(
                  "query($after: String) { penaltyDecisions(first: 100, after: $after) {"
                      + " nodes { id documentNumber fineAmount } pageInfo { endCursor hasNextPage } } }")
              .variable("after", after)
              .execute();
      for (Published p : page.path("penaltyDecisions.nodes").entityList(Published.class).get()) {
        listed.put(p.id(), p);
      }
      after = page.path("penaltyDecisions.pageInfo.endCursor").entity(String.class).get();
      more = page.path("penaltyDecisions.pageInfo.hasNextPage").entity(Boolean.class).get();
    }
    assertThat(mirror.published).isEqualTo(listed);

    Map<String, Notice> withdrawn =
        database
            .sql(
                "select id, withdrawal_reason, withdrawal_kind, withdrawn_at from penalty_decision"
                    + " where status = 'WITHDRAWN'")
            .map(
                row ->
                    Map.entry(
                        String.valueOf(row.get("id", Long.class)),
                        new Notice(
                            row.get("withdrawal_reason", String.class),
                            row.get("withdrawal_kind", String.class),
                            shanghai(row.get("withdrawn_at", OffsetDateTime.class)))))
            .all()
            .collectMap(Map.Entry::getKey, Map.Entry::getValue)
            .block();
    assertThat(mirror.withdrawn).isEqualTo(withdrawn);
  }
}
