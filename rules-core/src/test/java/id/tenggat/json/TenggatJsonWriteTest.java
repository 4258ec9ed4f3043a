package id.tenggat.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.tenggat.Tenggat;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.Closure;
import id.tenggat.answer.Language;
import id.tenggat.calendar.CourtCalendar;
import id.tenggat.detention.AppliedDetentionRule;
import id.tenggat.detention.DetentionLimit;
import id.tenggat.detention.Regime;
import id.tenggat.engine.AppliedFinding;
import id.tenggat.engine.AppliedProvision;
import id.tenggat.engine.DeadlineEngine;
import id.tenggat.engine.Evaluation;
import id.tenggat.engine.Finding;
import id.tenggat.engine.LawChoice;
import id.tenggat.engine.Provision;
import id.tenggat.engine.RuleCitation;
import id.tenggat.engine.Start;
import id.tenggat.engine.Unit;
import id.tenggat.calendar.LastDayRule;
import id.tenggat.model.CaseType;
import id.tenggat.model.CourtCase;
import id.tenggat.model.Detention;
import id.tenggat.model.DetentionStage;
import id.tenggat.model.ExceptionalGround;
import id.tenggat.model.Official;
import id.tenggat.model.Party;
import id.tenggat.model.EventType;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Answers written through the contract, with an engine that selects the civil banding provision (UU 20/1947 Pasal 7
 * ayat (1)) for every case, so these tests need no rule engine.
 */
class TenggatJsonWriteTest {
    private static final RuleCitation BANDING = new RuleCitation("perdata.banding.uu-20-1947",
            "UU 20/1947 Pasal 7 ayat (1)", "S4 III.B.7.1.b", LocalDate.of(1947, 6, 24), null);
    private static final RuleCitation SMALL_CLAIMS = new RuleCitation("sederhana.syarat.nilai",
            "PERMA 4/2019 Pasal 3 ayat (1)", "S3", LocalDate.of(2019, 8, 20), null);

    /** Selects civil banding for every case and checks one small-claims criterion: a test double of the rules. */
    static final DeadlineEngine ENGINE = new DeadlineEngine() {
        @Override
        public Evaluation evaluate(CourtCase courtCase, LocalDate asOf) {
            Provision banding = Provision.of("perdata.banding", LawChoice.only("UU 20/1947"))
                    .period(14, Unit.CALENDAR_DAYS, Start.NEXT_DAY).triggeredByPronouncementOrNotification()
                    .metBy(EventType.PERMOHONAN_BANDING).lastDay(LastDayRule.NEXT_WORKING_DAY).build();
            Finding value = Finding.of("sederhana.syarat", "nilai-gugatan", false, "Rp 350.000.000 > Rp 500.000.000? no");
            return new Evaluation(List.of(new AppliedProvision(banding, BANDING)),
                    List.of(new AppliedFinding(value, SMALL_CLAIMS)));
        }

        @Override
        public List<RuleCitation> rules() {
            return List.of(BANDING, SMALL_CLAIMS);
        }
    };

    private final TenggatJson json = TenggatJson.create();
    private final Tenggat tenggat = Tenggat.builder().engine(ENGINE).build();

    private CaseAnswer contractAnswer() {
        ReadResult read = json.read(SchemaSupport.text("/json/contract-case.json"));
        return read.answer(tenggat, LocalDate.of(2025, 3, 21)).get(0);
    }

    @Test
    void should_write_the_contract_example_answer() throws IOException {
        JsonNode answer = SchemaSupport.MAPPER.readTree(json.write(contractAnswer(), Language.ID));

        SchemaSupport.assertConforms(SchemaSupport.ANSWER, answer);
        assertThat(answer.get("caseNumber").asText()).isEqualTo("12/Pdt.G/2025/PN Jpa");
        assertThat(answer.get("asOf").asText()).isEqualTo("2025-03-21");
        JsonNode tergugat = deadlineFor(answer, "TERGUGAT");
        // Notified Mon 17 Mar 2025; day 14 is Mon 31 Mar (Idul Fitri); 1 Apr Idul Fitri, 2-4 Apr and 7 Apr cuti
        // bersama, 5-6 Apr weekend: the window closes on Tue 8 Apr 2025, 18 days after Fri 21 Mar (contract).
        assertThat(tergugat.get("due").asText()).isEqualTo("2025-04-08");
        assertThat(tergugat.get("status").asText()).isEqualTo("OPEN");
        assertThat(tergugat.get("daysRemaining").asInt()).isEqualTo(18);
        assertThat(tergugat.get("legalBasis").asText()).isEqualTo("UU 20/1947 Pasal 7 ayat (1)");
        assertThat(tergugat.get("law").asText()).isEqualTo("UU 20/1947");
        assertThat(tergugat.get("rule").asText()).isEqualTo("perdata.banding.uu-20-1947");
        assertThat(tergugat.get("explanation").get(0).asText()).contains("17 Maret 2025");
        assertThat(tergugat.has("daysLate")).isFalse();
        assertThat(tergugat.has("policy")).isFalse();
        assertThat(tergugat.get("triggerDate").asText()).isEqualTo("2025-03-17");
        assertThat(tergugat.get("metBy").asText()).isEqualTo("PERMOHONAN_BANDING");
        assertThat(tergugat.has("actDate")).isFalse();
        // Pronounced Mon 10 Mar 2025 with PENGGUGAT present: day 14 is Mon 24 Mar, a working day; the appeal was
        // lodged on 20 Mar, in time.
        JsonNode penggugat = deadlineFor(answer, "PENGGUGAT");
        assertThat(penggugat.get("status").asText()).isEqualTo("MET");
        assertThat(penggugat.get("due").asText()).isEqualTo("2025-03-24");
        assertThat(penggugat.has("daysRemaining")).isFalse();
        assertThat(penggugat.get("triggerDate").asText()).isEqualTo("2025-03-10");
        assertThat(penggugat.get("actDate").asText()).isEqualTo("2025-03-20");
    }

    @Test
    void should_write_eligibility_with_failed_criteria_as_reasons_and_every_criterion() throws IOException {
        JsonNode e = SchemaSupport.MAPPER.readTree(json.write(contractAnswer(), Language.ID)).get("eligibility").get(0);

        assertThat(e.get("id").asText()).isEqualTo("sederhana.syarat");
        assertThat(e.get("eligible").asBoolean()).isFalse();
        assertThat(e.get("reasons").get(0).get("criterion").asText()).isEqualTo("nilai-gugatan");
        assertThat(e.get("reasons").get(0).get("legalBasis").asText()).isEqualTo("PERMA 4/2019 Pasal 3 ayat (1)");
        assertThat(e.get("criteria").get(0).get("satisfied").asBoolean()).isFalse();
    }

    @Test
    void should_write_explanations_in_english_on_request() throws IOException {
        JsonNode answer = SchemaSupport.MAPPER.readTree(json.write(contractAnswer(), Language.EN));

        SchemaSupport.assertConforms(SchemaSupport.ANSWER, answer);
        assertThat(deadlineFor(answer, "TERGUGAT").get("explanation").get(0).asText()).contains("17 March 2025");
    }

    @Test
    void should_write_a_lapsed_right_and_a_closed_window_with_their_closure_and_a_detention_chain_that_needs_a_fact()
            throws IOException {
        // Banding: PENGGUGAT present at the pronouncement of Mon 10 Mar 2025: 11 Mar (1) ... 24 Mar (14), Mon 24 Mar
        // 2025, a working day; not used by then. TERGUGAT was never notified; the judgment was notified as final
        // Mon 14 Apr 2025. PN detention: 30 days Mon 1 Dec .. Tue 30 Dec 2025, 60 days Wed 31 Dec 2025 .. Sat 28 Feb
        // 2026, then an exceptional order from Sun 1 Mar 2026 whose ground needs the unknown maximum sentence.
        RuleCitation detentionRule = new RuleCitation("pidana.penahanan.pn.kuhap-1981", "KUHAP Pasal 26", "S3",
                LocalDate.of(1981, 12, 31), null);
        DeadlineEngine closing = new DeadlineEngine() {
            @Override
            public Evaluation evaluate(CourtCase courtCase, LocalDate asOf) {
                Provision banding = Provision.of("perdata.banding", LawChoice.only("UU 20/1947"))
                        .period(14, Unit.CALENDAR_DAYS, Start.NEXT_DAY).triggeredByPronouncementOrNotification()
                        .metBy(EventType.PERMOHONAN_BANDING).lastDay(LastDayRule.NEXT_WORKING_DAY).partyRight()
                        .closedBy(Closure.Reason.FINAL_JUDGMENT, EventType.PUTUSAN_BHT_DIBERITAHUKAN).build();
                LawChoice kuhap = LawChoice.only("UU 8/1981 (KUHAP)");
                return new Evaluation(List.of(new AppliedProvision(banding, BANDING)), List.of(), List.of(
                        new AppliedDetentionRule(DetentionLimit.ordinary(Regime.ADULT, DetentionStage.PN, kuhap,
                                "KUHAP Pasal 26", 30, Official.HAKIM_PN, "KUHAP Pasal 26 ayat (1)", 60, Official.KETUA_PN,
                                "KUHAP Pasal 26 ayat (2)", "KUHAP Pasal 26 ayat (4)"), detentionRule),
                        new AppliedDetentionRule(DetentionLimit.needsFact(Regime.ADULT, DetentionStage.PN, kuhap,
                                "KUHAP Pasal 29 ayat (1) huruf b", "defendant.maxPunishmentYears"), detentionRule)));
            }

            @Override
            public List<RuleCitation> rules() {
                return List.of(BANDING, detentionRule);
            }
        };
        CourtCase c = CourtCase.builder(CaseType.PERDATA)
                .pronounced(LocalDate.of(2025, 3, 10), Party.PENGGUGAT)
                .event(EventType.PUTUSAN_BHT_DIBERITAHUKAN, LocalDate.of(2025, 4, 14))
                .detention(Detention.first(DetentionStage.PN, LocalDate.of(2025, 12, 1), 30, Official.HAKIM_PN))
                .detention(Detention.extension(DetentionStage.PN, LocalDate.of(2025, 12, 31), 60, Official.KETUA_PN))
                .detention(Detention.exceptional(DetentionStage.PN, LocalDate.of(2026, 3, 1), 30, Official.KETUA_PT,
                        ExceptionalGround.NINE_YEARS_OR_MORE))
                .build();
        CaseAnswer answered = Tenggat.builder().engine(closing).build().whatIsDue(c).asOf(LocalDate.of(2026, 3, 5));
        ObjectNode answer = json.toJson(answered, Language.EN);

        SchemaSupport.assertConforms(SchemaSupport.ANSWER, answer);
        JsonNode lapsed = deadlineFor(answer, "PENGGUGAT");
        assertThat(lapsed.get("status").asText()).isEqualTo("LAPSED");
        assertThat(lapsed.get("due").asText()).isEqualTo("2025-03-24");
        assertThat(lapsed.get("closure").has("event")).isFalse();
        assertThat(lapsed.get("closure").get("reason").get("code").asText()).isEqualTo("NOT_USED");
        JsonNode closed = deadlineFor(answer, "TERGUGAT");
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.has("due")).isFalse();
        assertThat(closed.get("closure").get("event").asText()).isEqualTo("PUTUSAN_BHT_DIBERITAHUKAN");
        assertThat(closed.get("closure").get("date").asText()).isEqualTo("2025-04-14");
        assertThat(closed.get("closure").get("reason").get("id").asText()).isEqualTo("putusan telah berkekuatan hukum tetap");
        JsonNode detention = answer.get("detention");
        // Asked on Thu 5 Mar 2026: the exceptional order runs Sun 1 .. Mon 30 Mar 2026, 25 days on. Lawful without
        // it: up to Sat 28 Feb 2026, the stage's 90 days from 1 Dec 2025; no extension left that the case shows.
        assertThat(detention.get("currentStage").asText()).isEqualTo("PN");
        assertThat(detention.get("currentEnd").asText()).isEqualTo("2026-03-30");
        assertThat(detention.get("latestLawfulEnd").asText()).isEqualTo("2026-02-28");
        assertThat(detention.has("nextExtensionBy")).isFalse();
        assertThat(detention.get("daysRemaining").asInt()).isEqualTo(25);
        // 1 Dec 2025 .. 5 Mar 2026: 31 + 31 + 28 + 5.
        assertThat(detention.get("totalDays").asInt()).isEqualTo(95);
        JsonNode stage = detention.get("stages").get(0);
        assertThat(stage.get("id").asText()).isEqualTo("pidana.penahanan.pn");
        assertThat(stage.get("end").asText()).isEqualTo("2026-03-30");
        assertThat(stage.get("latestLawfulEnd").asText()).isEqualTo("2026-02-28");
        assertThat(stage.has("nextExtensionBy")).isFalse();
        assertThat(stage.get("days").asInt()).isEqualTo(120);
        assertThat(detention.get("undetermined").get(0).get("orderStart").asText()).isEqualTo("2026-03-01");
        assertThat(detention.get("undetermined").get(0).get("detail").asText()).isEqualTo("whether this exceptional "
                + "extension has a ground the law accepts (NINE_YEARS_OR_MORE) depends on defendant.maxPunishmentYears, "
                + "which the case does not give");
        assertThat(detention.get("lawful").asBoolean()).isFalse();
        assertThat(detention.get("lawfulness").asText()).isEqualTo("UNDETERMINED");
        assertThat(detention.get("violations")).isEmpty();
        assertThat(detention.get("undetermined").get(0).get("needs").asText()).isEqualTo("defendant.maxPunishmentYears");
        assertThat(detention.get("undetermined").get(0).get("legalBasis").asText()).isEqualTo("KUHAP Pasal 29 ayat (1) huruf b");
        // The tree, the text of one answer and a batch's line are the same JSON: a batch writes straight to its output.
        StringWriter batch = new StringWriter();
        json.writeAnswers(List.of(answered), InputShape.LINES, Language.EN, batch);
        assertThat(json.write(answered, Language.EN)).isEqualTo(new ObjectMapper().writeValueAsString(answer))
                .isEqualTo(batch.toString().strip());
    }

    @Test
    void should_write_a_waiting_deadline_without_a_due_date() throws IOException {
        ReadResult read = json.read("{\"caseNumber\":null,\"caseType\":\"PERDATA\"}");
        ObjectNode answer = json.toJson(read.answer(tenggat, LocalDate.of(2025, 3, 21)).get(0), Language.ID);

        SchemaSupport.assertConforms(SchemaSupport.ANSWER, answer);
        assertThat(answer.get("caseNumber").isNull()).isTrue();
        assertThat(answer.get("deadlines")).allSatisfy(d -> {
            assertThat(d.get("status").asText()).isEqualTo("WAITING");
            assertThat(d.has("due")).isFalse();
            assertThat(d.get("needs").asText()).isNotEmpty();
        });
    }

    @Test
    void should_answer_a_bad_case_with_its_errors_and_no_deadlines_and_keep_the_batch_order() throws IOException {
        ReadResult read = json.read("""
                {"caseNumber":"a","caseType":"PERDATA","events":[{"type":"PUTUSAN_DIBERITAHUKAN","date":"2025-03-17","party":"TERGUGAT"}]}
                {"caseNumber":"b","caseType":"PERDATA","events":[{"type":"PUTUSAN_DIBERITAHUKAN","date":"2025-03-32"}]}
                {"caseNumber":"c","caseType":"PERDATA","court":"PN Atlantis"}
                """);
        StringWriter out = new StringWriter();

        json.writeAnswers(read.answer(tenggat, LocalDate.of(2025, 3, 21)), read.shape(), Language.ID, out);

        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            JsonNode node = SchemaSupport.MAPPER.readTree(line);
            SchemaSupport.assertConforms(SchemaSupport.ANSWER, node);
            lines.add(node);
        }
        assertThat(lines).extracting(n -> n.get("caseNumber").asText()).containsExactly("a", "b", "c");
        assertThat(lines.get(0).get("errors")).isEmpty();
        JsonNode error = lines.get(1).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("events[0].date");
        assertThat(error.get("value").asText()).isEqualTo("2025-03-32");
        assertThat(lines.get(1).get("deadlines")).isEmpty();
        assertThat(lines.get(2).get("errors").get(0).get("field").asText()).isEqualTo("court");
    }

    @Test
    void should_write_answers_in_the_shape_the_cases_came_in() throws IOException {
        CaseAnswer one = contractAnswer();
        StringWriter array = new StringWriter();
        StringWriter object = new StringWriter();
        StringWriter empty = new StringWriter();

        json.writeAnswers(List.of(one, one), InputShape.ARRAY, Language.ID, array);
        json.writeAnswers(List.of(one), InputShape.OBJECT, Language.ID, object);
        json.writeAnswers(List.of(), InputShape.ARRAY, Language.ID, empty);

        assertThat(SchemaSupport.MAPPER.readTree(array.toString())).hasSize(2);
        assertThat(SchemaSupport.MAPPER.readTree(object.toString()).get("asOf").asText()).isEqualTo("2025-03-21");
        assertThat(object.toString().lines()).as("one line, readable as JSON Lines").hasSize(1);
        assertThat(empty.toString()).isEqualTo("[]\n");
    }

    @Test
    void should_list_calendar_days_with_kind_name_and_source() throws IOException {
        // 25 Dec 2025 is Christmas (national holiday), 26 Dec cuti bersama (SKB 2025).
        JsonNode days = SchemaSupport.MAPPER.readTree(json.writeCalendar(
                CourtCalendar.indonesia().nonWorkingDays(LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 26))));

        assertThat(days).extracting(d -> d.get("date").asText() + " " + d.get("kind").asText())
                .containsExactly("2025-12-25 NATIONAL_HOLIDAY", "2025-12-26 CUTI_BERSAMA");
        assertThat(days.get(0).get("source").asText()).isNotBlank();
        assertThat(days.get(0).get("name").asText()).isNotBlank();
    }

    @Test
    void should_write_request_errors_as_an_errors_object() throws IOException {
        JsonNode node = SchemaSupport.MAPPER.readTree(json.writeErrors(
                List.of(new id.tenggat.answer.FieldError("--to", "2031-01-01", "beyond the calendar"))));

        assertThat(node.get("errors").get(0).get("field").asText()).isEqualTo("--to");
    }

    @Test
    void should_write_a_check_per_case_in_the_input_shape() throws IOException {
        ReadResult read = json.read("[{\"caseNumber\":\"a\",\"caseType\":\"PIDANA\"},{\"caseNumber\":\"b\",\"caseTipe\":\"PIDANA\"}]");
        StringWriter out = new StringWriter();

        json.writeCheck(read, out);

        JsonNode checks = SchemaSupport.MAPPER.readTree(out.toString());
        assertThat(checks).extracting(c -> c.get("index").asInt() + " " + c.get("valid").asBoolean())
                .containsExactly("0 true", "1 false");
        assertThat(checks.get(1).get("errors")).extracting(e -> e.get("field").asText())
                .containsExactly("caseTipe", "caseType");
    }

    @Test
    void should_write_the_rule_inventory_with_count_name_and_legal_basis() throws IOException {
        JsonNode inventory = SchemaSupport.MAPPER.readTree(json.writeRules(tenggat.rules()));

        assertThat(inventory.get("count").asInt()).isEqualTo(2);
        assertThat(inventory.get("rules").get(0).get("rule").asText()).isEqualTo("perdata.banding.uu-20-1947");
        assertThat(inventory.get("rules").get(0).get("legalBasis").asText()).isEqualTo("UU 20/1947 Pasal 7 ayat (1)");
        assertThat(inventory.get("rules").get(0).has("validTo")).isFalse();
    }

    @Test
    void should_write_each_rule_source_with_its_kind_in_the_shape_of_the_rules_schema() throws IOException {
        RuleCitation cited = new RuleCitation("pidana.banding.kuhap-1981", "KUHAP Pasal 233 ayat (2)",
                "http://acarapidana.bphn.go.id/proses/permohonan-banding/; https://eap-lawyer.com/x; S3 IV.B",
                LocalDate.of(1981, 12, 31), LocalDate.of(2026, 1, 1));
        JsonNode inventory = SchemaSupport.MAPPER.readTree(json.writeRules(List.of(cited, SMALL_CLAIMS)));

        SchemaSupport.assertConforms(SchemaSupport.RULES, inventory);
        JsonNode rule = inventory.get("rules").get(0);
        assertThat(rule.get("source").asText()).isEqualTo(cited.source());
        assertThat(rule.get("validTo").asText()).isEqualTo("2026-01-01");
        assertThat(rule.get("sources")).extracting(s -> s.get("kind").asText() + " " + s.get("reference").asText())
                .containsExactly("OFFICIAL http://acarapidana.bphn.go.id/proses/permohonan-banding/",
                        "SECONDARY https://eap-lawyer.com/x", "SEED S3 IV.B");
        // A source that is neither a URL nor a seed tag is written, and said to be unclassified.
        RuleCitation free = new RuleCitation("x.y", "Pasal 1", "a textbook", LocalDate.of(2020, 1, 1), null);
        JsonNode unclassified = SchemaSupport.MAPPER.readTree(json.writeRules(List.of(free)));
        SchemaSupport.assertConforms(SchemaSupport.RULES, unclassified);
        assertThat(unclassified.get("rules").get(0).get("sources").get(0).get("kind").asText())
                .isEqualTo("UNCLASSIFIED");
    }

    @Test
    void should_answer_the_other_cases_when_one_cannot_be_answered() {
        DeadlineEngine failing = new DeadlineEngine() {
            @Override
            public Evaluation evaluate(CourtCase courtCase, LocalDate asOf) {
                if ("boom".equals(courtCase.caseNumber())) {
                    throw new IllegalStateException("engine failure");
                }
                return ENGINE.evaluate(courtCase, asOf);
            }

            @Override
            public List<RuleCitation> rules() {
                return ENGINE.rules();
            }
        };
        ReadResult read = json.read("[{\"caseNumber\":\"a\",\"caseType\":\"PERDATA\"},"
                + "{\"caseNumber\":\"boom\",\"caseType\":\"PERDATA\"},{\"caseNumber\":\"c\",\"caseType\":\"PERDATA\"}]");

        List<CaseAnswer> answers = read.answer(Tenggat.builder().engine(failing).build(), LocalDate.of(2025, 3, 21));

        assertThat(answers).extracting(CaseAnswer::caseNumber, CaseAnswer::ok)
                .containsExactly(tuple("a", true), tuple("boom", false), tuple("c", true));
        assertThat(answers.get(1).errors().get(0).message()).contains("engine failure");
    }

    private static JsonNode deadlineFor(JsonNode answer, String party) {
        for (JsonNode d : answer.get("deadlines")) {
            if (d.get("id").asText().equals("perdata.banding") && d.get("party").asText().equals(party)) {
                return d;
            }
        }
        throw new AssertionError("no perdata.banding deadline for " + party + " in " + answer);
    }
}
