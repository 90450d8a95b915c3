package org.subtext.frontmatter;

import java.util.ArrayList;
import java.util.List;

import org.subtext.diag.Diagnostics;
import org.subtext.model.Actor;
import org.subtext.model.Author;
import org.subtext.model.Page;
import org.subtext.model.Explainer;
import org.subtext.model.SiteConfig;
import org.subtext.model.TimelineEvent;
import org.subtext.source.SourceFile;

/**
 * Parses content files into model records: YAML into a positioned tree, the tree into typed
 * records, then the rules a single file can be checked against. Problems go to the diagnostics;
 * a file too broken to use comes back empty.
 */
public final class FrontMatterParser {

    private final YamlTreeReader yaml = new YamlTreeReader();

    public SiteConfig parseSite(SourceFile file, Diagnostics diagnostics) {
        YamlNode root = readYaml(file.displayPath(), file.text(), 1, diagnostics);
        MapReader in = root == null ? null : MapReader.of(root, "site.yaml", SiteConfigReader.KEYS, diagnostics);
        return in == null ? null : SiteConfigReader.read(in, diagnostics);
    }

    public Explainer parseExplainer(SourceFile file, Diagnostics diagnostics) {
        return parseExplainer(file, FrontMatterSplitter.split(file), diagnostics);
    }

    /** Parses an explainer split already, by a caller that needs the split too. */
    public Explainer parseExplainer(SourceFile file, FrontMatterSplitter.Result result, Diagnostics diagnostics) {
        FrontMatterSplitter.Split split = split(result, diagnostics);
        MapReader in = split == null ? null : frontMatter(file, split, ExplainerReader.KEYS, diagnostics);
        if (in == null) {
            return null;
        }
        Explainer explainer = new ExplainerReader(diagnostics)
                .read(file.stem(), file.displayPath(), in, split.body(), split.bodyFirstLine());
        if (explainer != null) {
            new ExplainerRules(diagnostics).check(explainer);
        }
        return explainer;
    }

    public Actor parseActor(SourceFile file, Diagnostics diagnostics) {
        FrontMatterSplitter.Split split = split(file, diagnostics);
        MapReader in = split == null ? null : frontMatter(file, split, ActorReader.KEYS, diagnostics);
        return in == null ? null
                : ActorReader.read(file.stem(), file.displayPath(), in, split.body(), split.bodyFirstLine());
    }

    public Author parseAuthor(SourceFile file, Diagnostics diagnostics) {
        FrontMatterSplitter.Split split = split(file, diagnostics);
        MapReader in = split == null ? null : frontMatter(file, split, AuthorReader.KEYS, diagnostics);
        return in == null ? null
                : AuthorReader.read(file.stem(), file.displayPath(), in, split.body(), split.bodyFirstLine(), diagnostics);
    }

    public Page parsePage(SourceFile file, Diagnostics diagnostics) {
        FrontMatterSplitter.Split split = split(file, diagnostics);
        MapReader in = split == null ? null : frontMatter(file, split, PageReader.KEYS, diagnostics);
        return in == null ? null
                : PageReader.read(file.stem(), file.displayPath(), in, split.body(), split.bodyFirstLine(), diagnostics);
    }

    /** A file in {@code events/}: a YAML list of events. */
    public List<TimelineEvent> parseEvents(SourceFile file, Diagnostics diagnostics) {
        YamlNode root = readYaml(file.displayPath(), file.text(), 1, diagnostics);
        if (root == null) {
            return List.of();
        }
        if (!(root instanceof YamlNode.Sequence sequence)) {
            diagnostics.error(root.position(), "an events file holds a YAML list of events ('- id: ...'), found "
                    + root.describe());
            return List.of();
        }
        List<TimelineEvent> events = new ArrayList<>();
        for (int i = 0; i < sequence.items().size(); i++) {
            MapReader in = MapReader.of(sequence.items().get(i), "[" + i + "]", EventReader.KEYS, diagnostics);
            TimelineEvent event = in == null ? null : EventReader.read(in, diagnostics);
            if (event != null) {
                events.add(event);
            }
        }
        return events;
    }

    private static FrontMatterSplitter.Split split(SourceFile file, Diagnostics diagnostics) {
        return split(FrontMatterSplitter.split(file), diagnostics);
    }

    private static FrontMatterSplitter.Split split(FrontMatterSplitter.Result result, Diagnostics diagnostics) {
        if (result instanceof FrontMatterSplitter.Failed failed) {
            diagnostics.add(failed.diagnostic());
            return null;
        }
        return ((FrontMatterSplitter.Ok) result).split();
    }

    private MapReader frontMatter(SourceFile file, FrontMatterSplitter.Split split, java.util.Set<String> keys,
                                  Diagnostics diagnostics) {
        YamlNode root = readYaml(file.displayPath(), split.yaml(), split.yamlFirstLine(), diagnostics);
        if (root == null) {
            return null;
        }
        if (!(root instanceof YamlNode.Mapping)) {
            diagnostics.error(root.position(), "front matter must be a map of keys ('title: ...'), found "
                    + root.describe());
            return null;
        }
        return MapReader.of(root, "", keys, diagnostics);
    }

    private YamlNode readYaml(String path, String text, int firstLine, Diagnostics diagnostics) {
        YamlTreeReader.Result result = yaml.read(path, text, firstLine);
        if (result instanceof YamlTreeReader.Failed failed) {
            diagnostics.add(failed.diagnostic());
            return null;
        }
        YamlNode root = ((YamlTreeReader.Ok) result).root();
        CommentedValues.warn(root, text, firstLine, diagnostics);
        return root;
    }
}
