package io.recapstudio;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The default run is repeatable: a property without a seed draws the same samples on every machine and run. */
class FixedSeedsProperties {

    @Property(tries = 1, edgeCases = EdgeCasesMode.NONE, afterFailure = AfterFailureMode.RANDOM_SEED)
    void aPropertyWithoutASeedDrawsTheSameFirstSampleEveryRun(@ForAll long sample) {
        if (!Boolean.getBoolean("recap.fuzz")) {
            assertThat(sample).isEqualTo(2671L);
        }
    }
}
