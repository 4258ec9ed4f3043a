package id.tenggat.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.tenggat.answer.FieldError;
import id.tenggat.answer.Language;
import id.tenggat.json.CaseReader;
import id.tenggat.json.InputFormat;
import id.tenggat.json.ParsedCase;
import id.tenggat.json.TenggatJson;
import id.tenggat.model.CaseEvent;
import id.tenggat.model.CourtCase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import jakarta.validation.Constraint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every error the readers and the case validator can produce carries a text in Bahasa Indonesia that is not the
 * English one: each kind of error is provoked here by an input made for it.
 */
class BilingualErrorsTest {
    private static final TenggatJson JSON = TenggatJson.create();
    private static final CaseValidator VALIDATOR = new CaseValidator();
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    /** Inputs the reader refuses, one per error it writes (structure, types, dates, enums, constraints). */
    static Stream<String> badJson() {
        return Stream.of(
                "{",                                                              // not JSON
                "[1]",                                                            // not an object
                "{\"caseType\":\"PERDATA\",\"colour\":\"red\"}",                  // unknown field
                "{\"caseNumber\":\"1\"}",                                         // required field missing
                "{\"caseType\":\"PERDATA\",\"caseNumber\":1}",                    // not a string
                "{\"caseType\":\"PERDATA\",\"electronic\":\"yes\"}",              // not a boolean
                "{\"caseType\":\"PERDATA\",\"claim\":{\"value\":1,\"basis\":\"WANPRESTASI\",\"plaintiffs\":\"x\"}}",
                "{\"caseType\":\"PERDATA\",\"claim\":{\"value\":\"x\",\"basis\":\"WANPRESTASI\"}}", // not a whole number
                "{\"caseType\":\"PERDATA\",\"events\":{}}",                       // not an array
                "{\"caseType\":\"PERDATA\",\"events\":[null]}",                   // null element
                "{\"caseType\":\"PERDATA\",\"events\":[{\"type\":\"SIDANG\",\"date\":20250106}]}", // date not text
                "{\"caseType\":\"PERDATA\",\"events\":[{\"type\":\"SIDANG\",\"date\":\"2025-02-30\"}]}",
                "{\"caseType\":\"PERDATAA\"}",                                    // short enum, with a near name
                "{\"caseType\":\"XYZ\"}",                                         // short enum, none near
                "{\"caseType\":\"PERDATA\",\"events\":[{\"type\":\"SIDANGG\",\"date\":\"2025-01-06\"}]}",
                "{\"caseType\":\"PERDATA\",\"events\":[{\"type\":\"QQQQQQQQQQQQQQQQQQQQQQQQ\",\"date\":\"2025-01-06\"}]}",
                "{\"caseType\":\"PERDATA\",\"claim\":{\"value\":-1,\"basis\":\"WANPRESTASI\"}}",          // @PositiveOrZero
                "{\"caseType\":\"PIDANA\",\"detentions\":[{\"stage\":\"PN\",\"start\":\"2025-01-06\",\"days\":0}]}",
                "{\"caseType\":\"PIDANA\",\"defendant\":{\"ageAtOffence\":151}}",                     // @Max
                "{\"caseType\":\"PIDANA\",\"defendant\":{\"ageAtOffence\":-1}}",                      // @Min
                "{\"caseType\":\"PERDATA\",\"events\":[{\"type\":\"SIDANG\",\"date\":\"2025-01-06\","
                        + "\"verdict\":\"PEMIDANAAN\",\"partiesPresent\":[\"TERGUGAT\"]}]}",            // only a judgment
                "{\"caseType\":\"PIDANA\",\"detentions\":[{\"stage\":\"PN\",\"start\":\"2025-01-06\"}]}", // days or end
                "{\"caseType\":\"PIDANA\",\"detentions\":[{\"stage\":\"PN\",\"start\":\"2025-01-06\","
                        + "\"end\":\"2025-01-01\"}]}",                                                  // end before start
                "{\"caseType\":\"PIDANA\",\"detentions\":[{\"stage\":\"PN\",\"start\":\"2025-01-06\",\"days\":30,"
                        + "\"suspensions\":[{\"start\":\"2025-01-10\",\"end\":\"2025-01-08\"}]}]}");
    }

    @ParameterizedTest
    @MethodSource("badJson")
    void everyReadingErrorSpeaksBothLanguages(String input) {
        List<FieldError> errors = JSON.read(input).cases().get(0).errors();

        assertThat(errors).as(input).isNotEmpty().allSatisfy(BilingualErrorsTest::bilingual);
    }

    /** Cases that are well formed but cannot be true, one per rule of the validator. */
    static Stream<String> untrueCases() {
        String judgment = "{\"type\":\"PUTUSAN_DIUCAPKAN\",\"date\":\"2025-03-10\"}";
        return Stream.of(
                "{\"caseType\":\"PERDATA\",\"events\":[" + judgment + ",{\"type\":\"PERMOHONAN_BANDING\","
                        + "\"date\":\"2025-03-20\"}]}",                                      // act without its party
                "{\"caseType\":\"PIDANA\",\"parties\":[\"TERGUGAT\"]}",                      // party of another type
                "{\"caseType\":\"PERDATA\",\"events\":[{\"type\":\"PUTUSAN_DIUCAPKAN\",\"date\":\"2025-07-01\"}]}",
                "{\"caseType\":\"PERDATA\",\"events\":[" + judgment + ",{\"type\":\"PUTUSAN_DIBERITAHUKAN\","
                        + "\"date\":\"2025-03-07\"}]}",                                      // order
                "{\"caseType\":\"PERDATA\",\"events\":[" + judgment + ",{\"type\":\"PERKARA_DIDAFTARKAN\","
                        + "\"date\":\"2025-01-06\"},{\"type\":\"PERKARA_DIDAFTARKAN\",\"date\":\"2025-01-07\"}]}",
                "{\"caseType\":\"PERDATA\",\"events\":[" + judgment + ",{\"type\":\"PUTUSAN_DIUCAPKAN\","
                        + "\"date\":\"2025-03-11\"}]}");                                     // two judgments
    }

    @ParameterizedTest
    @MethodSource("untrueCases")
    void everyErrorOfACaseThatCannotBeTrueSpeaksBothLanguages(String input) {
        ParsedCase parsed = JSON.read(input).cases().get(0);
        assertThat(parsed.errors()).as(input).isEmpty();

        assertThat(VALIDATOR.validate(parsed.courtCase(), AS_OF)).as(input).isNotEmpty()
                .allSatisfy(BilingualErrorsTest::bilingual);
    }

    @Test
    void readerErrorsOnBytesSpeakBothLanguages() {
        byte[] notUtf8 = "{\"caseType\":\"PERDATA\",\"caseNumber\":\"\u0000\"}".getBytes(StandardCharsets.UTF_8);
        notUtf8[notUtf8.length - 3] = (byte) 0xC3;
        ByteArrayOutputStream longLine = new ByteArrayOutputStream();
        longLine.writeBytes("{\"caseType\":\"PERDATA\"}\n".getBytes(StandardCharsets.UTF_8));
        longLine.writeBytes(("{\"caseNumber\":\"" + "x".repeat(CaseReader.MAX_LINE_BYTES) + "\"}\n")
                .getBytes(StandardCharsets.UTF_8));
        List<FieldError> errors = new ArrayList<>();
        JSON.reader(new ByteArrayInputStream(notUtf8), InputFormat.AUTO).forEachRemaining(p -> errors.addAll(p.errors()));
        List<ParsedCase> cases = new ArrayList<>();
        JSON.reader(new ByteArrayInputStream(longLine.toByteArray()), InputFormat.JSONL).forEachRemaining(cases::add);
        assertThat(cases).extracting(ParsedCase::ok).containsExactly(true, false);
        cases.forEach(p -> errors.addAll(p.errors()));

        assertThat(errors).extracting(FieldError::message).anyMatch(m -> m.startsWith("not valid UTF-8"))
                .anyMatch(m -> m.startsWith("line longer than"));
        assertThat(errors).allSatisfy(BilingualErrorsTest::bilingual);
    }

    @Test
    void aMissingValueTheBuilderLetsThroughIsRefusedInBothLanguages() {
        CourtCase noType = new CourtCase(null, null, false, null, List.of(), List.of(), List.of(), null, null);

        assertThat(VALIDATOR.validate(noType)).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("caseType");
            assertThat(e.message(Language.EN)).isEqualTo("must not be null");
            assertThat(e.message(Language.ID)).isEqualTo("tidak boleh null");
        });
    }

    @Test
    void theTextsFollowTheLanguageAsked() {
        CourtCase c = JSON.read("{\"caseType\":\"PIDANA\",\"parties\":[\"TERGUGAT\"]}").cases().get(0).courtCase();

        FieldError e = VALIDATOR.validate(c, AS_OF).get(0);

        assertThat(e.message()).isEqualTo(e.message(Language.EN))
                .isEqualTo("TERGUGAT is not a party of a PIDANA case; its parties are TERDAKWA, PENUNTUT_UMUM");
        assertThat(e.message(Language.ID))
                .isEqualTo("TERGUGAT bukan pihak dalam perkara PIDANA; pihaknya adalah TERDAKWA, PENUNTUT_UMUM");
    }

    @Test
    void everyConstraintOfTheModelHasItsTexts() {
        Set<Class<? extends Annotation>> used = new HashSet<>();
        for (Class<?> type : modelRecords()) {
            for (RecordComponent c : type.getRecordComponents()) {
                collect(c.getAnnotatedType(), used);
                collect(c.getAccessor().getAnnotations(), used);
            }
        }

        assertThat(used).isNotEmpty();
        assertThat(ConstraintText.TEXTS.keySet()).containsAll(used);
        assertThat(ConstraintText.TEXTS.values()).allSatisfy(t -> {
            assertThat(t.indonesian()).isNotBlank().isNotEqualTo(t.english());
            assertThat(t.english()).isNotBlank();
        });
    }

    private static List<Class<?>> modelRecords() {
        return List.of(CourtCase.class, CaseEvent.class, id.tenggat.model.Detention.class,
                id.tenggat.model.Suspension.class, id.tenggat.model.Claim.class, id.tenggat.model.Defendant.class);
    }

    private static void collect(AnnotatedType type, Set<Class<? extends Annotation>> used) {
        collect(type.getAnnotations(), used);
        if (type instanceof AnnotatedParameterizedType p) {
            for (AnnotatedType argument : p.getAnnotatedActualTypeArguments()) {
                collect(argument, used);
            }
        }
    }

    private static void collect(Annotation[] annotations, Set<Class<? extends Annotation>> used) {
        for (Annotation a : annotations) {
            if (a.annotationType().isAnnotationPresent(Constraint.class)) {
                used.add(a.annotationType());
            }
        }
    }

    private static void bilingual(FieldError e) {
        assertThat(e.message(Language.ID)).as(e.toString()).isNotBlank().isNotEqualTo(e.message(Language.EN))
                .doesNotContain("must ", "the case", "is not ");
        assertThat(e.message(Language.EN)).isEqualTo(e.message());
    }
}
