package org.zhifagongkai.api.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * 行政处罚决定 as published. Amounts are exact yuan; {@code regionCode} is the deciding body's region,
 * kept on the decision so that region filters need no join.
 */
public record PenaltyDecision(
    long id,
    String documentNumber,
    String normalizedDocumentNumber,
    @Nullable String caseName,
    Party party,
    String facts,
    String violatedProvisions,
    String penaltyProvisions,
    List<PenaltyKind> penaltyKinds,
    @Nullable BigDecimal fineAmount,
    @Nullable BigDecimal confiscationAmount,
    @Nullable String licenceActions,
    LocalDate decisionDate,
    long agencyId,
    String regionCode,
    @Nullable String fieldCode,
    @Nullable Long enforcementItemId,
    @Nullable Long benchmarkTierId,
    @Nullable LocalDate publishedOn,
    @Nullable LocalDate publishUntil,
    Provenance provenance,
    @Nullable Withdrawal withdrawal) {

  /** 当事人; natural persons' names are stored masked, as published. */
  public record Party(
      PartyKind kind,
      String name,
      @Nullable String creditCode,
      @Nullable String legalRepresentative) {}

  /** Where the record came from. */
  public record Provenance(
      @Nullable String sourceUrl, String sourceBody, OffsetDateTime importedAt) {}

  /** When and why a decision was withdrawn from publication. */
  public record Withdrawal(OffsetDateTime withdrawnAt, String reason) {}

  /** The fine, or zero when none was imposed: the value decisions are ordered by. */
  public BigDecimal fineOrZero() {
    return fineAmount == null ? BigDecimal.ZERO : fineAmount;
  }
}
