package org.subtext.markdown;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.wikilink.WikiLinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.data.DataSet;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import org.subtext.markdown.internal.HeadingIdsExtension;
import org.subtext.markdown.internal.ScrollableTablesExtension;

/**
 * The Flexmark extensions and options that Markdown is read and written with, declared once: the
 * parser and the renderer are built from them, and {@link QuickMarkdown} is used only while they
 * are the ones it was written for.
 */
record FlexmarkSetup(List<Extension> extensions, DataSet options) {

    FlexmarkSetup {
        extensions = List.copyOf(extensions);
        options = options.toImmutable();
    }

    /** Tables, footnotes, wikilinks (resolved before rendering) and heading ids chosen beforehand. */
    static FlexmarkSetup standard() {
        MutableDataSet options = new MutableDataSet();
        options.set(WikiLinkExtension.LINK_FIRST_SYNTAX, true);
        options.set(WikiLinkExtension.ALLOW_ANCHORS, true);
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-backref");
        options.set(TablesExtension.CLASS_NAME, "md-table");
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        return new FlexmarkSetup(List.of(TablesExtension.create(), FootnoteExtension.create(),
                WikiLinkExtension.create(), new HeadingIdsExtension(), new ScrollableTablesExtension()), options);
    }

    /** This setup with one more extension. */
    FlexmarkSetup with(Extension extension) {
        List<Extension> more = new ArrayList<>(extensions);
        more.add(extension);
        return new FlexmarkSetup(more, options);
    }
}
