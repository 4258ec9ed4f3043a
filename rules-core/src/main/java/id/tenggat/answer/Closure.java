package id.tenggat.answer;

import id.tenggat.model.EventType;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Why a window is over although its act never happened: the event of the case that closed it, or, for a right not
 * used in time, the day it lapsed. This record is immutable and thread-safe.
 *
 * @param event  the event that closed the window, or null for a right that lapsed unused
 * @param date   the day of that event, or the due date of a lapsed right; not null
 * @param reason why the window is over, not null
 */
public record Closure(EventType event, LocalDate date, Reason reason) {

    /**
     * Checks the components.
     *
     * @param event  the event that closed the window, or null for a right that lapsed unused
     * @param date  the day of that event, or the due date of a lapsed right; not null
     * @param reason  why the window is over, not null
     */
    public Closure {
        Objects.requireNonNull(date, "date must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
    }

    /** Why a window is over, in Bahasa Indonesia and in English. */
    public enum Reason {
        /** The judgment has been notified as final (berkekuatan hukum tetap): no ordinary remedy runs any more. */
        FINAL_JUDGMENT("putusan telah berkekuatan hukum tetap", "the judgment has become final"),
        /** A later stage of the case has been filed or decided, so this stage is over. */
        LATER_STAGE("perkara telah melewati tahap ini", "the case has moved past this stage"),
        /** The party did not use the right by its due date: the right lapsed. */
        NOT_USED("hak tidak digunakan dalam tenggang waktu", "the right was not used within the period");

        private final String indonesian;
        private final String english;

        Reason(String indonesian, String english) {
            this.indonesian = indonesian;
            this.english = english;
        }

        /** {@return the reason in Bahasa Indonesia} */
        public String indonesian() { return indonesian; }
        /** {@return the reason in English} */
        public String english() { return english; }
    }
}
