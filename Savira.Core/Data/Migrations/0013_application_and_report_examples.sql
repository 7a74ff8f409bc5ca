-- Seed examples (written for Savira) for two gaps seen when the services met the matcher: asking after a civil
-- registration application (which read as a permit question because of "permohonan"), and a bare wish to
-- report something, which in a city assistant means a public-works report, not a tax return.
INSERT INTO training_examples (text, intent, source) VALUES
    ('status permohonan kk saya sudah sampai mana', 'kependudukan', 'seed'),
    ('cek permohonan akta kelahiran anak', 'kependudukan', 'seed'),
    ('pengajuan ktp baru sy kok belum jadi', 'kependudukan', 'seed'),
    ('permohonan pindah domisili sudah diproses belum', 'kependudukan', 'seed'),
    ('cek status pengajuan kartu keluarga', 'kependudukan', 'seed'),
    ('permohonan akta kematian bapak sy gmn kabarnya', 'kependudukan', 'seed'),
    ('nomor registrasi dukcapil saya mau dicek', 'kependudukan', 'seed'),
    ('berkas kk yg saya ajukan online statusnya apa', 'kependudukan', 'seed'),
    ('permohonan kia anak udah selesai belum min', 'kependudukan', 'seed'),
    ('cetak ulang ktp yg saya ajukan kapan jadi', 'kependudukan', 'seed'),
    ('mau lapor min', 'infrastruktur', 'seed'),
    ('saya ingin membuat laporan', 'infrastruktur', 'seed'),
    ('pengen lapor kerusakan', 'infrastruktur', 'seed'),
    ('mau ngadu ada kerusakan fasilitas umum', 'infrastruktur', 'seed'),
    ('lapor pak ada yang rusak di kampung', 'infrastruktur', 'seed'),
    ('bikin aduan gimana caranya', 'infrastruktur', 'seed'),
    ('aku arep lapor', 'infrastruktur', 'seed'),
    ('badhe lapor wonten kerusakan', 'infrastruktur', 'seed');
