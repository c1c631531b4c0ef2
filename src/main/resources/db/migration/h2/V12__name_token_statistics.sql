-- H2 keeps no per-column statistics target (see the PostgreSQL twin of this file).
select 1;
