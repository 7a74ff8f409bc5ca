-- No entry said that neither KTP-el nor KK needs renewing ("ktp saya sudah lewat masa berlakunya", "kk perlu
-- diperpanjang?"), a question Disdukcapil is asked often. A new kependudukan entry, version 1 published
-- by the system as an editor would publish it; its examples were written for this project.
-- Facts: UU 24/2013 Pasal 64 ayat (7) (KTP-el for citizens is valid for life), Pasal 79A (no fees for civil
-- registration documents); a family card has no validity period and is renewed when the family's data change
-- (Perpres 96/2018); Disdukcapil Kota Semarang's contact as in 0056.
INSERT INTO faq_entries (intent, question, answer, examples, source, checked_on, created_at, updated_at, published_version)
VALUES ('kependudukan', 'Apakah KTP-el atau KK perlu diperpanjang?',
'🪪 *KTP-el tidak perlu diperpanjang*
KTP elektronik berlaku *seumur hidup* (UU 24/2013 Pasal 64 ayat 7), juga yang masih tercetak tanggal berlaku lama.
KTP-el perlu diurus lagi hanya bila:
• *Rusak* atau *hilang*: cetak ulang (hilang: bawa surat keterangan kehilangan dari kepolisian)
• Ada *perubahan data* (pindah alamat, status kawin, pekerjaan, nama): perbarui KK dulu, lalu KTP-el dicetak ulang
*KK* juga tidak punya masa berlaku; KK diperbarui bila susunan atau data keluarga berubah (kelahiran, perkawinan, pindah, kematian).
*Tempat:* Disdukcapil Kota Semarang, Jl. Kanguru Raya No. 3, Gayamsari, kantor kecamatan, atau layanan online Disdukcapil. Semua layanan adminduk *gratis*.
Masih ragu? Tanyakan ke WhatsApp Disdukcapil *0896-7630-9299*.',
'["perpanjang ktp", "mau perpanjang kk", "ktp saya sudah habis masa berlakunya", "ktp expired 2017 masih berlaku ga", "kk ada masa berlakunya?", "ktp kadaluarsa harus diganti?", "masa berlaku ktp el sampai kapan", "Selamat pagi, di KTP saya tertulis berlaku sampai 2016, apakah harus diperpanjang?", "ktp mati perlu diurus ga", "kk kudu diperpanjang po", "cara perpanjang ktp elektronik", "perpanjangan kk di disdukcapil", "syarat perpanjang ktp", "ktp sm kk perlu diperpanjang tiap brp taun", "mau memperpanjang kartu keluarga", "perpanjang e-ktp dimana"]',
'UU 24/2013 tentang Perubahan atas UU 23/2006 tentang Administrasi Kependudukan, Pasal 64 ayat (7) dan Pasal 79A; Perpres 96/2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil; Disdukcapil Kota Semarang (dispendukcapil.semarangkota.go.id, WhatsApp 0896-7630-9299)',
'2026-12-03', '2026-12-03T00:00:00.0000000+00:00', '2026-12-03T00:00:00.0000000+00:00', 1);

INSERT INTO faq_versions (entry_id, version, intent, question, answer, examples, source, checked_on, note, published_at, published_by)
SELECT id, 1, intent, question, answer, examples, source, checked_on, 'Versi awal (pengetahuan bawaan)', updated_at, 'sistem'
FROM faq_entries
WHERE intent = 'kependudukan' AND question = 'Apakah KTP-el atau KK perlu diperpanjang?' AND published_version = 1
    AND NOT EXISTS (SELECT 1 FROM faq_versions v WHERE v.entry_id = faq_entries.id);


-- The matcher learns from training_examples: without these, "perpanjang" (said of STNK and practice permits)
-- outweighed "ktp" and "kk", words other services' questions use too, and "perpanjang ktp" was read as vehicle tax.
-- The pkb examples keep a question about the KTP needed to renew an STNK with Samsat.
INSERT INTO training_examples (text, intent, source) VALUES
    ('perpanjang ktp', 'kependudukan', 'seed'),
    ('mau perpanjang kk', 'kependudukan', 'seed'),
    ('cara perpanjang ktp elektronik', 'kependudukan', 'seed'),
    ('ktp saya sudah habis masa berlakunya', 'kependudukan', 'seed'),
    ('kk ada masa berlakunya?', 'kependudukan', 'seed'),
    ('syarat perpanjang ktp', 'kependudukan', 'seed'),
    ('mau memperpanjang kartu keluarga', 'kependudukan', 'seed'),
    ('perpanjang e-ktp dimana', 'kependudukan', 'seed'),
    ('ktp kadaluarsa harus diganti?', 'kependudukan', 'seed'),
    ('kk kudu diperpanjang po', 'kependudukan', 'seed'),
    ('fotokopi ktp buat perpanjang stnk berapa lembar', 'pkb', 'seed'),
    ('perpanjang stnk wajib bawa ktp asli?', 'pkb', 'seed'),
    ('bawa ktp asli ga kalau perpanjang stnk tahunan', 'pkb', 'seed'),
    ('ktp pemilik harus asli untuk perpanjang stnk 5 tahun', 'pkb', 'seed');
