-- Knowledge base: out_of_scope (short referrals for questions the city assistant does not serve: who serves
-- them and through which official channel), checked 2026-12-01.

INSERT INTO faq_entries (intent, question, answer, examples, source, checked_on, created_at, updated_at) VALUES
('out_of_scope', 'Di mana mengurus atau memperpanjang SIM?',
'🚗 *SIM (Surat Izin Mengemudi)*
SIM diurus di kepolisian, bukan di Pemkot: *Satpas SIM Polrestabes Semarang*, layanan *SIM Keliling*, atau perpanjangan SIM A/C online lewat aplikasi *Digital Korlantas Polri* (layanan SINAR). Jadwal SIM Keliling diumumkan Satlantas Polrestabes Semarang.',
'["perpanjang sim", "bikin sim baru", "sim keliling hari ini dimana", "sim saya mati", "perpanjang sim online", "sim ilang", "Selamat pagi, mohon info cara perpanjang SIM C di Semarang", "satpas sim semarang"]',
'Korlantas Polri, aplikasi Digital Korlantas (SINAR, perpanjangan SIM A/C, sejak April 2021); Satlantas Polrestabes Semarang (Satpas, SIM Keliling)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('out_of_scope', 'Di mana membuat paspor di Semarang?',
'🛂 *Paspor*
Paspor dilayani *Kantor Imigrasi Kelas I TPI Semarang* (Jl. Siliwangi No. 514), bukan Pemkot. Ambil antrean dan bayar lewat aplikasi *M-Paspor*; syarat umumnya KTP-el, KK, dan akta lahir/ijazah/buku nikah.',
'["bikin paspor", "perpanjang paspor", "paspor hilang", "antrian paspor penuh", "imigrasi semarang dimana", "syarat paspor umroh", "Mohon info cara membuat paspor baru di Semarang", "m paspor"]',
'Kantor Imigrasi Kelas I TPI Semarang, kanimsemarang (syarat KTP-el, KK, akta/ijazah/buku nikah; antrean online); alamat Jl. Siliwangi No. 514; Ditjen Imigrasi, aplikasi M-Paspor',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('out_of_scope', 'Di mana membuat SKCK?',
'👮 *SKCK*
SKCK diterbitkan kepolisian: *Polsek* setempat atau *Polrestabes Semarang*, sesuai keperluannya. Isi data lebih dulu lewat layanan SKCK online Polri, lalu datang membawa KTP-el, KK, akta lahir/ijazah, dan pas foto.',
'["bikin skck", "perpanjang skck", "skck online", "skck buat lamaran kerja", "syarat skck", "ngurus skck nang polsek", "Selamat siang, mohon info pembuatan SKCK untuk melamar kerja", "skck polrestabes semarang"]',
'Polri, layanan SKCK (Polsek/Polres sesuai keperluan; pendaftaran online SKCK Polri); Polrestabes Semarang',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('out_of_scope', 'Bagaimana pendaftaran sekolah (SPMB/PPDB) di Semarang?',
'🏫 *SPMB (dulu PPDB)*
Sejak 2025 PPDB berganti menjadi *SPMB*. SD dan SMP negeri di Kota Semarang: *Dinas Pendidikan Kota Semarang*. SMA/SMK/SLB negeri: *Dinas Pendidikan dan Kebudayaan Provinsi Jawa Tengah*. Jadwal, jalur, dan laman pendaftaran diumumkan menjelang tahun ajaran baru.',
'["ppdb semarang", "spmb sd negeri", "daftar smp negeri", "ppdb sma jateng", "zonasi sekolah", "jalur domisili smp", "Mohon info jadwal pendaftaran SMP negeri di Kota Semarang tahun ini", "daftar sekolah anak"]',
'Permendikdasmen 3/2025 tentang Sistem Penerimaan Murid Baru (SPMB); Dinas Pendidikan Kota Semarang (SD/SMP); Dinas Pendidikan dan Kebudayaan Provinsi Jawa Tengah (SMA/SMK/SLB)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('out_of_scope', 'Bagaimana cek atau mendaftar bansos (PKH, BPNT)?',
'🤝 *Bansos (PKH, BPNT/sembako, PBI)*
Cek penerima di *cekbansos.kemensos.go.id* atau aplikasi *Cek Bansos* (bisa usul dan sanggah). Pendataan dan usulan lewat RT/RW, kelurahan, dan *Dinas Sosial Kota Semarang*; data penerima kini memakai *DTSEN* (pengganti DTKS).',
'["cek bansos", "daftar pkh", "bpnt kapan cair", "kok saya tidak dapat bansos", "cara daftar dtks", "bansos sembako", "Mohon info cara mendaftar sebagai penerima bantuan sosial di Semarang", "bansos ra tau entuk"]',
'Kementerian Sosial, cekbansos.kemensos.go.id dan aplikasi Cek Bansos (usul/sanggah); Inpres 4/2025 (Data Tunggal Sosial dan Ekonomi Nasional, DTSEN); Dinas Sosial Kota Semarang',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('out_of_scope', 'Sampah tidak diangkut, lapor ke mana?',
'🗑️ *Sampah dan kebersihan*
Pengelolaan sampah kota ditangani *DLH Kota Semarang* (TPS dan pengangkutan ke TPA Jatibarang); pengambilan sampah rumah tangga umumnya diatur RT/RW atau kelurahan. Sampah menumpuk atau tidak diangkut: laporkan lewat *Lapor Semar* (laporsemar.semarangkota.go.id).',
'["sampah tidak diangkut", "tps penuh", "jadwal ambil sampah", "buang sampah dimana", "sampah numpuk di pinggir jalan", "iuran sampah", "Selamat pagi, sampah di lingkungan kami sudah seminggu tidak diangkut, lapor ke mana?", "uwuh ora dijupuk"]',
'Dinas Lingkungan Hidup (DLH) Kota Semarang (pengelolaan sampah, TPA Jatibarang); Diskominfo Kota Semarang, Lapor Semar Solusi AWP',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('out_of_scope', 'Bagaimana mengurus BPJS Kesehatan?',
'🏥 *BPJS Kesehatan (JKN)*
Pendaftaran, pindah faskes, tunggakan, dan status kepesertaan: aplikasi *Mobile JKN*, WhatsApp *PANDAWA 0811-8165-165*, *Care Center 165*, atau kantor BPJS Kesehatan Cabang Semarang.',
'["bpjs kesehatan", "daftar bpjs", "bpjs tidak aktif", "pindah faskes bpjs", "tunggakan bpjs", "cek bpjs aktif", "Mohon info cara mengaktifkan kembali kartu BPJS Kesehatan yang nonaktif", "kartu kis ilang"]',
'BPJS Kesehatan: aplikasi Mobile JKN, PANDAWA (WhatsApp 08118165165), Care Center 165',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('out_of_scope', 'Bagaimana klaim JHT atau mengurus BPJS Ketenagakerjaan?',
'👷 *BPJS Ketenagakerjaan*
Klaim JHT, kepesertaan, dan saldo: aplikasi *JMO (Jamsostek Mobile)*, call center *175*, atau kantor cabang BPJS Ketenagakerjaan di Semarang.',
'["klaim jht", "bpjs ketenagakerjaan", "cek saldo jht", "jmo error", "cairkan bpjs tk", "daftar bpjs tk bukan penerima upah", "Selamat siang, saya baru resign, bagaimana cara klaim JHT BPJS Ketenagakerjaan?", "bpjstk"]',
'BPJS Ketenagakerjaan: aplikasi JMO (Jamsostek Mobile), call center 175',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('out_of_scope', 'Bagaimana mendaftar nikah atau mengurus buku nikah?',
'💍 *Pernikahan dan buku nikah*
Muslim: daftar nikah di *KUA kecamatan* (Kementerian Agama), bisa daftar online lewat *SIMKAH* Kemenag. Non-Muslim: setelah pemberkatan, *akta perkawinan* dicatat di Disdukcapil Kota Semarang, yang bisa Anda tanyakan di layanan kependudukan.',
'["daftar nikah kua", "syarat nikah", "buku nikah hilang", "akta nikah", "biaya nikah di kua", "legalisir buku nikah", "Mohon info persyaratan mendaftar nikah di KUA Semarang", "rabi nang kua syarate apa"]',
'Kementerian Agama, KUA Kecamatan dan pendaftaran nikah online SIMKAH; UU 23/2006 s.t.d.d. UU 24/2013 (pencatatan perkawinan non-Muslim di Disdukcapil)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('out_of_scope', 'Di mana mengurus sertifikat tanah?',
'📜 *Sertifikat tanah*
Sertifikat, balik nama, pemecahan, dan cek data tanah diurus di *Kantor Pertanahan (BPN) Kota Semarang*, Kementerian ATR/BPN; cek berkas lewat aplikasi *Sentuh Tanahku*. Pajak tanah (PBB, BPHTB) tetap di Bapenda Kota Semarang.',
'["sertifikat tanah", "balik nama sertifikat", "bpn semarang", "pecah sertifikat", "sertifikat tanah hilang", "cek sertifikat tanah", "Mohon info cara mengurus balik nama sertifikat tanah warisan", "ngurus sertifikat lemah"]',
'Kementerian ATR/BPN, Kantor Pertanahan Kota Semarang; aplikasi Sentuh Tanahku; Bapenda Kota Semarang (PBB, BPHTB)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('out_of_scope', 'Di mana mencari lowongan kerja atau membuat kartu kuning?',
'💼 *Lowongan kerja dan kartu kuning (AK/I)*
Info lowongan, bursa kerja, dan kartu pencari kerja (AK/I): *Dinas Tenaga Kerja (Disnaker) Kota Semarang*, serta portal *SIAPkerja* Kemnaker. Waspadai lowongan yang meminta uang.',
'["lowongan kerja semarang", "loker", "kartu kuning", "bikin ak1", "job fair semarang", "info kerja", "Selamat siang, apakah ada info lowongan pekerjaan di Pemkot Semarang?", "golek gawean"]',
'Disnaker Kota Semarang (kartu AK/I, bursa kerja); Kementerian Ketenagakerjaan, portal SIAPkerja',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('out_of_scope', 'Bagaimana membuat NIB atau izin usaha?',
'🏪 *Izin usaha / NIB*
NIB dan perizinan berusaha diurus online di *OSS* (oss.go.id), gratis. Bantuan pengisian tersedia di *DPMPTSP Kota Semarang*.',
'["bikin nib", "izin usaha", "daftar oss", "nib umkm", "siup", "izin usaha warung", "Mohon info cara membuat NIB untuk usaha makanan rumahan", "nib gratis?"]',
'PP 28/2025 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko (pengganti PP 5/2021); sistem OSS (oss.go.id), Kementerian Investasi dan Hilirisasi/BKPM; DPMPTSP Kota Semarang',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('out_of_scope', 'Listrik padam atau urusan PLN, hubungi siapa?',
'⚡ *Listrik PLN*
Listrik padam, tagihan, token, atau pasang baru: aplikasi *PLN Mobile* atau Contact Center *123* (dari HP tambahkan kode area, mis. 024-123). Lampu jalan (PJU) mati adalah layanan Pemkot dan bisa dilaporkan lewat layanan lapor infrastruktur.',
'["listrik mati", "pln padam", "token listrik", "pasang listrik baru", "tagihan listrik", "pln semarang", "Selamat malam, listrik di daerah kami padam sejak sore, lapor ke mana?", "listrik omah mati"]',
'PT PLN (Persero): aplikasi PLN Mobile, Contact Center 123',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('out_of_scope', 'Bagaimana dengan pajak penghasilan (PPh)?',
'🧮 *Pajak penghasilan (PPh)*
PPh, potongan pajak gaji, dan pengisian SPT diurus di *DJP*: Kring Pajak *1500200*, pajak.go.id, atau KPP Pratama. Untuk pertanyaan NPWP, EFIN, dan Coretax, silakan tanyakan langsung kepada saya.',
'["pajak penghasilan", "pph 21", "potongan pajak gaji", "cara hitung pajak", "pph final umkm", "restitusi pajak", "Mohon info cara menghitung PPh 21 karyawan", "pajak gaji kegedhen"]',
'Direktorat Jenderal Pajak, pajak.go.id; Kring Pajak 1500200',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('out_of_scope', 'Kena tilang elektronik (ETLE), bagaimana?',
'📸 *Tilang elektronik (ETLE)*
ETLE ditangani kepolisian (Satlantas Polrestabes Semarang, Ditlantas Polda Jawa Tengah). Konfirmasi dan pembayaran mengikuti petunjuk pada surat konfirmasi resmi; waspadai pesan tilang palsu berupa file .apk di WhatsApp.',
'["tilang etle", "kena tilang elektronik", "cek etle", "surat tilang datang ke rumah", "bayar tilang", "denda tilang", "Selamat siang, saya menerima surat tilang elektronik, bagaimana konfirmasinya?", "ditilang polisi"]',
'Korlantas Polri dan Ditlantas Polda Jawa Tengah (ETLE); Satlantas Polrestabes Semarang',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('out_of_scope', 'Pinjol, bank, atau penipuan keuangan, lapor ke mana?',
'🏦 *Pinjol, bank, dan penipuan keuangan*
Pengaduan pinjaman online, bank, asuransi, atau investasi: *OJK* lewat Kontak OJK *157*. Penipuan atau ancaman: laporkan juga ke kepolisian.',
'["pinjol ilegal", "diteror debt collector pinjol", "lapor ojk", "investasi bodong", "penipuan transfer", "bank tidak mau bantu", "Mohon bantuan, saya diteror penagih pinjaman online, harus lapor ke mana?", "kena tipu online"]',
'Otoritas Jasa Keuangan, Kontak OJK 157; Polri',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('out_of_scope', 'Bagaimana lapor polisi atau membuat surat kehilangan?',
'🚓 *Lapor polisi dan surat kehilangan*
Kehilangan barang/dokumen dan laporan kejahatan: *Polsek* terdekat atau *Polrestabes Semarang*; keadaan darurat hubungi *110* atau *112*. Surat kehilangan dari polisi dipakai antara lain untuk mengurus KTP-el yang hilang di Disdukcapil.',
'["lapor kehilangan", "surat kehilangan polisi", "kemalingan", "lapor polisi", "motor hilang", "dompet ilang", "Selamat pagi, dompet saya hilang beserta KTP, bagaimana membuat surat kehilangan?", "nomor polisi darurat"]',
'Polri (Polsek, Polrestabes Semarang; layanan darurat 110); Pemkot Semarang, Call Center 112; Disdukcapil (KTP-el hilang memerlukan surat kehilangan)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00');
