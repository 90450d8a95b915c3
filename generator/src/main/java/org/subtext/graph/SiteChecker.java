package org.subtext.graph;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.subtext.diag.Diagnostics;
import org.subtext.diag.SourcePosition;
import org.subtext.diag.Suggestions;
import org.subtext.model.Actor;
import org.subtext.model.Content;
import org.subtext.model.Explainer;
import org.subtext.model.LocalName;
import org.subtext.model.Page;
import org.subtext.model.Policy;
import org.subtext.model.Publisher;
import org.subtext.model.Ref;
import org.subtext.model.SiteConfig;
import org.subtext.source.AssetFile;

/**
 * Checks what {@code site.yaml} names in other files, and what other files name in it: the
 * publisher's logo, the policies' pages, pages' slugs against the paths the site generates, and
 * every language code against {@code languages}.
 */
final class SiteChecker {

    private final Diagnostics diagnostics;

    SiteChecker(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** @param published the explainers of this build; {@code pageDrafts} the slugs of pages left out of it */
    void check(Content content, List<Explainer> published, Set<String> pageDrafts) {
        SiteConfig site = content.site();
        checkLogo(site.publisher(), content.assets());
        Set<String> pages = content.pages().stream().map(Page::slug).filter(slug -> !pageDrafts.contains(slug))
                .collect(Collectors.toCollection(TreeSet::new));
        pages.addAll(content.unreadable());
        for (Map.Entry<String, Policy> policy : site.policies().given().entrySet()) {
            Ref page = policy.getValue().page();
            if (page == null) {
                continue;
            }
            if (pageDrafts.contains(page.id())) {
                diagnostics.error(page.position(), "draft page '" + page.id() + "' in " + page.field()
                        + ": drafts are not published (build with --drafts to preview)");
            } else if (!pages.contains(page.id())) {
                String suggestion = Suggestions.didYouMean(page.id(), pages);
                diagnostics.error(page.position(), "unknown page '" + page.id() + "' in " + page.field()
                        + (suggestion.isEmpty() ? " (pages are files in pages/, named by their slug)" : suggestion));
            }
        }
        for (Page page : content.pages()) {
            checkSlug(page, site);
            checkLanguage(page.language(), site);
        }
        for (Explainer explainer : published) {
            checkLanguage(explainer.language(), site);
        }
        for (Actor actor : content.actors()) {
            for (LocalName name : actor.names()) {
                checkLanguage(new Ref(name.language(), name.position(), "names"), site);
            }
        }
    }

    private void checkLogo(Publisher publisher, List<AssetFile> assets) {
        if (publisher == null || publisher.logo() == null) {
            return;
        }
        Set<String> paths = assets.stream().map(AssetFile::path).collect(Collectors.toCollection(TreeSet::new));
        if (!paths.contains(publisher.logo())) {
            String suggestion = Suggestions.didYouMean(publisher.logo(), paths);
            if (suggestion.isEmpty() && paths.contains("assets/" + publisher.logo())) {
                suggestion = " (did you mean 'assets/" + publisher.logo() + "'?)";
            }
            diagnostics.error(publisher.logoPosition(), "unknown asset '" + publisher.logo() + "' in site.yaml.publisher.logo:"
                    + " no such file under content/assets/" + suggestion);
        }
    }

    private void checkSlug(Page page, SiteConfig site) {
        SourcePosition at = SourcePosition.ofFile(page.file());
        if (Page.GENERATED_PATHS.contains(page.slug())) {
            diagnostics.error(at, "page slug '" + page.slug() + "' collides with a path the site generates"
                    + " itself: rename the file");
        } else if (site.languages().containsKey(page.slug())) {
            diagnostics.error(at, "page slug '" + page.slug() + "' is the code of a language in site.yaml"
                    + " 'languages', whose edition is published at " + page.slug() + "/: rename the file");
        }
    }

    private void checkLanguage(Ref language, SiteConfig site) {
        if (language == null || site.languageCodes().contains(language.id())) {
            return;
        }
        String suggestion = Suggestions.didYouMean(language.id(), site.languageCodes());
        diagnostics.error(language.position(), "unknown language '" + language.id() + "' in " + language.field()
                + (!suggestion.isEmpty() ? suggestion : site.languages().isEmpty()
                        ? ": this site has one language, '" + site.language() + "' (list its editions in site.yaml"
                                + " 'languages')"
                        : ": use a code of site.yaml 'languages' (" + String.join(", ", site.languages().keySet())
                                + ")"));
    }
}
