package org.subtext.cli;

import picocli.CommandLine.Option;

/** {@code --quiet} and {@code --verbose}, shared by the commands that build. */
final class Verbosity {

    @Option(names = {"-q", "--quiet"}, description = "print errors only")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "list every warning, and print the time each stage took")
    boolean verbose;
}
