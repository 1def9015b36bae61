#!/usr/bin/env python3
"""Summarises bench/run.sh's per-run results into a Markdown table, one row per K.

    python3 bench/summarize.py RESULTS.tsv RUN_DIR MACHINE.md > results.md

Wall time (process start to exit, from the bracketing clock) and CPU time (user + sys) are medians over the successful runs; peak RSS is the largest over
those runs. Ratios are Site / Hugo, so below 1 means Site was faster or smaller. Expected pages come from
the corpus manifest (the page set the peer sites were written with).
"""
import csv
import json
import statistics
import sys


def wall(row):
    """The bracketing clock (0.1 ms resolution); /usr/bin/time's %e only has 10 ms."""
    return float(row.get("clock_s") or row["wall_s"])


def summary(rows):
    ok = [r for r in rows if r["rc"] == "0"]
    if not ok:
        return None
    return {
        "runs": len(ok),
        "failed": len(rows) - len(ok),
        "pages": int(ok[-1]["html_files"]),
        "wall": statistics.median(wall(r) for r in ok),
        "wall_min": min(wall(r) for r in ok),
        "wall_max": max(wall(r) for r in ok),
        "cpu": statistics.median(float(r["user_s"]) + float(r["sys_s"]) for r in ok),
        "rss": max(int(r["maxrss_kb"]) for r in ok) / 1024,
    }


def ratio(a, b, key):
    if a is None or b is None or b[key] == 0:
        return "–"
    return "%.2f" % (a[key] / b[key])


def cell(s, fmt, *keys):
    return "FAILED" if s is None else fmt % tuple(s[k] for k in keys)


def main():
    results, run_dir, machine = sys.argv[1:4]
    groups = {}
    for r in csv.DictReader(open(results, encoding="utf-8"), delimiter="\t"):
        groups.setdefault(int(r["K"]), {}).setdefault(r["tool"], []).append(r)

    # The peer: Hugo alone, or Hugo followed by the Pagefind CLI when the run timed that (TOOLS="site hugo-pagefind").
    peer = "hugo-pagefind" if any("hugo-pagefind" in g for g in groups.values()) else "hugo"
    label = "Hugo + Pagefind" if peer == "hugo-pagefind" else "Hugo"
    print("## Clean build: Site (Native AOT) vs %s\n" % label)
    print(open(machine, encoding="utf-8").read().rstrip() + "\n")
    print(("| K | pages expected | Site pages | {0} pages | Site wall s (min–max) | {0} wall s (min–max) "
           "| wall Site/{0} | Site CPU s | {0} CPU s | Site peak RSS MiB | {0} peak RSS MiB | RSS Site/{0} |").format(label))
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    notes = []
    for k in sorted(groups):
        try:
            with open("%s/corpus/K%d/manifest.json" % (run_dir, k), encoding="utf-8") as f:
                expected = json.load(f)["expected_pages"]
        except (OSError, ValueError, KeyError):
            expected = "?"
        site = summary(groups[k].get("site", []))
        hugo = summary(groups[k].get(peer, []))
        if site is not None and expected != "?" and site["pages"] != expected:
            notes.append("K=%d: Site wrote %d pages where the peers write %s, so its ratios do not compare like "
                         "with like yet" % (k, site["pages"], expected))
        for name, rows in (("Site", groups[k].get("site", [])), (label, groups[k].get(peer, []))):
            failed = [r for r in rows if r["rc"] != "0"]
            if failed:
                notes.append("K=%d: %s failed in %d of %d runs (rc %s)" % (
                    k, name, len(failed), len(rows), ", ".join(sorted({r["rc"] for r in failed}))))
        print("| %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
            k, expected,
            cell(site, "%d", "pages"), cell(hugo, "%d", "pages"),
            cell(site, "%.3f (%.3f–%.3f)", "wall", "wall_min", "wall_max"),
            cell(hugo, "%.3f (%.3f–%.3f)", "wall", "wall_min", "wall_max"),
            ratio(site, hugo, "wall"),
            cell(site, "%.2f", "cpu"), cell(hugo, "%.2f", "cpu"),
            cell(site, "%.0f", "rss"), cell(hugo, "%.0f", "rss"),
            ratio(site, hugo, "rss")))
    print()
    print("Wall (process start to exit) and CPU (user + sys) are medians of the successful runs; peak RSS is the largest of them. "
          "Pages = `*.html` files in the output. Ratios are Site / %s (below 1: Site is faster or smaller)." % label)
    if notes:
        print()
        for note in notes:
            print("- " + note)


if __name__ == "__main__":
    main()
