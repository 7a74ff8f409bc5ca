-- Knowledge entries for the kependudukan intent: Disdukcapil Kota Semarang.
-- Entries 1-8 of 0031_faq.sql are corrected in place (questions kept, so menu numbers stay); new entries follow.
-- Facts checked on 2026-12-01 against UU 23/2006 as amended by UU 24/2013, Perpres 96/2018, Permendagri
-- 108/2019, 109/2019, 2/2016 (KIA) and 72/2022 (IKD), and Disdukcapil Kota Semarang's own pages
-- (dispendukcapil.semarangkota.go.id/faq: WhatsApp 0896-7630-9299, jemput bola for warga rentan).
-- Still required in 2026: a police loss letter for a lost KTP-el (Perpres 96/2018, confirmed by Dirjen Dukcapil).

UPDATE faq_entries SET
    answer = '🪪 *Perekaman KTP-el pertama kali*
Untuk WNI yang sudah berusia 17 tahun, sudah kawin atau pernah kawin.
*Syarat:*
• Kartu Keluarga (KK), cukup fotokopi atau tunjukkan
• Datang sendiri untuk foto, sidik jari, iris mata dan tanda tangan (tidak bisa diwakilkan)
*Tempat:* Disdukcapil Kota Semarang, Jl. Kanguru Raya No. 3, Gayamsari, atau unit layanan adminduk di kantor kecamatan, Senin–Jumat jam kerja. Disdukcapil juga jemput bola ke sekolah; warga lansia/sakit/disabilitas bisa minta perekaman di rumah.
Setelah rekam, KTP-el dicetak bila blanko tersedia; sambil menunggu, minta aktivasi *IKD* (KTP digital).
Layanan ini *gratis*.',
    examples = '["syarat bikin ktp baru", "umur 17 mau rekam ktp", "cara buat e-ktp", "perekaman ktp el dimana", "anak saya sudah 17 tahun mau bikin ktp", "rekam ktp pemula di kecamatan bisa?", "Selamat pagi, anak saya baru ulang tahun ke-17, bagaimana cara membuat KTP-el di Semarang", "gawe ktp anyar syarate opo"]',
    source = 'UU 23/2006 tentang Administrasi Kependudukan jo. UU 24/2013 Pasal 63 dan 79A; Perpres 96/2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil; Permendagri 108/2019; Disdukcapil Kota Semarang (dispendukcapil.semarangkota.go.id, halaman FAQ; WhatsApp 0896-7630-9299; Instagram @disdukcapilkotasemarang)',
    checked_on = '2026-12-01', updated_at = '2026-12-01T00:00:00.0000000+00:00'
WHERE id = 1 AND intent = 'kependudukan';

UPDATE faq_entries SET
    answer = '🪪 *KTP-el hilang atau rusak*
Data Anda sudah terekam, jadi cukup *cetak ulang* tanpa rekam ulang.
*Syarat:*
• KTP hilang: *surat keterangan kehilangan dari kepolisian* (Polsek/Polres, gratis); masih wajib sesuai Perpres 96/2018
• KTP rusak: bawa KTP-el yang rusak
• Kartu Keluarga (KK)
Tidak perlu surat pengantar RT/RW.
*Tempat:* Disdukcapil Kota Semarang atau unit layanan adminduk kecamatan sesuai domisili; pengajuan juga bisa lewat layanan online dispendukcapil.semarangkota.go.id.
Pencetakan tergantung ketersediaan blanko; sementara itu gunakan *IKD* (KTP digital). Layanan ini *gratis*.',
    examples = '["ktp hilang", "e ktp rusak patah", "ganti ktp yang hilang", "ktp saya kecuci rusak", "cetak ulang ktp", "ktp ilang perlu surat polisi ga", "dompet kecopetan ktp ikut ilang gmn", "Selamat siang, KTP saya hilang saat perjalanan, apa saja syarat untuk mencetak ulang di Semarang"]',
    source = 'Perpres 96/2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil; Permendagri 108/2019 (KTP-el hilang: surat kehilangan kepolisian; rusak: KTP-el rusak); keterangan Dirjen Dukcapil Kemendagri Januari 2024; Disdukcapil Kota Semarang (dispendukcapil.semarangkota.go.id, halaman FAQ; WhatsApp 0896-7630-9299; Instagram @disdukcapilkotasemarang)',
    checked_on = '2026-12-01', updated_at = '2026-12-01T00:00:00.0000000+00:00'
WHERE id = 2 AND intent = 'kependudukan';

UPDATE faq_entries SET
    answer = '👨‍👩‍👧 *Kartu Keluarga (KK) baru atau perubahan*
*Syarat umum:*
• KK lama (untuk perubahan/pisah KK)
• Buku nikah/akta perkawinan (KK baru setelah menikah)
• Surat keterangan pindah (SKPWNI) bila datang dari luar kota
• Dokumen bukti perubahan (akta lahir, akta kematian, akta cerai, ijazah, dll.)
KK dicetak di kertas HVS A4 dengan *kode QR/tanda tangan elektronik*; file PDF resmi dari Disdukcapil boleh Anda cetak sendiri dan sah.
Ajukan lewat layanan online Disdukcapil Kota Semarang (dispendukcapil.semarangkota.go.id atau aplikasi SI D''nOK) atau di Disdukcapil/kecamatan. *Gratis*.
KK hilang atau rusak: minta cetak ulang dengan menyebut NIK/nomor KK; siapkan surat kehilangan kepolisian bila diminta petugas.',
    examples = '["buat kk baru setelah nikah", "pisah kk dari orang tua", "tambah anggota keluarga di kk", "ubah data kk", "kk hilang", "kk sekarang kok kertas biasa sah ga", "cetak kk sendiri boleh?", "Permisi, saya baru menikah dan ingin membuat Kartu Keluarga sendiri, apa saja syaratnya", "syarat bikin kk baru apa aja", "ngurus kartu keluarga baru gmn", "gawe kk anyar piye"]',
    source = 'UU 23/2006 tentang Administrasi Kependudukan jo. UU 24/2013; Perpres 96/2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil; Permendagri 108/2019; Permendagri 109/2019 (KK di kertas HVS dengan TTE, cetak mandiri); Disdukcapil Kota Semarang (dispendukcapil.semarangkota.go.id, halaman FAQ; WhatsApp 0896-7630-9299; Instagram @disdukcapilkotasemarang)',
    checked_on = '2026-12-01', updated_at = '2026-12-01T00:00:00.0000000+00:00'
WHERE id = 3 AND intent = 'kependudukan';

UPDATE faq_entries SET
    answer = '👶 *Akta kelahiran*
*Syarat:*
• Surat keterangan lahir dari rumah sakit/puskesmas/bidan (bila tidak ada: SPTJM kebenaran data kelahiran dengan 2 saksi)
• Kartu Keluarga (KK) orang tua
• KTP-el kedua orang tua
• Buku nikah/akta perkawinan orang tua (bila tidak ada: SPTJM kebenaran sebagai pasangan suami istri)
Lapor paling lambat *60 hari* setelah kelahiran, lewat layanan online Disdukcapil Kota Semarang atau di Disdukcapil/kecamatan. Akta bisa dicetak sendiri (HVS A4, TTE/kode QR) dan biasanya diproses bersama KK baru dan KIA bayi. *Gratis*.
Lewat 60 hari tetap bisa diurus tanpa pengadilan; tanyakan _akta kelahiran terlambat_.',
    examples = '["cara bikin akta lahir anak", "syarat akte kelahiran", "akta kelahiran bayi baru lahir", "ngurus akte lahir dimana", "surat lahir dari bidan bisa buat akta?", "ga punya buku nikah bisa bikin akte anak?", "Selamat pagi, anak saya lahir minggu lalu di rumah sakit, bagaimana cara mengurus akta kelahirannya", "gawe akte bayi piye"]',
    source = 'UU 23/2006 tentang Administrasi Kependudukan jo. UU 24/2013 Pasal 27 dan 79A; Perpres 96/2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil; Permendagri 108/2019; Permendagri 9/2016 (SPTJM); Disdukcapil Kota Semarang (dispendukcapil.semarangkota.go.id, halaman FAQ; WhatsApp 0896-7630-9299; Instagram @disdukcapilkotasemarang)',
    checked_on = '2026-12-01', updated_at = '2026-12-01T00:00:00.0000000+00:00'
WHERE id = 4 AND intent = 'kependudukan';

UPDATE faq_entries SET
    answer = '🕊️ *Akta kematian*
*Syarat:*
• Surat keterangan kematian dari rumah sakit/puskesmas/dokter atau dari lurah (bila tidak ada: SPTJM kebenaran data kematian dengan 2 saksi)
• Kartu Keluarga (KK) almarhum/almarhumah
• KTP-el almarhum/almarhumah bila ada
• KTP-el pelapor (keluarga)
Lapor paling lambat *30 hari* setelah kematian, online atau di Disdukcapil/kecamatan. KK keluarga sekaligus diperbarui. *Gratis*.
Akta kematian diperlukan untuk waris, pensiun, klaim asuransi dan penutupan rekening.',
    examples = '["akta kematian orang tua", "lapor orang meninggal", "syarat akte kematian", "ngurus surat kematian", "bapak meninggal di rumah akta kematian gmn", "akte kematian buat urus pensiun", "Mohon info syarat membuat akta kematian untuk ibu saya yang meninggal bulan lalu", "ngurus akte pati nang ngendi"]',
    source = 'UU 23/2006 tentang Administrasi Kependudukan jo. UU 24/2013 Pasal 44 dan 79A; Perpres 96/2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil; Permendagri 108/2019; Permendagri 9/2016 (SPTJM); Disdukcapil Kota Semarang (dispendukcapil.semarangkota.go.id, halaman FAQ; WhatsApp 0896-7630-9299; Instagram @disdukcapilkotasemarang)',
    checked_on = '2026-12-01', updated_at = '2026-12-01T00:00:00.0000000+00:00'
WHERE id = 5 AND intent = 'kependudukan';

UPDATE faq_entries SET
    answer = '🧒 *Kartu Identitas Anak (KIA)*
Untuk anak WNI di bawah 17 tahun dan belum kawin.
*Syarat:*
• Akta kelahiran anak
• Kartu Keluarga (KK) orang tua
• KTP-el kedua orang tua/wali
• Pas foto berwarna anak untuk usia 5 tahun ke atas
Anak di bawah 5 tahun mendapat KIA tanpa foto, biasanya bersamaan dengan akta kelahiran.
Ajukan di Disdukcapil, unit layanan adminduk kecamatan, atau layanan jemput bola di sekolah bila ada. *Gratis*.',
    examples = '["kartu identitas anak", "ktp anak", "bikin kia buat anak sd", "syarat kia", "kia buat balita perlu foto?", "kia buat daftar sekolah", "Selamat siang, bagaimana cara membuat KIA untuk anak saya yang berusia 8 tahun", "kartu anak gawene nang ngendi"]',
    source = 'Permendagri 2/2016 tentang Kartu Identitas Anak; UU 23/2006 tentang Administrasi Kependudukan jo. UU 24/2013 Pasal 79A; Disdukcapil Kota Semarang (dispendukcapil.semarangkota.go.id, halaman FAQ; WhatsApp 0896-7630-9299; Instagram @disdukcapilkotasemarang)',
    checked_on = '2026-12-01', updated_at = '2026-12-01T00:00:00.0000000+00:00'
WHERE id = 6 AND intent = 'kependudukan';

UPDATE faq_entries SET
    answer = '🚚 *Pindah domisili*
*Pindah keluar Semarang:* ajukan *SKPWNI* (Surat Keterangan Pindah WNI) dengan KK dan KTP-el; bisa lewat layanan online Disdukcapil atau aplikasi IKD. Cantumkan anggota keluarga yang ikut pindah.
*Pindah datang ke Semarang:* bawa/unggah SKPWNI dari daerah asal; Disdukcapil Kota Semarang menerbitkan KK dan KTP-el baru beralamat Semarang.
*Pindah alamat di dalam Kota Semarang* (antarkelurahan/kecamatan): ajukan pindah dalam kota; hasilnya KK dan KTP-el dengan alamat baru.
Umumnya tidak perlu lagi surat pengantar RT/RW. Semua layanan *gratis*.',
    examples = '["pindah ktp ke semarang", "surat pindah keluar kota", "mutasi penduduk", "pindah alamat kk", "skpwni", "pindah rumah masih di semarang ganti kk?", "Selamat pagi, saya pindah kerja dari Solo ke Semarang, bagaimana cara memindahkan KTP dan KK saya", "pindah domisili online bisa?"]',
    source = 'UU 23/2006 tentang Administrasi Kependudukan jo. UU 24/2013; Perpres 96/2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil; Permendagri 108/2019 (pindah datang dengan SKPWNI); Permendagri 72/2022 (layanan IKD); Disdukcapil Kota Semarang (dispendukcapil.semarangkota.go.id, halaman FAQ; WhatsApp 0896-7630-9299; Instagram @disdukcapilkotasemarang)',
    checked_on = '2026-12-01', updated_at = '2026-12-01T00:00:00.0000000+00:00'
WHERE id = 7 AND intent = 'kependudukan';

UPDATE faq_entries SET
    answer = '🏢 *Disdukcapil Kota Semarang*
Kantor: Jl. Kanguru Raya No. 3, Gayamsari, Kota Semarang. Layanan juga ada di unit layanan adminduk di *16 kantor kecamatan*.
• Tatap muka: Senin–Jumat pada jam kerja; datang pagi karena kuota perekaman harian terbatas.
• Sabtu, Minggu dan libur: umumnya tutup; layanan akhir pekan hanya bila diumumkan lewat Instagram @disdukcapilkotasemarang.
• Online: dispendukcapil.semarangkota.go.id atau aplikasi SI D''nOK.
• Konsultasi/pengaduan WhatsApp: *0896-7630-9299*.
Semua layanan adminduk *gratis*; jangan bayar calo.',
    examples = '["alamat dukcapil semarang", "jam buka capil", "kantor disdukcapil dimana", "dukcapil buka sabtu", "buka sabtu?", "hari minggu capil buka ga", "nomor wa dukcapil semarang", "Selamat siang, mohon info alamat dan jam pelayanan Disdukcapil Kota Semarang"]',
    source = 'Disdukcapil Kota Semarang (dispendukcapil.semarangkota.go.id, halaman FAQ; WhatsApp 0896-7630-9299; Instagram @disdukcapilkotasemarang); Pemerintah Kota Semarang (16 kecamatan)',
    checked_on = '2026-12-01', updated_at = '2026-12-01T00:00:00.0000000+00:00'
WHERE id = 8 AND intent = 'kependudukan';

INSERT INTO faq_entries (intent, question, answer, examples, source, checked_on, created_at, updated_at) VALUES
('kependudukan', 'Bagaimana memperbaiki data KTP-el atau KK yang salah?',
'✏️ *Perubahan data KTP-el dan KK*
Data seperti pendidikan, pekerjaan, status kawin, agama, golongan darah atau alamat diubah lewat *perubahan biodata*.
*Syarat:*
• KK dan KTP-el
• Dokumen bukti: ijazah, surat keterangan kerja, buku nikah/akta cerai, akta kelahiran, dll.
Urutannya: KK diperbarui dulu, lalu KTP-el dicetak ulang bila datanya berubah.
• *Salah ketik* (huruf nama, tanggal) yang bisa dibuktikan dengan dokumen dasar cukup dibetulkan di Disdukcapil, *tanpa* pengadilan.
• *Ganti nama* (bukan salah ketik) perlu *penetapan Pengadilan Negeri* lebih dulu.
Ajukan online atau di Disdukcapil/kecamatan. *Gratis*.',
'["data ktp salah gmn benerinnya", "ganti status pekerjaan di ktp", "ubah status kawin di kk", "nama di kk salah ketik", "update pendidikan di kk", "golongan darah di ktp salah", "Selamat pagi, tanggal lahir saya di KK berbeda dengan ijazah, bagaimana cara memperbaikinya", "data kk ora cocok karo akte"]',
'UU 23/2006 tentang Administrasi Kependudukan jo. UU 24/2013 Pasal 71 (pembetulan karena kesalahan tulis redaksional); Perpres 96/2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil; Permendagri 108/2019 (perubahan biodata); Disdukcapil Kota Semarang (dispendukcapil.semarangkota.go.id, halaman FAQ; WhatsApp 0896-7630-9299; Instagram @disdukcapilkotasemarang)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('kependudukan', 'Apakah ganti nama harus lewat pengadilan?',
'⚖️ *Ganti nama vs. pembetulan salah tulis*
• *Perubahan nama* (mengganti atau menambah nama): wajib *penetapan Pengadilan Negeri* tempat pemohon tinggal. Setelah itu laporkan ke Disdukcapil paling lambat *30 hari* untuk dicatat pada akta dan diperbarui di KK/KTP-el.
• *Pembetulan* salah tulis redaksional (huruf tertukar, ejaan) pada akta/KK: *tidak perlu pengadilan*; ajukan ke Disdukcapil dengan dokumen otentik yang benar (akta, ijazah, buku nikah).
• *Pembatalan* akta (misalnya data asal-usul tidak benar): perlu putusan pengadilan.
Pencatatan nama baru mengikuti Permendagri 73/2022 (paling sedikit 2 kata, paling banyak 60 huruf termasuk spasi).
Layanan Disdukcapil *gratis*; biaya perkara pengadilan terpisah.',
'["ganti nama harus ke pengadilan?", "nama di akta salah satu huruf", "cara ganti nama anak di akta", "tambah nama di akte lahir", "pembetulan akta kelahiran", "salah tulis nama ibu di akte", "Mohon penjelasan, saya ingin mengganti nama saya karena alasan keluarga, bagaimana prosedurnya di Disdukcapil", "ganti jeneng kudu sidang po"]',
'UU 23/2006 Pasal 52 (perubahan nama berdasar penetapan PN, lapor 30 hari) dan Pasal 72 (pembatalan akta); UU 24/2013 Pasal 71 (pembetulan); Permendagri 73/2022 tentang Pencatatan Nama pada Dokumen Kependudukan; Disdukcapil Kota Semarang (dispendukcapil.semarangkota.go.id, halaman FAQ; WhatsApp 0896-7630-9299; Instagram @disdukcapilkotasemarang)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('kependudukan', 'KTP-el sudah direkam tapi belum jadi, bagaimana?',
'⏳ *KTP-el belum jadi / blanko terbatas*
• Blanko KTP-el dikirim terbatas dari pusat, jadi pencetakan bisa antre.
• Cek statusnya ke Disdukcapil atau unit layanan kecamatan tempat Anda merekam, atau tanyakan lewat WhatsApp Disdukcapil *0896-7630-9299* dengan menyebut NIK.
• Sambil menunggu, minta aktivasi *Identitas Kependudukan Digital (IKD)*: KTP digital di ponsel yang sah sebagai identitas.
• NIK Anda sudah aktif; banyak layanan bisa memakai NIK, KK atau IKD. Bila instansi tujuan tetap meminta bukti tertulis, tanyakan ke petugas Disdukcapil bukti apa yang dapat diberikan.
• Jangan membayar siapa pun untuk "mempercepat": cetak KTP-el *gratis*.',
'["ktp belum jadi padahal udah rekam", "blanko ktp habis gmn", "udah rekam 2 bulan ktp blm dicetak", "ktp kapan jadi", "nunggu blangko ktp lama bgt", "ktp durung dadi, piye", "Selamat siang, saya sudah perekaman KTP-el bulan lalu tetapi belum dicetak, apa yang bisa saya gunakan sementara", "suket pengganti ktp masih ada?"]',
'Permendagri 72/2022 (Identitas Kependudukan Digital); UU 23/2006 tentang Administrasi Kependudukan jo. UU 24/2013 Pasal 79A; Disdukcapil Kota Semarang (dispendukcapil.semarangkota.go.id, halaman FAQ; WhatsApp 0896-7630-9299; Instagram @disdukcapilkotasemarang); DPRD Kota Semarang tentang kuota blanko terbatas (Mei 2025)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('kependudukan', 'Bisakah perekaman KTP-el dilakukan di rumah?',
'🏠 *Perekaman KTP-el di rumah (jemput bola)*
Untuk warga rentan: lansia, penyandang disabilitas, orang sakit/terbaring, atau yang sulit bepergian.
*Caranya:*
1. Buat *surat permohonan* kepada Kepala Disdukcapil Kota Semarang; cantumkan nama, NIK, alamat lengkap, nomor HP keluarga dan kondisi pemohon. Serahkan ke kantor Disdukcapil atau tanyakan cara pengirimannya lewat WhatsApp *0896-7630-9299*.
2. Lampirkan fotokopi/foto KK.
3. Petugas menghubungi keluarga untuk menjadwalkan kunjungan, lalu merekam langsung di rumah, panti atau rumah sakit.
Layanan ini *gratis*.',
'["rekam ktp di rumah buat lansia", "ibu saya stroke ga bisa ke dukcapil rekam ktp gmn", "jemput bola ktp orang sakit", "perekaman ktp disabilitas", "mbah sudah sepuh belum punya ktp el", "Selamat pagi, ayah saya terbaring sakit dan belum rekam KTP-el, apakah petugas bisa datang ke rumah", "rekam ktp nang omah iso?", "ktp buat odgj gmn", "nenek ga bisa jalan mau rekam ktp", "orang tua sakit ga bisa ke kantor buat rekam ktp"]',
'Disdukcapil Kota Semarang, dispendukcapil.semarangkota.go.id/faq (layanan jemput bola warga rentan dengan surat permohonan ke Kepala Dinas); UU 23/2006 tentang Administrasi Kependudukan jo. UU 24/2013',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('kependudukan', 'Bagaimana menambah anggota keluarga di KK?',
'➕ *Menambah anggota keluarga di KK*
*Bayi baru lahir:* urus akta kelahiran; KK baru diterbitkan dengan nama bayi (sekaligus KIA).
*Numpang KK / ikut keluarga lain:*
• KK yang akan ditumpangi
• KTP-el/KK pemohon; bila dari luar kota: SKPWNI dari daerah asal
• Surat pernyataan kepala keluarga yang ditumpangi bila diminta petugas
*Anak angkat:* bawa penetapan pengadilan tentang pengangkatan anak.
Ajukan online atau di Disdukcapil/kecamatan; KK baru berupa PDF ber-TTE yang bisa dicetak sendiri. *Gratis*.',
'["tambah anak di kk", "masukin bayi ke kk", "numpang kk saudara bisa?", "suami masuk kk istri gmn", "tambah anggota kk syaratnya", "ibu saya mau ikut kk saya", "Mohon info, saya ingin memasukkan keponakan ke KK saya, apa saja syaratnya", "nambah jeneng nang kk"]',
'Perpres 96/2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil; Permendagri 108/2019 (penerbitan KK karena penambahan anggota keluarga); Permendagri 109/2019; Disdukcapil Kota Semarang (dispendukcapil.semarangkota.go.id, halaman FAQ; WhatsApp 0896-7630-9299; Instagram @disdukcapilkotasemarang)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('kependudukan', 'Bagaimana mengeluarkan anggota KK atau pisah KK?',
'➖ *Mengurangi anggota KK & pisah KK*
*Anggota meninggal:* urus akta kematian; KK otomatis diperbarui.
*Anggota pindah keluar:* lewat permohonan pindah (SKPWNI); namanya keluar dari KK asal.
*Pisah KK* (membuat KK sendiri), untuk yang sudah 17 tahun atau sudah/pernah kawin:
• KK lama
• Buku nikah/akta perkawinan bila pisah karena menikah
• KTP-el
Pisah KK bisa tetap di alamat yang sama atau sekaligus pindah alamat.
Ajukan online atau di Disdukcapil/kecamatan. *Gratis*.',
'["pisah kk setelah nikah", "keluarin nama dari kk", "hapus anggota kk yang meninggal", "pecah kk satu rumah bisa?", "bikin kk sendiri umur 20 belum nikah", "anak udah pindah tapi masih di kk", "Selamat sore, saya dan suami ingin pisah KK dari orang tua tetapi masih tinggal serumah, bagaimana caranya", "metu seko kk wong tuo"]',
'Perpres 96/2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil; Permendagri 108/2019 (penerbitan KK baru karena membentuk keluarga baru/pisah KK, pengurangan anggota); Disdukcapil Kota Semarang (dispendukcapil.semarangkota.go.id, halaman FAQ; WhatsApp 0896-7630-9299; Instagram @disdukcapilkotasemarang)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('kependudukan', 'Bagaimana mengurus akta kelahiran yang terlambat?',
'📜 *Akta kelahiran terlambat*
Lapor lewat dari 60 hari tetap dilayani Disdukcapil Kota Semarang dan *tidak perlu lagi penetapan pengadilan* (Putusan MK 18/PUU-XI/2013; UU 24/2013 Pasal 32), cukup keputusan Kepala Disdukcapil.
*Syarat* sama dengan akta biasa:
• Surat keterangan lahir; bila sudah tidak ada: *SPTJM kebenaran data kelahiran* dengan 2 saksi
• KK dan KTP-el (orang tua, atau yang bersangkutan bila sudah dewasa)
• Buku nikah orang tua atau SPTJM kebenaran sebagai pasangan suami istri
Keterlambatan dapat dikenai denda administratif bila diatur peraturan daerah; tanyakan ketentuan yang berlaku ke Disdukcapil (WA 0896-7630-9299). Penerbitan aktanya *gratis*.',
'["telat bikin akta lahir lewat 60 hari", "akte kelahiran terlambat kena denda?", "umur 30 belum punya akte lahir", "akta lahir telat harus sidang pengadilan ga", "anakku udh 2 tahun blm ada akte", "surat lahir hilang mau bikin akte dewasa", "Mohon info, saya berusia 40 tahun dan belum memiliki akta kelahiran, bagaimana cara mengurusnya", "akte telat dendane piro"]',
'UU 24/2013 Pasal 32; Putusan MK 18/PUU-XI/2013; Perpres 96/2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil; Permendagri 108/2019; Permendagri 9/2016 (SPTJM); Disdukcapil Kota Semarang (dispendukcapil.semarangkota.go.id, halaman FAQ; WhatsApp 0896-7630-9299; Instagram @disdukcapilkotasemarang)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('kependudukan', 'Apa itu IKD (KTP digital) dan cara aktivasinya?',
'📱 *IKD (KTP digital)*
IKD adalah KTP-el dalam aplikasi resmi *Identitas Kependudukan Digital* Kemendagri, berisi data KTP, KK dan dokumen lain, dan sah sebagai identitas (Permendagri 72/2022).
*Syarat:* sudah rekam KTP-el, ponsel Android/iOS dengan internet, email dan nomor HP aktif.
*Aktivasi:*
1. Unduh aplikasi IKD dari Play Store/App Store, daftar dengan NIK, email dan nomor HP, lalu swafoto.
2. Datang ke Disdukcapil atau unit layanan kecamatan; pindai *kode QR* dari petugas (aktivasi harus di depan petugas).
3. Buka email aktivasi, masukkan kode, selesai.
Lewat IKD sebagian layanan adminduk juga bisa diajukan online. *Gratis*.',
'["cara aktivasi ikd", "ktp digital gimana bikinnya", "ikd harus ke dukcapil?", "aplikasi identitas kependudukan digital", "ikd bisa dipake buat apa", "aktivasi ktp digital di kecamatan bisa?", "Selamat pagi, saya ingin mengaktifkan KTP digital, apakah harus datang ke kantor Disdukcapil Kota Semarang", "ikd gagal verifikasi wajah"]',
'Permendagri 72/2022 tentang Standar dan Spesifikasi Perangkat Keras, Perangkat Lunak, dan Blangko KTP-el serta Penyelenggaraan Identitas Kependudukan Digital; Disdukcapil Kota Semarang (dispendukcapil.semarangkota.go.id, halaman FAQ; WhatsApp 0896-7630-9299; Instagram @disdukcapilkotasemarang)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('kependudukan', 'Apa saja layanan online Disdukcapil Kota Semarang?',
'💻 *Layanan online Disdukcapil Kota Semarang*
• Situs *dispendukcapil.semarangkota.go.id* dan aplikasi *SI D''nOK* (Sistem Informasi Dokumen Online Kependudukan, Play Store): pengajuan KK, akta kelahiran, akta kematian, pindah, cetak ulang KTP-el, dan lainnya. Unggah foto dokumen asli yang jelas.
• Dokumen jadi dikirim sebagai *PDF ber-TTE/kode QR* yang bisa dicetak sendiri di HVS A4 80 gram dan sah.
• Aplikasi *IKD* Kemendagri untuk KTP digital dan sebagian layanan online.
• Perekaman KTP-el (foto, sidik jari) tetap harus datang langsung.
• Info persyaratan: Instagram @disdukcapilkotasemarang; konsultasi WhatsApp *0896-7630-9299*.
Gunakan hanya kanal resmi di atas; waspadai situs atau akun tiruan.',
'["urus kk online semarang", "aplikasi dukcapil semarang apa", "sidnok itu apa", "daftar akta online dimana", "bisa ngurus dokumen dari rumah?", "link layanan online disdukcapil", "Selamat siang, apakah pengurusan dokumen kependudukan di Kota Semarang bisa dilakukan secara online", "online lewat hp iso ora"]',
'Disdukcapil Kota Semarang (dispendukcapil.semarangkota.go.id, halaman FAQ; WhatsApp 0896-7630-9299; Instagram @disdukcapilkotasemarang); pemberitaan Kepala Disdukcapil Kota Semarang tentang SI D''nOK (jatengtoday.com 2020, Kompas.com 2022); Permendagri 109/2019 (cetak mandiri); Permendagri 72/2022',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('kependudukan', 'Berapa biaya mengurus dokumen kependudukan?',
'💰 *Biaya adminduk: GRATIS*
Semua pengurusan dan penerbitan dokumen kependudukan, yaitu KTP-el, KK, KIA, akta kelahiran, akta kematian, surat pindah, perubahan data dan IKD, *tidak dipungut biaya* (UU 24/2013 Pasal 79A), termasuk cetak ulang karena hilang atau rusak.
• Jangan memakai calo. Pungutan liar bisa dilaporkan ke WhatsApp Disdukcapil *0896-7630-9299* atau *Lapor Semar* (WA 0812-1500-0512).
• Yang mungkin Anda keluarkan di luar Disdukcapil: fotokopi, meterai bila surat pernyataan memintanya, biaya perkara pengadilan (misalnya ganti nama), serta denda keterlambatan bila diatur peraturan daerah.',
'["biayanya brp?", "bikin ktp bayar ga", "urus kk berapa biayanya", "akta kelahiran bayar berapa", "cetak ulang ktp hilang bayar?", "di kelurahan dimintai uang buat urus kk, wajar ga", "Permisi, apakah pembuatan akta dan KK di Disdukcapil Semarang dipungut biaya", "mbayar piro gawe akte"]',
'UU 24/2013 Pasal 79A (pengurusan dan penerbitan dokumen kependudukan tidak dipungut biaya); Disdukcapil Kota Semarang (dispendukcapil.semarangkota.go.id, halaman FAQ; WhatsApp 0896-7630-9299; Instagram @disdukcapilkotasemarang); Lapor Semar Pemkot Semarang',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('kependudukan', 'Berapa lama dokumen kependudukan selesai?',
'⏱️ *Lama proses dokumen*
• *Berkas lengkap di loket:* KK, akta kelahiran/kematian, KIA dan surat pindah umumnya selesai di hari yang sama sampai beberapa hari kerja, tergantung antrean.
• *Online:* tergantung antrean verifikasi; pantau status di kanal tempat Anda mengajukan. Berkas yang kurang jelas dikembalikan untuk diperbaiki.
• *KTP-el:* setelah perekaman, pencetakan tergantung *ketersediaan blanko*; gunakan IKD sementara.
• Ganti nama atau pembatalan akta: menunggu penetapan/putusan pengadilan lebih dulu.
Punya nomor registrasi permohonan? Kirim di sini (contoh DUK-20261118-0042) untuk cek status.',
'["berapa lama jadinya?", "kk jadi brp hari", "akta kelahiran jadi berapa lama", "ktp cetak ulang berapa hari", "urus online kok lama banget ga jadi2", "suwene piro dadine", "Selamat siang, kalau saya mengajukan akta kematian hari ini, kira-kira kapan bisa jadi", "kapan jadinya?"]',
'Disdukcapil Kota Semarang (dispendukcapil.semarangkota.go.id, halaman FAQ; WhatsApp 0896-7630-9299; Instagram @disdukcapilkotasemarang); Perpres 96/2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil; Permendagri 108/2019; layanan cek status permohonan Savira (nomor registrasi DUK-…)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('kependudukan', 'Bisakah pengurusan dokumen diwakilkan?',
'🤝 *Diwakilkan / surat kuasa*
• *Tidak bisa diwakilkan:* perekaman KTP-el (foto, sidik jari, iris, tanda tangan) dan aktivasi IKD; pemilik harus hadir. Warga rentan dapat meminta jemput bola.
• *Bisa oleh anggota keluarga:* pelaporan kelahiran, kematian, perubahan KK dan pindah, serta pengambilan dokumen, dengan membawa KK dan KTP-el pelapor.
• *Orang lain di luar keluarga:* bawa *surat kuasa* dari pemohon, KTP-el pemberi dan penerima kuasa, serta berkas persyaratan.
Ketentuan pengambilan KTP-el oleh orang lain bisa berbeda per loket; tanyakan dulu lewat WhatsApp Disdukcapil *0896-7630-9299*.',
'["bisa diwakilkan?", "ngurus kk boleh diwakilin adik?", "ambil ktp diwakilkan keluarga bisa", "rekam ktp bisa diwakilkan ga", "urus akta pake surat kuasa", "aku kerja luar kota, kk diurus ibu boleh?", "Mohon info, apakah pengambilan KTP-el suami saya bisa saya wakilkan", "oleh diwakilke ora"]',
'Perpres 96/2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil; Permendagri 108/2019 (pelaporan oleh penduduk atau kuasanya; perekaman biometrik oleh yang bersangkutan); Disdukcapil Kota Semarang (dispendukcapil.semarangkota.go.id, halaman FAQ; WhatsApp 0896-7630-9299; Instagram @disdukcapilkotasemarang)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('kependudukan', 'Kenapa permohonan saya ditolak atau dikembalikan?',
'❌ *Permohonan ditolak/dikembalikan*
Penyebab yang sering terjadi:
• Foto/scan dokumen buram, terpotong, atau bukan dari dokumen asli
• Persyaratan kurang (misalnya surat kehilangan polisi, SKPWNI, buku nikah)
• Data berbeda dengan database (nama atau tanggal lahir tidak sama dengan akta/KK); perlu perubahan data dulu
• NIK tidak ditemukan/tidak aktif, atau permohonan yang sama masih diproses
• Formulir atau SPTJM tidak lengkap atau belum ditandatangani
*Yang perlu dilakukan:* baca catatan penolakan, lengkapi, lalu ajukan ulang. Masih bingung? Tanyakan lewat WhatsApp Disdukcapil *0896-7630-9299* dengan menyebut nomor registrasi atau NIK.',
'["kenapa ditolak?", "pengajuan kk online ditolak", "berkas akta dikembalikan kenapa", "permohonan saya ditolak terus kesel", "nik tidak ditemukan pas daftar online", "kok ga diproses2 padahal udah upload", "Selamat sore, permohonan pindah saya melalui online ditolak tanpa alasan yang jelas, apa yang harus saya lakukan", "ditolak maneh, salahe opo"]',
'Disdukcapil Kota Semarang (dispendukcapil.semarangkota.go.id, halaman FAQ; WhatsApp 0896-7630-9299; Instagram @disdukcapilkotasemarang); Perpres 96/2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil; Permendagri 108/2019 (persyaratan per jenis layanan)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00');
