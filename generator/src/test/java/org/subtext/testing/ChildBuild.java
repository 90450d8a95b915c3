package org.subtext.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs {@code subtext} in a separate JVM, for tests that kill it or change its time zone and locale. */
public final class ChildBuild {

    private ChildBuild() {
    }

    public static ProcessBuilder command(Map<String, String> env, List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.subtext.cli.Main");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        builder.redirectOutput(new File("/dev/null"));
        return builder;
    }

    public static int run(Map<String, String> env, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        return command(env, jvmOptions, args).start().waitFor();
    }
}
