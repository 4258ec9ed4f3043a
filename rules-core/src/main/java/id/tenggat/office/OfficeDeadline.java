package id.tenggat.office;

import id.tenggat.answer.Explanation;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One due date of a recurring office duty of a court (a report or a finance step set by the court's SOP).
 * This record is immutable and thread-safe.
 *
 * @param id          the catalogue id, e.g. {@code "sop.laporan.bulanan"}, not null
 * @param due         the day the duty is due on the court's calendar, after moving off a non-working day, not null
 * @param unadjusted  the day the SOP names ("tanggal 3"), before any move, not null
 * @param basis       the SOP section the duty comes from, e.g. {@code "S3 V.G"}, not null
 * @param explanation how the due day was found, in Bahasa Indonesia and English, not null
 */
public record OfficeDeadline(String id, LocalDate due, LocalDate unadjusted, String basis, Explanation explanation) {

    /**
     * Checks the components.
     *
     * @param id  the catalogue id, e.g. {@code "sop.laporan.bulanan"}, not null
     * @param due  the day the duty is due on the court's calendar, after moving off a non-working day, not null
     * @param unadjusted  the day the SOP names ("tanggal 3"), before any move, not null
     * @param basis  the SOP section the duty comes from, e.g. {@code "S3 V.G"}, not null
     * @param explanation  how the due day was found, in Bahasa Indonesia and English, not null
     */
    public OfficeDeadline {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(due, "due must not be null");
        Objects.requireNonNull(unadjusted, "unadjusted must not be null");
        Objects.requireNonNull(basis, "basis must not be null");
        Objects.requireNonNull(explanation, "explanation must not be null");
    }

    /** {@return whether the SOP's day was not a working day, so the due day moved} */
    public boolean moved() {
        return !due.equals(unadjusted);
    }
}
