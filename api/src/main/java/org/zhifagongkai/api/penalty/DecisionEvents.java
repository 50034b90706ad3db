package org.zhifagongkai.api.penalty;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.zhifagongkai.api.staff.Actor;
import org.zhifagongkai.api.support.Binds;
import org.zhifagongkai.api.support.Rows;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Appends to a decision's event log (who, when, what, why). The table refuses updates and deletes,
 * so the log can only grow; callers append inside the transaction that makes the change.
 */
@Component
class DecisionEvents {

  enum Kind {
    PUBLISHED,
    CORRECTED,
    WITHDRAWN,
    ENDED_EARLY,
    EXPIRED
  }

  private final DatabaseClient database;

  DecisionEvents(DatabaseClient database) {
    this.database = database;
  }

  /** Who acted, for staff outside any body. */
  private static final String UNNAMED_STAFF = "门户工作人员";

  /**
   * The event logs of {@code ids}, oldest event first. A change staff made names their body, not
   * their account: the account is a person's name wherever an identity provider issues the tokens,
   * and the public history needs only which body acted.
   */
  Flux<Map.Entry<Long, PublicationEvent>> of(Collection<Long> ids) {
    return database
        .sql(
            """
            select e.decision_id, e.kind, e.occurred_at, e.reason,
              case when e.staff_id is null then e.actor else coalesce(a.name, :staff) end as actor,
              coalesce(array(select jsonb_object_keys(e.changes) order by 1), '{}') as parts
            from penalty_decision_event e
            left join staff_account s on s.id = e.staff_id
            left join agency a on a.id = s.agency_id
            where e.decision_id = any(:ids) order by e.decision_id, e.id
            """)
        .bind("staff", UNNAMED_STAFF)
        .bind("ids", ids.toArray(Long[]::new))
        .map(
            row ->
                Map.entry(
                    Rows.id(row, "decision_id"),
                    new PublicationEvent(
                        Rows.text(row, "kind"),
                        Rows.instant(row, "occurred_at"),
                        Rows.text(row, "actor"),
                        Rows.optionalText(row, "reason"),
                        List.of(Rows.stringArray(row, "parts")))))
        .all();
  }

  /**
   * The texts the decision held before and after each correction, one after another: persons an
   * earlier version masked, which the decision may no longer name.
   */
  Mono<String> earlierTexts(long decisionId) {
    return database
        .sql(
            "select coalesce(string_agg(changes::text, E'\\n' order by id), '') from"
                + " penalty_decision_event where decision_id = :decision and changes is not null")
        .bind("decision", decisionId)
        .map(row -> java.util.Objects.requireNonNullElse(row.get(0, String.class), ""))
        .one()
        .defaultIfEmpty("");
  }

  /**
   * A correction, with each changed part's value before and after ({@code [part, before, after]}).
   */
  Mono<Void> appendCorrection(long decisionId, Actor actor, String reason, List<String[]> changes) {
    var spec =
        database
            .sql(
                """
                insert into penalty_decision_event (decision_id, kind, staff_id, actor, reason, changes)
                select :decision, 'CORRECTED', :staff, :actor, :reason,
                  jsonb_object_agg(part, jsonb_build_object('before', before, 'after', after))
                from unnest(cast(:parts as text[]), cast(:befores as text[]), cast(:afters as text[])) as c(part, before, after)
                """)
            .bind("decision", decisionId)
            .bind("actor", actor.name())
            .bind("reason", reason)
            .bind("parts", changes.stream().map(c -> c[0]).toArray(String[]::new))
            .bind("befores", changes.stream().map(c -> c[1]).toArray(String[]::new))
            .bind("afters", changes.stream().map(c -> c[2]).toArray(String[]::new));
    return Binds.bind(spec, "staff", actor.staffId(), Long.class).then();
  }

  Mono<Void> append(long decisionId, Kind kind, Actor actor, @Nullable String reason) {
    var spec =
        database
            .sql(
                "insert into penalty_decision_event (decision_id, kind, staff_id, actor, reason)"
                    + " values (:decision, :kind, :staff, :actor, :reason)")
            .bind("decision", decisionId)
            .bind("kind", kind.name())
            .bind("actor", actor.name());
    spec = Binds.bind(spec, "staff", actor.staffId(), Long.class);
    spec = Binds.bind(spec, "reason", reason, String.class);
    return spec.then();
  }
}
