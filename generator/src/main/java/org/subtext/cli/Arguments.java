package org.subtext.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.subtext.diag.Suggestions;

/**
 * What a command was given: {@code --name VALUE}, {@code --name=VALUE}, flags (short ones
 * combinable, {@code -qv}), positional parameters, and {@code --} before parameters that start
 * with a hyphen. Anything else is a {@link UsageException} naming the mistake.
 */
final class Arguments {

    private final Command command;
    private final Map<String, String> values = new HashMap<>();
    private final List<String> parameters = new ArrayList<>();
    private boolean help;

    private Arguments(Command command) {
        this.command = command;
    }

    static Arguments parse(Command command, List<String> args) {
        Arguments parsed = new Arguments(command);
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                parsed.parameters.add(arg);
            } else if (arg.equals("--")) {
                optionsEnded = true;
            } else if (arg.equals("-h") || arg.equals("--help")) {
                parsed.help = true;
            } else if (arg.startsWith("--")) {
                int equals = arg.indexOf('=');
                String name = equals < 0 ? arg : arg.substring(0, equals);
                Option option = parsed.known(name);
                if (option.isFlag()) {
                    if (equals >= 0) {
                        throw new UsageException(command, name + " is a flag and takes no value");
                    }
                    parsed.set(option, "true");
                } else if (equals >= 0) {
                    parsed.set(option, arg.substring(equals + 1));
                } else if (i + 1 < args.size()) {
                    parsed.set(option, args.get(++i));
                } else {
                    throw new UsageException(command, name + " needs a value: " + option.synopsis().strip());
                }
            } else {
                for (char letter : arg.substring(1).toCharArray()) {
                    if (letter == 'h') {
                        parsed.help = true;
                        continue;
                    }
                    Option option = parsed.known("-" + letter);
                    if (!option.isFlag()) {
                        throw new UsageException(command, "-" + letter + " needs a value");
                    }
                    parsed.set(option, "true");
                }
            }
        }
        if (!parsed.help) {
            parsed.checkParameters();
        }
        return parsed;
    }

    private Option known(String name) {
        Option option = command.option(name);
        if (option == null) {
            List<String> names = command.options().stream().map(Option::name).toList();
            throw new UsageException(command, "unknown option '" + name + "' for subtext " + command.name()
                    + Suggestions.didYouMean(name, names));
        }
        return option;
    }

    private void set(Option option, String value) {
        if (values.put(option.name(), value) != null) {
            throw new UsageException(command, option.name() + " is given more than once");
        }
    }

    private void checkParameters() {
        List<Command.Parameter> expected = command.parameters();
        if (parameters.size() > expected.size()) {
            String extra = parameters.get(expected.size());
            throw new UsageException(command, "unexpected argument '" + extra + "'"
                    + (extra.startsWith("-") ? "" : ": subtext " + command.name()
                    + (expected.isEmpty() ? " takes options only" : " takes " + labels(expected))));
        }
        if (parameters.size() < expected.size()) {
            throw new UsageException(command, "missing " + expected.get(parameters.size()).label()
                    + ": subtext " + command.name() + " takes " + labels(expected));
        }
    }

    private static String labels(List<Command.Parameter> parameters) {
        return String.join(" ", parameters.stream().map(Command.Parameter::label).toList());
    }

    /** True when -h or --help was given: print the command's help instead of running it. */
    boolean help() {
        return help;
    }

    boolean flag(String name) {
        return values.containsKey(name);
    }

    /** The option's value, its default when not given, or null. */
    String value(String name) {
        String value = values.get(name);
        return value != null ? value : command.option(name).defaultValue();
    }

    Path path(String name) {
        String value = value(name);
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException(command, name + " is not a usable path: '" + value + "'");
        }
    }

    String parameter(int index) {
        return parameters.get(index);
    }

    UsageException wrong(String message) {
        return new UsageException(command, message);
    }
}
