-- The main menu's numbered choices; operators may retitle or reorder them.
CREATE TABLE menu_items (
    position INTEGER PRIMARY KEY,
    intent   TEXT NOT NULL UNIQUE,
    title    TEXT NOT NULL
);

INSERT INTO menu_items (position, intent, title) VALUES
    (1,  'pbb',           'Pajak Bumi dan Bangunan (PBB)'),
    (2,  'pkb',           'Pajak kendaraan (PKB) & STNK'),
    (3,  'pdam',          'Air PDAM Tirta Moedal'),
    (4,  'rsud',          'RSUD KRMT Wongsonegoro'),
    (5,  'puskesmas',     'Antrean puskesmas'),
    (6,  'kependudukan',  'KTP, KK & akta (Disdukcapil)'),
    (7,  'izin_nakes',    'Izin praktik tenaga kesehatan'),
    (8,  'npwp',          'NPWP'),
    (9,  'infrastruktur', 'Lapor jalan, lampu & saluran'),
    (10, 'handoff',       'Bicara dengan petugas');
