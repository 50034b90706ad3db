-- Guessing access codes is throttled per client and slowed per tracking number, never locked per
-- number: a stranger who knows a tracking number must not be able to lock its holder out.
-- One row per key ('client:<address>' or 'number:<tracking number>'), counted atomically by upsert.
drop table tracking_failure;

create table tracking_throttle (
    key              text        primary key,
    window_opened_at timestamptz not null,
    attempts         integer     not null check (attempts >= 0)
);
