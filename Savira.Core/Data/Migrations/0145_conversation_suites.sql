-- Conversation suites stored in the console (the format of shared/eval/CONVERSATIONS.md, as written by staff):
-- publishing a knowledge draft first runs them, and lists every case the draft would make fail.
CREATE TABLE conversation_suites (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    cases      TEXT NOT NULL, -- the suite's JSON, as saved (it parses: ConversationSuite)
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);
