package org.subtext.pipeline;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import org.subtext.diag.Diagnostics;
import org.subtext.frontmatter.FrontMatterParser;
import org.subtext.frontmatter.FrontMatterSplitter;
import org.subtext.model.Explainer;
import org.subtext.source.SourceFile;

/**
 * Explainers parsed on the core that read each file, the moment it is read, and fingerprinted there
 * for the build record; the loaded sources then hold each file without its text. Read first and
 * parsed after, a site's texts (112 MB at 10,000 explainers) lived through several young collections,
 * were copied into the old generation and died there, where only a full collection reclaims them.
 */
final class ParsedExplainers implements UnaryOperator<SourceFile> {

    /** {@code front}: the fingerprint of all but the body, null where the file cannot be split. */
    private record Parsed(Explainer explainer, String text, String front) {
    }

    private final FrontMatterParser parser;
    private final Diagnostics diagnostics;
    private final boolean fingerprinted;
    private final Map<String, Parsed> byPath = new ConcurrentHashMap<>();

    /** @param fingerprinted whether the build keeps a record, which needs each file's fingerprints */
    ParsedExplainers(FrontMatterParser parser, Diagnostics diagnostics, boolean fingerprinted) {
        this.parser = parser;
        this.diagnostics = diagnostics;
        this.fingerprinted = fingerprinted;
    }

    @Override
    public SourceFile apply(SourceFile file) {
        FrontMatterSplitter.Result split = FrontMatterSplitter.split(file);
        Explainer explainer = parser.parseExplainer(file, split, diagnostics);
        String text = null;
        String front = null;
        if (fingerprinted) {
            text = Digest.of(file.text());
            if (split instanceof FrontMatterSplitter.Ok ok) {
                front = new Digest().add(file.displayPath()).add(ok.split().yaml()).add(ok.split().yamlFirstLine())
                        .add(ok.split().bodyFirstLine()).hex();
            }
        }
        byPath.put(file.path(), new Parsed(explainer, text, front));
        return file.parsed();
    }

    /** The explainer read from {@code file}, or null where the file was too broken to use (reported). */
    Explainer explainer(SourceFile file) {
        return byPath.get(file.path()).explainer();
    }

    /** The fingerprint of everything in {@code file} but its body, or null where it has no front matter. */
    String front(SourceFile file) {
        return byPath.get(file.path()).front();
    }

    /** The fingerprint of the whole of {@code file}'s text. */
    String text(SourceFile file) {
        return byPath.get(file.path()).text();
    }
}
