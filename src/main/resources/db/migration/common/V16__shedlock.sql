-- ShedLock: one row per scheduled job, so that only one node of a cluster runs it at a time. Times are
-- the database's UTC clock without zone, as ShedLock writes them (usingDbTime).
create table shedlock (
    name        varchar(64)  not null primary key,
    lock_until  timestamp not null,
    locked_at   timestamp not null,
    locked_by   varchar(255) not null
);
