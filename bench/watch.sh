#!/usr/bin/env bash
# "Change one file -> page updated" latency of the dev servers: `site serve` (incremental) against `hugo server`.
#
#   bench/watch.sh [K ...]        default: 100 1000
#
# Generates the corpus and the Site input per K (like run.sh, under WATCH_WORK), then runs bench/watch.py once
# per mode: EDITS edits of section 01 of transcript t0001, timed until the served page shows the change. Prints a
# Markdown table, also written to bench/work/watch.md; raw JSON lines go to WATCH_WORK/watch.jsonl.
#
# Environment knobs: EDITS=5, MODES (default: site-serve hugo-server hugo-server-full),
# SITE_BIN=bench/work/site-aot/site (publish it with bench/run.sh),
# SITE_SERVE_CMD (see watch.py --site-cmd), WATCH_WORK=/tmp/site-bench-watch, SHARED_BENCH, PORT=18313.
set -euo pipefail
export LC_ALL=C.UTF-8

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(git -C "$HERE" rev-parse --show-toplevel)
# shellcheck source=bench/lib.sh
. "$HERE/lib.sh"
GEN=$(shared_bench "$REPO")/gen_corpus.py
WORK=${WATCH_WORK:-/tmp/site-bench-watch}
EDITS=${EDITS:-5}
SITE_BIN=${SITE_BIN:-$REPO/bench/work/site-aot/site}
KS=("$@")
[ ${#KS[@]} -gt 0 ] || KS=(100 1000)
command -v hugo >/dev/null || { echo "hugo is missing: apt-get install -y hugo" >&2; exit 1; }
MODES=${MODES:-"site-serve hugo-server hugo-server-full"}
case " $MODES " in *" site-serve "*) [ -x "$SITE_BIN" ] || { echo "no $SITE_BIN: run bench/run.sh first (it publishes the AOT binary)" >&2; exit 1; } ;; esac
# No search index: Hugo has none, and Pagefind re-indexing after every save would compete for the cores.
SITE_CMD=${SITE_SERVE_CMD:-"$SITE_BIN serve --input input --theme {theme} --port {port} --no-search"}

mkdir -p "$WORK/logs" "$REPO/bench/work"
OUT=$WORK/watch.jsonl
: > "$OUT"
for K in "${KS[@]}"; do
  C=$WORK/K$K
  python3 "$GEN" --k "$K" --out "$C/corpus" --only raw,hugo >&2
  python3 "$HERE/make_site_input.py" --gen "$GEN" --corpus "$C/corpus" --out "$C/input" --glossary "${GLOSSARY:-corpus}" --repo "$REPO"
  for m in $MODES; do
    echo "K=$K $m ..." >&2
    timeout 900 python3 "$HERE/watch.py" --corpus "$C/corpus" --input "$C/input" --theme "$REPO/theme" \
      --mode "$m" --site-cmd "$SITE_CMD" --edits "$EDITS" --port "${PORT:-18313}" \
      --log "$WORK/logs/watch-$m-K$K.log" >> "$OUT"
  done
done

python3 - "$OUT" <<'PY' | tee "$REPO/bench/work/watch.md"
import json, sys
print("| K | mode | server ready s | edited page updated: median s (all) | rebuild signalled: median s | tool-reported rebuild median s |")
print("|---:|---|---:|---|---:|---:|")
for line in open(sys.argv[1]):
    d = json.loads(line)
    k = d["corpus"].rstrip("/").split("/")[-2][1:]
    f = lambda x: "–" if x is None else "%.2f" % x
    print("| %s | %s | %s | %s (%s) | %s | %s |%s" % (
        k, d["mode"], f(d.get("ready_s")), f(d.get("page_median_s")), ", ".join(f(x) for x in d["edits"]),
        f(d.get("done_median_s")), f(d.get("tool_rebuild_median_s")),
        (" error: " + d["error"]) if d.get("error") else ""))
PY
