-- What the retention job removed (UU 27/2022 PDP: personal data is kept only as long as it is needed), one row
-- per kind of data, table and run, written in the same transactions as the deletions it counts.
CREATE TABLE retention_purges (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL,    -- the Savira:Retention period that applied: 'messages', 'sessions', …
    table_name       TEXT NOT NULL,    -- the table rows were removed from or anonymised in
    action           TEXT NOT NULL CHECK (action IN ('deleted', 'anonymised')),
    rows             INTEGER NOT NULL,
    cutoff           TEXT NOT NULL,    -- rows older than this (an instant, or a WIB day) were past their period
    started_at       TEXT NOT NULL,
    finished_at      TEXT NOT NULL,
    batches          INTEGER NOT NULL, -- each batch one short write on the writer thread
    longest_batch_ms REAL NOT NULL     -- the longest time one batch's statements took inside the writer's transaction
);
CREATE INDEX ix_retention_purges_started ON retention_purges (started_at);

-- Who did what with citizens' data outside a conversation (a privacy export or erasure, a backup).
-- Kept the longest of all data; issue 11 adds a hash chain for the console on these columns.
CREATE TABLE audit_log (
    id     INTEGER PRIMARY KEY,
    at     TEXT NOT NULL,
    actor  TEXT NOT NULL, -- the OS user who ran the command, or the operator
    action TEXT NOT NULL, -- 'privacy.export', 'privacy.erase', 'backup'
    detail TEXT NOT NULL  -- JSON: the masked number, rows per table, the file
);
CREATE INDEX ix_audit_log_at ON audit_log (at);
