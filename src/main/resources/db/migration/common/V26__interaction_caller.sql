-- Who is calling, how they proved it, and what was read out to them.
-- The caller: the customer itself (caller_role CUSTOMER, no party) or one of its related parties, named as
-- it was when the call started. Null for interactions recorded before this, or through the API.
alter table interaction add column caller_party_id uuid;
alter table interaction add column caller_name varchar(200);
alter table interaction add column caller_role varchar(24);
-- How the caller was verified (PIN, DOB_ID), when and by which agent; the wrong tries of each way on this
-- call, and when each way was locked for the rest of the call.
alter table interaction add column verification_method varchar(16);
alter table interaction add column verified_at timestamp with time zone;
alter table interaction add column verified_by uuid;
alter table interaction add column pin_failures integer default 0 not null;
alter table interaction add column details_failures integer default 0 not null;
alter table interaction add column pin_locked_at timestamp with time zone;
alter table interaction add column details_locked_at timestamp with time zone;

-- Every secret read out during the interaction: which (e.g. PUK1), of what (a line's number, a document's
-- masked number), when and by whom; never the value.
create table interaction_reveal (
    id              uuid          primary key,
    interaction_id  uuid          not null references interaction (id) on delete cascade,
    secret_kind     varchar(24)   not null,
    secret          varchar(32)   not null,
    subject         varchar(64),
    revealed_at     timestamp with time zone not null,
    revealed_by     varchar(64)   not null,
    revealed_by_name varchar(200) not null
);
create index interaction_reveal_interaction_idx on interaction_reveal (interaction_id, revealed_at);
