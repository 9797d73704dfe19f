package io.recapstudio.core.recap;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.recap.TalkList.Style;
import io.recapstudio.core.recap.TalkList.Talk;
import io.recapstudio.core.shortcode.catalog.ShortcodeCatalog;
import io.recapstudio.core.shortcode.compose.UrlRecognizer;
import org.junit.jupiter.api.Test;

class TalkListTest {

    private static final UrlRecognizer URLS = new UrlRecognizer(ShortcodeCatalog.builtins());

    private static Talk one(String line) {
        return TalkList.parse(line).get(0);
    }

    @Test
    void theLineTitleDashSpeakerCommaCompanyUrlBecomesALinkToTheTalk() {
        String out = TalkList.format("Tuning the Reef Scheduler - Russ Palmer, Tidewater "
                + "https://www.youtube.com/watch?v=dQw4w9WgXcQ\n", Style.LINKS, URLS);

        assertThat(out).isEqualTo("- [Tuning the Reef Scheduler - Russ Palmer, Tidewater]"
                + "(https://www.youtube.com/watch?v=dQw4w9WgXcQ)\n");
    }

    @Test
    void manyRealFormatsGiveTitleSpeakerCompanyAndAddress() {
        assertThat(one("* Lighthouse Mode Deep Dive – Amaia Etxeberria (Saltmarsh Labs): "
                + "https://youtu.be/abcdefghijk"))
                .isEqualTo(new Talk("Lighthouse Mode Deep Dive", "Amaia Etxeberria", "Saltmarsh Labs",
                        "https://youtu.be/abcdefghijk"));
        assertThat(one("1. [Keynote: Ten Years of Tides - Ana Kelp, Reef Foundation](https://vimeo.com/123456789)"))
                .isEqualTo(new Talk("Keynote: Ten Years of Tides", "Ana Kelp", "Reef Foundation",
                        "https://vimeo.com/123456789"));
        assertThat(one("Scaling Buoys by Mira Osei <https://example.org/talks/buoys>"))
                .isEqualTo(new Talk("Scaling Buoys", "Mira Osei", "", "https://example.org/talks/buoys"));
        assertThat(one("Harbor Metrics 101\tBob Stone\tQuayside\thttps://youtu.be/abcdefghijk"))
                .isEqualTo(new Talk("Harbor Metrics 101", "Bob Stone", "Quayside", "https://youtu.be/abcdefghijk"));
        assertThat(one("| Harbor Metrics 101 | Bob Stone | [video](https://youtu.be/abcdefghijk) |"))
                .isEqualTo(new Talk("Harbor Metrics 101", "Bob Stone", "video", "https://youtu.be/abcdefghijk"));
        assertThat(one("Ferry Ops — Ana Kelp & Bob Stone, Quayside (https://example.org/ferry)."))
                .isEqualTo(new Talk("Ferry Ops", "Ana Kelp & Bob Stone", "Quayside", "https://example.org/ferry"));
        assertThat(one("Wave Forms - Part 2 - Dana Lee, Acme https://example.org/w"))
                .as("the last dash separates the speaker").isEqualTo(new Talk("Wave Forms - Part 2", "Dana Lee",
                        "Acme", "https://example.org/w"));
        assertThat(one("Just a Title Without a Link")).isEqualTo(new Talk("Just a Title Without a Link", "", "", ""));
    }

    @Test
    void aSchedPageGivesItsTitleFromItsAddressAndAYouTubeAddressAloneStaysAnAddress() {
        assertThat(one("https://kccncna2026.sched.com/event/1i7kI/keynote-welcome-opening-remarks").title())
                .isEqualTo("Keynote welcome opening remarks");
        assertThat(TalkList.format("https://youtu.be/abcdefghijk", Style.LINKS, URLS))
                .isEqualTo("- <https://youtu.be/abcdefghijk>\n");
    }

    @Test
    void aTitleLineThenItsAddressOnTheNextLineIsOneTalkAndTableRulesAndHeadersAreLeftOut() {
        String pasted = "| Title | Speaker | Video |\n|---|---|---|\n"
                + "| Ferry Ops | Ana Kelp | https://youtu.be/abcdefghijk |"
                + "\n\nTide Tables - Bob Stone\nhttps://vimeo.com/123456789\n";

        assertThat(TalkList.parse(pasted)).containsExactly(
                new Talk("Ferry Ops", "Ana Kelp", "", "https://youtu.be/abcdefghijk"),
                new Talk("Tide Tables", "Bob Stone", "", "https://vimeo.com/123456789"));
    }

    @Test
    void embedsPutEachVideoUnderItsLabelAndLinkWhatIsNoVideo() {
        String out = TalkList.format("Ferry Ops - Ana Kelp, Quayside https://www.youtube.com/watch?v=abcdefghijk\n"
                + "Tide Tables - Bob Stone https://vimeo.com/123456789\n"
                + "Buoys [draft] - Mira Osei https://example.org/buoys\n", Style.EMBEDS, URLS);

        assertThat(out).isEqualTo("**Ferry Ops - Ana Kelp, Quayside**\n\n{{< youtube abcdefghijk >}}\n\n"
                + "**Tide Tables - Bob Stone**\n\n{{< vimeo 123456789 >}}\n\n"
                + "- [Buoys \\[draft\\] - Mira Osei](https://example.org/buoys)\n");
    }

    @Test
    void nothingPastedGivesNothing() {
        assertThat(TalkList.parse("\n  \n")).isEmpty();
        assertThat(TalkList.format("", Style.LINKS, URLS)).isEmpty();
    }
}
