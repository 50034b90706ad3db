-- Provenance of the catalogue records that open data exports beside each row: when the portal first recorded it and
-- when it last changed. Rows older than this migration carry the migration's time: the portal held them no later.
alter table enforcement_item add column recorded_at timestamptz not null default now();
alter table enforcement_item add column changed_at timestamptz not null default now();
alter table discretion_benchmark add column recorded_at timestamptz not null default now();
alter table discretion_benchmark add column changed_at timestamptz not null default now();
alter table benchmark_violation add column changed_at timestamptz not null default now();
alter table benchmark_tier add column changed_at timestamptz not null default now();
alter table no_penalty_item add column recorded_at timestamptz not null default now();
alter table no_penalty_item add column changed_at timestamptz not null default now();

-- Every write path keeps changed_at, as no application code could be trusted to remember it.
create function note_record_change() returns trigger language plpgsql as $$
begin
    if new is distinct from old then
        new.changed_at := now();
    end if;
    return new;
end
$$;

create trigger enforcement_item_changed before update on enforcement_item
    for each row execute function note_record_change();
create trigger discretion_benchmark_changed before update on discretion_benchmark
    for each row execute function note_record_change();
create trigger benchmark_violation_changed before update on benchmark_violation
    for each row execute function note_record_change();
create trigger benchmark_tier_changed before update on benchmark_tier
    for each row execute function note_record_change();
create trigger no_penalty_item_changed before update on no_penalty_item
    for each row execute function note_record_change();
