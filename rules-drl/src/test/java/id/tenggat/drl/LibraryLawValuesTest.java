package id.tenggat.drl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.tenggat.law.LawValue;
import id.tenggat.law.LawValuesException;
import org.junit.jupiter.api.Test;

/** The library's own law values: read from the jar and checked against the schema before any rule uses them. */
class LibraryLawValuesTest {

    @Test
    void theShippedValuesAreTheLibrarysAndCiteTheirSource() {
        assertThat(DroolsDeadlineEngine.readLibraryValues(DroolsDeadlineEngine.LAW_VALUES).values())
                .isNotEmpty()
                .allSatisfy(v -> {
                    assertThat(v.origin()).isEqualTo(LawValue.Origin.LIBRARY);
                    assertThat(v.source()).isNotBlank();
                    assertThat(v.isEncoded()).isEqualTo(v.confidence() != LawValue.Confidence.NOT_CONFIRMED);
                });
    }

    @Test
    void aBrokenValuesFileFailsNamingTheResourceTheEntryAndTheField() {
        // A detention period counted in working days: the schema allows calendar days only.
        assertThatThrownBy(() -> DroolsDeadlineEngine.readLibraryValues("law-values/broken-library.json"))
                .isInstanceOfSatisfying(LawValuesException.class, e -> {
                    assertThat(e.file()).isEqualTo("law-values/broken-library.json");
                    assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p)
                            .startsWith("values[0] (key 'uu-20-2025.penahanan.pt.pertama')"));
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p).contains("unit"));
                });
        assertThatThrownBy(() -> DroolsDeadlineEngine.readLibraryValues("law-values/none.json"))
                .hasMessageContaining("missing law values law-values/none.json");
    }
}
