package org.zhifagongkai.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A sustained mixed load on a running portal, from a process of its own on loopback: 80 % searches
 * (everyday and official wording, document numbers, filters), 15 % decision pages, 5 % complaint
 * filings, arriving at {@code -Drate} requests a second for {@code -Dseconds}. Every answer must be
 * HTTP 200 without a GraphQL error. Filed complaints' tracking numbers and access codes go to
 * {@code -Dfiled}, so that a check afterwards can find each of them in the database.
 */
public class MixedLoadSimulation extends Simulation {

  private static final String URL = System.getProperty("portal", "http://localhost:8099");
  private static final String API_KEY = System.getProperty("apiKey", "");
  private static final double RATE = Double.parseDouble(System.getProperty("rate", "50"));
  private static final long SECONDS = Long.parseLong(System.getProperty("seconds", "60"));
  private static final Path FILED = Path.of(System.getProperty("filed", "target/filed.txt"));

  private static final List<String> QUERIES =
      List.of(
          "人行道摆摊", "超标排放", "虚假广告", "无证经营", "焚烧垃圾", "噪声", "食品安全", "过期食品", "价格欺诈",
          "明码标价", "占道经营", "违法建设", "渣土", "油烟", "扬尘", "水污染物", "危险废物", "消防", "安全生产",
          "税务", "发票", "广告", "商标", "计量", "特种设备", "药品", "医疗器械", "化妆品", "网络交易", "快递",
          "东环罚", "东市监罚〔2025〕7号", "《大气污染防治法》第九十九条", "罚款 5000", "警告", "没收违法所得",
          "责令停产停业", "吊销许可证", "个体工商户", "有限公司");

  private static final AtomicLong ENTERPRISES = new AtomicLong(System.currentTimeMillis() % 1_000_000);

  private final List<String> decisionIds = decisionIds();

  private final HttpProtocolBuilder protocol =
      http.baseUrl(URL)
          .contentTypeHeader("application/json")
          .acceptHeader("application/graphql-response+json")
          .header("X-Api-Key", API_KEY)
          .shareConnections();

  private final ScenarioBuilder search =
      scenario("search")
          .feed(feeder(() -> Map.of("body", searchBody())))
          .exec(graphql("search"));

  private final ScenarioBuilder record =
      scenario("decision page")
          .feed(feeder(() -> Map.of("body", recordBody())))
          .exec(graphql("decision page"));

  private final ScenarioBuilder filing =
      scenario("complaint filing")
          .feed(feeder(() -> Map.of("body", filingBody())))
          .exec(
              http("complaint filing")
                  .post("/graphql")
                  .body(StringBody("#{body}"))
                  .check(status().is(200))
                  .check(jsonPath("$.errors").notExists())
                  .check(jsonPath("$.data.fileComplaint.trackingNumber").saveAs("number"))
                  .check(jsonPath("$.data.fileComplaint.accessCode").saveAs("code")))
          .exec(
              session -> {
                if (!session.isFailed()) {
                  append(session.getString("number") + " " + session.getString("code"));
                }
                return session;
              });

  {
    try {
      Files.createDirectories(FILED.toAbsolutePath().getParent());
      Files.deleteIfExists(FILED);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    Duration during = Duration.ofSeconds(SECONDS);
    setUp(
            search.injectOpen(constantUsersPerSec(RATE * 0.80).during(during)),
            record.injectOpen(constantUsersPerSec(RATE * 0.15).during(during)),
            filing.injectOpen(constantUsersPerSec(RATE * 0.05).during(during)))
        .protocols(protocol)
        .assertions(global().failedRequests().count().is(0L));
  }

  private static io.gatling.javaapi.http.HttpRequestActionBuilder graphql(String name) {
    return http(name)
        .post("/graphql")
        .body(StringBody("#{body}"))
        .check(status().is(200))
        .check(jsonPath("$.errors").notExists());
  }

  private static Iterator<Map<String, Object>> feeder(
      java.util.function.Supplier<Map<String, Object>> next) {
    return Stream.generate(next).iterator();
  }

  private static String searchBody() {
    String query = QUERIES.get(ThreadLocalRandom.current().nextInt(QUERIES.size()));
    return "{\"query\":\"query($q: String!) { search(query: $q, first: 10) { totalCount"
        + " edges { score highlights { field fragments } node { __typename"
        + " ... on PenaltyDecision { id documentNumber party { name } } } } } }\","
        + "\"variables\":{\"q\":\""
        + query.replace("\"", "\\\"")
        + "\"}}";
  }

  private String recordBody() {
    String id = decisionIds.get(ThreadLocalRandom.current().nextInt(decisionIds.size()));
    return "{\"query\":\"query($id: ID!) { penaltyDecision(id: $id) { id documentNumber"
        + " party { kind name } facts fineAmount decisionDate agency { name }"
        + " benchmarkTier { tier fineRange { min max } }"
        + " citedProvisions { role provision { citation } } } }\",\"variables\":{\"id\":\""
        + id
        + "\"}}";
  }

  private static String filingBody() {
    String first17 = "91990102MA" + String.format("%07d", ENTERPRISES.incrementAndGet() % 10_000_000);
    String code = first17 + CreditCodes.checkCharacter(first17);
    return "{\"query\":\"mutation($input: FileComplaintInput!) { fileComplaint(input: $input) {"
        + " trackingNumber accessCode } }\",\"variables\":{\"input\":{"
        + "\"enterpriseName\":\"负载测试贸易有限公司\",\"creditCode\":\""
        + code
        + "\",\"contactName\":\"测试联系人\",\"contactPhone\":\"13800138000\",\"agencyId\":\"3\","
        + "\"category\":\"REPEATED_INSPECTION\",\"description\":\"负载测试：同一事项一个月内被检查五次，每次内容相同，"
        + "影响正常经营。\"}}}";
  }

  /** Published decisions to open, read once before the load begins. */
  private static List<String> decisionIds() {
    List<String> ids = new ArrayList<>();
    String after = null;
    HttpClient client = HttpClient.newHttpClient();
    Pattern id = Pattern.compile("\"id\":\"([0-9]+)\"");
    Pattern cursor = Pattern.compile("\"endCursor\":\"([^\"]+)\"");
    for (int page = 0; page < 5; page++) {
      String body =
          "{\"query\":\"{ penaltyDecisions(first: 100"
              + (after == null ? "" : ", after: \\\"" + after + "\\\"")
              + ") { pageInfo { endCursor } nodes { id } } }\"}";
      try {
        String answer =
            client
                .send(
                    HttpRequest.newBuilder(URI.create(URL + "/graphql"))
                        .header("Content-Type", "application/json")
                        .header("X-Api-Key", API_KEY)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher m = id.matcher(answer);
        while (m.find()) {
          ids.add(m.group(1));
        }
        Matcher c = cursor.matcher(answer);
        if (!c.find()) {
          break;
        }
        after = c.group(1);
      } catch (IOException e) {
        throw new IllegalStateException("Cannot read decisions from " + URL, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    if (ids.isEmpty()) {
      throw new IllegalStateException("No published decisions at " + URL);
    }
    return ids;
  }

  private static synchronized void append(String line) {
    try {
      Files.writeString(
          FILED, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
