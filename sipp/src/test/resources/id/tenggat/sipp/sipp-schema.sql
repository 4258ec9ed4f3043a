-- A SIPP-shaped schema for tests: the tables and columns that public code reads from SIPP databases
-- (see MAPPING.md). Column types follow SIPP's habits: DATE columns that may hold '0000-00-00', codes as
-- numbers, flags as 'Y'/'T'. Columns the reader does not use are left out.
CREATE TABLE sys_config (
  id INT PRIMARY KEY,
  name VARCHAR(100) NOT NULL,
  value VARCHAR(255)
);
CREATE TABLE perkara (
  perkara_id BIGINT PRIMARY KEY,
  alur_perkara_id INT,
  jenis_perkara_id INT,
  jenis_perkara_nama VARCHAR(255),
  nomor_perkara VARCHAR(100),
  tanggal_pendaftaran DATE,
  tanggal_dakwaan DATE,
  pasal_dakwaan TEXT,
  terdakwa_anak CHAR(1),
  tahapan_terakhir_id INT,
  tahapan_terakhir_text VARCHAR(100),
  proses_terakhir_id INT,
  proses_terakhir_text VARCHAR(100),
  nilai_sengketa DECIMAL(20,2),
  prodeo CHAR(1)
);
CREATE TABLE perkara_pihak1 (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  perkara_id BIGINT NOT NULL,
  pihak_id BIGINT NOT NULL,
  urutan INT,
  nama VARCHAR(255),
  KEY (perkara_id)
);
CREATE TABLE perkara_pihak2 LIKE perkara_pihak1;
CREATE TABLE perkara_putusan (
  perkara_id BIGINT PRIMARY KEY,
  tanggal_putusan DATE,
  putusan_verstek CHAR(1),
  status_putusan_id INT,
  tanggal_minutasi DATE,
  pemberitahuan_putusan DATE,
  pemberitahuan_putusan_pihak1 DATE,
  pemberitahuan_putusan_pihak2 DATE,
  pemberitahuan_putusan_pihak3 DATE,
  tanggal_bht DATE
);
CREATE TABLE perkara_putusan_pemberitahuan_putusan (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  perkara_id BIGINT NOT NULL,
  pihak_id BIGINT NOT NULL,
  tanggal_pemberitahuan_putusan DATE,
  tanggal_menerima_putusan DATE,
  KEY (perkara_id)
);
CREATE TABLE perkara_banding (
  perkara_id BIGINT PRIMARY KEY,
  permohonan_banding DATE,
  pemberitahuan_putusan_pn DATE,
  pemberitahuan_permohonan_banding DATE,
  penerimaan_memori_banding DATE,
  pemberitahuan_inzage DATE,
  pengiriman_berkas_banding DATE,
  putusan_banding DATE,
  pemberitahuan_putusan_banding DATE
);
CREATE TABLE perkara_banding_detil (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  perkara_id BIGINT NOT NULL,
  pihak_id BIGINT NOT NULL,
  status_pihak_id INT,
  permohonan_banding DATE,
  pemberitahuan_putusan_banding DATE,
  KEY (perkara_id)
);
CREATE TABLE perkara_kasasi (
  perkara_id BIGINT PRIMARY KEY,
  permohonan_kasasi DATE,
  pemberitahuan_putusan_banding DATE,
  pemberitahuan_kasasi DATE,
  penerimaan_memori_kasasi DATE,
  penerimaan_kontra_kasasi DATE,
  pengiriman_berkas_kasasi DATE,
  putusan_kasasi DATE,
  pemberitahuan_putusan_kasasi DATE,
  tidak_memenuhi_syarat CHAR(1)
);
CREATE TABLE perkara_kasasi_detil (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  perkara_id BIGINT NOT NULL,
  pihak_id BIGINT NOT NULL,
  status_pihak_id INT,
  permohonan_kasasi DATE,
  penerimaan_memori_kasasi DATE,
  pemberitahuan_memori_kasasi DATE,
  penerimaan_kontra_kasasi DATE,
  pemberitahuan_putusan_kasasi DATE,
  KEY (perkara_id)
);
CREATE TABLE perkara_pk (
  perkara_id BIGINT PRIMARY KEY,
  permohonan_pk DATE,
  alasan_pk TEXT,
  pemberitahuan_putusan_kasasi DATE,
  tanggal_penyumpahan DATE,
  putusan_pk DATE
);
CREATE TABLE perkara_pk_detil (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  perkara_id BIGINT NOT NULL,
  pihak_id BIGINT NOT NULL,
  status_pihak_id INT,
  permohonan_pk DATE,
  KEY (perkara_id)
);
CREATE TABLE perkara_keberatan (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  perkara_id BIGINT NOT NULL,
  pihak_id BIGINT,
  tanggal_pendaftaran_keberatan DATE,
  putusan_keberatan DATE,
  pemberitahuan_putusan DATE,
  KEY (perkara_id)
);
CREATE TABLE penahanan_terdakwa (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  perkara_id BIGINT NOT NULL,
  pihak_id BIGINT,
  jenis_penahanan_id INT,
  status_penahanan_id INT,
  tanggal_surat DATE,
  nomor_surat VARCHAR(100),
  mulai DATE,
  sampai DATE,
  lama_penahanan INT,
  pejabat_penahan VARCHAR(100),
  KEY (perkara_id)
);
CREATE TABLE perkara_jadwal_sidang (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  perkara_id BIGINT NOT NULL,
  tanggal_sidang DATE,
  agenda VARCHAR(255),
  ditunda CHAR(1),
  KEY (perkara_id)
);
CREATE TABLE perkara_mediasi (
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  perkara_id BIGINT NOT NULL,
  dimulai_mediasi DATE,
  keputusan_mediasi DATE,
  KEY (perkara_id)
);
CREATE TABLE hari_libur (
  tanggal DATE PRIMARY KEY,
  keterangan VARCHAR(255)
);
