package org.zhifagongkai.api.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhifagongkai.api.ApiTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DailyDumpsTest extends ApiTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final LocalDate DAY = LocalDate.of(2026, 12, 31);

  @Autowired DailyDumps dumps;

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
