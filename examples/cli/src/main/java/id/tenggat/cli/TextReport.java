package id.tenggat.cli;

import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.FieldError;
import id.tenggat.answer.Language;
import id.tenggat.answer.Status;
import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Answers as a table a court clerk can read: per case one row per deadline and party with the due date, the status,
 * the days left and the legal basis, then the explanation of each dated deadline, in Bahasa Indonesia or English.
 * Immutable and thread-safe.
 */
final class TextReport {
    private static final Map<Status, String> STATUS_ID = Map.ofEntries(
            Map.entry(Status.OPEN, "BERJALAN"), Map.entry(Status.DUE_TODAY, "HARI INI"),
            Map.entry(Status.OVERDUE, "LEWAT WAKTU"), Map.entry(Status.MET, "TERPENUHI"),
            Map.entry(Status.LATE, "TERLAMBAT"), Map.entry(Status.WAITING, "MENUNGGU"),
            Map.entry(Status.NO_LIMIT, "TANPA BATAS"), Map.entry(Status.NOT_ENCODED, "BELUM DIKODEKAN"),
            Map.entry(Status.OUT_OF_COVERAGE, "DI LUAR KALENDER"), Map.entry(Status.LAPSED, "GUGUR"),
            Map.entry(Status.CLOSED, "TERTUTUP"));

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
                d.party() == null ? "-" : d.party().name(),
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
            out.println((id ? "Penjelasan " : "Explanation ") + d.id() + (d.party() == null ? "" : " (" + d.party() + ")") + ":");
            d.explanation(language).forEach(step -> out.println("  - " + step));
        }
    }

    private String status(DeadlineAnswer d) {
        String label = language == Language.ID ? STATUS_ID.get(d.status()) : d.status().name().replace('_', ' ');
        if (d.needs() != null) {
            return label + ": " + d.needs().name();
        }
        if (d.daysLate() != null) {
            return label + " " + d.daysLate() + (language == Language.ID ? " hari" : " days");
        }
        return label;
    }
}
