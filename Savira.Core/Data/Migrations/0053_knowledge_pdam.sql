-- Knowledge base for Perumda Air Minum Tirta Moedal Kota Semarang (PDAM). Facts checked on 2026-12-01 against
-- the channels named in each entry's source. Fees and fines that PDAM sets itself are not quoted: entries say
-- where to confirm them (pdamkotasmg.co.id, 24-hour toll-free call centre 0800-1503-888).
INSERT INTO faq_entries (intent, question, answer, examples, source, checked_on, created_at, updated_at) VALUES
('pdam', 'Bagaimana cara pasang baru (sambungan baru) PDAM Tirta Moedal?', '🚰 *Pasang baru PDAM Tirta Moedal*
*Syarat umum:*
• Fotokopi KTP-el (dan KK)
• Bukti kepemilikan/penguasaan bangunan: sertifikat/AJB, SPPT PBB terakhir, atau surat keterangan kelurahan
• Nomor HP aktif dan denah/titik lokasi (nomor rekening air tetangga terdekat membantu)
*Cara:* daftar online di *pdamkotasmg.co.id* (layanan sambungan baru) atau di kantor pelayanan PDAM Tirta Moedal.
*Alur:* pendaftaran → survei lokasi (jaringan pipa & tekanan) → rincian biaya → pembayaran → pemasangan pipa dinas dan meter.
*Biaya* tergantung golongan dan jarak ke pipa distribusi; rinciannya diberikan setelah survei. Konfirmasi biaya terbaru di pdamkotasmg.co.id atau call center 0800-1503-888. Bayar hanya ke kanal resmi PDAM.', '["cara pasang pdam baru", "daftar pdam semarang", "biaya pasang baru pdam brp", "rumah baru mau langganan air pdam", "sambungan baru tirta moedal online", "Selamat siang, saya ingin memasang sambungan air PDAM di rumah baru, bagaimana prosedurnya?", "pasang banyu pdam piye", "syarat pasang pdam"]', 'Perumda Air Minum Tirta Moedal Kota Semarang: pdamkotasmg.co.id, call center 24 jam bebas pulsa 0800-1503-888 (diluncurkan 1/2/2020, jatengtoday; disebut lagi oleh PDAM 25/1/2025, suarabaru.id); pendaftaran sambung baru online lewat pdamkotasmg.co.id (Jatengpos 8/7/2021)',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pdam', 'Air PDAM keruh, berwarna coklat atau berbau, apa yang harus dilakukan?', '🟤 *Air keruh, coklat atau berbau*
*Penyebab umum:* perbaikan/pembilasan pipa, air baru mengalir lagi setelah mati, hujan deras yang membuat air baku keruh, atau endapan di pipa/tandon rumah.
*Yang bisa dilakukan:*
• Buka keran terdekat meter beberapa menit sampai air jernih
• Tanyakan tetangga: bila hanya rumah Anda, periksa tandon dan pipa dalam rumah
• Jangan dipakai minum/memasak sampai jernih; rebus air sebelum diminum
*Laporkan* bila berlangsung lebih dari sehari atau berbau bahan kimia/got: call center *0800-1503-888* (24 jam, bebas pulsa) dengan nomor pelanggan, alamat lengkap dan nomor HP; foto airnya membantu.', '["air pdam keruh", "air coklat keluar dari kran", "air pdam bau", "airnya kotor bgt hari ini", "banyu pdam buthek", "Selamat pagi, air PDAM di rumah saya berwarna kecoklatan sejak kemarin, apakah aman?", "air bau kaporit", "air pdam ada pasirnya"]', 'Perumda Air Minum Tirta Moedal Kota Semarang: pdamkotasmg.co.id, call center 24 jam bebas pulsa 0800-1503-888 (diluncurkan 1/2/2020, jatengtoday; disebut lagi oleh PDAM 25/1/2025, suarabaru.id); pengaduan disertai nomor pelanggan, nomor telepon dan alamat lengkap (jatengtoday 31/1/2020)',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pdam', 'Meter air saya rusak, macet atau kacanya buram, bagaimana?', '🔧 *Meter air rusak atau macet*
Tandanya: angka/jarum tidak berputar padahal air mengalir, angka tidak terbaca (kaca buram/pecah), meter bocor, atau segel rusak.
*Langkah:*
• Jangan membongkar atau memindahkan meter sendiri—meter dan segel milik PDAM, dan merusaknya bisa didenda
• Laporkan ke call center *0800-1503-888* atau kantor pelayanan PDAM Tirta Moedal dengan nomor pelanggan, alamat dan foto meter
• Petugas memeriksa dan mengganti meter bila perlu
Selama meter rusak, pemakaian biasanya ditaksir dari *rata-rata* bulan sebelumnya. Biaya penggantian tergantung penyebabnya (usia pakai atau kerusakan oleh pelanggan); tanyakan ke PDAM.', '["meteran air macet", "meter pdam ga muter", "kaca meteran buram ga kebaca", "meter air bocor", "meter pdam rusak ganti bayar ga", "Mohon bantuan, meter air di rumah saya sepertinya rusak karena angkanya tidak berubah", "meteran banyu rusak", "water meter mati"]', 'Perumda Air Minum Tirta Moedal Kota Semarang: pdamkotasmg.co.id, call center 24 jam bebas pulsa 0800-1503-888 (diluncurkan 1/2/2020, jatengtoday; disebut lagi oleh PDAM 25/1/2025, suarabaru.id); SOP penanganan pengaduan: ganti meter diselesaikan saat itu juga (jatengtoday 31/1/2020)',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pdam', 'Angka meter di rekening tidak sesuai dengan meteran di rumah, bagaimana?', '📏 *Catat meter tidak sesuai*
1. Foto angka meter (angka hitam = m³) beserta tanggalnya.
2. Bandingkan dengan *stand awal–akhir* di rekening/struk bulan ini.
3. Bila angka di rekening lebih besar dari meter sebenarnya, ajukan *koreksi/verifikasi* ke PDAM: call center *0800-1503-888* atau kantor pelayanan, sebutkan nomor pelanggan dan kirim foto meter.
Petugas akan mencatat ulang; kelebihan tagihan biasanya dikoreksi pada rekening berikutnya.
*Agar tidak terulang:* pastikan meter mudah dijangkau dan terlihat (tidak tertutup barang atau terkunci), karena meter yang tidak bisa dibaca akan ditaksir dari rata-rata pemakaian.', '["stand meter di tagihan salah", "petugas salah catat meter", "angka meter beda sama rekening", "pdam nagih kelebihan, meter sy cuma segini", "koreksi tagihan pdam", "Mohon pengecekan, angka meter yang tercatat di rekening air saya lebih besar dari meteran di rumah", "salah nyatet meteran", "meter ga pernah dicatat"]', 'Perumda Air Minum Tirta Moedal Kota Semarang: pdamkotasmg.co.id, call center 24 jam bebas pulsa 0800-1503-888 (diluncurkan 1/2/2020, jatengtoday; disebut lagi oleh PDAM 25/1/2025, suarabaru.id)',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pdam', 'Bagaimana cara balik nama pelanggan PDAM?', '🔄 *Balik nama pelanggan PDAM*
Diperlukan bila rumah dibeli, diwariskan atau dihibahkan, supaya rekening atas nama pemilik baru.
*Syarat umum:*
• Fotokopi KTP-el pemilik baru
• Bukti kepemilikan baru: sertifikat/AJB, akta waris/hibah, atau SPPT PBB atas nama baru
• Rekening/struk air terakhir (lunas, tanpa tunggakan)
• Formulir permohonan balik nama; surat kuasa bila diwakilkan
Ajukan di kantor pelayanan PDAM Tirta Moedal. Tunggakan pemilik lama harus diselesaikan dulu. Biaya administrasi (bila ada) dan syarat terbaru: pdamkotasmg.co.id atau call center 0800-1503-888.', '["balik nama pdam", "ganti nama pelanggan pdam", "rekening air masih nama pemilik lama", "beli rumah pdam nya atas nama orang lain", "syarat balik nama langganan air", "Selamat siang, bagaimana prosedur balik nama pelanggan PDAM setelah jual beli rumah?", "ganti jeneng pdam", "pdam warisan ganti nama"]', 'Perumda Air Minum Tirta Moedal Kota Semarang: pdamkotasmg.co.id, call center 24 jam bebas pulsa 0800-1503-888 (diluncurkan 1/2/2020, jatengtoday; disebut lagi oleh PDAM 25/1/2025, suarabaru.id)',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pdam', 'Tagihan air tiba-tiba naik tinggi, apa yang harus dicek?', '📈 *Tagihan air mendadak tinggi*
*Cek sendiri dulu:*
• *Bocor setelah meter:* tutup semua keran & pelampung tandon; bila meter tetap berputar, ada kebocoran di pipa rumah, toilet atau tandon
• Bandingkan angka meter dengan stand di rekening (mungkin salah catat, atau bulan lalu ditaksir rata-rata lalu dikoreksi)
• Pemakaian memang bertambah (tamu, renovasi, isi kolam), atau masuk *blok tarif* lebih tinggi (tarif per m³ naik di atas 10 dan 20 m³)
*Bila masih janggal:* ajukan *pengaduan/verifikasi tagihan* ke call center *0800-1503-888* atau kantor pelayanan PDAM dengan nomor pelanggan, foto meter dan rekening.
Cek riwayat tagihan terakhir di sini: kirim nomor pelanggan Anda.', '["tagihan pdam tiba2 mahal", "rekening air naik 3x lipat", "kok tagihan air bulan ini gede bgt", "pdam nagih ga wajar!!", "cara komplain tagihan pdam", "Mohon bantuan, tagihan PDAM saya bulan ini melonjak padahal pemakaian biasa saja", "tagihan banyu mundhak akeh", "cek kebocoran air rumah", "tagihan air naik drastis", "rekening pdam bengkak"]', 'Perumda Air Minum Tirta Moedal Kota Semarang: pdamkotasmg.co.id, call center 24 jam bebas pulsa 0800-1503-888 (diluncurkan 1/2/2020, jatengtoday; disebut lagi oleh PDAM 25/1/2025, suarabaru.id); Perwal Semarang 31/2019 tentang Tarif Air Minum pada Perumda Air Minum Tirta Moedal (berlaku Agustus 2019; cek perubahan terbaru) (tarif blok progresif)',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pdam', 'Berapa denda kalau telat bayar tagihan PDAM?', '⏰ *Telat bayar rekening air*
• Rekening dibayar paling lambat pada *batas tanggal yang tertera di rekening*. Lewat dari itu dikenai *denda/biaya keterlambatan* sesuai ketentuan PDAM Tirta Moedal; besarnya muncul pada tagihan.
• Bila menunggak beberapa bulan, sambungan dapat *disegel/diputus sementara*; untuk menyalakan lagi harus melunasi tunggakan + denda + biaya buka kembali.
Cek tagihan & status bayar di sini: kirim nomor pelanggan Anda. Besaran denda terbaru: pdamkotasmg.co.id atau call center 0800-1503-888.
PDAM sesekali membuat program keringanan tunggakan/denda; pantau pengumuman resmi PDAM.', '["telat bayar pdam denda brp", "kalau telat dendanya?", "batas bayar pdam tgl brp", "nunggak pdam 2 bulan", "pdam diputus karena telat bayar", "Mohon informasi besaran denda keterlambatan pembayaran rekening air PDAM", "telat mbayar pdam dendone piro", "jatuh tempo pdam"]', 'Perumda Air Minum Tirta Moedal Kota Semarang: pdamkotasmg.co.id, call center 24 jam bebas pulsa 0800-1503-888 (diluncurkan 1/2/2020, jatengtoday; disebut lagi oleh PDAM 25/1/2025, suarabaru.id); program bebas denda tunggakan dan potongan biaya buka kembali (Tribun Jateng 8/7/2021); besaran denda tidak dikutip karena ditetapkan PDAM dan dapat berubah',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pdam', 'Di mana saja bisa membayar tagihan PDAM Tirta Moedal?', '💳 *Tempat bayar rekening PDAM*
Siapkan *nomor pelanggan* (ada di rekening/struk).
• Loket pembayaran PDAM Tirta Moedal
• Bank mitra (teller, ATM, m-banking), antara lain Bank Jateng
• Gerai PPOB: minimarket dan Kantor Pos yang bekerja sama
• Marketplace & dompet digital: menu *PDAM/air* → pilih *PDAM Kota Semarang*, masukkan nomor pelanggan
Cek nama pelanggan & jumlah sebelum bayar; mitra bisa memungut biaya admin. Simpan struk sebagai bukti.
Daftar kanal resmi terbaru: pdamkotasmg.co.id. Mau cek jumlah tagihan? Kirim nomor pelanggan ke chat ini.', '["bayar pdam dmn", "bayar air pdam lewat gopay", "pdam semarang bisa bayar di indomaret?", "bayarnya dimana?", "bayar tagihan air online", "Selamat sore, pembayaran rekening PDAM Tirta Moedal bisa melalui apa saja?", "mbayar pdam neng ndi", "bayar pdam lewat m banking"]', 'Perumda Air Minum Tirta Moedal Kota Semarang: pdamkotasmg.co.id, call center 24 jam bebas pulsa 0800-1503-888 (diluncurkan 1/2/2020, jatengtoday; disebut lagi oleh PDAM 25/1/2025, suarabaru.id); PDAM mengimbau pembayaran lewat aplikasi PPOB (Tribun Jateng/Jatengpos 8/7/2021); mitra tertentu mengikuti daftar resmi PDAM',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pdam', 'Bagaimana menutup sementara, berhenti langganan, atau menyambung kembali PDAM?', '🔒 *Tutup sementara, berhenti, atau sambung kembali*
• *Tutup sementara* (rumah lama kosong, renovasi): ajukan permohonan di kantor pelayanan PDAM; meter disegel. Tanyakan apakah biaya tetap (administrasi/pemeliharaan) masih ditagih selama ditutup.
• *Berhenti berlangganan* (putus permanen): lunasi semua tagihan, ajukan permohonan, lalu sambungan dan meter dibongkar.
• *Sambung kembali* setelah diputus (karena tunggakan atau permintaan sendiri): lunasi tunggakan + denda, bayar *biaya buka kembali*, lalu petugas membuka segel.
*Bawa:* KTP-el pelanggan, rekening terakhir, surat kuasa bila diwakilkan. Biaya & ketentuan terbaru: pdamkotasmg.co.id atau 0800-1503-888.', '["cara tutup sementara pdam", "mau berhenti langganan pdam", "pdam diputus mau nyambung lagi", "buka segel pdam", "rumah kosong lama pdam ditutup dulu bisa?", "Mohon info prosedur penyambungan kembali air PDAM yang sudah diputus", "pdam disegel", "pasang kembali pdam biaya"]', 'Perumda Air Minum Tirta Moedal Kota Semarang: pdamkotasmg.co.id, call center 24 jam bebas pulsa 0800-1503-888 (diluncurkan 1/2/2020, jatengtoday; disebut lagi oleh PDAM 25/1/2025, suarabaru.id); biaya buka kembali bagi pelanggan pasif (Tribun Jateng 8/7/2021)',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pdam', 'Ada pipa bocor, siapa yang memperbaiki: PDAM atau saya?', '💦 *Bocor sebelum atau sesudah meter?*
• *Sebelum meter* (pipa di jalan, pipa dinas dari jaringan ke meter, atau meternya): tanggung jawab *PDAM*. Laporkan ke call center *0800-1503-888* (24 jam, bebas pulsa) dengan alamat/patokan dan foto.
• *Sesudah meter* (pipa di dalam rumah, keran, toilet, tandon): tanggung jawab *pelanggan*; panggil tukang ledeng sendiri. Air yang bocor tetap tercatat di meter dan ditagih.
*Cara cek bocor dalam rumah:* tutup semua keran, lalu amati meter 15–30 menit; bila angka/jarum tetap bergerak, ada kebocoran setelah meter.
Pipa PDAM pecah di jalan boleh dilaporkan warga siapa pun, tidak harus pelanggan.', '["pipa pdam bocor di depan rumah", "bocor sebelum meteran siapa yg benerin", "pipa pecah di jalan", "ada kebocoran air di gang", "bocor setelah meter bayar sendiri?", "Selamat malam, ada pipa PDAM bocor besar di jalan depan rumah saya, harus lapor ke mana?", "pipa bocor muncrat", "pipane bocor sing ndandani sapa"]', 'Perumda Air Minum Tirta Moedal Kota Semarang: pdamkotasmg.co.id, call center 24 jam bebas pulsa 0800-1503-888 (diluncurkan 1/2/2020, jatengtoday; disebut lagi oleh PDAM 25/1/2025, suarabaru.id); SOP perbaikan kebocoran pipa (jatengtoday 31/1/2020)',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pdam', 'Di mana melihat nomor pelanggan PDAM saya?', '🔢 *Nomor pelanggan PDAM*
Nomor pelanggan (ID pelanggan/nomor sambungan) tercetak di:
• Rekening atau struk pembayaran air, kertas maupun digital
• Riwayat transaksi di m-banking, minimarket atau marketplace tempat Anda biasa membayar
• Berkas pendaftaran saat pasang baru
Jangan tertukar dengan *nomor seri meter* yang tertulis di badan meter air.
Bila semuanya hilang, tanyakan ke call center *0800-1503-888* atau kantor pelayanan PDAM dengan menyebut nama pelanggan dan alamat lengkap.
Sudah ketemu? Kirim nomor pelanggan ke chat ini untuk melihat tagihan terakhir.', '["nomor pelanggan pdam dmn", "lupa no pelanggan pdam", "id pelanggan pdam semarang", "cara tau nomor pdam", "nomor sambungan pdam", "Permisi, saya baru menempati rumah ini, bagaimana cara mengetahui nomor pelanggan PDAM-nya?", "nomer pelanggan pdam kuwi endi", "no pdam ilang"]', 'Perumda Air Minum Tirta Moedal Kota Semarang: pdamkotasmg.co.id, call center 24 jam bebas pulsa 0800-1503-888 (diluncurkan 1/2/2020, jatengtoday; disebut lagi oleh PDAM 25/1/2025, suarabaru.id)',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pdam', 'Bagaimana cara menghubungi atau mengadu ke PDAM Tirta Moedal?', '☎️ *Kanal pengaduan PDAM Tirta Moedal*
• *Call center 24 jam bebas pulsa:* *0800-1503-888*
• Situs resmi: *pdamkotasmg.co.id*
• Kantor pelayanan PDAM Tirta Moedal (hari & jam kerja)
• Akun media sosial dan WhatsApp resmi PDAM (cek alamatnya di situs resmi agar tidak tertipu akun palsu)
• Bila tidak ditanggapi: kanal pengaduan Pemkot *Lapor Semar*
*Agar cepat ditangani, sebutkan:* nomor pelanggan, nama, alamat lengkap/patokan, nomor HP, dan uraian masalah (plus foto). Catat nomor laporan Anda.
Untuk air mati, Anda juga bisa menulis di sini: *air mati* + nama kelurahan.', '["nomor call center pdam semarang", "cara komplain pdam", "wa pdam tirta moedal", "pengaduan pdam", "pdam ga respon2 laporan sy!!", "Mohon info nomor pengaduan resmi PDAM Tirta Moedal", "nomer pdam pinten", "lapor pdam kemana"]', 'Perumda Air Minum Tirta Moedal Kota Semarang: pdamkotasmg.co.id, call center 24 jam bebas pulsa 0800-1503-888 (diluncurkan 1/2/2020, jatengtoday; disebut lagi oleh PDAM 25/1/2025, suarabaru.id); kanal pengaduan telepon, WhatsApp, Facebook, Instagram, Twitter (pdamkotasmg.co.id, Januari 2020); Unit Reaksi Cepat PDAM (19/1/2026); Lapor Semar Pemkot Semarang (aduan PDAM direkap Wali Kota, inibaru.id 8/1/2026)',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pdam', 'Di mana melihat info air mati atau jadwal pemeliharaan PDAM?', '🚧 *Info gangguan & pemeliharaan terjadwal*
PDAM Tirta Moedal mengumumkan pekerjaan terencana (perbaikan/penggantian pipa, interkoneksi, pemeliharaan instalasi) beserta wilayah terdampak dan perkiraan waktunya lewat *pdamkotasmg.co.id*, media sosial resmi PDAM dan media lokal, biasanya sebelum pekerjaan dimulai.
*Saat ada pengumuman:* tampung air secukupnya sebelum pekerjaan. Untuk kebutuhan mendesak, tanyakan *bantuan tangki air* ke call center *0800-1503-888*.
*Cek di sini:* ketik *air mati* + nama kelurahan/kecamatan (contoh: air mati Tlogosari Kulon) untuk melihat gangguan yang tercatat, atau melaporkannya bila belum ada.
Setelah air kembali mengalir, air bisa keruh sebentar: alirkan dulu sampai jernih.', '["air mati hari ini kenapa", "jadwal pemeliharaan pdam", "info gangguan pdam semarang", "kapan air nyala lagi", "air ga ngalir dari pagi!!", "Selamat pagi, apakah ada pemeliharaan pipa PDAM di wilayah Banyumanik hari ini?", "banyu mati ket wingi", "minta tangki air pdam"]', 'Perumda Air Minum Tirta Moedal Kota Semarang: pdamkotasmg.co.id, call center 24 jam bebas pulsa 0800-1503-888 (diluncurkan 1/2/2020, jatengtoday; disebut lagi oleh PDAM 25/1/2025, suarabaru.id); contoh pengumuman interkoneksi IPA Jatibarang dengan daftar wilayah terdampak dan bantuan tangki gratis (suarabaru.id 25/1/2025)',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pdam', 'Apa saja golongan tarif PDAM dan di mana melihat tarif terbaru?', '🏷️ *Golongan tarif PDAM Tirta Moedal*
Tarif ditetapkan dengan *Peraturan Wali Kota* (yang terakhir kami ketahui: Perwal Semarang 31/2019, berlaku sejak Agustus 2019) dan dikelompokkan menurut jenis pelanggan, antara lain:
• Sosial (tempat ibadah, panti, hidran umum)
• Rumah tangga (beberapa kelompok)
• Instansi pemerintah
• Niaga dan industri
• Khusus
Dalam tiap golongan, tarif per m³ *bertingkat* menurut blok pemakaian (misalnya 0–10 m³, 11–20 m³, di atas 20 m³), ditambah biaya tetap administrasi/pemeliharaan menurut ukuran meter.
Golongan Anda tercetak di rekening. Tabel tarif terbaru: *pdamkotasmg.co.id* atau call center 0800-1503-888. Bila golongan dirasa tidak sesuai peruntukan bangunan, ajukan peninjauan golongan.', '["tarif pdam semarang per kubik", "golongan tarif pdam", "harga air pdam brp", "tarif air rumah tangga", "kenapa golongan pdam sy niaga", "Mohon info tarif air PDAM Tirta Moedal yang berlaku saat ini", "regane banyu pdam sak kubik", "tarif pdam naik?"]', 'Perwal Semarang 31/2019 tentang Tarif Air Minum pada Perumda Air Minum Tirta Moedal (berlaku Agustus 2019; cek perubahan terbaru); biaya pemeliharaan menurut ukuran meter (Semarangpos/Solopos 2019); Perumda Air Minum Tirta Moedal Kota Semarang: pdamkotasmg.co.id, call center 24 jam bebas pulsa 0800-1503-888 (diluncurkan 1/2/2020, jatengtoday; disebut lagi oleh PDAM 25/1/2025, suarabaru.id)',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pdam', 'Berapa biaya layanan PDAM (pasang baru, balik nama, buka kembali, ganti meter)?', '💰 *Biaya layanan PDAM*
Besarnya ditetapkan PDAM Tirta Moedal dan bisa berubah, jadi selalu minta *rincian resmi* sebelum membayar:
• *Pasang baru:* dihitung setelah survei (golongan, diameter pipa, jarak ke jaringan, galian/perbaikan jalan)
• *Balik nama, tutup sementara, buka kembali, pindah meter:* biaya administrasi/pekerjaan sesuai ketentuan
• *Ganti meter:* tergantung penyebab (usia meter atau kerusakan karena pelanggan)
• *Perbaikan bocor sebelum meter:* tanggungan PDAM
Konfirmasi angka terbaru di pdamkotasmg.co.id atau call center *0800-1503-888*. Bayar hanya di loket/kanal resmi dan minta kuitansi; jangan membayar petugas secara pribadi.', '["biayanya brp?", "biaya pasang pdam", "biaya balik nama pdam", "buka segel bayar brp", "ganti meter bayar ga", "Mohon rincian biaya penyambungan kembali air PDAM", "ongkose piro", "biaya pindah meteran", "berapa biayanya", "biaya nya berapa"]', 'Perumda Air Minum Tirta Moedal Kota Semarang: pdamkotasmg.co.id, call center 24 jam bebas pulsa 0800-1503-888 (diluncurkan 1/2/2020, jatengtoday; disebut lagi oleh PDAM 25/1/2025, suarabaru.id); besaran biaya tidak dikutip karena ditetapkan PDAM dan dapat berubah',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pdam', 'Berapa lama proses layanan dan penanganan pengaduan PDAM?', '⏱️ *Lama proses PDAM*
Perkiraan, tergantung kondisi lapangan:
• *Perbaikan bocor:* pipa kecil sekitar 1 hari, pipa besar paling lama sekitar 2 hari (SOP yang pernah disampaikan PDAM)
• *Ganti meter/pekerjaan ringan:* diupayakan selesai saat kunjungan petugas
• *Pasang baru:* dijadwalkan setelah survei dan pembayaran; lamanya tergantung ketersediaan jaringan
• *Balik nama, buka kembali:* beberapa hari kerja setelah syarat lengkap & tunggakan lunas
PDAM juga membentuk *Unit Reaksi Cepat* untuk menindaklanjuti keluhan. Simpan nomor laporan dan tanyakan perkembangannya ke 0800-1503-888.', '["berapa lama jadinya?", "pasang baru pdam brp lama", "laporan bocor kapan diperbaiki", "udah lapor 3 hari blm ditangani!!", "buka kembali pdam berapa hari", "Mohon info berapa lama proses pemasangan sambungan baru PDAM", "suwene piro", "kapan petugas datang"]', 'Perumda Air Minum Tirta Moedal Kota Semarang: pdamkotasmg.co.id, call center 24 jam bebas pulsa 0800-1503-888 (diluncurkan 1/2/2020, jatengtoday; disebut lagi oleh PDAM 25/1/2025, suarabaru.id); SOP penanganan aduan: pipa besar maks. 2 hari, pipa kecil 1 hari, ganti meter seketika (jatengtoday 31/1/2020); Unit Reaksi Cepat (kontensemarang.com, lingkar.co 19/1/2026)',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pdam', 'Apa saja syarat dan dokumen untuk layanan PDAM?', '📋 *Syarat ringkas layanan PDAM*
• *Pasang baru:* KTP-el, bukti kepemilikan/penguasaan bangunan (sertifikat/AJB/SPPT PBB/keterangan kelurahan), nomor HP, denah lokasi
• *Balik nama:* KTP-el pemilik baru, bukti kepemilikan baru, rekening terakhir lunas
• *Tutup sementara/berhenti/buka kembali:* KTP-el pelanggan, rekening terakhir, pelunasan tunggakan
• *Pengaduan (meter, tagihan, kualitas air):* nomor pelanggan, alamat, nomor HP, foto pendukung
• *Diwakilkan:* surat kuasa + KTP penerima kuasa
Formulir tersedia di kantor pelayanan PDAM atau lewat pdamkotasmg.co.id. Syarat bisa bertambah sesuai kasus; cek ke 0800-1503-888.', '["syaratnya?", "dokumen pasang pdam", "bawa apa aja ke kantor pdam", "syarat balik nama pdam apa", "persyaratan sambungan baru", "Selamat siang, apa saja persyaratan untuk mengurus layanan di PDAM Tirta Moedal?", "syarate napa mawon", "perlu ktp asli ga"]', 'Perumda Air Minum Tirta Moedal Kota Semarang: pdamkotasmg.co.id, call center 24 jam bebas pulsa 0800-1503-888 (diluncurkan 1/2/2020, jatengtoday; disebut lagi oleh PDAM 25/1/2025, suarabaru.id)',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pdam', 'Apakah urusan PDAM bisa diwakilkan?', '👥 *Mewakilkan urusan PDAM*
• *Bayar tagihan dan melapor gangguan/bocor:* siapa saja boleh, cukup nomor pelanggan dan alamat.
• *Permohonan* (pasang baru, balik nama, tutup/berhenti, buka kembali, keberatan tagihan): penerima kuasa membawa *surat kuasa* bermeterai dari pelanggan/pemilik, fotokopi KTP-el pemberi kuasa, KTP-el asli penerima kuasa, dan berkas syarat layanan.
• *Penyewa/pengontrak:* boleh melapor gangguan; perubahan data atau balik nama tetap perlu persetujuan pemilik.
Hindari jasa perantara tidak resmi; ajukan langsung di kantor PDAM atau kanal resmi.', '["bisa diwakilkan?", "balik nama pdam diwakilin anak", "sy ngontrak boleh lapor pdam?", "surat kuasa pdam", "yang daftar pasang baru harus pemilik?", "Apakah pengajuan penutupan sementara PDAM bisa diurus keluarga dengan surat kuasa?", "saged diwakilke nggih", "titip bayar pdam"]', 'Perumda Air Minum Tirta Moedal Kota Semarang: pdamkotasmg.co.id, call center 24 jam bebas pulsa 0800-1503-888 (diluncurkan 1/2/2020, jatengtoday; disebut lagi oleh PDAM 25/1/2025, suarabaru.id)',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pdam', 'Aliran air PDAM kecil atau tekanannya lemah, apa yang bisa dilakukan?', '💧 *Air kecil / tekanan lemah*
*Cek dulu:*
• Tetangga juga kecil? Kemungkinan ada gangguan atau pengaliran bergilir di wilayah Anda—cek di sini dengan *air mati* + nama kelurahan
• Hanya rumah Anda? Periksa saringan keran, stop kran dekat meter (terbuka penuh?), dan pipa dalam rumah yang tersumbat/bocor
• Daerah tinggi sering bertekanan rendah pada jam sibuk pagi/sore; isi tandon saat aliran lancar
*Jangan* memasang pompa langsung ke pipa PDAM tanpa izin: umumnya dilarang, bisa didenda, dan mengurangi air tetangga.
Laporkan tekanan rendah yang terus-menerus ke call center *0800-1503-888* dengan nomor pelanggan dan alamat.', '["air pdam kecil bgt", "tekanan air lemah", "air cuma netes", "air ngalir cuma malam", "boleh pasang pompa langsung ke pipa pdam?", "Mohon bantuan, aliran air PDAM di rumah saya sangat kecil sejak seminggu ini", "banyune cilik", "air pdam ngocor sithik"]', 'Perumda Air Minum Tirta Moedal Kota Semarang: pdamkotasmg.co.id, call center 24 jam bebas pulsa 0800-1503-888 (diluncurkan 1/2/2020, jatengtoday; disebut lagi oleh PDAM 25/1/2025, suarabaru.id); pengaliran bergilir saat debit air baku turun (jatengtoday)',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('pdam', 'Bagaimana cara memindahkan (menggeser) letak meter air?', '↔️ *Pindah/geser meter air*
Letak meter hanya boleh dipindah oleh *petugas PDAM*, misalnya karena renovasi, pelebaran teras, atau meter tertutup bangunan.
*Cara:* ajukan permohonan di kantor pelayanan PDAM Tirta Moedal (atau tanyakan lewat 0800-1503-888) dengan KTP-el pelanggan, rekening terakhir, dan gambaran lokasi baru. Petugas akan survei lalu memberi rincian biaya pekerjaan.
*Penting:* meter harus tetap di tempat yang *mudah dibaca dan dijangkau petugas* (sebaiknya di depan/luar pagar). Memindah, membalik atau melepas meter sendiri termasuk pelanggaran dan bisa didenda.', '["mindah meteran air", "geser meter pdam karena renovasi", "meter pdam ketutup bangunan", "boleh pindah meter sendiri ga", "biaya pindah letak meter pdam", "Mohon info prosedur pemindahan meter air karena rumah akan direnovasi", "ngalih meteran banyu", "meteran di dalam rumah mau dipindah ke depan"]', 'Perumda Air Minum Tirta Moedal Kota Semarang: pdamkotasmg.co.id, call center 24 jam bebas pulsa 0800-1503-888 (diluncurkan 1/2/2020, jatengtoday; disebut lagi oleh PDAM 25/1/2025, suarabaru.id)',
 '2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00');
