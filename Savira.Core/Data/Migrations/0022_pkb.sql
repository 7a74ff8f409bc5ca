-- PKB (Pajak Kendaraan Bermotor) by plate: the next annual payment and the 5-yearly STNK renewal.
-- Demo data; owners and plates are invented.
CREATE TABLE pkb_vehicles (
    plate          TEXT PRIMARY KEY, -- "H 1234 AB": region, number, suffix separated by one space
    kind           TEXT NOT NULL,    -- 'motor' | 'mobil' | 'barang'
    model          TEXT NOT NULL,
    year_made      INTEGER NOT NULL,
    owner_name     TEXT NOT NULL,
    pkb_amount     INTEGER NOT NULL, -- rupiah per year
    swdkllj_amount INTEGER NOT NULL, -- Jasa Raharja's road-accident contribution, rupiah per year
    tax_due_date   TEXT NOT NULL,    -- yyyy-MM-dd, the next annual payment
    stnk_due_date  TEXT NOT NULL     -- yyyy-MM-dd, the STNK's 5-year expiry
);

INSERT INTO pkb_vehicles (plate, kind, model, year_made, owner_name, pkb_amount, swdkllj_amount, tax_due_date, stnk_due_date) VALUES
    ('H 1234 AB', 'motor',  'Honda Vario 125',            2021, 'Rina Wulandari', 221000,  35000,  '2027-03-15', '2031-03-15'),
    ('H 8821 KL', 'mobil',  'Toyota Avanza 1.3 G',        2019, 'Bambang Irawan', 2450000, 143000, '2026-12-10', '2029-12-10'),
    ('H 4402 MN', 'motor',  'Yamaha NMAX 155',            2021, 'Yusuf Hidayat',  312000,  35000,  '2026-08-20', '2026-08-20'),
    ('H 9090 QZ', 'barang', 'Mitsubishi L300 Pick Up',    2022, 'Sri Mulyani',    1380000, 163000, '2027-01-05', '2027-01-05');
