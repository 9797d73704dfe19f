package io.recapstudio.cli;

import io.recapstudio.core.site.Site;
import io.recapstudio.core.site.SiteException;
import io.recapstudio.core.site.archetype.ArchetypeException;
import io.recapstudio.core.site.archetype.BundleExistsException;
import io.recapstudio.core.site.archetype.NewBundleCreator;
import io.recapstudio.core.site.archetype.NewBundlePlan;
import io.recapstudio.core.site.archetype.NewBundleRequest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code recap new --site ROOT --title TITLE [--date DATE] [--section NAME] [--author NAME]}: a new page bundle
 * from the site's archetype, else by the conventions of the section's posts. Prints the new {@code index.md} (and,
 * on stderr, what it was made from and the guessed values to check). Exit 1 when the bundle exists already or the
 * archetype cannot be evaluated; 2 for a usage error, a site that cannot be read, or a failed write.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Create a new page bundle in a Hugo site, from the site's archetype or, without one, by the"
                + " conventions of the section's posts (keys, order, date style, url, tags, resources).",
                "The folder is named like the section's other bundles (e.g. 2024-05-06-my-title); existing folders "
                        + "are never overwritten. Prints the new index.md."})
final class NewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--site", required = true, paramLabel = "ROOT", description = "The Hugo site's root folder.")
    Path site;

    @Option(names = "--title", required = true, paramLabel = "TITLE", description = "The post's title.")
    String title;

    @Option(names = "--date", paramLabel = "DATE",
            description = "2024-05-06, 2024-05-06T10:00 or 2024-05-06 10:00:00+02:00 (default: now).")
    String date;

    @Option(names = "--author", paramLabel = "NAME",
            description = "The author, where the section's posts name one (default: the section's most frequent"
                    + " author, marked '# check').")
    String author;

    @Option(names = "--section", paramLabel = "NAME",
            description = "The section (default: the one most posts are in, else blog or posts).")
    String section;

    Clock clock = Clock.systemDefaultZone();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            NewBundleCreator creator = new NewBundleCreator(Site.open(site), clock);
            NewBundlePlan plan = creator.plan(new NewBundleRequest(title, section, date, author));
            Path index = creator.write(plan);
            out.println(index);
            err.println("recap new: made from " + plan.source());
            plan.notes().forEach(note -> err.println("recap new: check " + note));
            out.flush();
            return RecapCommand.OK;
        } catch (BundleExistsException | ArchetypeException e) {
            err.println("recap new: " + e.getMessage());
            return RecapCommand.INPUT_ERRORS;
        } catch (SiteException | IllegalArgumentException e) {
            err.println("recap new: " + e.getMessage());
            return RecapCommand.USAGE_OR_IO;
        } catch (IOException e) {
            err.println("recap new: cannot write the bundle: " + e.getMessage() + "; nothing was created");
            return RecapCommand.USAGE_OR_IO;
        }
    }
}
