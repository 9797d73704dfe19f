package io.recapstudio.core.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserFoldersTest {

    private static final Path HOME = Path.of("/home/ada");

    @Test
    void linuxFollowsTheXdgVariablesAndTheirDefaults() {
        UserFolders defaults = UserFolders.resolve("Linux", HOME, k -> null, k -> null);
        assertThat(defaults.config()).isEqualTo(Path.of("/home/ada/.config/recap-studio"));
        assertThat(defaults.data()).isEqualTo(Path.of("/home/ada/.local/share/recap-studio"));
        assertThat(defaults.state()).isEqualTo(Path.of("/home/ada/.local/state/recap-studio"));
        assertThat(defaults.cache()).isEqualTo(Path.of("/home/ada/.cache/recap-studio"));

        Map<String, String> env = Map.of("XDG_CONFIG_HOME", "/x/c", "XDG_STATE_HOME", "relative/ignored",
                "XDG_CACHE_HOME", "/x/k");
        UserFolders set = UserFolders.resolve("Linux", HOME, env::get, k -> null);
        assertThat(set.config()).isEqualTo(Path.of("/x/c/recap-studio"));
        assertThat(set.state()).as("a relative XDG path is invalid and ignored")
                .isEqualTo(Path.of("/home/ada/.local/state/recap-studio"));
        assertThat(set.cache()).isEqualTo(Path.of("/x/k/recap-studio"));
    }

    @Test
    void systemPropertiesWinOnEveryPlatform() {
        Map<String, String> props = Map.of("recap.data.dir", "/portable/data");
        assertThat(UserFolders.resolve("Windows 11", HOME, k -> null, props::get).data())
                .isEqualTo(Path.of("/portable/data"));
        assertThat(UserFolders.resolve("Mac OS X", HOME, k -> null, k -> null).cache())
                .isEqualTo(Path.of("/home/ada/Library/Caches/Recap Studio"));
    }
}
