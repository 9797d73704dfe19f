package io.recapstudio.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.ui.media.MediaPanel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole-number settings read as whole numbers, with the fallback for anything else. */
class AppSettingsTest {

    @TempDir
    Path dir;

    @Test
    void getIntReadsWholeNumbersAndFallsBackForTheRest() throws Exception {
        Files.writeString(dir.resolve(AppSettings.FILE_NAME), "a=42\nb= 7 \nc=3.5\nd=soon\ne=99999999999\n");
        AppSettings settings = AppSettings.load(dir);
        assertThat(settings.getInt("a", -1)).isEqualTo(42);
        assertThat(settings.getInt("b", -1)).isEqualTo(7);
        assertThat(settings.getInt("c", -1)).isEqualTo(-1);
        assertThat(settings.getInt("d", -1)).isEqualTo(-1);
        assertThat(settings.getInt("e", -1)).isEqualTo(-1);
        assertThat(settings.getInt("missing", 5)).isEqualTo(5);
    }

    @Test
    void theMediaMaxWidthIsReadOneWayForThePanelAndThePreferences() {
        assertThat(MediaPanel.maxWidthOf(" 1600 ")).isEqualTo(1600);
        assertThat(MediaPanel.maxWidthOf("-5")).isZero();
        assertThat(MediaPanel.maxWidthOf("wide")).isZero();
        assertThat(MediaPanel.maxWidthOf("")).isZero();
        assertThat(MediaPanel.maxWidthOf(null)).isZero();
    }
}
