create table agent (
    id                     uuid primary key,
    username               varchar(64)   not null unique,
    display_name           varchar(200)  not null,
    password_hash          varchar(200)  not null,
    partner_id             uuid          not null,
    language               varchar(8)    not null,
    time_zone              varchar(64)   not null,
    approval_limit         numeric(19,4) not null,
    approval_currency      varchar(3)    not null,
    enabled                boolean       not null,
    version                bigint        not null,
    created_at             timestamp with time zone not null
);
create index agent_partner_idx on agent (partner_id);

create table agent_role (
    agent_id  uuid        not null references agent (id),
    role      varchar(16) not null,
    primary key (agent_id, role)
);
