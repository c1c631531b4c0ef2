-- Wrap-up codes are administered from the desk: who changed one last, when, and the version an edit
-- was made from (an edit from an older version is refused).
alter table interaction_wrap_up_code add column version bigint default 0 not null;
alter table interaction_wrap_up_code add column updated_at timestamp with time zone default current_timestamp not null;
alter table interaction_wrap_up_code add column updated_by varchar(64) default 'system' not null;
