package org.subtext.cli;

import java.util.ArrayList;
import java.util.List;

/** Help text, made from the same {@link Command} and {@link Option} records that parsing reads. */
final class Help {

    private static final int WIDTH = 80;

    private Help() {
    }

    static String of(Command command) {
        StringBuilder out = new StringBuilder("Usage: subtext ").append(command.name());
        command.parameters().forEach(p -> out.append(' ').append(p.label()));
        out.append(" [options]\n\n").append(wrap(command.summary(), 0)).append('\n');
        List<String[]> rows = new ArrayList<>();
        command.parameters().forEach(p -> rows.add(new String[] {"  " + p.label(), p.description()}));
        if (!rows.isEmpty()) {
            out.append("\nParameters:\n");
            table(rows, out);
            rows.clear();
        }
        command.options().forEach(o -> rows.add(new String[] {"  " + o.synopsis(), o.help()}));
        rows.add(new String[] {"  -h, --help", "print this help"});
        out.append("\nOptions:\n");
        table(rows, out);
        return out.toString();
    }

    static String of(List<Command> commands, String summary) {
        StringBuilder out = new StringBuilder("Usage: subtext COMMAND [options]\n\n").append(wrap(summary, 0))
                .append("\n\nCommands:\n");
        List<String[]> rows = new ArrayList<>();
        commands.forEach(c -> rows.add(new String[] {"  " + c.name(), c.summary()}));
        rows.add(new String[] {"  help", "Prints a command's options: subtext help build"});
        table(rows, out);
        out.append("\nOptions:\n");
        table(List.of(new String[] {"  -h, --help", "print this help"},
                new String[] {"  -V, --version", "print the version"}), out);
        out.append("\nExit codes:\n");
        table(List.of(new String[] {"  0", "success"},
                new String[] {"  1", "the content has errors, or the site could not be written, or the build ran"
                        + " out of memory"},
                new String[] {"  2", "wrong command-line usage"}), out);
        return out.toString();
    }

    /** Two columns, the second wrapped to the width and indented past the widest first column. */
    private static void table(List<String[]> rows, StringBuilder out) {
        int indent = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0) + 3;
        for (String[] row : rows) {
            out.append(row[0]).append(" ".repeat(indent - row[0].length())).append(wrap(row[1], indent)).append('\n');
        }
    }

    private static String wrap(String text, int indent) {
        StringBuilder out = new StringBuilder();
        int column = indent;
        for (String word : text.split(" ")) {
            if (column > indent && column + 1 + word.length() > WIDTH) {
                out.append('\n').append(" ".repeat(indent));
                column = indent;
            } else if (column > indent) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += word.length();
        }
        return out.toString();
    }
}
