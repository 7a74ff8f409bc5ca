-- PBB (Pajak Bumi dan Bangunan): tax objects by NOP and their yearly SPPT. Demo data: people and
-- numbers are invented; kecamatan/kelurahan codes in the NOPs are Semarang's real ones.
CREATE TABLE pbb_objects (
    nop           TEXT PRIMARY KEY, -- 18 digits, no dots
    owner_name    TEXT NOT NULL,
    address       TEXT NOT NULL,
    kelurahan_id  INTEGER NOT NULL REFERENCES kelurahan (id),
    land_area     INTEGER NOT NULL, -- m²
    building_area INTEGER NOT NULL  -- m²
);

CREATE TABLE pbb_bills (
    nop      TEXT NOT NULL REFERENCES pbb_objects (nop),
    tax_year INTEGER NOT NULL,
    amount   INTEGER NOT NULL, -- rupiah, the SPPT's principal
    due_date TEXT NOT NULL,    -- yyyy-MM-dd
    paid_on  TEXT NULL,        -- yyyy-MM-dd
    PRIMARY KEY (nop, tax_year)
);

INSERT INTO pbb_objects (nop, owner_name, address, kelurahan_id, land_area, building_area) VALUES
    ('337401000501203450', 'Suharto',        'Jl. Karangmalang Raya No. 17, RT 03/RW 02', 10005, 120, 72),
    ('337407001200400210', 'Siti Rahayu',    'Jl. Banjarsari Selatan No. 8, RT 01/RW 05',  70012, 200, 150),
    ('337413001100201070', 'Budi Santoso',   'Jl. Pekunden Tengah No. 41',                 130011, 96, 110),
    ('337408001100704560', 'Dwi Lestari',    'Jl. Tlogosari Raya II, Kav. 12 (tanah kosong)', 80011, 300, 0),
    ('337414001100300780', 'Agus Widodo',    'Jl. Abdulrahman Saleh No. 203',              140011, 150, 120);

INSERT INTO pbb_bills (nop, tax_year, amount, due_date, paid_on) VALUES
    ('337401000501203450', 2022, 182000, '2022-08-31', '2022-08-15'),
    ('337401000501203450', 2023, 190000, '2023-08-31', '2023-07-28'),
    ('337401000501203450', 2024, 198500, '2024-08-31', '2024-08-30'),
    ('337401000501203450', 2025, 205000, '2025-08-31', '2025-08-02'),
    ('337401000501203450', 2026, 212500, '2026-08-31', NULL),
    ('337407001200400210', 2024, 845000, '2024-08-31', '2024-06-12'),
    ('337407001200400210', 2025, 880000, '2025-08-31', '2025-06-20'),
    ('337407001200400210', 2026, 912000, '2026-08-31', '2026-07-01'),
    ('337413001100201070', 2023, 1150000, '2023-08-31', '2023-09-14'),
    ('337413001100201070', 2024, 1210000, '2024-08-31', NULL),
    ('337413001100201070', 2025, 1265000, '2025-08-31', NULL),
    ('337413001100201070', 2026, 1320000, '2026-08-31', NULL),
    ('337408001100704560', 2025, 640000, '2025-08-31', '2025-08-29'),
    ('337408001100704560', 2026, 675000, '2026-08-31', NULL),
    ('337414001100300780', 2025, 1034000, '2025-08-31', '2025-05-05'),
    ('337414001100300780', 2026, 1087000, '2026-08-31', '2026-04-17');
