package org.zhifagongkai.api.penalty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.zhifagongkai.api.graphql.ErrorCode;
import org.zhifagongkai.api.graphql.PortalException;
import org.zhifagongkai.api.staff.Actor;
import org.zhifagongkai.api.staff.Staff;
import org.zhifagongkai.api.support.Binds;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Mono;

/**
 * Changes to a published decision's content: corrections by its body's staff, and re-imports of a
 * record a source published again. Each change keeps every changed part before and after in the
 * event log; a change of the penalties re-fixes the severity class and term, and a term that has
 * then already ended takes the decision off view at once, as expiry would.
 */
@Service
public class Corrections {

  private final DatabaseClient database;
  private final TransactionalOperator transaction;
  private final PublicationService publication;
  private final PenaltyDecisionService decisions;
  private final PublicationTerms terms;
  private final DecisionEvents events;
  private final PublicationExpiry expiry;

  Corrections(
      DatabaseClient database,
      TransactionalOperator transaction,
      PublicationService publication,
      PenaltyDecisionService decisions,
      PublicationTerms terms,
      DecisionEvents events,
      PublicationExpiry expiry) {
    this.database = database;
    this.transaction = transaction;
    this.publication = publication;
    this.decisions = decisions;
    this.terms = terms;
    this.events = events;
    this.expiry = expiry;
  }

  /** Corrects a published decision of {@code staff}'s body; INVALID_TEXT if it changes nothing. */
  public Mono<PenaltyDecision> correct(Staff staff, long id, Correction correction) {
    String why =
        PortalException.requireText(
            correction.reason(), "更正须说明理由", "A correction needs its reason");
    DecisionLimits.texts(correction);
    Mono<PenaltyDecision> corrected =
        publication
            .published(staff, id)
            .flatMap(found -> events.earlierTexts(id).map(earlier -> Map.entry(found, earlier)))
            .publishOn(Masking.SCHEDULER)
            .flatMap(
                known -> {
                  PenaltyDecision before = known.getKey();
                  Publishable.refuseMinors(
                      before.party(),
                      before.decisionDate(),
                      correction.caseName(),
                      correction.facts(),
                      correction.licenceActions());
                  PenaltyDecision after = corrected(before, correction, null);
                  if (correction.penaltyKinds() != null
                      || correction.fineAmount() != null
                      || correction.confiscationAmount() != null) {
                    PenaltyAmounts.requireAgreement(
                        after.penaltyKinds(), after.fineAmount(), after.confiscationAmount());
                  }
                  List<String[]> changes = changes(before, after);
                  if (changes.isEmpty()) {
                    return Mono.error(
                        new PortalException(
                            ErrorCode.INVALID_TEXT, "更正未改变任何内容", "The correction changes nothing"));
                  }
                  // The reason is published in the decision's history: masked as its texts are.
                  String reason = PublishedReasons.correction(why, before, after, known.getValue());
                  return PublicationScope.refuseWarningOnly(
                          database, after.agencyId(), after.fieldCode(), after.penaltyKinds())
                      .then(
                          Mono.defer(() -> apply(Actor.of(staff), before, after, changes, reason)));
                });
    return transaction.transactional(corrected);
  }

  /** What an import did with one record: created it, or found it and applied what changed. */
  public record Imported(PenaltyDecision decision, boolean created, List<String> changedParts) {}

  /**
   * Records an imported decision, or, when its body already published the number from the same
   * source record (same address, or same party where the source gives none), updates it with what
   * changed. The same number for another party is another decision (one number may name several
   * parties); for the same party from another record, a duplicate, refused as such.
   */
  public Mono<Imported> importRecord(Actor importer, NewDecision draft) {
    DocumentNumber number = DocumentNumber.parse(draft.documentNumber());
    Mono<Imported> imported =
        database
            .sql(
                "select id, source_url, party_name from penalty_decision"
                    + " where agency_id = :agency and document_number_key = :key for update")
            .bind("agency", draft.agencyId())
            .bind("key", number.key())
            .map(
                row ->
                    new Existing(
                        Rows.id(row, "id"),
                        Rows.optionalText(row, "source_url"),
                        Rows.text(row, "party_name")))
            .all()
            .collectList()
            .publishOn(Masking.SCHEDULER)
            .flatMap(existing -> importRecord(importer, existing, draft));
    return transaction.transactional(imported);
  }

  private Mono<Imported> importRecord(Actor importer, List<Existing> existing, NewDecision draft) {
    if (existing.isEmpty()) {
      return created(importer, draft);
    }
    String published = Publishable.publishedName(draft);
    for (Existing one : existing) {
      boolean sameRecord =
          draft.sourceUrl() != null
              ? draft.sourceUrl().equals(one.sourceUrl())
              : one.sourceUrl() == null && one.isFor(draft, published);
      if (sameRecord) {
        return reimport(importer, one, draft);
      }
    }
    if (existing.stream().anyMatch(one -> one.isFor(draft, published))) {
      return Mono.error(
          new DuplicateKeyException(
              "this body already published this number for this party from another record"));
    }
    return created(importer, draft);
  }

  private Mono<Imported> created(Actor importer, NewDecision draft) {
    return publication.record(importer, draft).map(d -> new Imported(d, true, List.of()));
  }

  private record Existing(long id, @Nullable String sourceUrl, String partyName) {

    /** Whether this record's party is the draft's, as given or as published. */
    boolean isFor(NewDecision draft, String published) {
      return partyName.equals(draft.party().name().strip()) || partyName.equals(published);
    }
  }

  private Mono<Imported> reimport(Actor importer, Existing existing, NewDecision draft) {
    String party = draft.party().name().strip();
    Correction update =
        new Correction(
            draft.caseName(),
            draft.facts(),
            draft.penaltyKinds(),
            draft.fineAmount(),
            draft.confiscationAmount(),
            draft.licenceActions(),
            "重新导入");
    return decisions
        .anyStatus(existing.id())
        .flatMap(
            before -> {
              PenaltyDecision after = corrected(before, update, party);
              List<String[]> changes = changes(before, after);
              Mono<PenaltyDecision> applied =
                  changes.isEmpty()
                      ? Mono.just(before)
                      : apply(importer, before, after, changes, "重新导入：来源记录内容有变化");
              return applied.map(
                  d -> new Imported(d, false, changes.stream().map(c -> c[0]).toList()));
            });
  }

  /** Writes the corrected parts and their event; the caller holds the transaction. */
  private Mono<PenaltyDecision> apply(
      Actor actor,
      PenaltyDecision before,
      PenaltyDecision after,
      List<String[]> changes,
      String why) {
    long id = before.id();
    PublicationTerms.Fixed fixed =
        terms.fix(
            after.party().kind(),
            after.penaltyKinds(),
            after.fineAmount(),
            after.fieldCode(),
            after.decisionDate(),
            after.decisionDateBasis(),
            after.publishedOn() == null ? after.decisionDate() : after.publishedOn());
    GenericExecuteSpec update =
        database
            .sql(
                "update penalty_decision set case_name = :caseName, facts = :facts,"
                    + " penalty_kinds = :kinds, fine_amount = :fine,"
                    + " confiscation_amount = :confiscation, licence_actions = :licence,"
                    + " severity_class = :severity, publication_rule = :rule,"
                    + " min_publish_until = :minUntil, publish_until = :until"
                    + " where id = :id")
            .bind("id", id)
            .bind("facts", after.facts())
            .bind("kinds", after.penaltyKinds().stream().map(Enum::name).toArray(String[]::new))
            .bind("severity", fixed.severity().name())
            .bind("rule", fixed.term().rule())
            .bind("minUntil", fixed.term().minUntil());
    update = Binds.bind(update, "caseName", after.caseName(), String.class);
    update = Binds.bind(update, "fine", after.fineAmount(), BigDecimal.class);
    update = Binds.bind(update, "confiscation", after.confiscationAmount(), BigDecimal.class);
    update = Binds.bind(update, "licence", after.licenceActions(), String.class);
    // A term fixed by the rules follows the new penalties; a source's own end date stays.
    LocalDate until =
        before.publishUntil() == null || before.term().rule() == null
            ? before.publishUntil()
            : fixed.term().maxUntil();
    update = Binds.bind(update, "until", until, LocalDate.class);
    // A shorter term may already have ended (an old decision corrected to a lower fine): it is
    // taken off view now, with its EXPIRED event, not shown until the night's run.
    return update
        .then()
        .then(events.appendCorrection(id, actor, why, changes))
        .then(expiry.expireIfEnded(id, until))
        .then(decisions.anyStatus(id));
  }

  /**
   * {@code d} with the parts {@code c} gives, their texts made publishable as a publication's are;
   * {@code fullName} is the party's name as the source gives it, where known.
   */
  private static PenaltyDecision corrected(
      PenaltyDecision d, Correction c, @Nullable String fullName) {
    Publishable.checkPenalties(c.penaltyKinds(), c.fineAmount(), c.confiscationAmount());
    Set<String> described =
        Publishable.named(d.party(), c.facts(), c.caseName(), c.licenceActions());
    UnaryOperator<String> text = t -> Publishable.publishedText(t, d.party(), fullName, described);
    List<PenaltyKind> kinds =
        c.penaltyKinds() == null ? d.penaltyKinds() : List.copyOf(c.penaltyKinds());
    if (c.penaltyKinds() != null) {
      PublicationScope.refuseWarningOnly(d.fieldCode(), kinds);
    }
    // An amount goes with its kind: penalties without FINE (or without a confiscation) drop the
    // stored fine (or amount confiscated) unless the change states one (refused from staff).
    return new PenaltyDecision(
        d.id(),
        d.documentNumber(),
        d.normalizedDocumentNumber(),
        c.caseName() == null ? d.caseName() : text.apply(c.caseName()),
        d.party(),
        c.facts() == null ? d.facts() : text.apply(c.facts()),
        d.violatedProvisions(),
        d.penaltyProvisions(),
        kinds,
        c.fineAmount() != null || !kinds.contains(PenaltyKind.FINE)
            ? c.fineAmount()
            : d.fineAmount(),
        c.confiscationAmount() != null || !PenaltyAmounts.confiscates(kinds)
            ? c.confiscationAmount()
            : d.confiscationAmount(),
        c.licenceActions() == null ? d.licenceActions() : text.apply(c.licenceActions()),
        d.decisionDate(),
        d.agencyId(),
        d.regionCode(),
        d.fieldCode(),
        d.enforcementItemId(),
        d.benchmarkTierId(),
        d.publishedOn(),
        d.publishUntil(),
        d.provenance(),
        d.status(),
        d.term(),
        d.withdrawal(),
        d.partyCreditCodeValid());
  }

  /** The parts that differ: name, before, after. */
  private static List<String[]> changes(PenaltyDecision before, PenaltyDecision after) {
    List<String[]> changes = new ArrayList<>();
    change(changes, "caseName", before.caseName(), after.caseName());
    change(changes, "facts", before.facts(), after.facts());
    change(changes, "penaltyKinds", before.penaltyKinds(), after.penaltyKinds());
    change(changes, "fineAmount", plain(before.fineAmount()), plain(after.fineAmount()));
    change(
        changes,
        "confiscationAmount",
        plain(before.confiscationAmount()),
        plain(after.confiscationAmount()));
    change(changes, "licenceActions", before.licenceActions(), after.licenceActions());
    return changes;
  }

  private static @Nullable String plain(@Nullable BigDecimal amount) {
    return amount == null ? null : amount.stripTrailingZeros().toPlainString();
  }

  private static void change(
      List<String[]> changes, String part, @Nullable Object before, @Nullable Object after) {
    if (!Objects.equals(before, after)) {
      changes.add(
          new String[] {
            part, before == null ? null : before.toString(), after == null ? null : after.toString()
          });
    }
  }
}
