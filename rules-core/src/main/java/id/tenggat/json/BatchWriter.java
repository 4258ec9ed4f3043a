package id.tenggat.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes results one at a time, with Jackson's streaming generator, in the shape their cases came in: one object for
 * {@link InputShape#OBJECT}, an array with one result per line for {@link InputShape#ARRAY}, one result per line for
 * {@link InputShape#LINES}. Each result is on one line and is flushed as soon as it is written, so that a reader
 * sees it at once. Obtained from {@link TenggatJson#writer(Writer, InputShape, Language)}.
 *
 * <p>Call {@link #end()} once every result is written: it closes the array. A batch that stops early (a failure, a
 * killed process) is left without its closing {@code ]}, so that no reader mistakes it for a complete one; a JSON
 * Lines batch is told complete by its exit status or by counting its lines (one per case).
 *
 * <p>Not thread-safe: one writer per output. The output is flushed, never closed.
 */
public final class BatchWriter {
    private final JsonGenerator generator;
    private final InputShape shape;
    private final Language language;
    private long written;

    BatchWriter(ObjectMapper mapper, Writer out, InputShape shape, Language language) {
        this.shape = Objects.requireNonNull(shape, "shape must not be null");
        this.language = Objects.requireNonNull(language, "language must not be null");
        try {
            this.generator = mapper.createGenerator(Objects.requireNonNull(out, "out must not be null"))
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .setRootValueSeparator(null);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /**
     * Writes an answer, with its explanations in this writer's language; see {@link TenggatJson#toJson}.
     *
     * @param answer  the answer
     * @throws UncheckedIOException if the output fails
     */
    public void write(CaseAnswer answer) {
        item(g -> AnswerJson.answer(g, answer, language));
    }

    /**
     * Writes what reading a case found, without answering it: its {@code index}, {@code caseNumber}, {@code valid}
     * and {@code errors}.
     *
     * @param parsed  the case as read
     * @throws UncheckedIOException if the output fails
     */
    public void writeCheck(ParsedCase parsed) {
        item(g -> AnswerJson.check(g, parsed));
    }

    /** {@return how many results were written} */
    public long written() {
        return written;
    }

    /**
     * Ends the output: closes the array of an {@link InputShape#ARRAY} (an empty one is {@code []}) and flushes.
     *
     * @throws IllegalArgumentException if the shape is OBJECT and there was not exactly one result
     * @throws UncheckedIOException     if the output fails
     */
    public void end() {
        if (shape == InputShape.OBJECT && written != 1) {
            throw new IllegalArgumentException("an object input has one result, not " + written);
        }
        try {
            if (shape == InputShape.ARRAY) {
                generator.writeRaw(written == 0 ? "[]\n" : "\n]\n");
            }
            generator.flush();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private static UncheckedIOException failed(IOException e) {
        return new UncheckedIOException("cannot write the results: " + e.getMessage(), e);
    }

    /** Writes one result, straight to the output's generator (see {@link AnswerJson}). */
    private void item(AnswerJson.Writing result) {
        if (shape == InputShape.OBJECT && written == 1) {
            throw new IllegalArgumentException("an object input has one result, not more");
        }
        try {
            if (shape == InputShape.ARRAY) {
                generator.writeRaw(written == 0 ? "[\n" : ",\n");
            }
            result.write(generator);
            if (shape != InputShape.ARRAY) {
                generator.writeRaw('\n');
            }
            generator.flush();
        } catch (IOException e) {
            throw failed(e);
        }
        written++;
    }
}
