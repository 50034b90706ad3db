package org.zhifagongkai.api.complaint.filing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.zhifagongkai.api.complaint.ComplaintCategory;
import org.zhifagongkai.api.complaint.routing.Routing;
import org.zhifagongkai.api.field.FieldService;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;
import org.zhifagongkai.api.identifier.CreditCode;
import org.zhifagongkai.api.region.RegionCodes;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Mono;

/**
 * What routing looks at in a complaint, found from what the enterprise gave: its region, the body
 * complained about with its region and level, and the field. Filing and the destination preview
 * both read the facts here, so that the preview names the destination the filing will get.
 */
@Component
class RoutingFacts {

  private final DatabaseClient database;
  private final FieldService fields;

  RoutingFacts(DatabaseClient database, FieldService fields) {
    this.database = database;
    this.fields = fields;
  }

  /** The credit code in canonical form; INVALID_CREDIT_CODE when malformed or its check fails. */
  static String checkedCreditCode(String given) {
    String code = CreditCode.normalize(given);
    if (!CreditCode.hasValidCheckCharacter(code)) {
      throw new PortalException(
          ErrorCode.INVALID_CREDIT_CODE,
          "统一社会信用代码校验位不符，请核对：" + code,
          "The unified social credit code's check character does not match: " + code);
    }
    return code;
  }

  /**
   * The facts for a checked credit code; INVALID_REGION_CODE, NOT_FOUND, INVALID_FIELD or
   * INVALID_REQUEST where what was given names nothing that fits.
   */
  Mono<Routing.Facts> of(
      String creditCode,
      @Nullable String regionCode,
      long agencyId,
      @Nullable Long decisionId,
      @Nullable Long itemId,
      @Nullable String field,
      ComplaintCategory category) {
    return Mono.zip(
            enterpriseRegion(regionCode, creditCode),
            agency(agencyId),
            field(agencyId, decisionId, itemId, field))
        .map(
            found ->
                new Routing.Facts(
                    found.getT1(),
                    found.getT3().orElse(null),
                    category,
                    agencyId,
                    found.getT2().getKey(),
                    found.getT2().getValue()));
  }

  /**
   * The region the enterprise gave, or the one its credit code was registered in (characters 3–8):
   * the nearest region still on the table, as codes of merged districts (杭州 下城区 330103) outlive
   * them.
   */
  private Mono<String> enterpriseRegion(@Nullable String given, String creditCode) {
    List<String> candidates =
        given != null
            ? List.of(RegionCodes.normalize(given))
            : RegionCodes.ancestry(creditCode.substring(2, 8));
    return database
        .sql(
            "select code from region where code = any(:codes)"
                + " order by array_position(:codes, code::text) desc limit 1")
        .bind("codes", candidates.toArray(String[]::new))
        .map(row -> Rows.text(row, "code"))
        .one()
        .switchIfEmpty(
            Mono.error(
                () ->
                    new PortalException(
                        ErrorCode.INVALID_REGION_CODE,
                        given != null ? "未知的行政区划代码：" + given : "无法从统一社会信用代码判断企业所在地，请填写所在地行政区划代码",
                        given != null
                            ? "Unknown region code: " + given
                            : "The credit code names no known region; give the enterprise's"
                                + " region code")));
  }

  /** The agency's region and level. */
  private Mono<Map.Entry<String, String>> agency(long id) {
    return database
        .sql("select region_code, level from agency where id = :id")
        .bind("id", id)
        .map(row -> Map.entry(Rows.text(row, "region_code"), Rows.text(row, "level")))
        .one()
        .switchIfEmpty(Mono.error(() -> PortalException.notFound("执法主体", "enforcement body", id)));
  }

  /**
   * The field the complaint concerns: as given, else that of the decision or item it names. The
   * decision must be one the public may see, of the body complained about.
   */
  private Mono<Optional<String>> field(
      long agencyId, @Nullable Long decision, @Nullable Long item, @Nullable String given) {
    Mono<Optional<String>> named = fields.requireCode(given);
    Mono<Optional<String>> fromDecision =
        decision == null
            ? Mono.just(Optional.empty())
            : database
                // Only a decision the public may see: one off public view answers as an unknown
                // id, so that neither its body nor its field can be learnt through a complaint.
                .sql(
                    "select agency_id, field_code from penalty_decision where id = :id"
                        + " and status in ('PUBLISHED', 'WITHDRAWN')")
                .bind("id", decision)
                .map(
                    row -> {
                      if (Rows.id(row, "agency_id") != agencyId) {
                        throw new PortalException(
                            ErrorCode.INVALID_REQUEST,
                            "行政处罚决定 " + decision + " 不是被投诉执法主体作出的",
                            "Penalty decision "
                                + decision
                                + " is not one of the body complained about");
                      }
                      return Optional.ofNullable(Rows.optionalText(row, "field_code"));
                    })
                .one()
                .switchIfEmpty(
                    Mono.error(
                        () -> PortalException.notFound("行政处罚决定", "penalty decision", decision)));
    Mono<Optional<String>> fromItem =
        item == null
            ? Mono.just(Optional.empty())
            : database
                .sql("select field_code from enforcement_item where id = :id")
                .bind("id", item)
                .map(row -> Optional.of(Rows.text(row, "field_code")))
                .one()
                .switchIfEmpty(
                    Mono.error(() -> PortalException.notFound("执法事项", "enforcement item", item)));
    return Mono.zip(named, fromDecision, fromItem).map(f -> f.getT1().or(f::getT2).or(f::getT3));
  }
}
