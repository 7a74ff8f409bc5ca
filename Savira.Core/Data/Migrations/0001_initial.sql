-- Conversations: one row per sender, and every message in and out.
CREATE TABLE sessions (
    sender           TEXT PRIMARY KEY,
    started_at       TEXT NOT NULL,
    last_activity_at TEXT NOT NULL,
    dialogue         TEXT NULL -- JSON of the dialogue awaiting an answer
);

CREATE TABLE inbound_messages (
    id           INTEGER PRIMARY KEY,
    channel      TEXT NOT NULL,
    message_id   TEXT NOT NULL,
    sender       TEXT NOT NULL,
    profile_name TEXT NULL,
    body         TEXT NOT NULL,
    media        TEXT NULL, -- JSON array of {url, contentType}
    latitude     REAL NULL,
    longitude    REAL NULL,
    received_at  TEXT NOT NULL,
    intent       TEXT NULL,
    confidence   REAL NULL,
    handler      TEXT NULL,
    UNIQUE (channel, message_id)
);
CREATE INDEX ix_inbound_messages_sender ON inbound_messages (sender, received_at);

CREATE TABLE outbound_messages (
    id         INTEGER PRIMARY KEY,
    inbound_id INTEGER NULL REFERENCES inbound_messages (id),
    channel    TEXT NOT NULL,
    recipient  TEXT NOT NULL,
    sequence   INTEGER NOT NULL,
    body       TEXT NOT NULL,
    intent     TEXT NULL,
    handler    TEXT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX ix_outbound_messages_inbound ON outbound_messages (inbound_id, sequence);
