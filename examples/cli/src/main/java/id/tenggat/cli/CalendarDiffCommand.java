package id.tenggat.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.tenggat.calendar.CalendarDiff;
import id.tenggat.calendar.CourtCalendar;
import id.tenggat.json.TenggatJson;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Lists the days that differ between two calendar data sets. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Lists the days that differ between two calendar data sets (added, removed, or changed in kind "
                + "or name), with whether each was a working day before and after, as JSON: "
                + "{older, newer, earliestChange, changes}. Each data set is the embedded calendar with a data file "
                + "laid over it, or the embedded calendar alone (the word 'embedded'). Deadlines counted over a "
                + "changed day, or past earliestChange, are the ones to recompute."},
        footer = {"", "Example:",
                "  java -jar tenggat-cli.jar calendar diff embedded idul-fitri-2027.json",
                "", "Exit status: 0 listed (even when nothing differs), 2 usage error or bad data file."})
final class CalendarDiffCommand implements Callable<Integer> {
    /** The name that stands for the embedded data alone. */
    static final String EMBEDDED = "embedded";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The data set before: 'embedded' or a data file.")
    private String older;

    @Parameters(index = "1", paramLabel = "NEW", description = "The data set after: 'embedded' or a data file.")
    private String newer;

    @Override
    public Integer call() {
        CalendarDiff diff = CalendarDiff.between(dataSet(older), dataSet(newer));
        ObjectMapper mapper = new ObjectMapper();
        TenggatJson json = TenggatJson.create();
        ObjectNode out = mapper.createObjectNode();
        out.set("older", describe(mapper, older, diff.older()));
        out.set("newer", describe(mapper, newer, diff.newer()));
        out.put("earliestChange", diff.earliestChange().map(Object::toString).orElse(null));
        ArrayNode changes = out.putArray("changes");
        for (CalendarDiff.DayChange change : diff.changes()) {
            ObjectNode c = changes.addObject();
            c.put("date", change.date().toString());
            c.put("change", change.change().name());
            c.put("workingDayBefore", change.workingDayBefore());
            c.put("workingDayAfter", change.workingDayAfter());
            c.set("before", json.calendarToJson(change.before()));
            c.set("after", json.calendarToJson(change.after()));
        }
        spec.commandLine().getOut().println(out.toString());
        return 0;
    }

    private CourtCalendar dataSet(String name) {
        CourtCalendar embedded = CourtCalendar.indonesia();
        if (name.equals(EMBEDDED)) {
            return embedded;
        }
        return CalendarFiles.usage(spec, () -> embedded.toBuilder().overlay(CalendarFiles.read(Path.of(name))).build());
    }

    private static ObjectNode describe(ObjectMapper mapper, String name, CourtCalendar calendar) {
        ObjectNode o = mapper.createObjectNode();
        o.put("data", name);
        o.put("calendarVersion", calendar.dataVersion());
        o.put("coveredFrom", calendar.firstCoveredDate().toString());
        o.put("coveredTo", calendar.lastCoveredDate().toString());
        return o;
    }
}
