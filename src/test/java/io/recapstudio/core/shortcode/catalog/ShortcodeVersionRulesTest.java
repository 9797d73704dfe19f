package io.recapstudio.core.shortcode.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.site.HugoVersion;
import io.recapstudio.core.site.HugoVersionPin;
import io.recapstudio.core.text.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShortcodeVersionRulesTest {

    private static final ShortcodeEntry YOUTUBE = ShortcodeCatalog.builtins().find("youtube").orElseThrow();

    private static ShortcodeVersionRules at(int minor) {
        return ShortcodeVersionRules.forVersion(HugoVersion.of(minor));
    }

    @Test
    void tweetOrXDependsOnTheVersion() {
        assertThat(at(122).tweetShortcodeName()).isEqualTo("tweet");
        assertThat(at(140).tweetShortcodeName()).isEqualTo("tweet");
        assertThat(at(141).tweetShortcodeName()).isEqualTo("x");
        assertThat(ShortcodeVersionRules.forVersion(null).tweetShortcodeName()).isEqualTo("x");
    }

    @Test
    void tweetIsFineBefore142DeprecatedFrom142AndAnErrorFrom156() {
        assertThat(at(122).check("tweet", List.of("user", "id"), null)).isEmpty();
        assertThat(at(141).check("tweet", List.of(), null)).isEmpty();
        assertThat(at(142).check("tweet", List.of(), null)).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(Severity.WARNING);
            assertThat(i.rule()).isEqualTo("shortcode-deprecated");
            assertThat(i.replacement()).contains("x");
        });
        assertThat(at(156).check("twitter", List.of(), null)).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(Severity.ERROR);
            assertThat(i.rule()).isEqualTo("shortcode-removed");
            assertThat(i.message()).contains("0.156.0").contains("use x");
        });
        assertThat(ShortcodeVersionRules.forVersion(HugoVersion.LATEST).check("tweet", List.of(), null))
                .extracting(VersionIssue::severity).containsExactly(Severity.ERROR);
        assertThat(at(156).isAvailable("tweet")).isFalse();
    }

    @Test
    void gistIsDeprecatedFrom143AndRemovedIn156() {
        assertThat(at(142).check("gist", List.of(), null)).isEmpty();
        assertThat(at(143).check("gist", List.of(), null)).extracting(VersionIssue::severity)
                .containsExactly(Severity.WARNING);
        assertThat(at(156).check("gist", List.of(), null)).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(Severity.ERROR);
            assertThat(i.replacement()).isEmpty();
        });
        assertThat(at(156).isAvailable("gist")).isFalse();
        assertThat(ShortcodeCatalog.builtins(HugoVersion.of(160)).entries()).extracting(ShortcodeEntry::name)
                .doesNotContain("gist", "tweet");
    }

    @Test
    void xBefore141FailsTheBuild() {
        assertThat(at(122).check("x", List.of("user", "id"), null)).singleElement().satisfies(i -> {
            assertThat(i.severity()).isEqualTo(Severity.ERROR);
            assertThat(i.replacement()).contains("tweet");
            assertThat(i.message()).contains("0.122.0");
        });
        assertThat(at(141).check("x", List.of(), null)).isEmpty();
        assertThat(at(122).isAvailable("x")).isFalse();
    }

    @Test
    void newYoutubeParametersAreFlaggedBelow125() {
        assertThat(at(122).check("youtube", List.of("id", "start", "title"), YOUTUBE)).singleElement()
                .satisfies(i -> {
                    assertThat(i.rule()).isEqualTo("shortcode-param-too-new");
                    assertThat(i.message()).contains("start").contains("0.125.0");
                });
        assertThat(at(125).check("youtube", List.of("start", "end", "loop"), YOUTUBE)).isEmpty();
    }

    @Test
    void anUnknownVersionOnlyAddsANoteToTweet() {
        ShortcodeVersionRules unknown = ShortcodeVersionRules.of(Optional.empty(), Set.of());
        assertThat(unknown.check("x", List.of(), null)).isEmpty();
        assertThat(unknown.check("youtube", List.of("start"), YOUTUBE)).isEmpty();
        assertThat(unknown.check("tweet", List.of(), null)).extracting(VersionIssue::severity)
                .containsExactly(Severity.INFO);
    }

    @Test
    void aMinimumPinOnlyFlagsWhatHoldsForEveryLaterVersion() {
        HugoVersionPin min110 = new HugoVersionPin(HugoVersion.of(110), HugoVersionPin.Kind.MINIMUM, false,
                "site config", "module.hugoVersion.min");
        ShortcodeVersionRules rules = ShortcodeVersionRules.of(Optional.of(min110), Set.of());
        assertThat(rules.check("x", List.of(), null)).isEmpty();
        assertThat(rules.tweetShortcodeName()).isEqualTo("x");
        HugoVersionPin min160 = new HugoVersionPin(HugoVersion.of(160), HugoVersionPin.Kind.MINIMUM, false,
                "site config", "module.hugoVersion.min");
        assertThat(ShortcodeVersionRules.of(Optional.of(min160), Set.of()).check("tweet", List.of(), null))
                .extracting(VersionIssue::severity).containsExactly(Severity.ERROR);
    }

    @Test
    void aShortcodeTheSiteDefinesItselfIsNeverFlagged() {
        ShortcodeVersionRules rules = ShortcodeVersionRules.of(Optional.of(HugoVersionPin.setting(HugoVersion.of(160))),
                Set.of("tweet"));
        assertThat(rules.check("tweet", List.of(), null)).isEmpty();
        assertThat(rules.isAvailable("tweet")).isTrue();
    }
}
