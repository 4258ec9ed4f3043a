package id.tenggat.json;

import com.fasterxml.jackson.core.JsonGenerator;
import id.tenggat.Versions;
import id.tenggat.answer.Alternative;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.Criterion;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.Eligibility;
import id.tenggat.answer.FieldError;
import id.tenggat.answer.Language;
import id.tenggat.calendar.Court;
import id.tenggat.detention.DetentionQuestion;
import id.tenggat.detention.DetentionSummary;
import id.tenggat.detention.StageDetention;
import id.tenggat.detention.Violation;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes answers, courts, deadlines and reading results as the contract's JSON straight to a generator, field by
 * field: the one place their JSON shape is written. A batch writes each answer this way without building a tree
 * first (a profile put building one per answer at about a tenth of a one-thread batch, and it was a tenth of the
 * memory a batch allocates); {@link TenggatJson}'s tree methods replay the same writes into a tree. Optional fields
 * without a value are left out; {@code caseNumber}, {@code party} and an error's {@code value} are written as null
 * when absent.
 */
final class AnswerJson {
    private AnswerJson() {
    }

    /** Writes one JSON value to a generator: to a batch's output, to text, or into a tree. */
    @FunctionalInterface
    interface Writing {
        void write(JsonGenerator g) throws IOException;
    }

    /** One answer ({@code answer.schema.json}), with explanations in {@code language}. */
    static void answer(JsonGenerator g, CaseAnswer answer, Language language) throws IOException {
        g.writeStartObject();
        g.writeStringField("caseNumber", answer.caseNumber());
        g.writeStringField("asOf", answer.asOf().toString());
        g.writeArrayFieldStart("deadlines");
        for (DeadlineAnswer d : answer.deadlines()) {
            deadline(g, d, language);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("eligibility");
        for (Eligibility e : answer.eligibility()) {
            eligibility(g, e);
        }
        g.writeEndArray();
        if (answer.detention() != null) {
            g.writeFieldName("detention");
            detention(g, answer.detention());
        }
        if (answer.court() != null) {
            g.writeFieldName("court");
            court(g, answer.court());
        }
        if (answer.outOfScope() != null) {
            g.writeObjectFieldStart("outOfScope");
            g.writeStringField("jurisdiction", answer.outOfScope().jurisdiction().name());
            strings(g, "explanation", answer.outOfScope().explanation(language));
            g.writeEndObject();
        }
        errors(g, answer.errors());
        if (answer.calendarVersion() != null) {
            g.writeStringField("calendarVersion", answer.calendarVersion());
        }
        g.writeStringField("libraryVersion", Versions.library());
        g.writeStringField("ruleSetVersion", Versions.ruleSet());
        g.writeEndObject();
    }

    /** A court of the registry ({@code $defs/court}). */
    static void court(JsonGenerator g, Court court) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", court.name());
        g.writeStringField("fullName", court.fullName());
        g.writeStringField("kind", court.kind().name());
        g.writeStringField("jurisdiction", court.jurisdiction().name());
        g.writeBooleanField("appellate", court.kind().appellate());
        optional(g, "highCourt", court.highCourt());
        g.writeStringField("province", court.province());
        g.writeStringField("zone", court.zone().getId());
        g.writeStringField("zoneAbbreviation", court.zoneAbbreviation());
        optional(g, "satkerCode", court.satkerCode());
        g.writeEndObject();
    }

    /** One deadline ({@code $defs/deadline}), with its explanation in {@code language}. */
    static void deadline(JsonGenerator g, DeadlineAnswer d, Language language) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", d.id());
        optional(g, "variant", d.variant());
        g.writeStringField("party", d.party() == null ? null : d.party().name());
        optional(g, "due", d.due());
        if (d.lastMoment() != null) {
            g.writeStringField("lastMoment", d.lastMoment().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
        g.writeStringField("status", d.status().name());
        optional(g, "daysRemaining", d.daysRemaining());
        optional(g, "workingDaysRemaining", d.workingDaysRemaining());
        optional(g, "daysLate", d.daysLate());
        optional(g, "needs", d.needs());
        optional(g, "triggerDate", d.triggerDate());
        optional(g, "actDate", d.actDate());
        optional(g, "metBy", d.metBy());
        g.writeStringField("legalBasis", d.legalBasis());
        g.writeStringField("law", d.law());
        g.writeStringField("rule", d.rule());
        g.writeStringField("source", d.source());
        g.writeBooleanField("courtTarget", d.courtTarget());
        if (d.policy() != null) {
            g.writeObjectFieldStart("policy");
            g.writeStringField("name", d.policy().name());
            g.writeStringField("reading", d.policy().reading());
            g.writeEndObject();
        }
        g.writeArrayFieldStart("alternatives");
        for (Alternative a : d.alternatives()) {
            g.writeStartObject();
            g.writeStringField("reading", a.reading());
            optional(g, "due", a.due());
            optional(g, "policy", a.policy());
            g.writeEndObject();
        }
        g.writeEndArray();
        strings(g, "explanation", d.explanation(language));
        if (!d.suppliedValues().isEmpty()) {
            g.writeArrayFieldStart("suppliedValues");
            for (var v : d.suppliedValues()) {
                g.writeStartObject();
                g.writeStringField("key", v.key());
                g.writeStringField("article", v.article());
                g.writeStringField("source", v.source());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (d.closure() != null) {
            g.writeObjectFieldStart("closure");
            optional(g, "event", d.closure().event());
            g.writeStringField("date", d.closure().date().toString());
            g.writeObjectFieldStart("reason");
            g.writeStringField("code", d.closure().reason().name());
            g.writeStringField("id", d.closure().reason().indonesian());
            g.writeStringField("en", d.closure().reason().english());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** What reading a case found: its {@code index}, {@code caseNumber}, {@code valid} and {@code errors}. */
    static void check(JsonGenerator g, ParsedCase parsed) throws IOException {
        g.writeStartObject();
        g.writeNumberField("index", parsed.index());
        g.writeStringField("caseNumber", parsed.caseNumber());
        g.writeBooleanField("valid", parsed.ok());
        errors(g, parsed.errors());
        g.writeEndObject();
    }

    /** The field {@code errors}: each error's field, value, English message and both languages' messages. */
    static void errors(JsonGenerator g, List<FieldError> errors) throws IOException {
        g.writeArrayFieldStart("errors");
        for (FieldError e : errors) {
            g.writeStartObject();
            g.writeStringField("field", e.field());
            g.writeStringField("value", e.value());
            g.writeStringField("message", e.message());
            g.writeObjectFieldStart("messages");
            g.writeStringField("id", e.indonesian());
            g.writeStringField("en", e.message());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The detention chain: where it stands, how far it may lawfully go, and every violation found. */
    private static void detention(JsonGenerator g, DetentionSummary d) throws IOException {
        g.writeStartObject();
        g.writeStringField("currentStage", d.currentStage().name());
        g.writeStringField("currentEnd", d.currentEnd().toString());
        optional(g, "latestLawfulEnd", d.latestLawfulEnd());
        optional(g, "nextExtensionBy", d.nextExtensionBy());
        g.writeNumberField("daysRemaining", d.daysRemaining());
        g.writeNumberField("totalDays", d.totalDays());
        g.writeBooleanField("lawful", d.lawful());
        g.writeStringField("lawfulness", d.lawfulness().name());
        g.writeArrayFieldStart("stages");
        for (StageDetention s : d.stages()) {
            g.writeStartObject();
            g.writeStringField("id", s.deadlineId());
            g.writeStringField("stage", s.stage().name());
            optional(g, "end", s.end());
            optional(g, "latestLawfulEnd", s.latestLawfulEnd());
            optional(g, "nextExtensionBy", s.nextExtensionBy());
            g.writeNumberField("days", s.days());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("violations");
        for (Violation v : d.violations()) {
            g.writeStartObject();
            g.writeStringField("kind", v.kind().name());
            g.writeStringField("stage", v.stage().name());
            optional(g, "orderStart", v.orderStart());
            g.writeStringField("legalBasis", v.legalBasis());
            optional(g, "detail", v.detail());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("undetermined");
        for (DetentionQuestion q : d.undetermined()) {
            g.writeStartObject();
            g.writeStringField("stage", q.stage().name());
            optional(g, "orderStart", q.orderStart());
            g.writeStringField("needs", q.needs());
            g.writeStringField("legalBasis", q.legalBasis());
            optional(g, "detail", q.detail());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void eligibility(JsonGenerator g, Eligibility e) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeBooleanField("eligible", e.eligible());
        g.writeArrayFieldStart("reasons");
        for (Criterion c : e.reasons()) {
            g.writeStartObject();
            g.writeStringField("criterion", c.criterion());
            optional(g, "detail", c.detail());
            g.writeStringField("legalBasis", c.legalBasis());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("criteria");
        for (Criterion c : e.criteria()) {
            g.writeStartObject();
            g.writeStringField("criterion", c.criterion());
            g.writeBooleanField("satisfied", c.satisfied());
            optional(g, "detail", c.detail());
            g.writeStringField("legalBasis", c.legalBasis());
            g.writeStringField("rule", c.rule());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String s : values) {
            g.writeString(s);
        }
        g.writeEndArray();
    }

    /** A field only when it has a value: a number as a number, an enum by its name, anything else as its text. */
    private static void optional(JsonGenerator g, String name, Object value) throws IOException {
        if (value instanceof Integer i) {
            g.writeNumberField(name, i.intValue());
        } else if (value instanceof Enum<?> e) {
            g.writeStringField(name, e.name());
        } else if (value != null) {
            g.writeStringField(name, value.toString());
        }
    }
}
