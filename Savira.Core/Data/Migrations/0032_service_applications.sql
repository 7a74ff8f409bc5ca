-- Applications citizens filed for civil registration (kependudukan) and health-worker permits
-- (izin_nakes), looked up by registration number. Demo rows; names invented.
CREATE TABLE service_applications (
    registration_number TEXT PRIMARY KEY, -- 'DUK-20261118-0042', 'SIP-20261102-0007'
    intent              TEXT NOT NULL CHECK (intent IN ('kependudukan', 'izin_nakes')),
    kind                TEXT NOT NULL,
    applicant_name      TEXT NOT NULL,
    status              TEXT NOT NULL CHECK (status IN ('diterima', 'diverifikasi', 'diproses', 'selesai', 'ditolak')),
    note                TEXT NULL,
    submitted_at        TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);

INSERT INTO service_applications (registration_number, intent, kind, applicant_name, status, note, submitted_at, updated_at) VALUES
('DUK-20261118-0042', 'kependudukan', 'Penerbitan KTP-el (hilang)', 'Sri Wahyuningsih', 'selesai',
 'KTP-el dapat diambil di Kantor Kecamatan Banyumanik dengan membawa tanda terima.', '2026-11-18T02:10:00.0000000+00:00', '2026-11-24T06:30:00.0000000+00:00'),
('DUK-20261123-0007', 'kependudukan', 'Akta kelahiran', 'Budi Santoso', 'diproses',
 'Berkas lengkap; akta sedang ditandatangani secara elektronik.', '2026-11-23T03:00:00.0000000+00:00', '2026-11-25T01:45:00.0000000+00:00'),
('DUK-20261125-0019', 'kependudukan', 'Perubahan Kartu Keluarga', 'Dewi Lestari', 'ditolak',
 'Fotokopi buku nikah tidak terbaca. Silakan ajukan ulang dengan hasil pindaian yang jelas.', '2026-11-25T04:20:00.0000000+00:00', '2026-11-26T02:00:00.0000000+00:00'),
('SIP-20261102-0007', 'izin_nakes', 'SIP Bidan', 'Rina Kurniasih', 'diverifikasi',
 'Berkas sedang diverifikasi petugas DPMPTSP.', '2026-11-02T02:00:00.0000000+00:00', '2026-11-20T03:15:00.0000000+00:00'),
('SIP-20261015-0031', 'izin_nakes', 'SIP Dokter', 'Arif Wicaksono', 'selesai',
 'SIP telah terbit dan dapat diunduh dari akun perizinan Anda.', '2026-10-15T01:30:00.0000000+00:00', '2026-10-28T07:00:00.0000000+00:00');
