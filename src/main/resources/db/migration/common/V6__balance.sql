-- The prepaid main balance of a line (postpaid lines have none).
create table balance_account (
    line_id       uuid primary key,
    main_balance  numeric(19,4) not null,
    currency      varchar(3)    not null,
    expires_at    timestamp with time zone,
    updated_at    timestamp with time zone not null
);

create table balance_additional (
    id          uuid primary key,
    line_id     uuid          not null,
    name        varchar(100)  not null,
    amount      numeric(19,4) not null,
    currency    varchar(3)    not null,
    expires_at  timestamp with time zone
);
create index balance_additional_line_idx on balance_additional (line_id);

-- Allowance buckets: minutes, texts, data. A null allowance is unlimited.
create table balance_bucket (
    id            uuid primary key,
    line_id       uuid         not null,
    bucket_type   varchar(16)  not null,
    unit          varchar(8)   not null,
    allowance     bigint,
    used          bigint       not null,
    period_start  timestamp with time zone not null,
    period_end    timestamp with time zone not null,
    source        varchar(64)  not null
);
create index balance_bucket_line_idx on balance_bucket (line_id);

create table balance_accumulator (
    id            uuid primary key,
    line_id       uuid          not null,
    name          varchar(100)  not null,
    amount        numeric(19,4) not null,
    unit          varchar(16)   not null,
    period_start  timestamp with time zone not null,
    period_end    timestamp with time zone not null
);
create index balance_accumulator_line_idx on balance_accumulator (line_id);
