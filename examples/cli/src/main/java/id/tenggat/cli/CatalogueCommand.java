package id.tenggat.cli;

import id.tenggat.answer.Language;
import id.tenggat.catalogue.CatalogueEntry;
import id.tenggat.catalogue.DeadlineCatalogue;
import id.tenggat.catalogue.Words;
import id.tenggat.json.TenggatJson;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints the deadline catalogue: every id the library answers, with its names, length, trigger and law. */
@Command(name = "catalogue", mixinStandardHelpOptions = true,
        description = {"Prints the deadline catalogue: every deadline id the library answers, with its name in Bahasa "
                + "Indonesia and English, length, the events it runs from, its legal basis and whether it is the "
                + "court's own target. JSON in the shape of catalogue.schema.json, or a list for reading."},
        footer = {"", "Examples:", "  java -jar tenggat-cli.jar catalogue",
                "  java -jar tenggat-cli.jar catalogue --format text --lang en"})
final class CatalogueCommand implements Callable<Integer> {
    private static final String INDENT = "    ";

    enum Format { JSON, TEXT }

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "JSON",
            description = "json (the JSON contract, both languages) or text (a list for reading) (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--lang", paramLabel = "id|en", defaultValue = "ID",
            description = "Language of the text list (default: ${DEFAULT-VALUE}).")
    private Language language;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DeadlineCatalogue catalogue = DeadlineCatalogue.embedded();
        if (format == Format.JSON) {
            out.println(TenggatJson.create().writeCatalogue(catalogue));
        } else {
            writeText(catalogue, out);
        }
        out.flush();
        return 0;
    }

    private void writeText(DeadlineCatalogue catalogue, PrintWriter out) {
        boolean id = language == Language.ID;
        out.println(id ? "Katalog tenggat: " + catalogue.entries().size() + " tenggat"
                : "Deadline catalogue: " + catalogue.entries().size() + " deadlines");
        for (CatalogueEntry e : catalogue.entries()) {
            out.println();
            print(out, e.id() + " — " + e.name(language));
            print(out, INDENT + (id ? "Jangka waktu: " : "Length: ") + e.length(language));
            if (!e.triggers().isEmpty()) {
                print(out, INDENT + (id ? "Dihitung dari: " : "Runs from: ")
                        + String.join("; ", e.triggers().stream().map(t -> Words.name(t, language)).toList()));
            }
            print(out, INDENT + (id ? "Dasar hukum: " : "Legal basis: ") + e.basis());
            if (e.courtTarget()) {
                print(out, INDENT + TextReport.courtTarget(language));
            }
        }
    }

    /** Prints a line, wrapped at spaces to {@link Wrap#WIDTH} columns, each continuation indented one step further. */
    private static void print(PrintWriter out, String line) {
        String lead = line.substring(0, line.length() - line.stripLeading().length());
        Wrap.hanging(lead, lead + INDENT, line.substring(lead.length())).forEach(out::println);
    }
}
