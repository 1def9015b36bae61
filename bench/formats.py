#!/usr/bin/env python3
"""Times clean builds of the same turns as text and as WebVTT, and optionally against an older Site binary.

Usage:
    python3 bench/formats.py --site bench/work/site-aot/site [--base /tmp/aot-base/site [--base-vtt]] [--k 100 1000] [--runs 5]

For each K it writes (once, under --work, default /dev/shm/site-formats) the generated corpus as text transcripts
(make_site_input.py) and as WebVTT with sidecars (make_vtt_input.py): the same turns, the second timed. It also builds
the repository's own input/ (the seed). Every build is clean (`site build --no-search`, output removed first), the
binaries and inputs interleaved round by round. Prints the median wall time and peak RSS of each, and for the two
formats the time per turn. The turns are counted from the built section pages (`class="turn"`).
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)


def shared_bench():
    if os.environ.get("SHARED_BENCH"):
        return os.environ["SHARED_BENCH"]
    folder = os.path.join(os.path.dirname(REPO), "shared", "bench")
    if not os.path.isfile(os.path.join(folder, "gen_corpus.py")):
        # A git worktree: look beside the main checkout, as bench/lib.sh does.
        common = subprocess.run(["git", "-C", REPO, "rev-parse", "--path-format=absolute", "--git-common-dir"], capture_output=True, text=True).stdout.strip()
        folder = os.path.join(os.path.dirname(os.path.dirname(common)), "shared", "bench")
    return folder


def prepare(work, k):
    gen = os.path.join(shared_bench(), "gen_corpus.py")
    corpus = os.path.join(work, "corpus", "K%d" % k)
    inputs = {"text": os.path.join(work, "text", "K%d" % k), "vtt": os.path.join(work, "vtt", "K%d" % k)}
    if not os.path.isdir(corpus):
        subprocess.run([sys.executable, gen, "--k", str(k), "--out", corpus, "--only", "raw"], check=True, stdout=subprocess.DEVNULL)
    if not os.path.isdir(inputs["text"]):
        subprocess.run([sys.executable, os.path.join(HERE, "make_site_input.py"), "--gen", gen, "--corpus", corpus, "--out", inputs["text"]], check=True)
    if not os.path.isdir(inputs["vtt"]):
        subprocess.run([sys.executable, os.path.join(HERE, "make_vtt_input.py"), "--gen", gen, "--k", str(k), "--out", inputs["vtt"]], check=True)
    return inputs


def build(site, input_folder, output):
    shutil.rmtree(output, ignore_errors=True)
    start = time.perf_counter()
    run = subprocess.run(["/usr/bin/time", "-f", "%M", site, "build", "--input", input_folder, "--theme", os.path.join(REPO, "theme"),
                          "--output", output, "--no-search", "--quiet"], capture_output=True, text=True)
    wall = time.perf_counter() - start
    if run.returncode != 0:
        sys.exit("build failed: %s %s\n%s" % (site, input_folder, run.stdout + run.stderr))
    rss_kib = int(run.stderr.strip().splitlines()[-1])
    return wall, rss_kib / 1024


def count_turns(output):
    turns = 0
    for folder, _, files in os.walk(output):
        if re.search(r"/s\d\d$", folder) and "index.html" in files:
            with open(os.path.join(folder, "index.html"), encoding="utf-8") as f:
                turns += len(re.findall(r'<div id="[^"]+" class="turn"', f.read()))
    return turns


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--site", required=True, help="the site binary to measure")
    ap.add_argument("--base", help="an older site binary to compare with")
    ap.add_argument("--k", type=int, nargs="+", default=[100])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--work", default="/dev/shm/site-formats")
    ap.add_argument("--base-vtt", action="store_true", help="the older binary reads WebVTT too: time its WebVTT builds")
    a = ap.parse_args()

    cases = [("seed", "text", os.path.join(REPO, "input"))]
    for k in a.k:
        inputs = prepare(a.work, k)
        cases += [("K=%d" % k, "text", inputs["text"]), ("K=%d" % k, "vtt", inputs["vtt"])]
    binaries = [("new", a.site)] + ([("base", a.base)] if a.base else [])
    results = {}
    output = os.path.join(a.work, "out")
    for round_ in range(a.runs):
        # Binaries alternate build by build, their order flipping each round, so drift hits both alike.
        for case, fmt, folder in cases:
            order = binaries if round_ % 2 == 0 else list(reversed(binaries))
            for name, site in order:
                if name == "base" and fmt == "vtt" and not a.base_vtt:
                    continue  # the older binary reads no WebVTT
                results.setdefault((name, case, fmt), []).append(build(site, folder, output))
    turns = {}
    for case, fmt, folder in cases:
        build(a.site, folder, output)
        turns[(case, fmt)] = count_turns(output)

    print("| build | binary | format | turns | wall s (median, min-max) | peak RSS MiB | ms per 1,000 turns |")
    print("|---|---|---|---:|---:|---:|---:|")
    for (name, case, fmt), runs in results.items():
        walls = [w for w, _ in runs]
        median = statistics.median(walls)
        rss = max(r for _, r in runs)
        count = turns[(case, fmt)]
        per = "%.1f" % (median * 1e6 / count) if count else "-"
        print("| %s | %s | %s | %d | %.3f (%.3f-%.3f) | %.0f | %s |" % (case, name, fmt, count, median, min(walls), max(walls), rss, per))


if __name__ == "__main__":
    main()
