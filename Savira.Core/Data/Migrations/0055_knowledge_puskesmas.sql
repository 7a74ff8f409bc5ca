-- Knowledge entries for the puskesmas intent: Dinas Kesehatan Kota Semarang and its 37 puskesmas.
-- Facts checked on 2026-12-01: registration hours match puskesmas_hours (0041); UHC facts follow Perwal Kota
-- Semarang 8/2025 and Dinkes announcements; JKN rules follow Perpres 82/2018 as amended and BPJS Kesehatan.
-- Which puskesmas run 24-hour emergency care changes: answers name the ones Dinkes announced and say to confirm.
-- Queue numbers through this assistant: "ambil antrean <puskesmas> <poli>", "antrean saya", "batalkan antrean".

INSERT INTO faq_entries (intent, question, answer, examples, source, checked_on, created_at, updated_at) VALUES
('puskesmas', 'Layanan apa saja yang ada di puskesmas?',
'🩺 *Layanan puskesmas Kota Semarang*
Ke-37 puskesmas Dinas Kesehatan Kota Semarang melayani antara lain:
• Poli umum dan poli gigi
• KIA/KB: periksa hamil, nifas, KB, kesehatan bayi dan balita
• Imunisasi bayi, anak dan ibu hamil
• Poli lansia
• Laboratorium dasar (darah, gula, urine, dahak, dll.)
• Pemeriksaan dan pengobatan TB, tes HIV dan IMS
• Konsultasi gizi dan kesehatan jiwa
• Surat keterangan sehat dan pendaftaran UHC
Jenis layanan dan jadwalnya bisa berbeda tiap puskesmas; tanyakan ke puskesmas Anda.
Nomor antrean bisa diambil di sini: tulis _ambil antrean <nama puskesmas> <poli>_.',
'["layanan puskesmas apa aja", "puskesmas bisa periksa apa saja", "di puskesmas ada poli gigi ga", "puskesmas semarang melayani apa", "neng puskesmas iso periksa opo wae", "Selamat pagi, mohon info layanan apa saja yang tersedia di puskesmas Kota Semarang", "puskesmas ada lab ga", "pkm ada layanan kb?"]',
'Dinas Kesehatan Kota Semarang dan 37 puskesmasnya; Permenkes 19/2024 tentang Penyelenggaraan Puskesmas; tabel puskesmas_clinics (0041_puskesmas_semarang.sql)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('puskesmas', 'Apa yang harus dibawa saat berobat ke puskesmas?',
'🎒 *Yang dibawa ke puskesmas*
• KTP-el (anak: KIA atau KK)
• Kartu JKN-KIS atau KIS digital di Mobile JKN, bila peserta BPJS/UHC
• *Buku KIA* untuk ibu hamil, bayi dan balita
• Kartu berobat/nomor rekam medis bila pasien lama
• Obat yang sedang diminum atau hasil pemeriksaan sebelumnya, bila ada
Belum punya jaminan dan ber-KTP Kota Semarang? Tanyakan pendaftaran *UHC* di loket puskesmas.
Ambil nomor antrean lebih dulu lewat WhatsApp ini, misalnya _ambil antrean kedungmundu poli umum_.',
'["syaratnya apa?", "ke puskesmas bawa apa aja", "berobat di puskesmas perlu ktp?", "ga bawa kartu bpjs bisa periksa?", "gowo opo nek arep nang puskesmas", "Permisi, besok saya mau periksa ke puskesmas pertama kali, dokumen apa saja yang perlu dibawa", "bawa buku kia ga buat imunisasi", "pasien baru puskesmas syaratnya"]',
'Dinas Kesehatan Kota Semarang dan 37 puskesmasnya; Perpres 82/2018 tentang Jaminan Kesehatan jo. Perpres 59/2024; BPJS Kesehatan (Mobile JKN, PANDAWA 0811-8165-165, Care Center 165); Perwal Kota Semarang 8/2025 tentang Penyelenggaraan Kesehatan Masyarakat (UHC/PBI APBD); Dinkes Kota Semarang (loket UHC di puskesmas dan Mal Pelayanan Publik)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('puskesmas', 'Jam berapa puskesmas buka, termasuk Sabtu dan Minggu?',
'🕗 *Jam pendaftaran puskesmas*
Umumnya loket pendaftaran puskesmas Kota Semarang buka:
• Senin–Kamis: 07.00–12.00 WIB
• Jumat: 07.00–10.30 WIB
• Sabtu: 07.00–11.00 WIB
• Minggu dan libur nasional: poli tutup
Pelayanan di poli berlanjut sampai pasien yang sudah terdaftar selesai. Sebagian puskesmas membuka layanan sore/malam, dan puskesmas dengan IGD/rawat inap melayani gawat darurat 24 jam.
Jam tiap puskesmas: tulis _jam buka puskesmas <nama>_, contoh _jam buka puskesmas halmahera_.',
'["puskesmas buka jam brp", "buka sabtu?", "hari minggu puskesmas buka ga", "jumat tutup jam brp", "puskesmas sore buka?", "jam pelayanan pkm", "Selamat siang, mohon info jam buka pendaftaran puskesmas pada hari Sabtu", "puskesmas prei tanggal merah ora"]',
'Dinas Kesehatan Kota Semarang dan 37 puskesmasnya; tabel puskesmas_hours (0041_puskesmas_semarang.sql): Senin–Kamis 07.00–12.00, Jumat 07.00–10.30, Sabtu 07.00–11.00',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('puskesmas', 'Puskesmas mana yang buka 24 jam, rawat inap atau PONED?',
'🏥 *Puskesmas 24 jam, rawat inap & PONED*
• Beberapa puskesmas punya *IGD 24 jam dan rawat inap*. Yang disebut Dinas Kesehatan Kota Semarang (2025–2026) antara lain Puskesmas Halmahera, Karangdoro, Bangetayu, Tlogosari Kulon, Mangkang, Purwoyoso, Tambakaji, Candilama, Srondol, Gunungpati dan Mijen.
• *PONED* (penanganan gawat darurat kehamilan dan persalinan dasar) hanya ada di sebagian puskesmas rawat inap. Daftar terbarunya tanyakan ke Dinas Kesehatan Kota Semarang atau puskesmas terdekat.
• Daftar dapat berubah; bila memungkinkan telepon puskesmas dulu sebelum datang malam hari.
• Keadaan gawat darurat: hubungi *112* (gratis, 24 jam) atau langsung ke IGD terdekat.',
'["puskesmas 24 jam semarang mana aja", "puskesmas rawat inap di semarang", "puskesmas yg ada ugd malam", "puskesmas poned dimana", "mau lahiran di puskesmas yg buka malam", "Mohon info puskesmas di Kota Semarang yang melayani 24 jam dan memiliki rawat inap", "puskesmas bukak bengi endi", "pkm buka malam deket tembalang", "puskesmas 24 jam"]',
'Dinkes Kota Semarang: keterangan Kepala Dinas tentang 10 puskesmas ber-IGD 24 jam dan rawat inap (jpnn.com, Maret 2026) dan daftar puskesmas 24 jam dari kanal Dinkes (Tribunnews, Oktober 2025); Permenkes 19/2024 tentang Penyelenggaraan Puskesmas; Call Center 112 Kota Semarang',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('puskesmas', 'Bagaimana memakai BPJS dan pindah faskes ke puskesmas?',
'💳 *BPJS di puskesmas & pindah FKTP*
• Peserta JKN aktif dilayani *tanpa biaya* di FKTP yang tercantum di kartunya (puskesmas, klinik atau dokter keluarga). Cek FKTP Anda di *Mobile JKN*.
• Di puskesmas lain, layanan dijamin bila darurat atau sedang di luar wilayah FKTP Anda, sesuai ketentuan BPJS.
• *Pindah FKTP:* lewat Mobile JKN (menu ubah data peserta), WhatsApp PANDAWA *0811-8165-165* (hari kerja), Care Center *165*, atau kantor BPJS Kesehatan.
• Syarat: sudah terdaftar *minimal 3 bulan* di FKTP lama dan FKTP tujuan masih punya kuota; FKTP baru berlaku *mulai tanggal 1 bulan berikutnya*.
• Peserta *UHC Kota Semarang* juga peserta JKN dan memakai aturan yang sama.',
'["bpjs bisa dipake di puskesmas mana aja", "cara pindah faskes bpjs ke puskesmas deket rumah", "ganti faskes 1 lewat hp", "faskes saya klinik mau pindah ke puskesmas", "berobat di puskesmas lain bisa pake bpjs?", "pindah faskes kapan berlakunya", "Selamat sore, saya baru pindah rumah ke Pedurungan, bagaimana cara memindahkan faskes BPJS saya ke puskesmas terdekat", "faskes e adoh, iso diganti ora"]',
'Perpres 82/2018 tentang Jaminan Kesehatan jo. Perpres 59/2024; BPJS Kesehatan (Mobile JKN, PANDAWA 0811-8165-165, Care Center 165); BPJS Kesehatan, ketentuan perubahan FKTP (minimal 3 bulan, berlaku bulan berikutnya)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('puskesmas', 'Bagaimana mendapatkan rujukan dari puskesmas ke rumah sakit?',
'📨 *Rujukan puskesmas ke rumah sakit*
• Rujukan diberikan *dokter puskesmas* bila kondisi Anda perlu dokter spesialis atau alat yang tidak ada di puskesmas, bukan atas permintaan semata. Ada 144 diagnosis yang harus dituntaskan di FKTP.
• Rujukan dibuat *online* di sistem BPJS; Anda menerima lembar/nomor rujukan dan bisa melihatnya di Mobile JKN.
• Berlaku *90 hari* untuk poli yang dituju; kunjungan berikutnya memakai surat kontrol dari rumah sakit.
• Rumah sakit tujuan dipilih sesuai kompetensi dan jarak; sampaikan bila Anda punya pilihan, misalnya RSUD K.R.M.T. Wongsonegoro.
• Keadaan darurat: langsung ke IGD tanpa rujukan.',
'["cara minta rujukan ke rs dari puskesmas", "minta rujukan bpjs di puskesmas bisa langsung?", "puskesmas ga mau kasih rujukan kenapa", "rujukan online itu gmn", "rujukan ke rsud ketileng dari puskesmas", "dokter puskesmas nolak rujuk, padahal sakit lama", "Selamat pagi, saya ingin dirujuk ke dokter spesialis mata di rumah sakit, bagaimana prosedurnya di puskesmas", "njaluk rujukan nang rs piye"]',
'Permenkes 1/2012 tentang Sistem Rujukan Pelayanan Kesehatan Perorangan; Perpres 82/2018 tentang Jaminan Kesehatan jo. Perpres 59/2024; BPJS Kesehatan (Mobile JKN, PANDAWA 0811-8165-165, Care Center 165); BPJS Kesehatan (rujukan online, 144 diagnosis kompetensi FKTP)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('puskesmas', 'Berapa biaya berobat di puskesmas tanpa BPJS?',
'💰 *Biaya berobat di puskesmas*
• Peserta JKN aktif yang terdaftar di puskesmas itu, termasuk peserta *UHC Kota Semarang*: *gratis* sesuai manfaat JKN.
• Pasien umum (tanpa jaminan, atau bukan FKTP-nya): membayar *tarif pelayanan BLUD Puskesmas* yang diatur Peraturan Wali Kota Semarang (Perwal 23/2022 dan perubahannya). Besarannya per layanan dan bisa berubah; tanyakan di loket sebelum dilayani.
• Warga ber-KTP/KK Kota Semarang yang belum punya jaminan: daftar *UHC* di loket puskesmas agar berobat selanjutnya dijamin.
• Layanan program seperti imunisasi rutin, pengobatan TB dan tes HIV umumnya tanpa biaya.',
'["biayanya brp?", "periksa di puskesmas tanpa bpjs bayar brp", "tarif puskesmas pasien umum", "puskesmas gratis ga", "ktp luar kota berobat di puskesmas semarang bayar?", "Mohon info tarif pemeriksaan di puskesmas untuk pasien yang tidak punya BPJS", "mbayar piro nek ra nganggo bpjs", "cabut gigi di puskesmas brp"]',
'Perwal Kota Semarang 23/2022 tentang Tarif Pelayanan BLUD UPTD Puskesmas (dan perubahannya); Perwal Kota Semarang 8/2025 tentang Penyelenggaraan Kesehatan Masyarakat (UHC/PBI APBD); Dinkes Kota Semarang (loket UHC di puskesmas dan Mal Pelayanan Publik); Perpres 82/2018 tentang Jaminan Kesehatan jo. Perpres 59/2024; BPJS Kesehatan (Mobile JKN, PANDAWA 0811-8165-165, Care Center 165)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('puskesmas', 'Apa itu UHC Kota Semarang dan bagaimana mendaftarnya?',
'🏥 *UHC Kota Semarang*
Program *Universal Health Coverage* Pemkot Semarang mendaftarkan warga sebagai peserta BPJS Kesehatan dengan iuran dibayar APBD (PBI daerah) dan hak rawat *kelas III*. Dasarnya Perwal Kota Semarang 8/2025.
*Syarat umum:*
• KTP-el dan KK Kota Semarang, menetap di Semarang lebih dari 6 bulan
• Bersedia berobat di puskesmas dan dirawat di kelas III
• Fotokopi KK, KTP-el, akta kelahiran dan surat domisili RT/RW bila diminta
*Daftar di:* loket UHC seluruh puskesmas Kota Semarang, loket UHC Mal Pelayanan Publik Kota Semarang, atau petugas pendaftaran rawat inap rumah sakit bila sedang dirawat.
Peserta UHC tidak bisa naik kelas rawat inap. Ketentuan terbaru: tanyakan ke puskesmas atau Dinas Kesehatan Kota Semarang.',
'["cara daftar uhc semarang", "uhc itu apa", "bpjs gratis dari pemkot semarang gmn daftarnya", "syarat uhc kota semarang", "daftar uhc di puskesmas bisa?", "bpjs mandiri nunggak bisa pindah uhc?", "Selamat siang, saya warga Semarang dan belum punya BPJS, bagaimana cara mendaftar UHC", "uhc iso didaftar ning ngendi"]',
'Perwal Kota Semarang 8/2025 tentang Penyelenggaraan Kesehatan Masyarakat (UHC/PBI APBD); Dinkes Kota Semarang (loket UHC di puskesmas dan Mal Pelayanan Publik); Perpres 82/2018 Pasal 51 jo. Perpres 59/2024 (peserta yang didaftarkan Pemda tidak dapat naik kelas)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('puskesmas', 'Apa yang dilakukan saat darurat dan puskesmas tutup?',
'🚨 *Gawat darurat*
• Hubungi *112* (Call Center Kota Semarang, gratis, 24 jam) untuk ambulans dan arahan.
• Datang ke *IGD* terdekat: IGD rumah sakit (misalnya RSUD K.R.M.T. Wongsonegoro, Jl. Fatmawati No. 1) atau puskesmas ber-IGD 24 jam.
• Dalam keadaan darurat *tidak perlu rujukan*, termasuk peserta BPJS.
• Tanda bahaya: sesak napas berat, nyeri dada, tidak sadar, kejang, perdarahan hebat, lemah separuh badan atau bicara pelo, demam tinggi pada bayi, perdarahan atau kejang pada ibu hamil.
Jangan menunggu balasan chat untuk kondisi darurat.',
'["darurat malam puskesmas tutup", "anak panas tinggi tengah malam kemana", "nomor ambulans semarang", "puskesmas tutup mau ke mana kalo darurat", "gawat darurat harus ke puskesmas dulu?", "Mohon arahan, kalau ada keluarga sakit mendadak malam hari dan puskesmas sudah tutup harus ke mana", "mbahku semaput, piye iki", "igd terdekat yg bisa bpjs"]',
'Call Center 112 Kota Semarang; Permenkes 47/2018 tentang Pelayanan Kegawatdaruratan; Dinkes Kota Semarang (puskesmas ber-IGD 24 jam)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('puskesmas', 'Bagaimana ambil nomor antrean puskesmas lewat WhatsApp?',
'🎫 *Ambil antrean puskesmas lewat WhatsApp*
Tulis: *ambil antrean <nama puskesmas> <poli>*
Contoh: _ambil antrean halmahera poli umum_ atau _ambil antrean kedungmundu poli gigi_.
Poli yang bisa dipilih: *umum*, *gigi*, *KIA/KB* dan *lansia*. Tidak tahu nama puskesmasnya? Tulis _ambil antrean_ saja, lalu kirim nama kecamatan atau 📍 lokasi Anda.
• Cek posisi: tulis *antrean saya*
• Batalkan: tulis *batalkan antrean*
Satu nomor per puskesmas per hari; kuota harian terbatas dan nomor hanya diberikan sesuai jam pendaftaran. Kami mengirim pengingat saat giliran Anda dekat. Datang sebelum perkiraan waktu dan bawa KTP/kartu BPJS.',
'["cara ambil antrian puskesmas lewat wa", "antri online puskesmas gmn", "bisa daftar puskesmas dari sini?", "mau ambil nomor antrean poli gigi", "nomor antrian puskesmas online", "Selamat pagi, bagaimana cara mengambil nomor antrean puskesmas melalui WhatsApp ini", "njupuk antrean puskesmas lewat wa iso?", "cara batalin antrean"]',
'Layanan antrean puskesmas Savira (tabel puskesmas_clinics dan puskesmas_hours, 0040/0041); Dinkes Kota Semarang',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('puskesmas', 'Bagaimana jadwal imunisasi bayi dan anak?',
'💉 *Imunisasi bayi & anak*
• Imunisasi rutin lengkap program pemerintah *gratis* di puskesmas dan posyandu, mulai bayi baru lahir (hepatitis B, BCG, polio) sampai imunisasi lanjutan balita dan anak sekolah (BIAS).
• Hari imunisasi berbeda tiap puskesmas/posyandu; tanyakan ke poli KIA puskesmas Anda atau kader posyandu.
• Bawa *buku KIA* (catatan imunisasi) dan KK.
• Anak demam tinggi atau sakit berat? Konsultasikan dulu ke petugas sebelum diimunisasi.
• Jadwal terlewat? Tetap datang; petugas akan melengkapi dengan imunisasi kejar.
Ambil antrean poli KIA: _ambil antrean <puskesmas> poli kia_.',
'["jadwal imunisasi bayi di puskesmas", "imunisasi di puskesmas bayar ga", "bayi 2 bulan imunisasi apa", "imunisasi anak telat gmn", "hari apa imunisasi di puskesmas", "Selamat pagi, anak saya usia 9 bulan, imunisasi campak di puskesmas jadwalnya kapan ya", "suntik imunisasi gratis ora", "vaksin anak sd di puskesmas"]',
'Permenkes 12/2017 tentang Penyelenggaraan Imunisasi; Kemenkes (program imunisasi rutin lengkap); Dinkes Kota Semarang',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('puskesmas', 'Bagaimana periksa kehamilan dan layanan KB di puskesmas?',
'🤰 *Periksa hamil (ANC) & KB*
• Periksa hamil minimal *6 kali*: 2 kali di trimester pertama, 1 kali di trimester kedua, 3 kali di trimester ketiga; minimal 2 kali oleh dokter (termasuk USG di trimester 1 dan 3).
• Di poli KIA: timbang dan tensi, cek janin, tablet tambah darah, imunisasi Td, lab (Hb, golongan darah, HIV, sifilis, hepatitis B, protein/gula urine).
• *KB:* konseling, pil, suntik, implan dan IUD; ketersediaan metode tanyakan ke puskesmas.
• Bawa KTP-el, kartu JKN dan *buku KIA*. Peserta JKN/UHC tanpa biaya.
Tanda bahaya kehamilan (perdarahan, ketuban pecah, kejang, pusing hebat, gerak janin berkurang): segera ke IGD atau hubungi *112*.',
'["periksa hamil di puskesmas", "anc di puskesmas brp kali", "usg hamil di puskesmas bisa?", "pasang kb di puskesmas gratis?", "kb suntik di puskesmas hari apa", "Selamat siang, saya baru tahu hamil 6 minggu, apakah bisa periksa kehamilan di puskesmas dengan BPJS", "priksa meteng nang puskesmas", "pasang iud di pkm"]',
'Permenkes 21/2021 tentang Pelayanan Kesehatan Masa Sebelum Hamil, Hamil, Persalinan, dan Sesudah Melahirkan (ANC minimal 6 kali); Dinkes Kota Semarang; BPJS Kesehatan (manfaat JKN)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('puskesmas', 'Apakah puskesmas melayani TB, HIV, lansia, jiwa dan gizi?',
'🧑‍⚕️ *Layanan khusus di puskesmas*
• *TB (tuberkulosis):* batuk 2 minggu atau lebih, periksakan dahak; pengobatan TB *gratis* sampai tuntas.
• *HIV & IMS:* tes HIV sukarela dengan konseling, hasil rahasia; pengobatan ARV di puskesmas yang ditunjuk.
• *Lansia:* poli lansia dan posyandu lansia untuk pemeriksaan berkala.
• *Kesehatan jiwa:* konsultasi dengan dokter; di sebagian puskesmas ada psikolog, tanyakan jadwalnya.
• *Gizi:* konsultasi gizi, pemantauan tumbuh kembang balita, pencegahan stunting.
Ketersediaan dan jadwal berbeda tiap puskesmas; tanyakan langsung ke puskesmas Anda. Ambil antrean poli lansia: _ambil antrean <puskesmas> poli lansia_.',
'["puskesmas bisa tes hiv?", "pengobatan tbc di puskesmas gratis", "ada psikolog di puskesmas ga", "poli lansia buka hari apa", "konsultasi gizi anak stunting di puskesmas", "batuk sebulan ga sembuh periksa dimana", "Mohon info apakah puskesmas di Semarang melayani konsultasi kesehatan jiwa", "cek kesehatan mbah di puskesmas"]',
'Permenkes 67/2016 tentang Penanggulangan Tuberkulosis; Permenkes 23/2022 tentang Penanggulangan HIV, AIDS dan IMS; Permenkes 19/2024 tentang Penyelenggaraan Puskesmas; Dinkes Kota Semarang',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('puskesmas', 'Bagaimana mendapatkan surat keterangan sehat?',
'📄 *Surat keterangan sehat*
• Datang ke puskesmas pada jam pendaftaran dan sampaikan keperluannya (melamar kerja, sekolah, dll.).
• Bawa KTP-el, pas foto bila diminta instansi tujuan, dan formulir dari instansi bila ada.
• Pemeriksaan umumnya: tensi, tinggi/berat badan dan pemeriksaan fisik; bila diminta dapat ditambah tes buta warna, golongan darah atau lab lain.
• *Biaya:* surat keterangan sehat untuk keperluan administrasi *tidak dijamin BPJS*; dikenai tarif sesuai Perwal tarif BLUD Puskesmas. Tanyakan besarnya di loket.
• Calon pengantin: pemeriksaan kesehatan catin bisa dilakukan di puskesmas sesuai domisili.',
'["bikin surat sehat di puskesmas", "surat keterangan sehat buat kerja brp", "surat sehat pake bpjs bisa?", "syarat surat keterangan sehat puskesmas", "tes buta warna di puskesmas", "Selamat pagi, saya butuh surat keterangan sehat untuk melamar kerja, apakah bisa dibuat di puskesmas hari ini", "gawe surat sehat sedina dadi?", "surat sehat catin di puskesmas"]',
'Perwal Kota Semarang 23/2022 tentang Tarif Pelayanan BLUD UPTD Puskesmas (dan perubahannya); Perpres 82/2018 tentang Jaminan Kesehatan jo. Perpres 59/2024; BPJS Kesehatan (Mobile JKN, PANDAWA 0811-8165-165, Care Center 165) (pelayanan yang tidak dijamin); Dinkes Kota Semarang',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('puskesmas', 'Bisakah antrean, obat atau hasil lab diwakilkan?',
'👨‍👩‍👧 *Diwakilkan di puskesmas*
• *Nomor antrean:* boleh diambilkan keluarga, termasuk lewat WhatsApp ini, tetapi *pasien harus datang* untuk diperiksa.
• *Obat rutin* (misalnya hipertensi/diabetes): pasien perlu diperiksa sesuai jadwal kontrol; pengambilan obat oleh keluarga tergantung kebijakan puskesmas, tanyakan ke petugas.
• *Hasil lab:* diserahkan kepada pasien atau keluarga dengan identitas pasien; hasil tes HIV hanya kepada pasien sendiri (rahasia).
• *Pendaftaran UHC/BPJS:* bisa dibantu anggota keluarga satu KK dengan membawa KK dan KTP-el.',
'["bisa diwakilkan?", "ambil obat ibu di puskesmas boleh diwakilkan", "antrean bisa diambilin anak?", "pasien ga dateng obat bisa diambil keluarga", "hasil lab suami saya boleh saya ambil", "Mohon info, ayah saya sakit stroke, apakah obat rutinnya di puskesmas bisa diambil keluarga", "oleh diwakili ora njupuk obat", "daftar uhc buat istri bisa sy wakili?"]',
'Permenkes 24/2022 tentang Rekam Medis (kerahasiaan); Permenkes 23/2022 (kerahasiaan hasil tes HIV); Dinkes Kota Semarang',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('puskesmas', 'Di mana puskesmas terdekat di Kota Semarang?',
'📍 *37 puskesmas Kota Semarang*
Setiap kecamatan punya 1–5 puskesmas, misalnya Poncol dan Miroto (Semarang Tengah), Halmahera, Bugangan dan Karangdoro (Semarang Timur), Kedungmundu dan Rowosari (Tembalang), Ngesrep, Padangsari, Srondol dan Pudakpayung (Banyumanik), Ngaliyan, Tambakaji dan Purwoyoso (Ngaliyan).
• Cari yang terdekat: tulis _ambil antrean_ lalu kirim 📍 *lokasi* Anda atau nama kecamatan.
• Jam buka per puskesmas: _jam buka puskesmas <nama>_.
Peserta BPJS sebaiknya berobat di puskesmas yang tercantum sebagai FKTP di kartu atau Mobile JKN.',
'["puskesmas terdekat dari rumah saya", "daftar puskesmas di semarang", "puskesmas di kecamatan tembalang apa aja", "alamat puskesmas halmahera", "puskesmas paling deket banyumanik", "Selamat siang, mohon info puskesmas yang ada di wilayah Kecamatan Ngaliyan", "puskesmas cedhak kene ngendi", "ada berapa puskesmas di kota semarang"]',
'Dinas Kesehatan Kota Semarang dan 37 puskesmasnya; tabel puskesmas (0041_puskesmas_semarang.sql, 37 puskesmas per kecamatan)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('puskesmas', 'Pemeriksaan laboratorium apa saja di puskesmas?',
'🧪 *Laboratorium puskesmas*
• Pemeriksaan dasar: darah rutin (Hb, dll.), gula darah, kolesterol, asam urat, urine, tes kehamilan, golongan darah, dahak TB, serta tes HIV, sifilis dan hepatitis B untuk ibu hamil. Jenisnya berbeda tiap puskesmas.
• Biasanya atas *permintaan dokter/bidan* puskesmas, jadi daftar dulu ke poli.
• Gula darah puasa atau kolesterol lengkap biasanya perlu puasa 8–10 jam; ikuti arahan petugas.
• Hasil umumnya selesai di hari yang sama dan dijelaskan di poli.
• Peserta JKN/UHC: pemeriksaan atas indikasi medis tanpa biaya; pemeriksaan atas permintaan sendiri dikenai tarif puskesmas.',
'["cek lab di puskesmas bisa apa aja", "cek gula darah di puskesmas", "cek kolesterol puskesmas bayar?", "tes kehamilan di puskesmas", "hasil lab puskesmas jadi brp lama", "Permisi, apakah di puskesmas bisa cek darah lengkap dan harus puasa dulu atau tidak", "priksa getih nang puskesmas iso?", "lab puskesmas buka jam brp"]',
'Permenkes 19/2024 tentang Penyelenggaraan Puskesmas (pelayanan laboratorium); Perwal Kota Semarang 23/2022 tentang Tarif Pelayanan BLUD UPTD Puskesmas (dan perubahannya); Dinkes Kota Semarang',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('puskesmas', 'Sakit (demam, batuk, diare): ke puskesmas dulu atau langsung ke RSUD?',
'🩺 *Ke puskesmas dulu atau langsung ke rumah sakit?*
• Untuk keluhan yang *tidak gawat* (demam, batuk pilek, diare ringan, kontrol penyakit kronis), datanglah ke *puskesmas* atau klinik tempat Anda terdaftar (FKTP). Peserta BPJS/UHC memang harus mulai dari FKTP; bila perlu dokter spesialis, puskesmas memberi *rujukan* ke rumah sakit.
• Segera ke *IGD* rumah sakit terdekat (tanpa rujukan) atau telepon *112* bila ada tanda bahaya: sesak napas, kejang, tidak sadar atau sangat lemas, bibir/kulit kebiruan, muntah terus dan tidak mau minum, demam sangat tinggi pada bayi di bawah 3 bulan, perdarahan, nyeri dada.
• Demam lebih dari 3 hari, terutama pada anak, sebaiknya segera diperiksakan (misalnya untuk memastikan bukan demam berdarah).
Bila ragu, tanyakan ke petugas puskesmas atau hubungi 112.',
'["anak demam 3 hari ke puskesmas atau rsud", "sakit batuk pilek langsung ke rumah sakit boleh ga", "bpjs bisa langsung ke rsud tanpa puskesmas?", "anakku panas ora mudhun2 nggowo nang puskesmas opo rs", "mending periksa di puskesmas dulu atau igd", "Selamat malam, ibu saya diare sejak kemarin, sebaiknya dibawa ke puskesmas atau langsung ke rumah sakit?", "kapan harus ke igd bukan ke puskesmas", "demam berdarah periksa dimana"]',
'Permenkes 19/2024 tentang Penyelenggaraan Puskesmas; Peraturan BPJS Kesehatan tentang rujukan berjenjang (FKTP ke FKRTL, kecuali gawat darurat); Kemenkes: tanda bahaya pada anak (Buku KIA); Call Center 112 Kota Semarang',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00');
