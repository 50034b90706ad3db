package org.zhifagongkai.api.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.zhifagongkai.api.ApiTest;
import org.zhifagongkai.api.penalty.PublicationExpiry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DailyDumpsTest extends ApiTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final LocalDate DAY = LocalDate.of(2026, 12, 31);

  private static final String DECISIONS_JSONL = "penalty-decisions-2026-12-31.jsonl.gz";
  private static final long AGENCY = 900803;
  private static final String TOKEN = "test-token-900803";

  @Autowired DailyDumps dumps;
  @Autowired DumpFiles files;
  @Autowired PublicationExpiry expiry;
  @Autowired Clock clock;

  /** A body of its own, in the province kept for records tests publish. */
  @BeforeEach
  void ownBody() {
    database
        .sql(
            """
            insert into agency (id, name, region_code, level, kind)
              values (900803, '存档测试局', '960000', 'PROVINCE', 'SPECIALISED') on conflict do nothing;
            insert into staff_account (id, name, role, agency_id, token_sha256)
              values (900803, '存档测试局 法制科', 'AGENCY_STAFF', 900803, sha256('test-token-900803'::bytea))
              on conflict do nothing
            """)
        .then()
        .block(java.time.Duration.ofMinutes(3));
  }

  @Test
  void aDaysDumpsHoldTheWholeDatasetsAndAreListedAndCatalogued() throws IOException {
    dumps.write(DAY).block();
    JsonNode listed = JSON.readTree(get("/open-data/dumps.json"));
    List<String> files =
        listed
            .valueStream()
            .filter(d -> d.get("date").asString().equals(DAY.toString()))
            .map(d -> d.get("file").asString())
            .toList();
    assertThat(files)
        .containsExactlyInAnyOrder(
            "penalty-decisions-2026-12-31.csv.gz",
            "penalty-decisions-2026-12-31.jsonl.gz",
            "enforcement-items-2026-12-31.csv.gz",
            "enforcement-items-2026-12-31.jsonl.gz",
            "discretion-benchmarks-2026-12-31.csv.gz",
            "discretion-benchmarks-2026-12-31.jsonl.gz",
            "no-penalty-items-2026-12-31.csv.gz",
            "no-penalty-items-2026-12-31.jsonl.gz");

    assertThat(gunzip(get("/open-data/dumps/no-penalty-items-2026-12-31.csv.gz")))
        .isEqualTo(new String(get("/open-data/no-penalty-items.csv"), StandardCharsets.UTF_8));
    String decisions = gunzip(get("/open-data/dumps/penalty-decisions-2026-12-31.jsonl.gz"));
    int total =
        graphQl
            .document("{ penaltyDecisions { totalCount } }")
            .execute()
            .path("penaltyDecisions.totalCount")
            .entity(Integer.class)
            .get();
    assertThat(decisions.lines().count()).isEqualTo(total);

    JsonNode catalog = JSON.readTree(get("/open-data/catalog.jsonld"));
    JsonNode decisionsEntry = catalog.get("dcat:dataset").get(0);
    assertThat(
            decisionsEntry
                .get("dcat:distribution")
                .valueStream()
                .map(d -> d.get("@id").asString())
                .filter(url -> url.contains("/dumps/"))
                .toList())
        .hasSize(2)
        .allSatisfy(url -> assertThat(url).contains("penalty-decisions-"));
  }

  @Test
  void aWithdrawnDecisionLeavesEveryServedDumpAtOnceAndTheDaysDumpIsWrittenWithoutIt()
      throws IOException {
    String id = publish("存档测罚〔2026〕1号");
    dumps.write(DAY).block();
    assertThat(decisionIds(gunzip(get("/open-data/dumps/" + DECISIONS_JSONL)))).contains(id);

    withdraw(id);

    assertThat(listedDumps()).noneMatch(file -> file.startsWith("penalty-decisions-"));
    assertThat(cataloguedDumps()).isEmpty();
    for (String file : List.of(DECISIONS_JSONL, "penalty-decisions-2026-12-31.csv.gz")) {
      web.get().uri("/open-data/dumps/" + file).exchange().expectStatus().isNotFound();
    }
    // The other datasets hold no decisions: their dumps stay.
    assertThat(listedDumps()).contains("no-penalty-items-2026-12-31.csv.gz");

    dumps.write(DAY).block();
    assertThat(listedDumps()).contains(DECISIONS_JSONL, "penalty-decisions-2026-12-31.csv.gz");
    List<String> ids = decisionIds(gunzip(get("/open-data/dumps/" + DECISIONS_JSONL)));
    assertThat(ids).doesNotContain(id).hasSize(totalDecisions());
    assertThat(cataloguedDumps()).hasSize(2);
  }

  @Test
  void anExpiredDecisionTakesItsDumpOutOfView() {
    String id = publish("存档测罚〔2026〕2号");
    dumps.write(DAY).block();
    assertThat(listedDumps()).contains(DECISIONS_JSONL);

    // Its term ends yesterday, and the expiry job runs.
    database
        .sql("update penalty_decision set publish_until = :yesterday where id = :id")
        .bind("yesterday", LocalDate.now(clock).minusDays(1))
        .bind("id", Long.parseLong(id))
        .then()
        .block();
    assertThat(expiry.expire(LocalDate.now(clock)).block()).isEqualTo(1L);

    assertThat(listedDumps()).noneMatch(file -> file.startsWith("penalty-decisions-"));
    web.get().uri("/open-data/dumps/" + DECISIONS_JSONL).exchange().expectStatus().isNotFound();
  }

  /** A correction may remove what should never have been published: the old text leaves at once. */
  @Test
  void aCorrectedDecisionTakesItsDumpOutOfViewAndTheDaysDumpHoldsTheNewText() throws IOException {
    String id = publish("存档测罚〔2026〕3号");
    dumps.write(DAY).block();
    assertThat(listedDumps()).contains(DECISIONS_JSONL);

    asStaff()
        .document(
            "mutation($id: ID!) { correctPenaltyDecision(id: $id, input: {"
                + " facts: \"当事人超标排放废气，已更正。\", reason: \"事实部分更正\" }) { id } }")
        .variable("id", id)
        .execute()
        .path("correctPenaltyDecision.id")
        .entity(String.class)
        .isEqualTo(id);

    assertThat(listedDumps()).noneMatch(file -> file.startsWith("penalty-decisions-"));
    web.get().uri("/open-data/dumps/" + DECISIONS_JSONL).exchange().expectStatus().isNotFound();
    dumps.write(DAY).block();
    // Asked for its size first, as download tools do before a resume.
    web.head()
        .uri("/open-data/dumps/" + DECISIONS_JSONL)
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .exists(org.springframework.http.HttpHeaders.ETAG);
    String rewritten = gunzip(get("/open-data/dumps/" + DECISIONS_JSONL));
    assertThat(rewritten).contains("当事人超标排放废气，已更正。");
  }

  @Test
  void aDumpOfDecisionsWithoutTheHorizonItWasReadAfterIsNeverServed() throws IOException {
    dumps.write(DAY).block();
    DumpFiles.Dump current =
        files.all().stream()
            .filter(dump -> dump.fileName().equals(DECISIONS_JSONL))
            .findFirst()
            .orElseThrow();
    // As a dump written before horizons were recorded: whether it still shows only what is
    // published cannot be known.
    java.nio.file.Path older =
        files.path(current).resolveSibling("penalty-decisions-2026-12-30.jsonl.gz");
    java.nio.file.Files.copy(files.path(current), older);
    try {
      assertThat(files.all())
          .extracting(DumpFiles.Dump::fileName)
          .contains(older.getFileName().toString());
      assertThat(listedDumps())
          .contains(DECISIONS_JSONL)
          .doesNotContain(older.getFileName().toString());
      web.get()
          .uri("/open-data/dumps/" + older.getFileName())
          .exchange()
          .expectStatus()
          .isNotFound();
    } finally {
      java.nio.file.Files.deleteIfExists(older);
    }
  }

  @Test
  void aResumedDownloadOfAnotherVersionGetsTheWholeFile() {
    dumps.write(DAY).block();
    String path = "/open-data/dumps/no-penalty-items-2026-12-31.csv.gz";
    byte[] whole = get(path);
    String etag =
        web.get()
            .uri(path)
            .exchange()
            .expectStatus()
            .isOk()
            .returnResult(byte[].class)
            .getResponseHeaders()
            .getETag();
    assertThat(etag).startsWith("\"").endsWith("\"");

    web.get().uri(path).header("If-None-Match", etag).exchange().expectStatus().isNotModified();
    web.get()
        .uri(path)
        .header("Range", "bytes=0-9")
        .header("If-Range", etag)
        .exchange()
        .expectStatus()
        .isEqualTo(206)
        .expectHeader()
        .contentLength(10);
    web.get()
        .uri(path)
        .header("Range", "bytes=0-9")
        .header("If-Range", "\"0-0\"")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(byte[].class)
        .isEqualTo(whole);
  }

  @Test
  void writingADayAgainKeepsItsDumps() {
    dumps.write(DAY).block();
    long before = JSON.readTree(get("/open-data/dumps.json")).size();
    dumps.write(DAY).block();
    assertThat(JSON.readTree(get("/open-data/dumps.json")).size()).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "..%2F..%2Fpom.xml",
        "penalty-decisions-2026-12-31.csv.gz.part",
        "penalty-decisions-1999-01-01.csv.gz",
        "passwd"
      })
  void nothingButAListedDumpIsServed(String file) {
    // An encoded slash is refused before routing (400); every other name is no dump (404).
    web.get().uri("/open-data/dumps/" + file).exchange().expectStatus().is4xxClientError();
  }

  private List<String> listedDumps() {
    return JSON.readTree(get("/open-data/dumps.json"))
        .valueStream()
        .map(d -> d.get("file").asString())
        .toList();
  }

  /** The dumps the catalogue links for penalty decisions. */
  private List<String> cataloguedDumps() {
    return JSON.readTree(get("/open-data/catalog.jsonld"))
        .get("dcat:dataset")
        .get(0)
        .get("dcat:distribution")
        .valueStream()
        .map(d -> d.get("@id").asString())
        .filter(url -> url.contains("/dumps/"))
        .toList();
  }

  private static List<String> decisionIds(String jsonLines) {
    return jsonLines.lines().map(line -> JSON.readTree(line).get("id").asString()).toList();
  }

  private int totalDecisions() {
    return graphQl
        .document("{ penaltyDecisions { totalCount } }")
        .execute()
        .path("penaltyDecisions.totalCount")
        .entity(Integer.class)
        .get();
  }

  private HttpGraphQlTester asStaff() {
    return graphQl.mutate().header("Authorization", "Bearer " + TOKEN).build();
  }

  private String publish(String number) {
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("agencyId", Long.toString(AGENCY));
    input.put("documentNumber", number);
    input.put(
        "party",
        Map.of("kind", "LEGAL_PERSON", "name", "存档测试有限公司", "legalRepresentative", "测试代表人"));
    input.put("facts", "当事人超标排放废气。");
    input.put("violatedProvisions", "《测试大气法》第十八条");
    input.put("penaltyProvisions", "《测试大气法》第九十九条");
    input.put("penaltyKinds", List.of("FINE"));
    input.put("fineAmount", "3000");
    input.put("decisionDate", LocalDate.now(clock).minusDays(2).toString());
    return asStaff()
        .document(
            "mutation($input: PublishPenaltyDecisionInput!) {"
                + " publishPenaltyDecision(input: $input) { id } }")
        .variable("input", input)
        .execute()
        .path("publishPenaltyDecision.id")
        .entity(String.class)
        .get();
  }

  private void withdraw(String id) {
    org.zhifagongkai.api.Withdrawals.revoke(asStaff(), id, LocalDate.now(clock));
  }

  private byte[] get(String path) {
    return web.mutate()
        .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(256 * 1024 * 1024))
        .build()
        .get()
        .uri(path)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(byte[].class)
        .returnResult()
        .getResponseBody();
  }

  private static String gunzip(byte[] bytes) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
