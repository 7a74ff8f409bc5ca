-- The seed PDAM examples were written with 10-digit customer numbers, the matcher's own length then. The
-- matcher now reads Savira:Pdam:CustomerNumberLength (8, Tirta Moedal's and the demo data's), so a 10-digit
-- number is no customer number: the examples would teach that any bare long number means PDAM. They get
-- 8-digit numbers, two of them grouped as people copy them. An example an operator already has is left as is.
UPDATE OR IGNORE training_examples SET text = '72721128' WHERE text = '7272112804' AND source = 'seed';
UPDATE OR IGNORE training_examples SET text = '55555043' WHERE text = '5555504355' AND source = 'seed';
UPDATE OR IGNORE training_examples SET text = 'nomor pelanggan 65387420' WHERE text = 'nomor pelanggan 6538742073' AND source = 'seed';
UPDATE OR IGNORE training_examples SET text = 'no pelanggan 2568 4727' WHERE text = 'no pelanggan 2568472785' AND source = 'seed';
UPDATE OR IGNORE training_examples SET text = 'cek tagihan air 27105117' WHERE text = 'cek tagihan air 2710511786' AND source = 'seed';
UPDATE OR IGNORE training_examples SET text = 'no pelanggan saya 16395824 tagihannya berapa' WHERE text = 'no pelanggan saya 1639582431 tagihannya berapa' AND source = 'seed';
UPDATE OR IGNORE training_examples SET text = 'pdam 6524-2226' WHERE text = 'pdam 6524222670' AND source = 'seed';
UPDATE OR IGNORE training_examples SET text = 'tagihan pdam 13228552 bulan ini' WHERE text = 'tagihan pdam 1322855251 bulan ini' AND source = 'seed';
UPDATE OR IGNORE training_examples SET text = 'air mati di rumah, no pelanggan 68768266' WHERE text = 'air mati di rumah, no pelanggan 6876826666' AND source = 'seed';
UPDATE OR IGNORE training_examples SET text = 'id pelanggan 46448478' WHERE text = 'id pelanggan 4644847894' AND source = 'seed';
UPDATE OR IGNORE training_examples SET text = '29282273 cek tagihan' WHERE text = '2928227374 cek tagihan' AND source = 'seed';
