-- The NIK of a tax object's owner and of a PDAM customer (UU 27/2022 PDP): a lookup by NOP or customer number
-- shows the place only down to kelurahan and kecamatan, and the full street address only to a citizen who
-- answers with the last four digits of this NIK. Null: not on file, and no address is offered.
-- Demo data: the NIKs are invented (16 digits, 3374 = Kota Semarang).
ALTER TABLE pbb_objects ADD COLUMN owner_nik TEXT NULL;
ALTER TABLE pdam_customers ADD COLUMN owner_nik TEXT NULL;

UPDATE pbb_objects SET owner_nik = CASE nop
    WHEN '337401000501203450' THEN '3374011708650003'
    WHEN '337407001200400210' THEN '3374075203780002'
    WHEN '337413001100201070' THEN '3374130909700011'
    WHEN '337408001100704560' THEN '3374086105850004'
    WHEN '337414001100300780' THEN '3374140102720007'
END;

UPDATE pdam_customers SET owner_nik = CASE customer_number
    WHEN '01230045' THEN '3374062304680005'
    WHEN '04560078' THEN '3374084711750009'
    WHEN '07890012' THEN '3374091506800012'
END;
