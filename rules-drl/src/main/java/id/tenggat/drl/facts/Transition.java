package id.tenggat.drl.facts;

import id.tenggat.model.EventType;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** Dates on which a new version of a law took effect; used by the transitional rules. */
public final class Transition {
    /** UU 20/2025 (KUHAP) in force: 2 January 2026 (its Pasal 369). */
    public static final LocalDate KUHAP_2025 = LocalDate.of(2026, 1, 2);
    /**
     * PERMA 4/2019 (amending PERMA 2/2015, small claims) in force: 20 August 2019, the day of its promulgation as
     * reported. Court pages (PN Bantul, 2020) and commentaries confirm the amendment and its content but not this day;
     * a claim registered within days of it should be checked against the Berita Negara text.
     */
    public static final LocalDate PERMA_4_2019 = LocalDate.of(2019, 8, 20);

    /**
     * Court events that can only happen once the court's examination has begun: a hearing, a judgment (including its
     * notification as final), and every step of an appeal or cassation. One of them before {@link #KUHAP_2025} shows
     * the case falls under UU 20/2025 Pasal 361 huruf c. Registration and limpah are not among them: a case can be
     * registered without its examination having begun (huruf d).
     */
    private static final Set<EventType> EXAMINATION_BEGUN = EnumSet.of(EventType.SIDANG_PERTAMA, EventType.SIDANG,
            EventType.PUTUSAN_DIUCAPKAN, EventType.PUTUSAN_DIBERITAHUKAN, EventType.INZAGE_DIBERITAHUKAN,
            EventType.PERMOHONAN_BANDING, EventType.PERKARA_BANDING_DIDAFTARKAN, EventType.PUTUSAN_BANDING_DIBERITAHUKAN,
            EventType.PERMOHONAN_KASASI, EventType.MEMORI_KASASI_DITERIMA, EventType.SALINAN_MEMORI_DITERIMA,
            EventType.KONTRA_MEMORI_DITERIMA, EventType.PUTUSAN_BHT_DIBERITAHUKAN);

    /**
     * Whether an event of this type shows that the court's examination had begun (see {@link #EXAMINATION_BEGUN}).
     *
     * @param type  the event type
     * @return whether the examination had begun by the time of such an event
     */
    public static boolean showsExaminationBegun(EventType type) {
        return EXAMINATION_BEGUN.contains(type);
    }

    private Transition() {
    }
}
