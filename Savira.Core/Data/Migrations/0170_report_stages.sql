-- Issue 14, the report desk: stages instead of the old statuses, an agency per report, where it is (kecamatan and
-- kelurahan), and since when it is in its stage (deadlines count working days from then).
--
-- Old statuses become stages: diterima, diverifikasi and selesai keep their names; dikerjakan is diproses (the work
-- is under way); ditolak is bukan_wewenang: the old label told the citizen "Tidak dapat ditindaklanjuti", a final
-- answer, which is what "not ours to handle" is; ditunda would have put those reports back on an agency's open list
-- with a deadline nobody set.
-- SQLite cannot change a CHECK constraint in place, so the table is rebuilt (nothing references it).
CREATE TABLE infrastructure_reports_new (
    id            INTEGER PRIMARY KEY,
    ticket_number TEXT NOT NULL UNIQUE, -- INF-yyyy-NNNNNN
    sender        TEXT NOT NULL,
    category      TEXT NOT NULL CHECK (category IN ('jalan', 'lampu', 'saluran', 'jembatan', 'lainnya')),
    description   TEXT NOT NULL,
    address       TEXT NULL,
    latitude      REAL NULL,
    longitude     REAL NULL,
    photo_url     TEXT NULL,            -- the citizen's photo at Twilio; a copy is kept in report_photos
    status        TEXT NOT NULL DEFAULT 'diterima'
                  CHECK (status IN ('diterima', 'diverifikasi', 'ditunda', 'bukan_wewenang', 'didisposisikan', 'diproses', 'selesai', 'ditutup')),
    status_note   TEXT NULL,
    agency        TEXT NULL,            -- the OPD that handles it (Savira:Reports:Routing on filing; re-assigned by staff)
    kecamatan     TEXT NULL,
    kelurahan     TEXT NULL,
    stage_since   TEXT NOT NULL,        -- when it entered its current stage
    photo_fetch_attempts INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

INSERT INTO infrastructure_reports_new
    (id, ticket_number, sender, category, description, address, latitude, longitude, photo_url, status, status_note,
     agency, kecamatan, stage_since, created_at, updated_at)
SELECT id, ticket_number, sender, category, description, address, latitude, longitude, photo_url,
       CASE status WHEN 'dikerjakan' THEN 'diproses' WHEN 'ditolak' THEN 'bukan_wewenang' ELSE status END,
       status_note,
       CASE category WHEN 'lampu' THEN 'disperkim' ELSE 'dpu' END,
       CASE
           WHEN address LIKE '%Pedurungan%' THEN 'Pedurungan'
           WHEN address LIKE '%Banyumanik%' THEN 'Banyumanik'
           WHEN address LIKE '%Gayamsari%' THEN 'Gayamsari'
           WHEN address LIKE '%Semarang Tengah%' THEN 'Semarang Tengah'
       END,
       updated_at, created_at, updated_at
FROM infrastructure_reports;

DROP TABLE infrastructure_reports;
ALTER TABLE infrastructure_reports_new RENAME TO infrastructure_reports;
CREATE INDEX ix_infrastructure_reports_sender ON infrastructure_reports (sender);
CREATE INDEX ix_infrastructure_reports_agency ON infrastructure_reports (agency, status);

-- Everything that happened to a report, oldest first: each stage (with the note or reason told to the citizen) and
-- each re-assignment to another agency. request_key makes a form sent twice act once.
CREATE TABLE report_history (
    id            INTEGER PRIMARY KEY,
    ticket_number TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('stage', 'agency')),
    stage         TEXT NOT NULL,        -- the stage after this event
    agency        TEXT NULL,            -- the agency after this event
    note          TEXT NULL,
    actor         TEXT NOT NULL,        -- a staff account's name, 'warga' for filing, 'sistem' for migrated history
    request_key   TEXT NULL UNIQUE,
    at            TEXT NOT NULL
);
CREATE INDEX ix_report_history_ticket ON report_history (ticket_number, id);

INSERT INTO report_history (ticket_number, kind, stage, agency, note, actor, at)
SELECT ticket_number, 'stage', 'diterima', agency, NULL, 'warga', created_at FROM infrastructure_reports;
INSERT INTO report_history (ticket_number, kind, stage, agency, note, actor, at)
SELECT ticket_number, 'stage', status, agency, status_note, 'sistem', updated_at FROM infrastructure_reports WHERE status <> 'diterima';

-- Photos kept by Savira: the citizen's (copied from Twilio, which deletes media after a while) and the completion
-- photo staff upload when the work is done. Served by /lapor/{ticket}/foto/{id}.
CREATE TABLE report_photos (
    id            INTEGER PRIMARY KEY,
    ticket_number TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('warga', 'selesai')),
    content_type  TEXT NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp', 'image/gif')),
    bytes         BLOB NOT NULL,
    created_at    TEXT NOT NULL
);
CREATE INDEX ix_report_photos_ticket ON report_photos (ticket_number, id);

-- A push may carry a picture (the completion photo): Twilio's MediaUrl, sent with free text inside the 24-hour window.
ALTER TABLE outbox ADD COLUMN media_url TEXT NULL;
