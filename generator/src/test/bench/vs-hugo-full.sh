#!/usr/bin/env bash
# Full builds of Subtext (the launcher, target/subtext) and Hugo on the same generated corpus, one
# after the other in alternating order (S H H S ...), with medians and their ratio. The social-card
# cache is kept, as a writer's is.
#
#   mvn -q package -DskipTests && generator/src/test/bench/vs-hugo-full.sh 1000 8
#
# With SAME_PAGES=1, Hugo also writes the pages Subtext writes beyond the shared skeleton's (a page
# per claim, cards to embed, timelines per actor, topic and pair, topic pages, the claims tracker;
# hugo-same-pages/): its lists handed to it ready made, except search, which Hugo has not.
#
# Needs Hugo (apt-get install -y hugo) and ../shared/bench beside the project.
set -euo pipefail
N=${1:?usage: vs-hugo-full.sh N [RUNS]}
RUNS=${2:-6}
ROOT=$(cd "$(dirname "$0")/../../../.." && pwd)
BENCH=${BENCH:-$ROOT/../shared/bench}
LAUNCHER=$ROOT/target/subtext
[ -x "$LAUNCHER" ] || { echo "no $LAUNCHER: run mvn -q package -DskipTests first" >&2; exit 2; }
command -v hugo >/dev/null || { echo "hugo is not installed: apt-get install -y hugo" >&2; exit 2; }
SAME=${SAME_PAGES:-0}
SAME_DIR=$ROOT/generator/src/test/bench/hugo-same-pages
W=${BENCH_DIR:-/tmp/subtext-vs-hugo-full-$N$([ "$SAME" = 1 ] && echo -same-pages)}
if [ ! -d "$W/corpus" ]; then
  mkdir -p "$W"
  python3 "$BENCH/gen_corpus.py" "$W/corpus" --explainers "$N" --seed 1 >/dev/null
  C=$W/corpus/content; S=$W/hugo-site
  cp -r "$BENCH/hugo" "$S"; mkdir -p "$S/data" "$S/content/explainers" "$S/content/actors"
  cp "$C/site.yaml" "$S/data/site.yaml"; cp -al "$C/explainers/." "$S/content/explainers/"
  for f in "$C"/actors/*.md; do b=$(basename "$f" .md); mkdir "$S/content/actors/$b"; ln "$f" "$S/content/actors/$b/_index.md"; done
  if [ "$SAME" = 1 ]; then
    cp -r "$SAME_DIR/layouts/." "$S/layouts/"; cp "$SAME_DIR/config.yaml" "$S/same-pages.yaml"
    python3 "$SAME_DIR/extra.py" "$C" "$S"
  fi
fi
HUGO_CONFIG=config.yaml
[ "$SAME" = 1 ] && HUGO_CONFIG=config.yaml,same-pages.yaml
C=$W/corpus/content; S=$W/hugo-site
timed() { /usr/bin/time -f '%e %U %S %M' -o "$W/t" "$@" >/dev/null 2>&1; cat "$W/t"; }
subtext() {
  echo "subtext $(timed "$LAUNCHER" build --content "$C" --templates "$ROOT/templates" --out "$W/subtext-out" -q)"
}
hugo_() { echo "hugo $(timed hugo --quiet -s "$S" --config "$HUGO_CONFIG" -d "$W/hugo-out")"; }
subtext >/dev/null; hugo_ >/dev/null   # warm-up: the card cache, the page cache, and a check that both build
echo "pages: subtext $(find "$W/subtext-out" -name '*.html' | wc -l), hugo $(find "$W/hugo-out" -name '*.html' | wc -l)"
: > "$W/times"
for r in $(seq 1 "$RUNS"); do
  if [ $((r % 2)) = 1 ]; then subtext; hugo_; else hugo_; subtext; fi
done | tee -a "$W/times"
python3 - "$W/times" "$N" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
m = {}
print(f"corpus: {sys.argv[2]} explainers; {sum(r[0] == 'hugo' for r in rows)} full builds each, alternating")
print(f"{'':8} {'wall s':>8} {'cpu s':>8} {'peak MiB':>9}")
for p in ("subtext", "hugo"):
    sel = [r for r in rows if r[0] == p]
    m[p] = (statistics.median(float(r[1]) for r in sel),
            statistics.median(float(r[2]) + float(r[3]) for r in sel),
            statistics.median(int(r[4]) for r in sel) / 1024)
    print(f"{p:8} {m[p][0]:8.2f} {m[p][1]:8.2f} {m[p][2]:9.0f}")
s, h = m["subtext"], m["hugo"]
print(f"ratio subtext/hugo: wall {s[0]/h[0]:.2f}, cpu {s[1]/h[1]:.2f}, peak memory {s[2]/h[2]:.2f}")
PY
