package org.subtext.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/** A generated content folder of many explainers, for tests that need a build to take a while. */
public final class Corpus {

    private Corpus() {
    }

    public static Map<String, String> explainers(int count, String variant) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("content/site.yaml", "title: Corpus\ndescription: Generated.\nbase_url: https://example.org/\n"
                + "parties:\n  a: A\n  b: B\nissues:\n  land: Land\n");
        files.put("content/actors/speaker.md", "---\nname: Speaker\nkind: person\n---\nA speaker.\n");
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            paragraph.append("Sentence ").append(i).append(" of a long body that makes the page heavier. ");
        }
        for (int i = 0; i < count; i++) {
            String next = "e" + ((i + 1) % count);
            files.put("content/explainers/e" + i + ".md", "---\n"
                    + "title: Explainer " + i + "\n"
                    + "summary: Summary " + i + " " + variant + ".\n"
                    + "section: Section " + (i % 5) + "\n"
                    + "published: 2026-01-" + String.format(java.util.Locale.ROOT, "%02d", 1 + i % 28) + "\n"
                    + "tags: [tag-" + (i % 7) + "]\n"
                    + "claims:\n  - id: c\n    by: speaker\n    date: 2026\n    text: Claim " + i + ".\n    status: stated\n"
                    + "conditions:\n  - id: k\n    party: a\n    issue: land\n    text: Condition.\n    rejected_by: [b]\n"
                    + "timeline:\n  - id: ev-" + i + "\n    date: 2025-0" + (1 + i % 9) + "\n    title: Event " + i + "\n"
                    + "---\n## Part one\n\n" + paragraph + "\n\nSee [[" + next + "]] and [[" + next + "#c]].\n\n"
                    + "## Part two\n\n" + paragraph + "\n");
        }
        return files;
    }

    /**
     * {@code count} explainers in English and each translated into Ukrainian (the same claim, condition and
     * event, with their words in Ukrainian, linking Ukrainian explainers): a site of two editions.
     */
    public static Map<String, String> editions(int count) {
        Map<String, String> files = explainers(count, "edition");
        files.put("content/site.yaml", "title: Corpus\ndescription: Generated.\nbase_url: https://example.org/\n"
                + "languages:\n  en: English\n  uk: Українська\nparties:\n  a: A\n  b: B\nissues:\n  land: Land\n");
        files.put("content/actors/speaker.md", "---\nname: Speaker\nkind: person\nnames:\n  uk: Мовець\n---\nA speaker.\n");
        for (int i = 0; i < count; i++) {
            String english = files.get("content/explainers/e" + i + ".md");
            String published = english.substring(english.indexOf("published: ") + 11, english.indexOf("published: ") + 21);
            files.put("content/explainers/e" + i + "-uk.md", english
                    .replace("title: Explainer " + i, "title: Пояснення " + i
                            + "\nlanguage: uk\ntranslation_of: {slug: e" + i + ", version: " + published + "}")
                    .replace("summary: Summary", "summary: Підсумок").replace("section: Section", "section: Розділ")
                    .replace("text: Claim", "text: Заява").replace("title: Event", "title: Подія")
                    .replace("Sentence", "Речення").replace("[[e" + ((i + 1) % count) + "]]",
                            "[[e" + ((i + 1) % count) + "-uk]]").replace("[[e" + ((i + 1) % count) + "#c]]",
                            "[[e" + ((i + 1) % count) + "-uk#c]]"));
        }
        return files;
    }
}
