-- Finer statistics for the name words, so the planner's estimate of a prefix range ('smith'..'smiti')
-- is close to the thousands it holds rather than one row.
alter table customer_name_token alter column token set statistics 1000;
