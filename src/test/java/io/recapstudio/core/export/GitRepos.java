package io.recapstudio.core.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/** Temporary git repositories for the export-as-a-commit tests, and byte-for-byte snapshots of their state. */
public final class GitRepos {

    private GitRepos() {
    }

    /** A repository at {@code dir} (branch {@code main}) with everything in it committed once. */
    public static void initAndCommitAll(Path dir) throws IOException {
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("Start").setAuthor("Ana Kelp", "ana@example.org")
                    .setCommitter("Ana Kelp", "ana@example.org").setSign(false).call();
        } catch (GitAPIException e) {
            throw new IOException(e);
        }
    }

    /**
     * Everything a user could see change in the repository whose work tree is {@code workTree}: every file of the
     * work tree (outside {@code .git}) with its bytes, {@code .git/HEAD}, {@code .git/index}, and every ref but the
     * {@code refs/heads/recap/} ones.
     */
    public static Map<String, String> userState(Path workTree) throws IOException {
        Map<String, String> state = new TreeMap<>(files(workTree, p -> !p.startsWith(".git/")));
        Path git = workTree.resolve(".git");
        state.put(".git/HEAD", Files.readString(git.resolve("HEAD")));
        Path index = git.resolve("index");
        state.put(".git/index", Files.exists(index) ? latin1(Files.readAllBytes(index)) : "(none)");
        try (Git repo = Git.open(workTree.toFile())) {
            for (Ref ref : repo.getRepository().getRefDatabase().getRefs()) {
                if (!ref.getName().startsWith("refs/heads/recap/")) {
                    state.put("ref " + ref.getName(), String.valueOf(ref.getObjectId()));
                }
            }
        }
        return state;
    }

    /** Every file under {@code gitDir/objects} (loose objects and packs) with its size. */
    public static Map<String, Long> objects(Path gitDir) throws IOException {
        Map<String, Long> objects = new TreeMap<>();
        Path root = gitDir.resolve("objects");
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                objects.put(root.relativize(p).toString(), Files.size(p));
            }
        }
        return objects;
    }

    /** The files of {@code commit}'s tree with their bytes (as ISO-8859-1 text, so any bytes compare). */
    public static Map<String, String> tree(Repository repo, ObjectId commit) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (RevWalk walk = new RevWalk(repo); TreeWalk tw = new TreeWalk(repo)) {
            tw.addTree(walk.parseCommit(commit).getTree());
            tw.setRecursive(true);
            while (tw.next()) {
                files.put(tw.getPathString(), latin1(repo.open(tw.getObjectId(0)).getBytes()));
            }
        }
        return files;
    }

    /** The files under {@code root} accepted by {@code keep} (relative paths with {@code /}) with their bytes. */
    public static Map<String, String> files(Path root, java.util.function.Predicate<String> keep) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (keep.test(rel)) {
                    files.put(rel, latin1(Files.readAllBytes(p)));
                }
            }
        }
        return files;
    }

    private static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
