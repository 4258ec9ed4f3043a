package id.tenggat.json;

import id.tenggat.Tenggat;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.model.CourtCase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Answers a stream of cases on several threads and writes the answers in input order, with a bounded number of
 * cases between reading and writing, so that memory stays flat whatever the batch size. One thread reads, the
 * workers parse (JSON Lines from a {@link CaseReader}: the reader only splits the lines) and answer the cases waiting
 * for them together (a batch shares a rule session, see
 * {@link Tenggat#answerAll}), the caller's thread hands the answers on in order. A failure of reading, answering or writing (not a case
 * error: those are answers) stops the batch and is thrown to the caller. One instance per batch.
 */
final class BatchAnswerer {
    /** Cases read and not yet written, at most. */
    static final int IN_FLIGHT = 1024;
    /** Cases a worker answers together, at most. */
    private static final int CHUNK = 64;
    private static final Work END = new Work(null, null);

    /** A case to parse and answer, and where its answer goes. */
    private record Work(Supplier<ParsedCase> unparsed, CompletableFuture<CaseAnswer> answer) {
    }

    private final Tenggat tenggat;
    private final Function<ParsedCase, LocalDate> asOf;
    private final int threads;
    private final BlockingQueue<CompletableFuture<CaseAnswer>> inOrder = new ArrayBlockingQueue<>(IN_FLIGHT);
    private final BlockingQueue<Work> waiting = new LinkedBlockingQueue<>();
    private volatile boolean stopped;

    BatchAnswerer(Tenggat tenggat, Function<ParsedCase, LocalDate> asOf, int threads) {
        this.tenggat = tenggat;
        this.asOf = asOf;
        this.threads = threads;
    }

    /**
     * Answers one chunk of cases in order: a case with problems gets an answer that carries its errors and no
     * deadlines; the others are answered by {@code tenggat}, those of one day together.
     */
    static List<CaseAnswer> answerInOrder(List<ParsedCase> cases, Tenggat tenggat,
                                          Function<ParsedCase, LocalDate> asOf) {
        CaseAnswer[] result = new CaseAnswer[cases.size()];
        Map<LocalDate, List<Integer>> validByDay = new LinkedHashMap<>();
        for (int i = 0; i < cases.size(); i++) {
            ParsedCase c = cases.get(i);
            LocalDate day = asOf.apply(c);
            if (c.ok()) {
                validByDay.computeIfAbsent(day, d -> new ArrayList<>()).add(i);
            } else {
                result[i] = CaseAnswer.invalid(c.caseNumber(), day, c.errors());
            }
        }
        validByDay.forEach((day, positions) -> {
            List<CourtCase> valid = positions.stream().map(i -> cases.get(i).courtCase()).toList();
            List<CaseAnswer> answered = tenggat.answerAll(valid, day);
            for (int k = 0; k < positions.size(); k++) {
                result[positions.get(k)] = answered.get(k);
            }
        });
        return List.of(result);
    }

    BatchSummary run(Iterator<ParsedCase> cases, Consumer<CaseAnswer> out) {
        if (threads == 1) {
            return inThisThread(cases, out);
        }
        Thread reader = daemon("tenggat-batch-reader", () -> read(cases));
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            workers.add(daemon("tenggat-batch-worker-" + i, this::answerWaiting));
        }
        reader.start();
        workers.forEach(Thread::start);
        try {
            long count = 0;
            long withErrors = 0;
            for (CompletableFuture<CaseAnswer> next = take(inOrder); next != null; next = take(inOrder)) {
                CaseAnswer answer = result(next);
                out.accept(answer);
                count++;
                withErrors += answer.ok() ? 0 : 1;
            }
            return new BatchSummary(count, withErrors);
        } finally {
            stopped = true;
            inOrder.clear();
        }
    }

    private BatchSummary inThisThread(Iterator<ParsedCase> cases, Consumer<CaseAnswer> out) {
        long count = 0;
        long withErrors = 0;
        while (cases.hasNext()) {
            CaseAnswer answer = answerInOrder(List.of(cases.next()), tenggat, asOf).get(0);
            out.accept(answer);
            count++;
            withErrors += answer.ok() ? 0 : 1;
        }
        return new BatchSummary(count, withErrors);
    }

    /** Reads every case, queueing it for the workers and its answer for the writer; a null answer ends the batch. */
    private void read(Iterator<ParsedCase> cases) {
        try {
            for (Supplier<ParsedCase> unparsed = nextUnparsed(cases); !stopped && unparsed != null;
                 unparsed = nextUnparsed(cases)) {
                Work work = new Work(unparsed, new CompletableFuture<>());
                inOrder.put(work.answer());
                waiting.add(work);
            }
            inOrder.put(CompletableFuture.completedFuture(null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            failed(e);
        } finally {
            for (int i = 0; i < threads; i++) {
                waiting.add(END);
            }
        }
    }

    /** The next case, left to the workers to parse when the cases come from a {@link CaseReader}; null at the end. */
    private static Supplier<ParsedCase> nextUnparsed(Iterator<ParsedCase> cases) {
        if (cases instanceof CaseReader reader) {
            return reader.nextUnparsed();
        }
        if (!cases.hasNext()) {
            return null;
        }
        ParsedCase parsed = cases.next();
        return () -> parsed;
    }

    private void failed(Throwable failure) {
        try {
            inOrder.put(CompletableFuture.failedFuture(failure));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Answers the cases waiting, as many together as are there, until the reader is done. */
    private void answerWaiting() {
        List<Work> chunk = new ArrayList<>(CHUNK);
        try {
            while (true) {
                Work first = waiting.take();
                if (first == END) {
                    return;
                }
                chunk.clear();
                chunk.add(first);
                waiting.drainTo(chunk, CHUNK - 1);
                int ends = (int) chunk.stream().filter(w -> w == END).count();
                chunk.removeIf(w -> w == END);
                answer(chunk);
                if (ends > 0) {
                    for (int i = 1; i < ends; i++) {
                        waiting.add(END);
                    }
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void answer(List<Work> chunk) {
        try {
            List<CaseAnswer> answers = answerInOrder(chunk.stream().map(w -> w.unparsed().get()).toList(), tenggat,
                    asOf);
            for (int i = 0; i < chunk.size(); i++) {
                chunk.get(i).answer().complete(answers.get(i));
            }
        } catch (RuntimeException | Error e) {
            chunk.forEach(w -> w.answer().completeExceptionally(e));
        }
    }

    private static CaseAnswer result(CompletableFuture<CaseAnswer> answer) {
        try {
            return answer.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    private static CompletableFuture<CaseAnswer> take(BlockingQueue<CompletableFuture<CaseAnswer>> queue) {
        try {
            CompletableFuture<CaseAnswer> next = queue.take();
            return next.isDone() && !next.isCompletedExceptionally() && next.join() == null ? null : next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while answering a batch", e);
        }
    }

    private static Thread daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
