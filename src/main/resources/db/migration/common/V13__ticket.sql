-- Tickets (tasks): the administered lists (categories with their SLA, resolution codes, queues and
-- their members), the tickets with their readable numbers, comments and the action history written
-- in the same transaction as every change.
create sequence ticket_number_seq start with 1 increment by 1;

create table ticket_category (
    id                  uuid primary key,
    code                varchar(40)  not null unique,
    name_en             varchar(100) not null,
    name_ru             varchar(100) not null,
    sla_critical_hours  integer      not null,
    sla_high_hours      integer      not null,
    sla_medium_hours    integer      not null,
    sla_low_hours       integer      not null,
    active              boolean      not null,
    updated_at          timestamp with time zone not null,
    updated_by          varchar(64)  not null,
    version             bigint       not null
);

create table ticket_resolution (
    id          uuid primary key,
    code        varchar(40)  not null unique,
    name_en     varchar(100) not null,
    name_ru     varchar(100) not null,
    active      boolean      not null,
    updated_at  timestamp with time zone not null,
    updated_by  varchar(64)  not null,
    version     bigint       not null
);

create table ticket_queue (
    id                uuid primary key,
    name              varchar(100) not null,
    partner_id        uuid         not null,
    auto_assign       boolean      not null,
    last_assigned_id  uuid,
    active            boolean      not null,
    updated_at        timestamp with time zone not null,
    updated_by        varchar(64)  not null,
    version           bigint       not null,
    constraint ticket_queue_name_uq unique (partner_id, name)
);

create table ticket_queue_member (
    queue_id  uuid not null references ticket_queue (id),
    agent_id  uuid not null,
    primary key (queue_id, agent_id)
);
create index ticket_queue_member_agent_idx on ticket_queue_member (agent_id);

create table ticket (
    id                  uuid primary key,
    number              varchar(20)   not null unique,
    customer_id         uuid          not null,
    partner_id          uuid          not null,
    billing_account_id  uuid,
    line_id             uuid,
    category_id         uuid          not null references ticket_category (id),
    priority            varchar(10)   not null,
    channel             varchar(10)   not null,
    subject             varchar(200)  not null,
    content             varchar(8000) not null,
    status              varchar(20)   not null,
    expiry              integer       not null,
    creator_id          uuid,
    created_by          varchar(64)   not null,
    owner_id            uuid,
    queue_id            uuid references ticket_queue (id),
    viewed_by_owner     boolean       not null,
    answered_by         uuid,
    answered_at         timestamp with time zone,
    customer_viewed_at  timestamp with time zone,
    clock_started_at    timestamp with time zone not null,
    return_reason       varchar(4000),
    forward_count       integer       not null,
    return_count        integer       not null,
    resolution_code     varchar(40),
    closed_at           timestamp with time zone,
    closed_by           uuid,
    previous_id         uuid references ticket (id),
    due_at              timestamp with time zone not null,
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    updated_by          varchar(64)   not null,
    version             bigint        not null
);
create index ticket_customer_idx on ticket (customer_id, updated_at);
create index ticket_owner_idx on ticket (owner_id, status);
create index ticket_creator_idx on ticket (creator_id, status);
create index ticket_queue_idx on ticket (queue_id, status);
create index ticket_status_idx on ticket (status, expiry);
create index ticket_partner_idx on ticket (partner_id, created_at);

create table ticket_action (
    id              uuid primary key,
    ticket_id       uuid          not null references ticket (id),
    at              timestamp with time zone not null,
    actor           varchar(64)   not null,
    actor_id        uuid,
    actor_name      varchar(200)  not null,
    action          varchar(30)   not null,
    from_status     varchar(20),
    to_status       varchar(20),
    from_queue_id   uuid,
    to_queue_id     uuid,
    from_owner_id   uuid,
    to_owner_id     uuid,
    comment         varchar(4000)
);
create index ticket_action_ticket_idx on ticket_action (ticket_id, at);

create table ticket_comment (
    id           uuid primary key,
    ticket_id    uuid          not null references ticket (id),
    at           timestamp with time zone not null,
    author       varchar(64)   not null,
    author_id    uuid,
    author_name  varchar(200)  not null,
    body         varchar(4000) not null
);
create index ticket_comment_ticket_idx on ticket_comment (ticket_id, at);
