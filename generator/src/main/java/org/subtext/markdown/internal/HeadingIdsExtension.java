package org.subtext.markdown.internal;

import java.util.Map;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/** Gives headings the ids chosen for them before rendering (unique, clear of the page's own ids). */
public final class HeadingIdsExtension implements HtmlRenderer.HtmlRendererExtension {

    /** Heading ids of one document, set on the document before it is rendered. */
    public static final DataKey<Map<Node, String>> HEADING_IDS = new DataKey<>("SUBTEXT_HEADING_IDS", Map.of());

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                Map<Node, String> ids = HEADING_IDS.get(context.getDocument());
                return (node, part, attributes) -> {
                    if (node instanceof Heading) {
                        String id = ids.get(node);
                        if (id != null) {
                            attributes.replaceValue("id", id);
                        }
                    }
                };
            }
        });
    }
}
