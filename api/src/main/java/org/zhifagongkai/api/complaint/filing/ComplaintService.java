package org.zhifagongkai.api.complaint.filing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.zhifagongkai.api.complaint.ComplaintDeadlines;
import org.zhifagongkai.api.complaint.ComplaintEvents;
import org.zhifagongkai.api.complaint.ComplaintPolicy;
import org.zhifagongkai.api.complaint.ComplaintReads;
import org.zhifagongkai.api.complaint.ComplaintStatus;
import org.zhifagongkai.api.complaint.ComplaintText;
import org.zhifagongkai.api.complaint.Viewer;
import org.zhifagongkai.api.complaint.hotline.HotlineOutbox;
import org.zhifagongkai.api.complaint.routing.Dispatches;
import org.zhifagongkai.api.complaint.routing.Routing;
import org.zhifagongkai.api.support.Binds;
import org.zhifagongkai.api.support.Ids;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Mono;

/**
 * Files complaints. Input is checked before anything is stored; a matter for another channel is
 * answered with its route; a duplicate of an open order joins it. Otherwise one transaction stores
 * the complaint, dispatches it by the 派单目录, records the rule that fired and queues the 12345 copy,
 * so that what is acknowledged is complete.
 */
@Service
public class ComplaintService {

  private final DatabaseClient database;
  private final TransactionalOperator transaction;
  private final Routing routing;
  private final ComplaintDeadlines deadlines;
  private final ComplaintEvents events;
  private final HotlineOutbox hotline;
  private final ComplaintReads reads;
  private final RoutingFacts routingFacts;
  private final ComplaintPolicy policy;
  private final Dispatches dispatches;
  private final EarlierFilings earlier;
  private final Clock clock;

  ComplaintService(
      DatabaseClient database,
      TransactionalOperator transaction,
      Routing routing,
      ComplaintDeadlines deadlines,
      ComplaintEvents events,
      HotlineOutbox hotline,
      ComplaintReads reads,
      RoutingFacts routingFacts,
      ComplaintPolicy policy,
      Dispatches dispatches,
      EarlierFilings earlier,
      Clock clock) {
    this.database = database;
    this.transaction = transaction;
    this.routing = routing;
    this.deadlines = deadlines;
    this.events = events;
    this.hotline = hotline;
    this.reads = reads;
    this.routingFacts = routingFacts;
    this.policy = policy;
    this.dispatches = dispatches;
    this.earlier = earlier;
    this.clock = clock;
  }

  /** A complaint checked and cleaned, with what routing needs. */
  private record Checked(
      String name,
      String creditCode,
      String contactName,
      String contactPhone,
      String description,
      NewComplaint given,
      long agencyId,
      @Nullable Long decisionId,
      @Nullable Long itemId) {}

  public Mono<Filing> file(NewComplaint given) {
    Checked checked = check(given);
    Optional<OtherChannels.Redirect> redirect =
        OtherChannels.of(
            checked.description(), Boolean.TRUE.equals(given.inReconsiderationOrLitigation()));
    if (redirect.isPresent()) {
      return Mono.just(Filing.redirected(redirect.get()));
    }
    @Nullable String key = given.filingKey() == null ? null : FilingKeys.checked(given.filingKey());
    LocalDate today = LocalDate.now(clock);
    return routingFacts
        .of(
            checked.creditCode(),
            given.regionCode(),
            checked.agencyId(),
            checked.decisionId(),
            checked.itemId(),
            given.field(),
            given.category())
        .flatMap(
            facts -> {
              Mono<EarlierFilings.Stored> stored =
                  lock(checked)
                      .then(
                          key == null
                              ? fresh(checked, facts, today, null)
                              : earlier
                                  .under(key, fingerprint(checked))
                                  .switchIfEmpty(
                                      Mono.defer(() -> fresh(checked, facts, today, key))));
              return transaction
                  .transactional(stored)
                  .onErrorMap(FilingKeys::takenMeanwhile, taken -> FilingKeys.reused())
                  .flatMap(
                      s ->
                          reads
                              .byId(s.id())
                              .map(
                                  c ->
                                      new Filing(
                                          c.trackingNumber(),
                                          s.accessCode(),
                                          c.seenAs(Viewer.FILER),
                                          null)));
            });
  }

  private Mono<EarlierFilings.Stored> fresh(
      Checked checked, Routing.Facts facts, LocalDate today, @Nullable String key) {
    String accessCode = AccessCodes.accessCode();
    // A repeat is dispatched like any other filing: whoever files it learns nothing of the order
    // it repeats, since an answer that differed would tell the body complained about, filing its
    // text under a suspect's code and phone, who filed it.
    return duplicateOf(checked, today)
        .map(Optional::of)
        .defaultIfEmpty(Optional.empty())
        .flatMap(
            original ->
                dispatch(checked, facts, accessCode, today, key)
                    .flatMap(id -> toldToHandler(id, original)))
        .map(id -> new EarlierFilings.Stored(id, accessCode));
  }

  private Checked check(NewComplaint given) {
    String code = RoutingFacts.checkedCreditCode(given.creditCode());
    return new Checked(
        ComplaintText.plain(given.enterpriseName(), 2, 100, "企业名称", "The enterprise name"),
        code,
        ComplaintText.plain(given.contactName(), 1, 50, "联系人", "The contact name"),
        ComplaintText.phone(given.contactPhone()),
        ComplaintText.plain(given.description(), 10, 5000, "投诉内容", "The description"),
        given,
        Ids.parse(given.agencyId(), "执法主体", "enforcement body"),
        Ids.parseOptional(given.penaltyDecisionId(), "行政处罚决定", "penalty decision"),
        Ids.parseOptional(given.enforcementItemId(), "执法事项", "enforcement item"));
  }

  /** The input as checked: a retry under the same key must send the same. */
  private static byte[] fingerprint(Checked checked) {
    NewComplaint given = checked.given();
    return FilingKeys.fingerprint(
        checked.name(),
        checked.creditCode(),
        given.regionCode(),
        checked.contactName(),
        checked.contactPhone(),
        checked.agencyId(),
        checked.decisionId(),
        checked.itemId(),
        given.field(),
        given.category(),
        checked.description(),
        Boolean.TRUE.equals(given.identityShown()),
        Boolean.TRUE.equals(given.inReconsiderationOrLitigation()));
  }

  /**
   * Serialises filings by one enterprise about one body, so that a duplicate always sees its twin.
   */
  private Mono<Void> lock(Checked checked) {
    return database
        .sql("select pg_advisory_xact_lock(hashtext(:key))")
        .bind("key", "complaint:" + checked.creditCode() + ":" + checked.agencyId())
        .then();
  }

  /**
   * The open order this complaint repeats: same enterprise and contact, body and category, similar
   * text.
   */
  private Mono<Long> duplicateOf(Checked checked, LocalDate today) {
    return database
        .sql(
            """
            select id, description from complaint
            where enterprise_credit_code = :code and contact_phone = :phone and agency_id = :agency
              and category = :category and filed_on >= :since and status = any(:open)
            order by id
            """)
        .bind("open", ComplaintReads.openStatuses())
        .bind("code", checked.creditCode())
        .bind("phone", checked.contactPhone())
        .bind("agency", checked.agencyId())
        .bind("category", checked.given().category().name())
        .bind("since", today.minusDays(policy.duplicateWindowDays()))
        .map(row -> Map.entry(Rows.id(row, "id"), Rows.text(row, "description")))
        .all()
        .filter(
            open ->
                Similarity.of(open.getValue(), checked.description())
                    >= policy.duplicateSimilarity())
        .map(Map.Entry::getKey)
        .next();
  }

  /** Tells the handlers, and only them, that the order may repeat an open one. */
  private Mono<Long> toldToHandler(long id, Optional<Long> original) {
    return original
        .map(
            repeated ->
                events
                    .append(
                        id,
                        ComplaintEvents.Kind.DUPLICATE_SUSPECTED,
                        Dispatches.ROUTING,
                        "可能重复在办工单 " + repeated + "（同一企业与联系电话、同一主体与类别、内容相近）")
                    .thenReturn(id))
        .orElse(Mono.just(id));
  }

  private Mono<Long> dispatch(
      Checked checked,
      Routing.Facts facts,
      String accessCode,
      LocalDate today,
      @Nullable String key) {
    return routing
        .route(facts, today, List.of(), List.of())
        .flatMap(
            destination ->
                deadlines
                    .due(ComplaintDeadlines.Stage.ACCEPTANCE, facts.enterpriseRegion(), today)
                    .flatMap(
                        due ->
                            insert(
                                new Insert(checked, facts, accessCode, key),
                                today,
                                destination,
                                due))
                    .flatMap(
                        id ->
                            events
                                .append(
                                    id,
                                    ComplaintEvents.Kind.RECEIVED,
                                    ComplaintEvents.ENTERPRISE,
                                    null)
                                .then(dispatches.logged(id, destination, null))
                                .then(
                                    destination.rule().toHotline()
                                        ? queueHotline(id, facts.enterpriseRegion(), today)
                                        : Mono.empty())
                                .thenReturn(id)));
  }

  private Mono<Void> queueHotline(long id, String region, LocalDate today) {
    return deadlines
        .due(ComplaintDeadlines.Stage.HOTLINE_REPLY, region, today)
        .flatMap(due -> hotline.enqueue(id, due))
        .then(
            events.append(
                id, ComplaintEvents.Kind.HOTLINE_QUEUED, Dispatches.ROUTING, "已转12345热线"));
  }

  /** What a new complaint's row holds beside its routing. */
  private record Insert(
      Checked checked, Routing.Facts facts, String accessCode, @Nullable String key) {}

  private Mono<Long> insert(
      Insert filing, LocalDate today, Routing.Destination destination, LocalDate acceptanceDue) {
    Checked checked = filing.checked();
    Routing.Facts facts = filing.facts();
    NewComplaint given = checked.given();
    return database
        .sql("select nextval(pg_get_serial_sequence('complaint', 'id')) as id")
        .map(row -> Rows.id(row, "id"))
        .one()
        .flatMap(
            id -> {
              var spec =
                  database
                      .sql(
                          """
                          insert into complaint (id, tracking_number, access_code_sha256,
                            enterprise_name, enterprise_credit_code, enterprise_region_code,
                            contact_name, contact_phone, agency_id, penalty_decision_id,
                            enforcement_item_id, category, field_code, description, identity_shown,
                            filed_on, status, rule_id, contact_point_id,
                            handler_agency_id, supervision_agency_id, acceptance_due,
                            filing_key_sha256, filing_input_sha256, access_code_sealed)
                          values (:id, :tracking, :code, :name, :credit, :region, :contact, :phone,
                            :agency, :decision, :item, :category, :field, :description, :shown,
                            :today, :status, :rule, :contactPoint, :handler, :supervision,
                            :due, :filingKey, :filingInput, :sealed)
                          """)
                      .bind("id", id)
                      .bind("tracking", AccessCodes.trackingNumber(today, id))
                      .bind("code", AccessCodes.hash(filing.accessCode()))
                      .bind("name", checked.name())
                      .bind("credit", checked.creditCode())
                      .bind("region", facts.enterpriseRegion())
                      .bind("contact", checked.contactName())
                      .bind("phone", checked.contactPhone())
                      .bind("agency", checked.agencyId())
                      .bind("category", given.category().name())
                      .bind("description", checked.description())
                      .bind("shown", Boolean.TRUE.equals(given.identityShown()))
                      .bind("today", today)
                      .bind("status", ComplaintStatus.DISPATCHED.name());
              spec = Binds.bind(spec, "decision", checked.decisionId(), Long.class);
              spec = Binds.bind(spec, "item", checked.itemId(), Long.class);
              spec = Binds.bind(spec, "field", facts.field(), String.class);
              spec =
                  Binds.bind(spec, "rule", destination.rule().id(), Long.class)
                      .bind("due", acceptanceDue)
                      .bind("supervision", destination.supervisionAgencyId());
              spec = Binds.bind(spec, "contactPoint", destination.contactPointId(), Long.class);
              spec = Binds.bind(spec, "handler", destination.handlerAgencyId(), Long.class);
              String key = filing.key();
              spec =
                  Binds.bind(
                      spec, "filingKey", key == null ? null : FilingKeys.stored(key), byte[].class);
              spec =
                  Binds.bind(
                      spec, "filingInput", key == null ? null : fingerprint(checked), byte[].class);
              spec =
                  Binds.bind(
                      spec,
                      "sealed",
                      key == null ? null : FilingKeys.seal(filing.accessCode(), key),
                      byte[].class);
              return spec.then().thenReturn(id);
            });
  }
}
