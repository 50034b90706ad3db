package org.zhifagongkai.api.penalty;

import graphql.GraphQLContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import org.zhifagongkai.api.agency.Agency;
import org.zhifagongkai.api.staff.Staff;
import org.zhifagongkai.api.staff.StaffAuthentication;
import org.zhifagongkai.api.support.Ids;
import reactor.core.publisher.Mono;

/** The publishing workflow for staff of enforcement bodies, and each body's publication record. */
@Controller
class PublicationController {

  private final PublicationService publication;
  private final Corrections corrections;
  private final PublicationRecords records;
  private final DecisionEvents events;
  private final Clock clock;

  PublicationController(
      PublicationService publication,
      Corrections corrections,
      PublicationRecords records,
      DecisionEvents events,
      Clock clock) {
    this.publication = publication;
    this.corrections = corrections;
    this.records = records;
    this.events = events;
    this.clock = clock;
  }

  /** The decision as submitted in the API. */
  record PublishInput(
      String agencyId,
      String documentNumber,
      @Nullable String caseName,
      PenaltyDecision.Party party,
      String facts,
      String violatedProvisions,
      String penaltyProvisions,
      List<PenaltyKind> penaltyKinds,
      @Nullable BigDecimal fineAmount,
      @Nullable BigDecimal confiscationAmount,
      @Nullable String licenceActions,
      LocalDate decisionDate,
      @Nullable String field) {}

  record WithdrawInput(WithdrawalKind kind, String reason, LocalDate causeOn) {}

  @MutationMapping
  Mono<PenaltyDecision> publishPenaltyDecision(
      @Argument PublishInput input, GraphQLContext context) {
    Staff staff = StaffAuthentication.current(context);
    long agencyId = Ids.parse(input.agencyId(), "执法主体", "enforcement body");
    NewDecision draft =
        new NewDecision(
            input.documentNumber(),
            input.caseName(),
            input.party(),
            input.facts(),
            input.violatedProvisions(),
            input.penaltyProvisions(),
            input.penaltyKinds(),
            input.fineAmount(),
            input.confiscationAmount(),
            input.licenceActions(),
            input.decisionDate(),
            DecisionDating.STATED,
            agencyId,
            input.field(),
            null,
            null,
            List.of(),
            List.of(),
            LocalDate.now(clock),
            null,
            null,
            null);
    return publication.publish(staff, draft);
  }

  @MutationMapping
  Mono<PenaltyDecision> withdrawPenaltyDecision(
      @Argument String id, @Argument WithdrawInput input, GraphQLContext context) {
    return publication.withdraw(
        StaffAuthentication.current(context),
        decisionId(id),
        input.kind(),
        input.reason(),
        input.causeOn());
  }

  @MutationMapping
  Mono<PenaltyDecision> correctPenaltyDecision(
      @Argument String id, @Argument Correction input, GraphQLContext context) {
    return corrections.correct(StaffAuthentication.current(context), decisionId(id), input);
  }

  @MutationMapping
  Mono<PenaltyDecision> endPenaltyDecisionPublication(
      @Argument String id, @Argument String reason, GraphQLContext context) {
    return publication.endEarly(StaffAuthentication.current(context), decisionId(id), reason);
  }

  private static long decisionId(String id) {
    return Ids.parse(id, PenaltyDecisionService.KIND_ZH, PenaltyDecisionService.KIND_EN);
  }

  @BatchMapping
  Mono<Map<PenaltyDecision, List<PublicationEvent>>> history(
      Collection<PenaltyDecision> decisions) {
    Map<Long, PenaltyDecision> byId = new java.util.HashMap<>();
    decisions.forEach(d -> byId.put(d.id(), d));
    return events
        .of(byId.keySet())
        .collectMultimap(e -> byId.get(e.getKey()), Map.Entry::getValue)
        .map(
            found -> {
              Map<PenaltyDecision, List<PublicationEvent>> history =
                  new java.util.LinkedHashMap<>();
              for (PenaltyDecision decision : decisions) {
                history.put(decision, List.copyOf(found.getOrDefault(decision, List.of())));
              }
              return history;
            });
  }

  @BatchMapping(typeName = "Agency")
  Mono<Map<Agency, PublicationRecord>> publicationRecord(Collection<Agency> agencies) {
    return records.of(agencies);
  }
}
