-- What a decision's date rests on. A body publishing here states it; an imported record may give it
-- only through its signature, its source's publication date or address, or its number's year.
-- Decisions recorded before were dated by their body or source as stated.
alter table penalty_decision add column decision_date_basis text not null default 'STATED'
    check (decision_date_basis in
        ('STATED', 'SIGNED', 'SOURCE_DATE', 'SOURCE_ADDRESS', 'LAST_DATE_IN_TEXT', 'DOCUMENT_YEAR'));
-- A date the source gave as the decision's that could not be (in the future, or after the record
-- was published), kept so that readers see what was set aside.
alter table penalty_decision add column rejected_decision_date date;
