package org.subtext.cli;

import java.util.List;

/** {@code --quiet} and {@code --verbose}, shared by the commands that build. */
record Verbosity(boolean quiet, boolean verbose) {

    static final List<Option> OPTIONS = List.of(
            Option.flag("--quiet", "-q", "print errors only"),
            Option.flag("--verbose", "-v", "list every warning, and print the time each stage took"));

    /** Both together print errors and the stage times only: what benchmarks read. */
    static Verbosity of(Arguments arguments) {
        return new Verbosity(arguments.flag("--quiet"), arguments.flag("--verbose"));
    }
}
