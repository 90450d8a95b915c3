package org.subtext.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

/**
 * Reads the GitHub Actions workflows as data and checks what they promise: when they run, which
 * jobs depend on which, the token's permissions, actions pinned to the commits of a committed list,
 * Java 17 with the Maven cache, the launcher rather than {@code java -jar}, and the social-card cache.
 */
class WorkflowFilesTest {

    private static final Path GITHUB = Path.of(".github");
    private static final Path WORKFLOWS = GITHUB.resolve("workflows");
    private static final Path PINNED_LIST = Path.of("generator", "src", "test", "resources", "publish",
            "pinned-actions.txt");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** A {@code uses:} line: owner/repo[/path]@40-hex commit, then a comment naming the tag, as "# v7.0.1". */
    private static final Pattern PINNED_LINE = Pattern.compile(
            "\\s*(?:-\\s+)?uses:\\s*([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_./-]+)?)@([0-9a-f]{40})"
                    + "\\s+#\\s*(v\\d+(?:\\.\\d+)*)\\s*");
    private static final Pattern USES_LINE = Pattern.compile("\\s*(?:-\\s+)?uses:.*");

    private static final String PACKAGE = "mvn -B -q package -DskipTests";
    private static final String CHECK = "target/subtext check --format github --against \"origin/$BASE_REF\"";
    private static final String BUILD = "target/subtext build --base-url \"${{ steps.pages.outputs.base_url }}/\"";
    private static final String CARD_CODE = "generator/src/main/java/org/subtext/render/SocialCard.java";
    private static final String CARD_FONTS = "generator/src/main/resources/org/subtext/fonts/**";

    /** A pinned action as the workflow names it: the commit and the tag in the comment. */
    private record Pin(String action, String sha, String tag) {
    }

    private static JsonNode read(Path file) throws IOException {
        assertTrue(Files.isRegularFile(file), "missing " + file);
        JsonNode root = YAML.readTree(file.toFile());
        assertNotNull(root, file + " is empty");
        assertTrue(root.isObject(), file + " is not a map");
        return root;
    }

    private static JsonNode read(String name) throws IOException {
        return read(WORKFLOWS.resolve(name));
    }

    private static List<Path> workflowFiles() throws IOException {
        try (Stream<Path> files = Files.list(WORKFLOWS)) {
            return files.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    /**
     * The triggers. YAML 1.1 reads an unquoted {@code on} as the boolean true; depending on the
     * parser the key then arrives as "true". Accept either spelling, but not both.
     */
    private static JsonNode triggers(JsonNode workflow) {
        JsonNode on = workflow.get("on");
        JsonNode yes = workflow.get("true");
        assertFalse(on != null && yes != null, "both 'on' and 'true' keys");
        JsonNode triggers = on != null ? on : yes;
        assertNotNull(triggers, "no 'on' key");
        return triggers;
    }

    private static Set<String> triggerNames(JsonNode triggers) {
        Set<String> names = new TreeSet<>();
        if (triggers.isTextual()) {
            names.add(triggers.asText());
        } else if (triggers.isArray()) {
            triggers.forEach(t -> names.add(t.asText()));
        } else {
            triggers.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    private static Map<String, String> permissions(JsonNode node) {
        Map<String, String> permissions = new LinkedHashMap<>();
        JsonNode p = node.get("permissions");
        if (p == null) {
            return null;
        }
        assertTrue(p.isObject(), "permissions must be a map of scope → access, not " + p);
        p.fields().forEachRemaining(e -> permissions.put(e.getKey(), e.getValue().asText()));
        return permissions;
    }

    private static List<JsonNode> steps(JsonNode job) {
        List<JsonNode> steps = new ArrayList<>();
        JsonNode s = job.get("steps");
        if (s != null) {
            s.forEach(steps::add);
        }
        return steps;
    }

    private static JsonNode step(JsonNode job, String action) {
        return steps(job).stream()
                .filter(s -> s.path("uses").asText().startsWith(action + "@"))
                .findFirst()
                .orElseGet(() -> fail("no step uses " + action));
    }

    private static List<String> runs(JsonNode job) {
        return steps(job).stream().filter(s -> s.has("run")).map(s -> s.get("run").asText().strip()).toList();
    }

    /** Each step as its action (without the ref) or its command, to check their order. */
    private static List<String> order(JsonNode job) {
        return steps(job).stream()
                .map(s -> s.has("uses") ? s.get("uses").asText().replaceFirst("@.*", "") : s.path("run").asText().strip())
                .toList();
    }

    /** Every {@code uses:} of a workflow as the YAML reads it, from jobs and from steps. */
    private static List<String> uses(JsonNode workflow) {
        List<String> uses = new ArrayList<>();
        workflow.path("jobs").forEach(job -> {
            if (job.has("uses")) {
                uses.add(job.get("uses").asText());
            }
            steps(job).forEach(s -> {
                if (s.has("uses")) {
                    uses.add(s.get("uses").asText());
                }
            });
        });
        return uses;
    }

    /**
     * The pins of a workflow from its text, where the version comment survives. Every {@code uses:}
     * line must be a pin, and the lines must account for every {@code uses:} the YAML reads, so that
     * none hides in a form the line pattern does not see.
     */
    private static List<Pin> pins(Path file) throws IOException {
        List<Pin> pins = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!USES_LINE.matcher(line).matches()) {
                continue;
            }
            Pin pin = pin(line);
            assertNotNull(pin, file + ": not pinned to a 40-hex commit with a '# vN' comment: " + line.strip());
            pins.add(pin);
        }
        List<String> fromText = pins.stream().map(p -> p.action() + "@" + p.sha()).sorted().toList();
        List<String> fromYaml = uses(read(file)).stream().sorted().toList();
        assertEquals(fromYaml, fromText, file + ": the uses: lines and the parsed workflow differ");
        return pins;
    }

    /** The pin of one {@code uses:} line, or null when the line is not a pin with its tag. */
    private static Pin pin(String line) {
        Matcher m = PINNED_LINE.matcher(line);
        return m.matches() ? new Pin(m.group(1), m.group(2), m.group(3)) : null;
    }

    /** The committed list: action → its pin. */
    private static Map<String, Pin> pinnedList() throws IOException {
        Map<String, Pin> list = new TreeMap<>();
        for (String line : Files.readAllLines(PINNED_LIST)) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            String[] fields = entry.split("\\s+");
            assertEquals(3, fields.length, PINNED_LIST + ": expected 'owner/action sha tag': " + line);
            assertTrue(fields[1].matches("[0-9a-f]{40}"), PINNED_LIST + ": not a 40-hex commit: " + line);
            assertTrue(fields[2].matches("v\\d+\\.\\d+\\.\\d+"), PINNED_LIST + ": not a full tag: " + line);
            assertFalse(list.containsKey(fields[0]), PINNED_LIST + ": listed twice: " + fields[0]);
            list.put(fields[0], new Pin(fields[0], fields[1], fields[2]));
        }
        return list;
    }

    private static void assertJava17WithMavenCache(JsonNode job, String where) {
        JsonNode with = step(job, "actions/setup-java").path("with");
        assertEquals("temurin", with.path("distribution").asText(), where + ": distribution");
        assertEquals("17", with.path("java-version").asText(), where + ": java-version");
        assertEquals("maven", with.path("cache").asText(), where + ": cache");
    }

    private static void assertOnlyReads(Map<String, String> permissions, String where) {
        permissions.forEach((scope, access) ->
                assertTrue(access.equals("read") || access.equals("none"), where + ": " + scope + ": " + access));
    }

    private static JsonNode onlyJob(JsonNode workflow, String name) {
        JsonNode jobs = workflow.get("jobs");
        assertNotNull(jobs, "no jobs");
        assertEquals(Set.of(name), names(jobs), "jobs");
        JsonNode job = jobs.get(name);
        Map<String, String> jobPermissions = permissions(job);
        if (jobPermissions != null) {
            assertOnlyReads(jobPermissions, name + " job");
        }
        assertTrue(job.path("runs-on").asText().startsWith("ubuntu-"), "runs on Linux");
        assertTrue(steps(job).get(0).path("uses").asText().startsWith("actions/checkout@"), "checks out first");
        return job;
    }

    @Test
    void theWorkflowsAreTheFiveThisTestKnows() throws IOException {
        assertEquals(List.of("check.yml", "publish.yml", "release.yml", "sources.yml", "test.yml"),
                workflowFiles().stream().map(f -> f.getFileName().toString()).toList());
    }

    @Test
    void releaseAttachesTheJarTheLauncherAndTheirSumsOnAVersionTag() throws IOException {
        JsonNode workflow = read("release.yml");
        JsonNode triggers = triggers(workflow);
        assertEquals(Set.of("push"), triggerNames(triggers));
        assertEquals("v*", triggers.path("push").path("tags").path(0).asText());
        assertTrue(triggers.path("push").path("branches").isMissingNode(), "tags only");
        assertEquals(Map.of("contents", "read"), permissions(workflow));
        JsonNode job = workflow.path("jobs").path("release");
        assertEquals(Map.of("contents", "write"), permissions(job), "only the release job may write");
        assertJava17WithMavenCache(job, "release.yml");
        List<String> runs = runs(job);
        assertTrue(runs.stream().anyMatch(r -> r.contains("help:evaluate -Dexpression=project.version")
                && r.contains("$GITHUB_REF_NAME")), "the tag must name the pom's version");
        assertTrue(runs.contains(PACKAGE), runs.toString());
        assertTrue(runs.stream().anyMatch(r -> r.contains("sha256sum subtext.jar subtext > SHA256SUMS")), runs.toString());
        String release = runs.stream().filter(r -> r.startsWith("gh release create")).findFirst()
                .orElseGet(() -> fail("no gh release create"));
        for (String asset : List.of("target/subtext.jar", "target/subtext", "target/SHA256SUMS", "--verify-tag")) {
            assertTrue(release.contains(asset), "the release carries " + asset);
        }
    }

    @Test
    void sourcesChecksEverySourceWeeklyAndKeepsOneIssueUpToDate() throws IOException {
        JsonNode workflow = read("sources.yml");
        JsonNode triggers = triggers(workflow);
        assertEquals(Set.of("schedule", "workflow_dispatch"), triggerNames(triggers));
        assertTrue(triggers.path("schedule").path(0).path("cron").asText().matches("\\d+ \\d+ \\* \\* \\d"),
                "weekly: " + triggers.path("schedule"));
        assertEquals(Map.of("contents", "read"), permissions(workflow));
        JsonNode job = workflow.path("jobs").path("external");
        assertEquals(Map.of("contents", "read", "issues", "write"), permissions(job));
        assertJava17WithMavenCache(job, "sources.yml");
        List<String> runs = runs(job);
        assertTrue(runs.contains(PACKAGE), runs.toString());
        assertTrue(runs.stream().anyMatch(r -> r.contains("target/subtext check --external")), runs.toString());
        String issue = runs.get(runs.size() - 1);
        for (String command : List.of("gh issue list", "gh issue create", "gh issue edit", "gh issue close")) {
            assertTrue(issue.contains(command), command);
        }
    }

    private static final Path STARTER = Path.of("starter", "content-repository", ".github", "workflows");

    private static List<Path> starterFiles() throws IOException {
        try (Stream<Path> files = Files.list(STARTER)) {
            return files.sorted().toList();
        }
    }

    @Test
    void theStarterRunsAPinnedReleaseOnlyWhenItsSumsMatch() throws IOException {
        assertEquals(List.of("check.yml", "publish.yml"),
                starterFiles().stream().map(f -> f.getFileName().toString()).toList());
        for (Path file : starterFiles()) {
            JsonNode workflow = read(file);
            JsonNode env = workflow.path("env");
            assertFalse(env.path("SUBTEXT_VERSION").asText().isEmpty(), file + ": a pinned version");
            assertTrue(env.path("SUBTEXT_SHA256SUMS").asText().contains("subtext.jar"), file + ": pinned sums");
            workflow.path("jobs").forEach(job -> {
                List<String> runs = runs(job);
                assertTrue(runs.stream().noneMatch(r -> r.contains("mvn ")), file + ": never builds the generator");
                int fetch = -1;
                int use = -1;
                for (int i = 0; i < runs.size(); i++) {
                    if (runs.get(i).contains("sha256sum --check --strict")) {
                        fetch = i;
                    }
                    if (runs.get(i).startsWith(".subtext/subtext ")) {
                        use = use < 0 ? i : use;
                    }
                }
                if (use >= 0) {
                    assertTrue(fetch >= 0 && fetch < use, file + ": the sums are checked before Subtext runs");
                }
            });
        }
        JsonNode starterCheck = read(STARTER.resolve("check.yml")).path("jobs").path("content");
        assertTrue(runs(starterCheck).contains(".subtext/subtext check --format github --against \"origin/$BASE_REF\""),
                "the starter's check compares with the base too: " + runs(starterCheck));
        assertEquals(0, step(starterCheck, "actions/checkout").path("with").path("fetch-depth").asInt(-1),
                "with the history the base needs");
    }

    @Test
    void checkRunsTheContentCheckWithTheLauncherOnEveryPullRequestWithoutWaiting() throws IOException {
        JsonNode workflow = read("check.yml");
        JsonNode triggers = triggers(workflow);
        assertEquals(Set.of("pull_request"), triggerNames(triggers));
        assertTrue(triggers.path("pull_request").path("paths").isMissingNode()
                && triggers.path("pull_request").path("paths-ignore").isMissingNode(), "runs on every pull request");
        assertEquals(Map.of("contents", "read"), permissions(workflow));

        JsonNode content = onlyJob(workflow, "content");
        assertFalse(content.has("needs"), "the content check waits for no other job");
        assertJava17WithMavenCache(content, "check.yml");
        List<String> runs = runs(content);
        int pack = runs.indexOf(PACKAGE);
        int check = runs.indexOf(CHECK);
        assertTrue(pack >= 0, "packages the generator: " + runs);
        assertTrue(check > pack, "checks the content with the launcher: " + runs);
        assertEquals(0, step(content, "actions/checkout").path("with").path("fetch-depth").asInt(-1),
                "checks out the whole history, so that the base of the pull request is there to compare with");
        JsonNode checkStep = steps(content).stream().filter(s -> CHECK.equals(s.path("run").asText().strip()))
                .findFirst().orElseThrow();
        assertEquals("${{ github.base_ref }}", checkStep.path("env").path("BASE_REF").asText(),
                "compares with the pull request's base, named through the environment");
        assertFalse(runs.stream().anyMatch(r -> r.startsWith("mvn") && r.contains(" test")), "runs no tests: " + runs);
    }

    @Test
    void testRunsTheSuiteOnPullRequestsThatChangeCodeTemplatesOrTheBuild() throws IOException {
        JsonNode workflow = read("test.yml");
        JsonNode triggers = triggers(workflow);
        assertEquals(Set.of("pull_request"), triggerNames(triggers));
        List<String> paths = new ArrayList<>();
        triggers.path("pull_request").path("paths").forEach(p -> paths.add(p.asText()));
        assertTrue(paths.containsAll(List.of("generator/**", "templates/**", "pom.xml", ".github/**")),
                "code, templates, the pom and the workflows: " + paths);
        assertFalse(paths.stream().anyMatch(p -> p.startsWith("content") || p.equals("**")),
                "a content-only pull request runs no tests: " + paths);
        assertEquals(Map.of("contents", "read"), permissions(workflow));

        JsonNode test = onlyJob(workflow, "test");
        assertJava17WithMavenCache(test, "test.yml");
        List<String> runs = runs(test);
        assertTrue(runs.stream().anyMatch(r -> r.startsWith("mvn -B -ntp test")
                        && r.contains("-Dsubtext.chromium=") && r.contains("-Dsubtext.chromedriver=")
                        && r.contains("-Dsubtext.requireTools=true")),
                "runs the tests against the runner's browser, and a missing browser or nginx fails: " + runs);
    }

    @Test
    void publishBuildsOnMainAndDeploysToPagesWithMinimalPermissions() throws IOException {
        JsonNode workflow = read("publish.yml");
        JsonNode triggers = triggers(workflow);
        assertEquals(Set.of("push", "workflow_dispatch"), triggerNames(triggers));
        JsonNode branches = triggers.path("push").path("branches");
        assertTrue(branches.isArray() && branches.size() == 1 && branches.get(0).asText().equals("main"),
                "pushes to main only: " + branches);

        assertEquals(Map.of("contents", "read"), permissions(workflow), "top-level permissions");
        assertEquals("pages", workflow.path("concurrency").path("group").asText(), "concurrency group");

        JsonNode jobs = workflow.get("jobs");
        assertEquals(Set.of("build", "deploy"), names(jobs));
        JsonNode build = jobs.get("build");
        JsonNode deploy = jobs.get("deploy");

        // job graph: deploy waits for build, build waits for nothing
        assertFalse(build.has("needs"), "build needs nothing");
        JsonNode needs = deploy.get("needs");
        assertNotNull(needs, "deploy needs build");
        assertEquals("build", needs.isArray() && needs.size() == 1 ? needs.get(0).asText() : needs.asText());

        // permissions: write scopes only on deploy, and exactly the two that deploy-pages needs
        Map<String, String> buildPermissions = permissions(build);
        if (buildPermissions != null) {
            assertOnlyReads(buildPermissions, "build job");
        }
        assertEquals(Map.of("pages", "write", "id-token", "write"), permissions(deploy), "deploy permissions");

        // build: checkout, Java 17 with cache, configure-pages, package, build with its base_url, upload
        assertTrue(steps(build).get(0).path("uses").asText().startsWith("actions/checkout@"), "checks out first");
        assertJava17WithMavenCache(build, "publish.yml");
        JsonNode pages = step(build, "actions/configure-pages");
        assertEquals("pages", pages.path("id").asText(), "configure-pages has id 'pages'");
        List<String> order = order(build);
        int pack = order.indexOf(PACKAGE);
        int site = order.indexOf(BUILD);
        assertTrue(pack >= 0, "packages the generator: " + order);
        assertTrue(site > pack, "builds the site with the launcher and the Pages base URL: " + order);
        assertTrue(order.indexOf("actions/configure-pages") < site, "configure-pages runs before the build: " + order);
        JsonNode upload = step(build, "actions/upload-pages-artifact");
        assertEquals("site", upload.path("with").path("path").asText(), "uploads site/");
        assertTrue(upload.path("with").path("include-hidden-files").asBoolean(false),
                "keeps files whose names start with a dot, which upload-pages-artifact v4 and later drop");
        assertTrue(order.indexOf("actions/upload-pages-artifact") > site, "uploads after the build: " + order);

        // deploy: the github-pages environment, its URL from the deploy step
        assertEquals("github-pages", deploy.path("environment").path("name").asText());
        JsonNode deployStep = step(deploy, "actions/deploy-pages");
        String id = deployStep.path("id").asText();
        assertFalse(id.isEmpty(), "the deploy-pages step has an id");
        assertEquals("${{ steps." + id + ".outputs.page_url }}", deploy.path("environment").path("url").asText());
    }

    @Test
    void publishKeepsTheSocialCardsBetweenRunsKeyedOnWhatACardIsDrawnFrom() throws IOException {
        JsonNode build = read("publish.yml").path("jobs").path("build");
        JsonNode cache = step(build, "actions/cache");
        JsonNode with = cache.path("with");
        // CacheFolder: .subtext-cache/ beside the output folder, which is site/ in the checkout
        assertEquals(".subtext-cache/cards", with.path("path").asText(), "caches the card cache");

        String code = "hashFiles('" + CARD_CODE + "', '" + CARD_FONTS + "')";
        String key = with.path("key").asText();
        assertTrue(key.contains(code), "the key hashes the drawing code and its fonts: " + key);
        assertTrue(key.contains("hashFiles('content/**')"), "the key hashes the content: " + key);
        assertTrue(Files.isRegularFile(Path.of(CARD_CODE)), "the key names the drawing code: " + CARD_CODE);
        assertTrue(Files.isDirectory(Path.of(CARD_FONTS.replace("/**", ""))), "the key names the fonts: " + CARD_FONTS);

        // on a content change, the cards of the same drawing code come back and only changed ones are drawn
        String restore = with.path("restore-keys").asText().strip();
        assertTrue(restore.contains(code) && !restore.contains("content/**") && key.startsWith(restore),
                "restores by the drawing code alone, as a prefix of the key: " + restore);

        List<String> order = order(build);
        assertTrue(order.indexOf("actions/cache") >= 0 && order.indexOf("actions/cache") < order.indexOf(BUILD),
                "restores the cards before the build: " + order);
    }

    @Test
    void everyWorkflowRunsTheLauncherNotJavaJar() throws IOException {
        for (Path file : workflowFiles()) {
            read(file).path("jobs").forEach(job -> runs(job).forEach(run ->
                    assertFalse(run.matches("(?s).*\\bjava\\s+(-\\S+\\s+)*-jar\\b.*"),
                            file + " runs the jar without the launcher: " + run)));
        }
    }

    @Test
    void everyActionIsPinnedToTheCommitOfTheCommittedList() throws IOException {
        Map<String, Pin> list = pinnedList();
        Set<String> used = new TreeSet<>();
        List<Path> files = new ArrayList<>(workflowFiles());
        files.addAll(starterFiles());
        for (Path file : files) {
            for (Pin pin : pins(file)) {
                Pin listed = list.get(pin.action());
                assertNotNull(listed, file + ": " + pin.action() + " is not in " + PINNED_LIST);
                assertEquals(listed.sha(), pin.sha(), file + ": " + pin.action() + " is pinned to another commit");
                assertEquals(listed.tag(), pin.tag(), file + ": " + pin.action() + " names another tag");
                used.add(pin.action());
            }
        }
        assertEquals(list.keySet(), used, PINNED_LIST + " lists actions no workflow uses");
    }

    @Test
    void pinLinesNeedACommitAndTheTagInAComment() {
        String sha = "0123456789abcdef0123456789abcdef01234567";
        for (String ok : List.of("uses: actions/checkout@" + sha + " # v7.0.1", "      - uses: o/r@" + sha + " # v5",
                "  uses: o/r/sub/dir@" + sha + "  #v1.2")) {
            assertNotNull(pin(ok), ok);
        }
        for (String bad : List.of("uses: actions/checkout@v7.0.1", "uses: actions/checkout@" + sha,
                "uses: actions/checkout@" + sha + " # seven", "uses: actions/checkout@" + sha.substring(1) + " # v7",
                "uses: actions/checkout@main # v7", "uses: docker://alpine:3", "uses: ./local-action")) {
            assertNull(pin(bad), bad);
        }
    }

    @Test
    void dependabotKeepsTheActionsAndMavenCurrentWeekly() throws IOException {
        JsonNode config = read(GITHUB.resolve("dependabot.yml"));
        assertEquals(2, config.path("version").asInt());
        Map<String, String> intervals = new TreeMap<>();
        config.path("updates").forEach(u -> intervals.put(u.path("package-ecosystem").asText(),
                u.path("schedule").path("interval").asText()));
        assertEquals(Map.of("github-actions", "weekly", "maven", "weekly"), intervals);
    }

    @Test
    void onKeyIsReadWhicheverWayTheParserResolvesIt() throws IOException {
        for (String yaml : List.of("on:\n  push:\n", "true:\n  push:\n", "\"on\":\n  push:\n")) {
            assertEquals(Set.of("push"), triggerNames(triggers(YAML.readTree(yaml))), yaml);
        }
    }

    private static Set<String> names(JsonNode map) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = map.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }
}
