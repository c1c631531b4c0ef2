-- Name search joins the words of a name by customer: for each customer found by one word's prefix
-- range, it checks the next word's range for that customer. With (customer_id, token) that check is
-- one index seek; with the primary key (token, customer_id) alone it scanned the whole range of the
-- other word once per customer (seconds for "smith john" over a million customers).
drop index customer_name_token_customer_idx;
create index customer_name_token_customer_idx on customer_name_token (customer_id, token);
