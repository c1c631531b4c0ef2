-- A customer's reply to an answer waits for the agent who answered (the Waiting folder) until the
-- ticket moves on: answered again, dispatched, assigned, returned or closed.
alter table ticket add column customer_replied_at timestamp with time zone;
