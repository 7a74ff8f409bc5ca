-- Knowledge base for PKB (Pajak Kendaraan Bermotor) and STNK services at Samsat Kota Semarang I, II and III
-- (UPPD Bapenda Provinsi Jawa Tengah, with Polri and Jasa Raharja). Facts checked on 2026-12-01 against the
-- regulations and the channels named in each entry's source; programmes announced per period (discounts,
-- pemutihan) name their decree and end date and say where to check the next one.
INSERT INTO faq_entries (intent, question, answer, examples, source, checked_on, created_at, updated_at) VALUES
('pkb', 'Bagaimana cara perpanjang STNK tahunan (bayar pajak kendaraan tahunan)?', '🚗 *Pajak kendaraan tahunan (pengesahan STNK)*
*Syarat:*
• KTP-el asli sesuai nama di STNK
• STNK asli
(Diwakilkan atau KTP beda nama? Tanyakan info *kuasa/kendaraan bekas*.)
*Tempat:*
• Samsat Kota Semarang I, II atau III, Samsat Keliling, Gerai/Samsat Corner
• *Online:* aplikasi *New Sakpole* (Samsat Jawa Tengah) atau *SIGNAL* (Samsat Digital Nasional), lalu bayar dengan kode bayar di bank/kanal mitra
Kendaraan dan BPKB *tidak perlu dibawa* untuk pajak tahunan.
*Biaya:* PKB + opsen, SWDKLLJ Jasa Raharja, dan PNBP pengesahan STNK Rp25.000 (motor) / Rp50.000 (mobil).
Cek jumlah dan jatuh tempo di sini: kirim nomor polisi kendaraan Anda, misalnya H 1234 AB.', '["perpanjang stnk tahunan syaratnya apa", "bayar pajak motor tahunan dmn", "pajak mobil udh mau habis gmn", "bayar pajak kendaraan online jateng", "Selamat pagi, mohon info cara membayar pajak tahunan motor saya", "mbayar pajak motor neng ndi", "pajak tahunan bawa apa aja", "stnk tahunan bisa online?"]', 'Perda Provinsi Jawa Tengah 12/2023 tentang Pajak Daerah dan Retribusi Daerah; UU 1/2022 (HKPD); PP 76/2020 tentang Jenis dan Tarif PNBP Polri (pengesahan STNK); Bapenda Provinsi Jawa Tengah: bapenda.jatengprov.go.id, Instagram @bapenda_jateng, aplikasi New Sakpole; Samsat Kota Semarang I/II/III; SIGNAL (samsatdigital.id, Korlantas Polri)',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pkb', 'Bagaimana cara perpanjangan STNK 5 tahunan dan ganti plat nomor?', '🔁 *Perpanjangan STNK 5 tahunan + ganti plat*
Wajib datang ke *kantor Samsat* (Samsat Keliling, gerai dan aplikasi tidak melayani ini) *bersama kendaraannya* untuk cek fisik (gesek nomor rangka & mesin).
*Bawa:*
• KTP-el asli pemilik sesuai STNK/BPKB
• STNK asli
• BPKB asli
• Kendaraannya
*Biaya PNBP (PP 76/2020):*
• Motor: STNK Rp100.000 + plat (TNKB) Rp60.000
• Mobil: STNK Rp200.000 + plat Rp100.000
ditambah PKB tahunan, SWDKLLJ, dan denda bila terlambat.
*Alur umumnya:* cek fisik → pendaftaran & verifikasi berkas → bayar di kasir → ambil STNK baru → ambil plat (kadang menyusul).
Bayar hanya di kasir resmi Samsat dan minta bukti.', '["perpanjang stnk 5 tahun syaratnya", "ganti plat nomor motor", "stnk 5 tahunan harus bawa motor?", "biaya ganti plat mobil brp", "Bapak/Ibu, STNK mobil saya habis masa 5 tahunnya, apa saja yang harus dibawa?", "ganti plat limang taunan piye", "plat nomor udh mati 5 thn", "perpanjangan stnk lima tahun", "ganti plat 5 tahunan bawa apa aja"]', 'PP 76/2020 tentang Jenis dan Tarif PNBP Polri (penerbitan STNK, TNKB); Perpol 7/2021 tentang Registrasi dan Identifikasi Kendaraan Bermotor; Bapenda Provinsi Jawa Tengah: bapenda.jatengprov.go.id, Instagram @bapenda_jateng, aplikasi New Sakpole; Samsat Kota Semarang I/II/III',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pkb', 'Berapa biaya resmi di Samsat (STNK, plat, BPKB, mutasi)?', '💰 *Biaya resmi Samsat*
*PNBP Polri (PP 76/2020):*
• Pengesahan STNK tahunan: motor Rp25.000 · mobil Rp50.000
• Penerbitan STNK (5 tahunan, hilang, balik nama): motor Rp100.000 · mobil Rp200.000
• Plat nomor (TNKB): motor Rp60.000 · mobil Rp100.000
• BPKB baru/ganti pemilik: motor Rp225.000 · mobil Rp375.000
• Surat mutasi ke luar daerah: motor Rp150.000 · mobil Rp250.000
*Ditambah:* PKB + opsen (tergantung nilai kendaraan), SWDKLLJ Jasa Raharja (umumnya motor Rp35.000, mobil pribadi Rp143.000 per tahun), dan denda bila terlambat.
Jumlah PKB kendaraan Anda: kirim nomor polisi ke chat ini atau cek di New Sakpole. Biaya resmi dibayar di kasir Samsat, bukan lewat calo.', '["biayanya brp?", "biaya balik nama motor brp", "tarif pnbp stnk", "biaya ganti plat", "bpkb baru biayanya", "Mohon info rincian biaya resmi perpanjangan STNK lima tahunan mobil", "ongkos neng samsat piro", "mutasi keluar bayar brp", "berapa biayanya", "biaya nya berapa"]', 'PP 76/2020 tentang Jenis dan Tarif PNBP Polri (lampiran tarif); tarif SWDKLLJ PMK 16/2017 (Jasa Raharja); Perda Provinsi Jawa Tengah 12/2023 tentang Pajak Daerah dan Retribusi Daerah; UU 1/2022 (HKPD) (opsen)',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pkb', 'STNK saya hilang, bagaimana mengurusnya?', '🆘 *STNK hilang*
1. Buat *surat keterangan hilang* di Polsek/Polres.
2. Datang ke Samsat tempat kendaraan terdaftar (Samsat Kota Semarang sesuai alamat) *bersama kendaraannya* untuk cek fisik.
*Bawa:*
• KTP-el asli pemilik
• Surat keterangan hilang dari kepolisian
• BPKB asli (+ fotokopi)
• Fotokopi STNK yang hilang, bila ada
• Kendaraan untuk cek fisik
Petugas memeriksa status blokir/data kendaraan, lalu STNK baru diterbitkan.
*Biaya:* PNBP penerbitan STNK (motor Rp100.000, mobil Rp200.000), ditambah pajak bila sudah jatuh tempo.', '["stnk ilang gmn", "stnk motor hilang syaratnya", "ngurus stnk hilang di samsat semarang", "stnk kecopetan", "dompet hilang isi stnk", "Mohon info prosedur penggantian STNK yang hilang", "stnk ku ilang, piye", "stnk hilang biaya brp"]', 'PP 76/2020 tentang Jenis dan Tarif PNBP Polri; Perpol 7/2021; FAQ Pemkot Semarang tentang STNK hilang (semarangkota.go.id/faq); Bapenda Provinsi Jawa Tengah: bapenda.jatengprov.go.id, Instagram @bapenda_jateng, aplikasi New Sakpole; Samsat Kota Semarang I/II/III',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pkb', 'Bagaimana mutasi kendaraan dari daerah lain (misalnya plat K atau luar Jawa Tengah) ke Kota Semarang?', '📥 *Mutasi kendaraan masuk ke Kota Semarang*
*1. Di daerah asal:* urus *mutasi keluar/cabut berkas* di Samsat asal. Berkas kendaraan diberikan dalam amplop tertutup—jangan dibuka.
*2. Di Semarang:* datang ke Samsat Kota Semarang sesuai alamat KTP-el *bersama kendaraan* (cek fisik) dengan membawa:
• KTP-el pemilik beralamat Semarang
• STNK & BPKB asli
• Berkas mutasi dari daerah asal
• Kuitansi jual beli bermeterai bila ganti pemilik
Kendaraan mendapat plat *H* dan STNK baru; data BPKB diperbarui.
*Biaya:* PNBP STNK dan plat, BPKB bila ganti pemilik, plus PKB bila sudah jatuh tempo.
Dari kota lain di Jawa Tengah (plat K, G, AA dan lain-lain) prosesnya tetap pindah Samsat; tanyakan rinciannya ke Samsat asal sebelum berangkat.', '["mutasi motor plat k ke semarang", "pindah plat ke h", "mutasi kendaraan dari luar jawa tengah", "beli mobil plat b mau jadi plat h", "Selamat siang, saya ingin memindahkan kendaraan dari Pati ke Kota Semarang, bagaimana prosedurnya?", "mutasi masuk syarat apa aja", "motor plat luar kota pindah semarang", "ganti plat saka k dadi h", "mutasi motor dari luar kota ke semarang"]', 'Perpol 7/2021 (mutasi kendaraan); PP 76/2020 tentang Jenis dan Tarif PNBP Polri; prosedur mutasi antar-Samsat Jawa Tengah; Bapenda Provinsi Jawa Tengah: bapenda.jatengprov.go.id, Instagram @bapenda_jateng, aplikasi New Sakpole; Samsat Kota Semarang I/II/III',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pkb', 'Bagaimana mutasi keluar (cabut berkas) kendaraan dari Kota Semarang?', '📤 *Mutasi keluar / cabut berkas dari Semarang*
Untuk kendaraan plat H Semarang yang akan didaftarkan di daerah lain (pindah domisili atau dijual ke luar kota).
*Bawa ke Samsat Kota Semarang tempat kendaraan terdaftar:*
• KTP-el pemilik (bila sudah dijual: KTP pemilik baru + kuitansi jual beli bermeterai)
• STNK & BPKB asli
• Kendaraan untuk cek fisik
• Surat kuasa bila diwakilkan
*Alur umumnya:* cek fisik → pemeriksaan blokir → lunasi pajak yang tertunggak → berkas mutasi diterbitkan (amplop tertutup) → dibawa ke Samsat tujuan.
*Biaya:* surat mutasi ke luar daerah motor Rp150.000, mobil Rp250.000 (PP 76/2020), plus tunggakan pajak bila ada.
Segera daftarkan di daerah tujuan; tanyakan batas waktunya ke Samsat.', '["cabut berkas motor semarang", "mutasi keluar kendaraan syaratnya", "pindah domisili bawa mobil ke jakarta", "motor dijual ke orang solo gmn mutasinya", "Mohon info persyaratan mutasi keluar kendaraan dari Samsat Semarang", "cabut berkas biaya brp", "mutasi metu saka semarang"]', 'PP 76/2020 tentang Jenis dan Tarif PNBP Polri (surat mutasi ke luar daerah); Perpol 7/2021; Bapenda Provinsi Jawa Tengah: bapenda.jatengprov.go.id, Instagram @bapenda_jateng, aplikasi New Sakpole; Samsat Kota Semarang I/II/III',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pkb', 'Beli kendaraan bekas, bagaimana balik nama dan apakah masih kena BBNKB?', '🔄 *Balik nama kendaraan bekas*
Sejak *5 Januari 2025* (UU HKPD), BBNKB hanya dikenakan pada *penyerahan pertama kendaraan baru*. Balik nama kendaraan bekas *tidak lagi dikenai BBNKB*.
*Yang tetap dibayar:* PNBP STNK (motor Rp100.000/mobil Rp200.000), BPKB ganti pemilik (Rp225.000/Rp375.000), plat bila diganti (Rp60.000/Rp100.000), serta PKB & SWDKLLJ bila sudah jatuh tempo.
*Bawa ke Samsat sesuai alamat pemilik baru, bersama kendaraan untuk cek fisik:*
• KTP-el pemilik baru
• STNK & BPKB asli
• Kuitansi jual beli bermeterai (dan fotokopi KTP penjual bila diminta)
Kendaraan dari luar daerah perlu mutasi dulu. Segera balik nama agar tagihan pajak dan tilang tidak menyasar pemilik lama.', '["balik nama motor bekas brp", "bbnkb 2 masih bayar ga", "beli mobil second cara balik nama", "balik nama gratis jateng?", "Selamat sore, saya membeli motor bekas, apa saja syarat balik namanya di Samsat Semarang?", "balik jeneng motor bekas piye", "bea balik nama kendaraan bekas", "stnk masih nama pemilik lama"]', 'UU 1/2022 (HKPD): objek BBNKB hanya penyerahan pertama, berlaku 5 Januari 2025; Perda Provinsi Jawa Tengah 12/2023 tentang Pajak Daerah dan Retribusi Daerah; UU 1/2022 (HKPD); PP 76/2020 tentang Jenis dan Tarif PNBP Polri',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pkb', 'Apakah pajak progresif kendaraan masih berlaku di Jawa Tengah?', '📈 *Pajak progresif di Jawa Tengah*
Masih berlaku (Perda Jateng 12/2023 Pasal 8). Dikenakan pada kendaraan milik *orang pribadi* yang tercatat atas *nama dan alamat yang sama*:
• Kendaraan ke-1: 1,05%
• Ke-2: 1,4% · ke-3: 1,75% · ke-4: 2,1% · ke-5 dan seterusnya: 2,45%
dari dasar pengenaan PKB, lalu ditambah *opsen* 66% untuk kota/kabupaten.
*Tips:*
• Kendaraan yang sudah dijual tetapi masih atas nama Anda ikut dihitung → segera *lapor jual/blokir* di Samsat.
• Kendaraan yang dibeli sebaiknya segera dibalik nama ke pemilik baru.
Urutan kepemilikan dan tarif kendaraan Anda dapat ditanyakan ke Samsat Kota Semarang atau dilihat di New Sakpole.', '["pajak progresif jateng masih ada?", "mobil kedua kena progresif brp", "motor ke 2 pajaknya lebih mahal ya", "cara menghindari pajak progresif", "Mohon informasi tarif pajak progresif kendaraan di Jawa Tengah", "progresif kuwi apa", "kena pajak progresif padahal motor udh dijual"]', 'Perda Provinsi Jawa Tengah 12/2023 tentang Pajak Daerah dan Retribusi Daerah; UU 1/2022 (HKPD) Pasal 8 ayat (4) (tarif progresif 1,4%–2,45%, kepemilikan pertama 1,05%); UU 1/2022 (opsen 66%); ringkasan mib.group; Bapenda Provinsi Jawa Tengah: bapenda.jatengprov.go.id, Instagram @bapenda_jateng, aplikasi New Sakpole; Samsat Kota Semarang I/II/III',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pkb', 'Berapa denda telat bayar pajak kendaraan (PKB dan SWDKLLJ)?', '⏰ *Denda telat pajak kendaraan*
• *Denda PKB:* sanksi administratif sesuai UU HKPD dan Perda Jateng 12/2023, yaitu bunga *1% per bulan* dari pokok PKB yang terlambat, paling lama 24 bulan.
• *Denda SWDKLLJ (Jasa Raharja):* motor Rp32.000, mobil pribadi Rp100.000.
• Jumlah persisnya muncul saat cek di *New Sakpole*/*SIGNAL*, di loket Samsat, atau kirim nomor polisi ke chat ini.
*Penting:* bila STNK tidak didaftarkan ulang sampai 2 tahun setelah masa berlaku 5 tahunannya habis, data registrasi kendaraan *dapat dihapus* (UU 22/2009 Pasal 74). Jangan menunggu pemutihan.', '["telat bayar pajak motor dendanya brp", "denda pajak mobil telat 3 bulan", "kalau telat dendanya?", "swdkllj telat denda", "pajak mati 2 tahun gimana", "Mohon info perhitungan denda keterlambatan pajak kendaraan di Jawa Tengah", "dendo pajak motor telat piro", "pajak telat sehari kena denda?"]', 'UU 1/2022 (HKPD) dan Perda Provinsi Jawa Tengah 12/2023 tentang Pajak Daerah dan Retribusi Daerah; UU 1/2022 (HKPD) (sanksi bunga 1% per bulan, paling lama 24 bulan); denda SWDKLLJ Jasa Raharja; UU 22/2009 Pasal 74; Bapenda Provinsi Jawa Tengah: bapenda.jatengprov.go.id, Instagram @bapenda_jateng, aplikasi New Sakpole; Samsat Kota Semarang I/II/III',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pkb', 'Apakah ada pemutihan atau diskon pajak kendaraan di Jawa Tengah?', '🎁 *Pemutihan / diskon pajak kendaraan*
Program seperti ini ditetapkan Gubernur *per periode*, tidak setiap tahun sama.
Yang berlaku saat ini: *GAS Jateng 5%*, potongan 5% pokok PKB (termasuk tunggakan sejak masa pajak 5 Januari 2025 beserta sanksinya), *20 Februari–31 Desember 2026* (Keputusan Gubernur Jateng 100.3.3.1/43 Tahun 2026). Potongan diberikan langsung saat membayar di Samsat.
Program berikutnya (bebas denda, pemutihan, diskon) hanya sah bila diumumkan resmi oleh Bapenda Jateng; abaikan info dari akun tidak resmi.
*Cek program yang berlaku:* Instagram @bapenda_jateng, bapenda.jatengprov.go.id, atau tanyakan langsung di Samsat Kota Semarang.', '["ada pemutihan pajak motor ga", "diskon pajak kendaraan jateng 2026", "bebas denda pajak kendaraan kapan", "pemutihan stnk jateng", "nunggu pemutihan aja bayar pajaknya", "Apakah saat ini ada program keringanan pajak kendaraan dari Pemprov Jateng?", "gas jateng 5 persen", "pemutihan pajak ana ora"]', 'Keputusan Gubernur Jawa Tengah 100.3.3.1/43 Tahun 2026 tentang Pemberian Pengurangan PKB (20/2/2026–31/12/2026; detikJateng 20/2/2026, Serayunews 22/2/2026); program Jateng untuk Merah Putih 5/1–31/3/2025 (SK Gubernur 973.1/42/2024); Bapenda Provinsi Jawa Tengah: bapenda.jatengprov.go.id, Instagram @bapenda_jateng, aplikasi New Sakpole; Samsat Kota Semarang I/II/III',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pkb', 'Di mana Samsat di Kota Semarang dan kapan jam layanannya, termasuk hari Sabtu?', '🏢 *Samsat di Kota Semarang*
Kota Semarang dilayani *Samsat Kota Semarang I, II dan III* (UPPD Bapenda Provinsi Jawa Tengah bersama Polri dan Jasa Raharja). Layanan seperti 5 tahunan, balik nama dan mutasi dilakukan di Samsat sesuai *wilayah alamat pemilik*; pajak tahunan umumnya bisa dibayar di Samsat mana pun di Jawa Tengah.
*Jam layanan:* umumnya Senin–Jumat pagi sampai siang/sore dan *Sabtu setengah hari*; jam bisa berubah (misalnya saat Ramadan).
Alamat, peta dan jam terbaru: menu *Lokasi* di aplikasi New Sakpole, bapenda.jatengprov.go.id, atau Instagram @bapenda_jateng.
Di luar jam kantor, pajak tahunan tetap bisa dibayar online (New Sakpole, SIGNAL, bank/mitra).', '["samsat semarang dmn aja", "alamat samsat semarang 1", "samsat buka sabtu?", "jam buka samsat", "buka hari sabtu?", "Permisi, Samsat untuk wilayah Tembalang di mana ya dan buka jam berapa?", "samsat bukak jam pinten", "samsat terdekat dari banyumanik"]', 'Bapenda Provinsi Jawa Tengah: bapenda.jatengprov.go.id, Instagram @bapenda_jateng, aplikasi New Sakpole; Samsat Kota Semarang I/II/III; jam layanan Samsat Jawa Tengah termasuk Sabtu (contoh jadwal UPPD Salatiga, portalsalatiga.com 2023) — alamat dan jam per kantor dicek di New Sakpole/situs Bapenda',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pkb', 'Apa itu Samsat Keliling, Gerai Samsat dan drive-thru, dan layanan apa saja?', '🚐 *Samsat Keliling, Gerai & drive-thru*
Layanan tambahan untuk *pajak tahunan (pengesahan STNK tahunan)* saja:
• *Samsat Keliling:* mobil layanan yang berpindah lokasi (kelurahan, kampus, pasar, Car Free Day)
• *Gerai Samsat / Samsat Corner:* di pusat perbelanjaan atau Mal Pelayanan Publik
• *Drive-thru:* bayar tanpa turun dari kendaraan, bila tersedia di kantor Samsat
*Bawa:* KTP-el asli sesuai STNK dan STNK asli.
*Tidak melayani:* perpanjangan 5 tahunan/ganti plat, balik nama, mutasi, STNK hilang — semuanya di kantor Samsat.
Jadwal & lokasi harian diumumkan di Instagram @bapenda_jateng dan menu Lokasi New Sakpole.', '["samsat keliling hari ini dmn", "jadwal samsat keliling semarang", "samsat corner mall", "samsat drive thru semarang ada?", "gerai samsat bisa ganti plat ga", "Mohon info lokasi Samsat Keliling di Semarang minggu ini", "samsat keliling saiki neng ndi", "bayar pajak di mall bisa"]', 'Bapenda Provinsi Jawa Tengah: bapenda.jatengprov.go.id, Instagram @bapenda_jateng, aplikasi New Sakpole; Samsat Kota Semarang I/II/III; Samsat Keliling hanya melayani PKB tahunan (UPPD Jawa Tengah, portalsalatiga.com 2023)',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pkb', 'Bagaimana bayar pajak kendaraan lewat aplikasi New Sakpole atau SIGNAL?', '📱 *Bayar pajak tahunan lewat aplikasi*
*New Sakpole* (aplikasi resmi Samsat Jawa Tengah, Play Store/App Store):
1. Daftar dengan nomor polisi, NIK pemilik dan 5 digit terakhir nomor rangka
2. Cek rincian PKB, SWDKLLJ, PNBP dan denda
3. Ambil *kode bayar*, lalu bayar di bank/kanal mitra sebelum kode kedaluwarsa
4. Simpan bukti bayar; ikuti petunjuk aplikasi untuk pengesahan/cetak bukti
*SIGNAL* (Samsat Digital Nasional, Korlantas Polri): daftar dengan NIK, e-mail, nomor HP dan verifikasi wajah; e-Pengesahan, e-TBPKP dan e-KD terbit di aplikasi, dokumen fisik bisa dikirim lewat Pos.
Keduanya hanya untuk *pajak tahunan*. Bila aplikasi sedang dalam penyesuaian, bayar langsung di Samsat.', '["cara bayar pajak lewat sakpole", "new sakpole error", "aplikasi signal bisa buat jateng?", "bayar stnk online pake hp", "kode bayar sakpole udh bayar terus gmn", "Mohon panduan membayar pajak motor lewat aplikasi New Sakpole", "bayar pajek lewat hp piye", "signal samsat digital"]', 'Bapenda Provinsi Jawa Tengah: bapenda.jatengprov.go.id, Instagram @bapenda_jateng, aplikasi New Sakpole; Samsat Kota Semarang I/II/III (Sakpole: pendaftaran dengan nopol, NIK, 5 digit nomor rangka; Kompas 26/11/2018); SIGNAL: samsatdigital.id (Tempo 28/1/2023); E-Samsat NewSakpole sempat penyesuaian saat program GAS Jateng 5% (Serayunews 22/2/2026)',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pkb', 'Apakah pajak kendaraan bisa dibayar di bank, minimarket atau marketplace?', '💳 *Bayar PKB di bank, minimarket, marketplace*
Bisa untuk *pajak tahunan*:
• Ambil *kode bayar* dari New Sakpole atau SIGNAL, lalu bayar lewat teller/ATM/m-banking bank mitra (antara lain Bank Jateng dan bank Himbara) atau kanal mitra lain yang tercantum di aplikasi.
• Sebagian minimarket, marketplace dan dompet digital menyediakan menu *e-Samsat / pajak kendaraan Jawa Tengah*: masukkan nomor polisi dan data yang diminta, cek nama & jumlah sebelum bayar.
Mitra bisa memungut biaya admin. Simpan bukti bayar; pengesahan STNK mengikuti petunjuk kanal tersebut.
Daftar mitra resmi: aplikasi New Sakpole dan bapenda.jatengprov.go.id. Perpanjangan 5 tahunan tetap di kantor Samsat.', '["bayar pajak motor di indomaret bisa?", "pajak mobil lewat m banking", "bayar pkb di tokopedia", "bayarnya dimana?", "bank jateng bisa bayar pajak kendaraan", "Apakah pajak kendaraan Jawa Tengah bisa dibayar lewat aplikasi dompet digital?", "mbayar pajak motor neng alfamart iso", "pajak kendaraan via atm"]', 'Bapenda Provinsi Jawa Tengah: bapenda.jatengprov.go.id, Instagram @bapenda_jateng, aplikasi New Sakpole; Samsat Kota Semarang I/II/III; mitra pembayaran SIGNAL: bank Himbara dan bank pembangunan daerah (teknologi.id); daftar mitra per aplikasi',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pkb', 'Kendaraan sudah saya jual tetapi masih atas nama saya, apa yang harus dilakukan?', '🚫 *Lapor jual / blokir STNK*
Segera *lapor jual (blokir data)* di Samsat tempat kendaraan terdaftar. Gunanya: kendaraan itu tidak lagi dihitung untuk *pajak progresif* Anda, dan tagihan maupun tilang elektronik (ETLE) tidak terus menyasar Anda.
*Bawa:*
• KTP-el asli pemilik lama (sesuai STNK), KK bila diminta
• Fotokopi STNK/BPKB bila ada (atau sebutkan nomor polisi, merek, jenis)
• Kuitansi jual beli bermeterai atau surat pernyataan telah menjual
• Surat kuasa bila diwakilkan
Prosesnya singkat dan umumnya tanpa biaya. Setelah itu pembeli wajib *balik nama*. Bila kendaraan dicuri, lampirkan laporan polisi.', '["motor udh dijual tp masih nama sy", "cara blokir stnk", "lapor jual kendaraan", "kena tilang elektronik padahal mobil udh dijual", "biar ga kena progresif gmn", "Mohon info cara memblokir STNK kendaraan yang sudah saya jual", "motor wis tak dol isih jenengku", "blokir progresif"]', 'Perpol 7/2021 Pasal 87 ayat (3) (blokir STNK kendaraan yang dijual; Korlantas/Polda Jateng 2024); Perda Provinsi Jawa Tengah 12/2023 tentang Pajak Daerah dan Retribusi Daerah; UU 1/2022 (HKPD) (progresif); Bapenda Provinsi Jawa Tengah: bapenda.jatengprov.go.id, Instagram @bapenda_jateng, aplikasi New Sakpole; Samsat Kota Semarang I/II/III',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pkb', 'Berapa lama proses di Samsat (pajak tahunan, 5 tahunan, balik nama, mutasi)?', '⏱️ *Lama proses di Samsat*
Perkiraan bila berkas lengkap dan antrean normal:
• Pajak tahunan: beberapa menit (online/keliling) sampai sekitar 1 jam di kantor
• STNK 5 tahunan/ganti plat, balik nama, STNK hilang: umumnya selesai *hari itu juga*; *plat nomor* kadang menyusul bila stok habis
• *BPKB* (balik nama/mutasi) diterbitkan Polri dan bisa memakan beberapa minggu; simpan tanda terima untuk mengambilnya
• Mutasi keluar (cabut berkas): umumnya beberapa hari kerja
Datang pagi untuk menghindari antrean. Kepastian waktu tanyakan ke petugas Samsat Kota Semarang.', '["berapa lama jadinya?", "balik nama motor brp hari", "bpkb jadi brp lama", "plat nomor belum jadi kok lama", "cabut berkas berapa hari", "Mohon info estimasi waktu proses perpanjangan STNK lima tahunan", "suwe ora ngurus neng samsat", "sehari jadi ga", "prosesnya lama ga"]', 'Bapenda Provinsi Jawa Tengah: bapenda.jatengprov.go.id, Instagram @bapenda_jateng, aplikasi New Sakpole; Samsat Kota Semarang I/II/III; Polri (penerbitan BPKB); waktu adalah perkiraan umum, bukan standar tertulis',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pkb', 'Apa saja yang harus dibawa ke Samsat untuk tiap layanan?', '📋 *Syarat ringkas layanan Samsat*
• *Pajak tahunan:* KTP-el asli sesuai STNK + STNK asli
• *5 tahunan/ganti plat:* KTP-el, STNK, BPKB asli + kendaraan (cek fisik)
• *Balik nama (bekas):* KTP-el pemilik baru, STNK & BPKB asli, kuitansi jual beli + kendaraan
• *Mutasi:* KTP-el, STNK & BPKB asli, berkas mutasi (untuk mutasi masuk) + kendaraan
• *STNK hilang:* KTP-el, surat kehilangan dari polisi, BPKB asli + kendaraan
• *Lapor jual/blokir:* KTP-el pemilik lama + bukti jual beli
Bawa juga beberapa lembar fotokopi dokumen tersebut. Bila diwakilkan: surat kuasa bermeterai + KTP penerima kuasa. Kendaraan badan usaha memakai surat kuasa berkop perusahaan dan identitas perusahaan.', '["syaratnya?", "bawa apa aja ke samsat", "dokumen perpanjang stnk", "syarat balik nama motor", "perlu fotokopi ga ke samsat", "Selamat pagi, apa saja persyaratan yang harus dibawa untuk mengurus STNK di Samsat?", "syarate napa mawon", "bpkb harus dibawa?"]', 'Perpol 7/2021; FAQ Pemkot Semarang tentang STNK (semarangkota.go.id/faq); Bapenda Provinsi Jawa Tengah: bapenda.jatengprov.go.id, Instagram @bapenda_jateng, aplikasi New Sakpole; Samsat Kota Semarang I/II/III',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pkb', 'Apakah urusan Samsat bisa diwakilkan atau memakai KTP orang lain?', '👥 *Mewakilkan urusan Samsat*
Bisa, dengan *surat kuasa* bermeterai dari pemilik (nama di STNK/BPKB), KTP-el pemilik (asli atau fotokopi sesuai ketentuan loket) dan KTP-el asli penerima kuasa, ditambah syarat layanan yang bersangkutan.
*Kendaraan bekas yang belum balik nama:* pajak tahunan masih atas nama pemilik lama, jadi perlu KTP pemilik lama atau kuasanya. Solusi terbaik: *balik nama* (sejak 2025 tanpa BBNKB).
*Kendaraan perusahaan:* surat kuasa berkop dan stempel perusahaan serta identitas perusahaan.
Aplikasi New Sakpole memakai NIK pemilik; SIGNAL bisa menambahkan kendaraan milik keluarga satu KK.
Ketentuan KTP pemilik bisa berbeda per layanan, jadi tanyakan ke Samsat Kota Semarang sebelum datang. Hindari calo.', '["bisa diwakilkan?", "bayar pajak motor pake ktp orang lain", "stnk masih nama orang tua bayarnya gmn", "motor bekas ktp pemilik lama hilang", "surat kuasa samsat", "Apakah perpanjangan STNK lima tahunan bisa diurus oleh adik saya?", "saged diwakilke nggih", "pemilik lama gak bisa dihubungi"]', 'Perpol 7/2021; Bapenda Provinsi Jawa Tengah: bapenda.jatengprov.go.id, Instagram @bapenda_jateng, aplikasi New Sakpole; Samsat Kota Semarang I/II/III; SIGNAL: kendaraan anggota keluarga satu KK (samsatdigital.id)',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pkb', 'Apakah kendaraan harus dibawa ke Samsat?', '🛵 *Kapan kendaraan harus dibawa ke Samsat?*
*Harus dibawa* (cek fisik: gesek nomor rangka & mesin) untuk:
• Perpanjangan STNK 5 tahunan dan ganti plat
• Balik nama
• Mutasi keluar maupun masuk
• STNK hilang
Cukup datang dengan dokumen, kendaraan boleh ditinggal, untuk:
• Pajak tahunan/pengesahan STNK (kantor, keliling, gerai, online)
• Lapor jual/blokir
Bila kendaraan tidak bisa dibawa (rusak berat, sedang di luar kota), tanyakan ke Samsat tentang *cek fisik di tempat* atau cek fisik di Samsat/Polres terdekat lokasi kendaraan, lalu hasilnya dibawa ke Samsat Semarang.', '["harus bawa motor ga", "perpanjang 5 tahun motornya dibawa?", "cek fisik wajib?", "bawa kendaraan atau tidak", "mobil lagi di luar kota bisa cek fisik dmn", "Apakah untuk bayar pajak tahunan kendaraan perlu membawa kendaraannya?", "motore kudu digawa ora", "gesek rangka dimana"]', 'Perpol 7/2021 (pemeriksaan fisik kendaraan); Bapenda Provinsi Jawa Tengah: bapenda.jatengprov.go.id, Instagram @bapenda_jateng, aplikasi New Sakpole; Samsat Kota Semarang I/II/III',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pkb', 'Kenapa pajak kendaraan saya naik sejak 2025 (opsen PKB)?', '📊 *Opsen PKB sejak 5 Januari 2025*
UU HKPD mengganti bagi hasil pajak kendaraan dengan *opsen*: kota/kabupaten memungut tambahan *66% dari PKB* terutang, dibayar bersamaan di Samsat. Jawa Tengah sekaligus menurunkan tarif PKB kendaraan pertama menjadi *1,05%* (Perda Jateng 12/2023), sehingga tarif efektif kendaraan pertama sekitar 1,74%; menurut Bapenda Jateng rata-rata kenaikannya sekitar 13,94%.
Untuk meringankan, Pemprov memberi pengurangan per periode, misalnya *GAS Jateng 5%* sampai 31 Desember 2026.
Rincian PKB, opsen dan SWDKLLJ terlihat di New Sakpole atau struk Samsat; cek juga di sini dengan mengirim nomor polisi Anda.', '["kok pajak motor naik", "opsen pajak itu apa", "pajak mobil 2025 lebih mahal knp", "opsen pkb 66 persen", "pajak kendaraan naik gak masuk akal!!", "Mohon penjelasan mengenai opsen pajak kendaraan di Jawa Tengah", "pajek motor mundhak kenging napa", "rincian pkb dan opsen"]', 'UU 1/2022 (HKPD) dan PP 35/2023 (opsen PKB 66%); Perda Provinsi Jawa Tengah 12/2023 tentang Pajak Daerah dan Retribusi Daerah; UU 1/2022 (HKPD) (tarif 1,05%); Bapenda Jateng: rata-rata kenaikan 13,94% (Serayunews 22/2/2026); Keputusan Gubernur Jateng 100.3.3.1/43 Tahun 2026',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pkb', 'Pajak dan STNK sudah mati lebih dari 2 tahun, apakah data kendaraan bisa dihapus?', '⚠️ *STNK mati lama & penghapusan registrasi*
Menurut UU 22/2009 (LLAJ) Pasal 74 dan Perpol 7/2021, data registrasi kendaraan *dapat dihapus* bila pemilik *tidak mendaftarkan ulang paling lambat 2 tahun setelah masa berlaku STNK (5 tahunan) habis*, setelah melalui peringatan. Kendaraan yang registrasinya sudah dihapus *tidak dapat didaftarkan kembali*.
Karena itu:
• Segera lunasi tunggakan PKB (denda dihitung paling lama 24 bulan) dan urus perpanjangan di Samsat Kota Semarang sesuai alamat, membawa KTP-el, STNK, BPKB asli dan kendaraan.
• Manfaatkan program pengurangan yang sedang berlaku, bila ada.
• Kendaraan sudah dijual atau hilang? Laporkan ke Samsat agar tidak terus tercatat atas nama Anda.', '["pajak mati 3 tahun masih bisa diurus?", "stnk mati 2 tahun dihapus?", "motor lama ga bayar pajak 5 tahun", "data kendaraan dihapus", "nunggak pajak mobil lama bgt", "Mohon info apakah kendaraan yang pajaknya mati lebih dari dua tahun masih bisa diperpanjang", "pajek mati suwe", "regident dihapus"]', 'UU 22/2009 tentang LLAJ Pasal 74; Perpol 7/2021 tentang Registrasi dan Identifikasi Kendaraan Bermotor; Perda Provinsi Jawa Tengah 12/2023 tentang Pajak Daerah dan Retribusi Daerah; UU 1/2022 (HKPD); Bapenda Provinsi Jawa Tengah: bapenda.jatengprov.go.id, Instagram @bapenda_jateng, aplikasi New Sakpole; Samsat Kota Semarang I/II/III',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00');
