-- A question about the KTP that Samsat asks for when an STNK is renewed or its tax paid belongs to vehicle tax, even
-- when it starts with "ktp": after 0200 taught "perpanjang ktp", the word "ktp" first outweighed "stnk".
INSERT INTO training_examples (text, intent, source) VALUES
    ('ktp untuk bayar pajak stnk boleh fotokopi?', 'pkb', 'seed'),
    ('ktp asli dibawa ke samsat ga', 'pkb', 'seed'),
    ('ktp beda alamat bisa perpanjang stnk?', 'pkb', 'seed'),
    ('ktp saya sudah pindah, stnk mau diperpanjang', 'pkb', 'seed'),
    ('ktp hilang tapi mau perpanjang stnk gimana', 'pkb', 'seed'),
    ('ktp pemilik lama dibutuhkan buat stnk?', 'pkb', 'seed');
