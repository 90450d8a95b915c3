package org.subtext.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.subtext.testing.Corpus;
import org.subtext.testing.TestSites;

/**
 * A full build from a cold JVM, the way CI runs it: the packaged launcher {@code target/subtext build}
 * (or, with LAUNCHER "jar", plain {@code java -jar target/subtext.jar build}), timed by /usr/bin/time for
 * wall, CPU and peak memory, with the stage breakdown the build prints with -v.
 *
 * <pre>mvn -q package -DskipTests
 * mvn -q -Pbench test-compile exec:java -Dbench.main=org.subtext.bench.BuildBenchmark -Dexec.args="SOURCE [RUNS] [LAUNCHER]"</pre>
 *
 * SOURCE is a content folder, or a number N for a generated corpus of N explainers (deterministic), or
 * "2xN" for N explainers each in English and in a Ukrainian translation (two editions).
 * LAUNCHER is "launcher" (the default) or "jar". Every run is a full build, with the social cards the
 * warm-up drew.
 */
public final class BuildBenchmark {

    private static final Pattern TIME = Pattern.compile("TIME (\\S+) (\\S+) (\\S+) (\\S+)");
    private static final Pattern BUILT = Pattern.compile("Built (\\d+) pages");
    private static final Pattern STAGES = Pattern.compile("Stages: (.*)");

    private BuildBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String source = args.length > 0 ? args[0] : "content";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path work = Files.createTempDirectory("subtext-build-bench");
        Path content = source.matches("\\d+") ? generate(work, Integer.parseInt(source))
                : source.matches("2x\\d+") ? editions(work, Integer.parseInt(source.substring(2))) : Path.of(source);
        boolean plainJar = args.length > 2 && args[2].equals("jar");
        List<String> command = plainJar ? List.of("java", "-jar", "target/subtext.jar") : List.of("target/subtext");
        if (!Files.exists(Path.of(plainJar ? "target/subtext.jar" : "target/subtext"))) {
            throw new IllegalStateException("run mvn -q package -DskipTests first");
        }
        System.out.println("command: " + String.join(" ", command));
        List<double[]> results = new ArrayList<>();
        System.out.println("each run a full build (cards drawn by the warm-up)");
        for (int run = 0; run <= runs; run++) {
            List<String> line = new ArrayList<>(List.of("/usr/bin/time", "-f", "TIME %e %U %S %M"));
            line.addAll(command);
            line.addAll(List.of("build", "-q", "-v", "--content", content.toString(), "--templates", "templates",
                    "--out", work.resolve("site").toString()));
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("build failed:\n" + output);
            }
            Matcher time = TIME.matcher(output);
            Matcher stages = STAGES.matcher(output);
            if (!time.find() || !stages.find()) {
                throw new IllegalStateException("unexpected output:\n" + output);
            }
            int pages = TestSites.snapshot(work.resolve("site")).keySet().stream()
                    .filter(p -> p.endsWith(".html")).toList().size();
            double wall = Double.parseDouble(time.group(1));
            double cpu = Double.parseDouble(time.group(2)) + Double.parseDouble(time.group(3));
            double rssMiB = Double.parseDouble(time.group(4)) / 1024;
            System.out.printf(Locale.ROOT, "%s: wall %.2f s, cpu %.2f s, peak RSS %.0f MiB, %d pages, %.0f pages/s;"
                    + " %s%n", run == 0 ? "warm-up" : "run " + run, wall, cpu, rssMiB, pages, pages / wall,
                    stages.group(1));
            if (run > 0) {
                results.add(new double[] {wall, cpu, rssMiB});
            }
        }
        results.sort((a, b) -> Double.compare(a[0], b[0]));
        double[] median = results.get(results.size() / 2);
        System.out.printf(Locale.ROOT, "median of %d runs: wall %.2f s, cpu %.2f s, peak RSS %.0f MiB%n",
                results.size(), median[0], median[1], median[2]);
    }

    private static Path editions(Path work, int explainers) throws IOException {
        TestSites.write(work, Corpus.editions(explainers));
        return work.resolve("content");
    }

    private static Path generate(Path work, int explainers) throws IOException {
        TestSites.write(work, Corpus.explainers(explainers, "bench"));
        return work.resolve("content");
    }
}
