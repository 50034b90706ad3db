-- The daily check of published decisions against the publication rules. Each run is recorded; each thing it
-- finds wrong is one finding, kept after it is put right (resolved_on), so that counts over time stay possible.

create table publication_check_run (
    id          bigserial primary key,
    checked_on  date        not null,
    started_at  timestamptz not null default now(),
    finished_at timestamptz,
    -- Published decisions the run read, findings it opened, findings it resolved; null until it finishes.
    decisions   int check (decisions >= 0),
    opened      int check (opened >= 0),
    resolved    int check (resolved >= 0)
);

-- One thing wrong with one published decision. detail names the field and the kind of fault, never the text
-- itself. A finding stays open while each run still finds it (last_seen_run); a run that no longer finds it
-- resolves it. The same fault found again after that opens a new finding.
create table publication_finding (
    id             bigserial primary key,
    decision_id    bigint not null references penalty_decision (id),
    agency_id      bigint not null references agency (id),
    rule           text   not null check (rule in ('PUBLISHED_LATE', 'SHOWN_AFTER_TERM', 'BEYOND_SCOPE',
                                                   'MALFORMED_DOCUMENT_NUMBER', 'MISSING_REQUIRED_FIELD',
                                                   'FINE_OUTSIDE_TIER', 'PERSONAL_DATA_UNMASKED',
                                                   'IMPOSSIBLE_DATE')),
    detail         text   not null check (detail <> ''),
    first_found_on date   not null,
    last_seen_on   date   not null,
    last_seen_run  bigint not null references publication_check_run (id),
    resolved_on    date,
    check (last_seen_on >= first_found_on)
);
create unique index publication_finding_open_idx on publication_finding (decision_id, rule, detail)
    where resolved_on is null;
create index publication_finding_open_run_idx on publication_finding (last_seen_run) where resolved_on is null;
create index publication_finding_found_idx on publication_finding (first_found_on desc, id desc);
create index publication_finding_agency_idx on publication_finding (agency_id, first_found_on desc);
create index publication_finding_decision_idx on publication_finding (decision_id);
