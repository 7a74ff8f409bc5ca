-- PDAM Tirta Moedal: customers, monthly bills, outages entered by operators and outages reported by
-- citizens. Demo data; customers and numbers are invented.
CREATE TABLE pdam_customers (
    customer_number TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    address         TEXT NOT NULL,
    kelurahan_id    INTEGER NOT NULL REFERENCES kelurahan (id),
    tariff          TEXT NOT NULL
);

CREATE TABLE pdam_bills (
    customer_number TEXT NOT NULL REFERENCES pdam_customers (customer_number),
    period          TEXT NOT NULL, -- yyyy-MM, the month of use
    usage_m3        INTEGER NOT NULL,
    amount          INTEGER NOT NULL, -- rupiah
    due_date        TEXT NOT NULL,    -- yyyy-MM-dd
    paid_on         TEXT NULL,        -- yyyy-MM-dd
    PRIMARY KEY (customer_number, period)
);

CREATE TABLE pdam_outages (
    id              INTEGER PRIMARY KEY,
    kecamatan_id    INTEGER NOT NULL REFERENCES kecamatan (id),
    kelurahan_id    INTEGER NULL REFERENCES kelurahan (id), -- null: the whole kecamatan
    description     TEXT NOT NULL,
    starts_at       TEXT NOT NULL, -- ISO 8601 with offset
    expected_end_at TEXT NULL,
    ended_at        TEXT NULL,     -- set when operators end it; null while it lasts
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX ix_pdam_outages_open ON pdam_outages (kecamatan_id) WHERE ended_at IS NULL;

CREATE TABLE pdam_outage_reports (
    id           INTEGER PRIMARY KEY,
    sender       TEXT NOT NULL,
    kecamatan_id INTEGER NULL REFERENCES kecamatan (id),
    kelurahan_id INTEGER NULL REFERENCES kelurahan (id),
    area_text    TEXT NULL,
    latitude     REAL NULL,
    longitude    REAL NULL,
    created_at   TEXT NOT NULL
);

INSERT INTO pdam_customers (customer_number, name, address, kelurahan_id, tariff) VALUES
    ('01230045', 'Hartono',           'Jl. Sriwijaya No. 30',            60006, 'Rumah tangga 2'),
    ('04560078', 'Endang Susilowati', 'Jl. Tlogosari Raya I No. 8',      80011, 'Rumah tangga 2'),
    ('07890012', 'Slamet Riyadi',     'Jl. Bangetayu Raya No. 115',      90002, 'Rumah tangga 1');

INSERT INTO pdam_bills (customer_number, period, usage_m3, amount, due_date, paid_on) VALUES
    ('01230045', '2026-07', 21, 142500, '2026-08-20', '2026-08-11'),
    ('01230045', '2026-08', 24, 163800, '2026-09-20', '2026-09-15'),
    ('01230045', '2026-09', 19, 128700, '2026-10-20', '2026-10-18'),
    ('01230045', '2026-10', 23, 156600, '2026-11-20', NULL),
    ('04560078', '2026-08', 15, 98500,  '2026-09-20', '2026-09-02'),
    ('04560078', '2026-09', 16, 105200, '2026-10-20', '2026-10-05'),
    ('04560078', '2026-10', 14, 91800,  '2026-11-20', '2026-11-04'),
    ('07890012', '2026-08', 12, 61400,  '2026-09-20', '2026-09-25'),
    ('07890012', '2026-09', 13, 66900,  '2026-10-20', NULL),
    ('07890012', '2026-10', 11, 56300,  '2026-11-20', NULL);

-- One outage to try; its times follow the date the database was created.
INSERT INTO pdam_outages (kecamatan_id, kelurahan_id, description, starts_at, expected_end_at, ended_at, created_at, updated_at) VALUES
    (70, 70006, 'Perbaikan pipa distribusi di Jl. Meteseh Raya', strftime('%Y-%m-%dT%H:00:00+00:00', 'now', '-3 hours'),
     strftime('%Y-%m-%dT%H:00:00+00:00', 'now', '+21 hours'), NULL, strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now'), strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now'));
