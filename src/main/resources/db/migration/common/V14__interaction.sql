-- Interactions: every contact with a customer. Readable numbers (I-000123) come from a sequence.
create sequence interaction_number_seq start with 1;

-- The administered list of wrap-up codes the agent picks from when a contact ends.
-- Administered from the desk: who changed a code last and when, and the version an edit was made from.
create table interaction_wrap_up_code (
    code        varchar(32)  primary key,
    name_en     varchar(100) not null,
    name_ru     varchar(100) not null,
    active      boolean      not null,
    position    integer      not null,
    version     bigint       default 0 not null,
    updated_at  timestamp with time zone default current_timestamp not null,
    updated_by  varchar(64)  default 'system' not null
);

create table interaction (
    id             uuid primary key,
    number         varchar(16)   not null unique,
    partner_id     uuid          not null,
    -- null when an integrator recorded a contact with a caller it could not identify
    customer_id    uuid,
    channel        varchar(16)   not null,
    direction      varchar(8)    not null,
    -- null for an interaction an API client recorded
    agent_id       uuid,
    reason         varchar(500),
    wrap_up_code   varchar(32)   references interaction_wrap_up_code (code),
    notes          varchar(4000),
    started_at     timestamp with time zone not null,
    ended_at       timestamp with time zone,
    -- the agent while the interaction is open, null once it ended: with customer_id unique, so an
    -- agent has at most one open interaction with a customer (nulls never collide)
    open_agent_id  uuid,
    -- written by the TMF683 adapter: TMF channel references as given, and TMF attributes not modelled here
    channel_refs   text,
    tmf_extension  text,
    created_at     timestamp with time zone not null,
    created_by     varchar(64)   not null,
    updated_at     timestamp with time zone not null,
    updated_by     varchar(64)   not null,
    version        bigint        not null,
    constraint interaction_one_open_per_agent unique (open_agent_id, customer_id)
);
create index interaction_customer_idx on interaction (customer_id, started_at);
create index interaction_partner_idx on interaction (partner_id, started_at);
create index interaction_agent_idx on interaction (agent_id, ended_at);

-- Tickets created while the interaction was open.
create table interaction_ticket (
    interaction_id  uuid        not null references interaction (id) on delete cascade,
    ticket_id       uuid        not null,
    ticket_number   varchar(16) not null,
    linked_at       timestamp with time zone not null,
    primary key (interaction_id, ticket_id)
);
create index interaction_ticket_ticket_idx on interaction_ticket (ticket_id);
