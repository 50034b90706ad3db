-- A client may send a key with a filing and send it again when the answer did not reach it: the complaint is filed
-- once and the retry gets the first answer. Only the key's SHA-256 is kept, with a hash of the input (a retry must
-- send the same) and the access code sealed under a key derived from the filing key, which the portal does not keep.
alter table complaint
    add column filing_key_sha256   bytea check (length(filing_key_sha256) = 32),
    add column filing_input_sha256 bytea check (length(filing_input_sha256) = 32),
    add column access_code_sealed  bytea,
    add constraint complaint_filing_parts check (
        (filing_key_sha256 is null) = (filing_input_sha256 is null)
        and (filing_key_sha256 is null) = (access_code_sealed is null));
create unique index complaint_filing_key on complaint (filing_key_sha256) where filing_key_sha256 is not null;
