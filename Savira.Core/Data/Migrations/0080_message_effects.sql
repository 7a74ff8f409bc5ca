-- Every side effect a message causes (a report filed, a queue number taken or cancelled, a handoff opened, an
-- outage reported) is recorded under the message's key in the same transaction as the effect itself. The
-- message's journal row and reply are committed later; if the host dies in between, Twilio's retry of the
-- same MessageSid runs the conversation again and finds the effect here instead of repeating it.
CREATE TABLE message_effects (
    channel    TEXT NOT NULL,
    message_id TEXT NOT NULL,
    sequence   INTEGER NOT NULL, -- the n-th effect of this message (0, 1, …), in the order the handlers asked for them
    kind       TEXT NOT NULL,    -- 'report', 'queue_take', …: for operators reading the table
    result     TEXT NOT NULL,    -- JSON of what the effect returned, handed back on a retry
    created_at TEXT NOT NULL,
    PRIMARY KEY (channel, message_id, sequence)
);

-- The message that opened a handoff: its own retry is not silenced by the handoff it opened.
ALTER TABLE handoffs ADD COLUMN message_id TEXT NULL;
