-- Sign-in throttling (brute force): failed attempts per account (an agent's username or an API client's id,
-- known or not) and per client address, kept in the database so that every node and every restart sees them.
-- A row lives while attempts are counted or a lock holds; a successful sign-in removes the account's row.
create table platform_sign_in_throttle (
    subject_type     varchar(16)  not null,
    subject          varchar(100) not null,
    failures         int          not null,
    last_attempt_at  timestamp with time zone not null,
    -- no attempt is checked before this time (growing delays)
    next_attempt_at  timestamp with time zone,
    locked_at        timestamp with time zone,
    locked_until     timestamp with time zone,
    -- where the last attempt on an account came from, for the administrator
    last_address     varchar(64),
    primary key (subject_type, subject)
);
create index platform_sign_in_throttle_locked_idx on platform_sign_in_throttle (locked_until);

-- One signing key per generation: two nodes starting on an empty database at the same moment cannot each
-- make a first key (the second insert fails and that node reads the first one's key). Keys made before
-- are numbered in the order they were made, the newest (the one in use) last.
alter table platform_signing_key add column generation int;
update platform_signing_key k set generation = 1 + (select count(*) from platform_signing_key o
    where o.created_at < k.created_at or (o.created_at = k.created_at and o.key_id < k.key_id));
alter table platform_signing_key alter column generation set not null;
create unique index platform_signing_key_generation_key on platform_signing_key (generation);
