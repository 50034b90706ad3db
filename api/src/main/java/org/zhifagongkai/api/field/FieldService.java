package org.zhifagongkai.api.field;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The vocabulary of enforcement fields, and the check of field codes given in filters. */
@Service
public class FieldService {

  private final DatabaseClient database;

  FieldService(DatabaseClient database) {
    this.database = database;
  }

  public Flux<EnforcementField> all() {
    return database
        .sql("select code, name from enforcement_field order by code")
        .map(row -> new EnforcementField(Rows.text(row, "code"), Rows.text(row, "name")))
        .all();
  }

  public Flux<EnforcementField> byCodes(Collection<String> codes) {
    return database
        .sql("select code, name from enforcement_field where code = any(:codes)")
        .bind("codes", codes.toArray(String[]::new))
        .map(row -> new EnforcementField(Rows.text(row, "code"), Rows.text(row, "name")))
        .all();
  }

  /** The code itself when it names a field, empty for no code, an INVALID_FIELD error otherwise. */
  public Mono<Optional<String>> requireCode(@Nullable String code) {
    if (code == null) {
      return Mono.just(Optional.empty());
    }
    return byCodes(List.of(code))
        .next()
        .map(field -> Optional.of(field.code()))
        .switchIfEmpty(
            Mono.error(
                () ->
                    new PortalException(
                        ErrorCode.INVALID_FIELD,
                        "没有这个执法领域代码：" + code + "（可用 enforcementFields 查询全部代码）",
                        "No field of enforcement has the code "
                            + code
                            + " (query enforcementFields for the list)")));
  }
}
