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
 * Bahasa Indonesia or English. Statuses, parties, events and deadline names are the library's {@link Words}; a
 * court's own time target shows the court in the party column. Everything fits {@link Wrap#WIDTH} columns: the
 * deadline, status and legal-basis cells wrap within their column, explanations wrap with a hanging indent.
 * Immutable and thread-safe.
 */
final class TextReport {
    /** The party column of a court's own time target. */
    private static final String COURT_ID = "Pengadilan";
    private static final String COURT_EN = "Court";
    /** Between two columns of the table. */
    private static final String GAP = "  ";
    /** The columns whose cells wrap when the table is too wide. */
    private static final int DEADLINE = 0;
    private static final int PARTY = 1;
    private static final int STATUS = 3;
    private static final int BASIS = 5;
    /** The narrowest the status and legal-basis columns become before the others give up room. */
    private static final int PROSE = 16;
    /** The narrowest a wrapping column becomes, whatever its longest word. */
    private static final int NARROWEST = 8;

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
        print(out, "", "  ", (id ? "Perkara " : "Case ") + number + (id ? " — per " : " — as of ")
                + DateTimeFormatter.ofPattern("EEEE, d MMMM uuuu", language.locale()).format(a.asOf()));
        if (!a.ok()) {
            out.println(id ? "Tidak dapat dihitung; kesalahan:" : "Cannot be answered; errors:");
            for (FieldError e : a.errors()) {
                print(out, "  ", "    ", (e.field().isEmpty() ? "(input)" : e.field())
                        + (e.value() == null ? "" : " = " + e.value()) + ": " + e.message(language));
            }
            return;
        }
        if (a.outOfScope() != null) {
            a.outOfScope().explanation(language).forEach(line -> print(out, "", "  ", line));
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
                d.courtTarget() ? (id ? COURT_ID : COURT_EN) : d.party() == null ? "-" : Words.name(d.party(), language),
                d.due() == null ? "-" : dates.format(d.due()),
                status(d),
                d.daysRemaining() == null ? "-" : String.valueOf(d.daysRemaining()),
                d.legalBasis()});
        }
        table(rows, out);
        if (a.deadlines().stream().anyMatch(DeadlineAnswer::courtTarget)) {
            print(out, "", "  ", (id ? COURT_ID : COURT_EN) + ": " + courtTarget(language));
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
            print(out, "", "  ", (id ? "Penjelasan " : "Explanation ") + d.id() + " — " + Words.name(d.id(), language)
                    + (d.party() == null ? "" : " (" + Words.name(d.party(), language) + ")") + ":");
            d.explanation(language).forEach(step -> print(out, "  - ", "    ", step));
        }
    }

    /** What a court's own time target is, in a sentence; the catalogue's list says the same. */
    static String courtTarget(Language language) {
        return language == Language.ID ? "Target waktu pengadilan sendiri, bukan tenggat para pihak."
                : "The court's own time target, not a party's deadline.";
    }

    /**
     * Writes the rows (the first is the header) as columns two spaces apart within {@link Wrap#WIDTH} columns. A
     * column is as wide as its widest cell, a header wrapping at its words. While the table is too wide, columns
     * give up room, and their cells wrap: the status and legal basis down to {@value #PROSE} columns, then the party
     * and then the deadline id down to their longest word, then all four down to {@value #NARROWEST}.
     */
    private static void table(List<String[]> rows, PrintWriter out) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        int[] least = new int[columns];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns; c++) {
                for (String word : rows.get(r)[c].split(" ")) {
                    least[c] = Math.max(least[c], word.length());
                }
                widths[c] = Math.max(widths[c], r == 0 ? least[c] : rows.get(r)[c].length());
            }
        }
        int total = (columns - 1) * GAP.length();
        for (int w : widths) {
            total += w;
        }
        // The prose columns first, then the party's words, then the deadline id, then all as far as they go.
        total = shrink(widths, new int[] {0, 0, 0, PROSE, 0, PROSE}, total, STATUS, BASIS);
        total = shrink(widths, least, total, PARTY);
        total = shrink(widths, least, total, DEADLINE);
        shrink(widths, new int[] {NARROWEST, NARROWEST, 0, NARROWEST, 0, NARROWEST}, total, DEADLINE, PARTY, STATUS, BASIS);
        for (String[] row : rows) {
            List<List<String>> cells = new ArrayList<>();
            int height = 0;
            for (int c = 0; c < columns; c++) {
                cells.add(Wrap.lines(row[c], widths[c]));
                height = Math.max(height, cells.get(c).size());
            }
            for (int l = 0; l < height; l++) {
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < columns; c++) {
                    String cell = l < cells.get(c).size() ? cells.get(c).get(l) : "";
                    line.append(c == columns - 1 ? cell : String.format("%-" + widths[c] + "s" + GAP, cell));
                }
                out.println(line.toString().stripTrailing());
            }
        }
    }

    /**
     * Narrows the widest of the given columns by one, again and again, until the table fits or none of them is
     * wider than its least width.
     *
     * @return the table's width after
     */
    private static int shrink(int[] widths, int[] least, int total, int... columns) {
        while (total > Wrap.WIDTH) {
            int widest = -1;
            for (int c : columns) {
                if (widths[c] > least[c] && (widest < 0 || widths[c] > widths[widest])) {
                    widest = c;
                }
            }
            if (widest < 0) {
                break;
            }
            widths[widest]--;
            total--;
        }
        return total;
    }

    private static void print(PrintWriter out, String first, String rest, String text) {
        Wrap.hanging(first, rest, text).forEach(out::println);
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
