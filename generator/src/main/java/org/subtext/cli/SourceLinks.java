package org.subtext.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.subtext.concurrent.Parallel;
import org.subtext.diag.Diagnostics;
import org.subtext.diag.SourcePosition;
import org.subtext.external.ExternalSource;
import org.subtext.frontmatter.FrontMatterParser;
import org.subtext.model.Explainer;
import org.subtext.model.Source;
import org.subtext.source.ContentLoader;
import org.subtext.source.SourceFile;

/**
 * The source links of a content folder, for {@code check --external}: each source's url, placed at
 * its value in the front matter. The content is read again here, its problems already reported by
 * the check that ran first; drafts count only with --drafts, as in the build.
 */
final class SourceLinks {

    private SourceLinks() {
    }

    static List<ExternalSource> of(Path content, boolean drafts) {
        Diagnostics reportedAlready = new Diagnostics();
        ContentLoader loader = new ContentLoader(reportedAlready);
        FrontMatterParser parser = new FrontMatterParser();
        List<List<ExternalSource>> perFile = Parallel.map(loader.load(content).explainers(), unread -> {
            SourceFile file = loader.read(unread);
            Explainer explainer = file == null ? null : parser.parseExplainer(file, reportedAlready);
            return explainer == null || explainer.draft() && !drafts ? List.<ExternalSource>of()
                    : links(explainer, file.text().lines().toList());
        });
        return perFile.stream().flatMap(List::stream).toList();
    }

    private static List<ExternalSource> links(Explainer explainer, List<String> lines) {
        List<ExternalSource> links = new ArrayList<>();
        for (Source source : explainer.sources()) {
            if (source.url() == null) {
                continue;
            }
            String archived = source.archived();
            links.add(new ExternalSource("source '" + source.id() + "'", source.url(),
                    valueOf("url", source.position(), lines), archived,
                    archived == null ? null : valueOf("archived", source.position(), lines)));
        }
        return links;
    }

    /**
     * Where the value of {@code key} starts in the block-style map that begins at {@code map}: its keys
     * sit at the map's column until a line indented less. A map written otherwise (flow style) gives
     * the map's own position.
     */
    private static SourcePosition valueOf(String key, SourcePosition map, List<String> lines) {
        int indent = map.column() - 1;
        for (int i = map.line() - 1; indent >= 0 && i >= 0 && i < lines.size(); i++) {
            String line = lines.get(i);
            String rest = line.strip();
            if (i > map.line() - 1 && (rest.isEmpty() || rest.startsWith("#"))) {
                continue;
            }
            int start = i == map.line() - 1 ? indent : line.length() - line.stripLeading().length();
            if (start < indent) {
                break;
            }
            if (start == indent && line.startsWith(key + ":", start)) {
                int value = start + key.length() + 1;
                while (value < line.length() && line.charAt(value) == ' ') {
                    value++;
                }
                return map.atLine(i + 1, value + 1);
            }
        }
        return map;
    }
}
