-- The publication lifecycle of penalty decisions: who may act, every change as an event, the term of
-- publication, and the deadlines to publish and to withdraw.

-- Staff of enforcement bodies and of the parties that supervise or handle complaints. A request names its
-- account by a bearer token; only the token's SHA-256 hash is kept.
create table staff_account (
    id               bigserial primary key,
    name             text        not null,
    role             text        not null check (role in ('AGENCY_STAFF', 'SUPERVISOR', 'CONTACT_POINT', 'HOTLINE', 'ADMIN')),
    agency_id        bigint references agency (id),
    contact_point_id bigint references contact_point (id),
    token_sha256     bytea       not null unique check (length(token_sha256) = 32),
    created_at       timestamptz not null default now(),
    disabled_at      timestamptz,
    check ((role in ('AGENCY_STAFF', 'SUPERVISOR')) = (agency_id is not null)),
    check ((role = 'CONTACT_POINT') = (contact_point_id is not null))
);

-- PUBLISHED: shown. WITHDRAWN: varied, revoked, confirmed illegal or void (a notice stays). ENDED_EARLY:
-- taken down after a credit repair. EXPIRED: its term of publication ended.
alter table penalty_decision add column status text not null default 'PUBLISHED'
    check (status in ('PUBLISHED', 'WITHDRAWN', 'ENDED_EARLY', 'EXPIRED'));
alter table penalty_decision add column withdrawal_kind text
    check (withdrawal_kind in ('VARIED', 'REVOKED', 'CONFIRMED_ILLEGAL', 'CONFIRMED_VOID'));
-- The day of the act that required the withdrawal (复议决定, judgment, the body's own decision), and the
-- last day of the three working days the law allows from it.
alter table penalty_decision add column withdrawal_cause_on date;
alter table penalty_decision add column withdrawal_due date;
-- The last day of the seven working days allowed to publish; null where the calendar does not know the year.
alter table penalty_decision add column publication_due date;
alter table penalty_decision add column severity_class text check (severity_class in ('MINOR', 'GENERAL', 'SERIOUS'));
alter table penalty_decision add column publication_rule text;
-- The earliest day a credit repair may end the publication; publish_until is the last day it is shown.
alter table penalty_decision add column min_publish_until date;
-- The day the decision left public view (withdrawn, ended early or expired).
alter table penalty_decision add column removed_on date;
update penalty_decision set status = 'WITHDRAWN', removed_on = (withdrawn_at at time zone 'Asia/Shanghai')::date
    where withdrawn_at is not null;
alter table penalty_decision add constraint penalty_decision_removed_check
    check ((status = 'PUBLISHED') = (removed_on is null));
alter table penalty_decision add constraint penalty_decision_status_withdrawn_check
    check ((status = 'WITHDRAWN') = (withdrawn_at is not null));
create index penalty_decision_expiry_idx on penalty_decision (publish_until) where status = 'PUBLISHED';

-- Every change to a decision's publication, in order. Append-only: the database refuses updates and deletes.
create table penalty_decision_event (
    id          bigserial primary key,
    decision_id bigint      not null references penalty_decision (id),
    kind        text        not null check (kind in ('PUBLISHED', 'CORRECTED', 'WITHDRAWN', 'ENDED_EARLY', 'EXPIRED')),
    occurred_at timestamptz not null default now(),
    staff_id    bigint references staff_account (id),
    actor       text        not null,
    reason      text,
    changes     jsonb
);
create index penalty_decision_event_decision_idx on penalty_decision_event (decision_id, id);

create function refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end
$$;
create trigger penalty_decision_event_append_only before update or delete on penalty_decision_event
    for each row execute function refuse_change();
