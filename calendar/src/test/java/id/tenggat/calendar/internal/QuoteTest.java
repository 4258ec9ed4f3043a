package id.tenggat.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteTest {

    @Test
    void quotesAShortValueWhole() {
        assertThat(Quote.bounded("PN Kalabahi")).isEqualTo("PN Kalabahi");
        assertThat(Quote.bounded("a".repeat(80))).isEqualTo("a".repeat(80));
        assertThat(Quote.bounded(null)).isNull();
    }

    @Test
    void quotesALongValueByItsFirst80CharactersAndItsLength() {
        assertThat(Quote.bounded("a".repeat(81))).isEqualTo("a".repeat(80) + "... (81 characters)");
        assertThat(Quote.bounded("b".repeat(5_000))).isEqualTo("b".repeat(80) + "... (5000 characters)");
    }
}
