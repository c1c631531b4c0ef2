-- PENDING_ACTIVATION (18 characters) did not fit: every line status column takes 24.
alter table line_feature alter column status set data type varchar(24);
