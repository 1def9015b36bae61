#!/usr/bin/env bash
# Clean-build benchmark: Site (Native AOT binary) against Hugo on the same generated transcript corpus.
#
#   bench/run.sh [K ...]                  default K list: 1 10 100 1000
#
# Steps: publish src/Site.Cli as Native AOT into bench/work/site-aot (once per run), install hugo and
# /usr/bin/time if missing (apt-get, root only), generate each corpus with gen_corpus.py, make a Site
# input folder per K (bench/make_site_input.py), then time RUNS clean builds of each tool, interleaved,
# and summarise into bench/work/results.md (bench/summarize.py). See bench/README.md.
#
# Environment knobs:
#   SHARED_BENCH=<repo>/../shared/bench   folder holding gen_corpus.py
#   BENCH_RUN=/tmp/site-bench   corpus, theme copy, build outputs and logs (not in git)
#   BENCH_TMPFS=1               mount a tmpfs on BENCH_RUN (root only), as run_peers.sh does: the VM's ext4
#                               (mounted with "discard") slows repeated delete+rewrite; 0 = time on disk
#   TMPFS_SIZE=6g
#   RUNS=3                      timed clean builds per (tool, K)
#   TOOLS="site hugo"           which tools to time; hugo-pagefind = `hugo` then the Pagefind CLI (the binary of
#                               node_modules/@pagefind, as `npx pagefind --site public` runs it) on Hugo's public/
#   GLOSSARY=corpus             corpus: the corpus's 20 terms; repo: the repo's input/glossary.yml
#   SITE_ARGS=--no-search       extra arguments for `site build`; the search index (Pagefind, a Node tool) is
#                               left out by default, as the issue asks: it is timed on its own by `site build`
#   SKIP_PUBLISH=0              1 = reuse bench/work/site-aot/site as it is
#   BUILD_TIMEOUT=900           hard limit (s) for one build
#   SERVE_K=100                 also time the dev servers (site serve, hugo server) on an edit at these K, with
#                               bench/watch.sh; empty = skip. SERVE_EDITS=5 edits per server
set -euo pipefail
export LC_ALL=C.UTF-8 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(git -C "$HERE" rev-parse --show-toplevel)
OUT=$REPO/bench/work                     # gitignored: AOT binary, results
RUN=${BENCH_RUN:-/tmp/site-bench}
RUNS=${RUNS:-3}
TOOLS=${TOOLS:-"site hugo"}
GLOSSARY=${GLOSSARY:-corpus}
SITE_ARGS=${SITE_ARGS---no-search}
BUILD_TIMEOUT=${BUILD_TIMEOUT:-900}
SERVE_K=${SERVE_K-100}
KS=("$@")
[ ${#KS[@]} -gt 0 ] || KS=(1 10 100 1000)

die() { echo "bench/run.sh: $*" >&2; exit 1; }

# ---- gen_corpus.py
# shellcheck source=bench/lib.sh
. "$HERE/lib.sh"
SHARED=$(shared_bench "$REPO") || exit 1
GEN=$SHARED/gen_corpus.py

# ---- tools
need_apt() {  # command package
  command -v "$1" >/dev/null 2>&1 && return 0
  [ "$(id -u)" = 0 ] || die "$1 is missing: apt-get install -y $2"
  echo "installing $2 ..." >&2
  apt-get install -y "$2" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "$2" >/dev/null; } \
    || die "apt-get install -y $2 failed"
}
need_apt python3 python3
need_apt /usr/bin/time time
case " $TOOLS " in *" hugo "*|*" hugo-pagefind "*) need_apt hugo hugo ;; esac
PAGEFIND_BIN=$REPO/node_modules/@pagefind/linux-x64/bin/pagefind_extended
case " $TOOLS " in *" hugo-pagefind "*) [ -x "$PAGEFIND_BIN" ] || die "no Pagefind at $PAGEFIND_BIN: npm ci" ;; esac

SITE_BIN=$OUT/site-aot/site
if [ "${SKIP_PUBLISH:-0}" != 1 ]; then
  command -v clang >/dev/null 2>&1 || command -v gcc >/dev/null 2>&1 \
    || die "Native AOT needs a C toolchain to link: apt-get install -y clang (or gcc); libc6-dev comes with it"
  mkdir -p "$OUT"
  echo "publishing src/Site.Cli as Native AOT -> $OUT/site-aot ..." >&2
  rm -rf "$OUT/site-aot"
  dotnet publish "$REPO/src/Site.Cli" -c Release -r linux-x64 -o "$OUT/site-aot" -nologo > "$OUT/publish.log" 2>&1 \
    || { tail -n 30 "$OUT/publish.log" >&2; die "AOT publish failed (full log: $OUT/publish.log)"; }
fi
[ -x "$SITE_BIN" ] || die "no AOT binary at $SITE_BIN"
[ ! -e "$OUT/site-aot/site.dll" ] || die "$OUT/site-aot holds site.dll: that is not a Native AOT publish"

# ---- work folder (tmpfs)
if [ "${BENCH_TMPFS:-1}" = 1 ]; then
  mkdir -p "$RUN"
  if ! mountpoint -q "$RUN"; then
    if [ "$(id -u)" = 0 ]; then
      mount -t tmpfs -o "size=${TMPFS_SIZE:-6g}" tmpfs "$RUN"
      echo "mounted tmpfs on $RUN (umount $RUN to free it)" >&2
    else
      echo "not root: cannot mount a tmpfs, timing on $(df --output=fstype "$RUN" | tail -1)" >&2
    fi
  fi
fi
mkdir -p "$RUN/logs"
rm -rf "$RUN/theme" && cp -r "$REPO/theme" "$RUN/theme"   # the theme is read from the same disk as the input
# What the timing wrapper itself costs: the same launch of `true`, median of 5.
launcher_ms=$(for _ in 1 2 3 4 5; do
  t0=$EPOCHREALTIME; (cd "$RUN" && timeout 10 /usr/bin/time -o /dev/null true); t1=$EPOCHREALTIME
  awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.2f\n", (b - a) * 1000}'
done | sort -n | sed -n 3p)
RES=$OUT/results.tsv
printf 'tool\tK\trun\tclock_s\twall_s\tmaxrss_kb\tuser_s\tsys_s\thtml_files\tout_bytes\trc\n' > "$RES"

gen_hash=$( (sha256sum "$GEN" "$HERE/make_site_input.py"; echo "$GLOSSARY") | sha256sum | cut -c1-16)
prepare() {  # K -> corpus dir (raw/ + hugo/), plus the Site input in $RUN/site/K$K/input
  local c=$RUN/corpus/K$1 s=$RUN/site/K$1
  if [ ! -f "$c/.gen-$gen_hash" ]; then
    echo "generating corpus K=$1 ..." >&2
    python3 "$GEN" --k "$1" --out "$c" --only raw,hugo >&2
    python3 "$HERE/make_site_input.py" --gen "$GEN" --corpus "$c" --out "$s/input" --glossary "$GLOSSARY" --repo "$REPO"
    touch "$c/.gen-$gen_hash"
  fi
  echo "$c"
}

dir_of() {  # tool K -> folder the build runs in
  case $1 in site) echo "$RUN/site/K$2" ;; hugo|hugo-pagefind) echo "$RUN/corpus/K$2/hugo" ;; esac
}
clean() {  # tool dir: remove outputs, caches and Site's staging/previous leftovers
  case $1 in
    site) rm -rf "$2/public" "$2"/.public.staging-* "$2"/.public.previous-* ;;
    hugo|hugo-pagefind) rm -rf "$2/public" "$2/resources" "$2/.hugo_build.lock" ;;
  esac
}
command_of() {  # tool -> sets cmd, the build command run in dir_of (no shell in between: it is timed)
  case $1 in
    # shellcheck disable=SC2206 # SITE_ARGS is split into words on purpose
    site) cmd=("$SITE_BIN" build --input input --theme "$RUN/theme" --output public $SITE_ARGS) ;;
    hugo) cmd=(hugo --quiet -d public) ;;
    # One command under /usr/bin/time, so wall time and peak RSS cover both steps (RSS: the larger of the two).
    hugo-pagefind) cmd=(sh -c 'hugo --quiet -d public && "$0" --site public --quiet' "$PAGEFIND_BIN") ;;
  esac
}

for K in "${KS[@]}"; do
  prepare "$K" > /dev/null
  for r in $(seq 1 "$RUNS"); do
    # interleaved, and the order flips every round: site hugo, hugo site, site hugo, ...
    order=$TOOLS
    [ $((r % 2)) = 1 ] || order=$(echo "$TOOLS" | awk '{for (i = NF; i > 0; i--) printf "%s ", $i}')
    for T in $order; do
      D=$(dir_of "$T" "$K")
      command_of "$T"
      clean "$T" "$D"
      sync
      tf=$RUN/logs/$T-K$K-r$r.time
      lf=$RUN/logs/$T-K$K-r$r.log
      set +e
      t0=$EPOCHREALTIME
      (cd "$D" && timeout "$BUILD_TIMEOUT" /usr/bin/time -f '%e %M %U %S' -o "$tf" "${cmd[@]}") > "$lf" 2>&1
      rc=$?
      t1=$EPOCHREALTIME
      set -e
      read -r wall rss usr sys < <(grep -E '^[0-9.]+ [0-9]+ ' "$tf" | tail -n1 || echo "0 0 0 0")
      clock=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.4f", b - a}')
      html=$(find "$D/public" -name '*.html' 2>/dev/null | wc -l)
      bytes=$(find "$D/public" -type f -printf '%s\n' 2>/dev/null | awk '{s += $1} END {print s + 0}')
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$T" "$K" "$r" "$clock" "$wall" "$rss" "$usr" "$sys" "$html" "$bytes" "$rc" >> "$RES"
      echo "$T K=$K run $r: ${clock}s (time: ${wall}s) ${rss}KB pages=$html rc=$rc" >&2
      # Pages must stay small however large the site (term and person pages paginate): print the largest.
      # (awk, not sort | head: head closing the pipe early killed sort, and with pipefail the whole script, at K=1000)
      largest=$(find "$D/public" -name '*.html' -printf '%s %P\n' 2>/dev/null | awk '$1 > max {max = $1; line = $0} END {print line}')
      echo "  largest page: ${largest:-none} (bytes, path)" >&2
      [ "$rc" = 0 ] || echo "  $T failed, see $lf" >&2
    done
  done
done

# ---- machine description + table
{
  echo "- machine: $(nproc) cores ($(lscpu | sed -n 's/^Model name: *//p' | head -n1)), $(free -h | awk '/^Mem:/ {print $2}') memory"
  echo "- OS: $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
  echo "- dotnet: $(dotnet --version)"
  echo "- hugo: $(hugo version 2>/dev/null || echo missing)"
  echo "- Site: commit $(git -C "$REPO" rev-parse --short HEAD)$(git -C "$REPO" diff --quiet HEAD -- src || echo ' (with local changes)'), Native AOT linux-x64"
  echo "- builds ran on: $(df --output=fstype "$RUN" | tail -1) ($RUN), $RUNS interleaved runs, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- wall clock: bash \$EPOCHREALTIME around \`timeout /usr/bin/time CMD\`; launching \`true\` that way takes ${launcher_ms} ms here (included in every figure, for both tools)"
  echo "- glossary: $GLOSSARY; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
} > "$RUN/machine.md"
python3 "$HERE/summarize.py" "$RES" "$RUN" "$RUN/machine.md" > "$OUT/results.md"

# ---- dev servers: save one transcript -> the page served with the edit (bench/watch.sh), at SERVE_K
if [ -n "$SERVE_K" ] && [ "$TOOLS" = "site hugo" ]; then
  echo "dev servers at K=$SERVE_K (bench/watch.sh) ..." >&2
  # shellcheck disable=SC2086 # SERVE_K is a list of K on purpose
  WATCH_WORK=$RUN/watch SITE_BIN=$SITE_BIN EDITS=${SERVE_EDITS:-5} bash "$HERE/watch.sh" $SERVE_K > /dev/null
  {
    echo
    echo "### Dev server: save one transcript -> page served with the edit (bench/watch.sh, ${SERVE_EDITS:-5} edits)"
    echo
    cat "$OUT/watch.md"
  } >> "$OUT/results.md"
fi
cat "$OUT/results.md"
echo "results: $OUT/results.md, per run: $RES, logs: $RUN/logs" >&2
