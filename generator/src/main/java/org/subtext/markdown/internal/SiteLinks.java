package org.subtext.markdown.internal;

import java.util.Map;
import java.util.Set;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Renderer extension for site links: a URL starting with '/' is site-root-relative and gets the
 * base path in front, so content works under a sub-path; headings get the ids chosen for them.
 */
public final class SiteLinks implements HtmlRenderer.HtmlRendererExtension {

    /** Heading ids of one document, chosen before rendering; set on the document. */
    public static final DataKey<Map<Node, String>> HEADING_IDS = new DataKey<>("SUBTEXT_HEADING_IDS", Map.of());

    private final String basePath;

    public SiteLinks(String basePath) {
        this.basePath = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.linkResolverFactory(new LinkResolverFactory() {
            @Override
            public Set<Class<?>> getAfterDependents() {
                return null;
            }

            @Override
            public Set<Class<?>> getBeforeDependents() {
                return null;
            }

            @Override
            public boolean affectsGlobalScope() {
                return false;
            }

            @Override
            public LinkResolver apply(LinkResolverBasicContext context) {
                return (node, ctx, link) -> {
                    String url = link.getUrl();
                    if (url.startsWith("/") && !url.startsWith("//")) {
                        return link.withUrl(basePath + url).withStatus(LinkStatus.VALID);
                    }
                    return link;
                };
            }
        });
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(com.vladsch.flexmark.html.renderer.LinkResolverContext context) {
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
