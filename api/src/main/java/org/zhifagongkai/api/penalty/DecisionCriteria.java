package org.zhifagongkai.api.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.zhifagongkai.api.paging.SqlConditions;

/**
 * The conditions of a {@link PenaltyDecisionFilter}, checked and resolved: the one definition of
 * which decisions a filter selects, shared by the listing and by the statistics over it.
 *
 * @param regionCode the filter's region code, normalized; null for no region condition
 * @param regionPrefix the prefix its region and every region below it share
 */
public record DecisionCriteria(
    @Nullable String regionCode,
    @Nullable String regionPrefix,
    @Nullable Long agencyId,
    @Nullable String field,
    @Nullable PenaltyKind penaltyKind,
    @Nullable PartyKind partyKind,
    @Nullable String partyCreditCode,
    @Nullable Long enforcementItemId,
    @Nullable LocalDate decidedFrom,
    @Nullable LocalDate decidedTo,
    @Nullable BigDecimal fineAtLeast,
    @Nullable BigDecimal fineAtMost) {

  /** Withdrawn, ended and expired decisions keep their rows but leave every listing. */
  static final String PUBLISHED = "p.status = 'PUBLISHED'";

  /**
   * The where clause over {@code penalty_decision p}: published decisions meeting every condition
   * given. A new, unshared {@link SqlConditions} on each call, so a caller may add its own.
   */
  public SqlConditions where() {
    return new SqlConditions()
        .always(PUBLISHED)
        .whenPresent("p.region_code like :region || '%'", "region", regionPrefix)
        .whenPresent("p.agency_id = :agency", "agency", agencyId)
        .whenPresent("p.field_code = :field", "field", field)
        .whenPresent(
            "p.penalty_kinds @> array[:kind]::text[]",
            "kind",
            penaltyKind == null ? null : penaltyKind.name())
        .whenPresent(
            "p.party_kind = :partyKind", "partyKind", partyKind == null ? null : partyKind.name())
        .whenPresent("p.party_credit_code = :creditCode", "creditCode", partyCreditCode)
        .whenPresent("p.enforcement_item_id = :item", "item", enforcementItemId)
        .whenPresent("p.decision_date >= :from", "from", decidedFrom)
        .whenPresent("p.decision_date <= :to", "to", decidedTo)
        .whenPresent("p.fine_amount >= :fineMin", "fineMin", fineAtLeast)
        .whenPresent("p.fine_amount <= :fineMax", "fineMax", fineAtMost);
  }
}
