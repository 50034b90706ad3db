package org.zhifagongkai.api.penalty;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;
import reactor.core.publisher.Mono;

/**
 * Penalties outside the scope of publication by their kind (R2.7(d), R3.1): SAMR 令45号 Art. 2 ¶2
 * publishes no market-regulation penalty that is only a warning. The portal's daily check reports
 * any such decision shown as BEYOND_SCOPE; publication, corrections and imports refuse them first.
 */
public final class PublicationScope {

  /** The field whose warnings alone SAMR does not publish. */
  public static final String MARKET_REGULATION = "MARKET_REGULATION";

  private PublicationScope() {}

  /** Whether {@code kinds} are a warning and nothing else. */
  public static boolean warningOnly(List<PenaltyKind> kinds) {
    return !kinds.isEmpty() && kinds.stream().allMatch(PenaltyKind.WARNING::equals);
  }

  /** A market regulator by its name, as bodies are named (东湖市市场监督管理局, 某市场监管所). */
  public static final Pattern MARKET_REGULATOR = Pattern.compile("市场监督管理|市场监管");

  /**
   * NOT_PUBLISHABLE for a warning alone decided by a market regulator, whatever field the decision
   * is filed under (or none): the rule follows who decided.
   */
  static Mono<Void> refuseWarningOnly(
      DatabaseClient database, long agencyId, @Nullable String fieldCode, List<PenaltyKind> kinds) {
    if (!warningOnly(kinds)) {
      return Mono.empty();
    }
    refuseWarningOnly(fieldCode, kinds);
    return database
        .sql("select name from agency where id = :id")
        .bind("id", agencyId)
        .map(row -> row.get("name", String.class))
        .one()
        .filter(name -> name != null && MARKET_REGULATOR.matcher(name).find())
        .flatMap(name -> Mono.<Void>error(refusal()))
        .then();
  }

  /** NOT_PUBLISHABLE for a market-regulation decision that only warns. */
  static void refuseWarningOnly(@Nullable String fieldCode, List<PenaltyKind> kinds) {
    if (MARKET_REGULATION.equals(fieldCode) && warningOnly(kinds)) {
      throw refusal();
    }
  }

  private static PortalException refusal() {
    return new PortalException(
        ErrorCode.NOT_PUBLISHABLE,
        "仅处警告的市场监管行政处罚不予公示（市场监管总局令第45号第二条）",
        "A market-regulation penalty that is only a warning is not published (SAMR Order 45,"
            + " Art. 2)");
  }
}
