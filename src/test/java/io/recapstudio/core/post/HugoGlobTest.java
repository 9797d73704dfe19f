package io.recapstudio.core.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class HugoGlobTest {

    @Test
    void doubleStarWithBracesMatchesJpgAndPngAtAnyDepthButNotJpegOrWebp() {
        HugoGlob glob = HugoGlob.compile("**.{jpg,png}");

        assertThat(glob.matches("stage.jpg")).isTrue();
        assertThat(glob.matches("flickr/crowd-01.png")).isTrue();
        assertThat(glob.matches("a/b/c.jpg")).isTrue();
        assertThat(glob.matches("booth.jpeg")).isFalse();
        assertThat(glob.matches("booth.webp")).isFalse();
        assertThat(glob.matches("notes.jpg.txt")).isFalse();
    }

    @Test
    void matchingIgnoresCaseOfNameAndPattern() {
        assertThat(HugoGlob.compile("**.{jpg,png}").matches("Zeta.JPG")).isTrue();
        assertThat(HugoGlob.compile("Photos/*.JPG").matches("photos/a.jpg")).isTrue();
        assertThat(HugoGlob.compile("[A-C]*").matches("beta.png")).isTrue();
    }

    @Test
    void singleStarAndQuestionMarkDoNotCrossSlashes() {
        HugoGlob star = HugoGlob.compile("flickr/*");

        assertThat(star.matches("flickr/a.jpg")).isTrue();
        assertThat(star.matches("flickr/old/b.jpg")).isFalse();
        assertThat(HugoGlob.compile("*").matches("a/b")).isFalse();
        assertThat(HugoGlob.compile("a?b").matches("a/b")).isFalse();
        assertThat(HugoGlob.compile("a?b").matches("axb")).isTrue();
        assertThat(HugoGlob.compile("**/x.jpg").matches("x.jpg")).isFalse();
        assertThat(HugoGlob.compile("**/x.jpg").matches("a/b/x.jpg")).isTrue();
    }

    @Test
    void imgprocLookupMatchesPartialNamesSoTheFirstOfSeveralWins() {
        HugoGlob lookup = HugoGlob.compile("**deep-dive1*");

        assertThat(lookup.matches("deep-dive1.jpg")).isTrue();
        assertThat(lookup.matches("deep-dive10.jpg")).isTrue();
        assertThat(lookup.matches("photos/deep-dive1-featured.png")).isTrue();
        assertThat(lookup.matches("deep-dive2.jpg")).isFalse();
    }

    @Test
    void classesListsRangesAndNegation() {
        assertThat(HugoGlob.compile("img[123].jpg").matches("img2.jpg")).isTrue();
        assertThat(HugoGlob.compile("img[123].jpg").matches("img4.jpg")).isFalse();
        assertThat(HugoGlob.compile("img[!123].jpg").matches("img4.jpg")).isTrue();
        assertThat(HugoGlob.compile("img[0-4].jpg").matches("img3.jpg")).isTrue();
        assertThat(HugoGlob.compile("img[!0-4].jpg").matches("img7.jpg")).isTrue();
    }

    @Test
    void alternativesNestAndHoldWildcards() {
        HugoGlob glob = HugoGlob.compile("{photos/*,banner{-wide,}}.{jpg,png}");

        assertThat(glob.matches("photos/a.png")).isTrue();
        assertThat(glob.matches("banner.jpg")).isTrue();
        assertThat(glob.matches("banner-wide.png")).isTrue();
        assertThat(glob.matches("banner-tall.png")).isFalse();
    }

    @Test
    void specialCharactersOutsideBracesAndEscapesAreLiteral() {
        assertThat(HugoGlob.compile("a,b}.jpg").matches("a,b}.jpg")).isTrue();
        assertThat(HugoGlob.compile("\\*.jpg").matches("*.jpg")).isTrue();
        assertThat(HugoGlob.compile("\\*.jpg").matches("x.jpg")).isFalse();
        assertThat(HugoGlob.compile("a.b+(c)").matches("a.b+(c)")).isTrue();
        assertThat(HugoGlob.compile("a.b").matches("axb")).isFalse();
    }

    @Test
    void malformedGlobsAreRejectedWithAReason() {
        assertThatThrownBy(() -> HugoGlob.compile("{a,b")).hasMessageContaining("unclosed '{'");
        assertThatThrownBy(() -> HugoGlob.compile("[a-z0-9].jpg")).hasMessageContaining("single range");
        assertThatThrownBy(() -> HugoGlob.compile("[abc")).isInstanceOf(IllegalArgumentException.class);
        assertThat(HugoGlob.tryCompile("[]")).isEmpty();
        assertThat(HugoGlob.tryCompile("**.jpg")).isPresent();
    }

    @Test
    void manyStarsAgainstALongNameMatchInLinearTime() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            String name = "a".repeat(20_000);
            assertThat(HugoGlob.compile("*a".repeat(40) + "b").matches(name)).isFalse();
            assertThat(HugoGlob.compile("**a".repeat(200) + "**b").matches(name)).isFalse();
            assertThat(HugoGlob.compile("*a".repeat(40)).matches(name)).isTrue();
            assertThat(HugoGlob.compile("{*a,a*}".repeat(50) + "b").matches(name + "/x")).isFalse();
            assertThat(HugoGlob.compile("**" + "?".repeat(300)).matches(name)).isTrue();
        });
    }

    @Test
    void bracesNestedDeeperThanAHundredLevelsAreRefused() {
        assertThatThrownBy(() -> HugoGlob.compile("{a,".repeat(1_000) + "b" + "}".repeat(1_000)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deeper than 100 levels");
        assertThat(HugoGlob.compile("{a,".repeat(50) + "b" + "}".repeat(50)).matches("b")).isTrue();
    }

    @Test
    void permalinkPathGlobsUseTheSameGlob() {
        assertThat(HugoGlob.compile("/blog/**").matches("/blog/2024/post")).isTrue();
        assertThat(HugoGlob.compile("/blog/*").matches("/blog/2024/post")).isFalse();
        assertThat(HugoGlob.compile("/{blog,news}/*").matches("/news/post")).isTrue();
    }
}
