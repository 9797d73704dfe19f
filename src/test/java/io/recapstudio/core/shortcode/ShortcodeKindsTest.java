package io.recapstudio.core.shortcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ShortcodeKindsTest {

    private final ShortcodeKinds builtIn = ShortcodeKinds.builtIn();

    @Test
    void shortcodesWhoseTemplatesReadInnerContentRequireIt() {
        for (String name : new String[] {"imgproc", "note", "alert", "warning", "tip", "info", "details",
            "highlight", "tabpane", "tab", "card", "cardpane", "pageinfo", "blocks/cover", "blocks/section"}) {
            assertThat(builtIn.inner(name)).as(name).isEqualTo(InnerContent.REQUIRED);
        }
    }

    @Test
    void embedsAndLinksNeverTakeInnerContent() {
        for (String name : new String[] {"tweet", "x", "twitter", "youtube", "vimeo", "gist", "gallery", "figure",
            "ref", "relref", "param", "instagram", "blocks/link-down"}) {
            assertThat(builtIn.inner(name)).as(name).isEqualTo(InnerContent.NEVER);
        }
    }

    @Test
    void aSitesOwnBlocksShortcodeIsUnknownUntilItsTemplateIsRead() {
        assertThat(builtIn.inner("blocks/photo_wall")).isEqualTo(InnerContent.UNKNOWN);
        assertThat(builtIn.inner("sitebox")).isEqualTo(InnerContent.UNKNOWN);
        ShortcodeKinds site = ShortcodeKinds.of(Map.of("blocks/photo_wall", InnerContent.NEVER,
                "youtube", InnerContent.REQUIRED));
        ShortcodeKinds chained = site.orElse(builtIn);
        assertThat(chained.inner("blocks/photo_wall")).isEqualTo(InnerContent.NEVER);
        assertThat(chained.inner("youtube")).isEqualTo(InnerContent.REQUIRED);
        assertThat(chained.inner("imgproc")).isEqualTo(InnerContent.REQUIRED);
        assertThat(ShortcodeKinds.unknown().inner("imgproc")).isEqualTo(InnerContent.UNKNOWN);
    }
}
