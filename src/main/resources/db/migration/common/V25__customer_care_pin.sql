-- The customer's care PIN: what a caller says to prove they may act for the customer. Kept as a one-way
-- hash (the application's PasswordEncoder), never in clear. Wrong tries in a row across calls lock the PIN
-- check for a while. A table of its own, so that a wrong try does not change the customer's version (and
-- so does not refuse another agent's profile edit made at the same moment).
create table customer_care_pin (
    customer_id   uuid          primary key references customer (id) on delete cascade,
    pin_hash      varchar(200)  not null,
    set_at        timestamp with time zone not null,
    set_by        varchar(64)   not null,
    wrong_tries   integer       default 0 not null,
    locked_until  timestamp with time zone,
    version       bigint        default 0 not null
);
