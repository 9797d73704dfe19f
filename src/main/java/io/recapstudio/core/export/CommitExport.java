package io.recapstudio.core.export;

import io.recapstudio.core.site.Site;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Export as a git commit: when the site is in a git repository, the bundle of an {@link ExportPlan} becomes one
 * commit on a new branch {@code recap/<slug>} whose parent is {@code HEAD}, and whose tree is {@code HEAD}'s with
 * the bundle folder holding exactly the bundle's files. Made with JGit from objects alone (blobs, trees, the
 * commit, then the new ref), offline: the working tree, the index, {@code HEAD} and the current branch are never
 * touched, and nothing is pushed; the result names the command that pushes the branch.
 */
public final class CommitExport {

    /** The branches' prefix. */
    public static final String BRANCH_PREFIX = "recap/";

    /**
     * What the commit will be, before it is made.
     *
     * @param repository the repository's work tree
     * @param branch     the new branch, e.g. {@code recap/kubecon-na-2026-recap}
     * @param bundlePath the bundle folder inside the repository, with {@code /}, e.g. {@code content/blog/x}
     * @param message    the commit message (its first line from the post's title)
     * @param remote     the remote the push command names
     */
    public record Plan(Path repository, String branch, String bundlePath, String message, String remote) {

        /** The command that pushes the branch (to open a pull request from it). */
        public String pushCommand() {
            return "git -C " + quoted(repository.toString()) + " push -u " + remote + " " + branch;
        }

        private static String quoted(String path) {
            return path.matches("[\\w./\\\\:-]+") ? path : "'" + path.replace("'", "'\\''") + "'";
        }
    }

    /** The commit made: its plan, its id and how many files the bundle holds. */
    public record Result(Plan plan, String commitId, int files) {
    }

    private CommitExport() {
    }

    /**
     * The commit {@code plan} would make, checked: the target is in a site inside a (non-bare) git repository, the
     * checks found no errors (unless forced), the branch is new and a valid name.
     *
     * @throws ExportRefusedException when the checks found errors or the branch exists (exit 1)
     * @throws ExportException        when the site is not in a git repository or cannot be read (exit 2)
     */
    public static Plan plan(ExportPlan plan) {
        if (plan.hasErrors() && !plan.options().force()) {
            throw new ExportRefusedException("the checks found errors; fix them, or commit anyway (--force)");
        }
        Site site = plan.target().site().orElseThrow(() -> new ExportException(
                "--commit needs a Hugo site (--site ROOT); nothing was committed"));
        try (Repository repo = open(site.root())) {
            Path workTree = repo.getWorkTree().toPath().toRealPath();
            Path bundleDir = site.root().toRealPath().resolve(site.root().relativize(plan.target().bundleDir()));
            if (!bundleDir.normalize().startsWith(workTree)) {
                throw new ExportException("the bundle folder " + bundleDir + " is outside the git repository "
                        + workTree + "; nothing was committed");
            }
            String bundlePath = workTree.relativize(bundleDir.normalize()).toString().replace(File.separatorChar, '/');
            String slug = bundleDir.getFileName().toString().toLowerCase(Locale.ROOT)
                    .replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
            String branch = BRANCH_PREFIX + (slug.isEmpty() ? "post" : slug);
            if (!Repository.isValidRefName(Constants.R_HEADS + branch)) {
                throw new ExportException("cannot name a branch " + branch + "; give the post a simpler slug");
            }
            if (repo.exactRef(Constants.R_HEADS + branch) != null) {
                throw new ExportRefusedException("the branch " + branch + " exists already in " + workTree
                        + "; delete or rename it (git branch -m " + branch + " " + branch + "-old), then export again");
            }
            String title = plan.bundle().post().frontMatter().title().filter(t -> !t.isBlank()).orElse(slug);
            String message = "Add the post \"" + title.strip() + "\"\n\n" + bundlePath
                    + "/, exported by Recap Studio.\n";
            Set<String> remotes = repo.getRemoteNames();
            String remote = remotes.contains("origin") || remotes.isEmpty() ? "origin"
                    : remotes.stream().sorted().findFirst().orElseThrow();
            return new Plan(workTree, branch, bundlePath, message, remote);
        } catch (IOException e) {
            throw new ExportException("cannot read the git repository of " + site.root() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Makes the commit of {@code plan} on its new branch; writes only git objects and the new ref.
     *
     * @throws ExportRefusedException when the branch appeared meanwhile
     * @throws ExportException        when a file or the repository cannot be read or written
     */
    public static Result commit(ExportPlan plan) {
        Plan commit = plan(plan);
        Site site = plan.target().site().orElseThrow();
        try (Repository repo = open(site.root()); ObjectInserter inserter = repo.newObjectInserter();
             RevWalk walk = new RevWalk(repo)) {
            ObjectId head = repo.resolve(Constants.HEAD + "^{commit}");
            DirCache tree = DirCache.newInCore();
            DirCacheBuilder builder = tree.builder();
            if (head != null) {
                keepAllBut(repo, walk.parseCommit(head), commit.bundlePath(), builder);
            }
            for (PlannedFile file : plan.files()) {
                DirCacheEntry entry = new DirCacheEntry(commit.bundlePath() + "/" + file.name());
                entry.setFileMode(FileMode.REGULAR_FILE);
                entry.setObjectId(inserter.insert(Constants.OBJ_BLOB, bytesOf(file)));
                builder.add(entry);
            }
            builder.finish();
            CommitBuilder cb = new CommitBuilder();
            cb.setTreeId(tree.writeTree(inserter));
            if (head != null) {
                cb.setParentId(head);
            }
            PersonIdent who = new PersonIdent(repo);
            cb.setAuthor(who);
            cb.setCommitter(who);
            cb.setMessage(commit.message());
            ObjectId id = inserter.insert(cb);
            inserter.flush();
            RefUpdate ref = repo.updateRef(Constants.R_HEADS + commit.branch());
            ref.setNewObjectId(id);
            ref.setExpectedOldObjectId(ObjectId.zeroId());
            ref.setRefLogMessage("recap export: " + commit.message().lines().findFirst().orElse(""), false);
            RefUpdate.Result result = ref.update(walk);
            if (result != RefUpdate.Result.NEW) {
                throw result == RefUpdate.Result.LOCK_FAILURE || result == RefUpdate.Result.REJECTED
                        ? new ExportRefusedException("the branch " + commit.branch() + " appeared meanwhile;"
                        + " nothing was changed, export again") : new ExportException("cannot create the branch "
                        + commit.branch() + " (" + result + "); the working tree and HEAD are as they were");
            }
            return new Result(commit, id.name(), plan.files().size());
        } catch (IOException e) {
            throw new ExportException("cannot commit the bundle in " + commit.repository() + ": " + e.getMessage()
                    + "; the working tree and HEAD are as they were", e);
        }
    }

    private static Repository open(Path siteRoot) throws IOException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(siteRoot.toFile());
        if (builder.getGitDir() == null) {
            throw new ExportException(siteRoot + " is not in a git repository; --commit needs one (git init), or"
                    + " export without --commit");
        }
        try {
            Repository repo = builder.setMustExist(true).build();
            if (repo.isBare()) {
                repo.close();
                throw new ExportException(builder.getGitDir() + " is a bare repository; export into a clone");
            }
            return repo;
        } catch (RepositoryNotFoundException e) {
            throw new ExportException(siteRoot + " is not in a readable git repository: " + e.getMessage(), e);
        }
    }

    /** Adds every file of {@code head}'s tree except those in the folder {@code prefix}. */
    private static void keepAllBut(Repository repo, RevCommit head, String prefix, DirCacheBuilder builder)
            throws IOException {
        try (TreeWalk walk = new TreeWalk(repo)) {
            walk.addTree(head.getTree());
            walk.setRecursive(true);
            while (walk.next()) {
                String path = walk.getPathString();
                if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                    continue;
                }
                DirCacheEntry entry = new DirCacheEntry(path);
                entry.setFileMode(walk.getFileMode(0));
                entry.setObjectId(walk.getObjectId(0));
                builder.add(entry);
            }
        }
    }

    /** The bytes the export would write for {@code file} (downscaled where the plan says). */
    private static byte[] bytesOf(PlannedFile file) throws IOException {
        if (file.fromMemory()) {
            return file.content();
        }
        Path source = file.source().orElseThrow();
        if (file.maxWidth() == null) {
            return Files.readAllBytes(source);
        }
        Path temp = Files.createTempDirectory("recap-commit");
        try {
            Path out = temp.resolve(source.getFileName());
            Downscale.write(source, file.maxWidth(), out);
            return Files.readAllBytes(out);
        } finally {
            try (var files = Files.walk(temp)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
