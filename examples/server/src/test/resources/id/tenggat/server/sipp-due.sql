-- A small court for GET /v1/sipp/due, asked about on Friday 21 March 2025; the due dates are worked out in SippDueTest.
INSERT INTO sys_config (id, name, value) VALUES (61, 'NamaPN', 'PENGADILAN NEGERI JEPARA'), (62, 'KodePN', '401180');

-- 11: civil; the plaintiff present at the judgment of Monday 10 March 2025, the defendant absent and notified on
-- Monday 17 March 2025.
INSERT INTO perkara (perkara_id, alur_perkara_id, jenis_perkara_nama, nomor_perkara, tanggal_pendaftaran)
  VALUES (11, 15, 'Wanprestasi', '11/Pdt.G/2025/PN Jpa', '2025-01-06');
INSERT INTO perkara_pihak1 (perkara_id, pihak_id, urutan) VALUES (11, 8101, 1);
INSERT INTO perkara_pihak2 (perkara_id, pihak_id, urutan) VALUES (11, 8102, 1);
INSERT INTO perkara_putusan (perkara_id, tanggal_putusan, putusan_verstek) VALUES (11, '2025-03-10', 'T');
INSERT INTO perkara_putusan_pemberitahuan_putusan (perkara_id, pihak_id, tanggal_pemberitahuan_putusan)
  VALUES (11, 8102, '2025-03-17');

-- 12: civil, registered on Monday 2 September 2024 and not decided yet.
INSERT INTO perkara (perkara_id, alur_perkara_id, jenis_perkara_nama, nomor_perkara, tanggal_pendaftaran)
  VALUES (12, 15, 'Perbuatan Melawan Hukum', '98/Pdt.G/2024/PN Jpa', '2024-09-02');
INSERT INTO perkara_pihak1 (perkara_id, pihak_id, urutan) VALUES (12, 8201, 1);
INSERT INTO perkara_pihak2 (perkara_id, pihak_id, urutan) VALUES (12, 8202, 1);

-- 13: civil; both parties present at the judgment of Friday 7 March 2025.
INSERT INTO perkara (perkara_id, alur_perkara_id, jenis_perkara_nama, nomor_perkara, tanggal_pendaftaran)
  VALUES (13, 15, 'Wanprestasi', '5/Pdt.G/2025/PN Jpa', '2025-01-13');
INSERT INTO perkara_pihak1 (perkara_id, pihak_id, urutan) VALUES (13, 8301, 1);
INSERT INTO perkara_pihak2 (perkara_id, pihak_id, urutan) VALUES (13, 8302, 1);
INSERT INTO perkara_putusan (perkara_id, tanggal_putusan, putusan_verstek) VALUES (13, '2025-03-07', 'T');
