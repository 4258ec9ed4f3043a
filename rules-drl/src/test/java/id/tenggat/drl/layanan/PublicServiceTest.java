package id.tenggat.drl.layanan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.tenggat.Tenggat;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.Status;
import id.tenggat.model.CaseType;
import id.tenggat.model.CourtCase;
import id.tenggat.model.EventType;
import id.tenggat.model.Party;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Information requests (UU 14/2008) and complaints (S4): every period in working days (S4 I.D.10). Counted by hand
 * on /work/shared/data/id-holidays-2020-2027.csv.
 */
class PublicServiceTest {
    private static final Tenggat TENGGAT = Tenggat.indonesia();

    private static DeadlineAnswer one(CaseAnswer answer, String id, String variant) {
        List<DeadlineAnswer> found = answer.deadlines(id).stream()
                .filter(d -> variant == null || variant.equals(d.variant())).toList();
        assertThat(found).as(id + "/" + variant).hasSize(1);
        return found.get(0);
    }

    private static CaseAnswer answer(LocalDate asOf, Object... typeDate) {
        CourtCase.Builder b = CourtCase.builder(CaseType.LAYANAN);
        for (int i = 0; i < typeDate.length; i += 2) {
            b.event((EventType) typeDate[i], (LocalDate) typeDate[i + 1]);
        }
        return TENGGAT.whatIsDue(b.build()).asOf(asOf);
    }

    @Test
    void informationRequestOverLebaran() {
        // Recorded Tue 25 Mar 2025. Working days: 26, 27 Mar; 28 Mar - 7 Apr closed (Nyepi cuti, Idul Fitri, cuti);
        // 8 Apr = 3rd → completeness check due Tue 8 Apr 2025. Answer: 9, 10, 11 Apr (6), 14-17 Apr (10) → Thu 17 Apr.
        CaseAnswer a = answer(LocalDate.of(2025, 3, 26), EventType.PERMOHONAN_INFORMASI_DICATAT, LocalDate.of(2025, 3, 25));
        assertThat(one(a, "layanan.informasi.kelengkapan", null).due()).isEqualTo(LocalDate.of(2025, 4, 8));
        DeadlineAnswer jawaban = one(a, "layanan.informasi.jawaban", null);
        assertThat(jawaban.due()).isEqualTo(LocalDate.of(2025, 4, 17));
        // Counted from the register entry (S4 II.E.4), not from receipt (UU 14/2008 Pasal 22(7)); the basis cites both.
        assertThat(jawaban.legalBasis()).contains("UU 14/2008 Pasal 22 ayat (7) dan (8)").contains("S4) II.E.4");
        assertThat(jawaban.courtTarget()).isTrue();
    }

    @Test
    void answerExtendedBySevenWorkingDays() {
        // 17 Apr 2025 + 7 working days: 18 Apr Good Friday; 21-25 Apr (5), 28, 29 Apr (7) → Tue 29 Apr 2025.
        CaseAnswer a = answer(LocalDate.of(2025, 4, 18), EventType.PERMOHONAN_INFORMASI_DICATAT, LocalDate.of(2025, 3, 25),
                EventType.PERPANJANGAN_JAWABAN_INFORMASI, LocalDate.of(2025, 4, 16));
        assertThat(one(a, "layanan.informasi.jawaban", null).due()).isEqualTo(LocalDate.of(2025, 4, 29));
    }

    @Test
    void objectionAcrossTheYearEnd() {
        // Ground known Mon 1 Dec 2025: 2-5 Dec (4), 8-12 (9), 15-19 (14), 22-24 (17); 25 Dec Christmas, 26 Dec cuti;
        // 29-31 (20); 1 Jan holiday; 2 Jan (21); 5-9 Jan (26); 12-15 Jan (30) → Thu 15 Jan 2026.
        CaseAnswer a = answer(LocalDate.of(2025, 12, 2), EventType.DASAR_KEBERATAN_INFORMASI_DIKETAHUI, LocalDate.of(2025, 12, 1));
        DeadlineAnswer d = one(a, "layanan.informasi.keberatan", null);
        assertThat(d.party()).isEqualTo(Party.PEMOHON);
        assertThat(d.due()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(d.courtTarget()).isFalse();
    }

    @Test
    void complaintAnswerAndSiwasAcrossTheYearEnd() {
        // Complaint received Mon 22 Dec 2025: 23, 24 Dec (2); 29-31 Dec (5); 2 Jan (6); 5-9 Jan (11); 12-14 Jan (14)
        // → answer due Wed 14 Jan 2026; SIWAS information 10 working days: 5, 6, 7, 8 Jan (7-10) → Thu 8 Jan 2026.
        // SIWAS resolution 90 working days: 15 Jan (15); 16 Jan Isra Mikraj; 19-23 (20); 26-30 (25); 2-6 Feb (30);
        // 9-13 (35); 16 cuti, 17 Imlek; 18-20 (38); 23-27 (43); 2-6 Mar (48); 9-13 (53); 16, 17 (55); 18-24 Nyepi and
        // Idul Fitri closed; 25-27 (58); 30 Mar-2 Apr (62); 3 Apr Good Friday; 6-10 (67); 13-17 (72); 20-24 (77);
        // 27-30 Apr (81); 1 May Labour Day; 4-8 (86); 11-13 (89); 14 May Ascension, 15 May cuti; Mon 18 May (90).
        CaseAnswer a = answer(LocalDate.of(2025, 12, 23), EventType.PENGADUAN_DITERIMA, LocalDate.of(2025, 12, 22));
        assertThat(one(a, "layanan.pengaduan.tanggapan", null).due()).isEqualTo(LocalDate.of(2026, 1, 14));
        assertThat(one(a, "layanan.pengaduan.siwas", "informasi").due()).isEqualTo(LocalDate.of(2026, 1, 8));
        assertThat(one(a, "layanan.pengaduan.siwas", "penyelesaian").due()).isEqualTo(LocalDate.of(2026, 5, 18));
        assertThat(a.deadlines("layanan.informasi.jawaban")).isEmpty();
    }

    @Test
    void lodgingAndCompletingAComplaint() {
        // Service received Mon 3 Nov 2025 (no holidays in Nov or early Dec 2025): 4-7 Nov (4), 10-14 (9), 17-21 (14),
        // 24-28 (19), 1-5 Dec (24), 8-12 (29), Mon 15 Dec (30). Complaint lodged 15 Dec: met.
        CaseAnswer a = answer(LocalDate.of(2025, 12, 16), EventType.LAYANAN_DITERIMA, LocalDate.of(2025, 11, 3),
                EventType.PENGADUAN_DITERIMA, LocalDate.of(2025, 12, 15));
        DeadlineAnswer lodged = one(a, "layanan.pengaduan.pengajuan", null);
        assertThat(lodged.due()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(lodged.status()).isEqualTo(Status.MET);
        // The court's answer reached the complainant Mon 3 Nov 2025: completion due Mon 15 Dec 2025; not completed by
        // 16 Dec → overdue (deemed withdrawn, S4 I.F.8).
        CaseAnswer b = answer(LocalDate.of(2025, 12, 16), EventType.TANGGAPAN_PENGADUAN_DITERIMA, LocalDate.of(2025, 11, 3));
        DeadlineAnswer complete = one(b, "layanan.pengaduan.kelengkapan", null);
        assertThat(complete.due()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(complete.status()).isEqualTo(Status.OVERDUE);
    }

    @Test
    void decisionAndNotice() {
        // File complete Mon 2 Jun 2025: 3-5 Jun (3); 6 Jun Idul Adha, 9 Jun cuti; 10-13 (7); 16-20 (12); 23-26 (16);
        // 27 Jun Islamic New Year; 30 Jun (17); 1-4 Jul (21); 7-11 (26); 14-18 (31); 21-25 (36); 28-31 (40); 1 Aug (41);
        // 4-8 (46); 11-15 (51); 18 Aug cuti; 19-22 (55); 25-29 (60) → Fri 29 Aug 2025.
        CaseAnswer a = answer(LocalDate.of(2025, 6, 3), EventType.PENGADUAN_LENGKAP, LocalDate.of(2025, 6, 2));
        assertThat(one(a, "layanan.pengaduan.putusan", null).due()).isEqualTo(LocalDate.of(2025, 8, 29));
        // Decided on the last day, Fri 29 Aug 2025: met.
        CaseAnswer decided = answer(LocalDate.of(2025, 9, 1), EventType.PENGADUAN_LENGKAP, LocalDate.of(2025, 6, 2),
                EventType.PENGADUAN_DIPUTUS, LocalDate.of(2025, 8, 29));
        assertThat(one(decided, "layanan.pengaduan.putusan", null).status()).isEqualTo(Status.MET);
        // Decided Tue 25 Mar 2025: 26, 27 Mar (2); closed to 7 Apr; 8-11 (6); 14-17 (10); 18 Good Friday; 21-24 (14)
        // → notice due Thu 24 Apr 2025.
        CaseAnswer b = answer(LocalDate.of(2025, 3, 26), EventType.PENGADUAN_DIPUTUS, LocalDate.of(2025, 3, 25));
        assertThat(one(b, "layanan.pengaduan.pemberitahuan", null).due()).isEqualTo(LocalDate.of(2025, 4, 24));
    }

    @Test
    void badInputs() {
        CourtCase unknownCourt = CourtCase.builder(CaseType.LAYANAN).court("PN Atlantis")
                .event(EventType.PENGADUAN_DITERIMA, LocalDate.of(2025, 12, 22)).build();
        assertThatThrownBy(() -> TENGGAT.whatIsDue(unknownCourt).asOf(LocalDate.of(2025, 12, 23)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PN Atlantis");
        // 90 working days from 1 Dec 2027 run past the calendar's data (2020-2027).
        CaseAnswer late = answer(LocalDate.of(2027, 12, 2), EventType.PENGADUAN_DITERIMA, LocalDate.of(2027, 12, 1));
        assertThat(one(late, "layanan.pengaduan.siwas", "penyelesaian").status()).isEqualTo(Status.OUT_OF_COVERAGE);
        assertThat(answer(LocalDate.of(2025, 1, 2)).deadlines()).isEmpty();
    }
}
