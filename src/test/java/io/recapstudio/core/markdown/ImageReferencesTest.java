package io.recapstudio.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.markdown.bench.RecapFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Image references read piece by piece, remembered between checks, are those of the whole body. */
class ImageReferencesTest {

    private static final String FRONT = "---\ntitle: T\n---\n";

    @Test
    void piecewiseReadingFindsWhatTheWholeBodyHolds() {
        List<String> texts = List.of(
                RecapFixture.text(false),
                RecapFixture.text(true),
                FRONT + "# One\n\n![a](a.png)\n\n# Two\n\n<img src=\"b.png\" srcset=\"c.png 2x, d.png 3x\">\n",
                FRONT + "# One\n\n![a][ref]\n\n# Two\n\n[ref]: far.png\n",
                FRONT + "# One\n\n```\n![not](code.png)\n\n# not a heading\n```\n\n# Two\n\n![b](b.png)\n",
                FRONT + "- item\n\n# Heading\n  ![c](c.png)\n\n<div>\n\n# Two\n\n</div>\n![d](d.png)\n",
                FRONT + "> quote ![q](q.png)\n\n# Three\n\n![e](e.png \"title\")\n");
        ImageReferences finder = ImageReferences.remembering();
        for (String text : texts) {
            int body = text.indexOf("---\n", 4) + 4;
            assertThat(finder.find(text, body)).as(text).isEqualTo(ImageReferences.of(text, body));
        }
    }

    @Test
    void anEditInOnePieceShiftsTheRememberedReferencesAfterIt() {
        ImageReferences finder = ImageReferences.remembering();
        String text = RecapFixture.text(false);
        int body = text.indexOf("---\n", 4) + 4;
        finder.find(text, body);
        int at = text.indexOf("\n\n", text.length() / 3);
        for (String typed : List.of("x", "xy ![new](new.png)", "")) {
            String edited = text.substring(0, at) + typed + text.substring(at);
            assertThat(finder.find(edited, body)).isEqualTo(ImageReferences.of(edited, body));
        }
    }
}
