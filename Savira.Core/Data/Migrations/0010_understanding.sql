-- The intent matcher's data: what it learns from, what operators add, and what it could not answer.
CREATE TABLE training_examples (
    id         INTEGER PRIMARY KEY,
    text       TEXT NOT NULL UNIQUE,
    intent     TEXT NOT NULL, -- an id of shared/intents.md
    source     TEXT NOT NULL DEFAULT 'seed', -- 'seed' or who added it
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- Operators' slang/abbreviation entries; they win over the lexicon files shipped in Savira.Core.
CREATE TABLE lexicon_entries (
    id         INTEGER PRIMARY KEY,
    informal   TEXT NOT NULL UNIQUE, -- one lower-case word
    formal     TEXT NOT NULL,        -- its standard form, one or more words
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- Names the matcher recognises as entities (fuzzy). A minimal list for the matcher; the puskesmas and
-- RSUD services may feed their own tables in through another INamedPlaceSource.
CREATE TABLE named_places (
    id      INTEGER PRIMARY KEY,
    kind    TEXT NOT NULL CHECK (kind IN ('puskesmas', 'clinic')),
    name    TEXT NOT NULL,
    aliases TEXT NULL, -- other spellings, separated by '|'
    UNIQUE (kind, name)
);

-- Messages the assistant could not serve, for operators to answer and to turn into training examples.
CREATE TABLE unanswered_messages (
    id          INTEGER PRIMARY KEY,
    inbound_id  INTEGER NOT NULL UNIQUE REFERENCES inbound_messages (id),
    body        TEXT NOT NULL,
    reason      TEXT NOT NULL CHECK (reason IN ('low_confidence', 'out_of_scope')),
    best_intent TEXT NULL, -- the classifier's best guess
    confidence  REAL NULL,
    received_at TEXT NOT NULL,
    resolved_at TEXT NULL
);
CREATE INDEX ix_unanswered_messages_open ON unanswered_messages (resolved_at, received_at);

INSERT INTO named_places (kind, name, aliases) VALUES
    ('puskesmas', 'Puskesmas Bandarharjo', NULL),
    ('puskesmas', 'Puskesmas Bangetayu', NULL),
    ('puskesmas', 'Puskesmas Bugangan', NULL),
    ('puskesmas', 'Puskesmas Bulu Lor', 'bululor'),
    ('puskesmas', 'Puskesmas Candilama', 'candi lama'),
    ('puskesmas', 'Puskesmas Gayamsari', NULL),
    ('puskesmas', 'Puskesmas Genuk', NULL),
    ('puskesmas', 'Puskesmas Gunungpati', 'gunung pati'),
    ('puskesmas', 'Puskesmas Halmahera', NULL),
    ('puskesmas', 'Puskesmas Kagok', NULL),
    ('puskesmas', 'Puskesmas Karanganyar', NULL),
    ('puskesmas', 'Puskesmas Karangayu', NULL),
    ('puskesmas', 'Puskesmas Karangdoro', NULL),
    ('puskesmas', 'Puskesmas Karangmalang', NULL),
    ('puskesmas', 'Puskesmas Kedungmundu', 'kedung mundu'),
    ('puskesmas', 'Puskesmas Krobokan', NULL),
    ('puskesmas', 'Puskesmas Lamper Tengah', NULL),
    ('puskesmas', 'Puskesmas Lebdosari', NULL),
    ('puskesmas', 'Puskesmas Manyaran', NULL),
    ('puskesmas', 'Puskesmas Mijen', NULL),
    ('puskesmas', 'Puskesmas Miroto', NULL),
    ('puskesmas', 'Puskesmas Ngaliyan', 'ngalian'),
    ('puskesmas', 'Puskesmas Ngemplak Simongan', 'ngemplak'),
    ('puskesmas', 'Puskesmas Ngesrep', NULL),
    ('puskesmas', 'Puskesmas Padangsari', NULL),
    ('puskesmas', 'Puskesmas Pandanaran', NULL),
    ('puskesmas', 'Puskesmas Pegandan', NULL),
    ('puskesmas', 'Puskesmas Poncol', NULL),
    ('puskesmas', 'Puskesmas Pudakpayung', 'pudak payung'),
    ('puskesmas', 'Puskesmas Purwoyoso', NULL),
    ('puskesmas', 'Puskesmas Rowosari', NULL),
    ('puskesmas', 'Puskesmas Sekaran', NULL),
    ('puskesmas', 'Puskesmas Sendangmulyo', 'sendang mulyo'),
    ('puskesmas', 'Puskesmas Srondol', NULL),
    ('puskesmas', 'Puskesmas Tambakaji', 'tambak aji'),
    ('puskesmas', 'Puskesmas Tlogosari Kulon', NULL),
    ('puskesmas', 'Puskesmas Tlogosari Wetan', NULL),
    ('clinic', 'Poli Umum', NULL),
    ('clinic', 'Poli Gigi', 'gigi dan mulut'),
    ('clinic', 'Poli KIA', 'kesehatan ibu dan anak'),
    ('clinic', 'Poli Anak', 'pediatri'),
    ('clinic', 'Poli Penyakit Dalam', 'dalam|interna|internis'),
    ('clinic', 'Poli Kandungan', 'obgyn|kebidanan|obsgyn'),
    ('clinic', 'Poli Bedah', NULL),
    ('clinic', 'Poli Mata', NULL),
    ('clinic', 'Poli THT', 'telinga hidung tenggorokan'),
    ('clinic', 'Poli Kulit dan Kelamin', 'kulit'),
    ('clinic', 'Poli Saraf', 'syaraf|neurologi'),
    ('clinic', 'Poli Jantung', 'kardiologi'),
    ('clinic', 'Poli Paru', NULL),
    ('clinic', 'Poli Orthopedi', 'ortopedi|tulang'),
    ('clinic', 'Poli Jiwa', 'psikiatri'),
    ('clinic', 'Poli Rehabilitasi Medik', 'rehab medik|fisioterapi'),
    ('clinic', 'Poli Urologi', NULL),
    ('clinic', 'Poli Gizi', NULL);
