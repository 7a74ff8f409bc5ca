-- RSUD KRMT Wongsonegoro: clinics, doctors' weekly schedules, beds by class and fixed information.
-- Clinic names follow the hospital's outpatient clinics; doctors' names are invented demo data.
CREATE TABLE rsud_clinics (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE,
    keywords TEXT NOT NULL, -- comma-separated words a citizen may use for it: 'anak,pediatri'
    location TEXT NOT NULL
);

CREATE TABLE rsud_doctors (
    id        INTEGER PRIMARY KEY,
    clinic_id INTEGER NOT NULL REFERENCES rsud_clinics (id),
    name      TEXT NOT NULL
);

CREATE TABLE rsud_schedules (
    doctor_id INTEGER NOT NULL REFERENCES rsud_doctors (id),
    weekday   INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7), -- 1 = Senin … 7 = Minggu
    starts_at TEXT NOT NULL, -- 'HH:MM' WIB
    ends_at   TEXT NOT NULL,
    PRIMARY KEY (doctor_id, weekday, starts_at)
);

CREATE TABLE rsud_beds (
    class      TEXT PRIMARY KEY,
    position   INTEGER NOT NULL,
    total      INTEGER NOT NULL CHECK (total >= 0),
    available  INTEGER NOT NULL CHECK (available >= 0),
    updated_at TEXT NOT NULL -- ISO 8601
);

-- Fixed answers operators may edit: visiting hours, registration channels, emergency.
CREATE TABLE rsud_information (
    topic TEXT PRIMARY KEY,
    text  TEXT NOT NULL
);

INSERT INTO rsud_clinics (id, name, keywords, location) VALUES
    (1, 'Poli Anak', 'anak,pediatri,balita,bayi', 'Gedung Rawat Jalan Lt. 1'),
    (2, 'Poli Kebidanan dan Kandungan', 'kandungan,kebidanan,obsgyn,obgyn,hamil,kehamilan,obstetri', 'Gedung Rawat Jalan Lt. 1'),
    (3, 'Poli Penyakit Dalam', 'penyakit dalam,internis,interna', 'Gedung Rawat Jalan Lt. 1'),
    (4, 'Poli Bedah Umum', 'bedah umum,bedah', 'Gedung Rawat Jalan Lt. 2'),
    (5, 'Poli Bedah Orthopedi', 'orthopedi,ortopedi,tulang', 'Gedung Rawat Jalan Lt. 2'),
    (6, 'Poli Saraf', 'saraf,syaraf,neurologi,stroke', 'Gedung Rawat Jalan Lt. 2'),
    (7, 'Poli Jantung dan Pembuluh Darah', 'jantung,kardiologi,pembuluh darah', 'Gedung Rawat Jalan Lt. 2'),
    (8, 'Poli Paru', 'paru,paru paru,pulmonologi,sesak', 'Gedung Rawat Jalan Lt. 3'),
    (9, 'Poli Mata', 'mata', 'Gedung Rawat Jalan Lt. 3'),
    (10, 'Poli THT-KL', 'tht,telinga,hidung,tenggorokan', 'Gedung Rawat Jalan Lt. 3'),
    (11, 'Poli Kulit dan Kelamin', 'kulit,kelamin,dermatologi', 'Gedung Rawat Jalan Lt. 3'),
    (12, 'Poli Gigi dan Mulut', 'gigi,mulut', 'Gedung Rawat Jalan Lt. 1'),
    (13, 'Poli Jiwa', 'jiwa,psikiatri,kejiwaan', 'Gedung Rawat Jalan Lt. 3'),
    (14, 'Poli Rehabilitasi Medik', 'rehabilitasi,rehab,fisioterapi', 'Gedung Rehabilitasi Medik'),
    (15, 'Poli Urologi', 'urologi,prostat,ginjal', 'Gedung Rawat Jalan Lt. 2'),
    (16, 'Poli Geriatri', 'geriatri,lansia,lanjut usia', 'Gedung Rawat Jalan Lt. 1');

INSERT INTO rsud_doctors (id, clinic_id, name) VALUES
    (1, 1, 'dr. Ratna Wulandari, Sp.A'),
    (2, 1, 'dr. Hendra Kusuma, Sp.A'),
    (3, 2, 'dr. Sekar Ayuningtyas, Sp.OG'),
    (4, 2, 'dr. Bambang Prasetyo, Sp.OG'),
    (5, 3, 'dr. Agus Setiawan, Sp.PD'),
    (6, 3, 'dr. Lestari Handayani, Sp.PD'),
    (7, 3, 'dr. Yusuf Hidayat, Sp.PD'),
    (8, 4, 'dr. Dimas Anggoro, Sp.B'),
    (9, 5, 'dr. Rizky Pratama, Sp.OT'),
    (10, 6, 'dr. Fitri Rahmawati, Sp.N'),
    (11, 6, 'dr. Joko Santoso, Sp.N'),
    (12, 7, 'dr. Andreas Wibisono, Sp.JP'),
    (13, 8, 'dr. Nur Aini, Sp.P'),
    (14, 9, 'dr. Maya Puspitasari, Sp.M'),
    (15, 10, 'dr. Teguh Raharjo, Sp.THT-KL'),
    (16, 11, 'dr. Citra Melati, Sp.DVE'),
    (17, 12, 'drg. Intan Permatasari'),
    (18, 12, 'drg. Wahyu Nugroho, Sp.Pros'),
    (19, 13, 'dr. Galih Mahendra, Sp.KJ'),
    (20, 14, 'dr. Putri Kartika, Sp.KFR'),
    (21, 15, 'dr. Surya Adinata, Sp.U'),
    (22, 16, 'dr. Endang Sulistyowati, Sp.PD-KGer');

INSERT INTO rsud_schedules (doctor_id, weekday, starts_at, ends_at) VALUES
    (1, 1, '08:00', '12:00'),
    (1, 3, '08:00', '12:00'),
    (1, 4, '08:00', '12:00'),
    (2, 1, '12:30', '15:30'),
    (2, 2, '12:30', '15:30'),
    (2, 4, '12:30', '15:30'),
    (2, 5, '12:30', '15:30'),
    (3, 1, '08:00', '12:00'),
    (3, 3, '08:00', '12:00'),
    (3, 4, '08:00', '12:00'),
    (3, 5, '08:00', '12:00'),
    (4, 1, '12:30', '15:30'),
    (4, 3, '12:30', '15:30'),
    (4, 4, '12:30', '15:30'),
    (4, 5, '12:30', '15:30'),
    (4, 6, '08:00', '11:00'),
    (5, 1, '08:00', '12:00'),
    (5, 2, '08:00', '12:00'),
    (5, 3, '08:00', '12:00'),
    (5, 6, '08:00', '11:00'),
    (6, 2, '12:30', '15:30'),
    (6, 3, '12:30', '15:30'),
    (6, 5, '12:30', '15:30'),
    (7, 1, '08:00', '12:00'),
    (7, 2, '08:00', '12:00'),
    (7, 3, '08:00', '12:00'),
    (7, 5, '08:00', '12:00'),
    (7, 6, '08:00', '11:00'),
    (8, 1, '08:00', '12:00'),
    (8, 2, '08:00', '12:00'),
    (8, 3, '08:00', '12:00'),
    (8, 4, '08:00', '12:00'),
    (8, 5, '08:00', '12:00'),
    (8, 6, '08:00', '11:00'),
    (9, 1, '08:00', '12:00'),
    (9, 2, '08:00', '12:00'),
    (9, 3, '08:00', '12:00'),
    (9, 4, '08:00', '12:00'),
    (9, 5, '08:00', '12:00'),
    (10, 2, '08:00', '12:00'),
    (10, 3, '08:00', '12:00'),
    (10, 4, '08:00', '12:00'),
    (10, 5, '08:00', '12:00'),
    (11, 2, '12:30', '15:30'),
    (11, 3, '12:30', '15:30'),
    (11, 4, '12:30', '15:30'),
    (11, 5, '12:30', '15:30'),
    (12, 1, '08:00', '12:00'),
    (12, 2, '08:00', '12:00'),
    (12, 3, '08:00', '12:00'),
    (12, 4, '08:00', '12:00'),
    (12, 5, '08:00', '12:00'),
    (13, 1, '08:00', '12:00'),
    (13, 2, '08:00', '12:00'),
    (13, 3, '08:00', '12:00'),
    (13, 4, '08:00', '12:00'),
    (13, 5, '08:00', '12:00'),
    (14, 1, '08:00', '12:00'),
    (14, 2, '08:00', '12:00'),
    (14, 3, '08:00', '12:00'),
    (14, 4, '08:00', '12:00'),
    (14, 5, '08:00', '12:00'),
    (14, 6, '08:00', '11:00'),
    (15, 1, '08:00', '12:00'),
    (15, 2, '08:00', '12:00'),
    (15, 3, '08:00', '12:00'),
    (15, 4, '08:00', '12:00'),
    (15, 5, '08:00', '12:00'),
    (16, 1, '08:00', '12:00'),
    (16, 2, '08:00', '12:00'),
    (16, 3, '08:00', '12:00'),
    (16, 4, '08:00', '12:00'),
    (16, 5, '08:00', '12:00'),
    (17, 3, '08:00', '12:00'),
    (17, 4, '08:00', '12:00'),
    (17, 5, '08:00', '12:00'),
    (17, 6, '08:00', '11:00'),
    (18, 1, '12:30', '15:30'),
    (18, 2, '12:30', '15:30'),
    (18, 3, '12:30', '15:30'),
    (18, 4, '12:30', '15:30'),
    (18, 5, '12:30', '15:30'),
    (19, 1, '08:00', '12:00'),
    (19, 2, '08:00', '12:00'),
    (19, 3, '08:00', '12:00'),
    (19, 4, '08:00', '12:00'),
    (19, 5, '08:00', '12:00'),
    (20, 1, '08:00', '12:00'),
    (20, 2, '08:00', '12:00'),
    (20, 3, '08:00', '12:00'),
    (20, 4, '08:00', '12:00'),
    (20, 5, '08:00', '12:00'),
    (21, 1, '08:00', '12:00'),
    (21, 2, '08:00', '12:00'),
    (21, 3, '08:00', '12:00'),
    (21, 4, '08:00', '12:00'),
    (21, 5, '08:00', '12:00'),
    (22, 1, '08:00', '12:00'),
    (22, 2, '08:00', '12:00'),
    (22, 3, '08:00', '12:00'),
    (22, 4, '08:00', '12:00'),
    (22, 5, '08:00', '12:00');

INSERT INTO rsud_beds (class, position, total, available, updated_at) VALUES
    ('VIP',        1,  24,  3, '2026-11-30T00:00:00.0000000+00:00'),
    ('Kelas I',    2,  48,  7, '2026-11-30T00:00:00.0000000+00:00'),
    ('Kelas II',   3,  72, 12, '2026-11-30T00:00:00.0000000+00:00'),
    ('Kelas III',  4, 120,  0, '2026-11-30T00:00:00.0000000+00:00'),
    ('ICU',        5,  12,  1, '2026-11-30T00:00:00.0000000+00:00'),
    ('NICU/PICU',  6,  10,  2, '2026-11-30T00:00:00.0000000+00:00'),
    ('Isolasi',    7,  16,  5, '2026-11-30T00:00:00.0000000+00:00');

INSERT INTO rsud_information (topic, text) VALUES
    ('visiting_hours', '🕐 *Jam besuk RSUD KRMT Wongsonegoro*
• Siang: 11.00–13.00 WIB
• Sore: 17.00–19.00 WIB

Mohon maksimal 2 pengunjung per pasien, anak di bawah 12 tahun tidak dianjurkan ikut membesuk, dan ruang ICU/NICU hanya untuk keluarga inti sesuai izin perawat.'),
    ('registration', '📝 *Pendaftaran rawat jalan RSUD KRMT Wongsonegoro*
1. *Online* (disarankan): aplikasi Mobile JKN untuk pasien BPJS, atau layanan pendaftaran online di situs resmi RSUD, H-7 s.d. H-1 sebelum kunjungan.
2. *Telepon*: (024) 6711500, Senin–Jumat 07.00–14.00 WIB.
3. *Datang langsung*: loket pendaftaran Gedung Rawat Jalan, Senin–Jumat 07.00–12.00, Sabtu 07.00–10.00 WIB.

Bawa KTP-el/KIA, kartu BPJS (bila ada) dan surat rujukan dari puskesmas/klinik untuk pasien BPJS.'),
    ('emergency', '🚨 *IGD RSUD KRMT Wongsonegoro buka 24 jam*
Jl. Fatmawati No. 1, Mangunharjo, Tembalang, Kota Semarang.
• Telepon RSUD/IGD: *(024) 6711500*
• Ambulans gawat darurat: *112* (Semarang Call Center, gratis)

Dalam keadaan gawat darurat pasien dilayani tanpa rujukan. Jangan menunggu balasan chat: segera datang ke IGD atau hubungi 112.');
