# Sourced by bench/run.sh and bench/profile.sh.

# shared_bench REPO -> the folder holding gen_corpus.py: $SHARED_BENCH if set, else <repo>/../shared/bench,
# else (from a git worktree) the same path beside the main checkout.
shared_bench() {
  local repo=$1 dir=${SHARED_BENCH:-$1/../shared/bench}
  if [ -z "${SHARED_BENCH:-}" ] && [ ! -f "$dir/gen_corpus.py" ]; then
    dir=$(cd "$(git -C "$repo" rev-parse --path-format=absolute --git-common-dir)/.." && pwd)/../shared/bench
  fi
  [ -f "$dir/gen_corpus.py" ] || { echo "gen_corpus.py not found in $dir (set SHARED_BENCH)" >&2; return 1; }
  (cd "$dir" && pwd)
}
