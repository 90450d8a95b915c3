package org.subtext.markdown.internal;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Makes each table reachable by keyboard: the stylesheet lets a table wider than the page scroll
 * sideways, and a scrolling region must take focus to be scrolled without a mouse (WCAG 2.1.1).
 */
public final class ScrollableTablesExtension implements HtmlRenderer.HtmlRendererExtension {

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return (node, part, attributes) -> {
                    if (node instanceof TableBlock) {
                        attributes.replaceValue("tabindex", "0");
                    }
                };
            }
        });
    }
}
