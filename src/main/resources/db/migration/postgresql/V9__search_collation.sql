-- Name search scans a prefix range (token >= 'ива' and token < 'ивб') on the primary key. Under a
-- linguistic collation that range is not the set of tokens starting with the prefix, so the column
-- uses byte order ("C"), which is also what H2 compares by. Range predicates keep the index usable
-- with the JDBC driver's generic (prepared) plans, which a LIKE 'x%' parameter would not.
alter table customer_name_token drop constraint customer_name_token_pkey;
alter table customer_name_token alter column token type varchar(64) collate "C";
alter table customer_name_token add primary key (token, customer_id);

