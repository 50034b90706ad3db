-- API keys that administrators issue to newsrooms, deputies' offices and other heavy readers: a higher request
-- rate than anonymous clients get. Only the SHA-256 of a key is stored; the key itself is shown once, when
-- issued. A key is never deleted: revoking it stamps revoked_at, and a revoked key counts as no key.
create table api_key (
    id          bigserial primary key,
    -- The key's first characters, which are not secret: they tell keys apart in listings and logs.
    name        text        not null unique,
    -- Who holds it: a newsroom, a deputy's office.
    holder      text        not null check (length(holder) between 1 and 200),
    per_minute  int         not null check (per_minute between 1 and 1000000),
    key_sha256  bytea       not null unique check (length(key_sha256) = 32),
    created_by  bigint      not null references staff_account (id),
    created_at  timestamptz not null default now(),
    revoked_at  timestamptz
);
