-- The audit log becomes a hash chain: each row carries the hash of the one before and its own, so a row changed
-- or removed in the file is found by `audit verify`; and where a change came from (an IP address, or 'cli').
ALTER TABLE audit_log ADD COLUMN origin TEXT NULL;
ALTER TABLE audit_log ADD COLUMN previous_hash TEXT NULL;
ALTER TABLE audit_log ADD COLUMN hash TEXT NULL;
