-- Knowledge base: infrastruktur (public works of Kota Semarang: reporting here, who handles what, follow-up),
-- checked 2026-12-01. In Semarang street lights (PJU), parks and street trees are Disperkim's, roads, bridges,
-- drainage and sidewalks DPU's; national and provincial roads are not the city's.

INSERT INTO faq_entries (intent, question, answer, examples, source, checked_on, created_at, updated_at) VALUES
('infrastruktur', 'Bagaimana cara melapor kerusakan fasilitas umum di sini?',
'🚧 *Cara melapor kerusakan di sini*
Ketik *lapor* (atau langsung ceritakan, mis. "jalan berlubang di Jl. ..."), lalu ikuti langkahnya:
1. Pilih jenis: jalan rusak, lampu PJU mati, saluran mampet/banjir, jembatan rusak, atau lainnya.
2. Ceritakan singkat kondisinya.
3. Kirim *lokasi* lewat 📎 › Lokasi di WhatsApp, atau tulis alamat dan patokan.
4. Kirim *foto* bila ada (boleh dilewati).
Anda langsung mendapat *nomor tiket*, contoh *INF-2026-000001*. Simpan nomor itu untuk cek perkembangan. Melapor *gratis*.',
'["cara lapor jalan rusak", "mau lapor kerusakan", "lapor lewat wa gimana", "bisa lapor disini?", "lapor fasilitas umum rusak", "aku arep lapor dalan rusak", "Selamat siang, saya ingin melaporkan kerusakan di kampung saya, caranya bagaimana?", "gmn cara ngadu fasum rusak"]',
'Savira: alur laporan infrastruktur (kategori, keterangan, lokasi WhatsApp atau alamat, foto opsional, nomor tiket INF-tahun-urut)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('infrastruktur', 'Bagaimana cek status laporan dengan nomor tiket?',
'🔎 *Cek status laporan*
Kirim *cek laporan* diikuti nomor tiket, contoh: *cek laporan INF-2026-000001*.
Status yang mungkin muncul:
• *Diterima*: menunggu verifikasi petugas
• *Diverifikasi*: menunggu jadwal perbaikan
• *Sedang dikerjakan*
• *Selesai* ✅
• *Tidak dapat ditindaklanjuti*: baca catatan petugas
Kami juga mengabari Anda bila statusnya berubah. Lupa nomor tiket? Lihat pesan konfirmasi laporan di chat ini.',
'["cek laporan", "status laporan saya", "cek tiket inf", "laporan saya sampai mana", "lupa nomor tiket laporan", "laporanku wis diproses durung", "Selamat sore, saya sudah melapor minggu lalu, bagaimana cara melihat perkembangannya?", "udh lapor kok blm ada kabar"]',
'Savira: status laporan infrastruktur (diterima, diverifikasi, dikerjakan, selesai, ditolak) dan nomor tiket INF-tahun-urut',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('infrastruktur', 'Apa yang terjadi setelah saya melapor?',
'📋 *Apa yang terjadi setelah melapor?*
1. Laporan masuk dengan status *Diterima*.
2. Petugas memeriksa lokasi, foto, dan instansi yang berwenang (mis. DPU untuk jalan dan saluran, Disperkim untuk PJU dan pohon).
3. Instansi mengecek lapangan lalu menjadwalkan perbaikan; pekerjaan besar bisa menunggu anggaran.
4. Status berubah menjadi *Sedang dikerjakan*, lalu *Selesai* ✅.
Bila laporan di luar kewenangan Pemkot (mis. jalan nasional) atau datanya kurang, statusnya menjadi *Tidak dapat ditindaklanjuti* dengan catatan alasannya.',
'["setelah lapor terus gimana", "laporan saya diapakan", "alur laporan", "lapor terus ditangani siapa", "proses laporan jalan rusak", "habis dapat nomor tiket trus", "Mohon penjelasan, setelah laporan diterima, siapa yang akan menindaklanjuti dan bagaimana prosesnya?", "sakwise lapor piye"]',
'Savira: status laporan infrastruktur; Pemkot Semarang, penanganan aduan infrastruktur oleh DPU dan Disperkim (data aduan Februari-Juni 2025)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('infrastruktur', 'Berapa lama laporan ditindaklanjuti?',
'⏱️ *Berapa lama laporan ditindaklanjuti?*
Tergantung jenis kerusakan dan instansinya:
• *Lampu PJU mati* (Disperkim): target 1×24 jam, paling lama 3×24 jam bila cuaca buruk atau armada terkendala.
• *Jalan berlubang, saluran mampet, trotoar* (DPU): setelah survei lapangan; tambalan darurat bisa lebih cepat, perbaikan besar mengikuti jadwal dan anggaran.
• *Pohon rawan tumbang* (Disperkim): diantrekan, yang membahayakan jalan besar didahulukan.
Pantau lewat *cek laporan* + nomor tiket. Bila keadaannya berbahaya saat ini juga, hubungi *112*.',
'["berapa lama diperbaiki", "berapa lama ditindaklanjuti?", "kapan jalannya dibenerin", "lama gk lampu pju dibetulin", "udh 2 minggu blm diperbaiki", "suwe ora dibenakke", "Selamat pagi, biasanya berapa hari laporan jalan rusak ditindaklanjuti oleh dinas?", "kok lama banget perbaikannya"]',
'Disperkim Kota Semarang, SOP pengaduan PJU 1x24 jam (maks. 3x24 jam), siaran pers Februari 2025; Disperkim, antrean pemangkasan pohon (Januari 2024); DPU Kota Semarang',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('infrastruktur', 'Lewat kanal apa lagi saya bisa mengadu ke Pemkot Semarang?',
'📣 *Kanal pengaduan resmi Pemkot Semarang*
Selain di chat ini, kanal pengaduan Pemkot saat ini:
• *Lapor Semar Solusi AWP*: laman laporsemar.semarangkota.go.id atau aplikasi *Lapor Semar* di Play Store; terhubung dengan *SP4N-LAPOR!* (lapor.go.id).
• *Lampu PJU mati:* aplikasi *Sipenjalu* atau WhatsApp Disperkim 0822-5000-8448 / 0822-2700-7512.
• *Darurat* (banjir membahayakan, pohon tumbang menimpa, jalan ambles): Call Center *112* Kota Semarang, gratis.',
'["lapor semar", "aplikasi pengaduan pemkot semarang", "lapor hendi masih ada?", "nomor pengaduan pemkot", "lapor lewat lapor.go.id", "web pengaduan semarang", "Mohon info kanal resmi untuk menyampaikan keluhan fasilitas umum ke Pemkot Semarang", "ngadu nang pemkot lewat endi"]',
'Diskominfo Kota Semarang, Lapor Semar Solusi AWP (laporsemar.semarangkota.go.id, aplikasi Lapor Semar, laporsemar.lapor.go.id) dan Call Center 112 (berita Oktober 2025); Disperkim Kota Semarang, Sipenjalu dan WhatsApp pengaduan PJU (Februari 2025)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('infrastruktur', 'Siapa yang memperbaiki jalan nasional, jalan provinsi, dan jalan tol di Semarang?',
'🛣️ *Jalan nasional, provinsi, dan tol*
Tidak semua jalan di Semarang milik Pemkot:
• *Jalan nasional* (mis. Jl. Raya Kaligawe, jalur Pantura Semarang–Demak): *BBPJN Jawa Tengah–DI Yogyakarta*, Kementerian Pekerjaan Umum.
• *Jalan provinsi* (mis. Jl. Brigjen Sudiarto): *DPU Bina Marga dan Cipta Karya Provinsi Jawa Tengah*.
• *Jalan tol*: badan usaha pengelola tolnya.
• Jalan kota dan lingkungan: *DPU Kota Semarang*.
Anda tetap boleh melapor di sini; bila bukan kewenangan Pemkot, catatan petugas akan menyebutkannya. Untuk instansi pusat/provinsi, laporkan juga lewat *SP4N-LAPOR!* (lapor.go.id).',
'["jalan kaligawe rusak siapa yang benerin", "jalan nasional rusak lapor kemana", "jalan provinsi rusak", "jalan tol berlubang", "pantura semarang rusak parah", "dalan gede rusak kuwi urusane sopo", "Mohon info, jalan rusak di jalur Semarang–Demak itu tanggung jawab pemkot atau pusat?", "jalan brigjen sudiarto berlubang"]',
'DPU Bina Marga dan Cipta Karya Provinsi Jawa Tengah (Kaligawe ruas jalan nasional, November 2025; Jl. Brigjen Sudiarto ruas provinsi, Desember 2025); BBPJN Jawa Tengah-DIY, Kementerian PU; UU 38/2004 tentang Jalan s.t.d.d. UU 2/2022 (kewenangan per status jalan)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('infrastruktur', 'Ada pohon tumbang atau rawan tumbang, lapor ke mana?',
'🌳 *Pohon tumbang atau rawan tumbang*
Pohon di jalan dan taman kota ditangani *Disperkim Kota Semarang* (bidang pertamanan), bersama BPBD, Damkar, dan relawan.
• *Menimpa orang/kendaraan, menutup jalan, atau mengenai kabel listrik:* hubungi *112* segera; untuk kabel listrik juga *PLN 123*. Jauhi lokasi.
• *Rawan tumbang atau perlu dipangkas:* laporkan di sini (pilih *Lainnya*) dengan foto dan lokasi, atau lewat Lapor Semar. Permintaan pangkas diantrekan; yang membahayakan didahulukan.
Saat hujan deras dan angin kencang, jangan berteduh di bawah pohon.',
'["pohon tumbang", "ada pohon tumbang nutup jalan", "pohon mau roboh depan rumah", "minta pangkas pohon", "dahan pohon kena kabel listrik", "wit ambruk ning dalan", "Selamat sore, ada pohon besar miring di depan sekolah yang membahayakan, mohon ditindaklanjuti", "siapa yang ngurus pohon tumbang"]',
'Disperkim Kota Semarang, Bidang Pertamanan dan Pemakaman (penanganan pohon tumbang bersama BPBD, Damkar, relawan; pemangkasan sesuai antrean, 2020-2025); Call Center 112 Kota Semarang; PLN contact center 123',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('infrastruktur', 'Saluran mampet dan jalan tergenang, bagaimana melaporkannya?',
'🌊 *Saluran mampet dan genangan di jalan*
Saluran/drainase kota ditangani *DPU Kota Semarang*. Laporkan di sini dengan kategori *Saluran mampet/banjir*: sebutkan lokasi, sejak kapan tergenang, kira-kira kedalamannya, dan kirim foto.
• Saluran tersumbat sampah: sebutkan juga, karena pengangkutan sampah melibatkan DLH Kota Semarang.
• Genangan saat rob atau hujan deras juga dipengaruhi rumah pompa dan pasang laut; laporan warga membantu petugas memantau titiknya.
⚠️ Bila air terus naik, masuk rumah, atau ada orang terjebak/terseret arus, itu *darurat*: hubungi *112* sekarang.',
'["selokan mampet", "got buntu air meluap", "saluran air tersumbat sampah", "jalan banjir tiap hujan", "genangan air di jalan", "gorong gorong mampet", "Mohon ditindaklanjuti, saluran di depan rumah kami tersumbat sehingga jalan selalu tergenang saat hujan", "kalen buntu banyune luber"]',
'DPU Kota Semarang (drainase); DLH Kota Semarang (sampah); Pemkot Semarang, aduan banjir lewat Lapor Semar (Oktober 2025); Call Center 112 Kota Semarang',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('infrastruktur', 'Banjir naik dan membahayakan, harus menghubungi siapa?',
'🆘 *Banjir naik dan membahayakan*
Hubungi *112* (Call Center Kota Semarang, gratis) bila air terus naik, ada orang terjebak, lansia atau anak perlu dievakuasi, atau arusnya deras.
Sambil menunggu bantuan:
• Matikan listrik dari meteran, lalu pindah ke tempat yang lebih tinggi.
• Jauhi arus dan saluran terbuka; jangan menyeberangi genangan yang deras.
• Ikuti arahan BPBD Kota Semarang dan petugas kelurahan.
Setelah aman, kerusakan saluran atau tanggul bisa dilaporkan di sini.',
'["banjir masuk rumah", "air naik terus tolong", "banjir parah butuh evakuasi", "nomor darurat banjir semarang", "banjir bandang", "banyu mlebu omah tambah dhuwur", "Tolong, air banjir di rumah kami sudah sepinggang dan ada lansia, harus menghubungi siapa?", "bpbd semarang nomornya"]',
'Pemkot Semarang, Call Center 112 (layanan darurat, sosialisasi September 2025); BPBD Kota Semarang',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('infrastruktur', 'Jembatan rusak, ke mana melapor?',
'🌉 *Jembatan rusak*
Jembatan di jalan kota ditangani *DPU Kota Semarang*; jembatan di jalan nasional/provinsi oleh instansi jalan terkait.
Laporkan di sini dengan kategori *Jembatan rusak*: jelaskan kerusakannya (retak, berlubang, pagar/railing hilang, fondasi tergerus), lalu kirim lokasi dan foto.
⚠️ Bila jembatan ambles, miring, atau hampir putus: jangan dilintasi, beri tanda bahaya bersama warga, dan hubungi *112*.',
'["jembatan rusak", "jembatan retak", "pagar jembatan hilang", "jembatan kampung mau ambruk", "lapor jembatan berlubang", "kreteg rusak", "Mohon perhatian, jembatan penghubung di kelurahan kami retak dan bergoyang saat dilewati motor", "jembatan gantung rusak siapa yang benerin"]',
'DPU Kota Semarang (jalan dan jembatan kota); UU 38/2004 tentang Jalan s.t.d.d. UU 2/2022 (kewenangan per status jalan); Call Center 112 Kota Semarang',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('infrastruktur', 'Lampu jalan (PJU) mati, bagaimana melaporkannya?',
'💡 *Lampu jalan (PJU) mati*
Lampu penerangan jalan umum ditangani *Disperkim Kota Semarang*.
• Laporkan di sini dengan kategori *Lampu PJU mati*: lokasi tepat, jumlah titik yang mati, dan foto (nomor tiang bila ada).
• Bisa juga lewat aplikasi *Sipenjalu* atau WhatsApp Disperkim 0822-5000-8448 / 0822-2700-7512.
• Target penanganan 1×24 jam, paling lama 3×24 jam bila cuaca atau armada terkendala.
Lampu swadaya (dipasang sendiri oleh warga/RT) biasanya dirawat warga, dan lampu lalu lintas ditangani Dinas Perhubungan Kota Semarang.',
'["lampu jalan mati", "pju mati", "lampu pju padam sudah seminggu", "jalan gelap lampunya mati", "lampu penerangan jalan rusak", "lampu dalan mati", "Selamat malam, lampu jalan di gang kami mati semua sejak tiga hari, mohon diperbaiki", "lampu jalan kedip kedip"]',
'Disperkim Kota Semarang, Bidang PSU: inovasi Lapor Pengaduan Lampu PJU yang Padam (Sipenjalu, WhatsApp 0822-5000-8448 / 0822-2700-7512, SOP 1x24 jam maks. 3x24 jam), siaran pers Februari 2025',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('infrastruktur', 'Trotoar rusak, siapa yang memperbaiki?',
'🚶 *Trotoar rusak*
Trotoar termasuk bagian jalan, jadi di jalan kota ditangani *DPU Kota Semarang* (di jalan nasional/provinsi oleh instansi jalannya).
Laporkan di sini (pilih *Jalan rusak* atau *Lainnya*): sebutkan lokasi, kerusakannya (ubin/paving lepas, berlubang, tutup saluran hilang), dan kirim foto.
Tutup saluran yang hilang berbahaya bagi pejalan kaki: sebutkan dengan jelas agar bisa diprioritaskan. Trotoar yang dipakai berjualan atau parkir liar adalah urusan penertiban (Satpol PP Kota Semarang).',
'["trotoar rusak", "trotoar berlubang", "paving trotoar lepas", "tutup got di trotoar hilang", "trotoar ambles", "trotoar dipakai parkir", "Mohon perbaikan trotoar di depan sekolah yang rusak dan membahayakan pejalan kaki", "trotoare bolong"]',
'UU 38/2004 tentang Jalan s.t.d.d. UU 2/2022 (trotoar bagian dari jalan); DPU Kota Semarang; Pemkot Semarang, aduan perbaikan trotoar ditangani OPD infrastruktur (Juni 2025); Satpol PP Kota Semarang (penertiban)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('infrastruktur', 'Laporan saya tidak kunjung diperbaiki, apa yang bisa saya lakukan?',
'😤 *Laporan tidak kunjung diperbaiki*
Mohon maaf atas ketidaknyamanannya. Langkah yang bisa ditempuh:
1. Cek statusnya: *cek laporan* + nomor tiket, dan baca catatan petugas.
2. Bila *Tidak dapat ditindaklanjuti*, lihat alasannya (mis. bukan kewenangan Pemkot, lokasi kurang jelas); lengkapi, lalu lapor ulang dengan foto terbaru dan sebutkan nomor tiket lama.
3. Eskalasi lewat *Lapor Semar Solusi AWP* atau *SP4N-LAPOR!* (lapor.go.id) dengan mencantumkan nomor tiket.
4. Bila ada dugaan pelayanan berlarut atau menyimpang (maladministrasi), Anda dapat mengadu ke *Ombudsman RI Perwakilan Jawa Tengah*.
Ketik *petugas* untuk dibantu petugas pada jam kerja.',
'["laporan tidak ditanggapi", "laporan ga digubris", "laporan gak diurus", "laporan tidak diproses", "lapor tapi gk ada tindak lanjut", "udah lapor berkali kali gak diperbaiki", "jalan rusak dari tahun lalu belum dibenerin", "laporan saya tidak dapat ditindaklanjuti", "mau komplain soal laporan", "lapor ping pirang-pirang ora digagas", "Saya kecewa, laporan saya sudah sebulan tanpa tindak lanjut, ke mana saya bisa mengadu?", "pemkot lambat banget ngurus laporan"]',
'Savira: status laporan dan catatan petugas; Diskominfo Kota Semarang, Lapor Semar Solusi AWP terintegrasi SP4N-LAPOR!; UU 37/2008 tentang Ombudsman RI (pengaduan maladministrasi)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('infrastruktur', 'Jalan rusak atau berlubang, data apa yang perlu saya kirim?',
'🕳️ *Jalan rusak atau berlubang*
Jalan kota ditangani *DPU Kota Semarang*. Saat melapor di sini, sertakan:
• Lokasi tepat (kirim pin lokasi) dan patokannya
• Perkiraan ukuran lubang dan sudah berapa lama
• Foto, dan apakah sudah terjadi kecelakaan
Catatan: jalan perumahan yang prasarananya (PSU) *belum diserahkan* ke Pemkot masih menjadi tanggung jawab pengembang; jalan nasional/provinsi ditangani instansinya. Lubang besar atau jalan ambles yang membahayakan saat ini: beri tanda bersama warga dan hubungi *112*.',
'["jalan berlubang", "jalan rusak parah", "aspal mengelupas", "jalan ambles", "jalan perumahan rusak", "dalan bolong-bolong", "Selamat pagi, jalan di depan pasar berlubang besar dan sudah banyak motor jatuh, mohon segera diperbaiki", "jalan rusak kapan diaspal"]',
'DPU Kota Semarang (jalan kota); Permendagri 9/2009 dan Perda Kota Semarang tentang penyerahan PSU perumahan (jalan perumahan menjadi aset Pemkot setelah diserahkan pengembang); Call Center 112 Kota Semarang',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('infrastruktur', 'Apakah melapor atau perbaikan fasilitas umum dipungut biaya?',
'💰 *Apakah melapor dipungut biaya?*
*Tidak.* Melapor di sini, lewat Lapor Semar, maupun lewat 112 *gratis*, begitu pula perbaikan fasilitas umum oleh dinas.
Bila ada yang meminta uang dengan mengatasnamakan Pemkot agar laporan dipercepat, jangan dibayar dan laporkan lewat Lapor Semar (laporsemar.semarangkota.go.id) atau SP4N-LAPOR! (lapor.go.id).',
'["biayanya brp?", "lapor bayar gk", "perbaikan jalan bayar?", "dimintai uang petugas perbaikan", "gratis kan lapor disini", "kudu mbayar ora", "Mohon konfirmasi, apakah warga perlu membayar untuk perbaikan lampu jalan?", "ada biaya gk buat lapor"]',
'Savira (layanan laporan tanpa biaya); Diskominfo Kota Semarang, Lapor Semar Solusi AWP dan Call Center 112; SP4N-LAPOR!',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('infrastruktur', 'Bagaimana cara mengirim lokasi dan foto saat melapor?',
'📍 *Cara kirim lokasi dan foto*
• *Lokasi:* tekan 📎 (atau +) › *Lokasi* › *Kirim lokasi Anda saat ini* bila Anda berada di tempat; bila tidak, geser pin ke titik kerusakan. Bisa juga tulis alamat dan patokan, mis. "Jl. Pandanaran depan Toko Oen, Semarang Tengah".
• *Foto:* tekan 📎 › Kamera/Galeri. Foto yang jelas dan memperlihatkan ukuran kerusakan sangat membantu.
Foto tidak wajib: balas *lewati* bila tidak ada.',
'["cara kirim lokasi", "share lokasi gimana", "kirim foto laporan", "harus pakai foto?", "gk ada foto bisa lapor?", "lokasine piye ngirime", "Mohon maaf, saya kurang paham cara mengirim titik lokasi lewat WhatsApp", "alamatnya ditulis aja boleh?"]',
'Savira: laporan infrastruktur menerima lokasi WhatsApp atau alamat tertulis, foto opsional (balas lewati)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('infrastruktur', 'Kapan saya bisa melapor, dan apakah data pelapor aman?',
'🕒 *Kapan bisa melapor dan apakah data saya aman?*
• Laporan lewat chat ini bisa dikirim *kapan saja*, termasuk malam, Sabtu–Minggu, dan hari libur. Verifikasi dan pengerjaan dilakukan pada jam kerja dinas, kecuali keadaan darurat.
• Nomor WhatsApp Anda disimpan agar kami bisa mengabari perkembangan laporan. Keterangan dan lokasi laporan hanya ditampilkan kepada nomor pelapor saat cek status.
• Darurat di luar jam kerja: hubungi *112*.',
'["lapor malam bisa?", "hari minggu bisa lapor?", "buka hari sabtu?", "data pelapor aman?", "nama saya kelihatan gk", "lapor tanpa identitas bisa?", "Apakah laporan saya dirahasiakan? Saya khawatir diketahui tetangga", "jam layanan lapor"]',
'Savira: laporan diterima lewat WhatsApp kapan saja; keterangan dan lokasi laporan hanya ditampilkan kepada pelapor; Call Center 112 Kota Semarang',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('infrastruktur', 'Dinas apa yang menangani jalan, lampu jalan, saluran, pohon, dan sampah di Semarang?',
'🏛️ *Siapa menangani apa?*
• *DPU Kota Semarang:* jalan kota, jembatan, saluran/drainase, trotoar
• *Disperkim Kota Semarang:* lampu PJU, taman, pohon di jalan dan taman
• *DLH Kota Semarang:* sampah, TPS, pencemaran
• *Dinas Perhubungan Kota Semarang:* lampu lalu lintas, rambu, marka
• *BPBD Kota Semarang:* bencana (banjir besar, tanah longsor); darurat lewat *112*
• Jalan nasional: BBPJN Jawa Tengah–DIY; jalan provinsi: DPU Bina Marga dan Cipta Karya Provinsi Jawa Tengah
Anda cukup melapor di sini; petugas mencatat instansi yang berwenang.',
'["dinas apa yang ngurus jalan", "lampu merah mati lapor kemana", "pju urusan dinas apa", "taman kota rusak", "longsor lapor siapa", "rambu lalu lintas roboh", "Mohon info, kerusakan fasilitas umum di Semarang ditangani dinas apa saja?", "sing ngurusi dalan dinas endi"]',
'Pemkot Semarang: DPU dan Disperkim sebagai OPD aduan infrastruktur terbanyak (Juni 2025); Disperkim (PJU, pertamanan dan pohon); DLH (sampah); Dishub; BPBD; DPU BMCK Provinsi Jawa Tengah; BBPJN Jawa Tengah-DIY',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00');
