package io.recapstudio.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recapstudio.ui.common.ActionRegistry.MenuSection;
import org.junit.jupiter.api.Test;

class ActionRegistryTest {

    @Test
    void aShortcutClaimedTwiceIsRefusedNamingBothActions() {
        ActionRegistry registry = new ActionRegistry();
        registry.add(MenuSection.INSERT, AppAction.of("insert.link", "Link", "Shortcut+K", () -> { }));

        assertThatThrownBy(() -> registry.add(MenuSection.INSERT,
                AppAction.of("palette.search", "Insert Shortcode…", "Shortcut+K", () -> { })))
                .hasMessageContaining("palette.search").hasMessageContaining("insert.link");
    }

    @Test
    void actionsWithoutShortcutsAndDistinctShortcutsLiveTogether() {
        ActionRegistry registry = new ActionRegistry();
        registry.add(MenuSection.FILE, AppAction.of("a", "A", null, () -> { }));
        registry.add(MenuSection.FILE, AppAction.of("b", "B", null, () -> { }));
        registry.add(MenuSection.FILE, AppAction.of("c", "C", "Shortcut+S", () -> { }));
        registry.add(MenuSection.FILE, AppAction.of("d", "D", "Shortcut+Shift+S", () -> { }));

        assertThat(registry.all()).extracting(AppAction::id).containsExactly("a", "b", "c", "d");
    }
}
