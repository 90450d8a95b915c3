package org.subtext.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

/**
 * Reads the GitHub Actions workflows as data and checks what they promise: when they run, which
 * jobs depend on which, the token's permissions, pinned actions, Java 17 with the Maven cache, and
 * the commands they run.
 */
class WorkflowFilesTest {

    private static final Path WORKFLOWS = Path.of(".github", "workflows");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** owner/repo[/path]@ref, where ref is vMAJOR.MINOR.PATCH (optionally more) or a full commit SHA. */
    private static final Pattern PINNED = Pattern.compile(
            "[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/[A-Za-z0-9_./-]+)?@(v?\\d+\\.\\d+\\.\\d+([.-][0-9A-Za-z.-]+)?|[0-9a-f]{40})");

    private static JsonNode read(String name) throws IOException {
        Path file = WORKFLOWS.resolve(name);
        assertTrue(Files.isRegularFile(file), "missing " + file);
        JsonNode root = YAML.readTree(file.toFile());
        assertNotNull(root, file + " is empty");
        assertTrue(root.isObject(), file + " is not a map");
        return root;
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

    private static void assertEveryActionPinned(JsonNode workflow, String name) {
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
        assertFalse(uses.isEmpty(), name + " uses no actions");
        for (String u : uses) {
            assertTrue(PINNED.matcher(u).matches(),
                    name + ": " + u + " is not pinned to a full version (vX.Y.Z) or a 40-hex commit SHA");
        }
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

    @Test
    void checkRunsTheTestsAndTheContentCheckOnPullRequests() throws IOException {
        JsonNode workflow = read("check.yml");
        assertEquals(Set.of("pull_request"), triggerNames(triggers(workflow)));
        assertEquals(Map.of("contents", "read"), permissions(workflow));

        JsonNode jobs = workflow.get("jobs");
        assertNotNull(jobs, "no jobs");
        assertEquals(1, jobs.size(), "one job");
        JsonNode job = jobs.elements().next();
        Map<String, String> jobPermissions = permissions(job);
        if (jobPermissions != null) {
            assertOnlyReads(jobPermissions, "check job");
        }
        assertTrue(job.path("runs-on").asText().startsWith("ubuntu-"), "runs on Linux");

        List<JsonNode> steps = steps(job);
        assertTrue(steps.get(0).path("uses").asText().startsWith("actions/checkout@"), "checks out first");
        assertJava17WithMavenCache(job, "check.yml");

        List<String> runs = runs(job);
        int test = -1;
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).startsWith("mvn -B -ntp test")) {
                test = i;
                assertTrue(runs.get(i).contains("-Dsubtext.chromium=") && runs.get(i).contains("-Dsubtext.chromedriver="),
                        "points the browser tests at the runner's browser: " + runs.get(i));
            }
        }
        int pack = runs.indexOf("mvn -q -B package -DskipTests");
        int check = runs.indexOf("java -jar target/subtext.jar check --format github");
        assertTrue(test >= 0, "runs the tests: " + runs);
        assertTrue(pack > test, "packages the jar after the tests: " + runs);
        assertTrue(check > pack, "checks the content with the jar: " + runs);
        assertEveryActionPinned(workflow, "check.yml");
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
        List<String> runs = runs(build);
        int pack = runs.indexOf("mvn -q -B package -DskipTests");
        int site = runs.indexOf("java -jar target/subtext.jar build --base-url \"${{ steps.pages.outputs.base_url }}/\"");
        assertTrue(pack >= 0, "packages the jar: " + runs);
        assertTrue(site > pack, "builds the site with the Pages base URL: " + runs);
        List<String> order = steps(build).stream()
                .map(s -> s.has("uses") ? s.get("uses").asText().replaceFirst("@.*", "") : s.path("run").asText().strip())
                .toList();
        assertTrue(order.indexOf("actions/configure-pages") < order.indexOf(runs.get(site)),
                "configure-pages runs before the build: " + order);
        JsonNode upload = step(build, "actions/upload-pages-artifact");
        assertEquals("site", upload.path("with").path("path").asText(), "uploads site/");
        assertTrue(order.indexOf("actions/upload-pages-artifact") > order.indexOf(runs.get(site)),
                "uploads after the build: " + order);

        // deploy: the github-pages environment, its URL from the deploy step
        assertEquals("github-pages", deploy.path("environment").path("name").asText());
        JsonNode deployStep = step(deploy, "actions/deploy-pages");
        String id = deployStep.path("id").asText();
        assertFalse(id.isEmpty(), "the deploy-pages step has an id");
        assertEquals("${{ steps." + id + ".outputs.page_url }}", deploy.path("environment").path("url").asText());
        assertEveryActionPinned(workflow, "publish.yml");
    }

    @Test
    void pinPatternAcceptsFullVersionsAndShasOnly() {
        for (String ok : List.of("actions/checkout@v4.2.2", "actions/setup-java@v4.7.1", "o/r@1.2.3",
                "o/r/sub/dir@v1.0.0", "o/r@v1.2.3-beta.1", "o/r@" + "0123456789abcdef0123456789abcdef01234567")) {
            assertTrue(PINNED.matcher(ok).matches(), ok);
        }
        for (String bad : List.of("actions/checkout@v4", "actions/checkout@v4.2", "actions/checkout@main",
                "actions/checkout", "o/r@0123456789abcdef", "docker://alpine:3", "./local-action")) {
            assertFalse(PINNED.matcher(bad).matches(), bad);
        }
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
