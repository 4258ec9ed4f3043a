package id.tenggat.sipp.mapping;

import id.tenggat.model.CaseEvent;
import id.tenggat.model.CaseType;
import id.tenggat.model.CourtCase;
import id.tenggat.model.Detention;
import id.tenggat.model.DetentionStage;
import id.tenggat.model.EventType;
import id.tenggat.model.Official;
import id.tenggat.model.Party;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Maps one SIPP case, all its rows, to a {@link CourtCase}, party by party. Every decision is documented in
 * {@code MAPPING.md}, section by section in the order of this class. A value that cannot be used becomes a
 * {@link Problem} naming its table, key and the reason, and the case is answered without it; a case that cannot be
 * answered at all (a classification the library encodes no deadlines for) is returned without a case and with the
 * problem that says why.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SippCaseMapper {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    /**
     * Maps a case.
     *
     * @param rows  the case's rows, not null
     * @param court the court's name in the court registry, or null for the national calendar
     * @param asOf  the day the answers are for: an event recorded after it has not happened and is reported
     * @return the mapped case with its problems, not null
     */
    public MappedCase map(CaseRows rows, String court, LocalDate asOf) {
        Objects.requireNonNull(rows, "rows must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        return new Mapping(rows, asOf).run(court);
    }

    /** The state of mapping one case. */
    private static final class Mapping {
        private final CaseRows rows;
        private final LocalDate asOf;
        private final List<Problem> problems = new ArrayList<>();
        private final List<CaseEvent> events = new ArrayList<>();
        private final Map<String, Party> partyOfPihak = new HashMap<>();
        private final Set<Party> sidesWithRows = EnumSet.noneOf(Party.class);
        private CaseType type;

        Mapping(CaseRows rows, LocalDate asOf) {
            this.rows = rows;
            this.asOf = asOf;
        }

        MappedCase run(String court) {
            SippRow perkara = rows.perkara();
            String nomor = perkara.get("nomor_perkara");
            Optional<String> classification = SippCodes.classification(nomor);
            if (classification.isEmpty()) {
                problems.add(perkara.problem("nomor_perkara '" + nomor + "' has no classification (e.g. Pdt.G, Pid.B)"
                        + "; alur_perkara_id=" + perkara.get("alur_perkara_id") + "; the case is not answered"));
                return new MappedCase(rows.perkaraId(), nomor, null, problems);
            }
            Optional<CaseType> caseType = SippCodes.caseType(classification.get(), perkara.get("terdakwa_anak"));
            if (caseType.isEmpty()) {
                problems.add(perkara.problem("classification '" + classification.get() + "' ("
                        + perkara.get("jenis_perkara_nama") + ") has no deadlines the library encodes"
                        + "; the case is not answered"));
                return new MappedCase(rows.perkaraId(), nomor, null, problems);
            }
            type = caseType.get();
            parties();
            registration(perkara);
            hearings();
            judgment();
            banding();
            kasasi();
            pk();
            keberatan();
            mediation();
            List<Detention> detentions = detentions();
            CourtCase courtCase = new CourtCase(nomor, type, false, court, List.of(), events, detentions, null, null);
            return new MappedCase(rows.perkaraId(), nomor, courtCase, problems);
        }

        // ------------------------------------------------------------ parties

        private void parties() {
            side(SippTable.PIHAK1, 1);
            side(SippTable.PIHAK2, 2);
        }

        private void side(SippTable table, int side) {
            Party party = SippCodes.party(type, side);
            for (SippRow row : rows.rows(table)) {
                String pihak = row.get("pihak_id");
                Party earlier = partyOfPihak.putIfAbsent(pihak, party);
                if (earlier != null && earlier != party) {
                    problems.add(row.problem("pihak_id " + pihak + " is on both sides; read as " + earlier));
                }
                sidesWithRows.add(party);
            }
        }

        /** The party a row's {@code pihak_id} is, or empty (and a problem) when it is not a party of the case. */
        private Optional<Party> partyOf(SippRow row) {
            String pihak = row.get("pihak_id");
            Party party = pihak == null ? null : partyOfPihak.get(pihak);
            if (party == null) {
                problems.add(row.problem("pihak_id " + pihak + " is not in perkara_pihak1 or perkara_pihak2 of the "
                        + "case; the row is left out"));
            }
            return Optional.ofNullable(party);
        }

        // ------------------------------------------------------------ events

        private void registration(SippRow perkara) {
            Optional<LocalDate> registered = eventDate(perkara, "tanggal_pendaftaran");
            if (registered.isEmpty()) {
                problems.add(perkara.problem("tanggal_pendaftaran is empty; deadlines counted from registration "
                        + "wait for it"));
                return;
            }
            events.add(CaseEvent.of(EventType.PERKARA_DIDAFTARKAN, registered.get()));
            if (type == CaseType.PIDANA || type == CaseType.ANAK) {
                // A criminal case is registered at the district court on the day the prosecutor's file arrives.
                events.add(CaseEvent.of(EventType.PERKARA_DILIMPAHKAN, registered.get()));
            }
        }

        private void hearings() {
            LocalDate first = null;
            for (SippRow row : rows.rows(SippTable.JADWAL_SIDANG)) {
                Optional<LocalDate> day = date(row, "tanggal_sidang");
                if (day.isEmpty()) {
                    problems.add(row.problem("a hearing without a date (tanggal_sidang); left out"));
                } else if (!day.get().isAfter(asOf) && (first == null || day.get().isBefore(first))) {
                    first = day.get(); // a hearing after the day asked about is scheduled, not held
                }
            }
            if (first != null) {
                events.add(CaseEvent.of(EventType.SIDANG_PERTAMA, first));
            }
        }

        private void judgment() {
            List<SippRow> putusan = rows.rows(SippTable.PUTUSAN);
            if (putusan.isEmpty()) {
                return;
            }
            SippRow row = putusan.get(0);
            Optional<LocalDate> pronounced = eventDate(row, "tanggal_putusan");
            if (pronounced.isEmpty()) {
                return;
            }
            Set<Party> absent = EnumSet.noneOf(Party.class);
            Set<Party> notifiedPerParty = EnumSet.noneOf(Party.class);
            for (SippRow n : rows.rows(SippTable.PEMBERITAHUAN_PUTUSAN)) {
                Optional<Party> party = partyOf(n);
                if (party.isEmpty()) {
                    continue;
                }
                absent.add(party.get()); // a notice is served on a party that was absent at the pronouncement
                notifiedPerParty.add(party.get());
                Optional<LocalDate> notified = eventDate(n, "tanggal_pemberitahuan_putusan");
                if (notified.isPresent()) {
                    events.add(CaseEvent.of(EventType.PUTUSAN_DIBERITAHUKAN, notified.get(), party.get()));
                } else {
                    problems.add(n.problem("a notice of the judgment without a date: " + party.get()
                            + " was absent and is not yet notified; its windows wait for the notice"));
                }
            }
            for (int side = 1; side <= 2; side++) {
                Party party = SippCodes.party(type, side);
                Optional<LocalDate> notified = eventDate(row, "pemberitahuan_putusan_pihak" + side);
                if (notified.isPresent() && !notifiedPerParty.contains(party)) {
                    absent.add(party);
                    events.add(CaseEvent.of(EventType.PUTUSAN_DIBERITAHUKAN, notified.get(), party));
                }
            }
            if (SippCodes.yes(row.get("putusan_verstek")) && type != CaseType.PIDANA && type != CaseType.ANAK) {
                absent.add(Party.TERGUGAT); // a default judgment is given in the defendant's absence
            }
            Set<Party> parties = EnumSet.copyOf(Party.defaultsFor(type));
            parties.addAll(sidesWithRows);
            parties.removeAll(absent);
            events.add(new CaseEvent(EventType.PUTUSAN_DIUCAPKAN, pronounced.get(), null, List.copyOf(parties)));
        }

        private void banding() {
            for (SippRow row : rows.rows(SippTable.BANDING)) {
                eventDate(row, "pemberitahuan_inzage")
                        .ifPresent(d -> events.add(CaseEvent.of(EventType.INZAGE_DIBERITAHUKAN, d)));
                Optional<LocalDate> requested = eventDate(row, "permohonan_banding");
                boolean named = rows.rows(SippTable.BANDING_DETIL).stream()
                        .anyMatch(d -> d.get("permohonan_banding") != null);
                if (requested.isPresent() && !named) {
                    problems.add(row.problem("banding requested on " + requested.get() + " but no party is named in "
                            + "perkara_banding_detil; the request is not attributed to a party"));
                }
            }
            perParty(SippTable.BANDING_DETIL, "permohonan_banding", EventType.PERMOHONAN_BANDING);
            perParty(SippTable.BANDING_DETIL, "pemberitahuan_putusan_banding", EventType.PUTUSAN_BANDING_DIBERITAHUKAN);
        }

        private void kasasi() {
            perParty(SippTable.KASASI_DETIL, "permohonan_kasasi", EventType.PERMOHONAN_KASASI);
            perParty(SippTable.KASASI_DETIL, "penerimaan_memori_kasasi", EventType.MEMORI_KASASI_DITERIMA);
            perParty(SippTable.KASASI_DETIL, "pemberitahuan_memori_kasasi", EventType.SALINAN_MEMORI_DITERIMA);
            perParty(SippTable.KASASI_DETIL, "penerimaan_kontra_kasasi", EventType.KONTRA_MEMORI_DITERIMA);
            perParty(SippTable.KASASI_DETIL, "pemberitahuan_putusan_kasasi", EventType.PUTUSAN_BHT_DIBERITAHUKAN);
        }

        private void pk() {
            perParty(SippTable.PK_DETIL, "permohonan_pk", EventType.PERMOHONAN_PK);
            for (SippRow row : rows.rows(SippTable.PK)) {
                Optional<LocalDate> sworn = eventDate(row, "tanggal_penyumpahan");
                if (sworn.isEmpty()) {
                    continue;
                }
                List<Party> applicants = new ArrayList<>();
                for (SippRow d : rows.rows(SippTable.PK_DETIL)) {
                    if ("1".equals(d.get("status_pihak_id"))) {
                        partyOf(d).ifPresent(applicants::add);
                    }
                }
                if (applicants.isEmpty()) {
                    events.add(CaseEvent.of(EventType.NOVUM_DITEMUKAN, sworn.get()));
                } else {
                    applicants.stream().distinct()
                            .forEach(p -> events.add(CaseEvent.of(EventType.NOVUM_DITEMUKAN, sworn.get(), p)));
                }
            }
        }

        private void keberatan() {
            perParty(SippTable.KEBERATAN, "tanggal_pendaftaran_keberatan", EventType.KEBERATAN_DIAJUKAN);
        }

        private void mediation() {
            for (SippRow row : rows.rows(SippTable.MEDIASI)) {
                eventDate(row, "dimulai_mediasi").ifPresent(d -> events.add(CaseEvent.of(EventType.PENETAPAN_MEDIASI, d)));
                eventDate(row, "keputusan_mediasi").ifPresent(d -> events.add(CaseEvent.of(EventType.MEDIASI_SELESAI, d)));
            }
        }

        /** One event per row with a date in {@code column}, for the party the row's {@code pihak_id} is. */
        private void perParty(SippTable table, String column, EventType type) {
            for (SippRow row : rows.rows(table)) {
                Optional<LocalDate> day = eventDate(row, column);
                if (day.isPresent()) {
                    partyOf(row).ifPresent(p -> events.add(CaseEvent.of(type, day.get(), p)));
                }
            }
        }

        // ------------------------------------------------------------ detention

        private List<Detention> detentions() {
            List<SippRow> orders = new ArrayList<>(rows.rows(SippTable.PENAHANAN));
            orders.sort(Comparator.comparing((SippRow r) -> String.valueOf(r.get("mulai")))
                    .thenComparing(r -> r.rowId() == null ? 0L : r.rowId()));
            List<Detention> result = new ArrayList<>();
            DetentionStage previous = null;
            for (SippRow row : orders) {
                Optional<Detention> order = detention(row, previous);
                if (order.isPresent()) {
                    result.add(order.get());
                    previous = order.get().stage();
                }
            }
            return result;
        }

        private Optional<Detention> detention(SippRow row, DetentionStage previous) {
            Optional<SippCodes.OrderKind> kind = integer(row, "status_penahanan_id").flatMap(SippCodes::orderKind);
            if (kind.isEmpty()) {
                problems.add(row.problem("status_penahanan_id '" + row.get("status_penahanan_id")
                        + "' is not a known kind of detention order; the order is left out"));
                return Optional.empty();
            }
            DetentionStage stage = kind.get().stage() != null ? kind.get().stage() : previous;
            if (stage == null) {
                problems.add(row.problem("an exceptional extension (KUHAP Pasal 29) without an earlier order to "
                        + "extend; the order is left out"));
                return Optional.empty();
            }
            Optional<LocalDate> start = date(row, "mulai");
            if (start.isEmpty()) {
                problems.add(row.problem("a detention order without its first day (mulai); the order is left out"));
                return Optional.empty();
            }
            Optional<LocalDate> end = date(row, "sampai");
            Optional<Integer> days = integer(row, "lama_penahanan").filter(d -> d > 0);
            if (end.isPresent() && end.get().isBefore(start.get())) {
                problems.add(row.problem("sampai " + end.get() + " is before mulai " + start.get()
                        + "; the order is left out"));
                return Optional.empty();
            }
            if (end.isEmpty() && days.isEmpty()) {
                problems.add(row.problem("a detention order with neither its last day (sampai) nor its length "
                        + "(lama_penahanan); the order is left out"));
                return Optional.empty();
            }
            if (end.isPresent() && days.isPresent()
                    && ChronoUnit.DAYS.between(start.get(), end.get()) + 1 != days.get()) {
                problems.add(row.problem("lama_penahanan " + days.get() + " does not match mulai " + start.get()
                        + " to sampai " + end.get() + "; the order's own dates (sampai) are used"));
            }
            String pejabat = row.get("pejabat_penahan");
            Optional<Official> official = SippCodes.official(pejabat);
            if (official.isEmpty() && pejabat != null && !pejabat.isBlank()) {
                problems.add(row.problem("pejabat_penahan '" + pejabat + "' is not a known official; the issuer is"
                        + " not checked"));
            }
            return Optional.of(new Detention(stage, start.get(), end.isPresent() ? null : days.get(),
                    end.orElse(null), kind.get().extension(), official.orElse(null), kind.get().exceptional(), null,
                    List.of()));
        }

        // ------------------------------------------------------------ values

        /** A date of something that happened: one recorded after the day asked about is reported and left out. */
        private Optional<LocalDate> eventDate(SippRow row, String column) {
            Optional<LocalDate> day = date(row, column);
            if (day.isPresent() && day.get().isAfter(asOf)) {
                problems.add(row.problem(column + " " + day.get() + " is after the day asked about (" + asOf
                        + "); left out"));
                return Optional.empty();
            }
            return day;
        }

        /**
         * A date column: NULL, an empty text and SIPP's zero date {@code 0000-00-00} mean "not recorded"; a text that
         * is not a calendar date (e.g. {@code 2025-02-30}, {@code 2025-03-00}) is reported and read as not recorded.
         */
        private Optional<LocalDate> date(SippRow row, String column) {
            String text = row.get(column);
            if (text == null || text.isBlank() || text.startsWith("0000-00-00")) {
                return Optional.empty();
            }
            String day = text.length() > 10 ? text.substring(0, 10) : text;
            try {
                return Optional.of(LocalDate.parse(day, ISO));
            } catch (DateTimeParseException e) {
                problems.add(row.problem(column + " '" + text + "' is not a calendar date; read as not recorded"));
                return Optional.empty();
            }
        }

        private Optional<Integer> integer(SippRow row, String column) {
            String text = row.get(column);
            if (text == null || text.isBlank()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new BigDecimal(text.strip()).intValueExact());
            } catch (NumberFormatException | ArithmeticException e) {
                problems.add(row.problem(column + " '" + text + "' is not a whole number"));
                return Optional.empty();
            }
        }
    }
}
