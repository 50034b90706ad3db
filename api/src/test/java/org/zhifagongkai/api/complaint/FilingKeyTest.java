package org.zhifagongkai.api.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.ResponseError;
import org.zhifagongkai.api.DatabaseCounts;
import org.zhifagongkai.api.support.Hashes;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** A filing sent again under its key after a lost answer is filed once and answered alike. */
class FilingKeyTest extends ComplaintApiTest {

  private static final String TEXT = "市场监管所执法人员本月内三次到我公司检查同一批进口食品标签，每次都要求停业配合，已影响正常经营。";

  @Test
  void aRetryUnderTheSameKeyFilesOnceAndGetsTheFirstAnswer() {
    String code = newCreditCode();
    Map<String, Object> input = keyed(input(code, "REPEATED_INSPECTION", TEXT));
    Filed first = fileOk(input);
    Filed again = fileOk(new HashMap<>(input));
    Filed third = fileOk(new HashMap<>(input));

    assertThat(again).isEqualTo(first);
    assertThat(third).isEqualTo(first);
    assertThat(complaintsOf(code)).isEqualTo(1);
    // Nothing happened twice: one receipt, one dispatch, one 12345 copy.
    assertThat(timelineKinds("970002", first.id()))
        .containsExactly("RECEIVED", "DISPATCHED", "HOTLINE_QUEUED");
    assertThat(
            DatabaseCounts.count(
                database, "select count(*) from hotline_order where complaint_id = " + first.id()))
        .isEqualTo(1);
  }

  @Test
  void theKeyOpensOnlyWithTheSameInput() {
    String code = newCreditCode();
    Map<String, Object> input = keyed(input(code, "REPEATED_INSPECTION", TEXT));
    Filed first = fileOk(input);
    List<Map.Entry<String, Object>> changes =
        List.of(
            Map.entry("description", TEXT + "补充：第三次检查没有出示执法证件。"),
            Map.entry("contactPhone", "139 0013 9000"),
            Map.entry("contactName", "王经理"),
            Map.entry("enterpriseName", "投诉测试商贸有限公司"),
            Map.entry("category", "INACTION"),
            Map.entry("identityShown", true),
            Map.entry("regionCode", "970102"),
            Map.entry("creditCode", newCreditCode()));
    for (Map.Entry<String, Object> change : changes) {
      Map<String, Object> other = new HashMap<>(input);
      other.put(change.getKey(), change.getValue());
      ResponseError refused = onlyError(other);
      assertThat(refused.getExtensions())
          .as(change.getKey())
          .containsEntry("code", "FILING_KEY_REUSED")
          .containsKeys("messageZh", "messageEn");
      assertThat(refused.getMessage()).contains("filingKey");
    }
    assertThat(complaintsOf(code)).isEqualTo(1);
    // The filing that holds the key is untouched: the same answer as ever.
    assertThat(fileOk(new HashMap<>(input))).isEqualTo(first);
  }

  @Test
  void retriesSentTogetherFileOnce() {
    String code = newCreditCode();
    Map<String, Object> input = keyed(input(code, "FINE_OUTSIDE_BENCHMARK", TEXT));
    List<Filed> answers =
        Flux.range(0, 6)
            .flatMap(
                i ->
                    Mono.fromCallable(() -> fileOk(new HashMap<>(input)))
                        .subscribeOn(Schedulers.boundedElastic()),
                6)
            .collectList()
            .block();
    assertThat(answers).hasSize(6).containsOnly(answers.getFirst());
    assertThat(complaintsOf(code)).isEqualTo(1);
  }

  @Test
  void oneKeySentTogetherByTwoEnterprisesFilesOneComplaint() {
    String first = newCreditCode();
    String second = newCreditCode();
    String key = UUID.randomUUID().toString();
    List<Map<String, Object>> inputs = new java.util.ArrayList<>();
    for (int i = 0; i < 8; i++) {
      Map<String, Object> input = input(i % 2 == 0 ? first : second, "INACTION", TEXT);
      input.put("filingKey", key);
      inputs.add(input);
    }
    List<String> answers =
        Flux.fromIterable(inputs)
            .flatMap(
                input ->
                    Mono.fromCallable(
                            () -> {
                              ResponseError refused = onlyError(input);
                              return refused == null
                                  ? (String) input.get("creditCode")
                                  : String.valueOf(refused.getExtensions().get("code"));
                            })
                        .subscribeOn(Schedulers.boundedElastic()),
                8)
            .collectList()
            .block();
    long stored = complaintsOf(first) + complaintsOf(second);
    assertThat(stored).isEqualTo(1);
    String winner = complaintsOf(first) == 1 ? first : second;
    // The winner's four filings are answered; the other enterprise's four are refused.
    assertThat(answers).filteredOn(winner::equals).hasSize(4);
    assertThat(answers).filteredOn("FILING_KEY_REUSED"::equals).hasSize(4);
  }

  @Test
  void withoutAKeyEveryFilingIsStoredAsBefore() {
    String code = newCreditCode();
    Filed first = fileOk(input(code, "REPEATED_INSPECTION", TEXT));
    Filed second = fileOk(input(code, "REPEATED_INSPECTION", TEXT));
    assertThat(second.trackingNumber()).isNotEqualTo(first.trackingNumber());
    assertThat(complaintsOf(code)).isEqualTo(2);
  }

  @Test
  void malformedKeysAreRefusedAndNothingIsStored() {
    String code = newCreditCode();
    for (String key :
        List.of(
            "",
            "short-key-15chr",
            "k".repeat(65),
            "有中文的键有中文的键有中文的键有中文的键",
            "spaces inside the key 1234",
            "key/with/slashes/123456",
            "x".repeat(15))) {
      Map<String, Object> input = input(code, "REPEATED_INSPECTION", TEXT);
      input.put("filingKey", key);
      ResponseError refused = onlyError(input);
      assertThat(refused.getExtensions()).as(key).containsEntry("code", "INVALID_REQUEST");
      assertThat(refused.getMessage()).contains("filingKey");
    }
    assertThat(complaintsOf(code)).isZero();
  }

  @Test
  void neitherTheKeyNorTheAccessCodeIsStoredInClear() {
    String code = newCreditCode();
    Map<String, Object> input = keyed(input(code, "REPEATED_INSPECTION", TEXT));
    String key = (String) input.get("filingKey");
    Filed filed = fileOk(input);
    Map<String, byte[]> stored =
        database
            .sql(
                "select filing_key_sha256, filing_input_sha256, access_code_sealed,"
                    + " access_code_sha256 from complaint where id = :id")
            .bind("id", Long.parseLong(filed.id()))
            .map(
                row ->
                    Map.of(
                        "key", bytes(row.get(0, ByteBuffer.class)),
                        "input", bytes(row.get(1, ByteBuffer.class)),
                        "sealed", bytes(row.get(2, ByteBuffer.class)),
                        "code", bytes(row.get(3, ByteBuffer.class))))
            .one()
            .block();
    assertThat(stored.get("key")).isEqualTo(Hashes.sha256("filing-key:" + key));
    String sealed = HexFormat.of().formatHex(stored.get("sealed"));
    for (byte[] secret : List.of(utf8(key), utf8(filed.accessCode()))) {
      assertThat(sealed).doesNotContain(HexFormat.of().formatHex(secret));
    }
    assertThat(stored.get("sealed")).hasSize(12 + filed.accessCode().length() + 16);
    // The code still opens the complaint, as any code does.
    assertThat(
            graphQl
                .document(
                    "query($n: String!, $c: String!) { complaint(trackingNumber: $n,"
                        + " accessCode: $c) { status } }")
                .variable("n", filed.trackingNumber())
                .variable("c", filed.accessCode())
                .execute()
                .path("complaint.status")
                .entity(String.class)
                .get())
        .isEqualTo("DISPATCHED");
  }

  private static Map<String, Object> keyed(Map<String, Object> input) {
    input.put("filingKey", UUID.randomUUID().toString());
    return input;
  }

  private ResponseError onlyError(Map<String, Object> input) {
    List<ResponseError> errors = new java.util.ArrayList<>();
    file(input).errors().satisfy(errors::addAll);
    return errors.isEmpty() ? null : errors.getFirst();
  }

  private long complaintsOf(String creditCode) {
    return DatabaseCounts.count(
        database,
        "select count(*) from complaint where enterprise_credit_code = '" + creditCode + "'");
  }

  private static byte[] bytes(ByteBuffer buffer) {
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    return bytes;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
