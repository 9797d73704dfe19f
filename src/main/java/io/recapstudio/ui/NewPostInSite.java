package io.recapstudio.ui;

import io.recapstudio.core.site.Site;
import io.recapstudio.core.site.SiteException;
import io.recapstudio.core.site.SiteLocator;
import io.recapstudio.core.site.archetype.BundleExistsException;
import io.recapstudio.core.site.archetype.NewBundleCreator;
import io.recapstudio.core.site.archetype.NewBundlePlan;
import io.recapstudio.core.site.archetype.NewBundleRequest;
import io.recapstudio.ui.common.AppSettings;
import io.recapstudio.ui.common.FileDialogs;
import io.recapstudio.ui.common.Notifier;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.stage.Window;

/**
 * File > New Post in Site…: asks for the site (the last one is proposed) and the title, makes the bundle from the
 * site's archetype (else by the conventions of the section's posts, with the author of the {@code newPost.author}
 * setting) in its recap section with the section's folder naming, the date now in the site's usual offset, and
 * opens it.
 */
final class NewPostInSite {

    static final String LAST_SITE_KEY = "newPost.site";
    /** The author new posts get where the site's posts name one (else the site's most frequent, to check). */
    static final String AUTHOR_KEY = "newPost.author";

    private final Window window;
    private final FileDialogs dialogs;
    private final Notifier notifier;
    private final AppSettings settings;
    private final Consumer<Path> open;

    NewPostInSite(Window window, FileDialogs dialogs, Notifier notifier, AppSettings settings, Consumer<Path> open) {
        this.window = window;
        this.dialogs = dialogs;
        this.notifier = notifier;
        this.settings = settings;
        this.open = open;
    }

    void run() {
        Path last = Optional.ofNullable(settings.get(LAST_SITE_KEY, null)).map(Path::of).orElse(null);
        Optional<Path> chosen = dialogs.chooseSiteFolder(window, last);
        if (chosen.isEmpty()) {
            return;
        }
        Optional<Path> root = SiteLocator.findRoot(chosen.get().toAbsolutePath());
        if (root.isEmpty()) {
            notifier.failure("Not a Hugo site", chosen.get() + " holds no hugo.toml, config.toml or config/_default "
                    + "(nor does a folder above it). Choose the site's root folder.");
            return;
        }
        Optional<String> title = dialogs.askPostTitle(window);
        if (title.isEmpty()) {
            return;
        }
        try {
            Site site = Site.open(root.get());
            NewBundleCreator creator = new NewBundleCreator(site, Clock.systemDefaultZone());
            NewBundlePlan plan = creator.plan(new NewBundleRequest(title.get(), null, null,
                    settings.get(AUTHOR_KEY, null)));
            Path index = creator.write(plan);
            settings.put(LAST_SITE_KEY, root.get().toString());
            notifier.info("Created " + root.get().relativize(plan.bundleDir()) + " from " + plan.source() + "."
                    + (plan.notes().isEmpty() ? "" : " Check: " + String.join("; ", plan.notes()) + "."));
            open.accept(index);
        } catch (BundleExistsException e) {
            notifier.failure("The post already exists", e.getMessage());
        } catch (SiteException | IllegalArgumentException | IOException e) {
            notifier.failure("Cannot create the post", e.getMessage());
        }
    }
}
