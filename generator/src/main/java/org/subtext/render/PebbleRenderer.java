package org.subtext.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import org.subtext.diag.Diagnostic;
import org.subtext.diag.SourcePosition;

/**
 * Renders view records with Pebble templates from the templates folder, over the built-in set.
 * Autoescaping is on and variables are strict, so a template typo fails the build instead of
 * printing nothing.
 */
public final class PebbleRenderer {

    /** A template that failed, as a diagnostic pointing into the template file. */
    public static final class TemplateException extends Exception {
        private final transient Diagnostic diagnostic;

        TemplateException(Diagnostic diagnostic) {
            super(diagnostic.message(), null, false, false);
            this.diagnostic = diagnostic;
        }

        public Diagnostic diagnostic() {
            return diagnostic;
        }
    }

    private final PebbleEngine engine;
    private final String templatesDisplay;
    private final Map<String, byte[]> builtIn;
    /** One page writer a thread, emptied for each page it renders. */
    private final ThreadLocal<PageWriter> writers = ThreadLocal.withInitial(PageWriter::new);

    public PebbleRenderer(Path templatesDir) {
        this(templatesDir, BuiltInTemplates.files());
    }

    /** @param builtIn the built-in templates and static files by path, as {@link BuiltInTemplates#files} */
    public PebbleRenderer(Path templatesDir, Map<String, byte[]> builtIn) {
        String display = templatesDir.toString();
        this.templatesDisplay = display.endsWith("/") ? display : display + "/";
        this.builtIn = builtIn;
        TemplateLoader loader = new TemplateLoader(templatesDir.toAbsolutePath(), templatesDisplay, builtIn);
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .strictVariables(true)
                .autoEscaping(true)
                .newLineTrimming(true)
                .cacheActive(true)
                .addEscapingStrategy("html", new HtmlEscaping())
                .extension(new AbstractExtension() {
                    @Override
                    public List<AttributeResolver> getAttributeResolver() {
                        return List.of(new RecordAttributes());
                    }

                    @Override
                    public Map<String, io.pebbletemplates.pebble.extension.Filter> getFilters() {
                        return WordFilters.all();
                    }
                })
                .build();
    }

    /**
     * Compiles every template of the folder and the built-in set ahead of the first render, so that it
     * can happen on a spare core while content loads; a template that fails here fails again, with its
     * message, when a page renders with it.
     */
    public PebbleRenderer compileAll(Path templatesDir) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        builtIn.keySet().stream().filter(n -> n.endsWith(".peb") && n.indexOf('/') < 0).forEach(names::add);
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(templatesDir)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".peb")).forEach(names::add);
        } catch (IOException e) {
            // no folder of the project's own: the built-in set alone
        }
        for (String name : names) {
            try {
                engine.getTemplate(name.substring(0, name.length() - ".peb".length()));
            } catch (PebbleException e) {
                // reported by the page that uses it
            }
        }
        return this;
    }

    /** A language's interface words as templates read them ({@code t.key}), made once for all its pages. */
    public record TemplateWords(Map<String, Object> words) {

        public static TemplateWords of(Map<String, String> words) {
            return new TemplateWords(WordFilters.forTemplates(words));
        }
    }

    private static final TemplateWords NO_WORDS = new TemplateWords(Map.of());

    /** The page, in UTF-8, for a template that uses no interface words. */
    public byte[] render(String template, Object view) throws TemplateException {
        return render(template, view, NO_WORDS);
    }

    /** The page, in UTF-8; templates find its view as {@code page} and its language's words as {@code t}. */
    public byte[] render(String template, Object view, TemplateWords words) throws TemplateException {
        try {
            PebbleTemplate compiled = engine.getTemplate(template);
            PageWriter out = writers.get().reset();
            compiled.evaluate(out, Map.of("page", view, "t", words.words()));
            return out.bytes();
        } catch (PebbleException e) {
            String file = e.getFileName() == null ? template + ".peb" : Path.of(e.getFileName()).getFileName().toString();
            if (!file.endsWith(".peb")) {
                file = file + ".peb";
            }
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            String message = e.getPebbleMessage() == null ? e.getClass().getSimpleName() : e.getPebbleMessage();
            if (e instanceof io.pebbletemplates.pebble.error.LoaderException) {
                throw new TemplateException(Diagnostic.error(SourcePosition.ofFile(templatesDisplay + file), message));
            }
            throw new TemplateException(Diagnostic.error(new SourcePosition(templatesDisplay + file, line, 1),
                    "template error: " + message));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
