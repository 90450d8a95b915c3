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
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import org.subtext.diag.Diagnostic;
import org.subtext.diag.SourcePosition;

/**
 * Renders view records with Pebble templates from the templates folder. Autoescaping is on and
 * variables are strict, so a template typo fails the build instead of printing nothing.
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
    /** One page writer a thread, emptied for each page it renders. */
    private final ThreadLocal<PageWriter> writers = ThreadLocal.withInitial(PageWriter::new);

    public PebbleRenderer(Path templatesDir) {
        FileLoader loader = new TemplateLoader();
        loader.setPrefix(templatesDir.toAbsolutePath().toString());
        loader.setSuffix(".peb");
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
                })
                .build();
        String display = templatesDir.toString();
        this.templatesDisplay = display.endsWith("/") ? display : display + "/";
    }

    /**
     * Compiles every template of the folder ahead of the first render, so that it can happen on a
     * spare core while content loads; a template that fails here fails again, with its message, when
     * a page renders with it.
     */
    public PebbleRenderer compileAll(Path templatesDir) {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(templatesDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".peb")).sorted().toList()) {
                String name = file.getFileName().toString();
                try {
                    engine.getTemplate(name.substring(0, name.length() - ".peb".length()));
                } catch (PebbleException e) {
                    // reported by the page that uses it
                }
            }
        } catch (IOException e) {
            // reported when the pages render
        }
        return this;
    }

    /**
     * Pebble asks its loader to resolve every include's name against the including template, and
     * {@code FileLoader} runs two regular-expression replacements to do so each time: at 10,000
     * explainers, a hundred thousand includes and a percent of the build. Only a name starting with
     * "./" or "../" is relative, and for any other the answer is null (the name as it is).
     */
    private static final class TemplateLoader extends FileLoader {
        @Override
        public String resolveRelativePath(String relativePath, String anchorPath) {
            return relativePath == null || !relativePath.startsWith(".") ? null
                    : super.resolveRelativePath(relativePath, anchorPath);
        }
    }

    /** The page, in UTF-8. */
    public byte[] render(String template, Object view) throws TemplateException {
        try {
            PebbleTemplate compiled = engine.getTemplate(template);
            PageWriter out = writers.get().reset();
            compiled.evaluate(out, Map.of("page", view));
            return out.bytes();
        } catch (PebbleException e) {
            String file = e.getFileName() == null ? template + ".peb" : Path.of(e.getFileName()).getFileName().toString();
            if (!file.endsWith(".peb")) {
                file = file + ".peb";
            }
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            String message = e.getPebbleMessage() == null ? e.getClass().getSimpleName() : e.getPebbleMessage();
            throw new TemplateException(Diagnostic.error(new SourcePosition(templatesDisplay + file, line, 1),
                    "template error: " + message));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
