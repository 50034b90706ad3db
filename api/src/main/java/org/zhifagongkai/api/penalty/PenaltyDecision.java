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
    PublicationStatus status,
    Term term,
    @Nullable Withdrawal withdrawal,
    @Nullable Boolean partyCreditCodeValid) {

  /** 当事人; natural persons' names are stored masked, as published. */
  public record Party(
      PartyKind kind,
      String name,
      @Nullable String creditCode,
      @Nullable String legalRepresentative) {}

  /** Where the record came from, and what its date rests on. */
  public record Provenance(
      @Nullable String sourceUrl,
      String sourceBody,
      OffsetDateTime importedAt,
      DecisionDating dating) {}

  public DecisionDateBasis decisionDateBasis() {
    return provenance.dating().basis();
  }

  public @Nullable LocalDate rejectedDecisionDate() {
    return provenance.dating().rejectedDate();
  }

  /**
   * When and why a decision was withdrawn from publication.
   *
   * @param kind null for withdrawals recorded before kinds were
   * @param causeOn the day of the act that required the withdrawal; null where not recorded
   * @param due the last day of the three working days from the cause; null where unknown
   */
  public record Withdrawal(
      OffsetDateTime withdrawnAt,
      String reason,
      @Nullable WithdrawalKind kind,
      @Nullable LocalDate causeOn,
      @Nullable LocalDate due) {}

  /**
   * What the publication rules fixed for the decision; each part null where not fixed (records
   * loaded before the rules were applied).
   *
   * @param publicationDue the last day to publish within the working days the law allows
   * @param minPublishUntil the last day before which a credit repair cannot end the publication
   */
  public record Term(
      @Nullable SeverityClass severityClass,
      @Nullable String rule,
      @Nullable LocalDate publicationDue,
      @Nullable LocalDate minPublishUntil,
      @Nullable LocalDate removedOn) {}

  public @Nullable SeverityClass severityClass() {
    return term.severityClass();
  }

  public @Nullable LocalDate publicationDue() {
    return term.publicationDue();
  }

  public @Nullable LocalDate minPublishUntil() {
    return term.minPublishUntil();
  }

  /** Whether the decision was published after its deadline; null where unknown. */
  public @Nullable Boolean publishedLate() {
    return term.publicationDue() == null || publishedOn == null
        ? null
        : publishedOn.isAfter(term.publicationDue());
  }

  /** Whether the public may see it: published, or withdrawn (its notice). */
  public boolean isPublic() {
    return status == PublicationStatus.PUBLISHED || status == PublicationStatus.WITHDRAWN;
  }

  /** What a withdrawn decision shows in place of its party and facts. */
  public static final String WITHDRAWN_TEXT = "（已撤回公示）";

  /**
   * What the public may still see of a withdrawn decision: its notice, number, body, dates and the
   * provisions cited; not the party, the facts, the case name or the amounts, which the withdrawal
   * took off public view.
   */
  public PenaltyDecision asWithdrawalNotice() {
    return new PenaltyDecision(
        id,
        documentNumber,
        normalizedDocumentNumber,
        null,
        new Party(party.kind(), WITHDRAWN_TEXT, null, null),
        WITHDRAWN_TEXT,
        violatedProvisions,
        penaltyProvisions,
        penaltyKinds,
        null,
        null,
        null,
        decisionDate,
        agencyId,
        regionCode,
        fieldCode,
        enforcementItemId,
        benchmarkTierId,
        publishedOn,
        publishUntil,
        provenance,
        status,
        term,
        withdrawal,
        null);
  }

  /** The fine, or zero when none was imposed: the value decisions are ordered by. */
  public BigDecimal fineOrZero() {
    return fineAmount == null ? BigDecimal.ZERO : fineAmount;
  }
}
