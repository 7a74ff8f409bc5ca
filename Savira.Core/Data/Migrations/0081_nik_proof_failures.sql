-- Wrong answers to the "last four digits of the NIK" offer, per sender: past a few a day, no more offers, so the
-- digits (often a low serial number) cannot be found by trying the record again and again.
CREATE TABLE nik_proof_failures (
    id        INTEGER PRIMARY KEY,
    sender    TEXT NOT NULL,
    failed_at TEXT NOT NULL
);
CREATE INDEX ix_nik_proof_failures_sender ON nik_proof_failures (sender, failed_at);
