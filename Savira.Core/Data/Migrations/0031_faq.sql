-- The knowledge base for kependudukan, izin_nakes, npwp and other intents' general questions.
-- Operators manage it through /admin/api/faq; only active entries are answered.
CREATE TABLE faq_entries (
    id         INTEGER PRIMARY KEY,
    intent     TEXT NOT NULL,          -- an intent id of shared/intents.md
    question   TEXT NOT NULL,
    answer     TEXT NOT NULL,          -- WhatsApp formatting
    examples   TEXT NOT NULL DEFAULT '[]', -- JSON array of other ways citizens ask it
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX ix_faq_entries_intent ON faq_entries (intent, active);

INSERT INTO faq_entries (intent, question, answer, examples, created_at, updated_at) VALUES
('kependudukan', 'Bagaimana cara membuat KTP-el pertama kali (perekaman)?',
'🪪 *Perekaman KTP-el pertama kali*
Untuk warga berusia 17 tahun atau sudah/pernah menikah.
*Syarat:*
• Fotokopi Kartu Keluarga (KK)
• Datang sendiri untuk foto, sidik jari dan tanda tangan

*Tempat:* kantor kecamatan sesuai domisili atau Disdukcapil Kota Semarang, Jl. Kanguru Raya No. 3, Gayamsari, pada hari dan jam kerja.
Layanan ini *gratis*.',
'["syarat bikin ktp baru", "umur 17 mau rekam ktp", "cara buat e-ktp", "perekaman ktp el dimana", "anak saya sudah 17 tahun mau bikin ktp"]',
'2026-11-01T00:00:00.0000000+00:00', '2026-11-01T00:00:00.0000000+00:00'),

('kependudukan', 'KTP-el saya hilang atau rusak, bagaimana mengurusnya?',
'🪪 *KTP-el hilang atau rusak*
*Syarat:*
• KTP hilang: surat keterangan kehilangan dari kepolisian
• KTP rusak: bawa KTP-el yang rusak
• Fotokopi Kartu Keluarga (KK)

Ajukan di kecamatan atau Disdukcapil Kota Semarang. Data Anda sudah terekam, jadi tidak perlu rekam ulang. Layanan ini *gratis*.',
'["ktp hilang", "e ktp rusak patah", "ganti ktp yang hilang", "ktp saya kecuci rusak", "cetak ulang ktp"]',
'2026-11-01T00:00:00.0000000+00:00', '2026-11-01T00:00:00.0000000+00:00'),

('kependudukan', 'Bagaimana mengurus Kartu Keluarga (KK) baru atau perubahan KK?',
'👨‍👩‍👧 *Kartu Keluarga (KK) baru atau perubahan*
*Syarat umum:*
• KK lama (untuk perubahan/pisah KK)
• Buku nikah/akta perkawinan (untuk KK baru setelah menikah)
• Surat keterangan pindah bila dari luar kota
• Dokumen pendukung perubahan (akta lahir, akta cerai, dll.)

KK kini dicetak di kertas HVS dengan tanda tangan elektronik (TTE) dan bisa dicetak sendiri. Ajukan lewat layanan online Disdukcapil Kota Semarang atau di kecamatan. *Gratis*.',
'["buat kk baru setelah nikah", "pisah kk dari orang tua", "tambah anggota keluarga di kk", "ubah data kk", "kk hilang"]',
'2026-11-01T00:00:00.0000000+00:00', '2026-11-01T00:00:00.0000000+00:00'),

('kependudukan', 'Apa syarat membuat akta kelahiran?',
'👶 *Akta kelahiran*
*Syarat:*
• Surat keterangan lahir dari rumah sakit/bidan/puskesmas
• Kartu Keluarga (KK) orang tua
• KTP-el kedua orang tua
• Buku nikah/akta perkawinan orang tua (bila ada; bila tidak ada, SPTJM)

Lapor paling lambat 60 hari setelah kelahiran, lewat layanan online Disdukcapil Kota Semarang atau di kecamatan. Akta bisa dicetak sendiri (kertas HVS, TTE). *Gratis*.',
'["cara bikin akta lahir anak", "syarat akte kelahiran", "akta kelahiran bayi baru lahir", "ngurus akte lahir dimana"]',
'2026-11-01T00:00:00.0000000+00:00', '2026-11-01T00:00:00.0000000+00:00'),

('kependudukan', 'Apa syarat membuat akta kematian?',
'🕊️ *Akta kematian*
*Syarat:*
• Surat keterangan kematian dari rumah sakit atau kelurahan
• Kartu Keluarga (KK) almarhum/almarhumah
• KTP-el almarhum/almarhumah
• KTP-el pelapor dan dua orang saksi

Lapor paling lambat 30 hari setelah kematian. Sekaligus KK akan diperbarui. *Gratis*.',
'["akta kematian orang tua", "lapor orang meninggal", "syarat akte kematian", "ngurus surat kematian"]',
'2026-11-01T00:00:00.0000000+00:00', '2026-11-01T00:00:00.0000000+00:00'),

('kependudukan', 'Bagaimana membuat Kartu Identitas Anak (KIA)?',
'🧒 *Kartu Identitas Anak (KIA)*
Untuk anak di bawah 17 tahun.
*Syarat:*
• Fotokopi akta kelahiran anak
• Kartu Keluarga (KK)
• KTP-el orang tua
• Pas foto berwarna anak (untuk usia 5 tahun ke atas)

Ajukan di kecamatan, Disdukcapil atau layanan jemput bola di sekolah. *Gratis*.',
'["kartu identitas anak", "ktp anak", "bikin kia buat anak sd", "syarat kia"]',
'2026-11-01T00:00:00.0000000+00:00', '2026-11-01T00:00:00.0000000+00:00'),

('kependudukan', 'Bagaimana cara pindah domisili keluar atau masuk Kota Semarang?',
'🚚 *Pindah domisili*
*Pindah keluar Semarang:* ajukan Surat Keterangan Pindah WNI (SKPWNI) dengan KK dan KTP-el; bisa online.
*Pindah datang ke Semarang:* bawa SKPWNI dari daerah asal dan KTP-el; KK dan KTP-el baru diterbitkan dengan alamat Semarang.
*Pindah antarkecamatan di Semarang:* cukup ajukan perubahan alamat di KK.

Semua layanan *gratis*.',
'["pindah ktp ke semarang", "surat pindah keluar kota", "mutasi penduduk", "pindah alamat kk", "skpwni"]',
'2026-11-01T00:00:00.0000000+00:00', '2026-11-01T00:00:00.0000000+00:00'),

('kependudukan', 'Di mana dan kapan jam layanan Disdukcapil Kota Semarang?',
'🏢 *Disdukcapil Kota Semarang*
Jl. Kanguru Raya No. 3, Gayamsari, Kota Semarang.
Layanan tatap muka Senin–Jumat pada jam kerja; layanan juga tersedia di 16 kantor kecamatan.
Sebagian besar dokumen (KK, akta, pindah) bisa diajukan online tanpa antre.
Semua layanan adminduk *gratis* — jangan bayar calo.',
'["alamat dukcapil semarang", "jam buka capil", "kantor disdukcapil dimana", "dukcapil buka sabtu"]',
'2026-11-01T00:00:00.0000000+00:00', '2026-11-01T00:00:00.0000000+00:00'),

('izin_nakes', 'Apa syarat Surat Izin Praktik (SIP) dokter?',
'🩺 *SIP Dokter / Dokter Gigi*
*Syarat:*
• STR yang masih berlaku
• Rekomendasi organisasi profesi (IDI/PDGI cabang Semarang)
• Surat keterangan dari fasilitas pelayanan kesehatan tempat praktik
• Pas foto dan KTP-el
• Surat pernyataan tempat praktik (maksimal 3 tempat)

Ajukan online ke *DPMPTSP Kota Semarang*. SIP berlaku selama STR berlaku dan tempat praktik masih sesuai. Layanan *gratis*.',
'["syarat sip dokter", "izin praktik dokter umum", "cara urus sip dokter gigi", "dokter mau buka praktik"]',
'2026-11-01T00:00:00.0000000+00:00', '2026-11-01T00:00:00.0000000+00:00'),

('izin_nakes', 'Apa syarat SIP bidan (SIPB)?',
'🤱 *SIP Bidan*
*Syarat:*
• STR bidan yang masih berlaku
• Rekomendasi IBI cabang Kota Semarang
• Surat keterangan dari fasilitas kesehatan, atau denah lokasi untuk praktik mandiri
• Pas foto dan KTP-el

Ajukan online ke *DPMPTSP Kota Semarang*. Layanan *gratis*.',
'["izin praktik bidan", "sipb bidan mandiri", "bidan buka praktik sendiri", "syarat sip bidan"]',
'2026-11-01T00:00:00.0000000+00:00', '2026-11-01T00:00:00.0000000+00:00'),

('izin_nakes', 'Apa syarat SIP perawat (SIPP)?',
'💉 *SIP Perawat*
*Syarat:*
• STR perawat yang masih berlaku
• Rekomendasi PPNI Kota Semarang
• Surat keterangan dari fasilitas kesehatan tempat bekerja
• Pas foto dan KTP-el

Ajukan online ke *DPMPTSP Kota Semarang*. Layanan *gratis*.',
'["izin praktik perawat", "sipp perawat", "syarat sip perawat rumah sakit"]',
'2026-11-01T00:00:00.0000000+00:00', '2026-11-01T00:00:00.0000000+00:00'),

('izin_nakes', 'Apa syarat SIP apoteker (SIPA)?',
'💊 *SIP Apoteker (SIPA)*
*Syarat:*
• STR apoteker yang masih berlaku
• Rekomendasi IAI Kota Semarang
• Surat keterangan dari apotek/instalasi farmasi tempat praktik
• Pas foto dan KTP-el

Ajukan online ke *DPMPTSP Kota Semarang*. Layanan *gratis*.',
'["sipa apoteker", "izin praktik apoteker apotek", "syarat sip apoteker"]',
'2026-11-01T00:00:00.0000000+00:00', '2026-11-01T00:00:00.0000000+00:00'),

('izin_nakes', 'Berapa lama proses dan biaya SIP, dan bagaimana memperpanjangnya?',
'⏱️ *Proses dan perpanjangan SIP*
• Proses di DPMPTSP Kota Semarang paling lama 14 hari kerja sejak berkas lengkap dan benar.
• Biaya: *gratis*.
• Perpanjangan/perubahan (pindah tempat praktik): ajukan permohonan baru dengan dokumen terbaru sebelum SIP lama tidak berlaku.
• Cek status permohonan: kirim *nomor registrasi* Anda, contoh SIP-20261102-0007.',
'["berapa lama sip jadi", "biaya sip berapa", "perpanjang sip", "sip saya habis"]',
'2026-11-01T00:00:00.0000000+00:00', '2026-11-01T00:00:00.0000000+00:00'),

('izin_nakes', 'Di mana mengurus STR?',
'📜 *STR (Surat Tanda Registrasi)*
STR tidak diurus di Pemerintah Kota: STR diterbitkan secara nasional oleh Kementerian Kesehatan/KKI melalui layanan online SATUSEHAT SDMK. Setelah STR terbit, SIP diurus di *DPMPTSP Kota Semarang*.',
'["cara buat str", "str perawat", "perpanjang str", "str dimana"]',
'2026-11-01T00:00:00.0000000+00:00', '2026-11-01T00:00:00.0000000+00:00'),

('npwp', 'Bagaimana cara daftar NPWP?',
'🧾 *Daftar NPWP*
NPWP diterbitkan oleh Direktorat Jenderal Pajak (DJP), bukan Pemerintah Kota.
• Daftar online di *Coretax DJP* (pajak.go.id) dengan NIK dan email/nomor HP aktif; atau
• Datang ke KPP Pratama sesuai domisili di Semarang.

Untuk wajib pajak orang pribadi penduduk Indonesia, *NIK kini berfungsi sebagai NPWP*.',
'["bikin npwp", "cara buat npwp online", "syarat npwp pribadi", "daftar npwp baru"]',
'2026-11-01T00:00:00.0000000+00:00', '2026-11-01T00:00:00.0000000+00:00'),

('npwp', 'Apakah NIK bisa dipakai sebagai NPWP?',
'🪪 *NIK sebagai NPWP*
Ya. Sejak 2024, untuk orang pribadi penduduk Indonesia, NIK berfungsi sebagai NPWP. Pastikan NIK Anda sudah *dipadankan* dengan NPWP lama: cek di Coretax DJP (pajak.go.id). Bila belum padan, hubungi Kring Pajak *1500200* atau KPP terdekat.',
'["nik jadi npwp", "pemadanan nik npwp", "npwp 16 digit", "validasi nik npwp"]',
'2026-11-01T00:00:00.0000000+00:00', '2026-11-01T00:00:00.0000000+00:00'),

('npwp', 'Kartu NPWP saya hilang, bagaimana?',
'🧾 *Kartu NPWP hilang*
Nomor NPWP tidak berubah; Anda bisa:
• Mengunduh/mencetak ulang kartu NPWP lewat Coretax DJP (pajak.go.id), atau
• Meminta cetak ulang di KPP Pratama terdaftar.
Untuk orang pribadi, NIK pada KTP-el sudah berfungsi sebagai NPWP.',
'["npwp hilang", "cetak ulang kartu npwp", "kartu npwp rusak", "lupa nomor npwp"]',
'2026-11-01T00:00:00.0000000+00:00', '2026-11-01T00:00:00.0000000+00:00'),

('npwp', 'Bagaimana mendapatkan EFIN?',
'🔑 *EFIN (Electronic Filing Identification Number)*
• Ajukan ke KPP Pratama terdekat dengan KTP-el dan NPWP, atau
• Minta lewat email/Live Chat Kring Pajak *1500200* dengan swafoto memegang KTP-el.
EFIN yang lupa bisa diminta ulang lewat Kring Pajak. Jangan bagikan EFIN kepada siapa pun.',
'["lupa efin", "cara dapat efin", "aktivasi efin", "efin hilang"]',
'2026-11-01T00:00:00.0000000+00:00', '2026-11-01T00:00:00.0000000+00:00'),

('npwp', 'Di mana KPP dan layanan pajak di Kota Semarang?',
'🏢 *Layanan pajak pusat di Semarang*
Kota Semarang dilayani beberapa KPP Pratama (antara lain Semarang Tengah, Semarang Barat, Semarang Timur, Semarang Selatan, Candisari dan Gayamsari) sesuai domisili wajib pajak.
Kring Pajak: *1500200*.
Untuk pajak daerah (PBB, BPHTB, reklame), ketik *PBB* atau hubungi Bapenda Kota Semarang.',
'["kpp semarang dimana", "kantor pajak terdekat", "kring pajak nomor berapa"]',
'2026-11-01T00:00:00.0000000+00:00', '2026-11-01T00:00:00.0000000+00:00');
