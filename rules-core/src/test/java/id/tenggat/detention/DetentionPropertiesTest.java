package id.tenggat.detention;

import static org.assertj.core.api.Assertions.assertThat;

import id.tenggat.model.Detention;
import id.tenggat.model.DetentionStage;
import id.tenggat.model.Official;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Properties of detention counting that must hold for every chain. */
class DetentionPropertiesTest {

    @Property
    void latestLawfulEndNeverExceedsStartPlusTheStageMaxima(@ForAll DetentionStage stage, @ForAll boolean child,
            @ForAll boolean pasal29, @ForAll @IntRange(min = 0, max = 700) int startOffset,
            @ForAll @IntRange(min = 1, max = 200) int firstDays, @ForAll @IntRange(min = -5, max = 200) int extensionDays,
            @ForAll @IntRange(min = -3, max = 3) int extensionShift) {
        DetentionLimit limit = child ? DetentionCounterTest.child(stage) : DetentionCounterTest.adult(stage);
        boolean exceptional = pasal29 && !child;
        List<AppliedDetentionRule> rules = exceptional
                ? DetentionCounterTest.rules(limit, DetentionCounterTest.pasal29(stage, Official.KETUA_MA))
                : DetentionCounterTest.rules(limit);
        LocalDate start = LocalDate.of(2024, 1, 1).plusDays(startOffset);
        Detention first = Detention.first(stage, start, firstDays, limit.getFirstBy());
        DetentionSummary s = extensionDays <= 0
                ? new DetentionCounter("inclusive").count(DetentionCounterTest.caseOf(first), start, rules).orElseThrow()
                : new DetentionCounter("inclusive").count(DetentionCounterTest.caseOf(first,
                        Detention.extension(stage, start.plusDays(firstDays + extensionShift), extensionDays,
                                limit.getExtensionBy())), start, rules).orElseThrow();
        int maxima = limit.getMaximumDays() + (exceptional ? 60 : 0);
        assertThat(s.latestLawfulEnd()).isBeforeOrEqualTo(start.plusDays(maxima - 1L));
    }
}
