package org.subtext.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A program some tests drive that Maven cannot fetch: Debian packages, each at a path a system
 * property can point elsewhere (the GitHub runner's Chrome, or a missing path to see the skip).
 */
public enum Tool {

    CHROMIUM("browser tests need Debian's chromium and chromium-driver", "apt-get install chromium chromium-driver"),
    NGINX("the publishing test needs Debian's nginx-light", "apt-get install nginx-light");

    private final String need;
    private final String install;

    Tool(String need, String install) {
        this.need = need;
        this.install = install;
    }

    public static Path chromium() {
        return Path.of(System.getProperty("subtext.chromium", "/usr/bin/chromium"));
    }

    public static Path chromedriver() {
        return Path.of(System.getProperty("subtext.chromedriver", "/usr/bin/chromedriver"));
    }

    public static Path nginx() {
        return Path.of(System.getProperty("subtext.nginx", "/usr/sbin/nginx"));
    }

    /** nginx's types file, which the publishing test's configuration includes. */
    public static Path nginxMimeTypes() {
        return Path.of(System.getProperty("subtext.nginxMimeTypes", "/etc/nginx/mime.types"));
    }

    /** The files of this tool that are not there: programs must be executable, nginx's types file readable. */
    List<Path> missing() {
        List<Path> missing = new ArrayList<>();
        for (Path program : this == CHROMIUM ? List.of(chromium(), chromedriver()) : List.of(nginx())) {
            if (!Files.isExecutable(program)) {
                missing.add(program);
            }
        }
        if (this == NGINX && !Files.isReadable(nginxMimeTypes())) {
            missing.add(nginxMimeTypes());
        }
        return missing;
    }

    /** What is missing and how to install it, in one line. */
    String advice() {
        return need + " (" + install + "); missing " + missing().stream().map(Path::toString)
                .collect(Collectors.joining(", "));
    }
}
