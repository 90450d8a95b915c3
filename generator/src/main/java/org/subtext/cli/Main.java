package org.subtext.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import org.subtext.diag.Suggestions;

/**
 * {@code subtext <command> [options]}: arguments in, exit code out. The command line is parsed by
 * hand ({@link Arguments}): picocli's classes are built for Java 5, too old for the class-data
 * archive, and loading them was a tenth of the sample site's build.
 */
public final class Main {

    private static final String SUMMARY =
            "Builds a static site of layered explainers from Markdown with YAML front matter.";

    private static final List<Command> COMMANDS =
            List.of(BuildCommand.COMMAND, CheckCommand.COMMAND, ServeCommand.COMMAND, NewCommand.COMMAND,
                    TemplatesCommand.COMMAND);

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && (args[0].equals("build") || args[0].equals("check"))) {
            // YAML's and Markdown's classes load and compile on the other core while this one reads the
            // content folder (with picocli gone, measured neutral on the sample site: kept, not proven)
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
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** Runs with the given streams instead of the process's, for tests and embedding. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        try {
            return dispatch(out, err, args);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            err.println(e.command == null ? "Run './subtext --help' for the commands."
                    : "Run './subtext " + e.command.name() + " --help' for its options.");
            return 2;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int dispatch(PrintWriter out, PrintWriter err, String... args)
            throws IOException, InterruptedException {
        if (args.length == 0) {
            throw new UsageException(null, "missing command: use 'build' or 'check'");
        }
        switch (args[0]) {
            case "-h", "--help" -> {
                out.print(Help.of(COMMANDS, SUMMARY));
                return 0;
            }
            case "-V", "--version" -> {
                String version = Main.class.getPackage().getImplementationVersion();
                out.println("subtext " + (version == null ? "development build" : version));
                return 0;
            }
            case "help" -> {
                if (args.length == 1) {
                    out.print(Help.of(COMMANDS, SUMMARY));
                    return 0;
                }
                out.print(Help.of(command(args[1])));
                return 0;
            }
            default -> {
                Command command = command(args[0]);
                Arguments arguments = Arguments.parse(command, Arrays.asList(args).subList(1, args.length));
                if (arguments.help()) {
                    out.print(Help.of(command));
                    return 0;
                }
                try {
                    return command.action().run(arguments, out, err);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
        }
    }

    private static Command command(String name) {
        for (Command command : COMMANDS) {
            if (command.name().equals(name)) {
                return command;
            }
        }
        List<String> names = COMMANDS.stream().map(Command::name).toList();
        throw new UsageException(null, (name.startsWith("-") ? "unknown option '" : "unknown command '") + name + "'"
                + Suggestions.didYouMean(name, names) + "; the commands are " + String.join(", ", names));
    }
}
