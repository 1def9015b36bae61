#!/usr/bin/env bash
# In-process micro-benchmarks (BenchmarkDotNet) of Site's hot modules on the generated corpus of size K.
#
#   bench/profile.sh [K] [BenchmarkDotNet arguments ...]      default: K=100 --filter '*'
#
#   bench/profile.sh 100 --filter '*Markdown*'               one class
#   bench/profile.sh 10 --filter '*' --job dry               a quick check that everything runs
#
# Benchmarks (bench/Site.Benchmarks; see bench/README.md, "Micro-benchmarks"): TranscriptParsing
# (TranscriptParser.Parse of every transcript), TermLinking (Glossary.FindMatches over every turn paragraph, and
# GlossaryUsage.Collect), MarkdownRendering (Markdig over the transcript and glossary pages' Markdown that a real
# build publishes under md/), LayoutAndWrite (ApplyLayout, then WriteFiles, through the engine, over the pages Site's
# own pipelines render), SiteBuild (SiteBuilder.BuildAsync from an empty output folder, no search index). A setup
# stops with a message when the corpus gives it nothing to time (no terms found, a transcript that does not parse).
#
# Environment knobs: SHARED_BENCH (folder of gen_corpus.py), PROFILE_WORK=/tmp/site-bench-profile,
# GLOSSARY=corpus|repo (as in bench/run.sh). Reports go to bench/work/BenchmarkDotNet.Artifacts.
set -euo pipefail
export LC_ALL=C.UTF-8 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(git -C "$HERE" rev-parse --show-toplevel)
# shellcheck source=bench/lib.sh
. "$HERE/lib.sh"
GEN=$(shared_bench "$REPO")/gen_corpus.py
K=${1:-100}
[ $# -eq 0 ] || shift
ARGS=("$@")
[ ${#ARGS[@]} -gt 0 ] || ARGS=(--filter '*')
WORK=${PROFILE_WORK:-/tmp/site-bench-profile}/K$K

python3 "$GEN" --k "$K" --out "$WORK/corpus" --only raw >&2
python3 "$HERE/make_site_input.py" --gen "$GEN" --corpus "$WORK/corpus" --out "$WORK/input" \
  --glossary "${GLOSSARY:-corpus}" --repo "$REPO"

export SITE_BENCH_CORPUS=$WORK/corpus SITE_BENCH_INPUT=$WORK/input SITE_BENCH_THEME=$REPO/theme
dotnet run -c Release --project "$REPO/bench/Site.Benchmarks" -- \
  --artifacts "$REPO/bench/work/BenchmarkDotNet.Artifacts" "${ARGS[@]}"
