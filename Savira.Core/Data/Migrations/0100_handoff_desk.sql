-- A handoff is no longer a silence: it is 'waiting' (the bot keeps answering) until an officer claims it, 'held'
-- while an officer has it (the citizen's messages go to the officer), then 'returned' (to the bot by the officer or
-- by the citizen's "selesai") or 'closed' (the request withdrawn or dropped before anyone took it).
-- expires_at now holds when a claim is due (ClaimWithinMinutes after the request, or after the next opening).
ALTER TABLE handoffs ADD COLUMN state TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'held', 'returned', 'closed'));
ALTER TABLE handoffs ADD COLUMN service TEXT NOT NULL DEFAULT 'umum';
ALTER TABLE handoffs ADD COLUMN held_by TEXT NULL;
ALTER TABLE handoffs ADD COLUMN held_at TEXT NULL;
ALTER TABLE handoffs ADD COLUMN assigned_to TEXT NULL;        -- a transfer to one officer: only they may claim it
ALTER TABLE handoffs ADD COLUMN acknowledged_at TEXT NULL;    -- the citizen was told once that a person has it
ALTER TABLE handoffs ADD COLUMN overdue_told_at TEXT NULL;    -- the citizen was told once that nobody claimed it in time
ALTER TABLE handoffs ADD COLUMN last_citizen_at TEXT NULL;
UPDATE handoffs SET state = 'closed' WHERE released_at IS NOT NULL OR expires_at <= strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
CREATE INDEX ix_handoffs_active ON handoffs (sender) WHERE state IN ('waiting', 'held');

-- What was said within a handoff, for the officer: the citizen, the bot, officers, and the desk's own events.
CREATE TABLE handoff_messages (
    id          INTEGER PRIMARY KEY,
    handoff_id  INTEGER NOT NULL REFERENCES handoffs (id),
    author      TEXT NOT NULL CHECK (author IN ('citizen', 'bot', 'officer', 'event')),
    officer     TEXT NULL,        -- who wrote it or did it, for officer lines and events
    text        TEXT NOT NULL,
    at          TEXT NOT NULL,
    outbox_id   INTEGER NULL,     -- an officer's message on its way to the citizen
    dedupe_key  TEXT NULL UNIQUE  -- an officer's Idempotency-Key: a retried call adds nothing
);
CREATE INDEX ix_handoff_messages_handoff ON handoff_messages (handoff_id, id);

-- A pushed message may name its template: NULL is the reminder template (Savira:Outbox:TemplateContentSid),
-- 'notice' the general notice template (Savira:Outbox:NoticeTemplateContentSid, else the same one).
ALTER TABLE outbox ADD COLUMN template TEXT NULL;
