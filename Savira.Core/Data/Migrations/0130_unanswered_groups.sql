-- The unanswered inbox: a message is also kept when it was answered by a clarification or the citizen said the
-- answer was wrong; each row carries the key of its question's group (its content words, normalised), and its
-- body is written with personal data masked. Rebuilt because SQLite cannot change a CHECK.
CREATE TABLE unanswered_messages_new (
    id          INTEGER PRIMARY KEY,
    inbound_id  INTEGER NOT NULL UNIQUE REFERENCES inbound_messages (id),
    body        TEXT NOT NULL, -- masked (Mask.Text); for 'wrong_answer', the question the wrong answer was given to
    reason      TEXT NOT NULL CHECK (reason IN ('low_confidence', 'out_of_scope', 'clarification', 'wrong_answer')),
    best_intent TEXT NULL,
    confidence  REAL NULL,
    received_at TEXT NOT NULL,
    resolved_at TEXT NULL, -- its group was turned into a knowledge entry or training examples
    group_key   TEXT NOT NULL DEFAULT ''
);
INSERT INTO unanswered_messages_new (id, inbound_id, body, reason, best_intent, confidence, received_at, resolved_at, group_key)
SELECT id, inbound_id, body, reason, best_intent, confidence, received_at, resolved_at, lower(trim(body)) FROM unanswered_messages;
DROP TABLE unanswered_messages;
ALTER TABLE unanswered_messages_new RENAME TO unanswered_messages;
CREATE INDEX ix_unanswered_messages_open ON unanswered_messages (resolved_at, received_at);
CREATE INDEX ix_unanswered_messages_group ON unanswered_messages (group_key, received_at);

-- What staff decided about a group, by its key: ignored (new messages of it stay out of the inbox), or handled
-- (the rows then were resolved; a later message of it comes back).
CREATE TABLE unanswered_groups (
    group_key   TEXT PRIMARY KEY,
    ignored_at  TEXT NULL,
    ignored_by  TEXT NULL,
    handled_at  TEXT NULL,
    handled_by  TEXT NULL,
    handled_as  TEXT NULL -- 'faq 12', 'examples pbb'
);
