-- Staff who sign in with a JWT from an identity provider (or the installation's own key) have an
-- account row too, keyed by the token's issuer and subject, so that every event names who acted.
-- Their role and body come from the token on every request; only sample and test accounts keep an
-- opaque token's hash.
alter table staff_account add column issuer text;
alter table staff_account add column subject text;
alter table staff_account alter column token_sha256 drop not null;
alter table staff_account add constraint staff_account_subject_key unique (issuer, subject);
alter table staff_account add constraint staff_account_credential_check
    check (token_sha256 is not null or (issuer is not null and subject is not null));
