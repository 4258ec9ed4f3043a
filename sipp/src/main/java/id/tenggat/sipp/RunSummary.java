package id.tenggat.sipp;

import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.Status;
import id.tenggat.detention.Violation;
import id.tenggat.model.Party;
import id.tenggat.sipp.mapping.MappedCase;
import id.tenggat.sipp.mapping.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a run over a SIPP database did: the court, how many cases were read and answered, the deadlines by status,
 * and, first in importance, every overdue deadline and every detention violation. This record is immutable and
 * thread-safe.
 *
 * @param asOf               the day answered
 * @param court              the court's name in the registry, or null when the national calendar was used
 * @param casesRead          the {@code perkara} rows read
 * @param casesAnswered      the cases answered without errors
 * @param casesNotAnswered   the cases not answered: not mappable, or refused by the library (their problems say why)
 * @param problems           the problems reported
 * @param byStatus           the deadlines by status, every status present (zero when none)
 * @param overdue            every OVERDUE deadline, ordered by due date (without its explanation: the deadlines file
 *                           or table has it)
 * @param violations         every detention violation
 */
public record RunSummary(LocalDate asOf, String court, long casesRead, long casesAnswered, long casesNotAnswered,
                         long problems, Map<Status, Long> byStatus, List<Overdue> overdue,
                         List<DetentionViolation> violations) {

    /**
     * Copies the maps and lists.
     *
     * @param asOf               the day answered
     * @param court              the court's name in the registry, or null when the national calendar was used
     * @param casesRead          the {@code perkara} rows read
     * @param casesAnswered      the cases answered without errors
     * @param casesNotAnswered   the cases not answered: not mappable, or refused by the library
     * @param problems           the problems reported
     * @param byStatus           the deadlines by status, every status present (zero when none)
     * @param overdue            every OVERDUE deadline, ordered by due date
     * @param violations         every detention violation
     */
    public RunSummary {
        byStatus = Collections.unmodifiableMap(new EnumMap<>(byStatus));
        overdue = List.copyOf(overdue);
        violations = List.copyOf(violations);
    }

    /**
     * An overdue deadline of one case, kept small so that a court with many holds little memory.
     *
     * @param perkaraId    the case's id in SIPP
     * @param nomorPerkara the case number
     * @param id           the deadline's catalogue id
     * @param party        the party that holds it, or null for a court target
     * @param due          the last day
     * @param legalBasis   the article
     */
    public record Overdue(long perkaraId, String nomorPerkara, String id, Party party, LocalDate due,
                          String legalBasis) {
    }

    /**
     * A detention violation of one case.
     *
     * @param perkaraId    the case's id in SIPP
     * @param nomorPerkara the case number
     * @param violation    what the law does not allow, with its article
     */
    public record DetentionViolation(long perkaraId, String nomorPerkara, Violation violation) {
    }

    /** Counts a run as it streams. Not thread-safe. */
    static final class Counter {
        private final LocalDate asOf;
        private String court;
        private long read;
        private long answered;
        private long notAnswered;
        private long problems;
        private final Map<Status, Long> byStatus = new EnumMap<>(Status.class);
        private final List<Overdue> overdue = new ArrayList<>();
        private final List<DetentionViolation> violations = new ArrayList<>();

        Counter(LocalDate asOf) {
            this.asOf = asOf;
            for (Status s : Status.values()) {
                byStatus.put(s, 0L);
            }
        }

        void court(String name) {
            this.court = name;
        }

        void answered(MappedCase mapped, CaseAnswer answer) {
            read++;
            if (!answer.ok()) {
                notAnswered++;
                return;
            }
            answered++;
            for (DeadlineAnswer d : answer.deadlines()) {
                byStatus.merge(d.status(), 1L, Long::sum);
                if (d.status() == Status.OVERDUE) {
                    overdue.add(new Overdue(mapped.perkaraId(), mapped.nomorPerkara(), d.id(), d.party(), d.due(),
                            d.legalBasis()));
                }
            }
            if (answer.detention() != null) {
                answer.detention().violations().forEach(v ->
                        violations.add(new DetentionViolation(mapped.perkaraId(), mapped.nomorPerkara(), v)));
            }
        }

        void problem(Problem problem) {
            problems++;
        }

        void notAnswered() {
            read++;
            notAnswered++;
        }

        RunSummary summary() {
            overdue.sort(Comparator.comparing(Overdue::due).thenComparingLong(Overdue::perkaraId)
                    .thenComparing(Overdue::id));
            return new RunSummary(asOf, court, read, answered, notAnswered, problems, byStatus, overdue, violations);
        }
    }
}
