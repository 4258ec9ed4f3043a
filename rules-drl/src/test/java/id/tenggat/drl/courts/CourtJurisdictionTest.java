package id.tenggat.drl.courts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.tenggat.Tenggat;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.FieldError;
import id.tenggat.answer.Language;
import id.tenggat.answer.Status;
import id.tenggat.calendar.CourtRegistry;
import id.tenggat.calendar.Jurisdiction;
import id.tenggat.model.CaseType;
import id.tenggat.model.CourtCase;
import id.tenggat.model.EventType;
import id.tenggat.model.Party;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cases at courts of every jurisdiction and time zone: religious courts answered with the civil deadlines that
 * UU 7/1989 Pasal 54 makes apply there, other jurisdictions out of scope, and the electronic cut-off in each zone.
 */
class CourtJurisdictionTest {
    private static final Tenggat TENGGAT = Tenggat.indonesia();
    private static final LocalDate MAR_17 = LocalDate.of(2025, 3, 17);

    private static DeadlineAnswer only(CaseAnswer answer, String id, Party party) {
        assertThat(answer.errors()).isEmpty();
        return answer.deadlines(id).stream().filter(d -> d.party() == party).findFirst().orElseThrow();
    }

    // ------------------------------------------------------------------------------------------------
    // religious courts: the civil deadlines, citing UU 7/1989 Pasal 54

    @Test
    void religiousCourt_bandingAcrossLebaran2025_citesPasal54() {
        CourtCase perkara = CourtCase.builder(CaseType.PERDATA).caseNumber("101/Pdt.G/2025/PA.JS")
                .court("PA Jakarta Selatan")
                .pronounced(LocalDate.of(2025, 3, 10), Party.PENGGUGAT)
                .event(EventType.PUTUSAN_DIBERITAHUKAN, MAR_17, Party.TERGUGAT)
                .event(EventType.PERMOHONAN_BANDING, LocalDate.of(2025, 3, 20), Party.PENGGUGAT)
                .build();
        CaseAnswer answer = TENGGAT.whatIsDue(perkara).asOf(LocalDate.of(2025, 3, 21));

        assertThat(answer.court().jurisdiction()).isEqualTo(Jurisdiction.AGAMA);
        assertThat(answer.outOfScope()).isNull();
        // PENGGUGAT, present on Mon 10 Mar 2025: day 1 = Tue 11 Mar, day 14 = Mon 24 Mar 2025, a working day;
        // the banding filed on Thu 20 Mar meets it.
        DeadlineAnswer penggugat = only(answer, "perdata.banding", Party.PENGGUGAT);
        assertThat(penggugat.due()).isEqualTo(LocalDate.of(2025, 3, 24));
        assertThat(penggugat.status()).isEqualTo(Status.MET);
        // TERGUGAT, notified Mon 17 Mar 2025: day 1 = Tue 18 Mar, day 14 = Mon 31 Mar (Idul Fitri); 1 Apr Idul Fitri,
        // 2-4 Apr cuti bersama, 5-6 Apr weekend, 7 Apr cuti bersama: the window closes on Tue 8 Apr 2025.
        DeadlineAnswer tergugat = only(answer, "perdata.banding", Party.TERGUGAT);
        assertThat(tergugat.due()).isEqualTo(LocalDate.of(2025, 4, 8));
        assertThat(tergugat.status()).isEqualTo(Status.OPEN);
        assertThat(tergugat.legalBasis()).isEqualTo("UU 20/1947 Pasal 7 ayat (1)");
        assertThat(tergugat.explanation(Language.ID).get(0))
                .isEqualTo("PA Jakarta Selatan termasuk peradilan agama: hukum acara perdata yang berlaku di peradilan"
                        + " umum berlaku juga di sana, kecuali yang diatur secara khusus (UU 7/1989 Pasal 54"
                        + " sebagaimana telah diubah dengan UU 3/2006 dan UU 50/2009).");
        assertThat(tergugat.explanation(Language.EN).get(0)).contains("religious court", "UU 7/1989 Pasal 54");
    }

    @Test
    void mahkamahSyariyah_bySippName_isAReligiousCourtAnsweredWithTheCivilDeadlines() {
        CourtCase perkara = CourtCase.builder(CaseType.PERDATA).court("MAHKAMAH SYAR'IYAH BANDA ACEH")
                .event(EventType.PUTUSAN_DIBERITAHUKAN, MAR_17, Party.TERGUGAT).build();
        CaseAnswer answer = TENGGAT.whatIsDue(perkara).asOf(LocalDate.of(2025, 3, 21));
        assertThat(answer.court().name()).isEqualTo("MS Banda Aceh");
        // The same counting as at PA Jakarta Selatan: Tue 8 Apr 2025.
        DeadlineAnswer banding = only(answer, "perdata.banding", Party.TERGUGAT);
        assertThat(banding.due()).isEqualTo(LocalDate.of(2025, 4, 8));
        assertThat(banding.explanation(Language.ID).get(0)).startsWith("MS Banda Aceh termasuk peradilan agama");
    }

    // ------------------------------------------------------------------------------------------------
    // out of scope: no civil or criminal date where it does not apply

    @Test
    void criminalCaseAtAReligiousCourt_isOutOfScope() {
        CourtCase perkara = CourtCase.builder(CaseType.PIDANA).court("PA Jakarta Selatan")
                .pronounced(LocalDate.of(2025, 10, 6), Party.TERDAKWA).build();
        CaseAnswer answer = TENGGAT.whatIsDue(perkara).asOf(LocalDate.of(2025, 10, 7));
        assertThat(answer.deadlines()).isEmpty();
        assertThat(answer.errors()).isEmpty();
        assertThat(answer.outOfScope().jurisdiction()).isEqualTo(Jurisdiction.AGAMA);
        assertThat(answer.outOfScope().explanation(Language.EN)).singleElement().asString()
                .startsWith("A PIDANA case at PA Jakarta Selatan (religious courts): this library models only civil"
                        + " cases at religious courts");
    }

    @Test
    void anyCaseAtAStateAdministrativeOrMilitaryCourt_isOutOfScopeNamingTheJurisdiction() {
        CourtCase tun = CourtCase.builder(CaseType.PERDATA).court("PTUN Jakarta")
                .event(EventType.PUTUSAN_DIBERITAHUKAN, MAR_17, Party.TERGUGAT).build();
        CourtCase militer = CourtCase.builder(CaseType.PIDANA).court("Pengadilan Militer II-08 Jakarta")
                .pronounced(LocalDate.of(2025, 10, 6), Party.TERDAKWA).build();
        List<CaseAnswer> answers = TENGGAT.answerAll(List.of(tun, militer), LocalDate.of(2025, 10, 7));

        assertThat(answers.get(0).deadlines()).isEmpty();
        assertThat(answers.get(0).outOfScope().jurisdiction()).isEqualTo(Jurisdiction.TATA_USAHA_NEGARA);
        assertThat(answers.get(0).outOfScope().explanation(Language.ID)).singleElement().asString()
                .startsWith("Perkara di PTUN Jakarta (peradilan tata usaha negara)");
        assertThat(answers.get(1).deadlines()).isEmpty();
        assertThat(answers.get(1).outOfScope().jurisdiction()).isEqualTo(Jurisdiction.MILITER);
        assertThat(answers.get(1).outOfScope().explanation(Language.EN)).singleElement().asString()
                .startsWith("The case is at Dilmil II-08 Jakarta (military courts)");
    }

    @Test
    void oneDeadlineAtAStateAdministrativeCourt_isRefusedNamingTheJurisdiction() {
        assertThatThrownBy(() -> TENGGAT.perdata().banding().forParty(Party.TERGUGAT).atCourt("PTUN Jakarta")
                .notifiedOn(MAR_17).asOf(LocalDate.of(2025, 3, 21)).due())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PTUN Jakarta (state administrative courts)");
    }

    // ------------------------------------------------------------------------------------------------
    // the electronic kasasi's last moment, 23:59 in the court's own zone (SK KMA 207/2023)

    private static DeadlineAnswer electronicKasasi(String court, LocalDate bandingNotified) {
        CourtCase perkara = CourtCase.builder(CaseType.PERDATA).court(court).electronic(true)
                .event(EventType.PUTUSAN_BANDING_DIBERITAHUKAN, bandingNotified, Party.TERGUGAT).build();
        return only(TENGGAT.whatIsDue(perkara).asOf(bandingNotified), "perdata.kasasi", Party.TERGUGAT);
    }

    @Test
    void electronicKasasi_wib_acrossTheNewYear() {
        // PN Surabaya (WIB). Notified Thu 18 Dec 2025: day 1 = Fri 19 Dec, day 14 = Thu 1 Jan 2026 (New Year's
        // Day) -> Fri 2 Jan 2026, until 23:59 WIB (UTC+7).
        DeadlineAnswer kasasi = electronicKasasi("PN Surabaya", LocalDate.of(2025, 12, 18));
        assertThat(kasasi.due()).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(kasasi.lastMoment().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2026-01-02T23:59+07:00"));
        assertThat(kasasi.explanation(Language.ID)).anySatisfy(s -> assertThat(s).contains("pukul 23:59 WIB"));
    }

    @Test
    void electronicKasasi_wita_acrossLebaran() {
        // PN Kalabahi (WITA), named as SIPP writes it. Notified Mon 17 Mar 2025: day 14 = Mon 31 Mar (Idul Fitri),
        // then Idul Fitri, cuti bersama, the weekend and cuti bersama to Mon 7 Apr -> Tue 8 Apr 2025, until 23:59
        // WITA (UTC+8), that is 22:59 WIB.
        DeadlineAnswer kasasi = electronicKasasi("PENGADILAN NEGERI KALABAHI", MAR_17);
        assertThat(kasasi.due()).isEqualTo(LocalDate.of(2025, 4, 8));
        assertThat(kasasi.lastMoment().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2025-04-08T23:59+08:00"));
        assertThat(kasasi.explanation(Language.EN)).anySatisfy(s -> assertThat(s).contains("until 23:59 WITA"));
    }

    @Test
    void electronicKasasi_wit_acrossIdulAdhaLeave() {
        // PN Merauke (WIT), named by its satker code. Notified Mon 26 May 2025: day 1 = Tue 27 May, day 14 = Mon 9 Jun
        // 2025 (cuti bersama after Idul Adha) -> Tue 10 Jun 2025, until 23:59 WIT (UTC+9).
        String merauke = CourtRegistry.embedded().court("PN Merauke").satkerCode();
        DeadlineAnswer kasasi = electronicKasasi(merauke, LocalDate.of(2025, 5, 26));
        assertThat(kasasi.due()).isEqualTo(LocalDate.of(2025, 6, 10));
        assertThat(kasasi.lastMoment().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2025-06-10T23:59+09:00"));
        assertThat(kasasi.explanation(Language.ID)).anySatisfy(s -> assertThat(s).contains("pukul 23:59 WIT "));
    }

    // ------------------------------------------------------------------------------------------------
    // names a case may give, and a deployment's courts

    @Test
    void ambiguousCourtName_isAnErrorListingBothCourts() {
        CourtCase perkara = CourtCase.builder(CaseType.PERDATA).caseNumber("x").court("PA Negara")
                .event(EventType.PUTUSAN_DIBERITAHUKAN, MAR_17, Party.TERGUGAT).build();
        CaseAnswer answer = TENGGAT.answerAll(List.of(perkara), MAR_17).get(0);
        assertThat(answer.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("court");
            assertThat(e.value()).isEqualTo("PA Negara");
            assertThat(e.message()).contains("PA Negara (Bali, satker 402732)",
                    "PA Negara (Kalimantan Selatan, satker 402571)");
        });
    }

    @Test
    void unknownCourtName_suggestsTheNearest() {
        CourtCase perkara = CourtCase.builder(CaseType.PERDATA).court("PN Surabya")
                .event(EventType.PUTUSAN_DIBERITAHUKAN, MAR_17, Party.TERGUGAT).build();
        assertThat(TENGGAT.answerAll(List.of(perkara), MAR_17).get(0).errors()).extracting(FieldError::message)
                .singleElement().asString().startsWith("Unknown court 'PN Surabya'; nearest names: PN Surabaya");
    }

    @Test
    void courtOfADeploymentFile_throughTheBuilder(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("keppres-39-2025.json"), """
                {"courts": [{"name": "PN Sumbawa Barat", "fullName": "Pengadilan Negeri Sumbawa Barat", "kind": "PN",
                  "highCourt": "PT Mataram", "province": "Nusa Tenggara Barat", "zone": "Asia/Makassar",
                  "source": "Keppres 39/2025"}]}""");
        Tenggat deployed = Tenggat.builder().courts(CourtRegistry.embedded().withCourts(file)).build();
        CourtCase perkara = CourtCase.builder(CaseType.PERDATA).court("Pengadilan Negeri Sumbawa Barat").electronic(true)
                .event(EventType.PUTUSAN_BANDING_DIBERITAHUKAN, MAR_17, Party.TERGUGAT).build();
        DeadlineAnswer kasasi = only(deployed.whatIsDue(perkara).asOf(MAR_17), "perdata.kasasi", Party.TERGUGAT);
        // As at PN Kalabahi, also WITA: Tue 8 Apr 2025, 23:59+08:00.
        assertThat(kasasi.lastMoment().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2025-04-08T23:59+08:00"));
        assertThat(deployed.courts().courts()).hasSize(865);
    }
}
