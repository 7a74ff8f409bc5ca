-- Knowledge entries are edited as drafts and published as numbered versions. faq_entries keeps what citizens are
-- answered from: the content of the entry's latest published version (published_version; 0 = never published),
-- and edit_version, which changes with every save so that an editor working on an old copy is told instead of
-- overwriting someone else's work.
ALTER TABLE faq_entries ADD COLUMN starts_at TEXT; -- UTC ISO 8601; before it the entry does not answer yet
ALTER TABLE faq_entries ADD COLUMN ends_at TEXT;   -- from it on the entry no longer answers
ALTER TABLE faq_entries ADD COLUMN published_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE faq_entries ADD COLUMN edit_version INTEGER NOT NULL DEFAULT 1;

-- The unpublished changes of an entry, at most one draft each; gone once published.
CREATE TABLE faq_drafts (
    entry_id   INTEGER PRIMARY KEY REFERENCES faq_entries (id),
    intent     TEXT NOT NULL,
    question   TEXT NOT NULL,
    answer     TEXT NOT NULL,
    examples   TEXT NOT NULL DEFAULT '[]',
    source     TEXT NOT NULL DEFAULT '',
    checked_on TEXT,
    starts_at  TEXT,
    ends_at    TEXT,
    saved_at   TEXT NOT NULL,
    saved_by   TEXT NOT NULL
);

-- Every version ever published, kept for the history, the diff and rollback.
CREATE TABLE faq_versions (
    entry_id     INTEGER NOT NULL REFERENCES faq_entries (id),
    version      INTEGER NOT NULL,
    intent       TEXT NOT NULL,
    question     TEXT NOT NULL,
    answer       TEXT NOT NULL,
    examples     TEXT NOT NULL DEFAULT '[]',
    source       TEXT NOT NULL DEFAULT '',
    checked_on   TEXT,
    starts_at    TEXT,
    ends_at      TEXT,
    note         TEXT NOT NULL DEFAULT '',
    published_at TEXT NOT NULL,
    published_by TEXT NOT NULL,
    PRIMARY KEY (entry_id, version)
);

-- The knowledge seeded so far (0031, 005x, 006x) is each entry's version 1.
INSERT INTO faq_versions (entry_id, version, intent, question, answer, examples, source, checked_on, note, published_at, published_by)
SELECT id, 1, intent, question, answer, examples, source, checked_on, 'Versi awal (pengetahuan bawaan)', updated_at, 'sistem'
FROM faq_entries;
UPDATE faq_entries SET published_version = 1;
