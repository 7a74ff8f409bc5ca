-- Every knowledge entry says where its facts come from and when someone last checked them, so operators
-- know what to re-check and citizens can be told where to confirm. The seeded entries of 0031 were
-- written from the offices' public pages; later migrations (0051…) re-check and extend them per service.
ALTER TABLE faq_entries ADD COLUMN source TEXT NOT NULL DEFAULT '';
ALTER TABLE faq_entries ADD COLUMN checked_on TEXT; -- 'yyyy-MM-dd', the day the facts were last checked

UPDATE faq_entries SET source = 'Halaman layanan resmi instansi terkait (ditulis saat seeding awal)', checked_on = '2026-11-01';
