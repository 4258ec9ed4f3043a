package id.tenggat.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EditDistanceTest {

    @Test
    void countsInsertionsDeletionsAndSubstitutions() {
        // kitten → sitten (k/s) → sittin (e/i) → sitting (+g)
        assertThat(EditDistance.between("kitten", "sitting")).isEqualTo(3);
        assertThat(EditDistance.between("", "abc")).isEqualTo(3);
        assertThat(EditDistance.between("kalabahi", "kalabahi")).isZero();
        // one letter left out
        assertThat(EditDistance.between("perdata.bandig", "perdata.banding")).isEqualTo(1);
    }

    @Test
    void suggestsTheNearestNameWithinAThirdOfTheLettersIgnoringCase() {
        List<String> stages = List.of("PENYIDIK", "PENUNTUT_UMUM", "PN", "PT", "MA");
        // PNN is 1 from PN and 2 from PT; 3 letters allow 1
        assertThat(EditDistance.nearest("PNN", stages)).contains("PN");
        assertThat(EditDistance.nearest("penyidk", stages)).contains("PENYIDIK");
        // PX is 1 from both PN and PT: the first listed wins
        assertThat(EditDistance.nearest("PX", stages)).contains("PN");
        // 6 letters allow 2; the lengths alone put PN, PT and MA 4 away, and PENYIDIK shares only the K
        assertThat(EditDistance.nearest("JAKSAA", stages)).isEmpty();
    }

    @Test
    void comparesOnlyStringsWhoseLengthsAllowTheLimit() {
        assertThat(EditDistance.within("kitten", "sitting", 3)).hasValue(3);
        assertThat(EditDistance.within("kitten", "sitting", 2)).isEmpty();
        // 1,000,000 letters against 2: the lengths alone are too far apart for any limit below 999,998
        assertThat(EditDistance.within("x".repeat(1_000_000), "PN", 333_333)).isEmpty();
    }
}
