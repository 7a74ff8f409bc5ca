-- Citizens' reports of damaged roads, dead street lights, blocked drains, bridges; one ticket each.
CREATE TABLE infrastructure_reports (
    id            INTEGER PRIMARY KEY,
    ticket_number TEXT NOT NULL UNIQUE, -- 'INF-20261130-0001': WIB date and that day's sequence
    sender        TEXT NOT NULL,
    category      TEXT NOT NULL CHECK (category IN ('jalan', 'lampu', 'saluran', 'jembatan', 'lainnya')),
    description   TEXT NOT NULL,
    address       TEXT NULL,
    latitude      REAL NULL,
    longitude     REAL NULL,
    photo_url     TEXT NULL,
    status        TEXT NOT NULL DEFAULT 'diterima'
                  CHECK (status IN ('diterima', 'diverifikasi', 'dikerjakan', 'selesai', 'ditolak')),
    status_note   TEXT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX ix_infrastructure_reports_sender ON infrastructure_reports (sender);

-- The last ticket sequence used per WIB day; bumped inside the writer's transaction.
CREATE TABLE ticket_counters (
    day         TEXT PRIMARY KEY, -- 'yyyyMMdd'
    last_number INTEGER NOT NULL
);

INSERT INTO infrastructure_reports
    (ticket_number, sender, category, description, address, latitude, longitude, photo_url, status, status_note, created_at, updated_at) VALUES
('INF-20261120-0003', 'whatsapp:+6281100000001', 'jalan', 'Jalan berlubang besar di lajur kiri, membahayakan pengendara motor.',
 'Jl. Fatmawati depan Pasar Pedurungan', -7.0051, 110.4597, NULL, 'dikerjakan', 'Tim Dinas Pekerjaan Umum menambal lubang minggu ini.',
 '2026-11-20T01:12:00.0000000+00:00', '2026-11-24T02:00:00.0000000+00:00'),
('INF-20261124-0001', 'whatsapp:+6281100000002', 'lampu', 'Tiga lampu PJU mati berturut-turut, jalan gelap di malam hari.',
 'Jl. Setiabudi dekat halte Srondol, Banyumanik', NULL, NULL, NULL, 'selesai', 'Lampu sudah diganti oleh petugas PJU.',
 '2026-11-24T13:40:00.0000000+00:00', '2026-11-26T04:10:00.0000000+00:00'),
('INF-20261125-0002', 'whatsapp:+6281100000003', 'saluran', 'Saluran tersumbat sampah, air meluap ke jalan saat hujan.',
 'Jl. Majapahit gang 5, Gayamsari', NULL, NULL, NULL, 'diterima', NULL,
 '2026-11-25T08:05:00.0000000+00:00', '2026-11-25T08:05:00.0000000+00:00');

INSERT INTO ticket_counters (day, last_number) VALUES ('20261120', 3), ('20261124', 1), ('20261125', 2);
