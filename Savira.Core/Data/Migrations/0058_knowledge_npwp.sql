-- Knowledge base: npwp (taxpayer id; served by DJP and its KPP, not by the city), checked 2026-12-01.
-- Entries 15-19 of 0031 are corrected in place: NIK as NPWP since 1 July 2024, Coretax DJP since
-- 1 January 2025 (EFIN no longer needed there), the KPP of Kota Semarang.

UPDATE faq_entries SET
    question = 'Bagaimana cara daftar NPWP?',
    answer = '🧾 *Daftar NPWP (orang pribadi)*
NPWP diurus di *Direktorat Jenderal Pajak (DJP)*, bukan di Pemerintah Kota.
*Online:* buka *coretaxdjp.pajak.go.id* → *Daftar di sini* → Orang Pribadi → isi NIK, data diri, email dan nomor HP aktif → verifikasi.
*Langsung:* datang ke KPP Pratama terdekat dengan membawa KTP-el.
Untuk penduduk Indonesia, *NIK Anda menjadi NPWP*; pendaftaran ini mengaktifkan NIK sebagai NPWP. Layanan *gratis*.
Bantuan: Kring Pajak *1500200* atau live chat di pajak.go.id.',
    examples = '["bikin npwp", "cara buat npwp online", "daftar npwp baru lewat coretax", "syarat npwp pribadi", "npwp buat lamaran kerja gmn", "gawe npwp piye carane", "Selamat siang, mohon info cara mendaftar NPWP pribadi secara online", "mau bikin npwp di kantor pajak mana"]',
    source = 'PMK 112/PMK.03/2022 s.t.d.d. PMK 136/2023 (NIK sebagai NPWP); PMK 81/2024 (Coretax DJP, berlaku 1 Januari 2025); DJP, coretaxdjp.pajak.go.id dan pajak.go.id; Kring Pajak 1500200',
    checked_on = '2026-12-01', updated_at = '2026-12-01T00:00:00.0000000+00:00'
WHERE id = 15 AND intent = 'npwp';

UPDATE faq_entries SET
    question = 'Apakah NIK bisa dipakai sebagai NPWP?',
    answer = '🪪 *NIK sebagai NPWP*
Ya. Berdasarkan PMK 112/2022 (diubah PMK 136/2023), sejak *1 Juli 2024* NIK berfungsi sebagai NPWP bagi orang pribadi penduduk Indonesia, dan sejak *1 Januari 2025* dipakai penuh di *Coretax DJP*.
• NPWP lama 15 digit digantikan NIK (orang pribadi) atau NPWP 16 digit (badan dan bukan penduduk).
• NIK harus *padan* dengan data DJP: coba login Coretax memakai NIK. Bila gagal, hubungi Kring Pajak *1500200* atau KPP terdaftar.
• NIK baru berfungsi sebagai NPWP setelah Anda terdaftar sebagai wajib pajak.',
    examples = '["nik jadi npwp", "apakah nik bisa jadi npwp", "pemadanan nik npwp", "npwp 16 digit itu apa", "npwp lama 15 digit masih berlaku gk", "validasi nik npwp gagal", "Mohon penjelasan, sejak kapan NIK KTP berlaku sebagai NPWP?", "nik ku durung padan piye"]',
    source = 'PMK 112/PMK.03/2022 s.t.d.d. PMK 136/2023 Pasal 11 (penggunaan penuh NIK sebagai NPWP dan NPWP 16 digit mulai 1 Juli 2024); PER-6/PJ/2024; PMK 81/2024 (Coretax, 1 Januari 2025); Kring Pajak 1500200',
    checked_on = '2026-12-01', updated_at = '2026-12-01T00:00:00.0000000+00:00'
WHERE id = 16 AND intent = 'npwp';

UPDATE faq_entries SET
    question = 'Kartu NPWP saya hilang, bagaimana?',
    answer = '🧾 *Kartu NPWP hilang*
Nomor NPWP tidak berubah, dan untuk orang pribadi NIK di KTP-el sudah berfungsi sebagai NPWP.
• *Online:* login *Coretax DJP* (coretaxdjp.pajak.go.id), unduh kartu NPWP elektronik dari akun Anda, lalu cetak sendiri.
• *Langsung:* minta cetak ulang kartu di KPP Pratama dengan membawa KTP-el.
Layanan ini *gratis*. Lupa nomor NPWP lama? Cukup gunakan NIK, atau tanyakan ke Kring Pajak *1500200*.',
    examples = '["npwp hilang", "kartu npwp saya hilang", "cetak ulang kartu npwp", "kartu npwp rusak", "lupa nomor npwp", "download kartu npwp di coretax", "Selamat pagi, kartu NPWP saya hilang saat pindahan, bagaimana cara mendapatkan gantinya?", "npwp ilang piye"]',
    source = 'DJP, layanan cetak ulang kartu NPWP di KPP (PER-04/PJ/2020) dan kartu NPWP elektronik di akun Coretax DJP (coretaxdjp.pajak.go.id); PMK 112/2022 s.t.d.d. PMK 136/2023; Kring Pajak 1500200',
    checked_on = '2026-12-01', updated_at = '2026-12-01T00:00:00.0000000+00:00'
WHERE id = 17 AND intent = 'npwp';

UPDATE faq_entries SET
    question = 'Bagaimana mendapatkan EFIN?',
    answer = '🔑 *EFIN (Electronic Filing Identification Number)*
Sejak *Coretax DJP* dipakai (1 Januari 2025) dan SPT Tahunan dilaporkan lewat Coretax, EFIN *tidak lagi diperlukan* untuk masuk akun maupun mengganti kata sandi.
• Belum punya akun Coretax: lakukan *Aktivasi Akun Wajib Pajak* dengan NIK, email dan HP terdaftar, plus swafoto.
• Lupa kata sandi: pakai menu *Lupa Kata Sandi* di coretaxdjp.pajak.go.id.
• Masih butuh EFIN untuk layanan lama (DJP Online): minta lewat Kring Pajak *1500200*, live chat pajak.go.id, email *lupa.efin@pajak.go.id* (orang pribadi), atau datang ke KPP.
Jangan bagikan EFIN, kata sandi, atau kode OTP kepada siapa pun.',
    examples = '["lupa efin", "lupa efin gimana", "cara dapat efin", "efin hilang", "masih perlu efin gk buat lapor spt", "minta efin lewat email", "efin ku lali piye", "Selamat malam, saya lupa EFIN dan tidak bisa login, bagaimana solusinya?"]',
    source = 'DJP: SPT Tahunan tahun pajak 2025 lewat Coretax tanpa EFIN; PENG-3/PJ.09/2024 (kanal lupa EFIN: 1500200, live chat pajak.go.id, lupa.efin@pajak.go.id, KPP); PMK 81/2024 (Coretax)',
    checked_on = '2026-12-01', updated_at = '2026-12-01T00:00:00.0000000+00:00'
WHERE id = 18 AND intent = 'npwp';

UPDATE faq_entries SET
    question = 'Di mana KPP dan layanan pajak di Kota Semarang?',
    answer = '🏢 *Kantor pajak (DJP) di Kota Semarang*
Kota Semarang dilayani KPP Pratama sesuai tempat Anda terdaftar: *Semarang Tengah, Semarang Barat, Semarang Timur, Semarang Selatan, Semarang Candisari* dan *Semarang Gayamsari*. Wajib pajak besar/tertentu terdaftar di KPP Madya Semarang atau KPP Madya Dua Semarang. Semuanya di bawah Kanwil DJP Jawa Tengah I.
• KPP tempat Anda terdaftar tertera di akun Coretax atau di kartu NPWP.
• Layanan tatap muka pada hari dan jam kerja; alamat resmi tiap kantor ada di pajak.go.id (menu Unit Kerja).
• Kring Pajak: *1500200*.
Untuk pajak daerah (PBB, BPHTB), hubungi Bapenda Kota Semarang karena itu layanan Pemkot.',
    examples = '["kpp semarang dimana", "kantor pajak terdekat", "kring pajak nomor berapa", "kpp pratama candisari alamatnya", "npwp saya terdaftar di kpp mana", "kantor pajak buka sabtu?", "Mohon info daftar Kantor Pelayanan Pajak di Kota Semarang", "kantor pajak cedak banyumanik sing endi"]',
    source = 'DJP, daftar unit kerja Kanwil DJP Jawa Tengah I (KPP Pratama Semarang Tengah, Barat, Timur, Selatan, Candisari, Gayamsari; KPP Madya Semarang, KPP Madya Dua Semarang), pajak.go.id; Kring Pajak 1500200',
    checked_on = '2026-12-01', updated_at = '2026-12-01T00:00:00.0000000+00:00'
WHERE id = 19 AND intent = 'npwp';

INSERT INTO faq_entries (intent, question, answer, examples, source, checked_on, created_at, updated_at) VALUES
('npwp', 'Bagaimana cara aktivasi akun Coretax DJP?',
'🔐 *Aktivasi akun Coretax DJP*
1. Buka *coretaxdjp.pajak.go.id* → *Aktivasi Akun Wajib Pajak*.
2. Isi NIK/NPWP, lalu email dan nomor HP yang *terdaftar di DJP*.
3. Ambil swafoto untuk verifikasi identitas, centang pernyataan, lalu simpan.
4. Kata sandi sementara dikirim ke email; login dengan NIK, lalu ganti kata sandi.
Sudah pernah punya akun DJP Online? Cukup pakai *Lupa Kata Sandi* dengan NIK. Email/HP sudah ganti? Perbarui dulu lewat Kring Pajak *1500200*, live chat pajak.go.id, atau KPP.
Aktivasi *gratis* dan bisa dilakukan sendiri tanpa perantara.',
'["aktivasi coretax", "cara aktivasi akun coretax", "coretax gak bisa aktivasi email beda", "daftar akun coretax pertama kali", "login coretax pertama gmn", "akun djp online pindah ke coretax", "Selamat siang, saya ASN diminta aktivasi Coretax, bagaimana langkahnya?", "aktivasi coretax ra iso piye"]',
'DJP, pajak.go.id (langkah Aktivasi Akun Wajib Pajak di coretaxdjp.pajak.go.id); PMK 81/2024 Pasal 6 (akun wajib pajak di Coretax); Kring Pajak 1500200',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('npwp', 'Bagaimana membuat Kode Otorisasi DJP di Coretax?',
'✍️ *Kode Otorisasi DJP (tanda tangan elektronik)*
Kode Otorisasi/Sertifikat Elektronik dipakai untuk menandatangani SPT dan dokumen lain di Coretax.
1. Login *Coretax DJP* (coretaxdjp.pajak.go.id).
2. Buka menu *Portal Saya* → *Permintaan Kode Otorisasi/Sertifikat Elektronik*.
3. Pilih jenis *Kode Otorisasi DJP*, buat *passphrase* sendiri sesuai ketentuan, verifikasi dengan swafoto, lalu simpan.
Simpan passphrase baik-baik dan jangan dibagikan. Layanan *gratis*. Ada kendala: Kring Pajak *1500200*.',
'["kode otorisasi djp", "cara buat kode otorisasi coretax", "sertifikat elektronik coretax", "ko djp itu apa", "kode otorisasi buat apa", "gk bisa tanda tangan spt di coretax", "Mohon bantuan cara membuat kode otorisasi untuk lapor SPT di Coretax", "bikin kode otorisasi piye"]',
'DJP, pajak.go.id (pembuatan Kode Otorisasi/Sertifikat Elektronik di Coretax, menu Portal Saya); PMK 81/2024; Kring Pajak 1500200',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('npwp', 'Bagaimana jika lupa kata sandi Coretax?',
'🔁 *Lupa kata sandi Coretax*
1. Buka *coretaxdjp.pajak.go.id* → *Lupa Kata Sandi*.
2. Masukkan NIK (atau NPWP), pilih kirim ke email atau nomor HP terdaftar, lalu isi captcha.
3. Buka tautan dari email resmi berdomain *@pajak.go.id* dan buat kata sandi baru.
Email/HP sudah tidak aktif? Ubah data kontak lewat Kring Pajak *1500200*, live chat pajak.go.id, atau datang ke KPP. EFIN tidak diperlukan untuk reset di Coretax.',
'["lupa password coretax", "lupa kata sandi pajak", "reset password coretax", "gk bisa login coretax", "email coretax sudah gk aktif", "lali password pajak", "Selamat sore, saya lupa kata sandi akun pajak dan nomor HP lama sudah mati, bagaimana?", "akun pajak ke kunci"]',
'DJP, pajak.go.id (menu Lupa Kata Sandi Coretax; tanpa EFIN); Kring Pajak 1500200',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('npwp', 'Bagaimana NPWP untuk freelancer dan pelaku UMKM?',
'💼 *NPWP untuk pekerja bebas dan UMKM*
Freelancer, pedagang, dan pemilik usaha perorangan mendaftar sebagai *wajib pajak orang pribadi* di *Coretax DJP* (coretaxdjp.pajak.go.id) dengan NIK, lalu mengisi data usaha/pekerjaan bebas. Tempat usaha yang terpisah dari rumah mendapat *NITKU*.
• Usaha berbentuk PT, CV atau koperasi mendaftar sebagai *badan* (NPWP 16 digit).
• Tarif pajak UMKM (mis. PPh final) dan kewajiban pencatatan dapat berubah: konsultasikan ke KPP atau Kring Pajak *1500200*.
Izin usaha (NIB) diurus di OSS (oss.go.id), bukan di DJP. Pendaftaran NPWP *gratis*.',
'["npwp freelancer", "npwp buat umkm", "pedagang online wajib npwp?", "daftar npwp usaha kecil", "npwp pekerja bebas", "jualan di marketplace diminta npwp", "npwp buat olshop", "npwp untuk usaha pribadi", "punya usaha kecil kecilan perlu npwp?", "Mohon info, saya freelancer desain grafis, bagaimana cara punya NPWP?", "npwp nggo usaha warung piye"]',
'PMK 112/2022 s.t.d.d. PMK 136/2023 (NIK sebagai NPWP, NITKU untuk tempat usaha); PMK 81/2024 (pendaftaran di Coretax); DJP, pajak.go.id; Kring Pajak 1500200',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('npwp', 'Bagaimana NPWP istri: ikut suami atau terpisah?',
'👩 *NPWP istri: ikut suami atau terpisah*
• *Ikut suami:* istri yang tidak punya perjanjian pisah harta dan tidak memilih menjalankan kewajiban pajak sendiri cukup tercatat sebagai anggota keluarga pada data pajak suami. Bila istri sudah punya NPWP sendiri, ia dapat mengajukan *penghapusan NPWP* dengan alasan ikut suami.
• *Terpisah:* istri yang pisah harta (perjanjian tertulis), hidup berpisah, atau memilih menjalankan kewajiban pajak sendiri mendaftar sendiri di Coretax dengan NIK; siapkan KK dan dokumen pendukungnya.
Pastikan pilihan yang tepat lewat KPP atau Kring Pajak *1500200*.',
'["npwp istri ikut suami", "istri perlu npwp sendiri gk", "istri harus punya npwp?", "istri harus bikin npwp sendiri?", "gabung npwp suami", "hapus npwp istri setelah menikah", "npwp pisah harta", "bojoku duwe npwp dewe piye", "Selamat siang, saya baru menikah dan sudah punya NPWP, apakah harus digabung ke suami?", "istri kerja npwp nya gimana"]',
'UU PPh Pasal 8 (penghasilan suami-istri); PMK 112/2022 s.t.d.d. PMK 136/2023; PMK 81/2024 (pendaftaran dan penghapusan NPWP); DJP, pajak.go.id; Kring Pajak 1500200',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('npwp', 'Kapan batas lapor SPT Tahunan dan di mana melapornya?',
'📅 *SPT Tahunan*
SPT Tahunan dilaporkan ke *DJP*, bukan ke Pemkot.
• Batas lapor: orang pribadi paling lambat *31 Maret*, badan paling lambat *30 April* setelah tahun pajak berakhir.
• Lapor online lewat *Coretax DJP* (coretaxdjp.pajak.go.id); perlu akun aktif dan Kode Otorisasi.
• Telat lapor dikenai denda administrasi (UU KUP Pasal 7: Rp100.000 untuk orang pribadi, Rp1.000.000 untuk badan).
Panduan pengisian: pajak.go.id, Kring Pajak *1500200*, atau KPP tempat Anda terdaftar.',
'["lapor spt tahunan", "batas lapor spt kapan", "spt tahunan lewat coretax", "telat lapor spt dendanya brp", "kalau telat dendanya?", "cara isi spt pribadi", "Mohon info, pelaporan SPT Tahunan orang pribadi paling lambat tanggal berapa?", "lapor spt nang endi"]',
'UU KUP Pasal 3 ayat (3) (batas SPT Tahunan OP 3 bulan, badan 4 bulan setelah akhir tahun pajak) dan Pasal 7 (denda Rp100.000/Rp1.000.000); DJP, SPT Tahunan lewat Coretax mulai tahun pajak 2025; Kring Pajak 1500200',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('npwp', 'Bagaimana mendaftarkan NPWP perusahaan atau badan?',
'🏢 *NPWP perusahaan/badan*
NPWP badan (PT, CV, yayasan, koperasi, dan lainnya) diterbitkan DJP dalam format *16 digit*.
• Daftar online di *Coretax DJP* → Daftar → *Badan*, atau di KPP sesuai domisili badan.
• Siapkan akta pendirian dan pengesahan/pendaftaran badan, data pengurus (NIK/NPWP pengurus), alamat, serta email dan HP aktif.
• Cabang atau tempat usaha lain memakai *NITKU*, bukan NPWP cabang.
Persyaratan rinci mengikuti jenis badan: pastikan di pajak.go.id atau Kring Pajak *1500200*. Layanan *gratis*.',
'["npwp pt", "npwp perusahaan", "bikin npwp cv", "npwp badan usaha syaratnya", "npwp yayasan", "npwp cabang nitku", "Selamat pagi, kami baru mendirikan PT, bagaimana cara mendaftarkan NPWP badan?", "npwp koperasi daftar ning ndi"]',
'PMK 112/2022 s.t.d.d. PMK 136/2023 (NPWP 16 digit untuk badan, NITKU untuk cabang); PMK 81/2024 (pendaftaran di Coretax); DJP, pajak.go.id; Kring Pajak 1500200',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('npwp', 'Bagaimana menghapus NPWP atau menjadikannya non-efektif?',
'🗑️ *Penghapusan NPWP atau status non-efektif*
*Penghapusan NPWP* dapat diajukan antara lain bila wajib pajak meninggal dunia tanpa warisan, meninggalkan Indonesia selamanya, wanita kawin yang memilih ikut suami, atau badan yang sudah bubar.
*Non-efektif (NE):* untuk orang pribadi yang penghasilannya di bawah PTKP atau tidak lagi berusaha. NPWP tetap ada, tetapi tidak wajib lapor SPT selama berstatus NE.
Ajukan lewat Coretax DJP atau di KPP terdaftar dengan KTP-el dan dokumen pendukung (mis. akta kematian, buku nikah). Keputusan diterbitkan DJP; layanan *gratis*.',
'["hapus npwp", "cara menghapus npwp", "npwp orang meninggal", "non efektif npwp", "npwp ne gimana", "sudah gk kerja npwp dinonaktifkan", "Mohon info, orang tua saya sudah meninggal, bagaimana menghapus NPWP beliau?", "mateni npwp piye"]',
'PMK 81/2024 (penghapusan NPWP dan penetapan wajib pajak non-efektif); DJP, pajak.go.id; Kring Pajak 1500200',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('npwp', 'Bagaimana mengubah data NPWP (alamat, email, nomor HP)?',
'✏️ *Ubah data NPWP*
Perubahan alamat, email, nomor HP, status keluarga, atau data usaha diajukan ke DJP:
• *Online:* login *Coretax DJP* → *Portal Saya* → menu perubahan data, isi data baru dan lampirkan dokumen bila diminta.
• *Email/HP lama tidak aktif* sehingga tidak bisa login: ubah lewat Kring Pajak *1500200*, live chat pajak.go.id, atau datang ke KPP.
• Pindah alamat: sebaiknya perbarui dulu data KTP-el/KK di Disdukcapil.
Perubahan data *gratis*.',
'["ubah alamat npwp", "ganti email npwp", "ganti nomor hp coretax", "update data npwp", "npwp masih alamat lama", "status kawin di npwp diubah", "Selamat siang, saya pindah rumah ke Semarang, bagaimana mengubah alamat NPWP?", "ngganti data npwp piye"]',
'PMK 81/2024 (perubahan data wajib pajak di Coretax); DJP, pajak.go.id; Kring Pajak 1500200',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('npwp', 'Berapa biaya mengurus NPWP?',
'💸 *Biaya layanan NPWP*
Semua layanan NPWP di DJP *gratis*: daftar, aktivasi Coretax, Kode Otorisasi, unduh/cetak ulang kartu, ubah data, hapus NPWP, dan permintaan EFIN.
Hati-hati penipuan: jangan transfer uang atau memasang file aplikasi (.apk) kiriman WhatsApp yang mengatasnamakan pajak. Pastikan situs yang Anda buka berakhiran *pajak.go.id*. Ragu? Tanyakan ke Kring Pajak *1500200*.',
'["biaya bikin npwp", "biayanya brp?", "bayar gk daftar npwp", "ngurus npwp gratis?", "ada yang nawarin jasa npwp bayar", "cetak ulang npwp bayar?", "Mohon info apakah pembuatan NPWP dikenakan biaya?", "dijaluki duwit nggo npwp"]',
'DJP, pajak.go.id (layanan perpajakan tanpa biaya; aktivasi akun dan KO/SE gratis tanpa perantara); Kring Pajak 1500200',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('npwp', 'Berapa lama NPWP jadi?',
'⏱️ *Berapa lama NPWP jadi?*
• Daftar online di Coretax: bila data lengkap dan NIK padan, pendaftaran biasanya langsung selesai setelah verifikasi. Bila berkas perlu diteliti petugas, bisa memakan 1 hari kerja atau lebih.
• Aktivasi akun Coretax: biasanya hanya beberapa menit bila email/HP sesuai data DJP.
• Kartu NPWP elektronik dapat diunduh dari akun Coretax setelah terdaftar, tidak perlu menunggu kiriman.
Belum ada kabar? Tanyakan ke Kring Pajak *1500200* atau KPP terdaftar.',
'["berapa lama npwp jadi", "berapa lama jadinya?", "npwp online langsung jadi?", "aktivasi coretax lama gk", "udah daftar npwp kok blm muncul", "suwe ora npwp metu", "Selamat siang, setelah daftar NPWP online kira-kira berapa lama sampai terbit?", "kartu npwp dikirim ke rumah?"]',
'DJP, pajak.go.id (pendaftaran dan aktivasi akun di Coretax; kartu NPWP elektronik); Kring Pajak 1500200',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('npwp', 'Apa syarat mendaftar NPWP?',
'📋 *Syarat daftar NPWP*
*Orang pribadi WNI:* NIK/KTP-el, email dan nomor HP aktif, alamat, serta data pekerjaan atau usaha.
*Wanita kawin yang memilih terpisah:* tambah KK dan, bila ada, surat perjanjian pisah harta.
*WNA:* paspor dan izin tinggal (KITAS/KITAP).
*Badan:* akta pendirian dan pengesahan, data pengurus, alamat badan.
Daftar di *Coretax DJP* (coretaxdjp.pajak.go.id) atau KPP Pratama; *gratis*. Rincian terbaru ada di pajak.go.id.',
'["syaratnya apa?", "syarat bikin npwp", "bawa apa aja ke kantor pajak", "dokumen daftar npwp", "npwp wna syaratnya", "syarat npwp online", "Mohon info dokumen apa saja yang dibutuhkan untuk membuat NPWP?", "persyaratane npwp napa"]',
'PMK 112/2022 s.t.d.d. PMK 136/2023; PMK 81/2024 (dokumen pendaftaran wajib pajak); DJP, pajak.go.id; Kring Pajak 1500200',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('npwp', 'Siapa yang wajib memiliki NPWP?',
'❓ *Siapa yang wajib punya NPWP?*
• Orang pribadi yang penghasilannya di atas *PTKP* (Penghasilan Tidak Kena Pajak; untuk lajang tanpa tanggungan Rp54 juta setahun) atau yang menjalankan usaha/pekerjaan bebas.
• Badan usaha dan organisasi.
Yang belum bekerja atau berpenghasilan di bawah PTKP tidak wajib, tetapi boleh mendaftar bila diperlukan (mis. syarat bank atau lamaran kerja). Setelah terdaftar, Anda wajib melapor SPT Tahunan.
Info PTKP dan kewajiban terbaru: pajak.go.id atau Kring Pajak *1500200*.',
'["siapa yang wajib npwp", "belum kerja perlu npwp gk", "ptkp berapa", "mahasiswa bikin npwp boleh?", "gaji umr wajib npwp?", "ibu rumah tangga perlu npwp", "Mohon penjelasan, apakah saya yang baru lulus dan belum bekerja wajib memiliki NPWP?", "kudu duwe npwp ora"]',
'UU KUP Pasal 2 (kewajiban mendaftar NPWP); PMK 101/PMK.010/2016 (PTKP Rp54 juta/tahun untuk WP OP tidak kawin tanpa tanggungan); DJP, pajak.go.id; Kring Pajak 1500200',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00');
