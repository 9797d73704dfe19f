package io.recapstudio.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recapstudio.core.post.PageBundle;
import io.recapstudio.core.site.Site;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export as a commit: a new branch holding exactly the bundle; the working tree, the index and HEAD untouched. */
class CommitExportTest {

    private static final String BRANCH = "recap/2026-10-14-harbor-day-2026";
    private static final String FOLDER = "content/blog/2026-10-14-harbor-day-2026";

    @TempDir
    Path dir;

    private Path site;
    private Path bundle;

    @BeforeEach
    void repositoryWithASite() throws IOException {
        site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("hugo.toml"), "title = \"Reef\"\n");
        write(site.resolve("content/blog/2024-01-02-old-news/index.md"), "---\ntitle: Old news\ndate: 2024-01-02\n"
                + "---\n\nOld.\n");
        GitRepos.initAndCommitAll(site);
        workInProgress();
        bundle = Files.createDirectories(dir.resolve("harbor-day"));
        Files.writeString(bundle.resolve("index.md"), "---\ntitle: \"Harbor Day 2026\"\ndate: 2026-10-14\n---\n\n"
                + "![Stage](stage.jpg)\n");
        Files.write(bundle.resolve("stage.jpg"), new byte[] {1, 2, 3, (byte) 0xff});
    }

    /** Work in progress the export must not touch: a changed file, a staged one and an untracked one. */
    private void workInProgress() throws IOException {
        Files.writeString(site.resolve("hugo.toml"), "title = \"Reef (draft)\"\n");
        Files.writeString(site.resolve("staged.txt"), "staged\n");
        try (Git git = Git.open(site.toFile())) {
            git.add().addFilepattern("staged.txt").call();
        } catch (Exception e) {
            throw new IOException(e);
        }
        Files.writeString(site.resolve("notes.txt"), "mine\n");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private ExportPlan plan(Path siteRoot, ExportOptions options) throws IOException {
        PageBundle b = PageBundle.open(bundle);
        return ExportPlanner.standard().plan(b, ExportPlanner.siteTarget(Site.open(siteRoot), Optional.of("blog"),
                Optional.empty(), b.post()), options);
    }

    private ExportPlan plan() throws IOException {
        return plan(site, ExportOptions.defaults());
    }

    private Map<String, String> expectedBranchTree(Repository repo, ObjectId head, String folder) throws IOException {
        Map<String, String> expected = new TreeMap<>(GitRepos.tree(repo, head));
        expected.keySet().removeIf(p -> p.startsWith(folder + "/"));
        expected.put(folder + "/index.md", Files.readString(bundle.resolve("index.md")));
        expected.put(folder + "/stage.jpg", "\u0001\u0002\u0003\u00ff");
        return expected;
    }

    @Test
    void theNewBranchHoldsHeadPlusExactlyTheBundleAndNothingTheUserSeesMoves() throws Exception {
        Map<String, String> before = GitRepos.userState(site);
        try (Git git = Git.open(site.toFile())) {
            Repository repo = git.getRepository();
            ObjectId head = repo.resolve(Constants.HEAD);

            CommitExport.Result result = CommitExport.commit(plan());

            assertThat(result.plan().branch()).isEqualTo(BRANCH);
            assertThat(result.plan().bundlePath()).isEqualTo(FOLDER);
            assertThat(result.files()).isEqualTo(2);
            assertThat(result.plan().pushCommand()).endsWith(" push -u origin " + BRANCH);
            ObjectId branch = repo.resolve("refs/heads/" + BRANCH);
            assertThat(branch.name()).isEqualTo(result.commitId());
            try (RevWalk walk = new RevWalk(repo)) {
                RevCommit commit = walk.parseCommit(branch);
                assertThat(commit.getParents()).extracting(ObjectId::copy).containsExactly(head.copy());
                assertThat(commit.getShortMessage()).isEqualTo("Add the post \"Harbor Day 2026\"");
            }
            assertThat(GitRepos.tree(repo, branch)).isEqualTo(expectedBranchTree(repo, head, FOLDER));
            // Not the working tree's changed hugo.toml nor the staged or untracked files: HEAD's tree only.
            assertThat(GitRepos.tree(repo, branch)).containsEntry("hugo.toml", "title = \"Reef\"\n")
                    .doesNotContainKeys("staged.txt", "notes.txt");

            assertThat(repo.getFullBranch()).isEqualTo("refs/heads/main");
            assertThat(GitRepos.userState(site)).isEqualTo(before);
            assertThat(git.status().call().getAdded()).containsExactly("staged.txt");
        }
    }

    @Test
    void aBundleAlreadyInHeadIsReplacedByExactlyTheExportedOne() throws Exception {
        write(site.resolve(FOLDER + "/index.md"), "---\ntitle: Harbor Day 2026\n---\n\nFirst draft.\n");
        write(site.resolve(FOLDER + "/gone.jpg"), "old picture");
        write(site.resolve(FOLDER + "/photos/deep.jpg"), "old nested picture");
        write(site.resolve("content/blog/2026-10-14-harbor-day-2026-other/index.md"), "---\ntitle: Other\n---\n");
        try (Git git = Git.open(site.toFile())) {
            git.add().addFilepattern("content").call();
            git.commit().setMessage("Draft").setAuthor("Ana Kelp", "ana@example.org")
                    .setCommitter("Ana Kelp", "ana@example.org").setSign(false).call();
            Repository repo = git.getRepository();
            ObjectId head = repo.resolve(Constants.HEAD);
            Map<String, String> before = GitRepos.userState(site);

            CommitExport.Result result = CommitExport.commit(plan());

            Map<String, String> tree = GitRepos.tree(repo, ObjectId.fromString(result.commitId()));
            assertThat(tree).isEqualTo(expectedBranchTree(repo, head, FOLDER))
                    .doesNotContainKeys(FOLDER + "/gone.jpg", FOLDER + "/photos/deep.jpg")
                    .containsKey("content/blog/2026-10-14-harbor-day-2026-other/index.md");
            assertThat(GitRepos.userState(site)).isEqualTo(before);
        }
    }

    @Test
    void aSiteInASubfolderOfTheRepositoryCommitsAtItsPathAndAnUnbornHeadGivesARootCommit() throws Exception {
        Path repoRoot = Files.createDirectories(dir.resolve("monorepo"));
        Path nested = Files.createDirectories(repoRoot.resolve("website"));
        Files.writeString(nested.resolve("hugo.toml"), "title = \"Nested\"\n");
        try (Git git = Git.init().setDirectory(repoRoot.toFile()).setInitialBranch("main").call()) {
            Repository repo = git.getRepository();

            CommitExport.Result result = CommitExport.commit(plan(nested, ExportOptions.defaults()));

            // No dated neighbours here: the folder is the slug alone.
            String folder = "website/content/blog/harbor-day-2026";
            assertThat(result.plan().bundlePath()).isEqualTo(folder);
            try (RevWalk walk = new RevWalk(repo)) {
                assertThat(walk.parseCommit(ObjectId.fromString(result.commitId())).getParentCount()).isZero();
            }
            assertThat(GitRepos.tree(repo, ObjectId.fromString(result.commitId())).keySet())
                    .containsExactly(folder + "/index.md", folder + "/stage.jpg");
            assertThat(repo.resolve(Constants.HEAD)).isNull();
            assertThat(repo.getFullBranch()).isEqualTo("refs/heads/main");
        }
    }

    @Test
    void planningAloneWritesNoObjectAndNoRef() throws Exception {
        Map<String, Long> objects = GitRepos.objects(site.resolve(".git"));
        Map<String, String> before = GitRepos.userState(site);

        CommitExport.Plan plan = CommitExport.plan(plan());

        assertThat(plan.branch()).isEqualTo(BRANCH);
        assertThat(plan.message()).startsWith("Add the post \"Harbor Day 2026\"\n\n" + FOLDER + "/");
        assertThat(GitRepos.objects(site.resolve(".git"))).isEqualTo(objects);
        assertThat(GitRepos.userState(site)).isEqualTo(before);
        try (Git git = Git.open(site.toFile())) {
            assertThat(git.getRepository().getRefDatabase().getRefsByPrefix("refs/heads/recap/")).isEmpty();
        }
    }

    @Test
    void anExistingBranchIsRefusedAndLeftAsItWas() throws Exception {
        CommitExport.Result first = CommitExport.commit(plan());
        Files.writeString(bundle.resolve("index.md"), "---\ntitle: \"Harbor Day 2026\"\ndate: 2026-10-14\n---\n\n"
                + "v2\n");
        Map<String, Long> objects = GitRepos.objects(site.resolve(".git"));

        assertThatThrownBy(() -> CommitExport.commit(plan())).isInstanceOf(ExportRefusedException.class)
                .hasMessageContaining(BRANCH + " exists already");
        try (Git git = Git.open(site.toFile())) {
            assertThat(git.getRepository().resolve("refs/heads/" + BRANCH).name()).isEqualTo(first.commitId());
        }
        assertThat(GitRepos.objects(site.resolve(".git"))).isEqualTo(objects);
    }

    @Test
    void aSiteOutsideAnyRepositoryIsAClearError() throws Exception {
        Path lone = Files.createDirectories(dir.resolve("lone-site"));
        Files.writeString(lone.resolve("hugo.toml"), "title = \"Lone\"\n");
        ExportPlan plan = plan(lone, ExportOptions.defaults());

        assertThatThrownBy(() -> CommitExport.commit(plan)).isInstanceOf(ExportException.class)
                .isNotInstanceOf(ExportRefusedException.class).hasMessageContaining("is not in a git repository");
        assertThat(lone.resolve("content")).doesNotExist();
        assertThat(lone.resolve(".git")).doesNotExist();
    }

    @Test
    void aSiteInsideABareRepositoryIsAClearError() throws Exception {
        Path bare = dir.resolve("reef.git");
        Git.init().setBare(true).setDirectory(bare.toFile()).call().close();
        Path inside = Files.createDirectories(bare.resolve("site"));
        Files.writeString(inside.resolve("hugo.toml"), "title = \"Inside\"\n");
        Map<String, Long> objects = GitRepos.objects(bare);
        ExportPlan plan = plan(inside, ExportOptions.defaults());

        assertThatThrownBy(() -> CommitExport.commit(plan)).isInstanceOf(ExportException.class)
                .isNotInstanceOf(ExportRefusedException.class).hasMessageContaining("bare repository");
        assertThat(GitRepos.objects(bare)).isEqualTo(objects);
    }

    @Test
    void aPostWithErrorsIsRefusedUnlessForced() throws Exception {
        Files.writeString(bundle.resolve("index.md"), "---\ntitle: Broken\ndate: 2026-10-14\n---\n\n{{< note >}}\n"
                + "open\n");
        assertThat(plan().hasErrors()).isTrue();
        Map<String, Long> objects = GitRepos.objects(site.resolve(".git"));

        assertThatThrownBy(() -> CommitExport.commit(plan())).isInstanceOf(ExportRefusedException.class)
                .hasMessageContaining("errors").hasMessageContaining("--force");
        try (Git git = Git.open(site.toFile())) {
            assertThat(git.getRepository().getRefDatabase().getRefsByPrefix("refs/heads/recap/")).isEmpty();
        }
        assertThat(GitRepos.objects(site.resolve(".git"))).isEqualTo(objects);

        CommitExport.Result forced = CommitExport.commit(plan(site, ExportOptions.defaults().withForce(true)));
        assertThat(forced.plan().branch()).isEqualTo("recap/2026-10-14-broken");
    }
}
