-- A citizen's request for a human officer. While one is open (not released, not expired) the bot stays
-- silent for that sender; the conversation itself is in inbound_messages/outbound_messages.
CREATE TABLE handoffs (
    id           INTEGER PRIMARY KEY,
    sender       TEXT NOT NULL,
    channel      TEXT NOT NULL,
    request_text TEXT NOT NULL,
    requested_at TEXT NOT NULL,
    expires_at   TEXT NOT NULL,
    released_at  TEXT NULL,
    released_by  TEXT NULL
);
CREATE INDEX ix_handoffs_sender ON handoffs (sender, id);

-- Messages for a citizen that are shown before the reply to their next message (e.g. a report's new status).
CREATE TABLE citizen_notices (
    id           INTEGER PRIMARY KEY,
    sender       TEXT NOT NULL,
    text         TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    delivered_at TEXT NULL
);
CREATE INDEX ix_citizen_notices_pending ON citizen_notices (sender) WHERE delivered_at IS NULL;
