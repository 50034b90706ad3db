-- Foundation of the portal's store of record. Append-only: never edit a landed migration, add a new one.
-- Enumerations are stored as the English constant names of the GraphQL enums (checked here), amounts as
-- exact numeric yuan, dates as calendar dates in Asia/Shanghai.

-- 行政区划 (GB/T 2260 six-digit codes; nine-digit GB/T 10114 town and street codes).
create table region (
    code        varchar(9) primary key check (code ~ '^[0-9]{6}([0-9]{3})?$'),
    name        text       not null,
    level       text       not null check (level in ('PROVINCE', 'CITY', 'COUNTY', 'TOWN')),
    parent_code varchar(9) references region (code),
    revision    text       not null,
    check ((level = 'TOWN') = (length(code) = 9)),
    check ((level = 'PROVINCE') = (parent_code is null))
);
create index region_parent_idx on region (parent_code, code);

-- 执法领域: a controlled vocabulary shared by items, benchmarks, decisions and contact points.
create table enforcement_field (
    code text primary key check (code ~ '^[A-Z][A-Z_]*$'),
    name text not null unique
);

-- 执法主体.
create table agency (
    id                bigserial primary key,
    name              text       not null,
    credit_code       varchar(18) unique,
    region_code       varchar(9) not null references region (code),
    level             text       not null check (level in ('NATIONAL', 'PROVINCE', 'CITY', 'COUNTY', 'TOWN')),
    kind              text       not null check (kind in ('COMPREHENSIVE', 'SPECIALISED', 'TOWN_STREET', 'SUPERVISION')),
    parent_id         bigint references agency (id),
    complaint_phone   text,
    complaint_address text,
    complaint_email   text
);
create index agency_region_idx on agency (region_code text_pattern_ops);

-- 执法依据: a law in one version, and its provisions down to 条 / 款 / 项. A 项 may sit directly under a
-- 条 when the article has a single paragraph (第九十九条第（二）项), so item does not require paragraph.
create table law (
    id             bigserial primary key,
    title          text not null,
    kind           text not null check (kind in ('LAW', 'ADMINISTRATIVE_REGULATION', 'LOCAL_REGULATION', 'RULE', 'NORMATIVE_DOCUMENT')),
    issuer         text not null,
    version_date   date not null,
    effective_from date,
    effective_to   date,
    unique (title, version_date),
    check (effective_to is null or effective_from is null or effective_from <= effective_to)
);

create table legal_provision (
    id        bigserial primary key,
    law_id    bigint not null references law (id),
    article   int    not null check (article > 0),
    paragraph int check (paragraph > 0),
    item      int check (item > 0),
    text      text   not null,
    unique nulls not distinct (law_id, article, paragraph, item)
);

-- 执法事项: versioned, never deleted. A new version supersedes the old one, which stays queryable.
create table enforcement_item (
    id            bigserial primary key,
    code          text   not null,
    version       int    not null check (version > 0),
    name          text   not null,
    kind          text   not null check (kind in ('PENALTY', 'INSPECTION', 'COERCION', 'LICENSING', 'OTHER')),
    field_code    text   not null references enforcement_field (code),
    agency_id     bigint not null references agency (id),
    catalogue     text   not null check (catalogue in ('COMPREHENSIVE', 'SPECIALISED', 'TOWN_STREET')),
    valid_from    date   not null,
    superseded_on date,
    unique (code, version),
    check (superseded_on is null or superseded_on >= valid_from)
);
create unique index enforcement_item_current_idx on enforcement_item (code) where superseded_on is null;
create index enforcement_item_agency_idx on enforcement_item (agency_id);

create table enforcement_item_provision (
    item_id      bigint not null references enforcement_item (id),
    provision_id bigint not null references legal_provision (id),
    primary key (item_id, provision_id)
);

-- 赋权: an item delegated to a town or street, since when and under which approval.
create table enforcement_item_delegation (
    id          bigserial primary key,
    item_id     bigint     not null references enforcement_item (id),
    town_code   varchar(9) not null references region (code) check (length(town_code) = 9),
    since       date       not null,
    approval    text       not null,
    unique (item_id, town_code)
);
create index enforcement_item_delegation_town_idx on enforcement_item_delegation (town_code);

-- 权责清单.
create table responsibility (
    id          bigserial primary key,
    agency_id   bigint not null references agency (id),
    item_id     bigint not null references enforcement_item (id),
    description text   not null,
    unique (agency_id, item_id)
);

-- 裁量基准: a versioned benchmark, its violations, and each violation's tiers.
create table discretion_benchmark (
    id               bigserial primary key,
    title            text not null,
    issuer           text not null,
    issuer_agency_id bigint references agency (id),
    version          text not null,
    effective_from   date not null,
    effective_to     date,
    parent_id        bigint references discretion_benchmark (id),
    field_code       text references enforcement_field (code),
    source_url       text,
    unique (title, version)
);

create table benchmark_violation (
    id                     bigserial primary key,
    benchmark_id           bigint not null references discretion_benchmark (id),
    seq                    int    not null check (seq > 0),
    violation              text   not null,
    violated_provision_text text  not null,
    penalty_provision_text text   not null,
    violated_provision_id  bigint references legal_provision (id),
    penalty_provision_id   bigint references legal_provision (id),
    unique (benchmark_id, seq)
);

create table benchmark_tier (
    id            bigserial primary key,
    violation_id  bigint not null references benchmark_violation (id),
    seq           int    not null check (seq > 0),
    tier          text   not null check (tier in ('NO_PENALTY', 'EXEMPT', 'MITIGATED', 'LENIENT', 'ORDINARY', 'SEVERE')),
    circumstance  text check (circumstance in ('MINOR', 'LESSER', 'SERIOUS', 'GRAVE')),
    conditions    text   not null,
    penalty_kinds text[] not null default '{}',
    fine_min      numeric(16, 2) check (fine_min >= 0),
    fine_max      numeric(16, 2) check (fine_max >= 0),
    multiple_min  numeric(8, 2) check (multiple_min >= 0),
    multiple_max  numeric(8, 2) check (multiple_max >= 0),
    multiple_base text,
    wording       text   not null,
    unique (violation_id, seq),
    check (fine_min is null or fine_max is null or fine_min <= fine_max),
    check (multiple_min is null or multiple_max is null or multiple_min <= multiple_max),
    check ((multiple_min is null and multiple_max is null) or multiple_base is not null)
);

-- 不予处罚 / 首违不罚 清单.
create table no_penalty_item (
    id               bigserial primary key,
    list_kind        text not null check (list_kind in ('NO_PENALTY', 'FIRST_VIOLATION')),
    issuer           text not null,
    issuer_agency_id bigint references agency (id),
    field_code       text references enforcement_field (code),
    seq              int  not null check (seq > 0),
    violation        text not null,
    conditions       text not null,
    legal_ground     text not null,
    effective_from   date not null,
    effective_to     date,
    unique (issuer, list_kind, seq, effective_from)
);

-- 行政处罚决定. The raw document number is kept as published; its parts are parsed for lookups that ignore
-- bracket, spacing, zero-padding and 第 variants.
create table penalty_decision (
    id                         bigserial primary key,
    document_number            text        not null,
    document_number_key        text        not null,
    document_prefix            text,
    document_year              int,
    document_seq_first         int,
    document_seq_last          int,
    party_kind                 text        not null check (party_kind in ('LEGAL_PERSON', 'INDIVIDUAL_BUSINESS', 'NATURAL_PERSON', 'OTHER_ORGANISATION')),
    party_name                 text        not null,
    party_credit_code          varchar(18),
    party_legal_representative text,
    facts                      text        not null,
    violated_provisions        text        not null,
    penalty_provisions         text        not null,
    penalty_kinds              text[]      not null check (cardinality(penalty_kinds) > 0),
    fine_amount                numeric(16, 2) check (fine_amount >= 0),
    confiscation_amount        numeric(16, 2) check (confiscation_amount >= 0),
    licence_actions            text,
    decision_date              date        not null,
    agency_id                  bigint      not null references agency (id),
    region_code                varchar(9)  not null references region (code),
    field_code                 text references enforcement_field (code),
    enforcement_item_id        bigint references enforcement_item (id),
    benchmark_tier_id          bigint references benchmark_tier (id),
    published_on               date,
    publish_until              date,
    source_url                 text,
    source_body                text        not null,
    imported_at                timestamptz not null default now(),
    unique (agency_id, document_number_key),
    check (document_seq_first is null or document_seq_last >= document_seq_first)
);
create index penalty_decision_date_idx on penalty_decision (decision_date desc, id desc);
create index penalty_decision_fine_idx on penalty_decision ((coalesce(fine_amount, 0)) desc, id desc);
create index penalty_decision_region_idx on penalty_decision (region_code text_pattern_ops);
create index penalty_decision_agency_idx on penalty_decision (agency_id, decision_date desc);
create index penalty_decision_credit_code_idx on penalty_decision (party_credit_code);
create index penalty_decision_document_key_idx on penalty_decision (document_number_key);
create index penalty_decision_document_parts_idx on penalty_decision (document_prefix, document_year, document_seq_first);
create index penalty_decision_kinds_idx on penalty_decision using gin (penalty_kinds);

create table penalty_decision_provision (
    decision_id  bigint not null references penalty_decision (id),
    provision_id bigint not null references legal_provision (id),
    role         text   not null check (role in ('VIOLATED', 'PENALTY')),
    primary key (decision_id, provision_id, role)
);

-- 行政执法监督联系点.
create table contact_point (
    id             bigserial primary key,
    name           text       not null unique,
    host_kind      text       not null check (host_kind in ('CHAMBER_OF_COMMERCE', 'ASSOCIATION', 'INDUSTRIAL_PARK', 'ENTERPRISE', 'JUSTICE_OFFICE', 'COMMUNITY', 'OTHER')),
    host_name      text       not null,
    region_code    varchar(9) not null references region (code),
    phone          text,
    address        text,
    email          text,
    established_on date
);
create index contact_point_region_idx on contact_point (region_code text_pattern_ops);

create table contact_point_field (
    contact_point_id bigint not null references contact_point (id),
    field_code       text   not null references enforcement_field (code),
    primary key (contact_point_id, field_code)
);

-- Which datasets were loaded into this database, so that a restart never loads one twice.
create table dataset_load (
    name         text primary key,
    description  text        not null,
    sample       boolean     not null,
    record_count int         not null,
    loaded_at    timestamptz not null default now()
);
