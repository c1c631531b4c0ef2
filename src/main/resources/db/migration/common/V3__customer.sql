create table customer (
    id                  uuid primary key,
    customer_number     varchar(16)  not null unique,
    customer_type       varchar(16)  not null,
    status              varchar(16)  not null,
    partner_id          uuid         not null,
    signing_agent_id    uuid,
    first_name          varchar(100),
    middle_name         varchar(100),
    last_name           varchar(100),
    organisation_name   varchar(200),
    date_of_birth       date,
    tax_id              varchar(20),
    tax_id_type         varchar(8),
    preferred_language  varchar(8)   not null,
    version             bigint       not null,
    created_at          timestamp with time zone not null,
    created_by          varchar(64)  not null,
    updated_at          timestamp with time zone not null,
    updated_by          varchar(64)  not null
);
create index customer_partner_idx on customer (partner_id);
create index customer_tax_id_idx on customer (tax_id);

-- One row per word of the customer's name, lower-cased and folded (ё -> е); name search is a
-- prefix range scan per word on the primary key, intersected by customer.
create table customer_name_token (
    token        varchar(64) not null,
    customer_id  uuid        not null references customer (id) on delete cascade,
    primary key (token, customer_id)
);
create index customer_name_token_customer_idx on customer_name_token (customer_id);

create table customer_identity_document (
    id             uuid primary key,
    customer_id    uuid         not null references customer (id) on delete cascade,
    document_type  varchar(16)  not null,
    series         varchar(16),
    doc_number     varchar(32)  not null,
    issuer         varchar(200),
    issued_on      date,
    position       int          not null
);
create index customer_identity_document_customer_idx on customer_identity_document (customer_id);

create table customer_contact_medium (
    id            uuid primary key,
    customer_id   uuid         not null references customer (id) on delete cascade,
    medium_type   varchar(16)  not null,
    purpose       varchar(16)  not null,
    preferred     boolean      not null,
    phone_number  varchar(16),
    email         varchar(254),
    email_key     varchar(254),
    street        varchar(200),
    city          varchar(100),
    region        varchar(100),
    postcode      varchar(20),
    country       varchar(2),
    position      int          not null
);
create index customer_contact_medium_customer_idx on customer_contact_medium (customer_id);
create index customer_contact_medium_email_idx on customer_contact_medium (email_key);
create index customer_contact_medium_phone_idx on customer_contact_medium (phone_number);

create table customer_related_party (
    id                    uuid primary key,
    customer_id           uuid         not null references customer (id) on delete cascade,
    party_role            varchar(24)  not null,
    name                  varchar(200) not null,
    phone_number          varchar(16),
    email                 varchar(254),
    related_customer_id   uuid,
    position              int          not null
);
create index customer_related_party_customer_idx on customer_related_party (customer_id);

create table customer_billing_account (
    id                    uuid primary key,
    customer_id           uuid          not null references customer (id),
    account_number        varchar(20)   not null unique,
    contract_number       varchar(40),
    contract_key          varchar(40),
    contract_type         varchar(16)   not null,
    contract_date         date,
    branch                varchar(100),
    currency              varchar(3)    not null,
    payment_type          varchar(16)   not null,
    bill_cycle_day        int,
    status                varchar(16)   not null,
    balance               numeric(19,4) not null,
    primary_party_id      uuid,
    created_at            timestamp with time zone not null
);
create index customer_billing_account_customer_idx on customer_billing_account (customer_id);
create index customer_billing_account_contract_idx on customer_billing_account (contract_key);

-- FLASH notes: the alerts an agent must see first when opening the customer.
create table customer_flash_note (
    id               uuid primary key,
    customer_id      uuid          not null references customer (id) on delete cascade,
    body             varchar(2000) not null,
    severity         varchar(16)   not null,
    author_agent_id  uuid,
    author_name      varchar(200)  not null,
    created_at       timestamp with time zone not null,
    expires_at       timestamp with time zone
);
create index customer_flash_note_customer_idx on customer_flash_note (customer_id, created_at);

create table customer_recent (
    agent_id     uuid not null,
    customer_id  uuid not null references customer (id) on delete cascade,
    opened_at    timestamp with time zone not null,
    primary key (agent_id, customer_id)
);
create index customer_recent_agent_idx on customer_recent (agent_id, opened_at);
