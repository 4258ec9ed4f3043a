package id.tenggat.drl.anak;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import id.tenggat.Tenggat;
import id.tenggat.answer.Alternative;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.Status;
import id.tenggat.model.CaseType;
import id.tenggat.model.CourtCase;
import id.tenggat.model.Detention;
import id.tenggat.model.DetentionStage;
import id.tenggat.model.EventType;
import id.tenggat.model.Official;
import id.tenggat.model.Party;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Which KUHAP answers a juvenile case's banding and kasasi before any court event shows it (UU 11/2012 Pasal 16 jo.
 * UU 20/2025 Pasal 361 huruf c and d, decision 0003): a juvenile case is answered as an adult one, with the remedies
 * waiting for the examination date when no fact decides the version, never left out. Each test runs the adult case
 * too, so the two cannot drift apart. Dates counted by hand on the calendar.
 */
class JuvenileLawChoiceTest {
    private static final Tenggat TENGGAT = Tenggat.indonesia();
    private static final String UNDETERMINED = "UU 8/1981 atau UU 20/2025 (belum dapat ditentukan)";

    @ParameterizedTest
    @EnumSource(value = CaseType.class, names = {"PIDANA", "ANAK"})
    void aCaseWithNoCourtEventWaitsForTheExaminationDate(CaseType type) {
        // Registered Mon 12 Jan 2026, nothing else yet: neither version can be chosen.
        CourtCase registered = CourtCase.builder(type).event(EventType.PERKARA_DIDAFTARKAN, of(2026, 1, 12)).build();
        CourtCase empty = CourtCase.builder(type).build();

        for (CourtCase c : List.of(registered, empty)) {
            CaseAnswer a = TENGGAT.whatIsDue(c).asOf(of(2026, 1, 14));
            for (String id : List.of("pidana.banding", "pidana.kasasi")) {
                assertThat(a.deadlines(id)).as(id).isNotEmpty().allSatisfy(d -> waitsForTheExaminationDate(d, type));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = CaseType.class, names = {"PIDANA", "ANAK"})
    void aCaseSentToCourtOnTheDayTheNewLawTookEffectFollowsIt(CaseType type) {
        // Sent to court Fri 2 Jan 2026, the day UU 20/2025 took effect (Pasal 369), no examination date: examination
        // cannot precede the limpah, so Pasal 361 huruf d. The new law's windows are not confirmed: NOT_ENCODED.
        CourtCase c = CourtCase.builder(type).event(EventType.PERKARA_DILIMPAHKAN, of(2026, 1, 2)).build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(of(2026, 1, 5));

        for (String id : List.of("pidana.banding", "pidana.kasasi")) {
            assertThat(a.deadlines(id)).as(id).isNotEmpty().allSatisfy(d -> {
                assertThat(d.status()).isEqualTo(Status.NOT_ENCODED);
                assertThat(d.law()).isEqualTo("UU 20/2025 (KUHAP)");
                assertThat(d.due()).isNull();
                if (type == CaseType.ANAK) {
                    assertThat(d.legalBasis()).startsWith("UU 11/2012 Pasal 16 jo. UU 20/2025 (");
                }
            });
        }
    }

    @ParameterizedTest
    @EnumSource(value = CaseType.class, names = {"PIDANA", "ANAK"})
    void aCaseSentToCourtTheDayBeforeNewYearWaitsThenCountsUnderTheOldLawAcrossIsraMiraj(CaseType type) {
        // Sent to court Wed 31 Dec 2025, before UU 20/2025: examination may have begun on either side of 2 Jan 2026.
        CourtCase.Builder sent = CourtCase.builder(type).event(EventType.PERKARA_DILIMPAHKAN, of(2025, 12, 31));
        CaseAnswer waiting = TENGGAT.whatIsDue(sent.build()).asOf(of(2026, 1, 5));
        for (String id : List.of("pidana.banding", "pidana.kasasi")) {
            assertThat(waiting.deadlines(id)).as(id).isNotEmpty()
                    .allSatisfy(d -> waitsForTheExaminationDate(d, type));
        }

        // Given: examination began that same Wed 31 Dec 2025 (Pasal 361 huruf c, UU 8/1981); judgment pronounced Fri
        // 9 Jan 2026 with the defendant and prosecutor present. Banding (KUHAP Pasal 233 ayat (2)): Jan 10 (1) .. Fri
        // 16 Jan (7), Isra Mi'raj; 17-18 Jan weekend -> Mon 19 Jan 2026. No-roll reading: Fri 16 Jan 2026.
        CourtCase examined = CourtCase.builder(type)
                .event(EventType.PERKARA_DILIMPAHKAN, of(2025, 12, 31))
                .event(EventType.PEMERIKSAAN_DIMULAI, of(2025, 12, 31))
                .pronounced(of(2026, 1, 9), Party.TERDAKWA, Party.PENUNTUT_UMUM)
                .build();
        CaseAnswer a = TENGGAT.whatIsDue(examined).asOf(of(2026, 1, 12));
        assertThat(a.deadlines("pidana.banding")).hasSize(2).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(Status.OPEN);
            assertThat(d.due()).isEqualTo(of(2026, 1, 19));
            assertThat(d.law()).isEqualTo("UU 8/1981 (KUHAP)");
            assertThat(d.legalBasis()).contains("KUHAP Pasal 233 ayat (2)");
            assertThat(d.alternatives()).contains(new Alternative("no-roll", of(2026, 1, 16)));
            if (type == CaseType.ANAK) {
                assertThat(d.legalBasis()).startsWith("UU 11/2012 Pasal 16 jo. KUHAP");
            }
        });
    }

    @ParameterizedTest
    @EnumSource(value = CaseType.class, names = {"PIDANA", "ANAK"})
    void aHighCourtDetentionBeforeNewYearShowsTheOldLaw(CaseType type) {
        // Detention by the high court from Mon 22 Dec 2025 and no event recorded: the district court had already
        // judged before 2 Jan 2026, so Pasal 361 huruf c; banding then waits for the pronouncement, not the version.
        CourtCase c = CourtCase.builder(type)
                .detention(Detention.first(DetentionStage.PT, of(2025, 12, 22), 10, Official.HAKIM_PT))
                .build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(of(2025, 12, 29));
        assertThat(a.deadlines("pidana.banding")).isNotEmpty().allSatisfy(d -> {
            assertThat(d.law()).isEqualTo("UU 8/1981 (KUHAP)");
            assertThat(d.needs()).isNotEqualTo(EventType.PEMERIKSAAN_DIMULAI);
        });
    }

    private static void waitsForTheExaminationDate(DeadlineAnswer d, CaseType type) {
        assertThat(d.status()).isEqualTo(Status.WAITING);
        assertThat(d.needs()).isEqualTo(EventType.PEMERIKSAAN_DIMULAI);
        assertThat(d.due()).isNull();
        assertThat(d.law()).isEqualTo(UNDETERMINED);
        if (type == CaseType.ANAK) {
            assertThat(d.legalBasis()).startsWith("UU 11/2012 Pasal 16 jo. KUHAP Pasal 233 ayat (2) dan Pasal 245 ayat (1)")
                    .contains("Pasal 361 huruf c dan d");
        }
    }
}
