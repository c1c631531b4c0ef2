-- Partners (tenants): the operator at the root, MVNOs and resellers beneath it.
create table partner (
    id              uuid primary key,
    code            varchar(32)  not null unique,
    name            varchar(200) not null,
    partner_type    varchar(16)  not null,
    parent_id       uuid references partner (id),
    regions         varchar(64)  not null,
    currency        varchar(3)   not null,
    time_zone       varchar(64)  not null,
    created_at      timestamp with time zone not null
);
create index partner_parent_idx on partner (parent_id);

-- Typed per-partner rules; a partner without a value inherits its parent's, then the rule's default.
create table partner_rule (
    partner_id  uuid          not null references partner (id),
    rule_key    varchar(80)   not null,
    rule_value  varchar(1000) not null,
    updated_at  timestamp with time zone not null,
    updated_by  varchar(64)   not null,
    primary key (partner_id, rule_key)
);
