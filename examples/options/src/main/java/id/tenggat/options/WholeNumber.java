package id.tenggat.options;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A whole-number option's value, for the command-line tool and the service alike: picocli's own message would say
 * "not an int", a Java type name.
 */
public final class WholeNumber implements ITypeConverter<Integer> {
    /** Creates the converter; picocli creates it by reflection from {@code converter = WholeNumber.class}. */
    public WholeNumber() {
    }

    /**
     * The number the text writes.
     *
     * @param text  the option's value as given
     * @return the number
     * @throws TypeConversionException if the text is not a whole number that fits an {@code int}, saying so in words
     */
    @Override
    public Integer convert(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is not a whole number");
        }
    }
}
