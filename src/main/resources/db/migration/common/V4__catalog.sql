create table catalog_plan (
    id                     uuid primary key,
    code                   varchar(32)   not null unique,
    name                   varchar(200)  not null,
    technical_name         varchar(64)   not null,
    line_type              varchar(16)   not null,
    payment_type           varchar(16)   not null,
    monthly_fee            numeric(19,4) not null,
    currency               varchar(3)    not null,
    included_minutes       int,
    included_texts         int,
    included_data_mb       int,
    commitment_months      int           not null,
    early_termination_fee  numeric(19,4) not null,
    partner_id             uuid,
    active                 boolean       not null
);

create table catalog_feature (
    id             uuid primary key,
    code           varchar(32)   not null unique,
    name           varchar(200)  not null,
    description    varchar(1000),
    monthly_price  numeric(19,4) not null,
    currency       varchar(3)    not null,
    active         boolean       not null
);
