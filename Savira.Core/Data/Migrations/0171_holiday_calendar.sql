-- The holiday calendar admins keep (/console/hari-libur): national holidays and cuti bersama, skipped with weekends
-- when report deadlines are counted in working days.
CREATE TABLE holidays (
    day  TEXT PRIMARY KEY, -- 'yyyy-MM-dd'
    name TEXT NOT NULL
);

-- 2026: Surat Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB Nomor 1497 Tahun 2025,
-- Nomor 2 Tahun 2025, Nomor 5 Tahun 2025 tentang Hari Libur Nasional dan Cuti Bersama Tahun 2026 (announced by the
-- Menko PMK on 19 September 2025): 17 national holidays and 8 days of cuti bersama. Days that fall on a weekend are
-- kept too, so the list reads like the decree.
INSERT INTO holidays (day, name) VALUES
('2026-01-01', 'Tahun Baru 2026 Masehi'),
('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW'),
('2026-02-16', 'Cuti bersama Tahun Baru Imlek'),
('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili'),
('2026-03-18', 'Cuti bersama Hari Suci Nyepi'),
('2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)'),
('2026-03-20', 'Cuti bersama Idulfitri 1447 H'),
('2026-03-21', 'Idulfitri 1447 H'),
('2026-03-22', 'Idulfitri 1447 H'),
('2026-03-23', 'Cuti bersama Idulfitri 1447 H'),
('2026-03-24', 'Cuti bersama Idulfitri 1447 H'),
('2026-04-03', 'Wafat Yesus Kristus'),
('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)'),
('2026-05-01', 'Hari Buruh Internasional'),
('2026-05-14', 'Kenaikan Yesus Kristus'),
('2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus'),
('2026-05-27', 'Iduladha 1447 H'),
('2026-05-28', 'Cuti bersama Iduladha 1447 H'),
('2026-05-31', 'Hari Raya Waisak 2570 BE'),
('2026-06-01', 'Hari Lahir Pancasila'),
('2026-06-16', '1 Muharam Tahun Baru Islam 1448 H'),
('2026-08-17', 'Proklamasi Kemerdekaan RI'),
('2026-08-25', 'Maulid Nabi Muhammad SAW'),
('2026-12-24', 'Cuti bersama Kelahiran Yesus Kristus'),
('2026-12-25', 'Kelahiran Yesus Kristus');

-- 2027: the SKB for 2027 could not be confirmed when this was written, so only the holidays fixed by date are seeded.
-- The religious holidays (which follow the lunar and other calendars) and the cuti bersama must be added by an admin
-- from the 2027 SKB once it is signed; the console page says so.
INSERT INTO holidays (day, name) VALUES
('2027-01-01', 'Tahun Baru 2027 Masehi'),
('2027-05-01', 'Hari Buruh Internasional'),
('2027-06-01', 'Hari Lahir Pancasila'),
('2027-08-17', 'Proklamasi Kemerdekaan RI'),
('2027-12-25', 'Kelahiran Yesus Kristus');
