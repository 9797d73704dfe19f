package io.recapstudio.core.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BundleNamePatternTest {

    @ParameterizedTest
    @CsvSource({
        "2022-05-25-kubecon-eu-2022-wrapup, {yyyy}-{mm}-{dd}-{slug}",
        "2022/05/25/reef, {yyyy}/{mm}/{dd}/{slug}",
        "2022/05/reef, {yyyy}/{mm}/{slug}",
        "2021/kelp-con, {yyyy}/{slug}",
        "20220525_reef, {yyyy}{mm}{dd}_{slug}",
        "2022-10-things-to-know, {yyyy}-{mm}-{slug}",
        "2022-reef-recap, {yyyy}-{slug}",
        "2022reef, {slug}",
        "kubecon-eu-2022, {slug}",
        "2022-05-25, {slug}",
        "1850-05-25-old, {slug}",
        "2022-13-01-x, {yyyy}-{slug}"
    })
    void theShapeOfAFolderName(String name, String shape) {
        assertThat(BundleNamePattern.shapeOf(name)).isEqualTo(shape);
    }

    @Test
    void theMajorityShapeWinsAndTiesGoToTheMoreSpecific() {
        assertThat(BundleNamePattern.infer(List.of("2022-05-25-a", "2023-01-02-b", "welcome")))
                .hasToString("{yyyy}-{mm}-{dd}-{slug}");
        assertThat(BundleNamePattern.infer(List.of("a", "b", "2023-01-02-c"))).hasToString("{slug}");
        assertThat(BundleNamePattern.infer(List.of("plain", "2023-01-02-c"))).hasToString("{yyyy}-{mm}-{dd}-{slug}");
        assertThat(BundleNamePattern.infer(List.of())).isEqualTo(BundleNamePattern.SLUG);
    }

    @Test
    void applyAndMatchAreInverse() {
        BundleNamePattern p = BundleNamePattern.parse("{yyyy}/{mm}-{dd}-{slug}");
        String name = p.apply(LocalDate.of(2024, 3, 7), "tide-pool-day");
        assertThat(name).isEqualTo("2024/03-07-tide-pool-day");
        assertThat(p.match(name)).contains(new BundleNamePattern.Match("2024", "03", "07", "tide-pool-day"));
        assertThat(p.match("not-a-match")).isEmpty();
        assertThat(BundleNamePattern.SLUG.usesDate()).isFalse();
    }

    @Test
    void patternsThatLeaveTheSectionOrLackASlugAreRefused() {
        assertThatThrownBy(() -> BundleNamePattern.parse("{yyyy}")).hasMessageContaining("{slug}");
        assertThatThrownBy(() -> BundleNamePattern.parse("../{slug}")).hasMessageContaining("inside the section");
        assertThatThrownBy(() -> BundleNamePattern.parse("/{slug}")).hasMessageContaining("inside the section");
        assertThatThrownBy(() -> BundleNamePattern.parse("{year}-{slug}")).hasMessageContaining("unknown token");
    }
}
