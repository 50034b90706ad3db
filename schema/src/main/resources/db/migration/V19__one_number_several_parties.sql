-- A body may give one number to a decision on several parties (林工商处字〔2018〕1号 names forty companies), or to
-- two decisions by a clerk's slip; its published records then share the number, one per party. Imports keep each,
-- where the unique number had kept only the first. Staff publishing still gets one decision per number (checked
-- when it publishes); the same party under the same number is still one decision.
alter table penalty_decision drop constraint penalty_decision_agency_id_document_number_key_key;
alter table penalty_decision
    add constraint penalty_decision_number_party_key unique (agency_id, document_number_key, party_name);
