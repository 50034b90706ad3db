package org.zhifagongkai.api.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;
import org.zhifagongkai.api.identifier.CreditCode;
import org.zhifagongkai.api.support.Binds;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Writes decisions to the public record: publishing and withdrawing. Each call is one transaction,
 * and the search change log is written in it by the database's triggers.
 */
@Service
public class PublicationService {

  private final DatabaseClient database;
  private final TransactionalOperator transaction;
  private final PenaltyDecisionService decisions;

  PublicationService(
      DatabaseClient database,
      TransactionalOperator transaction,
      PenaltyDecisionService decisions) {
    this.database = database;
    this.transaction = transaction;
    this.decisions = decisions;
  }

  /** Publishes {@code draft}; emits the decision as published. */
  public Mono<PenaltyDecision> publish(NewDecision draft) {
    check(draft);
    DocumentNumber number = DocumentNumber.parse(draft.documentNumber());
    GenericExecuteSpec spec =
        database.sql(
            """
                insert into penalty_decision (document_number, document_number_key, case_name, document_prefix,
                  document_year, document_seq_first, document_seq_last, party_kind, party_name,
                  party_credit_code, party_legal_representative, facts, violated_provisions,
                  penalty_provisions, penalty_kinds, fine_amount, confiscation_amount, licence_actions,
                  decision_date, agency_id, region_code, field_code, enforcement_item_id,
                  benchmark_tier_id, published_on, publish_until, source_url, source_body)
                select :number, :key, :caseName, :prefix, :year, :first, :last, :partyKind, :partyName,
                  :creditCode, :representative, :facts, :violated, :penalty, :kinds, :fine,
                  :confiscation, :licence, :decided, a.id, a.region_code, :field, :item, :tier,
                  :published, :until, :url, :source
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
    spec = Binds.bind(spec, "creditCode", creditCode(draft.party()), String.class);
    spec = Binds.bind(spec, "representative", draft.party().legalRepresentative(), String.class);
    spec = spec.bind("facts", draft.facts());
    spec = spec.bind("violated", draft.violatedProvisions());
    spec = spec.bind("penalty", draft.penaltyProvisions());
    spec = spec.bind("kinds", draft.penaltyKinds().stream().map(Enum::name).toArray(String[]::new));
    spec = Binds.bind(spec, "fine", draft.fineAmount(), BigDecimal.class);
    spec = Binds.bind(spec, "confiscation", draft.confiscationAmount(), BigDecimal.class);
    spec = Binds.bind(spec, "licence", draft.licenceActions(), String.class);
    spec = spec.bind("decided", draft.decisionDate());
    spec = spec.bind("agency", draft.agencyId());
    spec = Binds.bind(spec, "field", draft.fieldCode(), String.class);
    spec = Binds.bind(spec, "item", draft.enforcementItemId(), Long.class);
    spec = Binds.bind(spec, "tier", draft.benchmarkTierId(), Long.class);
    spec = spec.bind("published", draft.publishedOn());
    spec = Binds.bind(spec, "until", draft.publishUntil(), LocalDate.class);
    spec = Binds.bind(spec, "url", draft.sourceUrl(), String.class);
    spec = spec.bind("source", draft.sourceBody());
    Mono<Long> insert =
        spec.map(row -> Rows.id(row, "id"))
            .one()
            .switchIfEmpty(
                Mono.error(
                    () -> PortalException.notFound("执法主体", "enforcement body", draft.agencyId())));
    Mono<Long> published =
        insert.flatMap(
            id ->
                cite(id, draft.violatedProvisionIds(), "VIOLATED")
                    .then(cite(id, draft.penaltyProvisionIds(), "PENALTY"))
                    .thenReturn(id));
    return transaction.transactional(published).flatMap(id -> decisions.decision(id.toString()));
  }

  /** Withdraws a published decision from listings and search, keeping it with its reason. */
  public Mono<PenaltyDecision> withdraw(long id, String reason) {
    if (reason.isBlank()) {
      throw new PortalException(
          ErrorCode.INVALID_TEXT, "撤回公示须说明理由", "A withdrawal needs its reason");
    }
    return database
        .sql(
            "update penalty_decision set withdrawn_at = now(), withdrawal_reason = :reason"
                + " where id = :id and withdrawn_at is null")
        .bind("reason", reason.strip())
        .bind("id", id)
        .fetch()
        .rowsUpdated()
        .flatMap(
            updated ->
                updated == 0
                    ? Mono.error(PortalException.notFound("公示中的行政处罚决定", "published decision", id))
                    : decisions.decision(Long.toString(id)));
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
    if (draft.penaltyKinds().isEmpty()) {
      throw new PortalException(
          ErrorCode.INVALID_TEXT,
          "处罚决定须至少载明一种处罚种类",
          "A decision imposes at least one penalty kind");
    }
    for (BigDecimal amount :
        java.util.Arrays.asList(draft.fineAmount(), draft.confiscationAmount())) {
      if (amount != null && amount.signum() < 0) {
        throw new PortalException(
            ErrorCode.INVALID_AMOUNT_RANGE,
            "金额不能为负：" + amount,
            "Amounts cannot be negative: " + amount);
      }
    }
  }

  /** Users' credit codes are checked in full: format and check character. */
  private static @Nullable String creditCode(PenaltyDecision.Party party) {
    if (party.creditCode() == null) {
      return null;
    }
    String code = CreditCode.normalize(party.creditCode());
    if (!CreditCode.hasValidCheckCharacter(code)) {
      throw new PortalException(
          ErrorCode.INVALID_CREDIT_CODE,
          "统一社会信用代码校验位错误：" + party.creditCode(),
          "The credit code's check character is wrong: " + party.creditCode());
    }
    return code;
  }
}
