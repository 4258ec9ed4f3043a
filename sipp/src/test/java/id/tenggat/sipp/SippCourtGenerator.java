package id.tenggat.sipp;

import id.tenggat.model.CaseEvent;
import id.tenggat.model.CaseType;
import id.tenggat.model.CourtCase;
import id.tenggat.model.Detention;
import id.tenggat.model.DetentionStage;
import id.tenggat.model.EventType;
import id.tenggat.model.Official;
import id.tenggat.model.Party;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Fills a SIPP-shaped database with a realistic court (PN Garut): civil cases with mediation, parties absent at the
 * pronouncement and notified one by one, banding and kasasi with memori and its copy; small claims with keberatan;
 * criminal and juvenile cases with the defendant detained through every stage with extensions; voluntary petitions;
 * and dirty rows (notices with a zero date, party rows without a case, orders longer than the law allows).
 *
 * <p>Alongside the rows it builds, for every case, the case as the library's model should see it, written from the
 * generator's own knowledge of what each row means, so that the reader's mapping can be compared case by case.
 */
final class SippCourtGenerator {
    static final String COURT = "PN Garut";
    private final Random random;
    private final LocalDate asOf;
    private final boolean keepExpected;
    private final Map<String, Batch> batches = new LinkedHashMap<>();
    private final Map<Long, CourtCase> expected = new HashMap<>();
    private final Set<Long> tooLong = new HashSet<>();
    private long nextPihak = 1;
    int orphanRows;
    int undatedNotices;
    int petitions;
    int cases;

    SippCourtGenerator(long seed, LocalDate asOf, boolean keepExpected) {
        this.random = new Random(seed);
        this.asOf = asOf;
        this.keepExpected = keepExpected;
    }

    /** The cases as the model should see them, by perkara_id (empty unless asked to keep them). */
    Map<Long, CourtCase> expected() {
        return expected;
    }

    /** The cases with a detention order longer than the law allows for its place in the chain. */
    Set<Long> tooLong() {
        return tooLong;
    }

    /** Writes {@code total} cases, in equal shares of civil, small-claim, criminal and juvenile cases, and petitions. */
    void generate(Connection c, int total) throws SQLException {
        insert(c, "sys_config", "id, name, value", "61, 'NamaPN', 'PENGADILAN NEGERI GARUT'");
        insert(c, "sys_config", "id, name, value", "62, 'KodePN', '400623'");
        for (int i = 0; i < total; i++) {
            long id = 1_000 + 2L * i; // odd ids are never cases: party rows without a case go there
            switch (i % 9) {
                case 0, 1, 2 -> civil(c, id, CaseType.PERDATA);
                case 3 -> civil(c, id, CaseType.GUGATAN_SEDERHANA);
                case 4, 5, 6 -> criminal(c, id, CaseType.PIDANA);
                case 7 -> criminal(c, id, CaseType.ANAK);
                default -> {
                    if (random.nextInt(3) == 0) {
                        petition(c, id);
                    } else {
                        civil(c, id, CaseType.PERDATA);
                    }
                }
            }
            if (random.nextInt(200) == 0) {
                orphanRows++;
                add(c, "perkara_pihak1", "perkara_id, pihak_id, urutan", (id + 1) + ", " + nextPihak++ + ", 1");
            }
        }
        orphanRows++;
        add(c, "perkara_pihak1", "perkara_id, pihak_id, urutan", (1_000 + 2L * total + 5) + ", " + nextPihak++ + ", 1");
        for (Batch b : batches.values()) {
            b.flush(c);
        }
    }

    // ---------------------------------------------------------------- case kinds

    private void petition(Connection c, long id) throws SQLException {
        petitions++;
        cases++;
        LocalDate registered = day(asOf.minusDays(400), asOf.minusDays(1));
        add(c, "perkara", "perkara_id, alur_perkara_id, jenis_perkara_nama, nomor_perkara, tanggal_pendaftaran",
                id + ", 16, 'Permohonan', '" + id + "/Pdt.P/" + registered.getYear() + "/PN Grt', " + q(registered));
    }

    private void civil(Connection c, long id, CaseType type) throws SQLException {
        cases++;
        boolean small = type == CaseType.GUGATAN_SEDERHANA;
        LocalDate registered = day(asOf.minusDays(500), asOf.minusDays(1));
        CourtCase.Builder model = CourtCase.builder(type).caseNumber(id + (small ? "/Pdt.G.S/" : "/Pdt.G/")
                + registered.getYear() + "/PN Grt").court(COURT);
        add(c, "perkara", "perkara_id, alur_perkara_id, jenis_perkara_nama, nomor_perkara, tanggal_pendaftaran, "
                + "nilai_sengketa", id + ", " + (small ? 17 : 15) + ", 'Wanprestasi', '" + id
                + (small ? "/Pdt.G.S/" : "/Pdt.G/") + registered.getYear() + "/PN Grt', " + q(registered) + ", "
                + (small ? 150_000_000 : 900_000_000));
        model.event(EventType.PERKARA_DIDAFTARKAN, registered);
        Map<Party, List<Long>> pihak = parties(c, id, Party.PENGGUGAT, Party.TERGUGAT, random.nextInt(10) == 0);
        LocalDate firstHearing = registered.plusDays(7 + random.nextInt(21));
        if (firstHearing.isAfter(asOf)) {
            hearing(c, id, firstHearing); // scheduled, not held
            keep(id, model);
            return;
        }
        hearing(c, id, firstHearing);
        model.event(EventType.SIDANG_PERTAMA, firstHearing);
        if (!small && random.nextInt(10) < 6) {
            LocalDate start = firstHearing.plusDays(random.nextInt(8));
            LocalDate end = start.plusDays(20 + random.nextInt(20));
            boolean done = !end.isAfter(asOf) && !start.isAfter(asOf);
            add(c, "perkara_mediasi", "perkara_id, dimulai_mediasi, keputusan_mediasi",
                    id + ", " + q(start.isAfter(asOf) ? asOf : start) + ", " + (done ? q(end) : "NULL"));
            model.event(EventType.PENETAPAN_MEDIASI, start.isAfter(asOf) ? asOf : start);
            if (done) {
                model.event(EventType.MEDIASI_SELESAI, end);
            }
        }
        LocalDate pronounced = firstHearing.plusDays((small ? 10 : 60) + random.nextInt(small ? 15 : 120));
        if (pronounced.isAfter(asOf) || random.nextInt(10) < 3) {
            keep(id, model);
            return;
        }
        boolean verstek = !small && random.nextInt(10) == 0;
        add(c, "perkara_putusan", "perkara_id, tanggal_putusan, putusan_verstek",
                id + ", " + q(pronounced) + ", '" + (verstek ? "Y" : "T") + "'");
        Map<Party, LocalDate> trigger = new HashMap<>();
        Set<Party> present = EnumSet.of(Party.PENGGUGAT, Party.TERGUGAT);
        for (Party party : List.of(Party.PENGGUGAT, Party.TERGUGAT)) {
            boolean absent = (verstek && party == Party.TERGUGAT) || random.nextInt(10) < 4;
            if (!absent) {
                trigger.put(party, pronounced);
                continue;
            }
            present.remove(party);
            for (long p : pihak.get(party)) {
                LocalDate notified = min(pronounced.plusDays(2 + random.nextInt(20)), asOf);
                if (random.nextInt(40) == 0) {
                    undatedNotices++;
                    add(c, "perkara_putusan_pemberitahuan_putusan", "perkara_id, pihak_id, tanggal_pemberitahuan_putusan",
                            id + ", " + p + ", '0000-00-00'");
                } else {
                    add(c, "perkara_putusan_pemberitahuan_putusan", "perkara_id, pihak_id, tanggal_pemberitahuan_putusan",
                            id + ", " + p + ", " + q(notified));
                    model.event(EventType.PUTUSAN_DIBERITAHUKAN, notified, party);
                    trigger.merge(party, notified, (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        }
        model.event(new CaseEvent(EventType.PUTUSAN_DIUCAPKAN, pronounced, null, List.copyOf(present)));
        Party appellant = random.nextBoolean() ? Party.PENGGUGAT : Party.TERGUGAT;
        Party other = appellant == Party.PENGGUGAT ? Party.TERGUGAT : Party.PENGGUGAT;
        if (small) {
            if (trigger.containsKey(appellant) && random.nextInt(10) < 4) {
                LocalDate filed = min(trigger.get(appellant).plusDays(1 + random.nextInt(9)), asOf);
                add(c, "perkara_keberatan", "perkara_id, pihak_id, tanggal_pendaftaran_keberatan",
                        id + ", " + pihak.get(appellant).get(0) + ", " + q(filed));
                model.event(EventType.KEBERATAN_DIAJUKAN, filed, appellant);
            }
            keep(id, model);
            return;
        }
        if (!trigger.containsKey(appellant) || random.nextInt(10) < 6) {
            keep(id, model);
            return;
        }
        LocalDate appealed = min(trigger.get(appellant).plusDays(1 + random.nextInt(random.nextInt(10) == 0 ? 25 : 14)),
                asOf);
        add(c, "perkara_banding", "perkara_id, permohonan_banding", id + ", " + q(appealed));
        LocalDate decided = appealed.plusDays(90 + random.nextInt(90));
        boolean notified = !decided.plusDays(10).isAfter(asOf);
        Map<Party, LocalDate> bandingNotice = new HashMap<>();
        for (Party party : List.of(appellant, other)) {
            LocalDate notice = notified ? decided.plusDays(1 + random.nextInt(9)) : null;
            add(c, "perkara_banding_detil", "perkara_id, pihak_id, status_pihak_id, permohonan_banding, "
                    + "pemberitahuan_putusan_banding", id + ", " + pihak.get(party).get(0) + ", "
                    + (party == appellant ? 1 : 2) + ", " + (party == appellant ? q(appealed) : "NULL") + ", "
                    + (notice == null ? "NULL" : q(notice)));
            if (notice != null) {
                bandingNotice.put(party, notice);
                model.event(EventType.PUTUSAN_BANDING_DIBERITAHUKAN, notice, party);
            }
        }
        model.event(EventType.PERMOHONAN_BANDING, appealed, appellant);
        if (!notified || random.nextInt(10) < 5) {
            keep(id, model);
            return;
        }
        Party applicant = random.nextBoolean() ? Party.PENGGUGAT : Party.TERGUGAT;
        Party respondent = applicant == Party.PENGGUGAT ? Party.TERGUGAT : Party.PENGGUGAT;
        LocalDate filed = min(bandingNotice.get(applicant).plusDays(1 + random.nextInt(14)), asOf);
        LocalDate memori = filed.plusDays(1 + random.nextInt(14));
        LocalDate copy = memori.plusDays(3 + random.nextInt(7));
        LocalDate kontra = copy.plusDays(1 + random.nextInt(14));
        boolean hasMemori = !memori.isAfter(asOf) && random.nextInt(10) < 7;
        boolean hasCopy = hasMemori && !copy.isAfter(asOf);
        boolean hasKontra = hasCopy && !kontra.isAfter(asOf) && random.nextBoolean();
        add(c, "perkara_kasasi", "perkara_id, permohonan_kasasi", id + ", " + q(filed));
        add(c, "perkara_kasasi_detil", "perkara_id, pihak_id, status_pihak_id, permohonan_kasasi, "
                + "penerimaan_memori_kasasi", id + ", " + pihak.get(applicant).get(0) + ", 1, " + q(filed) + ", "
                + (hasMemori ? q(memori) : "NULL"));
        model.event(EventType.PERMOHONAN_KASASI, filed, applicant);
        if (hasMemori) {
            model.event(EventType.MEMORI_KASASI_DITERIMA, memori, applicant);
        }
        add(c, "perkara_kasasi_detil", "perkara_id, pihak_id, status_pihak_id, pemberitahuan_memori_kasasi, "
                + "penerimaan_kontra_kasasi", id + ", " + pihak.get(respondent).get(0) + ", 2, "
                + (hasCopy ? q(copy) : "NULL") + ", " + (hasKontra ? q(kontra) : "NULL"));
        if (hasCopy) {
            model.event(EventType.SALINAN_MEMORI_DITERIMA, copy, respondent);
        }
        if (hasKontra) {
            model.event(EventType.KONTRA_MEMORI_DITERIMA, kontra, respondent);
        }
        keep(id, model);
    }

    /** One detention order of a chain: its stage, code, issuer as SIPP writes it, and lawful length. */
    private record Order(DetentionStage stage, int code, boolean extension, String pejabat, Official official,
                         int days) {
    }

    private static List<Order> chain(CaseType type) {
        boolean child = type == CaseType.ANAK;
        return List.of(
                new Order(DetentionStage.PENYIDIK, 1, false, "Penyidik", Official.PENYIDIK, child ? 7 : 20),
                new Order(DetentionStage.PENYIDIK, 2, true, "Penuntut Umum", Official.PENUNTUT_UMUM, child ? 8 : 40),
                new Order(DetentionStage.PENUNTUT_UMUM, 3, false, "Penuntut Umum", Official.PENUNTUT_UMUM,
                        child ? 5 : 20),
                new Order(DetentionStage.PENUNTUT_UMUM, 4, true, child ? "Hakim PN" : "Ketua PN",
                        child ? Official.HAKIM_PN : Official.KETUA_PN, child ? 5 : 30),
                new Order(DetentionStage.PN, 5, false, "Hakim PN", Official.HAKIM_PN, child ? 10 : 30),
                new Order(DetentionStage.PN, 6, true, "Ketua PN", Official.KETUA_PN, child ? 15 : 60),
                new Order(DetentionStage.PT, 7, false, "Hakim PT", Official.HAKIM_PT, child ? 10 : 30),
                new Order(DetentionStage.PT, 8, true, "Ketua PT", Official.KETUA_PT, child ? 15 : 60));
    }

    private void criminal(Connection c, long id, CaseType type) throws SQLException {
        cases++;
        boolean child = type == CaseType.ANAK;
        String number = id + (child ? "/Pid.Sus-Anak/" : "/Pid.B/");
        LocalDate registered = day(asOf.minusDays(300), asOf.minusDays(1));
        CourtCase.Builder model = CourtCase.builder(type).caseNumber(number + registered.getYear() + "/PN Grt")
                .court(COURT);
        add(c, "perkara", "perkara_id, alur_perkara_id, jenis_perkara_nama, nomor_perkara, tanggal_pendaftaran, "
                + "terdakwa_anak", id + ", " + (child ? 118 : 111) + ", 'Pencurian', '" + number
                + registered.getYear() + "/PN Grt', " + q(registered) + ", '" + (child ? "Y" : "T") + "'");
        model.event(EventType.PERKARA_DIDAFTARKAN, registered).event(EventType.PERKARA_DILIMPAHKAN, registered);
        Map<Party, List<Long>> pihak = parties(c, id, Party.PENUNTUT_UMUM, Party.TERDAKWA, false);
        LocalDate firstHearing = registered.plusDays(5 + random.nextInt(10));
        hearing(c, id, firstHearing);
        if (!firstHearing.isAfter(asOf)) {
            model.event(EventType.SIDANG_PERTAMA, firstHearing);
        }
        LocalDate pronounced = registered.plusDays(30 + random.nextInt(90));
        boolean decided = !pronounced.isAfter(asOf) && random.nextInt(10) < 6;
        boolean appealed = decided && random.nextInt(10) < 4 && !pronounced.plusDays(7).isAfter(asOf);
        if (decided) {
            add(c, "perkara_putusan", "perkara_id, tanggal_putusan", id + ", " + q(pronounced));
            model.event(new CaseEvent(EventType.PUTUSAN_DIUCAPKAN, pronounced, null,
                    List.of(Party.TERDAKWA, Party.PENUNTUT_UMUM)));
        }
        if (appealed) {
            Party appellant = random.nextBoolean() ? Party.TERDAKWA : Party.PENUNTUT_UMUM;
            LocalDate filed = pronounced.plusDays(1 + random.nextInt(7));
            add(c, "perkara_banding", "perkara_id, permohonan_banding", id + ", " + q(filed));
            add(c, "perkara_banding_detil", "perkara_id, pihak_id, status_pihak_id, permohonan_banding",
                    id + ", " + pihak.get(appellant).get(0) + ", 1, " + q(filed));
            model.event(EventType.PERMOHONAN_BANDING, filed, appellant);
        }
        if (random.nextInt(10) < 2) {
            keep(id, model); // not detained
            return;
        }
        // The chain ends its prosecution stage on the day before registration; the trial stage starts on it.
        List<Order> orders = chain(type);
        boolean prosecutorExtends = random.nextBoolean();
        boolean investigatorExtends = random.nextInt(10) < 7;
        int before = orders.get(0).days() + (investigatorExtends ? orders.get(1).days() : 0) + orders.get(2).days()
                + (prosecutorExtends ? orders.get(3).days() : 0);
        LocalDate start = registered.minusDays(before);
        boolean makeTooLong = random.nextInt(50) == 0;
        for (Order o : orders) {
            if ((o.code() == 2 && !investigatorExtends) || (o.code() == 4 && !prosecutorExtends)
                    || (o.stage() == DetentionStage.PT && !appealed) || start.isAfter(asOf)) {
                continue;
            }
            int days = o.days();
            if (makeTooLong && o.code() == 5) {
                days += 10;
                tooLong.add(id);
            }
            LocalDate end = start.plusDays(days - 1L);
            add(c, "penahanan_terdakwa", "perkara_id, pihak_id, jenis_penahanan_id, status_penahanan_id, mulai, "
                    + "sampai, lama_penahanan, pejabat_penahan", id + ", " + pihak.get(Party.TERDAKWA).get(0) + ", 1, "
                    + o.code() + ", " + q(start) + ", " + q(end) + ", " + days + ", '" + o.pejabat() + "'");
            model.detention(new Detention(o.stage(), start, null, end, o.extension(), o.official(), false, null,
                    List.of()));
            if (o.code() == 6 && decided && !appealed) {
                break;
            }
            start = end.plusDays(1);
        }
        keep(id, model);
    }

    // ---------------------------------------------------------------- rows

    private Map<Party, List<Long>> parties(Connection c, long id, Party first, Party second, boolean twoDefendants)
            throws SQLException {
        Map<Party, List<Long>> result = new HashMap<>();
        long a = nextPihak++;
        add(c, "perkara_pihak1", "perkara_id, pihak_id, urutan", id + ", " + a + ", 1");
        result.put(first, List.of(a));
        List<Long> seconds = new ArrayList<>();
        for (int i = 1; i <= (twoDefendants ? 2 : 1); i++) {
            long b = nextPihak++;
            add(c, "perkara_pihak2", "perkara_id, pihak_id, urutan", id + ", " + b + ", " + i);
            seconds.add(b);
        }
        result.put(second, seconds);
        return result;
    }

    private void hearing(Connection c, long id, LocalDate day) throws SQLException {
        add(c, "perkara_jadwal_sidang", "perkara_id, tanggal_sidang, agenda", id + ", " + q(day) + ", 'Sidang'");
    }

    private void keep(long id, CourtCase.Builder model) {
        if (keepExpected) {
            expected.put(id, model.build());
        }
    }

    private LocalDate day(LocalDate from, LocalDate to) {
        return from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }

    private static String q(LocalDate d) {
        return "'" + d + "'";
    }

    private void insert(Connection c, String table, String columns, String values) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO " + table + " (" + columns + ") VALUES (" + values + ")");
        }
    }

    private void add(Connection c, String table, String columns, String values) throws SQLException {
        batches.computeIfAbsent(table + "|" + columns, k -> new Batch(table, columns)).add(c, values);
    }

    /** Multi-row INSERTs of one table and column list, sent a thousand rows at a time. */
    private static final class Batch {
        private final String head;
        private final StringBuilder rows = new StringBuilder();
        private int count;

        Batch(String table, String columns) {
            this.head = "INSERT INTO " + table + " (" + columns + ") VALUES ";
        }

        void add(Connection c, String values) throws SQLException {
            rows.append(count == 0 ? "" : ", ").append('(').append(values).append(')');
            if (++count == 1_000) {
                flush(c);
            }
        }

        void flush(Connection c) throws SQLException {
            if (count > 0) {
                try (Statement s = c.createStatement()) {
                    s.execute(head + rows);
                }
                rows.setLength(0);
                count = 0;
            }
        }
    }
}
