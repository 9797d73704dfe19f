package io.recapstudio.ui.export;

import io.recapstudio.core.export.ExportOptions;
import io.recapstudio.core.export.ExportOutcome;
import io.recapstudio.core.export.ExportPlan;
import io.recapstudio.core.export.ExportPlanner;
import io.recapstudio.core.export.ExportTarget;
import io.recapstudio.core.export.HugoVerifier;
import io.recapstudio.core.export.PlannedFile;
import io.recapstudio.core.post.PageBundle;
import io.recapstudio.core.post.Post;
import io.recapstudio.core.site.BundleNamePattern;
import io.recapstudio.core.site.Section;
import io.recapstudio.core.site.Site;
import io.recapstudio.core.text.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The export dialog's logic without a toolkit: the site, its sections, the bundle folder name from the section's
 * pattern, and the plan for the post as the editor holds it. Recent sites are kept as a {@code |}-separated list.
 */
final class ExportModel {

    static final String RECENT_SITES_KEY = "export.recentSites";
    private static final int MAX_RECENT = 8;

    private final Path postFile;
    private final Post post;

    ExportModel(Path postFile, Post post) {
        this.postFile = postFile;
        this.post = post;
    }

    /** The site at {@code root}, or a message saying why there is none. */
    static Site openSite(Path root) {
        return Site.open(root);
    }

    static List<String> sections(Site site) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        names.add(site.defaultSection());
        site.sections().stream().map(Section::name).filter(n -> !n.isEmpty()).forEach(names::add);
        return new ArrayList<>(names);
    }

    /** The bundle folder name the section's pattern gives this post. */
    String folderName(Site site, String section) {
        ExportTarget target = ExportPlanner.siteTarget(site, Optional.of(section), Optional.empty(), post);
        Path sectionDir = site.sectionFolderForNewPosts(section).toAbsolutePath().normalize();
        return sectionDir.relativize(target.bundleDir()).toString().replace('\\', '/');
    }

    /** The pattern a section's bundles follow, for the hint under the folder field. */
    static String patternOf(Site site, String section) {
        BundleNamePattern pattern = site.bundleNamePattern(section);
        return pattern.toString();
    }

    /** The plan for exporting into {@code section}/{@code folderName} of {@code site}. */
    ExportPlan plan(Site site, String section, String folderName, ExportOptions options) throws IOException {
        Path sectionDir = site.sectionFolderForNewPosts(section).toAbsolutePath().normalize();
        Path bundleDir = sectionDir.resolve(folderName).normalize();
        if (folderName.isBlank() || !bundleDir.startsWith(sectionDir) || bundleDir.equals(sectionDir)) {
            throw new IllegalArgumentException("the folder name must name a folder inside " + sectionDir);
        }
        PageBundle bundle = PageBundle.open(postFile.getFileName().toString().equals(PageBundle.INDEX)
                ? postFile.getParent() : postFile).withPost(post);
        ExportTarget target = new ExportTarget(bundleDir, Optional.of(site), Optional.of(section));
        return ExportPlanner.standard().plan(bundle, target, options);
    }

    /** The plan as text: the file tree with what changes, removed files, and the post's changed lines. */
    static String describe(ExportPlan plan) {
        StringBuilder text = new StringBuilder();
        text.append(plan.target().bundleDir()).append(!plan.targetExists() ? "  (new)\n"
                : plan.notABundle() != null ? "  (exists, and is not a page bundle: will not be replaced)\n"
                : "  (exists: will be replaced)\n");
        for (PlannedFile file : plan.files()) {
            String mark = switch (file.change()) {
                case ADDED -> "+ ";
                case CHANGED -> "~ ";
                case UNCHANGED -> "= ";
            };
            text.append("  ").append(mark).append(file.name()).append("  ").append(humanSize(file.size()))
                    .append(file.maxWidth() == null ? "" : "  (downscaled to " + file.maxWidth() + " px wide)")
                    .append('\n');
        }
        plan.removed().forEach(name -> text.append("  - ").append(name).append("  (removed)\n"));
        if (!plan.postDiff().isEmpty()) {
            text.append("\nChanges to index.md:\n");
            plan.postDiff().forEach(line -> text.append("  ").append(line).append('\n'));
        }
        return text.toString();
    }

    /** The line saying where the export writes, as the dialog shows it before anything is written. */
    static String targetLine(ExportPlan plan) {
        return "Export to " + folderText(plan.target().bundleDir()) + (plan.targetExists() && plan.notABundle() == null
                ? "  (replacing the bundle there)" : "");
    }

    /**
     * What an export did, for the dialog: the folder written (or that nothing was), then Hugo's verdict with its
     * problems, those in the post at the post's own lines.
     */
    static String outcomeText(ExportPlan plan, ExportOutcome outcome) {
        StringBuilder text = new StringBuilder();
        outcome.written().ifPresentOrElse(report -> text.append("Exported ").append(report.files())
                .append(" file(s), ").append(humanSize(report.bytes())).append(", to ")
                .append(folderText(report.bundleDir()))
                .append(report.replaced() ? " (replaced the bundle that was there)." : " (a new bundle).")
                .append('\n'), () -> text.append("Nothing was written: the site is as it was.\n"));
        outcome.build().ifPresent(build -> {
            text.append(build.succeeded() ? "Hugo built the site with the bundle (in a temporary copy of the site)."
                    : "Hugo could not build the site with the bundle" + (outcome.written().isPresent()
                    ? "; it was exported anyway (Export despite errors)." : "; fix the problems below, or export"
                    + " anyway (Export despite errors).")).append('\n');
            Path index = plan.target().bundleDir().resolve(PageBundle.INDEX);
            for (HugoVerifier.Problem problem : build.problems()) {
                boolean inPost = problem.file().map(f -> f.toAbsolutePath().normalize().equals(index)).orElse(false);
                text.append("  ").append(inPost ? PageBundle.INDEX + ":" + problem.line() + ":" + problem.column()
                        + "  " : "").append(problem.message()).append('\n');
            }
        });
        return text.toString();
    }

    private static String folderText(Path folder) {
        return folder + java.io.File.separator;
    }

    static String summary(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long others = diagnostics.size() - errors;
        return errors == 0 && others == 0 ? "Checks: no problems" : "Checks: " + errors + " error(s), " + others
                + " warning(s) or note(s)";
    }

    static String humanSize(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        return bytes < 1024 * 1024 ? (bytes / 1024) + " KB" : String.format("%.1f MB", bytes / 1048576.0);
    }

    static List<Path> recentSites(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split("\\|")).filter(s -> !s.isBlank()).map(Path::of)
                .filter(Files::isDirectory).toList();
    }

    static String rememberSite(String stored, Path site) {
        List<String> all = new ArrayList<>();
        all.add(site.toAbsolutePath().normalize().toString());
        recentSites(stored).stream().map(Path::toString).filter(s -> !all.contains(s)).forEach(all::add);
        return all.stream().limit(MAX_RECENT).collect(Collectors.joining("|"));
    }
}
