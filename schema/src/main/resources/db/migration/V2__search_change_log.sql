-- The search index is derived from these tables. Every change to a searchable record leaves a row here in
-- the same transaction, written by triggers so that no write path can forget it. The indexer re-reads each
-- named record, applies its current state, and deletes the rows it consumed: applying is idempotent, so a
-- crash between the index commit and the delete only repeats work, and rows of transactions that commit
-- late are consumed when they become visible (no sequence cursor that could skip them).
create table search_change (
    seq         bigserial primary key,
    record_kind text        not null check (record_kind in ('PENALTY_DECISION', 'ENFORCEMENT_ITEM',
                                        'BENCHMARK_VIOLATION', 'NO_PENALTY_ITEM', 'LEGAL_PROVISION')),
    record_id   bigint      not null,
    changed_at  timestamptz not null default now()
);

-- TG_ARGV[0]: the record kind; TG_ARGV[1]: the column holding the searchable record's id.
create function note_search_change() returns trigger language plpgsql as $$
begin
    if tg_op in ('INSERT', 'UPDATE') then
        insert into search_change (record_kind, record_id)
        values (tg_argv[0], (to_jsonb(new) ->> tg_argv[1])::bigint);
    end if;
    if tg_op in ('UPDATE', 'DELETE') then
        insert into search_change (record_kind, record_id)
        values (tg_argv[0], (to_jsonb(old) ->> tg_argv[1])::bigint);
    end if;
    return null;
end
$$;

create trigger penalty_decision_search after insert or update or delete on penalty_decision
    for each row execute function note_search_change('PENALTY_DECISION', 'id');
create trigger penalty_decision_provision_search after insert or update or delete on penalty_decision_provision
    for each row execute function note_search_change('PENALTY_DECISION', 'decision_id');
create trigger enforcement_item_search after insert or update or delete on enforcement_item
    for each row execute function note_search_change('ENFORCEMENT_ITEM', 'id');
create trigger enforcement_item_provision_search after insert or update or delete on enforcement_item_provision
    for each row execute function note_search_change('ENFORCEMENT_ITEM', 'item_id');
create trigger benchmark_violation_search after insert or update or delete on benchmark_violation
    for each row execute function note_search_change('BENCHMARK_VIOLATION', 'id');
create trigger benchmark_tier_search after insert or update or delete on benchmark_tier
    for each row execute function note_search_change('BENCHMARK_VIOLATION', 'violation_id');
create trigger no_penalty_item_search after insert or update or delete on no_penalty_item
    for each row execute function note_search_change('NO_PENALTY_ITEM', 'id');
create trigger legal_provision_search after insert or update or delete on legal_provision
    for each row execute function note_search_change('LEGAL_PROVISION', 'id');

-- A decision withdrawn from publication (varied, revoked, confirmed illegal or void) leaves listings and
-- search but keeps its row, with when and why.
alter table penalty_decision add column withdrawn_at timestamptz;
alter table penalty_decision add column withdrawal_reason text;
alter table penalty_decision add constraint penalty_decision_withdrawal_check
    check ((withdrawn_at is null) = (withdrawal_reason is null));
