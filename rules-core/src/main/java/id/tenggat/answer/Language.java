package id.tenggat.answer;

import java.util.Locale;

/** The languages explanations are written in. */
public enum Language {
    /** Bahasa Indonesia, the default. */
    ID(Locale.forLanguageTag("id-ID")),
    /** English. */
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** {@return the locale of the language, for formatting dates and numbers} */
    public Locale locale() {
        return locale;
    }
}
