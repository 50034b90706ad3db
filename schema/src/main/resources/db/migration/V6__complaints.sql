-- Enterprises' complaints about enforcement conduct: routed by a versioned 派单目录 to a supervision contact
-- point or a 司法行政 supervision body, copied to the 12345 hotline through an outbox, and handled as a work
-- order whose every step is an append-only event.

-- 派单目录. The most specific rule in force on the filing day fires; null matches anything. Rules are never
-- edited in place: an administrator ends one (effective_to) and adds its successor.
create table routing_rule (
    id             bigserial primary key,
    region_prefix  varchar(9)  not null default '' check (region_prefix ~ '^[0-9]*$'),
    field_code     text references enforcement_field (code),
    category       text check (category in ('REPEATED_INSPECTION', 'FINE_OUTSIDE_BENCHMARK', 'PUBLICATION_FAILURE',
                       'PROCEDURAL_VIOLATION', 'CONDUCT', 'THIRD_PARTY_INSPECTION', 'INACTION', 'OTHER')),
    agency_level   text check (agency_level in ('NATIONAL', 'PROVINCE', 'CITY', 'COUNTY', 'TOWN')),
    -- CONTACT_POINT: the contact point covering the enterprise's region and the field, else the supervision
    -- body. SUPERVISION: the supervision body of the level that supervises the agency complained about.
    handler        text        not null check (handler in ('CONTACT_POINT', 'SUPERVISION')),
    to_hotline     boolean     not null,
    effective_from date        not null,
    effective_to   date,
    description    text        not null,
    created_by     bigint references staff_account (id),
    created_at     timestamptz not null default now(),
    check (effective_to is null or effective_from <= effective_to)
);

-- Time limits by stage, in working or calendar days, versioned and by region like the routing rules.
create table complaint_deadline_rule (
    id             bigserial primary key,
    stage          text       not null check (stage in ('ACCEPTANCE', 'CONCLUSION', 'HOTLINE_REPLY', 'EXTENSION',
                       'ESCALATION_GRACE', 'NOTICE', 'OPINION', 'DECISION')),
    region_prefix  varchar(9) not null default '' check (region_prefix ~ '^[0-9]*$'),
    amount         int        not null check (amount > 0),
    unit           text       not null check (unit in ('WORKING_DAYS', 'CALENDAR_DAYS')),
    effective_from date       not null,
    effective_to   date,
    source         text       not null
);

insert into routing_rule (region_prefix, field_code, category, agency_level, handler, to_hotline, effective_from, description) values
  ('', null, null, null, 'CONTACT_POINT', true, '2019-01-01',
   '默认：送企业所在地的行政执法监督联系点，同时转12345热线'),
  ('', null, 'PROCEDURAL_VIOLATION', null, 'SUPERVISION', true, '2019-01-01',
   '程序违法：送同级司法行政部门（行政执法监督机关），同时转12345热线'),
  ('', null, 'INACTION', null, 'SUPERVISION', true, '2019-01-01',
   '不作为：送同级司法行政部门（行政执法监督机关），同时转12345热线'),
  ('', null, 'PUBLICATION_FAILURE', null, 'SUPERVISION', false, '2019-01-01',
   '未公示或公示错误：送同级司法行政部门核查公示，不转热线');

insert into complaint_deadline_rule (stage, amount, unit, effective_from, source) values
  ('ACCEPTANCE', 5, 'WORKING_DAYS', '2019-01-01', '受理期限：各地通行做法，5个工作日内决定是否受理'),
  ('CONCLUSION', 30, 'CALENDAR_DAYS', '2019-01-01', '办结期限：受理之日起30日'),
  ('HOTLINE_REPLY', 5, 'WORKING_DAYS', '2019-01-01', '热线答复：5个工作日（济南、潍坊热线条例）'),
  ('EXTENSION', 30, 'CALENDAR_DAYS', '2019-01-01', '延期：经批准延长一次，不超过30日'),
  ('ESCALATION_GRACE', 2, 'WORKING_DAYS', '2019-01-01', '催办后仍逾期2个工作日的，提级督办'),
  ('NOTICE', 30, 'CALENDAR_DAYS', '2019-01-01', '行政执法监督通知书：30日内纠正并报告（四川条例第三十四条）'),
  ('OPINION', 30, 'CALENDAR_DAYS', '2019-01-01', '行政执法监督意见书：30日内办理（广东、山东条例）'),
  ('DECISION', 30, 'CALENDAR_DAYS', '2019-01-01', '行政执法监督决定书：30日内报告执行情况');

-- The complaint and its work order. The enterprise reaches it by tracking number and a secret access code
-- kept only as a hash. A duplicate keeps its own tracking number and links to the order it joined.
create table complaint (
    id                     bigserial primary key,
    tracking_number        text        not null unique,
    access_code_sha256     bytea       not null check (length(access_code_sha256) = 32),
    enterprise_name        text        not null,
    enterprise_credit_code varchar(18) not null,
    enterprise_region_code varchar(9)  not null references region (code),
    contact_name           text        not null,
    contact_phone          text        not null,
    agency_id              bigint      not null references agency (id),
    penalty_decision_id    bigint references penalty_decision (id),
    enforcement_item_id    bigint references enforcement_item (id),
    category               text        not null check (category in ('REPEATED_INSPECTION', 'FINE_OUTSIDE_BENCHMARK',
                               'PUBLICATION_FAILURE', 'PROCEDURAL_VIOLATION', 'CONDUCT', 'THIRD_PARTY_INSPECTION',
                               'INACTION', 'OTHER')),
    field_code             text references enforcement_field (code),
    description            text        not null,
    identity_shown         boolean     not null,
    filed_at               timestamptz not null default now(),
    filed_on               date        not null,
    status                 text        not null check (status in ('RECEIVED', 'DISPATCHED', 'ACCEPTED', 'REFUSED',
                               'IN_PROGRESS', 'EXTENSION_REQUESTED', 'ANSWERED', 'RATED', 'CLOSED', 'MERGED')),
    merged_into            bigint references complaint (id),
    rule_id                bigint references routing_rule (id),
    contact_point_id       bigint references contact_point (id),
    handler_agency_id      bigint references agency (id),
    supervision_agency_id  bigint references agency (id),
    acceptance_due         date,
    conclusion_due         date,
    extended               boolean     not null default false,
    refusal_reason         text,
    refusal_route          text,
    answer                 text,
    answered_on            date,
    satisfaction           int check (satisfaction between 1 and 5),
    rating_comment         text,
    -- The stage (ACCEPTANCE or CONCLUSION) whose overdue order was last reminded, and on which day; the
    -- stage last escalated to the supervision body above, so that each happens once per stage.
    reminded_stage         text,
    reminded_on            date,
    escalated_stage        text,
    escalation_level       int         not null default 0,
    escalated_to_agency_id bigint references agency (id),
    check ((status = 'MERGED') = (merged_into is not null)),
    check (status = 'MERGED' or status = 'RECEIVED' or contact_point_id is not null or handler_agency_id is not null)
);
create index complaint_duplicate_idx on complaint (enterprise_credit_code, agency_id, category, filed_on);
create index complaint_contact_point_idx on complaint (contact_point_id, id);
create index complaint_handler_idx on complaint (handler_agency_id, id);
create index complaint_supervision_idx on complaint (supervision_agency_id, id);
create index complaint_open_idx on complaint (status) where status in ('DISPATCHED', 'ACCEPTED', 'IN_PROGRESS', 'EXTENSION_REQUESTED');

-- Every step of a complaint, in order: who, when, what, why, where it went and under which rule.
create table complaint_event (
    id                    bigserial primary key,
    complaint_id          bigint      not null references complaint (id),
    kind                  text        not null,
    occurred_at           timestamptz not null default now(),
    staff_id              bigint references staff_account (id),
    actor                 text        not null,
    note                  text,
    rule_id               bigint references routing_rule (id),
    contact_point_id      bigint references contact_point (id),
    agency_id             bigint references agency (id)
);
create index complaint_event_complaint_idx on complaint_event (complaint_id, id);
create trigger complaint_event_append_only before update or delete on complaint_event
    for each row execute function refuse_change();

-- Who refused a dispatch (退单), so that re-dispatch passes them over.
create table complaint_objection (
    complaint_id     bigint      not null references complaint (id),
    contact_point_id bigint references contact_point (id),
    agency_id        bigint references agency (id),
    reason           text        not null,
    objected_at      timestamptz not null default now()
);
create index complaint_objection_idx on complaint_objection (complaint_id);

-- 行政执法监督通知书 / 意见书 / 决定书 attached to a complaint, each with its own time limit.
create table supervision_notice (
    id              bigserial primary key,
    complaint_id    bigint      not null references complaint (id),
    kind            text        not null check (kind in ('NOTICE', 'OPINION', 'DECISION')),
    document_number text        not null,
    content         text        not null,
    issued_by       bigint      not null references agency (id),
    issued_on       date        not null,
    due             date        not null,
    created_at      timestamptz not null default now()
);
create index supervision_notice_complaint_idx on supervision_notice (complaint_id);

-- Transactional outbox to the 12345 hotline: written in the transaction that files the complaint. The delivery
-- worker leases rows (lease_until) so that a killed worker's rows return to the queue; the idempotency key
-- lets the hotline drop a repeated delivery.
create table hotline_order (
    id               bigserial primary key,
    complaint_id     bigint      not null unique references complaint (id),
    idempotency_key  uuid        not null unique,
    payload          jsonb       not null,
    status           text        not null check (status in ('PENDING', 'DELIVERED', 'IN_PROGRESS', 'ANSWERED', 'CLOSED')),
    hotline_reference text,
    reply_due        date,
    attempts         int         not null default 0,
    next_attempt_at  timestamptz not null default now(),
    lease_until      timestamptz,
    last_error       text,
    created_at       timestamptz not null default now(),
    delivered_at     timestamptz
);
create index hotline_order_pending_idx on hotline_order (next_attempt_at, id) where status = 'PENDING';

-- Signed status callbacks already applied, so that a repeated callback changes nothing.
create table hotline_callback (
    callback_id text primary key,
    order_id    bigint      not null references hotline_order (id),
    received_at timestamptz not null default now()
);

-- Failed tracking lookups, to throttle guessing of access codes per tracking number.
create table tracking_failure (
    tracking_number text        not null,
    failed_at       timestamptz not null default now()
);
create index tracking_failure_idx on tracking_failure (tracking_number, failed_at);
