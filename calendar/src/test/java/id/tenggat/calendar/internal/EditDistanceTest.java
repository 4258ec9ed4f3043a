package id.tenggat.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
}
