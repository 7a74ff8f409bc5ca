-- The 37 puskesmas of Kota Semarang (Dinas Kesehatan Kota Semarang), grouped by kecamatan.
-- Coordinates are approximate (to about 300 m): good enough to find the nearest one, not for navigation.
INSERT INTO puskesmas (code, name, kecamatan, address, latitude, longitude) VALUES
    ('poncol',            'Puskesmas Poncol',            'Semarang Tengah',  'Jl. Imam Bonjol, Pindrikan Kidul',      -6.9736, 110.4130),
    ('miroto',            'Puskesmas Miroto',            'Semarang Tengah',  'Jl. Taman Seteran Barat, Miroto',       -6.9840, 110.4170),
    ('bandarharjo',       'Puskesmas Bandarharjo',       'Semarang Utara',   'Jl. Layur, Bandarharjo',                -6.9585, 110.4215),
    ('bulu-lor',          'Puskesmas Bulu Lor',          'Semarang Utara',   'Jl. Wahyu Asri, Bulu Lor',              -6.9660, 110.4000),
    ('halmahera',         'Puskesmas Halmahera',         'Semarang Timur',   'Jl. Halmahera Raya, Karangtempel',      -6.9905, 110.4400),
    ('bugangan',          'Puskesmas Bugangan',          'Semarang Timur',   'Jl. Musi Raya, Bugangan',               -6.9770, 110.4400),
    ('karangdoro',        'Puskesmas Karangdoro',        'Semarang Timur',   'Jl. Cilosari, Kemijen',                 -6.9700, 110.4350),
    ('pandanaran',        'Puskesmas Pandanaran',        'Semarang Selatan', 'Jl. Pandanaran, Randusari',             -6.9890, 110.4150),
    ('lamper-tengah',     'Puskesmas Lamper Tengah',     'Semarang Selatan', 'Jl. Lamper Tengah, Lamper Tengah',      -6.9980, 110.4380),
    ('karangayu',         'Puskesmas Karangayu',         'Semarang Barat',   'Jl. Karangayu, Karangayu',              -6.9830, 110.3920),
    ('lebdosari',         'Puskesmas Lebdosari',         'Semarang Barat',   'Jl. Taman Lebdosari, Kalibanteng Kulon', -6.9830, 110.3720),
    ('manyaran',          'Puskesmas Manyaran',          'Semarang Barat',   'Jl. Abdulrahman Saleh, Manyaran',       -6.9930, 110.3780),
    ('ngemplak-simongan', 'Puskesmas Ngemplak Simongan', 'Semarang Barat',   'Jl. Srinindito, Ngemplak Simongan',     -6.9920, 110.3930),
    ('krobokan',          'Puskesmas Krobokan',          'Semarang Barat',   'Jl. Ari Buana, Krobokan',               -6.9760, 110.3930),
    ('gayamsari',         'Puskesmas Gayamsari',         'Gayamsari',        'Jl. Slamet Riyadi, Gayamsari',          -6.9880, 110.4550),
    ('candilama',         'Puskesmas Candilama',         'Candisari',        'Jl. Candi Lama, Candi',                 -7.0100, 110.4130),
    ('kagok',             'Puskesmas Kagok',             'Candisari',        'Jl. Telomoyo, Wonotingal',              -7.0160, 110.4220),
    ('pegandan',          'Puskesmas Pegandan',          'Gajahmungkur',     'Jl. Kendeng, Bendungan',                -7.0120, 110.4000),
    ('genuk',             'Puskesmas Genuk',             'Genuk',            'Jl. Genuk Krajan, Genuksari',           -6.9640, 110.4750),
    ('bangetayu',         'Puskesmas Bangetayu',         'Genuk',            'Jl. Bangetayu Raya, Bangetayu Wetan',   -6.9710, 110.4920),
    ('tlogosari-kulon',   'Puskesmas Tlogosari Kulon',   'Pedurungan',       'Jl. Taman Satrio Manah, Tlogosari Kulon', -6.9830, 110.4680),
    ('tlogosari-wetan',   'Puskesmas Tlogosari Wetan',   'Pedurungan',       'Jl. Tlogosari Raya, Tlogosari Wetan',   -6.9900, 110.4800),
    ('kedungmundu',       'Puskesmas Kedungmundu',       'Tembalang',        'Jl. Sambiroto, Kedungmundu',            -7.0240, 110.4600),
    ('rowosari',          'Puskesmas Rowosari',          'Tembalang',        'Jl. Tembalang Selatan, Rowosari',       -7.0700, 110.4720),
    ('ngesrep',           'Puskesmas Ngesrep',           'Banyumanik',       'Jl. Teuku Umar, Ngesrep',               -7.0500, 110.4150),
    ('padangsari',        'Puskesmas Padangsari',        'Banyumanik',       'Jl. Meranti Raya, Padangsari',          -7.0620, 110.4250),
    ('srondol',           'Puskesmas Srondol',           'Banyumanik',       'Jl. Setiabudi, Srondol Kulon',          -7.0620, 110.4100),
    ('pudakpayung',       'Puskesmas Pudakpayung',       'Banyumanik',       'Jl. Perintis Kemerdekaan, Pudakpayung', -7.0900, 110.4080),
    ('gunungpati',        'Puskesmas Gunungpati',        'Gunungpati',       'Jl. Mr. Wuryanto, Plalangan',           -7.0850, 110.3740),
    ('sekaran',           'Puskesmas Sekaran',           'Gunungpati',       'Jl. Raya Sekaran, Sekaran',             -7.0540, 110.3900),
    ('mijen',             'Puskesmas Mijen',             'Mijen',            'Jl. RM Hadisoebeno, Mijen',             -7.0590, 110.3150),
    ('karangmalang',      'Puskesmas Karangmalang',      'Mijen',            'Jl. Raya Karangmalang, Karangmalang',   -7.0700, 110.3350),
    ('ngaliyan',          'Puskesmas Ngaliyan',          'Ngaliyan',         'Jl. Prof. Hamka, Ngaliyan',             -6.9960, 110.3470),
    ('tambakaji',         'Puskesmas Tambakaji',         'Ngaliyan',         'Jl. Walisongo, Tambakaji',              -6.9880, 110.3530),
    ('purwoyoso',         'Puskesmas Purwoyoso',         'Ngaliyan',         'Jl. Kenconowungu, Purwoyoso',           -6.9850, 110.3650),
    ('mangkang',          'Puskesmas Mangkang',          'Tugu',             'Jl. Raya Mangkang, Mangkang Kulon',     -6.9710, 110.3050),
    ('karanganyar',       'Puskesmas Karanganyar',       'Tugu',             'Jl. Raya Karanganyar, Karanganyar',     -6.9750, 110.3300);

-- Every puskesmas runs the same four outpatient clinics; quotas are per day and editable by the city.
INSERT INTO puskesmas_clinics (puskesmas_code, clinic, name, prefix, daily_quota, minutes_per_patient)
SELECT p.code, c.clinic, c.name, c.prefix, c.quota, c.minutes
FROM puskesmas AS p
CROSS JOIN (
    SELECT 'umum' AS clinic, 'Poli Umum' AS name, 'U' AS prefix, 80 AS quota, 6 AS minutes
    UNION ALL SELECT 'gigi', 'Poli Gigi', 'G', 20, 15
    UNION ALL SELECT 'kia', 'Poli KIA/KB', 'K', 40, 10
    UNION ALL SELECT 'lansia', 'Poli Lansia', 'L', 30, 8
) AS c;

-- Registration (loket) hours: Monday–Thursday 07.00–12.00, Friday 07.00–10.30, Saturday 07.00–11.00.
INSERT INTO puskesmas_hours (puskesmas_code, weekday, opens_at, closes_at)
SELECT p.code, h.weekday, h.opens_at, h.closes_at
FROM puskesmas AS p
CROSS JOIN (
    SELECT 1 AS weekday, '07:00' AS opens_at, '12:00' AS closes_at
    UNION ALL SELECT 2, '07:00', '12:00'
    UNION ALL SELECT 3, '07:00', '12:00'
    UNION ALL SELECT 4, '07:00', '12:00'
    UNION ALL SELECT 5, '07:00', '10:30'
    UNION ALL SELECT 6, '07:00', '11:00'
) AS h;
