package id.tenggat.internal;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import id.tenggat.answer.FieldError;
import id.tenggat.model.CaseEvent;
import id.tenggat.model.CaseType;
import id.tenggat.model.ChargeForm;
import id.tenggat.model.Claim;
import id.tenggat.model.ClaimBasis;
import id.tenggat.model.CourtCase;
import id.tenggat.model.Defendant;
import id.tenggat.model.Detention;
import id.tenggat.model.DetentionStage;
import id.tenggat.model.EventType;
import id.tenggat.model.ExceptionalGround;
import id.tenggat.model.Official;
import id.tenggat.model.Party;
import id.tenggat.model.Suspension;
import id.tenggat.model.Verdict;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Coverage-guided fuzzing of the case validator with Jazzer: a case built from fuzz data through the public model
 * (any types, parties, dates from {@link LocalDate#MIN} to {@link LocalDate#MAX}, nulls where the model admits them
 * in Java) gets a list of field errors, never an exception. A plain build runs the method on its inputs in
 * {@code CaseValidatorFuzzTestInputs/validate/}; {@code JAZZER_FUZZ=1} fuzzes it (README, "Fuzzing").
 */
class CaseValidatorFuzzTest {

    private static final CaseValidator VALIDATOR = new CaseValidator();

    @FuzzTest(maxDuration = "30s")
    void validate(FuzzedDataProvider data) {
        CourtCase.Builder b = CourtCase.builder(orNull(data, CaseType.values()));
        b.caseNumber(data.consumeBoolean() ? null : data.consumeString(40));
        b.electronic(data.consumeBoolean());
        b.court(data.consumeBoolean() ? null : data.consumeString(20));
        for (int i = data.consumeInt(0, 3); i > 0; i--) {
            b.party(data.pickValue(Party.values()));
        }
        for (int i = data.consumeInt(0, 8); i > 0; i--) {
            List<Party> present = new ArrayList<>();
            for (int p = data.consumeInt(0, 2); p > 0; p--) {
                present.add(data.pickValue(Party.values()));
            }
            b.event(new CaseEvent(orNull(data, EventType.values()), date(data), orNull(data, Party.values()), present,
                    orNull(data, Verdict.values())));
        }
        for (int i = data.consumeInt(0, 3); i > 0; i--) {
            List<Suspension> suspensions = new ArrayList<>();
            for (int s = data.consumeInt(0, 2); s > 0; s--) {
                suspensions.add(new Suspension(date(data), date(data)));
            }
            b.detention(new Detention(orNull(data, DetentionStage.values()), date(data),
                    data.consumeBoolean() ? null : data.consumeInt(), data.consumeBoolean() ? null : date(data),
                    data.consumeBoolean(), orNull(data, Official.values()), data.consumeBoolean(),
                    orNull(data, ExceptionalGround.values()), suspensions));
        }
        if (data.consumeBoolean()) {
            b.claim(new Claim(data.consumeBoolean() ? null : BigInteger.valueOf(data.consumeLong()),
                    orNull(data, ClaimBasis.values()), data.consumeBoolean(), data.consumeBoolean(), data.consumeInt(),
                    data.consumeInt(), data.consumeBoolean(), data.consumeBoolean(), data.consumeBoolean(),
                    data.consumeBoolean()));
        }
        if (data.consumeBoolean()) {
            b.defendant(new Defendant(data.consumeBoolean() ? null : data.consumeInt(),
                    data.consumeBoolean() ? null : data.consumeInt(), data.consumeBoolean() ? null : data.consumeInt(),
                    data.consumeBoolean(), orNull(data, ChargeForm.values()), data.consumeBoolean()));
        }
        CourtCase courtCase = b.build();
        LocalDate asOf = date(data);
        List<FieldError> errors = VALIDATOR.validate(courtCase, asOf);
        for (FieldError e : errors) {
            if (e.field() == null || e.message() == null) {
                throw new AssertionError("an error must name its field and say what is wrong: " + e);
            }
        }
    }

    /** Any date the model can hold, usually one near the present so that events interact. */
    private static LocalDate date(FuzzedDataProvider data) {
        if (data.consumeBoolean()) {
            return LocalDate.ofEpochDay(data.consumeLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()));
        }
        return LocalDate.of(2025, 1, 1).plusDays(data.consumeInt(-400, 400));
    }

    private static <T> T orNull(FuzzedDataProvider data, T[] values) {
        return data.consumeBoolean() ? null : data.pickValue(values);
    }
}
