package id.tenggat.sipp;

import id.tenggat.answer.CaseAnswer;
import id.tenggat.sipp.mapping.MappedCase;
import id.tenggat.sipp.mapping.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keeps everything a run reports, for tests over small databases. */
final class CollectingSink implements SippSink {
    final Map<Long, MappedCase> mapped = new LinkedHashMap<>();
    final Map<Long, CaseAnswer> answers = new LinkedHashMap<>();
    final List<Problem> problems = new ArrayList<>();
    final List<Long> notAnswered = new ArrayList<>();

    @Override
    public void answered(MappedCase m, CaseAnswer answer) {
        mapped.put(m.perkaraId(), m);
        answers.put(m.perkaraId(), answer);
    }

    @Override
    public void problem(Problem problem) {
        problems.add(problem);
    }

    @Override
    public void notAnswered(MappedCase m) {
        notAnswered.add(m.perkaraId());
    }

    /** The problems reported for one table and key. */
    List<String> reasons(String table, String key) {
        return problems.stream().filter(p -> p.table().equals(table) && p.key().equals(key)).map(Problem::reason)
                .toList();
    }
}
