-- Spring Modulith event publication registry (schema v2 of spring-modulith-events-jdbc 2.1).
create table if not exists event_publication (
    id                      uuid not null,
    completion_date         timestamp(9) with time zone,
    event_type              varchar(512)  not null,
    listener_id             varchar(512)  not null,
    publication_date        timestamp(9) with time zone not null,
    serialized_event        varchar(4000) not null,
    status                  varchar(20),
    completion_attempts     int,
    last_resubmission_date  timestamp(9) with time zone,
    primary key (id)
);
create index if not exists event_publication_by_listener_id_and_serialized_event_idx on event_publication (listener_id, serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);
