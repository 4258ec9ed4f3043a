package id.tenggat.sipp.mapping;

import id.tenggat.model.CaseType;
import id.tenggat.model.DetentionStage;
import id.tenggat.model.Official;
import id.tenggat.model.Party;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * SIPP's codes and the library's names for them. SIPP's code tables are not published: every meaning here is
 * inferred (from the case-numbering convention, from public code that reads SIPP, and from the law) and listed in
 * {@code MAPPING.md}; a code not listed is reported, never guessed.
 */
public final class SippCodes {
    private SippCodes() {
    }

    /**
     * The case type for the classification in a case number ({@code 12/Pdt.G/2025/PN Jpa} → {@code Pdt.G}), or empty
     * when the library encodes no deadlines for it (e.g. {@code Pdt.P}, {@code Pid.C}, {@code Pid.Pra}).
     *
     * @param classification the second segment of the case number, not null
     * @param childFlag      {@code perkara.terdakwa_anak}: 'Y' marks a juvenile defendant
     * @return the case type, or empty
     */
    public static Optional<CaseType> caseType(String classification, String childFlag) {
        String c = classification.strip().toUpperCase(Locale.ROOT).replace(" ", "");
        if (c.equals("PDT.G.S")) {
            return Optional.of(CaseType.GUGATAN_SEDERHANA);
        }
        if (c.equals("PDT.G")) {
            return Optional.of(CaseType.PERDATA);
        }
        if (c.equals("PID.SUS-ANAK") || (c.startsWith("PID.") && "Y".equalsIgnoreCase(strip(childFlag)))) {
            return Optional.of(CaseType.ANAK);
        }
        if (c.equals("PID.B") || c.equals("PID.SUS") || c.equals("PID.S")) {
            return Optional.of(CaseType.PIDANA);
        }
        return Optional.empty();
    }

    /**
     * The classification in a case number.
     *
     * @param nomorPerkara  the case number, e.g. {@code 12/Pdt.G/2025/PN Jpa}, not null
     * @return its second segment, e.g. {@code Pdt.G}, or empty when the number has none
     */
    public static Optional<String> classification(String nomorPerkara) {
        if (nomorPerkara == null) {
            return Optional.empty();
        }
        String[] parts = nomorPerkara.split("/");
        return parts.length >= 3 && !parts[1].isBlank() ? Optional.of(parts[1].strip()) : Optional.empty();
    }

    /**
     * The party a row of {@code perkara_pihak1} ({@code side} 1) or {@code perkara_pihak2} ({@code side} 2) is: the
     * plaintiff and the defendant in civil cases, the prosecutor and the defendant in criminal ones.
     *
     * @param type  the case type, not null
     * @param side  1 or 2, the table the row comes from
     * @return the party
     */
    public static Party party(CaseType type, int side) {
        boolean criminal = type == CaseType.PIDANA || type == CaseType.ANAK;
        if (side == 1) {
            return criminal ? Party.PENUNTUT_UMUM : Party.PENGGUGAT;
        }
        return criminal ? Party.TERDAKWA : Party.TERGUGAT;
    }

    /** What a detention row is, by {@code penahanan_terdakwa.status_penahanan_id}. */
    public record OrderKind(DetentionStage stage, boolean extension, boolean exceptional) {
    }

    /**
     * {@code status_penahanan_id}: the stage and whether the order is an extension; codes 11 and 12 are the first and
     * second exceptional extension (KUHAP Pasal 29) of whatever stage the previous order was at (stage null here).
     */
    private static final Map<Integer, OrderKind> ORDER_KINDS = Map.ofEntries(
            Map.entry(1, new OrderKind(DetentionStage.PENYIDIK, false, false)),
            Map.entry(2, new OrderKind(DetentionStage.PENYIDIK, true, false)),
            Map.entry(3, new OrderKind(DetentionStage.PENUNTUT_UMUM, false, false)),
            Map.entry(4, new OrderKind(DetentionStage.PENUNTUT_UMUM, true, false)),
            Map.entry(5, new OrderKind(DetentionStage.PN, false, false)),
            Map.entry(6, new OrderKind(DetentionStage.PN, true, false)),
            Map.entry(7, new OrderKind(DetentionStage.PT, false, false)),
            Map.entry(8, new OrderKind(DetentionStage.PT, true, false)),
            Map.entry(9, new OrderKind(DetentionStage.MA, false, false)),
            Map.entry(10, new OrderKind(DetentionStage.MA, true, false)),
            Map.entry(11, new OrderKind(null, true, true)),
            Map.entry(12, new OrderKind(null, true, true)));

    /**
     * The kind of a detention order.
     *
     * @param statusPenahananId  the order's {@code status_penahanan_id}
     * @return its kind, or empty for a code not known
     */
    public static Optional<OrderKind> orderKind(int statusPenahananId) {
        return Optional.ofNullable(ORDER_KINDS.get(statusPenahananId));
    }

    /** {@code pejabat_penahan} as SIPP writes it, upper-cased, to the official. */
    private static final Map<String, Official> OFFICIALS = Map.ofEntries(
            Map.entry("PENYIDIK", Official.PENYIDIK),
            Map.entry("PENUNTUT UMUM", Official.PENUNTUT_UMUM),
            Map.entry("JAKSA PENUNTUT UMUM", Official.PENUNTUT_UMUM),
            Map.entry("HAKIM PN", Official.HAKIM_PN),
            Map.entry("HAKIM PENGADILAN NEGERI", Official.HAKIM_PN),
            Map.entry("KETUA PN", Official.KETUA_PN),
            Map.entry("KETUA PENGADILAN NEGERI", Official.KETUA_PN),
            Map.entry("HAKIM PT", Official.HAKIM_PT),
            Map.entry("HAKIM PENGADILAN TINGGI", Official.HAKIM_PT),
            Map.entry("KETUA PT", Official.KETUA_PT),
            Map.entry("KETUA PENGADILAN TINGGI", Official.KETUA_PT),
            Map.entry("HAKIM AGUNG", Official.HAKIM_MA),
            Map.entry("HAKIM MA", Official.HAKIM_MA),
            Map.entry("KETUA MA", Official.KETUA_MA),
            Map.entry("KETUA MAHKAMAH AGUNG", Official.KETUA_MA),
            Map.entry("MAHKAMAH AGUNG", Official.MAHKAMAH_AGUNG));

    /**
     * The official who ordered a detention.
     *
     * @param pejabatPenahan  the row's {@code pejabat_penahan}, or null
     * @return the official it names, ignoring case and surrounding blanks, or empty
     */
    public static Optional<Official> official(String pejabatPenahan) {
        String s = strip(pejabatPenahan);
        return s.isEmpty() ? Optional.empty()
                : Optional.ofNullable(OFFICIALS.get(s.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ")));
    }

    /**
     * A SIPP 'Y'/'T' flag.
     *
     * @param flag  the flag's value, or null
     * @return true only for 'Y'
     */
    public static boolean yes(String flag) {
        return "Y".equalsIgnoreCase(strip(flag)) || "1".equals(strip(flag));
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
