-- Cases written by hand, each with its expected case as JSON in cases/<perkara_id>.json (answered on 2025-03-21),
-- and dirty rows, each with the problem the reader must report (DirtyRowsTest).
INSERT INTO sys_config (id, name, value) VALUES (61, 'NamaPN', 'PENGADILAN NEGERI JEPARA'), (62, 'KodePN', '401180');

-- 101: civil; mediation; the defendant absent at the pronouncement and notified; the plaintiff appeals.
INSERT INTO perkara (perkara_id, alur_perkara_id, jenis_perkara_nama, nomor_perkara, tanggal_pendaftaran)
  VALUES (101, 15, 'Wanprestasi', '12/Pdt.G/2025/PN Jpa', '2025-01-06');
INSERT INTO perkara_pihak1 (perkara_id, pihak_id, urutan) VALUES (101, 9001, 1);
INSERT INTO perkara_pihak2 (perkara_id, pihak_id, urutan) VALUES (101, 9002, 1);
INSERT INTO perkara_jadwal_sidang (perkara_id, tanggal_sidang, agenda) VALUES
  (101, '2025-01-20', 'Sidang pertama'), (101, '2025-02-24', 'Jawaban'), (101, '2025-04-10', 'Dijadwalkan');
INSERT INTO perkara_mediasi (perkara_id, dimulai_mediasi, keputusan_mediasi) VALUES (101, '2025-01-20', '2025-02-17');
INSERT INTO perkara_putusan (perkara_id, tanggal_putusan, putusan_verstek) VALUES (101, '2025-03-10', 'T');
INSERT INTO perkara_putusan_pemberitahuan_putusan (perkara_id, pihak_id, tanggal_pemberitahuan_putusan)
  VALUES (101, 9002, '2025-03-17');
INSERT INTO perkara_banding (perkara_id, permohonan_banding) VALUES (101, '2025-03-20');
INSERT INTO perkara_banding_detil (perkara_id, pihak_id, status_pihak_id, permohonan_banding)
  VALUES (101, 9001, 1, '2025-03-20');

-- 102: criminal; detained through investigation, prosecution and trial, each with its extension where granted.
INSERT INTO perkara (perkara_id, alur_perkara_id, jenis_perkara_nama, nomor_perkara, tanggal_pendaftaran, terdakwa_anak)
  VALUES (102, 111, 'Pencurian', '45/Pid.B/2025/PN Jpa', '2025-02-17', 'T');
INSERT INTO perkara_pihak1 (perkara_id, pihak_id, urutan) VALUES (102, 9011, 1);
INSERT INTO perkara_pihak2 (perkara_id, pihak_id, urutan) VALUES (102, 9012, 1);
INSERT INTO perkara_jadwal_sidang (perkara_id, tanggal_sidang, agenda) VALUES (102, '2025-02-24', 'Dakwaan');
INSERT INTO penahanan_terdakwa (perkara_id, pihak_id, jenis_penahanan_id, status_penahanan_id, mulai, sampai,
  lama_penahanan, pejabat_penahan) VALUES
  (102, 9012, 1, 1, '2024-12-01', '2024-12-20', 20, 'Penyidik'),
  (102, 9012, 1, 2, '2024-12-21', '2025-01-29', 40, 'Penuntut Umum'),
  (102, 9012, 1, 3, '2025-01-30', '2025-02-18', 20, 'penuntut umum'),
  (102, 9012, 1, 5, '2025-02-19', '2025-03-20', 30, 'Hakim PN'),
  (102, 9012, 1, 6, '2025-03-21', '2025-05-19', 60, 'KETUA PENGADILAN NEGERI');

-- 103: small claim; the defendant absent, notified, files keberatan.
INSERT INTO perkara (perkara_id, alur_perkara_id, jenis_perkara_nama, nomor_perkara, tanggal_pendaftaran, nilai_sengketa)
  VALUES (103, 17, 'Wanprestasi', '3/Pdt.G.S/2025/PN Jpa', '2025-02-03', 50000000.00);
INSERT INTO perkara_pihak1 (perkara_id, pihak_id, urutan) VALUES (103, 9021, 1);
INSERT INTO perkara_pihak2 (perkara_id, pihak_id, urutan) VALUES (103, 9022, 1);
INSERT INTO perkara_jadwal_sidang (perkara_id, tanggal_sidang, agenda) VALUES (103, '2025-02-10', 'Sidang pertama');
INSERT INTO perkara_putusan (perkara_id, tanggal_putusan) VALUES (103, '2025-03-03');
INSERT INTO perkara_putusan_pemberitahuan_putusan (perkara_id, pihak_id, tanggal_pemberitahuan_putusan)
  VALUES (103, 9022, '2025-03-05');
INSERT INTO perkara_keberatan (perkara_id, pihak_id, tanggal_pendaftaran_keberatan) VALUES (103, 9022, '2025-03-10');

-- 104: civil under kasasi: both present at the first judgment; banding, banding judgment notified per party,
-- kasasi with its memori, and the memori's copy served on the other side.
INSERT INTO perkara (perkara_id, alur_perkara_id, jenis_perkara_nama, nomor_perkara, tanggal_pendaftaran)
  VALUES (104, 15, 'Perbuatan Melawan Hukum', '7/Pdt.G/2024/PN Jpa', '2024-03-04');
INSERT INTO perkara_pihak1 (perkara_id, pihak_id, urutan) VALUES (104, 9031, 1);
INSERT INTO perkara_pihak2 (perkara_id, pihak_id, urutan) VALUES (104, 9032, 1);
INSERT INTO perkara_putusan (perkara_id, tanggal_putusan, putusan_verstek) VALUES (104, '2024-08-12', 'T');
INSERT INTO perkara_banding (perkara_id, permohonan_banding, pemberitahuan_putusan_banding)
  VALUES (104, '2024-08-20', '2025-02-10');
INSERT INTO perkara_banding_detil (perkara_id, pihak_id, status_pihak_id, permohonan_banding,
  pemberitahuan_putusan_banding) VALUES (104, 9032, 1, '2024-08-20', '2025-02-12'), (104, 9031, 2, NULL, '2025-02-10');
INSERT INTO perkara_kasasi (perkara_id, permohonan_kasasi) VALUES (104, '2025-02-20');
INSERT INTO perkara_kasasi_detil (perkara_id, pihak_id, status_pihak_id, permohonan_kasasi, penerimaan_memori_kasasi,
  pemberitahuan_memori_kasasi) VALUES (104, 9032, 1, '2025-02-20', '2025-03-03', NULL),
  (104, 9031, 2, NULL, NULL, '2025-03-07');

-- 105: juvenile; trial detention given by its length only (sampai is a zero date), then extended.
INSERT INTO perkara (perkara_id, alur_perkara_id, jenis_perkara_nama, nomor_perkara, tanggal_pendaftaran, terdakwa_anak)
  VALUES (105, 118, 'Pencurian', '2/Pid.Sus-Anak/2025/PN Jpa', '2025-03-10', 'Y');
INSERT INTO perkara_pihak1 (perkara_id, pihak_id, urutan) VALUES (105, 9041, 1);
INSERT INTO perkara_pihak2 (perkara_id, pihak_id, urutan) VALUES (105, 9042, 1);
INSERT INTO penahanan_terdakwa (perkara_id, pihak_id, status_penahanan_id, mulai, sampai, lama_penahanan,
  pejabat_penahan) VALUES (105, 9042, 5, '2025-03-10', '0000-00-00', 10, 'Hakim PN'),
  (105, 9042, 6, '2025-03-20', '2025-04-03', 15, 'Ketua PN');

-- Dirty rows.
-- 201: the defendant's notice of the judgment exists but has a zero date.
INSERT INTO perkara (perkara_id, alur_perkara_id, nomor_perkara, tanggal_pendaftaran)
  VALUES (201, 15, '30/Pdt.G/2025/PN Jpa', '2025-01-13');
INSERT INTO perkara_pihak1 (perkara_id, pihak_id, urutan) VALUES (201, 9101, 1);
INSERT INTO perkara_pihak2 (perkara_id, pihak_id, urutan) VALUES (201, 9102, 1);
INSERT INTO perkara_putusan (perkara_id, tanggal_putusan) VALUES (201, '2025-03-10');
INSERT INTO perkara_putusan_pemberitahuan_putusan (id, perkara_id, pihak_id, tanggal_pemberitahuan_putusan)
  VALUES (5001, 201, 9102, '0000-00-00');
-- 202: a voluntary petition (Pdt.P): nothing the library encodes.
INSERT INTO perkara (perkara_id, alur_perkara_id, nomor_perkara, tanggal_pendaftaran)
  VALUES (202, 16, '5/Pdt.P/2025/PN Jpa', '2025-02-03');
-- 203: a judgment date with a zero day, and a hearing without a date.
INSERT INTO perkara (perkara_id, alur_perkara_id, nomor_perkara, tanggal_pendaftaran)
  VALUES (203, 15, '31/Pdt.G/2025/PN Jpa', '0000-00-00');
INSERT INTO perkara_putusan (perkara_id, tanggal_putusan) VALUES (203, '2025-03-00');
INSERT INTO perkara_jadwal_sidang (id, perkara_id, tanggal_sidang) VALUES (6001, 203, NULL);
-- 204: a detention order of an unknown kind, and a case number without a classification.
INSERT INTO perkara (perkara_id, alur_perkara_id, nomor_perkara, tanggal_pendaftaran)
  VALUES (204, 111, '46/Pid.B/2025/PN Jpa', '2025-02-20');
INSERT INTO penahanan_terdakwa (id, perkara_id, status_penahanan_id, mulai, lama_penahanan)
  VALUES (7001, 204, 99, '2025-02-20', 30);
INSERT INTO perkara (perkara_id, nomor_perkara, tanggal_pendaftaran) VALUES (205, NULL, '2025-02-20');
-- Party rows without a case: below the first case, between cases, beyond the last.
INSERT INTO perkara_pihak1 (id, perkara_id, pihak_id) VALUES (8001, 7, 9901), (8002, 150, 9902), (8003, 999999, 9903);
