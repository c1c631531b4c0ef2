-- An event may carry a text of up to 4,000 characters (a ticket's return reason, a forward comment) and
-- more around it: the registry's column must hold more than Spring Modulith's default 4,000 (PostgreSQL
-- already has text).
alter table event_publication alter column serialized_event set data type varchar(1000000);
