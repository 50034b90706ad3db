package org.zhifagongkai.api.complaint.filing;

import java.util.Arrays;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Mono;

/** Complaints filed before under a filing key, answered again to a retry that holds the key. */
@Component
class EarlierFilings {

  /** A stored complaint and its access code in clear, which only the filer's answer carries. */
  record Stored(long id, String accessCode) {}

  private record Row(long id, byte[] input, byte[] sealedCode) {}

  private final DatabaseClient database;

  EarlierFilings(DatabaseClient database) {
    this.database = database;
  }

  /**
   * The complaint filed under {@code key}, with the access code it was answered with; empty when
   * none was, FILING_KEY_REUSED when it was filed with input other than {@code fingerprint}.
   */
  Mono<Stored> under(String key, byte[] fingerprint) {
    return database
        .sql(
            "select id, filing_input_sha256, access_code_sealed from complaint"
                + " where filing_key_sha256 = :key")
        .bind("key", FilingKeys.stored(key))
        .map(
            row ->
                new Row(
                    Rows.id(row, "id"),
                    Rows.bytes(row, "filing_input_sha256"),
                    Rows.bytes(row, "access_code_sealed")))
        .one()
        .handle(
            (filed, sink) -> {
              if (Arrays.equals(filed.input(), fingerprint)) {
                sink.next(new Stored(filed.id(), FilingKeys.open(filed.sealedCode(), key)));
              } else {
                sink.error(FilingKeys.reused());
              }
            });
  }
}
