package io.recapstudio.ui.common;

/**
 * A feature panel docked at the right of every tab (front matter, media, shortcodes), with its View menu toggle.
 *
 * @param id          stable id, e.g. {@code front-matter} (the toggle action is {@code view.dock.ID})
 * @param title       tab title in the dock
 * @param accelerator shortcut of the View menu toggle, e.g. {@code "Shortcut+Shift+M"}, or null
 * @param factory     makes the panel for each open post
 */
public record DockPanelSpec(String id, String title, String accelerator, PostPanelFactory factory) {
}
