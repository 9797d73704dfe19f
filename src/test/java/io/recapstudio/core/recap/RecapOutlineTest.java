package io.recapstudio.core.recap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recapstudio.core.recap.RecapOutline.Event;
import io.recapstudio.core.site.SiteIndex;
import io.recapstudio.core.workspace.SiteContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecapOutlineTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 10);

    @Test
    void aThreeDayEventHasTheUsualSectionsAndOneADayInTheDefaultStyle() {
        String outline = RecapOutline.of(new Event(TUESDAY, TUESDAY.plusDays(2), "{{< gallery match=\"*.jpg\" >}}"),
                HeadingStyle.DEFAULT);

        assertThat(outline).startsWith("<!-- Introduction:")
                .endsWith("## Gallery\n\n{{< gallery match=\"*.jpg\" >}}\n");
        assertThat(outline.lines().filter(l -> l.startsWith("#")).toList()).containsExactly(
                "## Day 1: Tuesday, November 10", "## Day 2: Wednesday, November 11", "## Day 3: Thursday, November 12",
                "## Talks you might have missed", "## Thank you", "## Gallery");
    }

    @Test
    void theSitesStyleGivesTheLevelUnderliningAndCase() {
        String outline = RecapOutline.of(new Event(TUESDAY, TUESDAY, ""), new HeadingStyle(2, true, true));

        assertThat(outline).contains("\nThe Day: Tuesday, November 10\n-----------------------------\n")
                .contains("\nTalks You Might Have Missed\n---------------------------\n")
                .contains("\nThank You\n---------\n").endsWith("<!-- The event's photos. -->\n");
        assertThat(RecapOutline.of(new Event(TUESDAY, TUESDAY, ""), new HeadingStyle(3, false, false)))
                .contains("\n### Thank you\n");
    }

    @Test
    void anEventEndingBeforeItStartsOrLongerThanTwoWeeksIsRefusedWithTheDates() {
        assertThatThrownBy(() -> new Event(TUESDAY, TUESDAY.minusDays(1), "")).hasMessageContaining("2026-11-09");
        assertThatThrownBy(() -> new Event(TUESDAY, TUESDAY.plusDays(14), "")).hasMessageContaining("14 days");
    }

    @Test
    void theStyleIsLearnedFromTheTopHeadingsOfMostPosts() {
        List<String> atxTitle = List.of("Intro.\n\n## What We Learned\n\n### A Detail\n",
                "## Day One Highlights\n\ntext\n\n## The Hallway Track\n",
                "```\n# not a heading\n```\n\n## Our Booth\n");
        assertThat(HeadingStyle.learn(atxTitle)).isEqualTo(new HeadingStyle(2, false, true));

        List<String> setextSentence = List.of("Intro.\n\nWhat we learned\n---------------\n\nText.\n",
                "Text.\n\nThe hallway track\n---\n\nMore.\n\nOur booth and demos\n---\n");
        assertThat(HeadingStyle.learn(setextSentence)).isEqualTo(new HeadingStyle(2, true, false));

        assertThat(HeadingStyle.learn(List.of("### Keynote recap\n\n#### Details here\n", "### Keynote notes\n")))
                .isEqualTo(new HeadingStyle(3, false, false));
        assertThat(HeadingStyle.learn(List.of("No headings at all.\n"))).isEqualTo(HeadingStyle.DEFAULT);
    }

    @Test
    void theSitesStyleIsReadFromItsRecentPostsOfTheSection(@TempDir Path site)
            throws IOException {
        Files.writeString(site.resolve("hugo.toml"), "title = 'Reef'\n");
        for (int i = 1; i <= 3; i++) {
            Path post = Files.createDirectories(site.resolve("content/blog/p" + i));
            Files.writeString(post.resolve("index.md"), "---\ntitle: P" + i + "\ndate: 2026-0" + i
                    + "-01\n---\n\nIntro.\n\n### What We Saw There\n\nText.\n");
        }
        Path other = Files.createDirectories(site.resolve("content/docs/d"));
        Files.writeString(other.resolve("index.md"), "---\ntitle: D\n---\n\n# install it now\n");
        SiteIndex index = SiteContext.open(site).index()
                .orElseThrow();

        assertThat(HeadingStyle.ofSite(index, Optional.of("blog")))
                .isEqualTo(new HeadingStyle(3, false, true));
    }
}
