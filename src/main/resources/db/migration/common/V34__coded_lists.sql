-- Administered lists are one kind (platform.codes): an entry per list and code, and its names in a table of
-- their own, one row per language, so that a language more is data, not a column. The ticket categories,
-- resolution codes and queues and the interaction wrap-up codes move here with their names; what only one
-- list has stays in its module's table, keyed by the entry's id (a category's SLA hours, a queue's partner,
-- members and round-robin turn). Entries keep their ids, so the tickets' keys still hold.
create table platform_code (
    id          uuid         primary key,
    list_name   varchar(40)  not null,
    code        varchar(40)  not null,
    active      boolean      not null,
    position    integer      not null,
    version     bigint       not null,
    updated_at  timestamp with time zone not null,
    updated_by  varchar(64)  not null,
    constraint platform_code_list_code_uq unique (list_name, code)
);

create table platform_code_name (
    code_id   uuid         not null references platform_code (id),
    language  varchar(12)  not null,
    name      varchar(100) not null,
    primary key (code_id, language)
);

-- Categories: in the order of their codes, as the page showed them.
insert into platform_code (id, list_name, code, active, position, version, updated_at, updated_by)
select id, 'ticket.category', code, active, 10 * row_number() over (order by code), version, updated_at, updated_by
from ticket_category;
insert into platform_code_name (code_id, language, name) select id, 'en', name_en from ticket_category;
insert into platform_code_name (code_id, language, name) select id, 'ru', name_ru from ticket_category;
alter table ticket_category drop column name_en;
alter table ticket_category drop column name_ru;
alter table ticket_category drop column active;
alter table ticket_category drop column updated_at;
alter table ticket_category drop column updated_by;
alter table ticket_category drop column version;
-- the code stays beside the hours (it never changes): the ticket lists and the TMF621 filters join on it
alter table ticket_category add constraint ticket_category_entry_fk foreign key (id) references platform_code (id);

-- Resolution codes have nothing of their own: tickets carry the code.
insert into platform_code (id, list_name, code, active, position, version, updated_at, updated_by)
select id, 'ticket.resolution', code, active, 10 * row_number() over (order by code), version, updated_at, updated_by
from ticket_resolution;
insert into platform_code_name (code_id, language, name) select id, 'en', name_en from ticket_resolution;
insert into platform_code_name (code_id, language, name) select id, 'ru', name_ru from ticket_resolution;
drop table ticket_resolution;

-- Queues had a name and no code: the code is made from the name's Latin letters and digits
-- (BILLING_BACK_OFFICE), QUEUE when it has none, QUEUE_... when it does not start with a letter, numbered
-- (_2, _3) when two partners' queues come out the same. The name is taken
-- as the English one; the Russian names are typed in on /admin/queues (until then they read in English).
create table ticket_queue_code_draft (
    id    uuid        primary key,
    code  varchar(60) not null
);
insert into ticket_queue_code_draft (id, code)
select id, substring(trim(both '_' from upper(regexp_replace(name, '[^A-Za-z0-9]+', '_', 'g'))) from 1 for 30)
from ticket_queue;
update ticket_queue_code_draft set code = 'QUEUE' where code = '';
update ticket_queue_code_draft set code = 'QUEUE_' || code
where char_length(code) < 2 or substring(code from 1 for 1) not between 'A' and 'Z';
create table ticket_queue_code_numbered as
select id, code, row_number() over (partition by code order by id) as n from ticket_queue_code_draft;
insert into platform_code (id, list_name, code, active, position, version, updated_at, updated_by)
select q.id, 'ticket.queue', case when d.n = 1 then d.code else d.code || '_' || d.n end, q.active,
       10 * row_number() over (order by q.name, q.id), q.version, q.updated_at, q.updated_by
from ticket_queue q join ticket_queue_code_numbered d on d.id = q.id;
insert into platform_code_name (code_id, language, name) select id, 'en', name from ticket_queue;
drop table ticket_queue_code_numbered;
drop table ticket_queue_code_draft;
alter table ticket_queue drop constraint ticket_queue_name_uq;
alter table ticket_queue drop column name;
alter table ticket_queue drop column active;
alter table ticket_queue drop column updated_at;
alter table ticket_queue drop column updated_by;
-- ticket_queue.version stays: it guards the round-robin turn, which moves with every ticket handed out
alter table ticket_queue add constraint ticket_queue_entry_fk foreign key (id) references platform_code (id);

-- Wrap-up codes: interactions carry the code (the database no longer checks it against a table of the
-- interaction module; the module checks it against the list when an interaction is wrapped up or changed).
insert into platform_code (id, list_name, code, active, position, version, updated_at, updated_by)
select gen_random_uuid(), 'interaction.wrap-up', code, active, position, version, updated_at, updated_by
from interaction_wrap_up_code;
insert into platform_code_name (code_id, language, name)
select c.id, 'en', w.name_en from interaction_wrap_up_code w join platform_code c
  on c.list_name = 'interaction.wrap-up' and c.code = w.code;
insert into platform_code_name (code_id, language, name)
select c.id, 'ru', w.name_ru from interaction_wrap_up_code w join platform_code c
  on c.list_name = 'interaction.wrap-up' and c.code = w.code;
drop table interaction_wrap_up_code cascade;
