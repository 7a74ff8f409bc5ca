-- Complaints are not handoffs by themselves: a complaint about a service or its staff is answered with the
-- city's complaint channels (and an officer is offered), written for this project.
INSERT INTO faq_entries (intent, question, answer, examples, source, checked_on, created_at, updated_at) VALUES
('handoff', 'Bagaimana menyampaikan keluhan tentang pelayanan atau petugas Pemkot Semarang?',
'📣 *Menyampaikan keluhan pelayanan*
Terima kasih sudah menyampaikannya; keluhan Anda penting untuk perbaikan layanan.
• *Lapor Semar*, kanal pengaduan resmi Pemerintah Kota Semarang: aplikasi Lapor Semar atau *laporsemar.semarangkota.go.id*. Laporan diteruskan ke instansi yang berwenang dan bisa dipantau.
• *SP4N-LAPOR!* (nasional): *lapor.go.id*, terhubung dengan Lapor Semar.
• Di kantor layanan (puskesmas, kecamatan, RSUD, Disdukcapil) biasanya ada petugas pengaduan atau kotak saran.
Tuliskan *kapan*, *di mana*, dan *apa yang terjadi*; nama petugas bila tahu. Identitas pelapor dirahasiakan.',
'["petugasnya jutek banget mau komplain", "pelayanan di kantor kecamatan lama sekali saya kecewa", "mau ngadu pelayanan puskesmas tidak ramah", "cara komplain pelayanan pemkot", "saya dilayani kasar sama petugas", "Dengan hormat, saya ingin menyampaikan keluhan atas pelayanan petugas yang kurang sopan. Ke mana saya harus melapor?", "pegawainya cuek aja pas ditanya", "mau protes layanan yang lelet", "wadul pelayanan elek nang ndi"]',
'Lapor Semar Pemerintah Kota Semarang (laporsemar.semarangkota.go.id), terhubung dengan SP4N-LAPOR! (lapor.go.id, Perpres 76/2013 tentang Pengelolaan Pelayanan Publik)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('handoff', 'Ada petugas yang meminta uang tambahan (pungli) atau menawarkan jasa calo, harus lapor ke mana?',
'🚫 *Pungli dan calo*
Layanan adminduk gratis, dan biaya layanan lain hanya sesuai tarif resmi dengan bukti bayar. Jangan membayar di luar itu.
Laporkan lewat *Lapor Semar* (aplikasi atau *laporsemar.semarangkota.go.id*) atau *lapor.go.id*: sebutkan tempat, waktu, dan kejadiannya; bukti foto/chat sangat membantu. Identitas pelapor dirahasiakan.',
'["ada pungli di kelurahan", "petugas minta uang buat ngurus ktp", "ditawari calo biar cepet", "lapor pungli kemana", "disuruh bayar padahal katanya gratis", "Mohon maaf, saat mengurus surat saya diminta uang oleh oknum, bagaimana cara melaporkannya?", "dimintai duit pelicin"]',
'UU 24/2013 Pasal 79A (layanan adminduk tanpa biaya); Lapor Semar Pemerintah Kota Semarang (laporsemar.semarangkota.go.id); SP4N-LAPOR! (lapor.go.id)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00');
