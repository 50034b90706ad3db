package org.zhifagongkai.api.complaint;

import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.zhifagongkai.api.ApiTest;
import org.zhifagongkai.api.KnownRecords;
import org.zhifagongkai.api.identifier.CreditCode;
import reactor.netty.http.client.HttpClient;

/**
 * The base of complaint tests: the bodies, contact points and staff of test province 97, and filing
 * through the API. Each filing uses an enterprise of its own, so that no test's complaint is taken
 * for another's duplicate.
 */
abstract class ComplaintApiTest extends ApiTest {

  static final String FILE =
      """
      mutation($input: FileComplaintInput!) { fileComplaint(input: $input) {
        trackingNumber accessCode redirect { channel contact messageZh }
        complaint { id status handler { kind id name } supervisionBody { id } acceptanceDue
          mergedInto routingRule { id } } } }
      """;

  private static final AtomicInteger ENTERPRISES = new AtomicInteger();

  /** The id of the default rule (contact point, with a 12345 copy). */
  long defaultRule;

  @BeforeEach
  void complaintRecords() {
    KnownRecords.ensureComplaintRecords(database);
    defaultRule =
        database
            .sql("select id from routing_rule where region_prefix = '' and category is null")
            .map(row -> row.get("id", Long.class))
            .one()
            .block();
  }

  /** The tester an account reads with: its token, none, or a token no account has. */
  GraphQlTester reader(String account) {
    return switch (account) {
      case "none" -> graphQl;
      case "unknown" -> graphQl.mutate().header("Authorization", "Bearer not-a-token").build();
      default -> as(account);
    };
  }

  HttpGraphQlTester as(String account) {
    return graphQl.mutate().header("Authorization", "Bearer test-token-" + account).build();
  }

  /** A tester whose requests come from local address {@code address} (127.x.x.x), as a client. */
  HttpGraphQlTester from(String address) {
    HttpClient client = HttpClient.create().bindAddress(() -> new InetSocketAddress(address, 0));
    return HttpGraphQlTester.create(
        WebTestClient.bindToServer(new ReactorClientHttpConnector(client))
            .baseUrl("http://127.0.0.1:" + port + "/graphql")
            .build());
  }

  /** A valid credit code of an enterprise registered in region 970102 that no other test uses. */
  static String newCreditCode() {
    String first17 = "91970102MA" + String.format("%07d", ENTERPRISES.incrementAndGet());
    return first17 + CreditCode.checkCharacterFor(first17);
  }

  static Map<String, Object> input(String creditCode, String category, String description) {
    Map<String, Object> input = new HashMap<>();
    input.put("enterpriseName", "投诉测试贸易有限公司");
    input.put("creditCode", creditCode);
    input.put("contactName", "陈经理");
    input.put("contactPhone", "138 0013 8000");
    input.put("agencyId", "970001");
    input.put("field", "MARKET_REGULATION");
    input.put("category", category);
    input.put("description", description);
    return input;
  }

  GraphQlTester.Response file(Map<String, Object> input) {
    return graphQl.document(FILE).variable("input", input).execute();
  }

  /** Files and answers the filing's tracking number, access code and complaint id. */
  Filed fileOk(Map<String, Object> input) {
    GraphQlTester.Response response = file(input);
    response.errors().verify();
    return new Filed(
        response.path("fileComplaint.trackingNumber").entity(String.class).get(),
        response.path("fileComplaint.accessCode").entity(String.class).get(),
        response.path("fileComplaint.complaint.id").entity(String.class).get());
  }

  record Filed(String trackingNumber, String accessCode, String id) {}

  static final String REPEATED = "今年十月以来，甲市市场监督管理局执法人员以同一事项对我公司进行了五次现场检查，每次检查内容相同，严重影响正常经营。";

  List<String> timelineKinds(String account, String id) {
    return as(account)
        .document("query($id: ID!) { workOrder(id: $id) { timeline { kind } } }")
        .variable("id", id)
        .execute()
        .path("workOrder.timeline[*].kind")
        .entityList(String.class)
        .get();
  }
}
