package id.tenggat.internal;

import id.tenggat.answer.FieldError;
import id.tenggat.model.CaseEvent;
import id.tenggat.model.CourtCase;
import id.tenggat.model.Detention;
import id.tenggat.model.EventType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks a case before any rule sees it: Jakarta Validation constraints on the model, then the checks that span
 * fields. Uses {@link ParameterMessageInterpolator}, so embedding applications need no Expression Language
 * implementation. Immutable and thread-safe.
 */
public final class CaseValidator {
    private final Validator validator;

    public CaseValidator() {
        QuietByDefault.apply();
        ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        this.validator = factory.getValidator();
    }

    /**
     * Every problem in the case, sorted by field path; empty when the case is valid.
     *
     * @param courtCase the case, not null
     */
    public List<FieldError> validate(CourtCase courtCase) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<CourtCase> v : validator.validate(courtCase)) {
            errors.add(new FieldError(v.getPropertyPath().toString(),
                    v.getInvalidValue() == null ? null : String.valueOf(v.getInvalidValue()), v.getMessage()));
        }
        List<CaseEvent> events = courtCase.events();
        for (int i = 0; i < events.size(); i++) {
            CaseEvent e = events.get(i);
            if (e != null && e.type() != EventType.PUTUSAN_DIUCAPKAN && !e.partiesPresent().isEmpty()) {
                errors.add(new FieldError("events[" + i + "].partiesPresent", e.partiesPresent().toString(),
                        "only a PUTUSAN_DIUCAPKAN event names the parties present"));
            }
            if (e != null && e.type() != EventType.PUTUSAN_DIUCAPKAN && e.verdict() != null) {
                errors.add(new FieldError("events[" + i + "].verdict", e.verdict().name(),
                        "only a PUTUSAN_DIUCAPKAN event carries a verdict"));
            }
        }
        List<Detention> detentions = courtCase.detentions();
        for (int i = 0; i < detentions.size(); i++) {
            Detention d = detentions.get(i);
            if (d == null) {
                continue;
            }
            if ((d.days() == null) == (d.end() == null)) {
                errors.add(new FieldError("detentions[" + i + "]", d.days() + "/" + d.end(),
                        "give either days or end, not both and not neither"));
            }
            if (d.end() != null && d.start() != null && d.end().isBefore(d.start())) {
                errors.add(new FieldError("detentions[" + i + "].end", d.end().toString(),
                        "must not be before start " + d.start()));
            }
            for (int j = 0; j < d.suspensions().size(); j++) {
                var s = d.suspensions().get(j);
                if (s != null && s.start() != null && s.end() != null && s.end().isBefore(s.start())) {
                    errors.add(new FieldError("detentions[" + i + "].suspensions[" + j + "].end", s.end().toString(),
                            "must not be before start " + s.start()));
                }
            }
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return errors;
    }
}
