-- Who viewed or changed what, and when. Written in the same transaction as the change it records.
create table audit_entry (
    id              uuid primary key,
    occurred_at     timestamp with time zone not null,
    actor_id        uuid,
    actor_username  varchar(64)   not null,
    actor_name      varchar(200)  not null,
    partner_id      uuid,
    action          varchar(64)   not null,
    subject_type    varchar(32)   not null,
    subject_id      varchar(64)   not null,
    customer_id     uuid,
    details         varchar(4000)
);
create index audit_entry_customer_idx on audit_entry (customer_id, occurred_at);
create index audit_entry_subject_idx on audit_entry (subject_type, subject_id, occurred_at);
