package id.tenggat.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Annotation;
import java.util.Map;
import java.util.function.Function;

/**
 * The text of a Bean Validation constraint the model uses, in English and Bahasa Indonesia, written here rather than
 * taken from the validator's message bundles: Hibernate Validator ships no Indonesian bundle, and its English text
 * would follow the JVM's default locale (a Turkish JVM would answer in Turkish). No Expression Language is needed.
 *
 * @param english  the English text
 * @param indonesian  the Indonesian text
 */
record ConstraintText(String english, String indonesian) {
    /** The texts of every constraint the model's records carry, by annotation; {@code {value}} is filled in. */
    static final Map<Class<? extends Annotation>, ConstraintText> TEXTS = Map.of(
            NotNull.class, new ConstraintText("must not be null", "tidak boleh null"),
            Positive.class, new ConstraintText("must be greater than 0", "harus lebih besar dari 0"),
            PositiveOrZero.class, new ConstraintText("must be greater than or equal to 0",
                    "harus lebih besar dari atau sama dengan 0"),
            Min.class, new ConstraintText("must be greater than or equal to {value}",
                    "harus lebih besar dari atau sama dengan {value}"),
            Max.class, new ConstraintText("must be less than or equal to {value}",
                    "harus lebih kecil dari atau sama dengan {value}"));

    /**
     * The texts of a violated constraint.
     *
     * @param descriptor  the constraint, not null
     * @return its texts with its {@code value} attribute filled in
     * @throws IllegalStateException if the constraint has no texts here (a test keeps every constraint of the model
     *     covered)
     */
    static ConstraintText of(ConstraintDescriptor<?> descriptor) {
        Class<? extends Annotation> type = descriptor.getAnnotation().annotationType();
        ConstraintText text = TEXTS.get(type);
        if (text == null) {
            throw new IllegalStateException("no text for the constraint @" + type.getSimpleName());
        }
        Object value = descriptor.getAttributes().get("value");
        Function<String, String> fill = t -> value == null ? t : t.replace("{value}", String.valueOf(value));
        return new ConstraintText(fill.apply(text.english()), fill.apply(text.indonesian()));
    }
}
