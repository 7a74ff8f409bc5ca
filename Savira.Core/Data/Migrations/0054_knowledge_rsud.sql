-- Knowledge entries for the rsud intent: RSUD K.R.M.T. Wongsonegoro Kota Semarang ("RSUD Ketileng").
-- Facts checked on 2026-12-01 against the hospital's published service standards (SIPPN / PPID Kota Semarang),
-- the JKN rules (Perpres 82/2018 as amended by Perpres 59/2024) and BPJS Kesehatan's channels. Figures that
-- change (tariffs, insurers, parking) are not stated: each answer names where to confirm them.
-- Visiting hours, registration hours and the phone number match rsud_information and rsud_clinics (0030).

INSERT INTO faq_entries (intent, question, answer, examples, source, checked_on, created_at, updated_at) VALUES
('rsud', 'Bagaimana cara daftar rawat jalan di RSUD Wongsonegoro?',
'📝 *Pendaftaran rawat jalan RSUD K.R.M.T. Wongsonegoro (RSUD Ketileng)*
*Online (disarankan):*
• Pasien BPJS: ambil antrean di aplikasi *Mobile JKN* (menu antrean/pendaftaran pelayanan), pilih RSUD K.R.M.T. Wongsonegoro, poli dan tanggal kunjungan.
• Pasien umum/asuransi lain: bila tersedia, gunakan pendaftaran online resmi RSUD; cek tautannya di rsud.semarangkota.go.id atau media sosial resmi RSUD, jangan dari tautan lain.
*Datang langsung:* ambil nomor antrean di Tempat Pendaftaran Pasien Rawat Jalan (TPPRJ), Gedung Rawat Jalan, lalu tunggu dipanggil petugas.
*Jam loket:* Senin–Jumat 07.00–12.00, Sabtu 07.00–10.00 WIB.
*Bawa:* KTP-el/KIA, kartu JKN-KIS atau kartu asuransi, surat rujukan (pasien BPJS), dan kartu berobat bila pasien lama.
Ingin tahu jadwal dokter? Tulis misalnya _jadwal dokter anak hari kamis_.',
'["cara daftar poli di rsud ketileng", "gmn daftar online rs wongsonegoro", "daftar periksa rsud kota semarang lewat apa", "bisa daftar lewat mobile jkn ga utk rsud ketileng", "pripun carane daftar poli teng rsud wongsonegoro", "Selamat pagi Bapak/Ibu, mohon info cara pendaftaran pasien rawat jalan di RSUD Wongsonegoro untuk besok", "mau periksa ke rsud harus daftar dmn", "pendaftaran pasien baru rsud ketileng", "bisa daftar poliklinik online ga biar gak antre lama", "daftar poli rsud lewat hp bisa?"]',
'Standar pelayanan RSUD K.R.M.T. Wongsonegoro di SIPPN (sippn.menpan.go.id) dan PPID Kota Semarang (ppid.semarangkota.go.id); RSUD K.R.M.T. Wongsonegoro, Jl. Fatmawati No. 1, telp. (024) 6711500, rsud.semarangkota.go.id; BPJS Kesehatan, aplikasi Mobile JKN (antrean online)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('rsud', 'Apa syarat berobat dengan BPJS di RSUD?',
'🩺 *Berobat dengan BPJS Kesehatan di RSUD Wongsonegoro*
RSUD adalah fasilitas kesehatan rujukan tingkat lanjut. Untuk poli spesialis, peserta JKN perlu *surat rujukan* dari FKTP tempat terdaftar (puskesmas, klinik pratama atau dokter keluarga).
*Bawa:*
• KTP-el/KIA dan kartu JKN-KIS (atau KIS digital di Mobile JKN)
• Surat rujukan FKTP yang masih berlaku (rujukan tercatat online; bawa lembarnya bila diberi)
• Surat kontrol bila ini kunjungan ulang
*Tanpa rujukan:* hanya dalam keadaan *gawat darurat* lewat IGD.
Pastikan kepesertaan aktif (iuran tidak menunggak) lewat Mobile JKN, WhatsApp PANDAWA 0811-8165-165 atau BPJS Care Center *165*.',
'["syarat berobat bpjs di rsud ketileng", "pake bpjs ke rsud wongsonegoro bawa apa aja", "harus ada rujukan puskesmas ga kalo ke rsud", "bpjs bisa langsung ke rsud tanpa rujukan?", "kartu kis bisa dipake di rsud kota semarang", "Mohon maaf mau tanya, kalau berobat ke RSUD Ketileng pakai BPJS syaratnya apa saja nggih", "rujukan dari klinik bisa ke rsud ketileng?", "bpjs ku kelas 3 bisa periksa poli saraf di rsud"]',
'Perpres 82/2018 tentang Jaminan Kesehatan jo. Perpres 59/2024; BPJS Kesehatan (aplikasi Mobile JKN, Care Center 165); Permenkes 47/2018 tentang Pelayanan Kegawatdaruratan; Standar pelayanan RSUD K.R.M.T. Wongsonegoro di SIPPN (sippn.menpan.go.id) dan PPID Kota Semarang (ppid.semarangkota.go.id)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('rsud', 'Berapa lama rujukan BPJS berlaku dan bagaimana surat kontrol?',
'📄 *Masa berlaku rujukan & surat kontrol*
• Rujukan dari FKTP berlaku *90 hari (3 bulan)* sejak diterbitkan, untuk poli yang dituju.
• Selama rujukan berlaku, dokter RSUD memberi *surat kontrol* bila Anda perlu kembali. Daftarkan kontrol sesuai tanggal itu lewat Mobile JKN atau loket.
• Rujukan sudah habis dan masih perlu berobat? Minta rujukan baru ke FKTP Anda.
• Penyakit kronis yang sudah stabil (misalnya diabetes, hipertensi) dapat masuk *Program Rujuk Balik (PRB)*: kontrol dan obat rutin diteruskan di FKTP.
• Perlu ke poli lain di RSUD? Dokter yang merawat dapat membuat konsul/rujukan internal.
Ketentuan BPJS bisa berubah; pastikan ke petugas BPJS di RSUD atau Care Center *165*.',
'["rujukan bpjs berlaku brp lama", "surat rujukan puskesmas expired gmn", "rujukan udh 3 bulan hrs minta lg?", "cara dapat surat kontrol rsud", "kontrol bulan depan perlu rujukan baru ga", "rujukanku mati padahal blm sembuh piye", "Permisi, saya mau tanya masa berlaku surat rujukan BPJS ke RSUD berapa hari dan bagaimana kalau mau kontrol lagi", "surat kontrol hilang gimana", "rujukan habis gmn"]',
'Perpres 82/2018 tentang Jaminan Kesehatan jo. Perpres 59/2024; BPJS Kesehatan (aplikasi Mobile JKN, Care Center 165); BPJS Kesehatan (rujukan online, surat kontrol, Program Rujuk Balik)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('rsud', 'Berapa biaya berobat sebagai pasien umum di RSUD?',
'💳 *Pasien umum (biaya sendiri) dan tarif*
• Pasien umum *tidak perlu rujukan*: cukup daftar dengan KTP-el/KIA.
• Biaya dihitung per layanan (pendaftaran, pemeriksaan dokter, laboratorium, radiologi, tindakan, obat, kamar) dan dibayar di *kasir rawat jalan/rawat inap*.
• Besarnya mengikuti *Peraturan Wali Kota Semarang tentang Tarif Layanan RSUD K.R.M.T. Wongsonegoro* dan bisa berubah. Tanyakan perkiraan biaya ke loket/kasir atau telepon (024) 6711500 sebelum tindakan.
• Warga ber-KTP Kota Semarang yang belum punya jaminan bisa mendaftar *UHC Kota Semarang* (BPJS dibayar Pemkot, hak kelas III) di loket UHC puskesmas, Mal Pelayanan Publik, atau petugas pendaftaran rawat inap bila sedang dirawat.',
'["biayanya brp?", "periksa di rsud ketileng tanpa bpjs brp", "tarif poli umum rsud wongsonegoro", "biaya periksa di rsud berapa", "pasien umum bayar berapa", "ora duwe bpjs iso periksa ning rsud ketileng?", "Selamat siang, saya tidak punya BPJS, kira-kira biaya periksa ke dokter spesialis di RSUD Wongsonegoro berapa ya", "daftar tarif rsud kota semarang", "bayarnya dimana?"]',
'Standar pelayanan RSUD K.R.M.T. Wongsonegoro di SIPPN (sippn.menpan.go.id) dan PPID Kota Semarang (ppid.semarangkota.go.id) (biaya berdasar Perwal Semarang tentang Tarif Layanan RSUD); Perwal Kota Semarang 8/2025 tentang Penyelenggaraan Kesehatan Masyarakat (UHC); RSUD K.R.M.T. Wongsonegoro, Jl. Fatmawati No. 1, telp. (024) 6711500, rsud.semarangkota.go.id',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('rsud', 'Apakah RSUD menerima asuransi selain BPJS?',
'🛡️ *Asuransi dan jaminan lain*
• RSUD melayani pasien dengan asuransi/jaminan lain *yang bekerja sama* dengan rumah sakit. Daftar mitranya bisa berubah, jadi tanyakan ke loket pendaftaran/customer service atau telepon (024) 6711500 sebelum berobat.
• Bawa kartu asuransi, KTP-el, dan surat jaminan dari asuransi atau kantor bila diminta.
• Asuransi belum bekerja sama? Anda dilayani sebagai pasien umum, lalu klaim sendiri ke asuransi (minta kuitansi asli dan resume medis).
• Kecelakaan lalu lintas: jaminan Jasa Raharja dapat berlaku dengan laporan polisi; kecelakaan kerja: BPJS Ketenagakerjaan lewat pemberi kerja.',
'["rsud ketileng terima asuransi swasta ga", "bisa pake asuransi kantor di rsud wongsonegoro?", "asuransi prudential bisa di rsud kota semarang", "selain bpjs bisa pake apa", "kecelakaan motor ditanggung jasa raharja di rsud?", "Mohon info apakah RSUD Wongsonegoro bekerja sama dengan asuransi kesehatan swasta", "asuransi lain diterima ora"]',
'Standar pelayanan RSUD K.R.M.T. Wongsonegoro di SIPPN (sippn.menpan.go.id) dan PPID Kota Semarang (ppid.semarangkota.go.id) (persyaratan: kartu asuransi lain sesuai kepesertaan); RSUD K.R.M.T. Wongsonegoro, Jl. Fatmawati No. 1, telp. (024) 6711500, rsud.semarangkota.go.id; UU 34/1964 (Jasa Raharja); BPJS Ketenagakerjaan (JKK)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('rsud', 'Kapan dan di mana mengambil hasil lab dan radiologi?',
'🧪 *Hasil laboratorium & radiologi*
• Hasil pemeriksaan yang diminta dokter poli umumnya dikirim ke dokter tersebut dan dijelaskan saat Anda kembali ke poli atau saat kontrol.
• Lama jadi tergantung jenis pemeriksaan: lab rutin biasanya dalam hitungan jam; pemeriksaan khusus dan bacaan radiologi (rontgen, USG, CT scan) bisa lebih lama. Petugas memberi tahu kapan hasil dapat diambil.
• Ambil di loket Instalasi Laboratorium atau Radiologi dengan *bukti pemeriksaan/nota* dan identitas pasien.
• Diambil keluarga? Bawa bukti pemeriksaan, identitas pasien dan KTP-el pengambil; petugas dapat meminta surat kuasa karena hasil termasuk data rahasia pasien.
Belum jelas? Tanyakan ke petugas instalasi atau (024) 6711500.',
'["hasil lab rsud ketileng kapan jadi", "ambil hasil rontgen dmn", "hasil ct scan brp hari", "hasil lab bs diambil keluarga?", "hasil cek darah kok lama bgt", "Selamat sore, hasil laboratorium ibu saya di RSUD Wongsonegoro bisa diambil kapan dan di mana ya", "hasilnya kapan jadi?", "hasil usg dikasih ke dokter atau ke pasien"]',
'Standar pelayanan RSUD K.R.M.T. Wongsonegoro di SIPPN (sippn.menpan.go.id) dan PPID Kota Semarang (ppid.semarangkota.go.id) (alur pemeriksaan penunjang laboratorium/radiologi); Permenkes 24/2022 tentang Rekam Medis (kerahasiaan); RSUD K.R.M.T. Wongsonegoro, Jl. Fatmawati No. 1, telp. (024) 6711500, rsud.semarangkota.go.id',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('rsud', 'Apakah IGD RSUD buka 24 jam dan perlu rujukan?',
'🚨 *IGD 24 jam, tanpa rujukan saat darurat*
• IGD RSUD K.R.M.T. Wongsonegoro buka *24 jam setiap hari*, termasuk hari libur. Jl. Fatmawati No. 1, Mangunharjo, Tembalang.
• Dalam keadaan *gawat darurat* (sesak berat, nyeri dada, tidak sadar, kejang, perdarahan hebat, kecelakaan, persalinan dengan tanda bahaya) pasien dilayani *tanpa surat rujukan*, termasuk peserta BPJS.
• Bawa KTP-el/KIA dan kartu BPJS bila ada; administrasi bisa dilengkapi keluarga setelah pasien ditangani.
• Ambulans gawat darurat: *112* (Call Center Kota Semarang, gratis). Telepon RSUD: (024) 6711500.
• Bukan darurat? Dokter IGD menilai lewat triase; keluhan ringan sebaiknya ke puskesmas/FKTP.
Jangan menunggu balasan chat: segera datang ke IGD atau hubungi 112.',
'["igd rsud ketileng buka 24 jam?", "ugd wongsonegoro malam buka ga", "ke igd perlu rujukan ga", "darurat bpjs langsung igd bisa?", "nomer igd rsud kota semarang", "bapak sesak napas tengah malam iso langsung igd ketileng", "Mohon info apakah IGD RSUD Wongsonegoro melayani pasien BPJS tanpa rujukan saat darurat", "anak kejang bawa ke mana"]',
'Permenkes 47/2018 tentang Pelayanan Kegawatdaruratan; Perpres 82/2018 tentang Jaminan Kesehatan jo. Perpres 59/2024; BPJS Kesehatan (aplikasi Mobile JKN, Care Center 165); RSUD K.R.M.T. Wongsonegoro, Jl. Fatmawati No. 1, telp. (024) 6711500, rsud.semarangkota.go.id; Call Center 112 Kota Semarang',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('rsud', 'Kapan jam besuk dan bolehkah anak-anak ikut?',
'🕐 *Jam besuk & aturan pengunjung*
• Siang: *11.00–13.00 WIB*
• Sore: *17.00–19.00 WIB*
• Maksimal 2 pengunjung per pasien dalam satu waktu; bergantian bila lebih.
• Anak di bawah 12 tahun *tidak dianjurkan* ikut membesuk karena rentan tertular infeksi.
• ICU/NICU/PICU dan ruang isolasi: hanya keluarga inti sesuai izin perawat.
• Cuci tangan sebelum dan sesudah membesuk, pakai masker bila batuk/pilek, dan jangan duduk di tempat tidur pasien.
Jam besuk dapat berubah (misalnya saat wabah); pastikan ke ruang perawatan atau telepon (024) 6711500.',
'["jam besuk rsud ketileng", "jam jenguk pasien wongsonegoro jam brp", "anak kecil boleh ikut besuk ga", "besuk sore sampe jam brp", "jam bezuk rs kota semarang hari minggu", "Selamat pagi, mohon info jam kunjungan pasien rawat inap di RSUD Wongsonegoro", "boleh bawa anak 5 thn jenguk mbahnya?", "jenguk di icu boleh ga"]',
'RSUD K.R.M.T. Wongsonegoro, Jl. Fatmawati No. 1, telp. (024) 6711500, rsud.semarangkota.go.id; tabel rsud_information topik visiting_hours (data operator Savira, 0030_rsud.sql)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('rsud', 'Apa saja kelas kamar dan bagaimana naik kelas BPJS?',
'🛏️ *Kamar rawat inap & naik kelas*
• Ruang rawat: VIP, Kelas I, II, III, serta ICU, NICU/PICU dan isolasi. Tulis _kamar kosong_ untuk melihat ketersediaan tempat tidur.
• Peserta BPJS dirawat sesuai hak kelasnya; sistem kelas sedang beralih ke *Kelas Rawat Inap Standar (KRIS)* sesuai Perpres 59/2024.
• *Naik kelas* atas permintaan sendiri boleh dengan membayar selisih biaya (atau lewat asuransi tambahan), dengan surat pernyataan di Tempat Pendaftaran Pasien Rawat Inap.
• *Tidak bisa naik kelas:* peserta PBI, peserta yang didaftarkan Pemerintah Daerah (termasuk UHC Kota Semarang), peserta mandiri (PBPU) atau BP dengan hak kelas III, dan peserta PPU korban PHK beserta keluarganya.
• Kamar sesuai hak penuh? Tanyakan ke petugas; aturan BPJS mengatur penempatan sementara.
Besaran selisih biaya: tanyakan ke petugas rawat inap atau (024) 6711500.',
'["cara naik kelas bpjs di rsud", "bpjs kelas 3 mau naik vip bisa?", "kelas kamar rsud ketileng apa aja", "uhc bisa naik kelas ga", "selisih biaya naik kelas brp", "kamar kelas 1 penuh gmn", "Mohon penjelasan, kalau peserta BPJS kelas 2 ingin dirawat di VIP RSUD Wongsonegoro prosedurnya bagaimana", "kris itu apa"]',
'Perpres 82/2018 Pasal 51 sebagaimana diubah Perpres 59/2024 (naik kelas dan pengecualiannya; KRIS Pasal 46A); BPJS Kesehatan; RSUD K.R.M.T. Wongsonegoro, Jl. Fatmawati No. 1, telp. (024) 6711500, rsud.semarangkota.go.id',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('rsud', 'Poliklinik spesialis apa saja yang ada di RSUD?',
'🏥 *Poliklinik rawat jalan RSUD Wongsonegoro*
• Poli Anak
• Poli Kebidanan dan Kandungan
• Poli Penyakit Dalam
• Poli Bedah Umum
• Poli Bedah Orthopedi
• Poli Saraf
• Poli Jantung dan Pembuluh Darah
• Poli Paru
• Poli Mata
• Poli THT-KL
• Poli Kulit dan Kelamin
• Poli Gigi dan Mulut
• Poli Jiwa
• Poli Rehabilitasi Medik
• Poli Urologi
• Poli Geriatri
Jadwal dokter tiap poli bisa ditanyakan di sini, contoh: _jadwal dokter saraf hari senin_. Pasien BPJS perlu rujukan ke poli yang dituju.',
'["poli apa aja di rsud ketileng", "rsud wongsonegoro ada dokter spesialis apa", "ada poli jantung ga di rsud kota semarang", "daftar poliklinik rsud", "rsud ketileng ada poli kulit?", "Permisi, mohon info poliklinik spesialis yang tersedia di RSUD Wongsonegoro", "ana poli jiwa ning rsud ketileng ora", "spesialis paru ada ga"]',
'RSUD K.R.M.T. Wongsonegoro, Jl. Fatmawati No. 1, telp. (024) 6711500, rsud.semarangkota.go.id; tabel rsud_clinics (0030_rsud.sql, nama poliklinik rawat jalan)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('rsud', 'Bagaimana meminta rekam medis atau surat keterangan sakit?',
'📋 *Rekam medis, resume medis & surat keterangan*
• *Surat keterangan sakit/istirahat*: diberikan dokter yang memeriksa sesuai kondisi medis; minta saat pemeriksaan di poli atau IGD. Tidak dibuat tanpa pemeriksaan.
• *Resume medis/salinan isi rekam medis* (misalnya untuk klaim asuransi atau berobat ke RS lain): ajukan permintaan tertulis ke Instalasi Rekam Medis dengan KTP-el pasien. Berkas asli milik RS, tetapi pasien berhak atas isinya.
• Diminta keluarga/pihak lain: perlu *surat kuasa* pasien (atau ahli waris bila pasien meninggal) dan KTP-el kedua pihak.
• *Surat keterangan sehat/pemeriksaan kesehatan* untuk keperluan administrasi tidak dijamin BPJS; dikenai tarif RSUD.
Lama proses dan biaya administrasi: tanyakan ke Instalasi Rekam Medis atau (024) 6711500.',
'["minta surat keterangan sakit rsud", "cara minta resume medis utk klaim asuransi", "salinan rekam medis bisa diminta?", "surat dokter buat izin kerja di rsud ketileng", "minta rekam medis almarhum bapak gmn", "surat sehat di rsud wongsonegoro bisa?", "Selamat siang, saya butuh resume medis rawat inap untuk klaim kantor, prosedurnya bagaimana di RSUD Wongsonegoro", "medical check up rsud kota semarang"]',
'Permenkes 24/2022 tentang Rekam Medis (hak pasien atas isi rekam medis, persetujuan pembukaan); Perpres 82/2018 tentang Jaminan Kesehatan jo. Perpres 59/2024; BPJS Kesehatan (aplikasi Mobile JKN, Care Center 165) (pelayanan yang tidak dijamin); RSUD K.R.M.T. Wongsonegoro, Jl. Fatmawati No. 1, telp. (024) 6711500, rsud.semarangkota.go.id',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('rsud', 'Bagaimana menyampaikan pengaduan layanan RSUD?',
'📣 *Pengaduan layanan RSUD*
• *Langsung:* sampaikan ke petugas customer service/pengaduan di RSUD atau lewat kotak saran.
• *Telepon RSUD:* (024) 6711500.
• *Lapor Semar* (kanal pengaduan resmi Pemkot Semarang): WhatsApp *0812-1500-0512*, aplikasi Lapor Semar, atau laporsemar.semarangkota.go.id; terhubung dengan SP4N-LAPOR!
• Masalah kepesertaan atau klaim BPJS: petugas BPJS di RSUD atau Care Center *165*.
Sertakan tanggal, jam, unit/poli, dan kronologi singkat agar cepat ditindaklanjuti. Identitas pelapor dijaga kerahasiaannya.',
'["mau komplain pelayanan rsud ketileng", "pengaduan rsud wongsonegoro kemana", "perawatnya judes mau lapor", "antri dari pagi ga dipanggil2 parah rsud ini", "lapor semar nomer brp", "Mohon maaf, saya ingin menyampaikan keluhan atas pelayanan di poli RSUD Wongsonegoro, ke mana saya harus melapor", "kecewa banget sama igd rsud kota", "saluran aduan rs kota semarang"]',
'Standar pelayanan RSUD K.R.M.T. Wongsonegoro di SIPPN (sippn.menpan.go.id) dan PPID Kota Semarang (ppid.semarangkota.go.id) (penanganan pengaduan: petugas customer service, kotak saran); Lapor Semar Pemkot Semarang (laporsemar.semarangkota.go.id, WA 0812-1500-0512, Diskominfo Kota Semarang 2025); RSUD K.R.M.T. Wongsonegoro, Jl. Fatmawati No. 1, telp. (024) 6711500, rsud.semarangkota.go.id',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('rsud', 'Di mana lokasi RSUD, cara ke sana dan parkirnya?',
'📍 *Lokasi & akses RSUD K.R.M.T. Wongsonegoro*
• Alamat: *Jl. Fatmawati No. 1, Mangunharjo, Tembalang, Kota Semarang*; dikenal sebagai *RSUD Ketileng*.
• Kendaraan pribadi: parkir motor dan mobil di area RS. Pagi hari (sekitar 07.00–10.00) biasanya padat; datang lebih awal atau minta diantar. Tarif parkir mengikuti ketentuan pengelola di lokasi.
• Angkutan umum: cek rute dan halte terdekat di kanal resmi *Trans Semarang*; ojek/taksi online bisa menurunkan di lobi.
• Darurat: langsung ke pintu IGD atau hubungi *112*.
Telepon RSUD: (024) 6711500.',
'["alamat rsud ketileng", "rsud wongsonegoro dimana", "naik apa ke rsud ketileng", "parkir rsud kota semarang", "ada brt lewat rsud ketileng ga", "lokasi rs wongsonegoro tembalang", "Selamat pagi, mohon info alamat lengkap RSUD Wongsonegoro dan akses kendaraan umum ke sana", "dalane menyang rsud ketileng piye"]',
'RSUD K.R.M.T. Wongsonegoro, Jl. Fatmawati No. 1, telp. (024) 6711500, rsud.semarangkota.go.id; tabel rsud_information topik emergency (0030_rsud.sql); Call Center 112 Kota Semarang',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('rsud', 'Jam berapa layanan RSUD buka, termasuk hari Sabtu?',
'🕗 *Jam layanan RSUD*
• *Loket pendaftaran rawat jalan:* Senin–Jumat 07.00–12.00, Sabtu 07.00–10.00 WIB.
• *Poliklinik:* mengikuti jadwal dokter; sebagian poli praktik Sabtu pagi. Cek di sini, contoh _jadwal dokter penyakit dalam hari sabtu_.
• *IGD dan rawat inap:* 24 jam.
• *Minggu dan libur nasional:* poliklinik tutup, IGD tetap buka.
• *Jam besuk:* 11.00–13.00 dan 17.00–19.00 WIB.
Jam bisa berubah saat libur panjang; pastikan lewat (024) 6711500 atau media sosial resmi RSUD.',
'["rsud ketileng buka jam brp", "hari sabtu poli buka ga", "buka sabtu?", "minggu ada poli?", "loket pendaftaran tutup jam brp", "jam buka rsud wongsonegoro", "Permisi, apakah pendaftaran poli RSUD Wongsonegoro buka hari Sabtu dan sampai jam berapa", "tanggal merah rsud buka ra"]',
'RSUD K.R.M.T. Wongsonegoro, Jl. Fatmawati No. 1, telp. (024) 6711500, rsud.semarangkota.go.id; tabel rsud_information topik registration dan rsud_schedules (0030_rsud.sql)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('rsud', 'Apa saja yang harus dibawa saat berobat ke RSUD?',
'🎒 *Yang perlu dibawa ke RSUD*
*Semua pasien:* KTP-el (anak: KIA atau KK), kartu berobat RSUD bila pasien lama, daftar obat yang sedang diminum, hasil pemeriksaan sebelumnya.
*Pasien BPJS:* kartu JKN-KIS/KIS digital, surat rujukan FKTP yang berlaku, surat kontrol untuk kunjungan ulang.
*Rawat inap:* surat pengantar rawat inap dari dokter poli/IGD, KK, kartu jaminan, perlengkapan pribadi secukupnya.
*Asuransi lain:* kartu asuransi dan surat jaminan bila diminta.
Datang lebih awal dari jam antrean Anda supaya ada waktu untuk verifikasi berkas.',
'["syaratnya apa?", "bawa apa aja ke rsud", "berkas apa yg dibawa pas periksa", "perlu fotokopi ktp ga", "opo wae sing digowo nek periksa rsud", "Mohon info dokumen apa saja yang perlu disiapkan untuk berobat pertama kali di RSUD Wongsonegoro", "bawa kk ga buat rawat inap", "pasien lama bawa apa"]',
'Standar pelayanan RSUD K.R.M.T. Wongsonegoro di SIPPN (sippn.menpan.go.id) dan PPID Kota Semarang (ppid.semarangkota.go.id) (persyaratan rawat jalan dan rawat inap: KTP, rujukan PPK I, KK, kartu jaminan); RSUD K.R.M.T. Wongsonegoro, Jl. Fatmawati No. 1, telp. (024) 6711500, rsud.semarangkota.go.id',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('rsud', 'Bisakah keluarga mewakili daftar, ambil obat atau hasil?',
'👨‍👩‍👧 *Diwakilkan keluarga*
• *Daftar/ambil antrean:* boleh dibantu keluarga (misalnya lewat Mobile JKN milik pasien), tetapi *pasien harus hadir* untuk diperiksa dokter. Resep tidak diberikan tanpa pemeriksaan.
• *Ambil obat:* keluarga dapat mengambil obat di farmasi RSUD dengan bukti resep/nomor antrean obat.
• *Hasil lab/radiologi & dokumen medis:* bawa bukti pemeriksaan serta identitas pasien dan pengambil; salinan rekam medis/resume medis perlu *surat kuasa* pasien.
• *Administrasi rawat inap & kasir:* bisa diurus keluarga penanggung jawab.
Bila ragu, tanyakan ke customer service RSUD atau (024) 6711500.',
'["bisa diwakilkan?", "ambil obat diwakilin anak bisa?", "daftar poli pake hp anak boleh", "pasien ga bisa dateng boleh keluarga aja yg periksa", "hasil lab bapak saya diambil saya boleh", "Selamat siang, ibu saya sudah sepuh, apakah pendaftaran dan pengambilan obat di RSUD bisa diwakilkan keluarga", "oleh diwakili ora", "ambil resume medis suami perlu surat kuasa?"]',
'Permenkes 24/2022 tentang Rekam Medis; Standar pelayanan RSUD K.R.M.T. Wongsonegoro di SIPPN (sippn.menpan.go.id) dan PPID Kota Semarang (ppid.semarangkota.go.id); RSUD K.R.M.T. Wongsonegoro, Jl. Fatmawati No. 1, telp. (024) 6711500, rsud.semarangkota.go.id',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('rsud', 'Bagaimana prosedur masuk rawat inap di RSUD?',
'🛏️ *Masuk rawat inap*
1. Dokter poli atau IGD memberi *surat pengantar rawat inap (admission note)*.
2. Pasien/keluarga membawa surat itu ke *Tempat Pendaftaran Pasien Rawat Inap (TPPRI)*; petugas memverifikasi berkas dan memberi tahu ketersediaan kamar.
3. Keluarga mengisi dan menandatangani surat persetujuan rawat inap.
4. Perawat/porter mengantar pasien ke ruang perawatan.
5. Saat pulang, selesaikan administrasi di kasir rawat inap (pasien umum) atau verifikasi jaminan (BPJS/asuransi).
*Bawa:* KTP-el, KK, kartu JKN-KIS atau kartu asuransi. Warga Kota Semarang yang belum punya jaminan dapat mendaftar UHC lewat petugas pendaftaran rawat inap.',
'["prosedur rawat inap rsud ketileng", "mondok di rsud wongsonegoro syaratnya", "cara masuk ranap dari poli", "dari igd disuruh opname trus gmn", "urus opname pake bpjs", "Mohon info alur pendaftaran rawat inap di RSUD Wongsonegoro untuk pasien BPJS", "opname ga punya bpjs bisa daftar uhc?", "arep nginep ning rs kudu ngurus opo"]',
'Standar pelayanan RSUD K.R.M.T. Wongsonegoro di SIPPN (sippn.menpan.go.id) dan PPID Kota Semarang (ppid.semarangkota.go.id) dan PPID Kota Semarang (alur TPPRI, persyaratan rawat inap); Perwal Kota Semarang 8/2025 (UHC); RSUD K.R.M.T. Wongsonegoro, Jl. Fatmawati No. 1, telp. (024) 6711500, rsud.semarangkota.go.id',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('rsud', 'Bagaimana persalinan (melahirkan) di RSUD?',
'🤰 *Persalinan di RSUD*
• Peserta BPJS: persalinan tanpa penyulit umumnya ditangani di FKTP/bidan jejaring. RSUD menerima persalinan dengan *rujukan* (misalnya kehamilan risiko tinggi) atau dalam keadaan *gawat darurat* lewat IGD tanpa rujukan.
• Tanda bahaya (perdarahan, ketuban pecah lama, kejang, pusing hebat, gerak janin berkurang): segera ke IGD atau hubungi *112*.
• Bawa: KTP-el, KK, kartu JKN-KIS/asuransi, buku KIA, dan surat rujukan bila ada.
• Layanan kamar bersalin mencakup persalinan normal maupun dengan penyulit, perawatan sebelum persalinan, observasi, dan *surat keterangan kelahiran* untuk mengurus akta lahir di Disdukcapil.
• Pasien umum: biaya sesuai Perwal tarif RSUD; tanyakan perkiraannya di loket.',
'["lahiran di rsud ketileng pake bpjs", "mau melahirkan di rsud wongsonegoro syaratnya", "persalinan harus rujukan ga", "ketuban pecah langsung ke igd rsud?", "biaya lahiran normal rsud kota semarang", "Selamat malam, istri saya hamil 9 bulan, apakah bisa melahirkan di RSUD Wongsonegoro dengan BPJS", "surat lahir dari rsud buat akta", "babaran ning rsud ketileng piye"]',
'PPID Kota Semarang, standar pelayanan kamar bersalin RSUD K.R.M.T. Wongsonegoro; Perpres 82/2018 tentang Jaminan Kesehatan jo. Perpres 59/2024; BPJS Kesehatan (aplikasi Mobile JKN, Care Center 165); Permenkes 47/2018; RSUD K.R.M.T. Wongsonegoro, Jl. Fatmawati No. 1, telp. (024) 6711500, rsud.semarangkota.go.id',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00');
