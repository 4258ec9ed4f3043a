package id.tenggat.drl.pidana;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import id.tenggat.Tenggat;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.Eligibility;
import id.tenggat.answer.Language;
import id.tenggat.answer.Status;
import id.tenggat.answer.SuppliedValue;
import id.tenggat.detention.AppliedDetentionRule;
import id.tenggat.detention.DetentionLimit;
import id.tenggat.detention.Violation;
import id.tenggat.drl.DroolsDeadlineEngine;
import id.tenggat.json.TenggatJson;
import id.tenggat.law.LawValue;
import id.tenggat.law.LawValues;
import id.tenggat.law.LawValuesException;
import id.tenggat.model.CaseEvent;
import id.tenggat.model.CaseType;
import id.tenggat.model.CourtCase;
import id.tenggat.model.Detention;
import id.tenggat.model.DetentionStage;
import id.tenggat.model.EventType;
import id.tenggat.model.Official;
import id.tenggat.model.Party;
import id.tenggat.model.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * UU 20/2025 as data: the windows and detention periods the rules read from the library's law values, the values a
 * deployment supplies (used, flagged, refused when they would replace the library's), and the acquittal bar of
 * Pasal 299 ayat (2) huruf a. Dates worked by hand on the official calendar (cuti bersama non-working, the default).
 */
class Kuhap2025LawValuesTest {
    private static final Tenggat LIBRARY = Tenggat.indonesia();
    private static final Tenggat DEPLOYMENT = Tenggat.builder().lawValues(supplied("/law-values/deployment.json")).build();
    private static final String BANDING_ARTICLE = "UU 20/2025 pasal permintaan banding (naskah PN Contoh)";

    static LawValues supplied(String resource) {
        try (InputStream in = Kuhap2025LawValuesTest.class.getResourceAsStream(resource)) {
            return LawValues.read(resource, Objects.requireNonNull(in, resource), LawValue.Origin.DEPLOYMENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DeadlineAnswer only(CaseAnswer a, String id, Party party) {
        List<DeadlineAnswer> found = a.deadlines(id).stream().filter(d -> d.party() == party).toList();
        assertThat(found).as(id + " " + party).hasSize(1);
        return found.get(0);
    }

    /** Examination began after the transition (huruf d), so UU 20/2025 governs the court stage. */
    static CourtCase.Builder underNewLaw() {
        return CourtCase.builder(CaseType.PIDANA).event(EventType.PEMERIKSAAN_DIMULAI, of(2026, 1, 5));
    }

    @Test
    void everyValueTheRulesNameIsInTheLibrarysDataAndEveryValueIsRead() throws IOException {
        Set<String> named = new TreeSet<>();
        Pattern key = Pattern.compile("LawValue\\( key == \"([^\"]+)\"");
        // The DRL sources: the built jar holds only the compiled model.
        Path drl = Path.of("src/main/resources/id/tenggat/drl");
        try (Stream<Path> files = Files.walk(drl)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).toList()) {
                Matcher m = key.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        Set<String> data = new TreeSet<>();
        LIBRARY.lawValues().values().forEach(v -> data.add(v.key()));
        assertThat(named).isNotEmpty().isEqualTo(data);
    }

    @Test
    void withoutSuppliedValuesTheWindowsAreNotEncodedNamingTheirProvision() {
        CourtCase c = underNewLaw().pronounced(of(2026, 3, 13), Party.TERDAKWA, Party.PENUNTUT_UMUM).build();
        DeadlineAnswer banding = only(LIBRARY.whatIsDue(c).asOf(of(2026, 3, 16)), "pidana.banding", Party.TERDAKWA);
        assertThat(banding.status()).isEqualTo(Status.NOT_ENCODED);
        assertThat(banding.legalBasis()).isEqualTo("UU 20/2025 (permintaan banding; pasal dan tenggang waktu belum dikonfirmasi dari naskah resmi)");
        assertThat(banding.suppliedValues()).isEmpty();
        assertThat(LIBRARY.lawValues().suppliableKeys()).contains("uu-20-2025.pidana.banding",
                "uu-20-2025.pidana.kasasi", "uu-20-2025.pidana.kasasi.memori", "uu-20-2025.pidana.pk",
                "uu-20-2025.penahanan.pt.pertama", "uu-20-2025.penahanan.ma.perpanjangan");
    }

    @Test
    void aSuppliedBandingWindowAcrossLebaranIsCountedFlaggedAndCitesTheDeployment() {
        // Pronounced Fri 13 Mar 2026, both present. Deployment's value: 7 calendar days from the next day, a last
        // day off work moves on. Day 1 Sat 14 Mar ... day 7 Fri 20 Mar 2026 (cuti bersama Idulfitri); Sat 21 and
        // Sun 22 (Idulfitri), Mon 23 and Tue 24 (cuti bersama) are not working days: Wed 25 Mar 2026.
        CourtCase c = underNewLaw().pronounced(of(2026, 3, 13), Party.TERDAKWA, Party.PENUNTUT_UMUM).build();
        CaseAnswer a = DEPLOYMENT.whatIsDue(c).asOf(of(2026, 3, 16));
        for (Party p : List.of(Party.TERDAKWA, Party.PENUNTUT_UMUM)) {
            DeadlineAnswer banding = only(a, "pidana.banding", p);
            assertThat(banding.due()).isEqualTo(of(2026, 3, 25));
            assertThat(banding.status()).isEqualTo(Status.OPEN);
            assertThat(banding.law()).isEqualTo("UU 20/2025 (KUHAP)");
            assertThat(banding.legalBasis()).isEqualTo(BANDING_ARTICLE);
            assertThat(banding.source()).isEqualTo("Salinan UU 20/2025 (LN 2025 No. 188), arsip PN Contoh");
            assertThat(banding.suppliedValues()).containsExactly(new SuppliedValue("uu-20-2025.pidana.banding",
                    BANDING_ARTICLE, "Salinan UU 20/2025 (LN 2025 No. 188), arsip PN Contoh"));
            assertThat(String.join(" ", banding.explanation(Language.ID)))
                    .contains("diberikan oleh pengguna pustaka").contains("pustaka tidak menjamin nilai ini");
        }
        // What the deployment did not supply stays NOT_ENCODED, unflagged.
        DeadlineAnswer kasasi = only(a, "pidana.kasasi", Party.TERDAKWA);
        assertThat(kasasi.status()).isEqualTo(Status.NOT_ENCODED);
        assertThat(kasasi.suppliedValues()).isEmpty();
    }

    @Test
    void aSuppliedBandingWindowAtTheYearBoundary() {
        // Pronounced Wed 23 Dec 2026 with the defendant present; the prosecutor, absent, notified Tue 29 Dec 2026.
        // Defendant: day 1 Thu 24 Dec ... day 7 Wed 30 Dec 2026, a working day. Prosecutor: day 1 Wed 30 Dec ...
        // day 7 Tue 5 Jan 2027 (Isra Mikraj), so Wed 6 Jan 2027.
        CourtCase c = underNewLaw().pronounced(of(2026, 12, 23), Party.TERDAKWA)
                .event(EventType.PUTUSAN_DIBERITAHUKAN, of(2026, 12, 29), Party.PENUNTUT_UMUM).build();
        CaseAnswer a = DEPLOYMENT.whatIsDue(c).asOf(of(2026, 12, 30));
        DeadlineAnswer defendant = only(a, "pidana.banding", Party.TERDAKWA);
        assertThat(defendant.due()).isEqualTo(of(2026, 12, 30));
        assertThat(defendant.status()).isEqualTo(Status.DUE_TODAY);
        DeadlineAnswer prosecutor = only(a, "pidana.banding", Party.PENUNTUT_UMUM);
        assertThat(prosecutor.due()).isEqualTo(of(2027, 1, 6));
        assertThat(prosecutor.triggerDate()).isEqualTo(of(2026, 12, 29));
        assertThat(prosecutor.status()).isEqualTo(Status.OPEN);
        assertThat(prosecutor.suppliedValues()).extracting(SuppliedValue::key).containsExactly("uu-20-2025.pidana.banding");
    }

    @Test
    void aBandingFiledInTimeUnderTheSuppliedWindowIsMet() {
        // Pronounced Fri 13 Mar 2026; due Wed 25 Mar 2026 (above); filed Tue 24 Mar 2026.
        CourtCase c = underNewLaw().pronounced(of(2026, 3, 13), Party.TERDAKWA, Party.PENUNTUT_UMUM)
                .event(EventType.PERMOHONAN_BANDING, of(2026, 3, 24), Party.TERDAKWA).build();
        DeadlineAnswer banding = only(DEPLOYMENT.whatIsDue(c).asOf(of(2026, 3, 26)), "pidana.banding", Party.TERDAKWA);
        assertThat(banding.status()).isEqualTo(Status.MET);
        assertThat(banding.actDate()).isEqualTo(of(2026, 3, 24));
    }

    @Test
    void theSuppliedValueServesOnlyCasesUnderTheNewLawAroundTheSecondOfJanuary() {
        // Examination began Thu 1 Jan 2026, the day before UU 20/2025 took effect: Pasal 361 huruf c, UU 8/1981
        // (7 days, KUHAP Pasal 233(2)); the deployment's value is not used. From Fri 2 Jan 2026: huruf d, the value.
        // Pronounced Mon 2 Feb 2026, both present: day 7 = Mon 9 Feb 2026, a working day, under either.
        CourtCase before = CourtCase.builder(CaseType.PIDANA).event(EventType.PEMERIKSAAN_DIMULAI, of(2026, 1, 1))
                .pronounced(of(2026, 2, 2), Party.TERDAKWA, Party.PENUNTUT_UMUM).build();
        DeadlineAnswer old = only(DEPLOYMENT.whatIsDue(before).asOf(of(2026, 2, 3)), "pidana.banding", Party.TERDAKWA);
        assertThat(old.law()).isEqualTo("UU 8/1981 (KUHAP)");
        assertThat(old.due()).isEqualTo(of(2026, 2, 9));
        assertThat(old.suppliedValues()).isEmpty();
        assertThat(old.legalBasis()).startsWith("KUHAP Pasal 233");

        CourtCase onTheDay = CourtCase.builder(CaseType.PIDANA).event(EventType.PEMERIKSAAN_DIMULAI, of(2026, 1, 2))
                .pronounced(of(2026, 2, 2), Party.TERDAKWA, Party.PENUNTUT_UMUM).build();
        DeadlineAnswer nu = only(DEPLOYMENT.whatIsDue(onTheDay).asOf(of(2026, 2, 3)), "pidana.banding", Party.TERDAKWA);
        assertThat(nu.law()).isEqualTo("UU 20/2025 (KUHAP)");
        assertThat(nu.due()).isEqualTo(of(2026, 2, 9));
        assertThat(nu.legalBasis()).isEqualTo(BANDING_ARTICLE);
        assertThat(nu.suppliedValues()).hasSize(1);
        // The same case without the deployment's values: NOT_ENCODED, no date.
        assertThat(only(LIBRARY.whatIsDue(onTheDay).asOf(of(2026, 2, 3)), "pidana.banding", Party.TERDAKWA).status())
                .isEqualTo(Status.NOT_ENCODED);
    }

    @Test
    void suppliedHighCourtDetentionAcrossTheYearIsCountedAndItsViolationsCiteTheDeployment() {
        // PT order by the judge from Thu 10 Dec 2026 for 30 days, inclusive: Dec 10..31 = 22 days, Jan 1..8 = 8,
        // ends Fri 8 Jan 2027. The deployment's extension of 60 days: Jan 9..31 = 23, Feb = 28, Mar 1..9 = 9: the
        // latest lawful end is Tue 9 Mar 2027, granted by the Ketua PT.
        CourtCase c = underNewLaw().detention(Detention.first(DetentionStage.PT, of(2026, 12, 10), 30, Official.HAKIM_PT))
                .build();
        CaseAnswer a = DEPLOYMENT.whatIsDue(c).asOf(of(2026, 12, 20));
        DeadlineAnswer pt = a.deadlines("pidana.penahanan.pt").get(0);
        assertThat(pt.due()).isEqualTo(of(2027, 1, 8));
        assertThat(pt.status()).isEqualTo(Status.OPEN);
        assertThat(pt.law()).isEqualTo("UU 20/2025 (KUHAP)");
        assertThat(pt.suppliedValues()).extracting(SuppliedValue::key)
                .containsExactly("uu-20-2025.penahanan.pt.pertama", "uu-20-2025.penahanan.pt.perpanjangan");
        assertThat(pt.legalBasis()).contains("UU 20/2025 pasal penahanan tingkat banding (naskah PN Contoh)");
        assertThat(a.detention().latestLawfulEnd()).isEqualTo(of(2027, 3, 9));
        assertThat(a.detention().nextExtensionBy()).isEqualTo(Official.KETUA_PT);
        assertThat(a.detention().violations()).isEmpty();

        // Without the deployment's values the same stage is NOT_ENCODED and has no lawful end.
        CaseAnswer library = LIBRARY.whatIsDue(c).asOf(of(2026, 12, 20));
        assertThat(library.deadlines("pidana.penahanan.pt").get(0).status()).isEqualTo(Status.NOT_ENCODED);
        assertThat(library.detention().latestLawfulEnd()).isNull();

        // An order of 35 days breaks the deployment's 30: the violation names the deployment's article.
        CourtCase tooLong = underNewLaw()
                .detention(Detention.first(DetentionStage.PT, of(2026, 12, 10), 35, Official.HAKIM_PT)).build();
        assertThat(DEPLOYMENT.whatIsDue(tooLong).asOf(of(2026, 12, 20)).detention().violations())
                .extracting(Violation::kind, Violation::legalBasis)
                .containsExactly(tuple(Violation.Kind.ORDER_TOO_LONG,
                        "UU 20/2025 pasal penahanan tingkat banding (naskah PN Contoh)"));
    }

    @Test
    void aSuppliedValueThatWouldReplaceTheLibrarysIsRefusedNamingIt() {
        LawValues replacing = supplied("/law-values/replaces-library.json");
        assertThatThrownBy(() -> Tenggat.builder().lawValues(replacing).build())
                .isInstanceOf(LawValuesException.class)
                .hasMessageContaining("/law-values/replaces-library.json")
                .hasMessageContaining("law value 'uu-20-2025.penahanan.pn.pertama': the library encodes it (30 CALENDAR_DAYS, "
                        + "UU 20/2025 (penahanan oleh hakim pengadilan negeri 30 hari)")
                .hasMessageContaining("may not replace it");
        assertThatThrownBy(() -> Tenggat.builder().lawValues(LawValues.empty()).lawValues(LawValues.empty()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("lawValues was already set");
    }

    @Test
    void noKasasiAgainstAnAcquittalUnderTheNewLaw() {
        // Acquittal pronounced Mon 2 Mar 2026 with both present, examination begun 5 Jan 2026: UU 20/2025 Pasal 299
        // ayat (2) huruf a bars kasasi. No kasasi window; the eligibility says why. Banding stays NOT_ENCODED.
        CourtCase c = underNewLaw()
                .event(CaseEvent.pronounced(of(2026, 3, 2), Verdict.BEBAS, Party.TERDAKWA, Party.PENUNTUT_UMUM)).build();
        CaseAnswer a = LIBRARY.whatIsDue(c).asOf(of(2026, 3, 3));
        assertThat(a.deadlines("pidana.kasasi")).isEmpty();
        Eligibility kasasi = a.eligibility("pidana.kasasi").orElseThrow();
        assertThat(kasasi.eligible()).isFalse();
        assertThat(kasasi.criteria()).singleElement().satisfies(cr -> {
            assertThat(cr.criterion()).isEqualTo("bukan-putusan-bebas");
            assertThat(cr.legalBasis()).isEqualTo("UU 20/2025 Pasal 299 ayat (2) huruf a");
            assertThat(cr.detail()).contains("2026-03-02");
        });
        assertThat(a.deadlines("pidana.banding")).extracting(DeadlineAnswer::status).containsOnly(Status.NOT_ENCODED);

        // A banding was filed: kasasi lies against the high court's judgment, whose verdict the case does not give.
        CourtCase appealed = underNewLaw()
                .event(CaseEvent.pronounced(of(2026, 3, 2), Verdict.BEBAS, Party.TERDAKWA, Party.PENUNTUT_UMUM))
                .event(EventType.PERMOHONAN_BANDING, of(2026, 3, 5), Party.PENUNTUT_UMUM).build();
        CaseAnswer b = LIBRARY.whatIsDue(appealed).asOf(of(2026, 3, 6));
        assertThat(b.eligibility("pidana.kasasi")).isEmpty();
        assertThat(b.deadlines("pidana.kasasi")).extracting(DeadlineAnswer::status).containsOnly(Status.NOT_ENCODED);

        // Examination begun Wed 31 Dec 2025: UU 8/1981 and Putusan MK 114/PUU-X/2012, kasasi for the prosecutor.
        // From Tue 3 Mar: day 14 = Mon 16 Mar 2026, a working day.
        CourtCase old = CourtCase.builder(CaseType.PIDANA).event(EventType.PEMERIKSAAN_DIMULAI, of(2025, 12, 31))
                .event(CaseEvent.pronounced(of(2026, 3, 2), Verdict.BEBAS, Party.TERDAKWA, Party.PENUNTUT_UMUM)).build();
        CaseAnswer o = LIBRARY.whatIsDue(old).asOf(of(2026, 3, 3));
        assertThat(o.eligibility("pidana.kasasi")).isEmpty();
        assertThat(only(o, "pidana.kasasi", Party.PENUNTUT_UMUM).due()).isEqualTo(of(2026, 3, 16));
    }

    @Test
    void theJsonAnswerNamesTheSuppliedValuesAndConformsToTheSchema() throws IOException {
        CourtCase c = underNewLaw().pronounced(of(2026, 3, 13), Party.TERDAKWA, Party.PENUNTUT_UMUM).build();
        ObjectMapper mapper = new ObjectMapper();
        JsonNode answer = mapper.readTree(TenggatJson.create().write(DEPLOYMENT.whatIsDue(c).asOf(of(2026, 3, 16)),
                Language.ID));
        try (InputStream schema = getClass().getResourceAsStream("/id/tenggat/schema/answer.schema.json")) {
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(mapper.readTree(schema))
                    .validate(answer)).isEmpty();
        }
        JsonNode banding = null;
        JsonNode kasasi = null;
        for (JsonNode d : answer.get("deadlines")) {
            if (d.get("party").asText().equals("TERDAKWA") && d.get("id").asText().equals("pidana.banding")) {
                banding = d;
            } else if (d.get("party").asText().equals("TERDAKWA") && d.get("id").asText().equals("pidana.kasasi")) {
                kasasi = d;
            }
        }
        assertThat(banding.get("suppliedValues").get(0).get("key").asText()).isEqualTo("uu-20-2025.pidana.banding");
        assertThat(banding.get("suppliedValues").get(0).get("article").asText()).isEqualTo(BANDING_ARTICLE);
        assertThat(kasasi.has("suppliedValues")).isFalse();
        assertThat(LocalDate.parse(banding.get("due").asText())).isEqualTo(of(2026, 3, 25));
    }

    @Test
    void theUu8Of1981ValuesTheVersionsAreComparedWithAreTheLimitsTheOldRulesApply() {
        // While Pasal 361 cannot choose the version, a stage is answered only where the two versions' values agree;
        // the UU 8/1981 values must be the ones its own rules (penahanan/uu-8-1981-kuhap-penahanan.drl) apply.
        CourtCase c = CourtCase.builder(CaseType.PIDANA)
                .event(EventType.PENYIDIKAN_DIMULAI, of(2025, 6, 2)).event(EventType.PEMERIKSAAN_DIMULAI, of(2025, 9, 1))
                .detention(Detention.first(DetentionStage.PENYIDIK, of(2025, 6, 2), 20, Official.PENYIDIK))
                .detention(Detention.first(DetentionStage.PENUNTUT_UMUM, of(2025, 7, 2), 20, Official.PENUNTUT_UMUM))
                .detention(Detention.first(DetentionStage.PN, of(2025, 8, 1), 30, Official.HAKIM_PN)).build();
        List<DetentionLimit> limits = new DroolsDeadlineEngine()
                .evaluate(c, of(2025, 8, 5)).detention().stream()
                .map(AppliedDetentionRule::rule)
                .filter(r -> r instanceof DetentionLimit)
                .map(r -> (DetentionLimit) r)
                // the ordinary limits of the three stages; the exceptional extension (Pasal 29) waits for a fact
                .filter(l -> l.getKind() == DetentionLimit.Kind.ORDINARY).toList();
        assertThat(limits).hasSize(3);
        for (DetentionLimit l : limits) {
            String stage = l.getStage().name().toLowerCase(Locale.ROOT);
            LawValue first = LIBRARY.lawValues().get("uu-8-1981.penahanan." + stage + ".pertama").orElseThrow();
            LawValue extension = LIBRARY.lawValues().get("uu-8-1981.penahanan." + stage + ".perpanjangan")
                    .orElseThrow();
            assertThat(l.getLaw().instrument()).isEqualTo(first.instrument());
            assertThat(List.of(l.getFirstDays(), l.getFirstBy(), l.getFirstArticle()))
                    .as(stage).containsExactly(first.length(), first.by(), first.article());
            assertThat(List.of(l.getExtensionDays(), l.getExtensionBy(), l.getExtensionArticle()))
                    .as(stage).containsExactly(extension.length(), extension.by(), extension.article());
        }
    }
}
