create table line_service (
    id                     uuid primary key,
    customer_id            uuid          not null,
    billing_account_id     uuid          not null,
    line_type              varchar(16)   not null,
    mdn                    varchar(16),
    carrier                varchar(64),
    status                 varchar(16)   not null,
    status_reason          varchar(200),
    status_changed_at      timestamp with time zone not null,
    activated_at           timestamp with time zone,
    plan_code              varchar(32)   not null,
    plan_changed_at        timestamp with time zone not null,
    arpu                   numeric(19,4),
    arpu_currency          varchar(3),
    service_username       varchar(100),
    service_password       varchar(500),
    forwarding_number      varchar(16),
    forwarding_enabled     boolean       not null,
    user_full_name         varchar(200),
    user_date_of_birth     date,
    user_document          varchar(100),
    user_phone             varchar(16),
    user_email             varchar(254),
    user_address           varchar(300),
    user_notes             varchar(1000),
    version                bigint        not null,
    created_at             timestamp with time zone not null,
    created_by             varchar(64)   not null,
    updated_at             timestamp with time zone not null,
    updated_by             varchar(64)   not null
);
create index line_service_customer_idx on line_service (customer_id);
create index line_service_account_idx on line_service (billing_account_id);
create index line_service_mdn_idx on line_service (mdn);

-- PIN/PUK codes are encrypted at rest (AES-GCM); only an audited reveal decrypts them.
create table line_sim (
    id            uuid primary key,
    line_id       uuid         not null references line_service (id),
    iccid         varchar(22)  not null unique,
    imsi          varchar(15),
    pin1          varchar(200),
    puk1          varchar(200),
    pin2          varchar(200),
    puk2          varchar(200),
    hlr           varchar(64),
    status        varchar(16)  not null,
    installed_at  timestamp with time zone not null
);
create index line_sim_line_idx on line_sim (line_id);

create table line_device (
    id                 uuid primary key,
    line_id            uuid         not null references line_service (id),
    equipment_id       varchar(20)  not null,
    equipment_id_type  varchar(8)   not null,
    make               varchar(64),
    model              varchar(100),
    status             varchar(16)  not null,
    attached_at        timestamp with time zone not null
);
create index line_device_line_idx on line_device (line_id);
create index line_device_equipment_idx on line_device (equipment_id);

create table line_feature (
    id              uuid primary key,
    line_id         uuid         not null references line_service (id),
    feature_code    varchar(32)  not null,
    status          varchar(16)  not null,
    activated_at    timestamp with time zone,
    deactivated_at  timestamp with time zone
);
create index line_feature_line_idx on line_feature (line_id);

-- Every operation on a feature (SOC), with its operation status, for the SOC history.
create table line_feature_history (
    id             uuid primary key,
    line_id        uuid         not null references line_service (id),
    feature_code   varchar(32)  not null,
    action         varchar(16)  not null,
    op_status      varchar(16)  not null,
    occurred_at    timestamp with time zone not null,
    actor          varchar(64)  not null
);
create index line_feature_history_line_idx on line_feature_history (line_id, occurred_at);

create table line_plan_history (
    id          uuid primary key,
    line_id     uuid         not null references line_service (id),
    plan_code   varchar(32)  not null,
    started_at  timestamp with time zone not null,
    ended_at    timestamp with time zone,
    actor       varchar(64)  not null
);
create index line_plan_history_line_idx on line_plan_history (line_id, started_at);
