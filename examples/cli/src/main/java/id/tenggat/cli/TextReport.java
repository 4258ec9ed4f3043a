package id.tenggat.cli;

import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.FieldError;
import id.tenggat.answer.Language;
import id.tenggat.catalogue.Words;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers as a table a court clerk can read: per case one row per deadline and party with the due date, the status,
 * the days left and the legal basis, then the explanation of each dated deadline under the deadline's name, in
 * Bahasa Indonesia or English. Statuses, parties, events and deadline names are the library's {@link Words}.
 * Immutable and thread-safe.
 */
final class TextReport {
    private final Language language;
    private final DateTimeFormatter dates;

    TextReport(Language language) {
        this.language = language;
        this.dates = DateTimeFormatter.ofPattern("EEE dd-MM-uuuu", language.locale());
    }

    /** Writes one case's table and explanations, after a blank line unless it is the first case. */
    void write(CaseAnswer a, boolean first, PrintWriter out) {
        if (!first) {
            out.println();
        }
        write(a, out);
        out.flush();
    }

    private void write(CaseAnswer a, PrintWriter out) {
        boolean id = language == Language.ID;
        String number = a.caseNumber() == null ? (id ? "(tanpa nomor)" : "(no number)") : a.caseNumber();
        out.println((id ? "Perkara " : "Case ") + number + (id ? " — per " : " — as of ")
                + DateTimeFormatter.ofPattern("EEEE, d MMMM uuuu", language.locale()).format(a.asOf()));
        if (!a.ok()) {
            out.println(id ? "Tidak dapat dihitung; kesalahan:" : "Cannot be answered; errors:");
            for (FieldError e : a.errors()) {
                out.println("  " + (e.field().isEmpty() ? "(input)" : e.field())
                        + (e.value() == null ? "" : " = " + e.value()) + ": " + e.message());
            }
            return;
        }
        if (a.outOfScope() != null) {
            a.outOfScope().explanation(language).forEach(out::println);
            return;
        }
        if (a.deadlines().isEmpty()) {
            out.println(id ? "Tidak ada tenggat." : "No deadlines.");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(id ? new String[] {"TENGGAT", "PIHAK", "BATAS AKHIR", "STATUS", "SISA HARI", "DASAR HUKUM"}
                : new String[] {"DEADLINE", "PARTY", "DUE", "STATUS", "DAYS LEFT", "LEGAL BASIS"});
        for (DeadlineAnswer d : a.deadlines()) {
            rows.add(new String[] {
                d.id() + (d.variant() == null ? "" : " (" + d.variant() + ")"),
                d.party() == null ? "-" : Words.name(d.party(), language),
                d.due() == null ? "-" : dates.format(d.due()),
                status(d),
                d.daysRemaining() == null ? "-" : String.valueOf(d.daysRemaining()),
                d.legalBasis()});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.length; c++) {
                line.append(c == row.length - 1 ? row[c] : String.format("%-" + widths[c] + "s  ", row[c]));
            }
            out.println(line.toString().stripTrailing());
        }
        explain(a, out);
    }

    /** The explanation of every dated deadline, so a clerk can check the counting. */
    private void explain(CaseAnswer a, PrintWriter out) {
        boolean id = language == Language.ID;
        for (DeadlineAnswer d : a.deadlines()) {
            if (d.due() == null) {
                continue;
            }
            out.println();
            out.println((id ? "Penjelasan " : "Explanation ") + d.id() + " — " + Words.name(d.id(), language)
                    + (d.party() == null ? "" : " (" + Words.name(d.party(), language) + ")") + ":");
            d.explanation(language).forEach(step -> out.println("  - " + step));
        }
    }

    private String status(DeadlineAnswer d) {
        String label = Words.name(d.status(), language);
        if (d.needs() != null) {
            return label + ": " + Words.name(d.needs(), language);
        }
        if (d.daysLate() != null) {
            return label + " " + d.daysLate() + (language == Language.ID ? " hari" : " days");
        }
        return label;
    }
}
