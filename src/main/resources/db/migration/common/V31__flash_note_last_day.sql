-- A FLASH note's last day as the agent chose it. expires_at (the instant the note stops showing: the end
-- of that day in the zone of the agent who wrote it) stays for the filter; pages show the day itself, so
-- "show until 31 December" reads 31 December in every time zone instead of the next morning's date.
-- Notes written before keep only their instant, and pages show it with its time.
alter table customer_flash_note add column last_day date;
