package id.tenggat.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import id.tenggat.internal.CaseValidator;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

/**
 * Coverage-guided fuzzing of the JSON case reader with Jazzer: whatever bytes come in, read as a JSON document, as
 * JSON Lines or with the format told from the input, every case read is either a case or its field errors, never an
 * exception (a byte array never fails as a stream, so not even {@link java.io.UncheckedIOException}); a case read
 * without errors is then checked for whether it can be true, again with errors only. A plain build runs the method on
 * its inputs in {@code CaseReaderFuzzTestInputs/read/}; {@code JAZZER_FUZZ=1} fuzzes it (README, "Fuzzing").
 */
class CaseReaderFuzzTest {

    private static final TenggatJson JSON = TenggatJson.create();
    private static final CaseValidator VALIDATOR = new CaseValidator();
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 2);

    @FuzzTest(maxDuration = "30s")
    void read(byte[] data) {
        for (InputFormat format : InputFormat.values()) {
            CaseReader reader = JSON.reader(new ByteArrayInputStream(data), format);
            if (reader.shape() == null) {
                throw new AssertionError("no shape for " + format);
            }
            while (reader.hasNext()) {
                ParsedCase parsed = reader.next();
                if ((parsed.courtCase() == null) == parsed.errors().isEmpty()) {
                    throw new AssertionError("a case must be either read or rejected with errors: " + parsed);
                }
                if (parsed.courtCase() != null) {
                    VALIDATOR.validate(parsed.courtCase(), AS_OF);
                }
            }
        }
    }
}
