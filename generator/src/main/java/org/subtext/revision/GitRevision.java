package org.subtext.revision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.subtext.source.SourceFile;

/**
 * The explainer files of a content folder as a commit of its git repository holds them, read with
 * the {@code git} command: it is on every machine and CI runner that has the repository, it reads
 * every form a repository takes (worktrees, shallow and partial clones), and it adds nothing to
 * the jar, where a library such as JGit would add megabytes for two read-only commands.
 */
public final class GitRevision {

    private final Path root;
    private final String folder;
    private final String commit;
    private final String ref;

    private GitRevision(Path root, String folder, String commit, String ref) {
        this.root = root;
        this.folder = folder;
        this.commit = commit;
        this.ref = ref;
    }

    /**
     * The commit {@code ref} names in the repository that holds {@code content}, with the content
     * folder's path inside it.
     *
     * @throws RevisionException when there is no git, no repository or no such commit
     */
    public static GitRevision open(Path content, String ref) {
        Path folder = content.toAbsolutePath().normalize();
        if (!folder.toFile().isDirectory()) {
            throw new RevisionException("--against: the content folder " + content + " is not there");
        }
        Result top = run(folder, null, "rev-parse", "--show-toplevel");
        if (!top.ok()) {
            throw new RevisionException("--against needs the content folder in a git repository, and "
                    + content + " is in none (git: " + top.error() + ")");
        }
        Path root;
        String inside;
        try {
            root = Path.of(top.text().strip()).toRealPath();
            inside = root.relativize(folder.toRealPath()).toString().replace('\\', '/');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (ref.isEmpty() || ref.startsWith("-")) {
            throw new RevisionException("--against needs a commit, branch or tag, not '" + ref + "'");
        }
        Result commit = run(root, null, "rev-parse", "--verify", "--quiet", ref + "^{commit}");
        if (!commit.ok()) {
            throw new RevisionException("--against: '" + ref + "' names no commit in the repository at " + root
                    + (ref.startsWith("origin/") ? " (in CI, check out with the history: fetch-depth: 0)" : ""));
        }
        return new GitRevision(root, inside.isEmpty() ? "" : inside + "/", commit.text().strip(), ref);
    }

    /** The reference as given, for messages. */
    public String ref() {
        return ref;
    }

    /**
     * The explainers ({@code explainers/*.md}) at the commit, each named for messages as {@code
     * displayRoot} + its path in the content folder; none when the folder did not exist then.
     * A file that is not UTF-8 text is left out: it had no claims to keep.
     */
    public List<SourceFile> explainers(String displayRoot) {
        Result listed = run(root, null, "ls-tree", "-z", "--name-only", commit, "--", folder + "explainers/");
        if (!listed.ok()) {
            throw new RevisionException("--against: git could not list " + folder + "explainers/ at " + ref
                    + " (git: " + listed.error() + ")");
        }
        List<String> paths = new ArrayList<>();
        for (String path : listed.text().split("\0")) {
            if (path.endsWith(".md")) {
                paths.add(path);
            }
        }
        if (paths.isEmpty()) {
            return List.of();
        }
        StringBuilder names = new StringBuilder();
        paths.forEach(path -> names.append(commit).append(':').append(path).append('\n'));
        Result blobs = run(root, names.toString().getBytes(StandardCharsets.UTF_8), "cat-file", "--batch");
        if (!blobs.ok()) {
            throw new RevisionException("--against: git could not read the explainers at " + ref
                    + " (git: " + blobs.error() + ")");
        }
        return BatchOutput.files(blobs.bytes(), paths, folder, displayRoot);
    }

    private record Result(int exit, byte[] bytes, String error) {
        boolean ok() {
            return exit == 0;
        }

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** Runs git in {@code directory}, feeding it {@code input} (on a thread of its own, so that neither pipe fills). */
    private static Result run(Path directory, byte[] input, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", directory.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        builder.environment().put("LC_ALL", "C");
        // the content folder's path is a path, never a pattern
        builder.environment().put("GIT_LITERAL_PATHSPECS", "1");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new RevisionException("--against needs the git command, and it could not be run: " + e.getMessage());
        }
        Thread feeder = new Thread(() -> feed(process.getOutputStream(), input), "subtext-git-input");
        feeder.start();
        try {
            ByteArrayOutputStream error = new ByteArrayOutputStream();
            Thread drain = new Thread(() -> copy(process.getErrorStream(), error), "subtext-git-errors");
            drain.start();
            byte[] out = process.getInputStream().readAllBytes();
            int exit = process.waitFor();
            drain.join();
            feeder.join();
            return new Result(exit, out, error.toString(StandardCharsets.UTF_8).strip().replace('\n', ' '));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            throw new RevisionException("--against: interrupted while git ran");
        }
    }

    private static void feed(OutputStream stdin, byte[] input) {
        try (stdin) {
            if (input != null) {
                stdin.write(input);
            }
        } catch (IOException e) {
            // git stopped reading: its exit code and message say why
        }
    }

    private static void copy(InputStream from, ByteArrayOutputStream to) {
        try (from) {
            from.transferTo(to);
        } catch (IOException e) {
            // the stream closed with the process: what was read is the message
        }
    }
}
