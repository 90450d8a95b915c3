package org.subtext.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code subtext <command> [options]}: arguments in, exit code out. */
@Command(name = "subtext", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds a static site of layered explainers from Markdown with YAML front matter.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the content has errors, or the site could not be written, or the build"
            + " ran out of memory", "2:wrong command-line usage"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        if (args.length > 0 && (args[0].equals("build") || args[0].equals("check"))) {
            // loading YAML's, Markdown's and the sanitizer's classes takes about as long as reading the
            // command line (picocli's classes are too old for the class-data archive): do both at once
            Thread warmUp = new Thread(Main::warmUp, "subtext-warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
        }
        // a site too large for the heap is not a bug: say so, and how to give it more, without a stack trace
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (outOfMemory(e) == null) {
                e.printStackTrace();
            } else {
                System.err.println("error: out of memory in " + thread.getName() + ": " + MORE_MEMORY);
            }
        });
        int code;
        try {
            code = run(args);
        } catch (RuntimeException | OutOfMemoryError e) {
            if (outOfMemory(e) == null) {
                throw e;
            }
            System.err.println("error: out of memory: this site needs more than the "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB of heap Java was given. "
                    + MORE_MEMORY);
            code = 1;
        }
        System.exit(code);
    }

    private static final String MORE_MEMORY =
            "Give it more with SUBTEXT_JAVA_OPTS=-Xmx8g (the subtext launcher) or java -Xmx8g -jar subtext.jar.";

    private static OutOfMemoryError outOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError oom) {
                return oom;
            }
        }
        return null;
    }

    private static void warmUp() {
        new org.subtext.frontmatter.FrontMatterParser().parseExplainer(new org.subtext.source.SourceFile(
                "explainers/warm-up.md", "warm-up", "---\ntitle: A\nsummary: B\npublished: 2024-01-02\n"
                        + "claims:\n  - id: c\n    by: x\n    text: T\n    status: stated\n---\nBody\n"),
                new org.subtext.diag.Diagnostics());
        org.subtext.markdown.MarkdownRenderer.warmUp();
    }

    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    /** Runs with the given streams instead of the process's, for tests and embedding. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setOut(out);
        commandLine.setErr(err);
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: use 'build' or 'check'");
    }
}
