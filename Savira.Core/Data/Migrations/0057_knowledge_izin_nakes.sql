-- Knowledge base: izin_nakes (Surat Izin Praktik of health workers in Kota Semarang), checked 2026-12-01.
-- Entries 9-14 of 0031 were written before UU 17/2023 / PP 28/2024: they are corrected in place (STR for life,
-- no recommendation of the professional organisation, SIP valid 5 years, one SIP per practice place).

UPDATE faq_entries SET
    question = 'Apa syarat Surat Izin Praktik (SIP) dokter?',
    answer = '🩺 *SIP Dokter (dokter umum)*
SIP diterbitkan *DPMPTSP Kota Semarang* untuk setiap tempat praktik, setelah berkas diverifikasi Dinas Kesehatan Kota Semarang.
*Syarat utama:*
• STR dokter (kini berlaku seumur hidup)
• Surat keterangan dari fasilitas kesehatan tempat praktik, atau bukti tempat praktik mandiri
• KTP-el dan pas foto terbaru
• Dokumen lain yang diminta sistem, mis. persetujuan atasan bagi dokter ASN
Rekomendasi IDI *tidak lagi* menjadi syarat sejak UU 17/2023.
*Tempat praktik:* paling banyak 3, satu SIP untuk satu tempat.
*Masa berlaku:* 5 tahun dan bisa diperpanjang.
Ajukan online di *izin.semarangkota.go.id*. Layanan *gratis*.',
    examples = '["syarat sip dokter umum apa aja", "cara urus sip dokter di semarang", "dokter baru selesai internsip mau bikin sip gmn", "izin praktik dokter syaratnya apa", "sip dokter masih perlu rekom idi gk", "piye carane ngurus sip dokter", "Selamat pagi, mohon info persyaratan pengajuan SIP dokter umum di Kota Semarang", "dokter mau buka praktik mandiri butuh apa aja"]',
    source = 'UU 17/2023 tentang Kesehatan (perizinan nakes, a.l. Pasal 263-264: syarat SIP = STR + tempat praktik, berlaku 5 tahun); PP 28/2024 Pasal 682 (1 SIP untuk 1 tempat; dokter/dokter gigi maks. 3 tempat, keterangan Kemenkes Agustus 2024); DPMPTSP Kota Semarang, izin.semarangkota.go.id; Dinas Kesehatan Kota Semarang',
    checked_on = '2026-12-01', updated_at = '2026-12-01T00:00:00.0000000+00:00'
WHERE id = 9 AND intent = 'izin_nakes';

UPDATE faq_entries SET
    question = 'Apa syarat SIP bidan (SIPB)?',
    answer = '🤱 *SIP Bidan (SIPB)*
*Syarat utama:*
• STR bidan (berlaku seumur hidup)
• Surat keterangan dari fasilitas kesehatan tempat praktik; untuk praktik mandiri: bukti tempat praktik (alamat/denah) yang memenuhi standar
• KTP-el dan pas foto terbaru
Rekomendasi IBI *tidak lagi* menjadi syarat sejak UU 17/2023.
*Tempat praktik:* paling banyak 2 SIPB, misalnya 1 praktik mandiri dan 1 di fasilitas kesehatan lain.
*Masa berlaku:* 5 tahun, bisa diperpanjang.
Ajukan online lewat DPMPTSP Kota Semarang (*izin.semarangkota.go.id*); berkas diverifikasi Dinas Kesehatan Kota Semarang. Layanan *gratis*.',
    examples = '["syarat sip bidan apa saja", "sipb bidan praktik mandiri", "bidan mau buka praktek sendiri di rumah", "izin praktik bidan semarang", "bidan boleh praktik di 2 tempat gk", "ngurus sipb masih butuh rekom ibi?", "Mohon info Bu, syarat SIPB untuk bidan yang bekerja di klinik pripun nggih", "cara bikin sip bidan online"]',
    source = 'UU 17/2023 tentang Kesehatan (syarat SIP: STR + tempat praktik, tanpa rekomendasi organisasi profesi); PP 28/2024 Pasal 682; batas 2 SIPB: Permenkes 28/2017 Pasal 6 (Kemenkes: jumlah tempat masih mengikuti aturan sebelumnya); DPMPTSP Kota Semarang, izin.semarangkota.go.id',
    checked_on = '2026-12-01', updated_at = '2026-12-01T00:00:00.0000000+00:00'
WHERE id = 10 AND intent = 'izin_nakes';

UPDATE faq_entries SET
    question = 'Apa syarat SIP perawat (SIPP)?',
    answer = '💉 *SIP Perawat (SIPP)*
*Syarat utama:*
• STR perawat (berlaku seumur hidup)
• Surat keterangan dari fasilitas kesehatan tempat bekerja, atau bukti tempat praktik mandiri keperawatan
• KTP-el dan pas foto terbaru
Rekomendasi PPNI *tidak lagi* menjadi syarat sejak UU 17/2023.
*Tempat praktik:* paling banyak 2 SIPP, satu SIP untuk satu tempat.
*Masa berlaku:* 5 tahun, bisa diperpanjang dengan kecukupan SKP.
Ajukan online lewat DPMPTSP Kota Semarang (*izin.semarangkota.go.id*); berkas diverifikasi Dinas Kesehatan Kota Semarang. Layanan *gratis*.',
    examples = '["syarat sip perawat", "sipp perawat rumah sakit", "izin praktik perawat semarang", "perawat mau buka praktik mandiri", "perawat klinik wajib sip gk", "sipp masih perlu rekomendasi ppni?", "Selamat siang, saya perawat baru diterima di RS swasta, mohon info cara mengurus SIPP", "ngurus sip perawat piye"]',
    source = 'UU 17/2023 tentang Kesehatan (syarat SIP: STR + tempat praktik; perpanjangan dengan SKP); PP 28/2024 Pasal 682; batas 2 SIPP: Permenkes 26/2019 (Kemenkes: jumlah tempat masih mengikuti aturan sebelumnya); DPMPTSP Kota Semarang, izin.semarangkota.go.id',
    checked_on = '2026-12-01', updated_at = '2026-12-01T00:00:00.0000000+00:00'
WHERE id = 11 AND intent = 'izin_nakes';

UPDATE faq_entries SET
    question = 'Apa syarat SIP apoteker (SIPA)?',
    answer = '💊 *SIP Apoteker (SIPA)*
*Syarat utama:*
• STR apoteker (berlaku seumur hidup)
• Surat keterangan dari apotek, puskesmas, klinik atau instalasi farmasi rumah sakit tempat praktik
• KTP-el dan pas foto terbaru
Rekomendasi IAI *tidak lagi* menjadi syarat sejak UU 17/2023.
*Tempat praktik:* paling banyak 3 SIPA, satu SIPA untuk satu tempat.
*Masa berlaku:* 5 tahun, bisa diperpanjang dengan kecukupan SKP.
Ajukan online lewat DPMPTSP Kota Semarang (*izin.semarangkota.go.id*); berkas diverifikasi Dinas Kesehatan Kota Semarang. Layanan *gratis*.',
    examples = '["mau urus sipa apoteker", "syarat sipa apoteker", "izin praktik apoteker di apotek", "apoteker boleh pegang brp apotek", "sipa masih perlu rekom iai?", "apoteker puskesmas butuh sipa", "Selamat pagi, saya apoteker yang akan bekerja di apotek baru, mohon info syarat SIPA", "ngurus sipa nang endi"]',
    source = 'UU 17/2023 tentang Kesehatan (syarat SIP: STR + tempat praktik); PP 28/2024 Pasal 682; batas 3 SIPA: Permenkes 31/2016 (Kemenkes: jumlah tempat masih mengikuti aturan sebelumnya); DPMPTSP Kota Semarang, izin.semarangkota.go.id',
    checked_on = '2026-12-01', updated_at = '2026-12-01T00:00:00.0000000+00:00'
WHERE id = 12 AND intent = 'izin_nakes';

UPDATE faq_entries SET
    question = 'Berapa lama proses SIP sampai terbit?',
    answer = '⏱️ *Lama proses SIP*
• Bila berkas lengkap dan benar, SIP di Kota Semarang bisa terbit dalam hitungan jam sampai beberapa hari kerja. Pemkot meluncurkan layanan cepat *L1ON (Layanan One Hour Nakes)* pada Mei 2024.
• Kemenkes menargetkan penerbitan SIP lewat sistem digital paling lama *5 hari kerja*.
• Berkas yang dikembalikan untuk perbaikan baru diproses lagi setelah Anda melengkapinya, jadi pantau catatan di akun permohonan Anda.
Cek status di sini: kirim *nomor registrasi* Anda, contoh *SIP-20261102-0007*.',
    examples = '["berapa lama sip jadi", "sip jadinya brp hari", "berapa lama jadinya?", "prosesnya lama gk", "kok sip saya belum terbit udh seminggu", "suwene pinten dinten sip metu", "Selamat siang, kira-kira berapa lama proses penerbitan SIP perawat setelah berkas diunggah?", "sehari bisa jadi gk sip nya"]',
    source = 'DPMPTSP dan Dinas Kesehatan Kota Semarang, peluncuran L1ON 6 Mei 2024 (izin.semarangkota.go.id); Kemenkes, perizinan nakes lewat MPP Digital Nasional paling lama 5 hari kerja (SKB 9 September 2025)',
    checked_on = '2026-12-01', updated_at = '2026-12-01T00:00:00.0000000+00:00'
WHERE id = 13 AND intent = 'izin_nakes';

UPDATE faq_entries SET
    question = 'Di mana mengurus STR?',
    answer = '📜 *STR (Surat Tanda Registrasi)*
STR *tidak diurus di Pemkot*. STR diterbitkan secara nasional oleh Konsil Kesehatan Indonesia (KKI) atas nama Menteri Kesehatan dan diajukan online lewat portal *SATUSEHAT SDMK* Kemenkes (satusehat.kemkes.go.id).
• Sejak UU 17/2023 dan PP 28/2024 (Pasal 677), STR tenaga medis dan tenaga kesehatan WNI *berlaku seumur hidup*, tidak perlu diperpanjang lagi.
• STR lama yang sudah atau akan habis bisa diajukan menjadi STR seumur hidup di portal yang sama.
• Siapkan ijazah (terdata di PDDikti), sertifikat kompetensi, STR lama bila ada, KTP dan pas foto.
Setelah STR terbit, SIP diurus di *DPMPTSP Kota Semarang*.',
    examples = '["cara buat str", "str perawat dimana ngurusnya", "perpanjang str gimana", "str saya sudah habis masa berlaku", "str seumur hidup caranya", "bikin str di dinkes bisa gk", "STR ku mati piye iki", "Mohon info cara mengajukan STR seumur hidup untuk bidan lulusan baru"]',
    source = 'UU 17/2023 tentang Kesehatan (STR berlaku seumur hidup); PP 28/2024 Pasal 677; Kemenkes, portal SATUSEHAT SDMK (satusehat.kemkes.go.id); Konsil Kesehatan Indonesia, kki.go.id (FAQ dokumen STR)',
    checked_on = '2026-12-01', updated_at = '2026-12-01T00:00:00.0000000+00:00'
WHERE id = 14 AND intent = 'izin_nakes';

INSERT INTO faq_entries (intent, question, answer, examples, source, checked_on, created_at, updated_at) VALUES
('izin_nakes', 'Apa syarat SIP dokter gigi?',
'🦷 *SIP Dokter Gigi*
*Syarat utama:*
• STR dokter gigi (berlaku seumur hidup)
• Surat keterangan dari fasilitas kesehatan tempat praktik, atau bukti tempat praktik mandiri dokter gigi
• KTP-el dan pas foto terbaru
Rekomendasi PDGI *tidak lagi* menjadi syarat sejak UU 17/2023.
*Tempat praktik:* paling banyak 3, satu SIP untuk satu tempat.
*Masa berlaku:* 5 tahun, bisa diperpanjang dengan kecukupan SKP.
Ajukan online lewat DPMPTSP Kota Semarang (*izin.semarangkota.go.id*); berkas diverifikasi Dinas Kesehatan Kota Semarang. Layanan *gratis*.',
'["syarat sip dokter gigi", "sip drg semarang", "drg mau praktik di klinik gigi butuh sip", "cara urus izin praktik dokter gigi", "dokter gigi boleh praktek brp tempat", "sip drg masih butuh rekom pdgi?", "Selamat sore, saya dokter gigi baru pindah ke Semarang, mohon info syarat SIP nya", "ngurus sip dokter gigi online dmn"]',
'UU 17/2023 tentang Kesehatan (syarat SIP: STR + tempat praktik); PP 28/2024 Pasal 682 (1 SIP 1 tempat; dokter/dokter gigi maks. 3 tempat, keterangan Kemenkes Agustus 2024); DPMPTSP Kota Semarang, izin.semarangkota.go.id',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('izin_nakes', 'Apa syarat SIP dokter spesialis?',
'👨‍⚕️ *SIP Dokter Spesialis / Dokter Gigi Spesialis*
*Syarat utama:*
• STR yang sudah mencantumkan kompetensi spesialis Anda (data di SATUSEHAT SDMK harus sudah diperbarui)
• Surat keterangan dari rumah sakit atau klinik tempat praktik
• KTP-el dan pas foto terbaru
Rekomendasi organisasi profesi *tidak lagi* menjadi syarat sejak UU 17/2023.
*Tempat praktik:* paling banyak 3, satu SIP untuk satu tempat. Dalam kondisi tertentu (mis. bencana atau daerah kekurangan dokter) SIP dapat diterbitkan Menteri Kesehatan.
*Masa berlaku:* 5 tahun, bisa diperpanjang.
Ajukan online lewat DPMPTSP Kota Semarang (*izin.semarangkota.go.id*). Layanan *gratis*.',
'["sip dokter spesialis", "syarat sip sp.og di rs swasta", "dokter spesialis praktik di 3 rs boleh?", "izin praktik dokter spesialis anak", "str spesialis blm update bisa ngajuin sip gk", "sip spesialis gmn caranya", "Mohon informasi persyaratan SIP untuk dokter spesialis penyakit dalam yang akan praktik di RS swasta Semarang", "drg spesialis ortodonti sip nya sama gk"]',
'UU 17/2023 tentang Kesehatan Pasal 263 (SIP oleh pemda kab/kota; dalam kondisi tertentu oleh Menteri) dan Pasal 264; PP 28/2024 Pasal 682; Kemenkes (tambahan kompetensi dicatat pada STR, September 2025); DPMPTSP Kota Semarang, izin.semarangkota.go.id',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('izin_nakes', 'Apa syarat SIP tenaga teknis kefarmasian (SIPTTK)?',
'⚗️ *SIP Tenaga Teknis Kefarmasian (SIPTTK)*
Untuk TTK/asisten apoteker: sarjana farmasi, ahli madya farmasi, analis farmasi.
*Syarat utama:*
• STR TTK (berlaku seumur hidup)
• Surat keterangan dari apotek, klinik, puskesmas atau instalasi farmasi tempat bekerja
• KTP-el dan pas foto terbaru
Rekomendasi organisasi profesi *tidak lagi* menjadi syarat sejak UU 17/2023.
*Tempat praktik:* satu SIP untuk satu tempat; selama ini paling banyak 3 fasilitas kefarmasian. Pastikan batasnya ke DPMPTSP saat mengajukan.
*Masa berlaku:* 5 tahun, bisa diperpanjang.
Ajukan online lewat DPMPTSP Kota Semarang (*izin.semarangkota.go.id*). Layanan *gratis*.',
'["sip ttk", "sipttk asisten apoteker", "izin kerja ttk di apotek", "d3 farmasi kerja di apotek perlu sip?", "syarat sipttk semarang", "asisten apoteker ngurus izin dimana", "Permisi, saya lulusan D3 farmasi mau kerja di apotek, perlu urus izin apa nggih?", "ttk boleh kerja di 2 apotek gk"]',
'UU 17/2023 tentang Kesehatan (syarat SIP: STR + tempat praktik); PP 28/2024 Pasal 682; Permenkes 31/2016 (SIPTTK, jumlah tempat; Kemenkes: jumlah tempat masih mengikuti aturan sebelumnya); DPMPTSP Kota Semarang, izin.semarangkota.go.id',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('izin_nakes', 'Apa syarat SIP fisioterapis (SIPF)?',
'🦵 *SIP Fisioterapis (SIPF)*
*Syarat utama:*
• STR fisioterapis (berlaku seumur hidup)
• Surat keterangan dari rumah sakit atau klinik tempat praktik, atau bukti tempat praktik mandiri fisioterapi
• KTP-el dan pas foto terbaru
Rekomendasi IFI *tidak lagi* menjadi syarat sejak UU 17/2023.
*Tempat praktik:* satu SIP untuk satu tempat; jumlah maksimal tempat mengikuti ketentuan profesi, pastikan ke DPMPTSP atau Dinas Kesehatan Kota Semarang.
*Masa berlaku:* 5 tahun, bisa diperpanjang dengan kecukupan SKP.
Ajukan online lewat DPMPTSP Kota Semarang (*izin.semarangkota.go.id*). Layanan *gratis*.',
'["syarat sip fisioterapis", "sipf fisioterapi", "fisioterapis mau buka praktik mandiri", "izin praktik fisio di klinik", "cara urus sip fisioterapi semarang", "fisioterapis perlu rekom ifi gk", "Selamat siang, saya fisioterapis di RS swasta, mohon info syarat perpanjangan SIP", "sip ft gimana ngurusnya", "terapis fisio izin prakteknya apa", "syarat izin praktik fisioterapi", "klinik fisioterapi butuh izin apa"]',
'UU 17/2023 tentang Kesehatan (syarat SIP: STR + tempat praktik; perpanjangan dengan SKP); PP 28/2024 Pasal 682; DPMPTSP Kota Semarang, izin.semarangkota.go.id; Dinas Kesehatan Kota Semarang',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('izin_nakes', 'Apa syarat SIP ahli gizi, ATLM, radiografer dan psikolog klinis?',
'🧪 *SIP tenaga kesehatan lain*
Aturannya sama: perlu *STR* (seumur hidup) dan *tempat praktik*, satu SIP per tempat, berlaku 5 tahun, tanpa rekomendasi organisasi profesi, diajukan online lewat DPMPTSP Kota Semarang (*izin.semarangkota.go.id*), *gratis*.
• *Ahli gizi (nutrisionis/dietisien):* surat keterangan dari RS, puskesmas, klinik, atau bukti praktik mandiri gizi.
• *Ahli teknologi laboratorium medik (ATLM/analis kesehatan):* surat keterangan dari laboratorium atau RS tempat bekerja.
• *Radiografer:* surat keterangan dari RS, klinik atau instalasi radiologi tempat bekerja.
• *Psikolog klinis:* STR psikolog klinis dan surat keterangan tempat praktik (RS, puskesmas, klinik, atau praktik mandiri).
Jumlah maksimal tempat praktik berbeda per profesi: pastikan ke DPMPTSP atau Dinas Kesehatan Kota Semarang.',
'["sip ahli gizi", "izin praktik nutrisionis", "sip atlm analis kesehatan", "radiografer perlu sip gk", "sip psikolog klinis", "analis lab rs ngurus izin apa", "Mohon info syarat SIP untuk psikolog klinis yang akan praktik mandiri di Semarang", "dietisien buka praktik konsultasi gizi syaratnya", "izin kerja radiografer rumah sakit"]',
'UU 17/2023 tentang Kesehatan (psikologi klinis, gizi, teknik biomedika termasuk tenaga kesehatan; syarat SIP: STR + tempat praktik); PP 28/2024 Pasal 682; DPMPTSP Kota Semarang, izin.semarangkota.go.id',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('izin_nakes', 'Berapa tempat praktik yang boleh dimiliki dengan SIP?',
'🏥 *Berapa tempat praktik yang boleh?*
Satu SIP hanya untuk *satu* tempat praktik (PP 28/2024 Pasal 682). Menurut Kemenkes, batas jumlahnya masih mengikuti aturan profesi sebelumnya:
• Dokter, dokter gigi, dokter spesialis: paling banyak *3* tempat
• Apoteker: paling banyak *3* SIPA
• Bidan: paling banyak *2* SIPB
• Perawat: paling banyak *2* SIPP
• Profesi lain: sesuai ketentuan profesinya
Untuk SIP kedua atau ketiga, SIP yang sudah dimiliki biasanya ikut dilampirkan. Pastikan jadwal praktik di tiap tempat tidak bertabrakan. Bila ragu, tanyakan ke DPMPTSP atau Dinas Kesehatan Kota Semarang.',
'["boleh praktik berapa tempat", "maksimal sip berapa", "dokter boleh praktek di 4 tempat gk", "perawat boleh punya 2 sip?", "bidan bisa praktik mandiri sambil kerja di rs?", "sip kedua syaratnya apa", "praktik di beberapa klinik boleh gk", "bisa kerja di dua klinik sekaligus?", "Mohon maaf mau tanya, satu dokter boleh praktik di berapa klinik sekaligus?", "iso praktik nang telung panggonan ora"]',
'PP 28/2024 Pasal 682 (1 SIP untuk 1 tempat praktik); keterangan Kemenkes 1 Agustus 2024 (dokter/dokter gigi maks. 3 tempat, jumlah tempat mengacu aturan sebelumnya); Permenkes 28/2017 (bidan), Permenkes 26/2019 (perawat), Permenkes 31/2016 (apoteker)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('izin_nakes', 'Berapa lama SIP berlaku dan bagaimana memperpanjangnya?',
'🔄 *Masa berlaku dan perpanjangan SIP*
• SIP berlaku *5 tahun* dan dapat diperpanjang (UU 17/2023).
• Syarat perpanjangan: STR, tempat praktik yang masih sama, dan *kecukupan SKP* (satuan kredit profesi) yang tercatat di SATUSEHAT SDMK.
• Ajukan sebelum SIP habis lewat *izin.semarangkota.go.id* dan lampirkan SIP lama.
• SIP yang terbit sebelum aturan baru tetap berlaku sampai tanggal yang tertera.
• STR tidak perlu diperpanjang lagi karena sudah seumur hidup.
SIP tidak berlaku bila masa berlakunya habis, tempat praktik berubah, STR dicabut/nonaktif, atau SIP dicabut. Jangan praktik dengan SIP yang sudah habis.',
'["perpanjang sip", "sip saya habis bulan depan", "cara perpanjangan sip perawat", "sip berlaku berapa tahun", "skp buat perpanjang sip dimana dicek", "sip ku wis entek piye", "Selamat pagi, SIP saya terbit tahun 2021 mengikuti STR lama, apakah harus diperpanjang sekarang?", "sip expired masih boleh praktik gk"]',
'UU 17/2023 tentang Kesehatan (SIP berlaku 5 tahun; perpanjangan: STR, tempat praktik, kecukupan SKP; SIP tidak berlaku bila habis, tempat berubah, STR dicabut); Kemenkes, SKP tercatat di SATUSEHAT SDMK; DPMPTSP Kota Semarang, izin.semarangkota.go.id',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('izin_nakes', 'Bagaimana jika pindah tempat praktik?',
'🔁 *Pindah tempat praktik*
SIP melekat pada *satu* tempat praktik, jadi SIP tidak berlaku lagi bila tempat praktiknya berubah.
• Pindah ke tempat lain di Kota Semarang: ajukan *SIP baru* untuk tempat baru di *izin.semarangkota.go.id*, dengan surat keterangan dari fasilitas kesehatan yang baru.
• Beri tahu berhentinya praktik di tempat lama (biasanya dengan surat keterangan berhenti dari fasilitas lama) agar SIP lama dicabut dan tidak menghabiskan jatah tempat praktik Anda.
• Pindah ke luar Kota Semarang: SIP diurus di pemerintah kabupaten/kota tempat praktik yang baru.
STR tidak perlu diubah karena berlaku nasional.',
'["pindah tempat praktik sip gimana", "ganti klinik sip harus baru?", "mutasi kerja sip ikut pindah gk", "pindah rs sip lama masih berlaku?", "cara cabut sip lama", "pindah praktik ke kabupaten semarang ngurus dimana", "Mohon info, saya perawat pindah kerja dari satu RS ke RS lain di Semarang, apakah SIP harus diurus ulang?", "resign dari klinik sip nya piye"]',
'UU 17/2023 tentang Kesehatan (SIP tidak berlaku bila tempat praktik berubah; SIP diterbitkan pemda kab/kota tempat praktik); PP 28/2024 Pasal 682; DPMPTSP Kota Semarang, izin.semarangkota.go.id',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('izin_nakes', 'Berapa biaya mengurus SIP?',
'💰 *Biaya SIP*
Pengurusan SIP di DPMPTSP Kota Semarang *gratis*, tidak ada retribusi.
• Pengajuan STR di SATUSEHAT SDMK: bila ada biaya resmi (PNBP), besarnya tercantum di portal.
• Jangan membayar pihak yang menjanjikan SIP cepat; pengajuan resmi bisa Anda lakukan sendiri secara online.
• Bila ada yang meminta pungutan, laporkan lewat kanal pengaduan Pemkot *Lapor Semar* (laporsemar.semarangkota.go.id) atau *SP4N-LAPOR!* (lapor.go.id).',
'["biaya sip berapa", "biayanya brp?", "bayar gk ngurus sip", "sip gratis kah", "ada biaya perpanjangan sip?", "kena biaya pinten", "Mohon info apakah pengurusan SIP bidan dipungut biaya?", "dimintai uang sama calo sip"]',
'DPMPTSP Kota Semarang (layanan izin nakes gratis); Kemenkes, digitalisasi perizinan nakes untuk menutup pungli (MPP Digital, September 2025); Diskominfo Kota Semarang, Lapor Semar Solusi AWP',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('izin_nakes', 'Apa saja syarat umum SIP untuk semua tenaga kesehatan?',
'📋 *Syarat umum SIP (semua profesi)*
Sejak UU 17/2023, syarat pokok SIP hanya dua: *STR* dan *tempat praktik*. Dokumen yang biasanya diunggah:
• KTP-el
• STR seumur hidup, dengan data di SATUSEHAT SDMK yang sudah benar
• Surat keterangan dari pimpinan fasilitas kesehatan tempat praktik, atau bukti tempat praktik mandiri
• Pas foto terbaru
• Untuk ASN/pegawai tetap: persetujuan atasan langsung
• Untuk perpanjangan: SIP lama dan kecukupan SKP
Rekomendasi organisasi profesi tidak lagi diperlukan. Daftar dokumen yang pasti tampil di formulir *izin.semarangkota.go.id*.',
'["syaratnya apa aja?", "syarat sip apa", "berkas sip apa saja", "dokumen yang diupload buat sip", "bawa apa aja ngurus sip", "syarat umum izin praktik nakes", "Selamat siang, mohon info berkas apa saja yang perlu disiapkan untuk pengajuan SIP tenaga kesehatan", "persyaratane sip napa mawon"]',
'UU 17/2023 tentang Kesehatan Pasal 264 (syarat SIP: STR dan tempat praktik); PP 28/2024; DPMPTSP Kota Semarang, izin.semarangkota.go.id',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('izin_nakes', 'Kenapa permohonan SIP ditolak atau dikembalikan?',
'⚠️ *Permohonan SIP ditolak atau dikembalikan*
Penyebab yang sering terjadi:
• Data STR/SATUSEHAT SDMK belum sesuai (nama, NIK, kompetensi, atau STR lama belum diurus menjadi seumur hidup)
• Surat keterangan tempat praktik tidak jelas, belum ditandatangani pimpinan, atau alamatnya berbeda
• Jumlah tempat praktik sudah mencapai batas
• Untuk perpanjangan: SKP belum mencukupi
• Berkas buram, terpotong, atau sudah kedaluwarsa
Perbaiki sesuai catatan petugas di akun permohonan Anda, lalu kirim ulang. Bila catatannya kurang jelas, hubungi DPMPTSP atau Dinas Kesehatan Kota Semarang pada jam kerja.',
'["kenapa sip saya ditolak", "permohonan sip dikembalikan", "sip ditolak alasannya apa", "kok berkas sip direvisi terus", "ditolak?", "kenapa ditolak?", "sip ku ditolak piye", "Mohon bantuan, permohonan SIP saya dikembalikan untuk perbaikan, apa yang harus saya lakukan?"]',
'UU 17/2023 tentang Kesehatan (syarat SIP dan perpanjangan); PP 28/2024 Pasal 682; DPMPTSP Kota Semarang, izin.semarangkota.go.id (verifikasi berkas bersama Dinas Kesehatan Kota Semarang)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('izin_nakes', 'Bagaimana cek status permohonan SIP?',
'🔎 *Cek status permohonan SIP*
Kirim *nomor registrasi* permohonan Anda di chat ini, contoh: *SIP-20261102-0007*. Saya tampilkan statusnya, misalnya sedang diverifikasi, dikembalikan untuk perbaikan, atau sudah terbit.
Nomor registrasi tertera di tanda terima/bukti pengajuan. Anda juga dapat memantau status di akun permohonan *izin.semarangkota.go.id*.',
'["cek status sip", "sip saya sudah sampai mana", "lacak permohonan sip", "status izin praktik saya", "nomor registrasi sip", "sip ku wis dadi durung", "Selamat sore, saya ingin menanyakan perkembangan permohonan SIP yang saya ajukan minggu lalu", "gimana cek sip udah terbit blm"]',
'Savira: cek status permohonan dengan nomor registrasi (format SIP-yyyymmdd-nnnn); DPMPTSP Kota Semarang, izin.semarangkota.go.id',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('izin_nakes', 'Bagaimana cara mengajukan SIP secara online di Kota Semarang?',
'🖥️ *Cara mengajukan SIP di Kota Semarang*
1. Pastikan STR dan profil Anda di SATUSEHAT SDMK sudah benar.
2. Buat akun dan isi permohonan di *izin.semarangkota.go.id* (DPMPTSP Kota Semarang), lalu unggah dokumen.
3. Berkas diverifikasi Dinas Kesehatan Kota Semarang dan DPMPTSP.
4. Setelah disetujui, SIP diterbitkan DPMPTSP. Simpan nomor registrasi untuk cek status.
Secara nasional Kemenkes juga membuka pengajuan SIP lewat *MPP Digital Nasional*; tanyakan ke DPMPTSP kanal mana yang berlaku untuk Semarang. Butuh bantuan langsung? Datang ke layanan DPMPTSP Kota Semarang pada hari dan jam kerja.',
'["cara ngajuin sip online", "daftar sip lewat mana", "website sip semarang", "ngurus sip di dpmptsp dimana", "sip bisa online gk", "buka hari sabtu?", "Mohon arahan langkah-langkah pengajuan SIP secara online di Kota Semarang", "pengajuan sip lewat mpp digital bisa?"]',
'DPMPTSP Kota Semarang, izin.semarangkota.go.id (berita peluncuran L1ON, 6 Mei 2024); Kemenkes/KemenPAN-RB/Kemendagri, SKB perizinan nakes melalui MPP Digital Nasional (9 September 2025)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00'),

('izin_nakes', 'Apakah SIP masih perlu rekomendasi organisasi profesi?',
'🤝 *Masih perlu rekomendasi organisasi profesi?*
*Tidak.* Sejak UU 17/2023 tentang Kesehatan, syarat SIP hanya STR dan tempat praktik. Rekomendasi IDI, PDGI, PPNI, IBI, IAI, IFI atau organisasi profesi lain tidak lagi diwajibkan.
Yang tetap diperlukan: STR (seumur hidup), surat keterangan tempat praktik, dan untuk perpanjangan kecukupan SKP. Menjadi anggota organisasi profesi tetap boleh, tetapi bukan syarat izin.',
'["masih perlu rekom idi gk", "rekomendasi ppni masih wajib?", "sip tanpa rekomendasi organisasi profesi", "surat rekom op masih dipakai?", "harus minta rekomendasi dulu sebelum ngajuin sip?", "rekomendasi dinkes atau op", "Mohon konfirmasi, apakah pengajuan SIP sekarang masih memerlukan surat rekomendasi dari organisasi profesi?", "kudu njaluk rekom pdgi ora"]',
'UU 17/2023 tentang Kesehatan Pasal 264 ayat (1) (syarat SIP: STR dan tempat praktik; rekomendasi organisasi profesi dihapus, bandingkan UU 29/2004 Pasal 38)',
'2026-12-01', '2026-12-01T00:00:00.0000000+00:00', '2026-12-01T00:00:00.0000000+00:00');
