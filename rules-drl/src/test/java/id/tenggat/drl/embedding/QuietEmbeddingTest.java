package id.tenggat.drl.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import id.tenggat.Tenggat;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.model.CaseType;
import id.tenggat.model.CourtCase;
import id.tenggat.model.EventType;
import id.tenggat.model.Party;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application that embeds the library and configures no logging sees nothing on stderr: a fresh JVM on the
 * test class path without the test-only SLF4J provider answers one case.
 */
class QuietEmbeddingTest {

    /** The embedding application: answers a civil appeal case and prints the number of deadlines. */
    public static void main(String[] args) {
        CourtCase appeal = CourtCase.builder(CaseType.PERDATA).caseNumber("1/Pdt.G/2025/PN Jkt.Pst")
                .event(EventType.PUTUSAN_DIBERITAHUKAN, LocalDate.of(2025, 3, 17), Party.TERGUGAT).build();
        CaseAnswer answer = Tenggat.indonesia().answer(appeal, LocalDate.of(2025, 3, 21));
        System.out.println(answer.deadlines().size());
    }

    @Test
    void answeringACaseWritesNothingToStderr(@TempDir Path dir) throws Exception {
        // Surefire starts tests through a manifest-only jar and names the real class path in this property.
        String testClassPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String classPath = Arrays.stream(testClassPath.split(File.pathSeparator))
                .filter(entry -> !entry.contains("slf4j-nop"))
                .collect(Collectors.joining(File.pathSeparator));
        Path stdout = dir.resolve("stdout");
        Path stderr = dir.resolve("stderr");
        Process java = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, QuietEmbeddingTest.class.getName()))
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();

        assertThat(java.waitFor()).as("exit code; stderr: %s", Files.readString(stderr)).isZero();
        assertThat(Files.readString(stdout, StandardCharsets.UTF_8).strip()).matches("[1-9][0-9]*");
        assertThat(Files.readString(stderr, StandardCharsets.UTF_8)).isEmpty();
    }
}
