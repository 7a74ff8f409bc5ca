-- Knowledge base for PBB-P2 (Pajak Bumi dan Bangunan Perdesaan dan Perkotaan), Bapenda Kota Semarang.
-- Facts checked on 2026-12-01 against the regulations and the office's public channels named in each
-- entry's source. Figures that change yearly (due date, relief programmes) say where to confirm them.
-- Bapenda's public channels used throughout: bapenda.semarangkota.go.id, e-pbb.semarangkota.go.id (NOP
-- check, QRIS), e-spptpbb.semarangkota.go.id (e-SPPT), WhatsApp 0822-2122-1400, Instagram @bapenda.smg.
INSERT INTO faq_entries (intent, question, answer, examples, source, checked_on, created_at, updated_at) VALUES
('pbb', 'Bagaimana cara balik nama (mutasi) SPPT PBB setelah membeli rumah atau mendapat warisan?', '🏠 *Balik nama (mutasi) SPPT PBB*
Nama di SPPT *tidak berubah otomatis* saat sertifikat dibalik nama. Ajukan mutasi ke *Bapenda Kota Semarang*.
*Syarat umum:*
• Formulir permohonan mutasi + SPOP/LSPOP, diisi dan ditandatangani
• Fotokopi KTP-el pemohon (dan KK bila diminta)
• Bukti perolehan: sertifikat/AJB (jual beli), surat keterangan waris + akta kematian (warisan), atau akta hibah
• SPPT/NOP terakhir dan bukti PBB tahun-tahun sebelumnya lunas
• Surat kuasa bila diwakilkan
*Tempat:* loket pelayanan Bapenda Kota Semarang. Syarat terbaru dan layanan online: bapenda.semarangkota.go.id atau WhatsApp Bapenda 0822-2122-1400.
Layanan ini *gratis*. Bila SPPT tahun berjalan sudah terbit, tanyakan ke petugas mulai tahun pajak kapan nama baru berlaku.', '["gmn cara balik nama pbb rumah yg baru sy beli", "sppt masih atas nama pemilik lama gimana", "mutasi pbb warisan orang tua", "ganti nama di sppt pbb", "Selamat siang Bapak/Ibu, mohon info syarat balik nama SPPT PBB setelah jual beli rumah", "pbb e isih jeneng bapak sing wis seda, piye ngurus e", "balik nama pbb dmn", "rumah udh balik nama sertifikat tp pbb blm"]', 'UU 1/2022 (HKPD) jo. PP 35/2023; Perda Kota Semarang 10/2023 tentang Pajak Daerah dan Retribusi Daerah (berlaku 1 Januari 2024); Bapenda Kota Semarang: bapenda.semarangkota.go.id, WhatsApp 0822-2122-1400 (dicantumkan Bapenda, DDTCNews 4/11/2024), Instagram @bapenda.smg; layanan mutasi objek/subjek PBB-P2',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pbb', 'Bagaimana cara memecah atau menggabungkan NOP/SPPT PBB?', '✂️ *Pemecahan dan penggabungan objek PBB*
*Pemecahan:* satu bidang dibagi (dijual sebagian, waris dibagi, kavling), tiap bagian mendapat NOP dan SPPT sendiri.
*Penggabungan:* beberapa bidang milik yang sama sudah menjadi satu (misalnya sertifikat digabung), NOP-nya disatukan.
*Syarat umum:*
• Formulir permohonan + SPOP/LSPOP untuk tiap bagian
• Fotokopi KTP-el pemohon
• Fotokopi sertifikat/bukti kepemilikan tiap bagian (hasil pecah/gabung BPN) dan denah bidang
• SPPT induk terakhir dan bukti PBB lunas
Ajukan ke *Bapenda Kota Semarang*; petugas dapat meneliti lapangan sebelum NOP baru terbit. Layanan *gratis*. Syarat terbaru: bapenda.semarangkota.go.id atau WhatsApp 0822-2122-1400.', '["cara pecah sppt pbb", "tanah sy dibagi 2 mau pisah pbb", "gabung 2 nop jadi satu", "pemecahan nop tanah warisan", "Mohon informasi prosedur pemecahan SPPT PBB karena tanah sudah dijual sebagian", "kavling dijual sebagian pbb nya gimana", "misah pbb karo sedulur piye carane"]', 'UU 1/2022 (HKPD) jo. PP 35/2023; Perda Kota Semarang 10/2023 tentang Pajak Daerah dan Retribusi Daerah (berlaku 1 Januari 2024); Bapenda Kota Semarang: bapenda.semarangkota.go.id, WhatsApp 0822-2122-1400 (dicantumkan Bapenda, DDTCNews 4/11/2024), Instagram @bapenda.smg; layanan pemecahan/penggabungan objek PBB-P2',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pbb', 'Tagihan PBB saya tidak sesuai, bagaimana mengajukan pembetulan atau keberatan?', '📝 *Pembetulan dan keberatan SPPT PBB*
• *Data keliru* (nama, alamat, luas tanah/bangunan salah tulis): ajukan *pembetulan*.
• *Tidak setuju besarnya pajak/NJOP:* ajukan *keberatan* tertulis ke Kepala Bapenda Kota Semarang paling lambat *3 bulan sejak SPPT diterima*, dengan alasan yang jelas.
*Lampirkan:* fotokopi SPPT yang dipersoalkan, KTP-el, bukti kepemilikan (sertifikat/AJB), dan bukti pendukung (foto, denah, PBG/IMB).
Petugas dapat meneliti lapangan. Keputusan keberatan paling lama *12 bulan* sejak berkas lengkap diterima. Pengajuan tidak otomatis menunda jatuh tempo, jadi tanyakan ke petugas apakah Anda perlu membayar dulu agar tidak kena denda.
Formulir & info: loket Bapenda, bapenda.semarangkota.go.id, WhatsApp 0822-2122-1400. *Gratis*.', '["pbb sy kok naik banyak mau protes", "cara ajukan keberatan pbb", "luas bangunan di sppt salah", "njop ketinggian bisa komplain?", "tagihan pbb ga masuk akal!! tanah cuma 90 meter kok ditulis 150", "Bapak/Ibu, mohon arahan cara mengajukan keberatan atas SPPT PBB tahun ini", "pembetulan sppt nama salah", "pbb mundhak akeh, saged dikurangi mboten", "nilai pbb terlalu tinggi mau keberatan"]', 'UU 1/2022 (HKPD) jo. PP 35/2023; Perda Kota Semarang 10/2023 tentang Pajak Daerah dan Retribusi Daerah (berlaku 1 Januari 2024) (keberatan paling lama 3 bulan sejak SPPT diterima; keputusan paling lama 12 bulan); Bapenda Kota Semarang: bapenda.semarangkota.go.id, WhatsApp 0822-2122-1400 (dicantumkan Bapenda, DDTCNews 4/11/2024), Instagram @bapenda.smg; Bapenda: keluhan SPPT dicek ulang (Tribun Jateng 15/4/2024)',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pbb', 'Apakah ada pengurangan atau keringanan PBB untuk lansia, veteran, warga tidak mampu atau korban bencana?', '🤝 *Pengurangan / keringanan PBB*
Pengurangan diberikan *atas permohonan*, tidak otomatis. Kategori yang diumumkan Pemkot Semarang antara lain:
• Warga tidak mampu yang tercatat di DTKS/DTSEN
• Veteran dan pejuang kemerdekaan
• Bangunan cagar budaya dengan SK Wali Kota (hingga 50%)
• Sekolah swasta
Wajib pajak lansia/pensiunan berpenghasilan rendah dan objek yang terkena *bencana* (banjir, rob, longsor, kebakaran) juga dapat mengajukan; besarnya diputuskan Bapenda sesuai Peraturan Wali Kota.
*Bawa:* surat permohonan, fotokopi KTP-el & KK, SPPT tahun berjalan, bukti pendukung (kartu veteran, SK pensiun, keterangan DTKS/kelurahan, foto kerusakan).
Ajukan *sebelum jatuh tempo* di Bapenda Kota Semarang. Persentase & syarat terbaru: bapenda.semarangkota.go.id, WhatsApp 0822-2122-1400.', '["ada keringanan pbb buat lansia ga", "pengurangan pbb veteran", "pbb rumah kena banjir bisa dikurangi?", "sy pensiunan gk mampu bayar pbb", "warga dtks dapat potongan pbb?", "Selamat pagi, mohon info cara mengajukan pengurangan PBB untuk orang tua saya yang sudah lansia", "keringanan pbb syarate apa", "omah kebanjiran, pbb saged diringanke?"]', 'UU 1/2022 (HKPD) jo. PP 35/2023; Perda Kota Semarang 10/2023 tentang Pajak Daerah dan Retribusi Daerah (berlaku 1 Januari 2024); Peraturan Wali Kota Semarang tentang pengurangan PBB; Bapenda Kota Semarang: pengurangan cagar budaya 50% atas pengajuan (detikJateng 29/8/2025), pengurangan DTKS/DTSEN, veteran/pejuang, sekolah swasta (relaksasi pajak Pemkot, jpnn 2025); Bapenda Kota Semarang: bapenda.semarangkota.go.id, WhatsApp 0822-2122-1400 (dicantumkan Bapenda, DDTCNews 4/11/2024), Instagram @bapenda.smg',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pbb', 'SPPT PBB saya hilang atau belum diterima, bagaimana mendapatkannya?', '📄 *SPPT hilang atau belum diterima*
SPPT dibagikan lewat kecamatan, kelurahan, RW dan RT, biasanya mulai sekitar Maret–April.
*Cara mendapatkannya:*
• *e-SPPT:* unduh sendiri di *e-spptpbb.semarangkota.go.id* dengan NIK dan NOP.
• Tanyakan ke ketua RT/RW atau kelurahan bila belum dibagikan.
• Minta *salinan/cetak ulang SPPT* di loket Bapenda Kota Semarang dengan KTP-el dan NOP (atau SPPT/bukti bayar tahun lalu).
Untuk membayar, SPPT fisik tidak wajib: cukup *NOP*. Cek tagihan juga bisa di sini: kirim NOP 18 digit Anda.
Bantuan: WhatsApp Bapenda 0822-2122-1400.', '["sppt pbb ilang", "belum dapat sppt tahun ini", "cara download e sppt semarang", "cetak ulang sppt pbb", "sppt ne ketlingsut, piye", "Mohon maaf, SPPT PBB rumah saya tahun ini belum sampai, bagaimana cara mendapatkannya?", "minta salinan sppt dmn", "e-sppt pbb"]', 'Bapenda Kota Semarang: e-SPPT di e-spptpbb.semarangkota.go.id, SPPT terbit akhir Maret (Tribun Jateng 15/4/2024; beritajateng.tv 27/4/2024); unduh dengan NIK dan NOP (DDTCNews 25/11/2022); SPPT dibagikan lewat camat, lurah, RW, RT (DDTCNews 13/7/2022); Bapenda Kota Semarang: bapenda.semarangkota.go.id, WhatsApp 0822-2122-1400 (dicantumkan Bapenda, DDTCNews 4/11/2024), Instagram @bapenda.smg',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pbb', 'Bagaimana cara mengetahui NOP PBB saya?', '🔢 *Mencari NOP (Nomor Objek Pajak)*
NOP terdiri dari *18 digit*; NOP Kota Semarang selalu diawali *33.74*.
*Tempat menemukannya:*
• Lembar SPPT (bagian atas) atau e-SPPT
• Struk/bukti bayar PBB tahun sebelumnya (juga riwayat di m-banking/marketplace)
• Dokumen jual beli (AJB, bukti bayar BPHTB) yang biasanya mencantumkan NOP
*Bila tidak ada sama sekali:* datang ke loket Bapenda Kota Semarang membawa KTP-el dan bukti kepemilikan/alamat objek, atau tanyakan lewat WhatsApp Bapenda 0822-2122-1400. SPPT tetangga sebelah dapat membantu petugas menemukan blok objek Anda.
Sudah tahu NOP-nya? Kirim ke chat ini untuk cek tagihan.', '["nop pbb sy brp ya lupa", "cara cek nop pbb", "nomor objek pajak dmn lihatnya", "gk punya sppt mau tau nop", "NOP ki sing endi to", "Permisi, saya baru pindah dan tidak tahu NOP rumah saya, bagaimana caranya?", "nop hilang", "cari nop pake nik bisa?"]', 'Format NOP PBB-P2 18 digit (kode provinsi 33, Kota Semarang 74); Bapenda Kota Semarang: bapenda.semarangkota.go.id, WhatsApp 0822-2122-1400 (dicantumkan Bapenda, DDTCNews 4/11/2024), Instagram @bapenda.smg',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pbb', 'Apa itu NJOP dan bagaimana besarnya PBB dihitung?', '🏷️ *NJOP dan cara hitung PBB*
*NJOP* (Nilai Jual Objek Pajak) adalah taksiran harga tanah dan bangunan per m² yang ditetapkan Wali Kota melalui Bapenda, dari harga pasar/transaksi di sekitar, zona nilai tanah dan data bangunan. NJOP ditinjau berkala (umumnya tiap 3 tahun, bisa tiap tahun untuk wilayah yang cepat berkembang).
*Rumus ringkas:* PBB = tarif × dasar pengenaan, yaitu persentase tertentu dari (NJOP − NJOPTKP).
• Tarif PBB-P2 Kota Semarang sejak 2024: *0,3%* (Perda 10/2023; batas UU HKPD paling tinggi 0,5%)
• NJOPTKP (bagian tidak kena pajak) paling sedikit Rp10 juta per wajib pajak
PBB berubah bila luas tanah/bangunan berubah (misalnya rumah ditingkat) atau hasil pendataan ulang. Rincian NJOP ada di SPPT; bila keliru, ajukan pembetulan/keberatan.', '["njop itu apa", "cara hitung pbb", "kenapa njop rumah sy naik", "tarif pbb semarang berapa persen", "pbb kok beda sama tetangga", "Mohon penjelasan bagaimana NJOP ditentukan oleh Bapenda", "njop ditetapke sapa", "pbb dihitung dr apa"]', 'UU 1/2022 (HKPD) jo. PP 35/2023; Perda Kota Semarang 10/2023 tentang Pajak Daerah dan Retribusi Daerah (berlaku 1 Januari 2024) (tarif PBB-P2 paling tinggi 0,5%, NJOPTKP paling sedikit Rp10 juta, NJOP ditetapkan tiap 3 tahun); Bapenda Kota Semarang: tarif 0,3% sejak 2024, NJKP tidak dinaikkan, kenaikan karena pendataan ulang (Tribun Jateng 15/4/2024)',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pbb', 'Apakah PBB bisa dicicil (angsuran) atau ditunda pembayarannya?', '📆 *Mencicil atau menunda PBB*
Di bank, minimarket atau marketplace tagihan satu tahun pajak dibayar *penuh per NOP*; tidak ada cicilan otomatis.
Bila sedang kesulitan keuangan, ajukan *permohonan angsuran atau penundaan* secara tertulis ke *Kepala Bapenda Kota Semarang* sebelum jatuh tempo, dengan:
• Surat permohonan berisi alasan dan rencana pembayaran
• Fotokopi KTP-el dan SPPT
• Bukti pendukung (misalnya keterangan tidak mampu dari kelurahan)
Disetujui atau tidak, serta syaratnya (termasuk kemungkinan bunga), diputuskan Bapenda.
Tunggakan beberapa tahun dapat dilunasi per tahun pajak; sistem biasanya menagih tahun terlama lebih dulu.
Info: loket Bapenda atau WhatsApp 0822-2122-1400.', '["pbb bisa dicicil ga", "angsuran pbb", "bayar pbb setengah dulu bisa?", "gk ada uang bayar pbb full, bisa nyicil?", "Mohon info apakah tunggakan PBB 3 tahun bisa diangsur", "pbb saged dicicil nggih", "penundaan bayar pbb"]', 'UU 1/2022 (HKPD) jo. PP 35/2023; Perda Kota Semarang 10/2023 tentang Pajak Daerah dan Retribusi Daerah (berlaku 1 Januari 2024) (angsuran/penundaan pembayaran atas permohonan wajib pajak); Bapenda Kota Semarang: bapenda.semarangkota.go.id, WhatsApp 0822-2122-1400 (dicantumkan Bapenda, DDTCNews 4/11/2024), Instagram @bapenda.smg',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pbb', 'Di mana dan bagaimana cara membayar PBB Kota Semarang?', '💳 *Cara & tempat bayar PBB Kota Semarang*
Siapkan *NOP 18 digit* (tidak perlu membawa SPPT).
• *QRIS:* buka *e-pbb.semarangkota.go.id*, masukkan NOP, pilih QRIS, lalu bayar dari m-banking/dompet digital apa pun.
• *Bank Jateng:* teller, ATM, mobile banking.
• Bank, minimarket, marketplace & dompet digital lain yang bekerja sama: pilih menu PBB → *Kota Semarang*, masukkan NOP, cek nama & nominal sebelum bayar. Mitra bisa memungut biaya admin.
• *Layanan keliling/jemput bola* Bapenda bersama Bank Jateng di kecamatan dan acara tertentu.
Simpan struk sebagai bukti. Status lunas bisa dicek ulang di e-pbb.semarangkota.go.id; bila belum terverifikasi, hubungi WhatsApp Bapenda 0822-2122-1400.
Daftar mitra pembayaran resmi: bapenda.semarangkota.go.id.', '["bayar pbb dmn", "bisa bayar pbb lewat qris?", "bayar pbb semarang online", "pbb bisa di indomaret ga", "bayar pbb pake gopay atau shopee bisa", "Selamat siang, pembayaran PBB Kota Semarang bisa melalui apa saja ya?", "mbayar pbb neng ndi", "bayarnya dimana?", "bank jateng bayar pbb"]', 'Bapenda Kota Semarang: bayar QRIS lewat e-pbb.semarangkota.go.id dan cek status, WhatsApp 0822-2122-1400 (DDTCNews 4/11/2024); jemput bola di kecamatan bersama Bank Jateng, QRIS (pintasan.co 2025); mitra lain (minimarket/marketplace) per daftar resmi di bapenda.semarangkota.go.id',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pbb', 'Berapa denda kalau telat bayar PBB?', '⏰ *Denda keterlambatan PBB*
Bila dibayar lewat jatuh tempo, dikenakan sanksi administratif *1% per bulan* dari pokok PBB yang terlambat, paling lama *24 bulan* (maksimal 24%). Bagian bulan dihitung satu bulan penuh.
Contoh: pokok Rp200.000 terlambat 3 bulan → denda Rp6.000.
Denda dihitung otomatis saat membayar di kanal mana pun. Cek tagihan beserta dendanya di sini dengan mengirim NOP Anda, atau di e-pbb.semarangkota.go.id.
Sesekali Pemkot mengadakan program *bebas denda*; jadwalnya diumumkan Bapenda (Instagram @bapenda.smg, bapenda.semarangkota.go.id).', '["telat bayar pbb dendanya brp", "denda pbb per bulan", "kalau telat dendanya?", "pbb nunggak 2 thn kena denda brp", "Bapak/Ibu, PBB saya terlambat dibayar, bagaimana perhitungan dendanya?", "dendo pbb piro", "kena denda pbb ga kalau bayar september"]', 'UU 1/2022 (HKPD) jo. PP 35/2023; Perda Kota Semarang 10/2023 tentang Pajak Daerah dan Retribusi Daerah (berlaku 1 Januari 2024) (sanksi bunga 1% per bulan, paling lama 24 bulan); Bapenda Kota Semarang: bapenda.semarangkota.go.id, WhatsApp 0822-2122-1400 (dicantumkan Bapenda, DDTCNews 4/11/2024), Instagram @bapenda.smg',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pbb', 'Kapan jatuh tempo pembayaran PBB setiap tahun?', '📅 *Jatuh tempo PBB*
Tanggal jatuh tempo *tercantum di SPPT* masing-masing (paling lama 6 bulan sejak SPPT diterima).
Di Kota Semarang SPPT biasanya terbit sekitar Maret–April, dan beberapa tahun terakhir jatuh tempo *31 Agustus*. Pemkot kadang memperpanjangnya (tahun 2025 diperpanjang sampai 30 September), jadi pantau pengumuman resmi Bapenda: Instagram @bapenda.smg dan bapenda.semarangkota.go.id.
Bayar sebelum jatuh tempo agar bebas denda; wajib pajak yang tepat waktu biasanya juga ikut *undian PBB* Pemkot.
Mau cek jatuh tempo tagihan Anda? Kirim NOP 18 digit ke chat ini.', '["jatuh tempo pbb kapan", "batas bayar pbb 2026", "pbb terakhir tgl brp", "deadline pbb semarang", "kapan terakhir bayar pbb biar ga denda", "Mohon info batas akhir pembayaran PBB tahun ini", "pbb tempone kapan", "sampai kapan bayar pbb"]', 'UU 1/2022 (HKPD) jo. PP 35/2023; Perda Kota Semarang 10/2023 tentang Pajak Daerah dan Retribusi Daerah (berlaku 1 Januari 2024) (jatuh tempo paling lama 6 bulan sejak SPPT diterima); Bapenda Kota Semarang: jatuh tempo 31 Agustus 2025 diperpanjang ke 30 September 2025 (pintasan.co, detikJateng 29/8/2025); Bapenda Kota Semarang: bapenda.semarangkota.go.id, WhatsApp 0822-2122-1400 (dicantumkan Bapenda, DDTCNews 4/11/2024), Instagram @bapenda.smg',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pbb', 'Bagaimana mendaftarkan objek PBB baru (tanah belum ber-NOP atau bangunan baru)?', '🏗️ *Pendaftaran objek PBB baru*
Laporkan bila tanah belum punya NOP, atau ada bangunan baru/tambahan (rumah baru, ditingkat, ruko) agar SPPT sesuai kenyataan.
*Caranya:* isi *SPOP* (Surat Pemberitahuan Objek Pajak) dan *LSPOP* (lampiran data bangunan), lalu serahkan ke *Bapenda Kota Semarang*.
*Lampirkan:*
• Fotokopi KTP-el (dan KK)
• Fotokopi sertifikat/AJB/bukti penguasaan tanah
• PBG/IMB bila ada, foto bangunan dan denah lokasi
• SPPT tetangga terdekat sebagai acuan lokasi (bila diminta)
Petugas dapat meninjau lokasi, lalu NOP dan SPPT diterbitkan. Layanan *gratis*. Formulir & info: loket Bapenda, bapenda.semarangkota.go.id, WhatsApp 0822-2122-1400.', '["daftar pbb baru", "rumah baru dibangun blm ada pbb", "tanah belum punya nop", "cara bikin sppt baru", "spop itu apa", "Permisi, rumah saya baru selesai dibangun, apakah harus lapor ke Bapenda untuk PBB-nya?", "ngurus pbb anyar piye", "nambah lantai harus lapor pbb?"]', 'UU 1/2022 (HKPD) jo. PP 35/2023; Perda Kota Semarang 10/2023 tentang Pajak Daerah dan Retribusi Daerah (berlaku 1 Januari 2024) (pendaftaran objek dengan SPOP/LSPOP); Bapenda Kota Semarang: bapenda.semarangkota.go.id, WhatsApp 0822-2122-1400 (dicantumkan Bapenda, DDTCNews 4/11/2024), Instagram @bapenda.smg',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pbb', 'Apa beda PBB dan BPHTB saat membeli rumah atau tanah?', '🔑 *PBB vs BPHTB*
• *PBB-P2* = pajak *tahunan* atas kepemilikan/pemanfaatan tanah & bangunan, ditagih lewat SPPT.
• *BPHTB* (Bea Perolehan Hak atas Tanah dan Bangunan) = pajak *sekali* saat Anda *memperoleh* hak (jual beli, hibah, waris, lelang). Dibayar pembeli/penerima sebelum akta ditandatangani dan sertifikat dibalik nama; biasanya diurus lewat PPAT/notaris.
*Besar BPHTB:* tarif (paling tinggi 5%, diatur Perda 10/2023) × (NPOP − NPOPTKP). NPOP = harga transaksi atau NJOP, mana yang lebih tinggi.
Penjual biasanya diminta melunasi PBB berjalan dan tunggakan sebelum jual beli; setelah itu ajukan *balik nama SPPT*.
Pemkot memberi pembebasan/keringanan BPHTB untuk kategori tertentu (misalnya MBR pembeli rumah subsidi). Cek ke Bapenda Kota Semarang atau WhatsApp 0822-2122-1400.', '["beda pbb sama bphtb apa", "beli rumah bayar pajak apa aja", "bphtb itu apa", "bphtb dibayar pembeli atau penjual", "Selamat sore, saya akan membeli rumah, mohon dijelaskan perbedaan PBB dan BPHTB", "bphtb waris kena ga", "bphtb karo pbb bedane apa", "pajak jual beli tanah"]', 'UU 1/2022 (HKPD) jo. PP 35/2023; Perda Kota Semarang 10/2023 tentang Pajak Daerah dan Retribusi Daerah (berlaku 1 Januari 2024) (BPHTB tarif paling tinggi 5%); Pemkot Semarang: BPHTB gratis untuk MBR (kunjungan Mendagri/Menteri PKP ke MPP, Media Indonesia 6/11/2025), relaksasi BPHTB 2025 (jpnn); Bapenda Kota Semarang: bapenda.semarangkota.go.id, WhatsApp 0822-2122-1400 (dicantumkan Bapenda, DDTCNews 4/11/2024), Instagram @bapenda.smg',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pbb', 'Bagaimana mendapatkan bukti lunas PBB atau mengecek status pembayaran?', '✅ *Bukti lunas PBB*
• *Struk/bukti transaksi* dari bank, minimarket, marketplace atau QRIS adalah bukti bayar yang sah: simpan atau screenshot.
• *Cek status lunas:* masukkan NOP di *e-pbb.semarangkota.go.id*, atau kirim NOP ke chat ini.
• *Surat keterangan lunas / cetak ulang bukti bayar:* minta di loket Bapenda Kota Semarang dengan KTP-el dan NOP. Dokumen ini sering diperlukan untuk jual beli, balik nama dan layanan administrasi.
Sudah bayar tetapi status masih belum lunas? Kirim bukti transaksi dan NOP ke WhatsApp Bapenda 0822-2122-1400 untuk dicek.
Catatan: Pemkot Semarang dapat mensyaratkan PBB lunas beberapa tahun terakhir untuk sejumlah layanan administrasi.', '["bukti lunas pbb", "cetak struk pbb yg hilang", "surat keterangan lunas pbb", "sy udh bayar pbb tp status blm lunas", "minta bukti lunas pbb buat jual rumah", "Mohon info cara mendapatkan bukti pelunasan PBB untuk syarat pengurusan berkas", "bukti bayar pbb ilang", "cek pbb udah lunas belum"]', 'Bapenda Kota Semarang: cek status bayar di e-pbb.semarangkota.go.id, WhatsApp 0822-2122-1400 bila belum terverifikasi (DDTCNews 4/11/2024); PBB lunas sebagai syarat layanan administrasi, SE B/1331/971.11/III/2022 (DDTCNews 13/7/2022)',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pbb', 'Apakah layanan PBB di Bapenda dipungut biaya?', '💰 *Biaya layanan PBB*
Layanan administrasi PBB di Bapenda Kota Semarang (balik nama/mutasi, pemecahan/penggabungan, pembetulan, keberatan, pengurangan, pendaftaran objek baru, salinan SPPT, keterangan lunas) *tidak dipungut biaya*.
Yang dibayar hanya *pajaknya*: pokok PBB ditambah denda bila terlambat. Pembayaran lewat bank, minimarket atau marketplace bisa terkena *biaya admin* dari mitra tersebut.
Jangan memakai calo dan jangan membayar ke rekening pribadi. Bila ada yang meminta uang untuk layanan, laporkan ke Bapenda (WhatsApp 0822-2122-1400) atau kanal pengaduan Pemkot *Lapor Semar*.', '["biayanya brp?", "balik nama pbb bayar ga", "ngurus pbb ada biaya?", "mutasi sppt gratis?", "Apakah ada biaya administrasi untuk pengurusan pemecahan SPPT?", "ongkose piro", "biaya cetak ulang sppt", "bayar admin ga", "berapa biayanya", "biaya nya berapa"]', 'UU 1/2022 (HKPD) jo. PP 35/2023; Perda Kota Semarang 10/2023 tentang Pajak Daerah dan Retribusi Daerah (berlaku 1 Januari 2024); Bapenda Kota Semarang: bapenda.semarangkota.go.id, WhatsApp 0822-2122-1400 (dicantumkan Bapenda, DDTCNews 4/11/2024), Instagram @bapenda.smg; kanal pengaduan Lapor Semar Pemkot Semarang',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pbb', 'Berapa lama proses permohonan PBB (mutasi, pemecahan, keberatan)?', '⏱️ *Lama proses layanan PBB*
Tergantung jenis layanan dan perlu tidaknya pemeriksaan lapangan:
• Salinan SPPT / keterangan lunas: umumnya bisa *hari itu juga* bila data lengkap.
• Mutasi/balik nama, pembetulan, objek baru, pemecahan/penggabungan: beberapa hari kerja sampai beberapa minggu, terutama bila petugas perlu meninjau lokasi.
• Keberatan: diputuskan paling lama *12 bulan* sejak berkas lengkap diterima.
• Pengurangan: diputuskan Bapenda sesuai Peraturan Wali Kota; ajukan jauh sebelum jatuh tempo.
Simpan *tanda terima/nomor pelayanan* untuk menanyakan status ke loket Bapenda atau WhatsApp 0822-2122-1400. Standar waktu resmi tiap layanan: bapenda.semarangkota.go.id.', '["berapa lama jadinya?", "mutasi pbb brp hari", "pecah sppt lama ga", "keberatan pbb kapan diputus", "udah 2 minggu ngajuin balik nama pbb blm jadi", "Mohon info estimasi waktu penyelesaian balik nama SPPT", "suwene piro", "kapan jadi"]', 'UU 1/2022 (HKPD) jo. PP 35/2023; Perda Kota Semarang 10/2023 tentang Pajak Daerah dan Retribusi Daerah (berlaku 1 Januari 2024) (keputusan keberatan paling lama 12 bulan); Bapenda Kota Semarang: bapenda.semarangkota.go.id, WhatsApp 0822-2122-1400 (dicantumkan Bapenda, DDTCNews 4/11/2024), Instagram @bapenda.smg; waktu layanan lain adalah perkiraan, standar pelayanan resmi di situs Bapenda',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pbb', 'Apa saja syarat umum permohonan layanan PBB di Bapenda?', '📋 *Syarat umum layanan PBB*
Hampir semua permohonan PBB membutuhkan:
• Formulir permohonan (dan SPOP/LSPOP bila data objek berubah), diisi & ditandatangani
• Fotokopi KTP-el wajib pajak (dan KK bila diminta)
• SPPT atau NOP objek yang dimaksud
• Fotokopi bukti kepemilikan/penguasaan: sertifikat, AJB, akta hibah, atau surat keterangan waris
• Bukti PBB tahun-tahun sebelumnya sudah lunas
• Surat kuasa bermeterai + fotokopi KTP penerima kuasa bila diwakilkan
Layanan tertentu perlu tambahan, misalnya bukti pendukung untuk pengurangan atau keberatan. Daftar lengkap per layanan: loket Bapenda, bapenda.semarangkota.go.id, WhatsApp 0822-2122-1400.', '["syaratnya?", "bawa apa aja ke bapenda", "dokumen ngurus pbb", "syarat mutasi pbb apa aja", "persyaratan layanan pbb", "Selamat pagi, dokumen apa saja yang perlu saya siapkan untuk mengurus PBB?", "syarate napa mawon", "fotokopi apa aja"]', 'UU 1/2022 (HKPD) jo. PP 35/2023; Perda Kota Semarang 10/2023 tentang Pajak Daerah dan Retribusi Daerah (berlaku 1 Januari 2024); Bapenda Kota Semarang: bapenda.semarangkota.go.id, WhatsApp 0822-2122-1400 (dicantumkan Bapenda, DDTCNews 4/11/2024), Instagram @bapenda.smg',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pbb', 'Apakah pengurusan PBB bisa diwakilkan orang lain?', '👥 *Mewakilkan pengurusan PBB*
Bisa. *Membayar* PBB boleh siapa saja, cukup dengan NOP.
Untuk *permohonan* (balik nama, pemecahan, keberatan, pengurangan, salinan SPPT), penerima kuasa membawa:
• *Surat kuasa* bermeterai dari wajib pajak
• Fotokopi KTP-el pemberi kuasa dan KTP-el asli penerima kuasa
• Berkas persyaratan layanan yang dimohonkan
Untuk objek warisan, ahli waris yang mengurus sebaiknya membawa surat keterangan waris dan persetujuan/kuasa dari ahli waris lain.
Bila memakai notaris/PPAT (misalnya saat jual beli), mereka biasanya ikut mengurus. Hindari calo: layanan di Bapenda gratis.', '["bisa diwakilkan?", "ngurus pbb diwakilin anak bisa ga", "surat kuasa pbb", "sy di luar kota, saudara yg ngurus pbb boleh?", "Apakah balik nama SPPT bisa diurus oleh keluarga dengan surat kuasa?", "saged diwakilke nggih", "titip tetangga bayar pbb bisa"]', 'UU 1/2022 (HKPD) jo. PP 35/2023; Perda Kota Semarang 10/2023 tentang Pajak Daerah dan Retribusi Daerah (berlaku 1 Januari 2024); Bapenda Kota Semarang: bapenda.semarangkota.go.id, WhatsApp 0822-2122-1400 (dicantumkan Bapenda, DDTCNews 4/11/2024), Instagram @bapenda.smg',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pbb', 'Di mana kantor Bapenda Kota Semarang dan kapan jam layanannya, termasuk hari Sabtu?', '🏢 *Layanan PBB Bapenda Kota Semarang*
• *Kantor Bapenda Kota Semarang* di kompleks Balai Kota Semarang, Jl. Pemuda, serta layanan pajak daerah di *Mal Pelayanan Publik (MPP) Kota Semarang*. MPP direncanakan pindah lokasi, jadi cek alamat terbaru sebelum datang.
• *Loket* melayani pada hari kerja (Senin–Jumat). Pada Sabtu, Minggu dan hari libur umumnya tidak ada layanan loket, kecuali layanan akhir pekan/keliling yang diumumkan.
• Pembayaran online (QRIS e-pbb, m-banking, marketplace) bisa kapan saja.
• Bapenda rutin membuka *layanan keliling/jemput bola* di kecamatan, pusat perbelanjaan atau Car Free Day; jadwalnya di Instagram @bapenda.smg.
*Kontak:* WhatsApp 0822-2122-1400 · bapenda.semarangkota.go.id.', '["alamat bapenda semarang", "bapenda buka sabtu?", "jam buka kantor pajak pbb", "kantor pbb semarang dmn", "buka hari sabtu?", "Permisi, loket PBB Bapenda buka jam berapa dan di mana alamatnya?", "bapenda bukak jam pinten", "nomor wa bapenda"]', 'Bapenda Kota Semarang: bapenda.semarangkota.go.id, WhatsApp 0822-2122-1400 (dicantumkan Bapenda, DDTCNews 4/11/2024), Instagram @bapenda.smg; kantor Bapenda di kompleks Balai Kota Semarang (metrosemarang.com, Tribun Jateng 2018, perlu dicek ulang); MPP Kota Semarang di Mangkang, rencana pindah ke Gedung Juang 45 Jl. Pemuda (IDN Times Jateng, November 2025); layanan jemput bola (pintasan.co 2025)',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pbb', 'Kenapa permohonan PBB saya ditolak atau dikembalikan?', '❌ *Permohonan PBB ditolak/dikembalikan*
Penyebab yang paling sering:
• Berkas belum lengkap atau fotokopi tidak terbaca
• Nama/NIK di KTP tidak sama dengan dokumen kepemilikan (perlu bukti perubahan/waris)
• Masih ada *tunggakan PBB* tahun sebelumnya
• Data di lapangan berbeda dengan yang dilaporkan (luas, bangunan)
• Lewat batas waktu (keberatan lebih dari 3 bulan sejak SPPT diterima)
• Tidak memenuhi kriteria (misalnya kategori pengurangan tidak berlaku)
• Dikuasakan tanpa surat kuasa
Minta catatan kekurangan atau penjelasan tertulis dari petugas, lengkapi, lalu ajukan kembali. Tanyakan status/alasan lewat loket Bapenda atau WhatsApp 0822-2122-1400.', '["kenapa ditolak?", "permohonan pbb sy ditolak", "berkas mutasi dikembalikan", "pengurangan pbb ga disetujui knp", "keberatan pbb ditolak gmn", "Mohon penjelasan mengapa pengajuan balik nama SPPT saya dikembalikan petugas", "kok ditolak terus sih ngurus pbb", "ditolak kenging napa"]', 'UU 1/2022 (HKPD) jo. PP 35/2023; Perda Kota Semarang 10/2023 tentang Pajak Daerah dan Retribusi Daerah (berlaku 1 Januari 2024); Bapenda Kota Semarang: bapenda.semarangkota.go.id, WhatsApp 0822-2122-1400 (dicantumkan Bapenda, DDTCNews 4/11/2024), Instagram @bapenda.smg',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pbb', 'Apakah ada program pemutihan atau bebas denda PBB?', '🎁 *Program bebas denda / diskon PBB*
Pemkot Semarang *beberapa kali* mengadakan penghapusan denda tunggakan atau diskon pokok PBB untuk tahun pajak tertentu, misalnya bebas denda khusus pembayaran QRIS (1–30 November 2024) dan relaksasi PBB (September 2025). Program seperti ini berlaku *per periode* dengan syarat masing-masing.
Tidak ada jadwal tetap, jadi sebaiknya tidak menunggu: denda 1% per bulan terus berjalan.
Cek program yang sedang berlaku di:
• Instagram @bapenda.smg
• bapenda.semarangkota.go.id
• WhatsApp Bapenda 0822-2122-1400
Hati-hati dengan info pemutihan dari akun tidak resmi.', '["ada pemutihan pbb ga", "bebas denda pbb kapan", "diskon pbb 2026", "program penghapusan denda pbb", "nunggu pemutihan aja ah bayar pbb nya", "Apakah tahun ini ada program keringanan denda PBB?", "pemutihan pbb semarang", "pbb ana diskon ora"]', 'Bapenda Kota Semarang: bebas denda 2019–2024 khusus QRIS 1–30 November 2024 (DDTCNews 4/11/2024); bebas denda dan diskon 20% 2018–2022 (Media Jateng 4/9/2023); relaksasi PBB September 2025 (jpnn); Bapenda Kota Semarang: bapenda.semarangkota.go.id, WhatsApp 0822-2122-1400 (dicantumkan Bapenda, DDTCNews 4/11/2024), Instagram @bapenda.smg',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00');
