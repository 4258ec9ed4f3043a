package id.tenggat.drl.pidana;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import id.tenggat.Tenggat;
import id.tenggat.answer.Alternative;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.Status;
import id.tenggat.model.CaseType;
import id.tenggat.model.CourtCase;
import id.tenggat.model.EventType;
import id.tenggat.model.Party;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * While the KUHAP version of a criminal or juvenile case cannot be chosen yet (UU 20/2025 Pasal 361 huruf c and d:
 * every court event is on or after 2 January 2026 and the day examination began is not given), the steps after a
 * banding or a kasasi request wait for that day as the remedies themselves do, instead of being left out; once the
 * day is given they are counted under the version it selects. Dates counted by hand on the calendar.
 */
class UndeterminedKuhapStepsTest {
    private static final Tenggat TENGGAT = Tenggat.indonesia();
    private static final String UNDETERMINED = "UU 8/1981 atau UU 20/2025 (belum dapat ditentukan)";

    /** Judgment Mon 5 Jan 2026, banding Tue 6 Jan, inzage notified to the defendant Fri 9 Jan. */
    private static CourtCase.Builder banding(CaseType type) {
        return CourtCase.builder(type)
                .pronounced(of(2026, 1, 5), Party.TERDAKWA, Party.PENUNTUT_UMUM)
                .event(EventType.PERMOHONAN_BANDING, of(2026, 1, 6), Party.TERDAKWA)
                .event(EventType.INZAGE_DIBERITAHUKAN, of(2026, 1, 9), Party.TERDAKWA);
    }

    /** As {@link #banding}, then the banding judgment notified Mon 2 Mar 2026 and kasasi filed Fri 6 Mar 2026. */
    private static CourtCase.Builder kasasi(CaseType type) {
        return banding(type)
                .event(EventType.PUTUSAN_BANDING_DIBERITAHUKAN, of(2026, 3, 2), Party.TERDAKWA)
                .event(EventType.PERMOHONAN_KASASI, of(2026, 3, 6), Party.TERDAKWA);
    }

    @ParameterizedTest
    @EnumSource(value = CaseType.class, names = {"PIDANA", "ANAK"})
    void inzageAndSendingTheFileWaitForTheExaminationDate(CaseType type) {
        CaseAnswer a = TENGGAT.whatIsDue(banding(type).build()).asOf(of(2026, 1, 12));

        for (String id : List.of("pidana.banding", "pidana.banding.inzage", "pidana.banding.kirim_berkas")) {
            assertThat(a.deadlines(id)).as(id).isNotEmpty().allSatisfy(d -> waitsForTheExaminationDate(d, type));
        }
        assertThat(a.deadlines("pidana.banding.kirim_berkas")).singleElement().satisfies(d -> {
            assertThat(d.courtTarget()).isTrue();
            assertThat(d.party()).isNull();
            assertThat(d.legalBasis()).contains("KUHAP Pasal 236 ayat (1) dan (2)").contains("Pasal 361 huruf c dan d");
        });
        assertThat(a.deadlines("pidana.banding.inzage")).extracting(DeadlineAnswer::party)
                .containsExactlyInAnyOrder(Party.TERDAKWA, Party.PENUNTUT_UMUM);
        // No kasasi request yet: no memori, under either version.
        assertThat(a.deadlines("pidana.kasasi.memori")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = CaseType.class, names = {"PIDANA", "ANAK"})
    void inzageAndSendingTheFileCountedOnceExaminationBeganIn2025(CaseType type) {
        // Examination began Mon 29 Dec 2025: Pasal 361 huruf c, UU 8/1981. Sending the file (Pasal 236 ayat (1)): 14
        // days after Tue 6 Jan, Jan 7 (1) .. Tue 20 Jan 2026 (14), a court target. Inzage (Pasal 236 ayat (2)): 7
        // days after Fri 9 Jan, Jan 10 (1) .. Fri 16 Jan 2026 (7), Isra Mi'raj, a stretch of days with no roll.
        CourtCase c = banding(type).event(EventType.PEMERIKSAAN_DIMULAI, of(2025, 12, 29)).build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(of(2026, 1, 12));

        assertThat(a.deadlines("pidana.banding.kirim_berkas")).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(Status.OPEN);
            assertThat(d.due()).isEqualTo(of(2026, 1, 20));
            assertThat(d.law()).isEqualTo("UU 8/1981 (KUHAP)");
        });
        DeadlineAnswer inzage = a.deadlines("pidana.banding.inzage").stream()
                .filter(d -> d.party() == Party.TERDAKWA).findFirst().orElseThrow();
        assertThat(inzage.status()).isEqualTo(Status.OPEN);
        assertThat(inzage.due()).isEqualTo(of(2026, 1, 16));
    }

    @ParameterizedTest
    @EnumSource(value = CaseType.class, names = {"PIDANA", "ANAK"})
    void memoriKasasiWaitsForTheExaminationDate(CaseType type) {
        CaseAnswer a = TENGGAT.whatIsDue(kasasi(type).build()).asOf(of(2026, 3, 9));

        assertThat(a.deadlines("pidana.kasasi.memori")).isNotEmpty().allSatisfy(d -> {
            waitsForTheExaminationDate(d, type);
            assertThat(d.legalBasis()).contains("KUHAP Pasal 248 ayat (1)").contains("Pasal 361 huruf c dan d");
        });
        assertThat(a.deadlines("pidana.kasasi")).isNotEmpty()
                .allSatisfy(d -> waitsForTheExaminationDate(d, type));
    }

    @ParameterizedTest
    @EnumSource(value = CaseType.class, names = {"PIDANA", "ANAK"})
    void memoriKasasiCountedOverIdulFitriOnceExaminationBeganIn2025(CaseType type) {
        // Examination began Tue 30 Dec 2025: UU 8/1981. Memori (Pasal 248 ayat (1)) after the kasasi of Fri 6 Mar 2026:
        // next-day Mar 7 (1) .. Fri 20 Mar (14), cuti bersama Idulfitri; 21-22 Idulfitri (a weekend), 23-24 cuti
        // bersama -> Wed 25 Mar 2026. Same-day Mar 6 (1) .. Thu 19 Mar (14), Nyepi, then the same days -> Wed 25 Mar.
        // Cuti bersama as working days: Fri 20 Mar 2026.
        CourtCase c = kasasi(type).event(EventType.PEMERIKSAAN_DIMULAI, of(2025, 12, 30)).build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(of(2026, 3, 9));

        DeadlineAnswer memori = a.deadlines("pidana.kasasi.memori").stream()
                .filter(d -> d.party() == Party.TERDAKWA).findFirst().orElseThrow();
        assertThat(memori.status()).isEqualTo(Status.OPEN);
        assertThat(memori.due()).isEqualTo(of(2026, 3, 25));
        assertThat(memori.law()).isEqualTo("UU 8/1981 (KUHAP)");
        assertThat(memori.alternatives()).contains(new Alternative("same-day", of(2026, 3, 25)),
                new Alternative("working", of(2026, 3, 20), "cuti-bersama"));
    }

    @Test
    void aJuvenileCaseWhoseExaminationBeganIn2026HasItsStepsNotEncoded() {
        // Examination began Fri 2 Jan 2026, the day UU 20/2025 took effect: Pasal 361 huruf d, periods not confirmed.
        CourtCase c = kasasi(CaseType.ANAK).event(EventType.PEMERIKSAAN_DIMULAI, of(2026, 1, 2)).build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(of(2026, 3, 9));

        for (String id : List.of("pidana.banding.inzage", "pidana.banding.kirim_berkas", "pidana.kasasi.memori")) {
            assertThat(a.deadlines(id)).as(id).isNotEmpty()
                    .allSatisfy(d -> {
                        assertThat(d.status()).isEqualTo(Status.NOT_ENCODED);
                        // The law value's article, cited through the SPPA.
                        assertThat(d.legalBasis()).startsWith("UU 11/2012 Pasal 16 jo. UU 20/2025 (");
                    });
        }
    }

    private static void waitsForTheExaminationDate(DeadlineAnswer d, CaseType type) {
        assertThat(d.status()).isEqualTo(Status.WAITING);
        assertThat(d.needs()).isEqualTo(EventType.PEMERIKSAAN_DIMULAI);
        assertThat(d.due()).isNull();
        assertThat(d.law()).isEqualTo(UNDETERMINED);
        if (type == CaseType.ANAK) {
            assertThat(d.legalBasis()).contains("UU 11/2012 Pasal 16");
        }
    }
}
