package io.recapstudio.ui;

import io.recapstudio.ui.common.ActionRegistry;
import io.recapstudio.ui.common.AppAction;
import io.recapstudio.ui.common.AppSettings;
import io.recapstudio.ui.common.DockPanelSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The feature panels docked at the right of every tab, each with a View menu toggle remembered in the settings. */
final class Docks {

    private final ActionRegistry actions;
    private final AppSettings settings;
    private final ObservableList<DockPanelSpec> specs = FXCollections.observableArrayList();
    private final Map<String, AppAction> toggles = new LinkedHashMap<>();

    Docks(ActionRegistry actions, AppSettings settings) {
        this.actions = actions;
        this.settings = settings;
    }

    /** Adds a panel kind; every open and future tab gets it, shown while its toggle is on. */
    void register(DockPanelSpec spec) {
        String key = "dock." + spec.id();
        AppAction toggle = AppAction.toggle("view.dock." + spec.id(), spec.title(), spec.accelerator(), () -> {
            // The tabs follow the selection property; the setting is written here.
        });
        toggle.selectedProperty().set(settings.getBoolean(key, false));
        toggle.selectedProperty().addListener((o, a, b) -> settings.put(key, b.toString()));
        actions.add(ActionRegistry.MenuSection.VIEW, toggle);
        toggles.put(spec.id(), toggle);
        specs.add(spec);
    }

    ObservableList<DockPanelSpec> specs() {
        return specs;
    }

    BooleanProperty visibleProperty(String id) {
        return toggles.get(id).selectedProperty();
    }

    List<String> ids() {
        return new ArrayList<>(toggles.keySet());
    }
}
