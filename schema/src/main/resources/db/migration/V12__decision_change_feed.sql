-- The public change feed of penalty decisions: what was published, corrected, withdrawn, ended early or expired,
-- so that a mirror keeps an up-to-date copy without reading everything again. Written by triggers, so that no
-- write path (staff, imports, corrections, the expiry job) can forget it. Append-only.
--
-- Commit order: a sequence number is drawn before its transaction commits, so a reader could pass seq 11 while
-- seq 10's transaction is still open and never see it. Each change therefore carries the id of the transaction
-- that wrote it. Readers order by (xid, seq) and serve only changes whose transaction is below the xmin of their
-- snapshot, where every transaction has ended: no change can later appear before a cursor already given.
--
-- A withdrawal keeps its public notice, and every removal the decision's number and body, as they stood then;
-- a change never copies the party, the facts or other personal data.
create table decision_change (
    seq                 bigserial primary key,
    xid                 xid8        not null default pg_current_xact_id(),
    decision_id         bigint      not null references penalty_decision (id),
    kind                text        not null check (kind in ('PUBLISHED', 'CORRECTED', 'WITHDRAWN', 'ENDED_EARLY', 'EXPIRED')),
    changed_at          timestamptz not null default now(),
    document_number     text        not null,
    agency_id           bigint      not null references agency (id),
    withdrawn_at        timestamptz,
    withdrawal_reason   text,
    withdrawal_kind     text check (withdrawal_kind in ('VARIED', 'REVOKED', 'CONFIRMED_ILLEGAL', 'CONFIRMED_VOID')),
    withdrawal_cause_on date,
    withdrawal_due      date,
    check ((kind = 'WITHDRAWN') = (withdrawn_at is not null and withdrawal_reason is not null))
);
create index decision_change_order_idx on decision_change (xid, seq);
create index decision_change_decision_idx on decision_change (decision_id, xid);

create trigger decision_change_append_only before update or delete on decision_change
    for each row execute function refuse_change();

-- The columns a reader of a published decision cannot see, or that only follow its status: changing them alone
-- changes nothing the public sees. Any other column counts, so a column added later is never missed.
create function decision_public_content(d penalty_decision) returns jsonb language sql stable as $$
    select to_jsonb(d) - array['status', 'removed_on', 'withdrawn_at', 'withdrawal_reason', 'withdrawal_kind',
        'withdrawal_cause_on', 'withdrawal_due', 'publication_rule', 'document_prefix', 'document_year',
        'document_seq_first', 'document_seq_last']
$$;

create function note_decision_change() returns trigger language plpgsql as $$
declare
    change_kind text;
begin
    if tg_op = 'INSERT' or old.status is distinct from new.status then
        -- The statuses are the kinds of change that enter them: PUBLISHED, WITHDRAWN, ENDED_EARLY, EXPIRED.
        change_kind := new.status;
    elsif new.status = 'PUBLISHED'
          and decision_public_content(new) is distinct from decision_public_content(old) then
        change_kind := 'CORRECTED';
    elsif new.status = 'WITHDRAWN'
          and (new.withdrawn_at, new.withdrawal_reason, new.withdrawal_kind, new.withdrawal_cause_on,
               new.withdrawal_due, new.document_number, new.agency_id)
              is distinct from
              (old.withdrawn_at, old.withdrawal_reason, old.withdrawal_kind, old.withdrawal_cause_on,
               old.withdrawal_due, old.document_number, old.agency_id) then
        change_kind := 'WITHDRAWN'; -- the notice changed: the new one replaces it
    else
        return null;
    end if;
    insert into decision_change (decision_id, kind, document_number, agency_id, withdrawn_at, withdrawal_reason,
                                 withdrawal_kind, withdrawal_cause_on, withdrawal_due)
    values (new.id, change_kind, new.document_number, new.agency_id,
            case when change_kind = 'WITHDRAWN' then new.withdrawn_at end,
            case when change_kind = 'WITHDRAWN' then new.withdrawal_reason end,
            case when change_kind = 'WITHDRAWN' then new.withdrawal_kind end,
            case when change_kind = 'WITHDRAWN' then new.withdrawal_cause_on end,
            case when change_kind = 'WITHDRAWN' then new.withdrawal_due end);
    return null;
end
$$;

create trigger penalty_decision_change after insert or update on penalty_decision
    for each row execute function note_decision_change();

-- The provisions a decision cites are part of it as published. A transaction that already noted a change of the
-- decision needs no second one: readers load the decision as it is when they read.
create function note_decision_provision_change() returns trigger language plpgsql as $$
declare
    decision penalty_decision;
begin
    select * into decision from penalty_decision
        where id = case when tg_op = 'DELETE' then old.decision_id else new.decision_id end;
    if decision.status = 'PUBLISHED' and not exists (
            select 1 from decision_change c
            where c.decision_id = decision.id and c.xid = pg_current_xact_id()) then
        insert into decision_change (decision_id, kind, document_number, agency_id)
        values (decision.id, 'CORRECTED', decision.document_number, decision.agency_id);
    end if;
    return null;
end
$$;

create trigger penalty_decision_provision_change after insert or update or delete on penalty_decision_provision
    for each row execute function note_decision_provision_change();

-- The decisions already held, in id order, each as its status, so a mirror that starts without a cursor gets
-- everything. The time is when the decision entered its status, as far as the record tells.
insert into decision_change (decision_id, kind, changed_at, document_number, agency_id, withdrawn_at,
                             withdrawal_reason, withdrawal_kind, withdrawal_cause_on, withdrawal_due)
select d.id, d.status,
       case d.status
           when 'PUBLISHED' then d.imported_at
           when 'WITHDRAWN' then d.withdrawn_at
           else coalesce((select max(e.occurred_at) from penalty_decision_event e
                          where e.decision_id = d.id and e.kind = d.status),
                         d.removed_on::timestamp at time zone 'Asia/Shanghai', d.imported_at)
       end,
       d.document_number, d.agency_id, d.withdrawn_at, d.withdrawal_reason, d.withdrawal_kind,
       d.withdrawal_cause_on, d.withdrawal_due
from penalty_decision d
order by d.id;
