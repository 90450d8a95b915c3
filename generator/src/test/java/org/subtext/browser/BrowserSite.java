package org.subtext.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.subtext.pipeline.BuildOptions;
import org.subtext.pipeline.BuildResult;
import org.subtext.pipeline.SiteBuilder;
import org.subtext.testing.TestSites;
import org.subtext.testing.Tool;

/**
 * The sample site (content/ with the project's templates), built once into a temporary folder and
 * served on loopback, with headless Debian Chromium driven through /usr/bin/chromedriver. Selenium
 * Manager is never used: the driver and browser paths are set explicitly. Shared by every browser
 * test of the run and closed when the JVM exits.
 */
final class BrowserSite {

    static final Path CHROMIUM = Tool.chromium();
    static final Path CHROMEDRIVER = Tool.chromedriver();

    static final Path GOLDEN_CONTENT = Path.of("generator/src/test/resources/sites/basic/content");

    /** One URL per page type, relative to the site root. */
    static final Map<String, String> PAGE_TYPES = Map.ofEntries(
            Map.entry("home", ""),
            Map.entry("explainer", "explainers/russia-ready-for-talks/"),
            Map.entry("actor", "actors/sergei-lavrov/"),
            Map.entry("timeline", "timeline/"),
            Map.entry("timeline-pair", "timeline/actors/vladimir-putin/tags/negotiations/"),
            Map.entry("claims", "claims/"),
            Map.entry("tags", "tags/"),
            Map.entry("tag", "tags/negotiations/"),
            Map.entry("section", "sections/geopolitics/"),
            Map.entry("actors", "actors/"),
            Map.entry("404", "no-such-page/"),
            Map.entry("search", "search/"));

    private static BrowserSite shared;

    final Path dir;
    final Path site;
    final StaticServer server;
    private final ChromeDriverService service;
    private StaticServer golden;
    private ChromeDriver withScript;
    private ChromeDriver withoutScript;

    private BrowserSite() throws IOException {
        dir = Files.createTempDirectory("subtext-browser");
        site = dir.resolve("site");
        BuildResult result = new SiteBuilder().build(new BuildOptions(Path.of("content"), TestSites.TEMPLATES, site,
                false, null));
        assertTrue(result.ok(), () -> String.join("\n", TestSites.messages(result, Path.of("."))));
        server = new StaticServer(site);
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().withLogFile(new File(dir.toFile(), "chromedriver.log")).build();
        service.start();
        Runtime.getRuntime().addShutdownHook(new Thread(this::close));
    }

    /**
     * The shared site. Every class that calls this is marked {@code @Requires(Tool.CHROMIUM)}, which
     * skips it (or in CI fails it) before it gets here when the browser is missing.
     */
    static synchronized BrowserSite get() throws IOException {
        if (shared == null) {
            shared = new BrowserSite();
        }
        return shared;
    }

    String url(String sitePath) {
        return server.origin() + "/" + sitePath;
    }

    /**
     * A page of the golden fixture site (sites/basic), built once at the root of its own server: its
     * content stays put while the sample site's is rewritten, so tests that need exact ids use it.
     */
    synchronized String goldenUrl(String sitePath) throws IOException {
        if (golden == null) {
            Path out = dir.resolve("golden");
            BuildResult result = new SiteBuilder().build(new BuildOptions(GOLDEN_CONTENT, TestSites.TEMPLATES, out,
                    false, "https://golden.invalid/"));
            assertTrue(result.ok(), () -> String.join("\n", TestSites.messages(result, Path.of("."))));
            golden = new StaticServer(out);
        }
        return golden.origin() + "/" + sitePath;
    }

    synchronized ChromeDriver browser() {
        if (withScript == null) {
            withScript = start(true);
        }
        return withScript;
    }

    synchronized ChromeDriver browserWithoutJavaScript() {
        if (withoutScript == null) {
            withoutScript = start(false);
        }
        return withoutScript;
    }

    private ChromeDriver start(boolean javascript) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        Path profile;
        try {
            profile = Files.createTempDirectory(dir, "profile");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,900");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        // a reader's window has focus; headless Chromium 150 no longer gives its page focus, and a page
        // without it moves focus without firing focus events (so focus() showed no preview)
        driver.executeCdpCommand("Emulation.setFocusEmulationEnabled", Map.of("enabled", true));
        return driver;
    }

    /** The browser log entries at SEVERE since the last call (reading the log empties it). */
    static List<LogEntry> severe(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    }

    /**
     * Loads {@code url} afresh: through a blank page first, so that the same page (or only another
     * hash of it) is really loaded again and its scripts run from the start.
     */
    static void load(ChromeDriver driver, String url) {
        driver.get("about:blank");
        driver.get(url);
    }

    /**
     * The viewport, as on a device of that size ({@code clearViewport} undoes it); resizing the window
     * of headless Chromium leaves the viewport a little smaller than asked.
     */
    static void viewport(ChromeDriver driver, int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    static void clearViewport(ChromeDriver driver) {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** Prefers-color-scheme for the pages that follow: "light" or "dark". */
    static void colorScheme(ChromeDriver driver, String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    private synchronized void close() {
        for (ChromeDriver driver : new ChromeDriver[] {withScript, withoutScript}) {
            if (driver != null) {
                try {
                    driver.quit();
                } catch (RuntimeException ignored) {
                    // the JVM is exiting
                }
            }
        }
        service.stop();
        server.close();
        if (golden != null) {
            golden.close();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a temporary folder
        }
    }
}
