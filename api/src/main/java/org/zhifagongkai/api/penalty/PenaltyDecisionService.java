package org.zhifagongkai.api.penalty;

import java.math.BigDecimal;
import java.util.Collection;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.zhifagongkai.api.field.FieldService;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;
import org.zhifagongkai.api.identifier.CreditCode;
import org.zhifagongkai.api.paging.Connection;
import org.zhifagongkai.api.paging.PageRequest;
import org.zhifagongkai.api.region.RegionCodes;
import org.zhifagongkai.api.region.RegionService;
import org.zhifagongkai.api.support.Ids;
import org.zhifagongkai.api.support.Lookups;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reads published penalty decisions. */
@Service
public class PenaltyDecisionService {

  static final String KIND_ZH = "行政处罚决定";
  static final String KIND_EN = "penalty decision";
  private static final int MAX_DOCUMENT_NUMBER_LENGTH = 100;

  private final PenaltyDecisionRepository decisions;
  private final RegionService regions;
  private final FieldService fields;

  PenaltyDecisionService(
      PenaltyDecisionRepository decisions, RegionService regions, FieldService fields) {
    this.decisions = decisions;
    this.regions = regions;
    this.fields = fields;
  }

  /**
   * A decision the public may see: published, or withdrawn (its notice). One whose term ended or
   * that was ended early is NOT_FOUND, as the law takes it off public view, with the very answer an
   * id no decision has gets: a different one would tell that a decision was ended early (a credit
   * repair) or expired.
   */
  public Mono<PenaltyDecision> decision(String id) {
    return Lookups.one(id, KIND_ZH, KIND_EN, decisions::findByIds)
        .filter(PenaltyDecision::isPublic)
        .map(d -> d.status() == PublicationStatus.WITHDRAWN ? d.asWithdrawalNotice() : d)
        .switchIfEmpty(Mono.error(() -> PortalException.notFound(KIND_ZH, KIND_EN, id)));
  }

  /** A decision whatever its status, for the staff who change it. */
  Mono<PenaltyDecision> anyStatus(long id) {
    return decisions.findByIds(java.util.List.of(id)).next();
  }

  public Flux<PenaltyDecision> byDocumentNumber(String documentNumber) {
    if (documentNumber.isBlank() || documentNumber.length() > MAX_DOCUMENT_NUMBER_LENGTH) {
      throw new PortalException(
          ErrorCode.INVALID_TEXT,
          "文号不能为空，且不超过 " + MAX_DOCUMENT_NUMBER_LENGTH + " 个字符",
          "A document number is 1 to " + MAX_DOCUMENT_NUMBER_LENGTH + " characters long");
    }
    return decisions.findByDocumentNumber(DocumentNumber.parse(documentNumber));
  }

  public Mono<Connection<PenaltyDecision>> decisions(
      @Nullable PenaltyDecisionFilter filter,
      @Nullable PenaltyDecisionOrder order,
      PageRequest request) {
    return criteria(filter)
        .flatMap(
            criteria ->
                decisions.page(
                    criteria, order == null ? PenaltyDecisionOrder.DEFAULT : order, request));
  }

  /**
   * The filter checked and resolved into the conditions it stands for: INVALID_DATE_RANGE,
   * INVALID_AMOUNT_RANGE, INVALID_REGION_CODE, INVALID_FIELD, INVALID_CREDIT_CODE or NOT_FOUND (a
   * malformed id) when it cannot select anything meaningful. Null selects every published decision.
   */
  public Mono<DecisionCriteria> criteria(@Nullable PenaltyDecisionFilter filter) {
    PenaltyDecisionFilter given = filter == null ? PenaltyDecisionFilter.NONE : filter;
    checkRanges(given);
    Long agencyId = Ids.parseOptional(given.agencyId(), "执法主体", "enforcement body");
    Long itemId = Ids.parseOptional(given.enforcementItemId(), "执法事项", "enforcement item");
    String creditCode =
        given.partyCreditCode() == null ? null : CreditCode.normalize(given.partyCreditCode());
    return Mono.zip(regions.descendantPrefix(given.regionCode()), fields.requireCode(given.field()))
        .map(
            resolved ->
                new DecisionCriteria(
                    RegionCodes.normalizeOptional(given.regionCode()),
                    resolved.getT1().orElse(null),
                    agencyId,
                    resolved.getT2().orElse(null),
                    given.penaltyKind(),
                    given.partyKind(),
                    creditCode,
                    itemId,
                    given.decidedFrom(),
                    given.decidedTo(),
                    given.fineAtLeast(),
                    given.fineAtMost()));
  }

  private static void checkRanges(PenaltyDecisionFilter filter) {
    if (filter.decidedFrom() != null
        && filter.decidedTo() != null
        && filter.decidedFrom().isAfter(filter.decidedTo())) {
      throw new PortalException(
          ErrorCode.INVALID_DATE_RANGE,
          "日期范围的起点 " + filter.decidedFrom() + " 晚于终点 " + filter.decidedTo(),
          "decidedFrom " + filter.decidedFrom() + " is after decidedTo " + filter.decidedTo());
    }
    BigDecimal min = filter.fineAtLeast();
    BigDecimal max = filter.fineAtMost();
    // The bounds are amounts as a decision holds them: a fraction of a fen or a 15th integer digit
    // could select only what the stored, rounded amounts never are.
    DecisionLimits.amounts(min, max);
    if (min != null && max != null && min.compareTo(max) > 0) {
      throw new PortalException(
          ErrorCode.INVALID_AMOUNT_RANGE,
          "罚款金额范围无效：下限 " + min + "，上限 " + max + "（不得为负，下限不得高于上限）",
          "Invalid fine range: at least "
              + min
              + ", at most "
              + max
              + " (no negative amounts, and the least may not exceed the most)");
    }
  }

  public Flux<PenaltyDecision> byIds(Collection<Long> ids) {
    return decisions.findByIds(ids);
  }
}
