package org.zhifagongkai.api.penalty;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.zhifagongkai.api.field.FieldService;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;
import org.zhifagongkai.api.identifier.CreditCode;
import org.zhifagongkai.api.identifier.PersonalData;
import org.zhifagongkai.api.staff.Actor;
import org.zhifagongkai.api.staff.Staff;
import org.zhifagongkai.api.support.Binds;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Writes decisions to the public record: publishing, correcting, withdrawing and ending early. Each
 * call is one transaction that also appends the change to the decision's event log; the search
 * change log is written in it by the database's triggers. Staff act only on their own body's
 * decisions.
 */
@Service
public class PublicationService {

  /** Penalties after which SAMR 令45号 Art. 14 allows no early end of publication. */
  private static final EnumSet<PenaltyKind> NEVER_REPAIRED =
      EnumSet.of(
          PenaltyKind.ORDER_TO_SUSPEND_BUSINESS,
          PenaltyKind.BUSINESS_RESTRICTION,
          PenaltyKind.PRACTICE_RESTRICTION,
          PenaltyKind.QUALIFICATION_DOWNGRADE,
          PenaltyKind.LICENCE_REVOCATION);

  private final DatabaseClient database;
  private final TransactionalOperator transaction;
  private final PenaltyDecisionService decisions;
  private final PublicationTerms terms;
  private final DecisionEvents events;
  private final PublicationExpiry expiry;
  private final Clock clock;
  private final FieldService fields;

  PublicationService(
      DatabaseClient database,
      TransactionalOperator transaction,
      PenaltyDecisionService decisions,
      PublicationTerms terms,
      DecisionEvents events,
      PublicationExpiry expiry,
      Clock clock,
      FieldService fields) {
    this.expiry = expiry;
    this.fields = fields;
    this.database = database;
    this.transaction = transaction;
    this.decisions = decisions;
    this.terms = terms;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Publishes {@code draft} for its body as {@code staff}, today, with the term the rules fix;
   * emits the decision as published.
   */
  public Mono<PenaltyDecision> publish(Staff staff, NewDecision draft) {
    staff.requireAgency(draft.agencyId());
    if (draft.decisionDate().isAfter(draft.publishedOn())) {
      throw new PortalException(
          ErrorCode.INVALID_DATE_RANGE,
          "处罚决定日期 " + draft.decisionDate() + " 晚于公示日期 " + draft.publishedOn(),
          "The decision date "
              + draft.decisionDate()
              + " is after its publication "
              + draft.publishedOn());
    }
    return fields
        .requireCode(draft.fieldCode())
        .then(
            PublicationScope.refuseWarningOnly(
                database, draft.agencyId(), draft.fieldCode(), draft.penaltyKinds()))
        .then(Mono.defer(() -> insert(Actor.of(staff), draft, true)))
        .onErrorMap(
            DuplicateKeyException.class,
            duplicate ->
                new PortalException(
                    ErrorCode.DUPLICATE_DOCUMENT_NUMBER,
                    "本机关已公开文号为 " + draft.documentNumber().strip() + " 的处罚决定",
                    "This body already published a decision numbered "
                        + draft.documentNumber().strip()));
  }

  /**
   * Records a decision its body already published elsewhere, with the dates the source gives: an
   * import. Without a 公示截止期 in the source, the decision has no end date here either.
   */
  public Mono<PenaltyDecision> record(Actor importer, NewDecision draft) {
    return insert(importer, draft, false);
  }

  /**
   * Inserts a decision. From staff ({@code fromStaff}), the term is fixed by the rules and a credit
   * code must pass its check; from an import, the source's dates stand and a failing code is kept
   * and flagged, as official data may carry legally issued codes that fail.
   */
  private Mono<PenaltyDecision> insert(Actor actor, NewDecision given, boolean fromStaff) {
    check(given);
    if (fromStaff) {
      // Not for imports: a published record may name a fine without its amount, or an amount the
      // text's kinds were not read from; it is recorded as published and the daily check flags it.
      PenaltyAmounts.requireAgreement(
          given.penaltyKinds(), given.fineAmount(), given.confiscationAmount());
    }
    return Masking.offEventLoops(() -> Publishable.of(given))
        .flatMap(draft -> insertPublishable(actor, draft, fromStaff));
  }

  private Mono<PenaltyDecision> insertPublishable(
      Actor actor, NewDecision draft, boolean fromStaff) {
    DocumentNumber number = DocumentNumber.parse(draft.documentNumber());
    PublicationTerms.Fixed fixed =
        terms.fix(
            draft.party().kind(),
            draft.penaltyKinds(),
            draft.fineAmount(),
            draft.fieldCode(),
            draft.decisionDate(),
            draft.decisionDating().basis(),
            draft.publishedOn());
    LocalDate until =
        draft.publishUntil() != null || !fromStaff ? draft.publishUntil() : fixed.term().maxUntil();
    CheckedCode code = creditCode(draft.party(), fromStaff);
    GenericExecuteSpec spec =
        database.sql(
            """
                insert into penalty_decision (document_number, document_number_key, case_name, document_prefix,
                  document_year, document_seq_first, document_seq_last, party_kind, party_name,
                  party_credit_code, party_legal_representative, facts, violated_provisions,
                  penalty_provisions, penalty_kinds, fine_amount, confiscation_amount, licence_actions,
                  decision_date, agency_id, region_code, field_code, enforcement_item_id,
                  benchmark_tier_id, published_on, publish_until, source_url, source_body,
                  severity_class, publication_rule, min_publish_until, publication_due,
                  party_credit_code_valid, decision_date_basis, rejected_decision_date)
                select :number, :key, :caseName, :prefix, :year, :first, :last, :partyKind, :partyName,
                  :creditCode, :representative, :facts, :violated, :penalty, :kinds, :fine,
                  :confiscation, :licence, :decided, a.id, a.region_code, :field, :item, :tier,
                  :published, :until, :url, coalesce(:source, a.name), :severity, :rule, :minUntil, :due,
                  :codeValid, :dateBasis, :rejectedDate
                from agency a where a.id = :agency
                returning id
                """);
    spec = spec.bind("number", draft.documentNumber().strip());
    spec = spec.bind("key", number.key());
    spec = Binds.bind(spec, "caseName", draft.caseName(), String.class);
    spec = Binds.bind(spec, "prefix", number.prefix(), String.class);
    spec = Binds.bind(spec, "year", number.year(), Integer.class);
    spec = Binds.bind(spec, "first", number.firstSeq(), Integer.class);
    spec = Binds.bind(spec, "last", number.lastSeq(), Integer.class);
    spec = spec.bind("partyKind", draft.party().kind().name());
    spec = spec.bind("partyName", draft.party().name().strip());
    spec = Binds.bind(spec, "creditCode", code.code(), String.class);
    spec = Binds.bind(spec, "codeValid", code.valid(), Boolean.class);
    spec = Binds.bind(spec, "representative", draft.party().legalRepresentative(), String.class);
    spec = spec.bind("facts", draft.facts());
    spec = spec.bind("violated", draft.violatedProvisions());
    spec = spec.bind("penalty", draft.penaltyProvisions());
    spec = spec.bind("kinds", draft.penaltyKinds().stream().map(Enum::name).toArray(String[]::new));
    spec = Binds.bind(spec, "fine", draft.fineAmount(), BigDecimal.class);
    spec = Binds.bind(spec, "confiscation", draft.confiscationAmount(), BigDecimal.class);
    spec = Binds.bind(spec, "licence", draft.licenceActions(), String.class);
    spec = spec.bind("decided", draft.decisionDate());
    spec = spec.bind("dateBasis", draft.decisionDating().basis().name());
    spec = Binds.bind(spec, "rejectedDate", draft.decisionDating().rejectedDate(), LocalDate.class);
    spec = spec.bind("agency", draft.agencyId());
    spec = Binds.bind(spec, "field", draft.fieldCode(), String.class);
    spec = Binds.bind(spec, "item", draft.enforcementItemId(), Long.class);
    spec = Binds.bind(spec, "tier", draft.benchmarkTierId(), Long.class);
    spec = spec.bind("published", draft.publishedOn());
    spec = Binds.bind(spec, "until", until, LocalDate.class);
    spec = Binds.bind(spec, "url", draft.sourceUrl(), String.class);
    spec = Binds.bind(spec, "source", draft.sourceBody(), String.class);
    spec = spec.bind("severity", fixed.severity().name());
    spec = spec.bind("rule", fixed.term().rule());
    spec = spec.bind("minUntil", fixed.term().minUntil());
    spec = Binds.bind(spec, "due", fixed.publicationDue(), LocalDate.class);
    Mono<Void> numberFree = fromStaff ? numberFree(draft.agencyId(), number.key()) : Mono.empty();
    Mono<Long> insert =
        numberFree
            .then(spec.map(row -> Rows.id(row, "id")).one())
            .switchIfEmpty(
                Mono.error(
                    () -> PortalException.notFound("执法主体", "enforcement body", draft.agencyId())));
    Mono<Long> published =
        insert.flatMap(
            id ->
                cite(id, draft.violatedProvisionIds(), "VIOLATED")
                    .then(cite(id, draft.penaltyProvisionIds(), "PENALTY"))
                    .then(events.append(id, DecisionEvents.Kind.PUBLISHED, actor, null))
                    .then(expiry.expireIfEnded(id, until))
                    .thenReturn(id));
    return transaction.transactional(published).flatMap(decisions::anyStatus);
  }

  /**
   * Staff publish one decision per number (imports may hold several parties under one): checked
   * under a lock on the number held to the end of the transaction, so that two publications of it
   * cannot both pass.
   */
  private Mono<Void> numberFree(long agency, String key) {
    return database
        .sql("select pg_advisory_xact_lock(hashtext(:agency || '|' || :key))")
        .bind("agency", Long.toString(agency))
        .bind("key", key)
        .then()
        .then(
            database
                .sql(
                    "select exists (select 1 from penalty_decision"
                        + " where agency_id = :agency and document_number_key = :key) as taken")
                .bind("agency", agency)
                .bind("key", key)
                .map(row -> Boolean.TRUE.equals(row.get("taken", Boolean.class)))
                .one())
        .flatMap(
            taken ->
                taken
                    ? Mono.error(new DuplicateKeyException("this body already published " + key))
                    : Mono.empty());
  }

  /**
   * Withdraws a published decision of {@code staff}'s body: it leaves listings and search, and its
   * notice states the kind and reason. {@code causeOn} is the day of the act that required it, from
   * which the law allows three working days.
   */
  public Mono<PenaltyDecision> withdraw(
      Staff staff, long id, WithdrawalKind kind, String reason, LocalDate causeOn) {
    String why = PortalException.requireText(reason, "撤回公示须说明理由", "A withdrawal needs its reason");
    DecisionLimits.text(why, DecisionLimits.REASON, "撤回理由", "The reason");
    LocalDate today = today();
    if (causeOn.isAfter(today)) {
      throw new PortalException(
          ErrorCode.INVALID_DATE_RANGE,
          "撤回事由发生日 " + causeOn + " 晚于今天",
          "The withdrawal's cause " + causeOn + " lies in the future");
    }
    Mono<PenaltyDecision> withdrawn =
        published(staff, id)
            .flatMap(found -> events.earlierTexts(id).map(earlier -> Map.entry(found, earlier)))
            .flatMap(
                known -> {
                  PenaltyDecision decision = known.getKey();
                  // The notice is published (and kept in the change feed): it says no more of
                  // people than the decision itself, or any earlier version of it, may.
                  String notice = PublishedReasons.withdrawal(why, decision, known.getValue());
                  GenericExecuteSpec update =
                      database
                          .sql(
                              "update penalty_decision set status = 'WITHDRAWN', withdrawn_at = now(),"
                                  + " withdrawal_reason = :reason, withdrawal_kind = :kind,"
                                  + " withdrawal_cause_on = :cause, withdrawal_due = :due,"
                                  + " removed_on = :today where id = :id")
                          .bind("reason", notice)
                          .bind("kind", kind.name())
                          .bind("cause", causeOn)
                          .bind("today", today)
                          .bind("id", id);
                  return Binds.bind(update, "due", terms.withdrawalDue(causeOn), LocalDate.class)
                      .then()
                      .then(
                          events.append(
                              id,
                              DecisionEvents.Kind.WITHDRAWN,
                              Actor.of(staff),
                              kind.label() + "：" + notice));
                })
            .then(decisions.anyStatus(id));
    return transaction.transactional(withdrawn);
  }

  /**
   * Ends the publication of a decision of {@code staff}'s body before its term, after the party's
   * credit repair (信用修复): allowed once the minimum term has passed, and never for the penalties
   * SAMR 令45号 Art. 14 excludes.
   */
  public Mono<PenaltyDecision> endEarly(Staff staff, long id, String reason) {
    String why =
        PortalException.requireText(reason, "提前停止公示须说明理由", "Ending early needs its reason");
    DecisionLimits.text(why, DecisionLimits.REASON, "停止公示理由", "The reason");
    LocalDate today = today();
    Mono<PenaltyDecision> ended =
        published(staff, id)
            .flatMap(
                decision -> {
                  checkRepairable(decision, today);
                  return database
                      .sql(
                          "update penalty_decision set status = 'ENDED_EARLY', removed_on = :today"
                              + " where id = :id")
                      .bind("today", today)
                      .bind("id", id)
                      .then()
                      .then(
                          events.append(
                              id,
                              DecisionEvents.Kind.ENDED_EARLY,
                              Actor.of(staff),
                              PublishedReasons.withdrawal(why, decision, "")))
                      .then(decisions.anyStatus(id));
                });
    return transaction.transactional(ended);
  }

  private static void checkRepairable(PenaltyDecision decision, LocalDate today) {
    if (decision.penaltyKinds().stream().anyMatch(NEVER_REPAIRED::contains)) {
      throw new PortalException(
          ErrorCode.INVALID_TRANSITION,
          "该处罚（" + decision.penaltyKinds() + "）依法不得提前停止公示",
          "The law allows no early end for these penalties: " + decision.penaltyKinds());
    }
    LocalDate minUntil = decision.term().minPublishUntil();
    if (minUntil != null && !today.isAfter(minUntil)) {
      throw new PortalException(
          ErrorCode.INVALID_TRANSITION,
          "最短公示期至 " + minUntil + " 届满，届满前不得提前停止公示",
          "The minimum term runs until " + minUntil + "; publication cannot end before");
    }
  }

  /**
   * The decision, locked for the change, when {@code staff} may act on it and it is published;
   * NOT_FOUND, FORBIDDEN or INVALID_TRANSITION otherwise.
   */
  Mono<PenaltyDecision> published(Staff staff, long id) {
    return database
        .sql("select agency_id, status from penalty_decision where id = :id for update")
        .bind("id", id)
        .map(row -> Map.entry(Rows.id(row, "agency_id"), Rows.text(row, "status")))
        .one()
        // Another body's decision off public view is as unknown to its staff as to the public:
        // refusing it would name the body whose decision ended early or expired.
        .filter(found -> staff.actsFor(found.getKey()) || isPublic(found.getValue()))
        .switchIfEmpty(Mono.error(() -> PortalException.notFound("行政处罚决定", "penalty decision", id)))
        .flatMap(
            found -> {
              staff.requireAgency(found.getKey());
              if (!found.getValue().equals(PublicationStatus.PUBLISHED.name())) {
                return Mono.error(
                    new PortalException(
                        ErrorCode.INVALID_TRANSITION,
                        "行政处罚决定 " + id + " 已不在公示中",
                        "Penalty decision " + id + " is no longer published"));
              }
              return decisions.anyStatus(id);
            });
  }

  private static boolean isPublic(String status) {
    return status.equals(PublicationStatus.PUBLISHED.name())
        || status.equals(PublicationStatus.WITHDRAWN.name());
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private Mono<Void> cite(long decisionId, List<Long> provisionIds, String role) {
    return Flux.fromIterable(provisionIds)
        .concatMap(
            provision ->
                database
                    .sql(
                        "insert into penalty_decision_provision (decision_id, provision_id, role)"
                            + " values (:decision, :provision, :role)")
                    .bind("decision", decisionId)
                    .bind("provision", provision)
                    .bind("role", role)
                    .then())
        .then();
  }

  private static void check(NewDecision draft) {
    if (draft.documentNumber().isBlank() || draft.party().name().isBlank()) {
      throw new PortalException(
          ErrorCode.INVALID_TEXT, "文号和当事人名称不能为空", "A decision needs its document number and party");
    }
    DecisionLimits.texts(draft);
    Publishable.checkPenalties(
        draft.penaltyKinds(), draft.fineAmount(), draft.confiscationAmount());
    PublicationScope.refuseWarningOnly(draft.fieldCode(), draft.penaltyKinds());
  }

  /** A party's credit code as stored, and whether its check passed; both null without a code. */
  private record CheckedCode(@Nullable String code, @Nullable Boolean valid) {}

  /**
   * Users' credit codes are checked in full: format and check character. Imported ones are kept
   * when well-formed, with the outcome of the check; a malformed one is dropped and flagged.
   */
  private static CheckedCode creditCode(PenaltyDecision.Party party, boolean strict) {
    if (party.creditCode() == null) {
      return new CheckedCode(null, null);
    }
    if (!strict) {
      String canonical = party.creditCode().replaceAll("[\\s\\u3000]", "").toUpperCase(Locale.ROOT);
      // A source that puts a person's ID in the code's column, whole or half-masked, publishes a
      // person's number: it is no code, and no part of it is published.
      boolean personal =
          !CreditCode.hasValidCheckCharacter(canonical)
              && (canonical.contains("*") || !PersonalData.find(canonical).isEmpty());
      boolean wellFormed = canonical.length() == 18 && !personal;
      return new CheckedCode(
          wellFormed ? canonical : null,
          wellFormed && CreditCode.hasValidCheckCharacter(canonical));
    }
    String code = CreditCode.normalize(party.creditCode());
    if (!CreditCode.hasValidCheckCharacter(code)) {
      throw new PortalException(
          ErrorCode.INVALID_CREDIT_CODE,
          "统一社会信用代码校验位错误：" + party.creditCode(),
          "The credit code's check character is wrong: " + party.creditCode());
    }
    return new CheckedCode(code, true);
  }
}
