-- The kependudukan entry on processing times never said "proses", while Samsat's does ("prosesnya lama ga"): a
-- citizen asking "prosesnya berapa lama?" after a question about a move-out letter was answered with Samsat's
-- times. Version 2 of the entry adds phrasings with "proses" (written for this project), published as an editor
-- would publish it. Only an entry still as seeded is changed; one an operator has edited keeps the operator's text.
INSERT INTO faq_versions (entry_id, version, intent, question, answer, examples, source, checked_on, starts_at, ends_at, note, published_at, published_by)
SELECT id, published_version + 1, intent, question, answer,
    '["berapa lama jadinya?", "kk jadi brp hari", "akta kelahiran jadi berapa lama", "ktp cetak ulang berapa hari", "urus online kok lama banget ga jadi2", "suwene piro dadine", "Selamat siang, kalau saya mengajukan akta kematian hari ini, kira-kira kapan bisa jadi", "kapan jadinya?", "prosesnya berapa lama?", "proses surat pindah berapa hari", "ngurus kk prosesnya cepet ga", "proses akta lama nggak sih"]',
    source, checked_on, starts_at, ends_at, 'Contoh pertanyaan dengan kata "proses" ditambahkan', '2026-12-02T00:00:00.0000000+00:00', 'sistem'
FROM faq_entries
WHERE intent = 'kependudukan' AND question = 'Berapa lama dokumen kependudukan selesai?' AND published_version = 1
    AND examples = '["berapa lama jadinya?", "kk jadi brp hari", "akta kelahiran jadi berapa lama", "ktp cetak ulang berapa hari", "urus online kok lama banget ga jadi2", "suwene piro dadine", "Selamat siang, kalau saya mengajukan akta kematian hari ini, kira-kira kapan bisa jadi", "kapan jadinya?"]';

UPDATE faq_entries
SET examples = (SELECT v.examples FROM faq_versions v WHERE v.entry_id = faq_entries.id AND v.version = 2),
    published_version = 2, edit_version = edit_version + 1, updated_at = '2026-12-02T00:00:00.0000000+00:00'
WHERE published_version = 1
    AND EXISTS (SELECT 1 FROM faq_versions v WHERE v.entry_id = faq_entries.id AND v.version = 2 AND v.published_by = 'sistem'
        AND v.note = 'Contoh pertanyaan dengan kata "proses" ditambahkan');
