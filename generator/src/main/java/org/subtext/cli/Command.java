package org.subtext.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/** A subcommand: what its help says, what it accepts, and what it does with what it was given. */
record Command(String name, String summary, List<Parameter> parameters, List<Option> options, Action action) {

    /** A positional parameter, such as {@code KIND} in {@code subtext new KIND ID}. */
    record Parameter(String label, String description) {
    }

    @FunctionalInterface
    interface Action {
        /** @return the exit code; a {@link UsageException} means exit 2 */
        int run(Arguments arguments, PrintWriter out, PrintWriter err) throws IOException, InterruptedException;
    }

    @SafeVarargs
    static List<Option> options(List<Option>... groups) {
        return java.util.Arrays.stream(groups).flatMap(List::stream).toList();
    }

    Option option(String nameOrShortName) {
        for (Option option : options) {
            if (option.name().equals(nameOrShortName) || nameOrShortName.equals(option.shortName())) {
                return option;
            }
        }
        return null;
    }
}
