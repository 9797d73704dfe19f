package io.recapstudio.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.recapstudio.core.export.GitRepos;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code recap export --site ROOT --commit}: the bundle as a commit on a new branch, through the command line. */
class ExportCommitCommandTest {

    private static final String BRANCH = "recap/2026-10-14-harbor-day-2026";

    @TempDir
    Path dir;

    private Path site;
    private Path bundle;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeEach
    void siteInGitAndABundle() throws IOException {
        site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("hugo.toml"), "title = \"Reef\"\n");
        Path old = Files.createDirectories(site.resolve("content/blog/2024-01-02-old-news"));
        Files.writeString(old.resolve("index.md"), "---\ntitle: Old news\ndate: 2024-01-02\n---\n\nOld.\n");
        GitRepos.initAndCommitAll(site);
        Files.writeString(site.resolve("hugo.toml"), "title = \"Reef (draft)\"\n");
        Files.writeString(site.resolve("notes.txt"), "mine\n");
        bundle = Files.createDirectories(dir.resolve("harbor-day"));
        Files.writeString(bundle.resolve("index.md"), "---\ntitle: \"Harbor Day 2026\"\ndate: 2026-10-14\n---\n\n"
                + "![Stage](stage.jpg)\n");
        Files.write(bundle.resolve("stage.jpg"), new byte[] {1, 2, 3});
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return RecapCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private String branchId(Path workTree, String branch) throws IOException {
        try (Git git = Git.open(workTree.toFile())) {
            Repository repo = git.getRepository();
            var id = repo.resolve("refs/heads/" + branch);
            return id == null ? null : id.name();
        }
    }

    @Test
    void commitMakesTheBranchSaysThePushCommandAndLeavesTheUsersRepositoryAsItWas() throws IOException {
        Map<String, String> before = GitRepos.userState(site);

        int exit = run("export", bundle.toString(), "--site", site.toString(), "--commit");

        assertThat(exit).as(err.toString()).isZero();
        String id = branchId(site, BRANCH);
        assertThat(id).isNotNull();
        assertThat(out.toString()).contains("committed 2 file(s) as content/blog/2026-10-14-harbor-day-2026/ on the"
                + " new branch " + BRANCH + ": " + id).contains("push -u origin " + BRANCH);
        assertThat(GitRepos.userState(site)).isEqualTo(before);
        assertThat(site.resolve("content/blog/2026-10-14-harbor-day-2026")).doesNotExist();
    }

    @Test
    void dryRunPrintsTheBranchAndTheFilesAndWritesNotEvenAnObject() throws IOException {
        Map<String, String> before = GitRepos.userState(site);
        Map<String, Long> objects = GitRepos.objects(site.resolve(".git"));

        int exit = run("export", bundle.toString(), "--site", site.toString(), "--commit", "--dry-run");

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("plan: commit 2 file(s) as content/blog/2026-10-14-harbor-day-2026/ on"
                + " the new branch " + BRANCH).contains("  + index.md").contains("  + stage.jpg (3 bytes)")
                .contains("plan: message: Add the post \"Harbor Day 2026\"").contains("nothing written");
        assertThat(branchId(site, BRANCH)).isNull();
        assertThat(GitRepos.objects(site.resolve(".git"))).isEqualTo(objects);
        assertThat(GitRepos.userState(site)).isEqualTo(before);
    }

    @Test
    void anExistingBranchIsRefusedWithExitOne() throws IOException {
        assertThat(run("export", bundle.toString(), "--site", site.toString(), "--commit")).isZero();
        String first = branchId(site, BRANCH);

        assertThat(run("export", bundle.toString(), "--site", site.toString(), "--commit")).isEqualTo(1);

        assertThat(err.toString()).startsWith("recap export: refused: the branch " + BRANCH + " exists already")
                .doesNotContain("Exception");
        assertThat(branchId(site, BRANCH)).isEqualTo(first);
    }

    @Test
    void aPostWithErrorsIsRefusedWithTheCheckOutputUnlessForced() throws IOException {
        Files.writeString(bundle.resolve("index.md"), "---\ntitle: Broken\ndate: 2026-10-14\n---\n\n{{< note >}}\n");

        assertThat(run("export", bundle.toString(), "--site", site.toString(), "--commit")).isEqualTo(1);
        assertThat(out.toString()).containsPattern("index\\.md:\\d+:\\d+: error: .+ \\[[a-z-]+]");
        assertThat(err.toString()).contains("refused").contains("--force");
        assertThat(branchId(site, "recap/2026-10-14-broken")).isNull();

        assertThat(run("export", bundle.toString(), "--site", site.toString(), "--commit", "--force")).isZero();
        assertThat(branchId(site, "recap/2026-10-14-broken")).isNotNull();
    }

    @Test
    void aSiteNotInGitABareRepositoryAndOutAreInputErrorsWithExitTwo() throws IOException {
        Path lone = Files.createDirectories(dir.resolve("lone"));
        Files.writeString(lone.resolve("hugo.toml"), "title = \"Lone\"\n");
        assertThat(run("export", bundle.toString(), "--site", lone.toString(), "--commit")).isEqualTo(2);
        assertThat(err.toString()).contains("is not in a git repository").doesNotContain("Exception");
        assertThat(lone.resolve("content")).doesNotExist();

        Path bare = dir.resolve("reef.git");
        try {
            Git.init().setBare(true).setDirectory(bare.toFile()).call().close();
        } catch (Exception e) {
            throw new IOException(e);
        }
        Path inside = Files.createDirectories(bare.resolve("site"));
        Files.writeString(inside.resolve("hugo.toml"), "title = \"Inside\"\n");
        assertThat(run("export", bundle.toString(), "--site", inside.toString(), "--commit")).isEqualTo(2);
        assertThat(err.toString()).contains("bare repository").doesNotContain("Exception");

        assertThat(run("export", bundle.toString(), "--out", dir.resolve("o").toString(), "--commit")).isEqualTo(2);
        assertThat(err.toString()).contains("--commit").contains("--site ROOT");
        assertThat(dir.resolve("o")).doesNotExist();
    }

    @Test
    void helpListsTheCommitOption() {
        assertThat(run("export", "--help")).isZero();
        assertThat(out.toString()).contains("--commit").contains("recap/<slug>");
    }
}
