#!/usr/bin/env python3
"""Adds to a Hugo benchmark site the pages Subtext writes that the shared skeleton leaves out.

    extra.py CONTENT_DIR HUGO_SITE_DIR

A page per claim at explainers/<slug>/claims/<id>/, a card of claims to embed per explainer at
embed/<slug>/, a timeline per actor, per topic and per actor and topic sharing two or more events
under timeline/, and the claims tracker. Hugo is handed each page's list ready made in its front
matter (events, claims), so it does less work for them than Subtext, which derives them.
"""
import json
import os
import sys
from collections import defaultdict

import yaml

content, site = sys.argv[1], sys.argv[2]
out = os.path.join(site, "content")


def front_matter(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    return yaml.safe_load(text.split("---", 2)[1])


def write(relative, data):
    path = os.path.join(out, relative)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        # JSON is YAML: Hugo reads it as front matter without a YAML emitter's cost here
        f.write("---\n" + json.dumps(data, default=str) + "\n---\n")


explainers = {}
for name in sorted(os.listdir(os.path.join(content, "explainers"))):
    if name.endswith(".md"):
        fm = front_matter(os.path.join(content, "explainers", name))
        if not fm.get("draft"):
            explainers[name[:-3]] = fm

events = {}
shown_by = defaultdict(set)
pages = 0
for slug, fm in explainers.items():
    claims = fm.get("claims") or []
    sources = {s["id"]: s for s in fm.get("sources") or []}
    for c in claims:
        write(f"claimpages/{slug}--{c['id']}.md", {
            "title": str(c.get("text", ""))[:80], "type": "claim", "url": f"/explainers/{slug}/claims/{c['id']}/",
            "claim": c, "source": sources.get(c.get("source")), "explainer": slug, "explainer_title": fm["title"],
            "layers": fm.get("layers") or [], "conditions": [k for k in fm.get("conditions") or []
                                                            if k["id"] in (c.get("conditions") or [])]})
        pages += 1
    if claims:
        write(f"embedpages/{slug}.md", {"title": fm["title"], "type": "embed", "url": f"/embed/{slug}/",
                                        "claims": claims, "explainer": slug})
        pages += 1
    for e in fm.get("timeline") or []:
        events.setdefault(e["id"], dict(e, explainer=e.get("explainer", slug)))
        shown_by[e["id"]].add(slug)

tagged = defaultdict(int)
for fm in explainers.values():
    for t in fm.get("tags") or []:
        tagged[t] += 1
by_actor = defaultdict(list)
by_tag = defaultdict(list)
for eid, e in sorted(events.items(), key=lambda kv: (str(kv[1]["date"]), kv[0])):
    for a in e.get("actors") or []:
        by_actor[a].append(e)
    # as Subtext: a topic has a timeline when two or more explainers carry it
    for tag in sorted({t for s in shown_by[eid] for t in explainers[s].get("tags") or [] if tagged[t] >= 2}):
        by_tag[tag].append(e)
pairs = defaultdict(list)
for tag, evs in by_tag.items():
    for e in evs:
        for a in e.get("actors") or []:
            if a in by_actor:
                pairs[(a, tag)].append(e)


def timeline(relative, url, title, evs):
    write(relative, {"title": title, "type": "tl", "url": url, "events": evs})


for a, evs in by_actor.items():
    timeline(f"tl/actors/{a}.md", f"/timeline/actors/{a}/", a, evs)
    pages += 1
for tag, evs in by_tag.items():
    timeline(f"tl/tags/{tag}.md", f"/timeline/tags/{tag}/", tag, evs)
    pages += 1
for (a, tag), evs in pairs.items():
    if len(evs) >= 2:
        timeline(f"tl/pairs/{a}--{tag}.md", f"/timeline/actors/{a}/tags/{tag}/", f"{a} and {tag}", evs)
        pages += 1
write("claimstracker.md", {"title": "Claims", "type": "claims", "url": "/claims/"})
print(pages + 1, "pages added")
