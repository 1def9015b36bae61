#!/usr/bin/env python3
"""Incremental rebuild in the dev server: `site serve` against `hugo server` on the same K-transcript corpus.

For each tool: copies its site into a temp folder (on /dev/shm when there is one), starts its dev server, waits for
the first build, then N times appends a sentence to the end of one transcript (Site: input/transcripts/tNNNN.txt;
Hugo: the equivalent content/tNNNN/s03.md) and times write -> the served section page (/tNNNN/s03/) showing the new
sentence, polling it over HTTP every 2 ms. The same clock and the same check for both tools, so the figure covers
watch, rebuild and serving, whatever each tool's reload mechanism. Edits rotate over several transcripts; each edit
is followed by a restore (also timed). Prints median, min and max per tool and the ratio.

Usage: python3 bench/serve-vs-hugo.py --site-input DIR --hugo-site DIR [--theme DIR] [--site BIN] [-n 10]
bench/run.sh prepares both folders (BENCH_RUN/site/K100/input and BENCH_RUN/corpus/K100/hugo) and calls this with
SERVE_K=100 (the default). Hugo runs with its defaults (in-memory, fast render mode), its best case.
"""
import argparse, os, re, shutil, signal, socket, statistics, subprocess, sys, tempfile, threading, time, urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", "replace")
    except Exception:
        return ""


def wait_for(url, needle, timeout=60.0):
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if needle in fetch(url):
            return time.perf_counter()
        time.sleep(0.002)
    raise TimeoutError(f"{url} did not show {needle!r} within {timeout} s")


def transcript_of(path):
    """t0010 for input/transcripts/t0010.txt and for content/t0010/s03.md."""
    return re.search(r"(t\d+)", os.path.relpath(path, os.path.dirname(os.path.dirname(os.path.dirname(path))))).group(1)


def measure(command, cwd, page_url, files, n, ready_text):
    server = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    log = []
    threading.Thread(target=lambda: [log.append(line) for line in server.stdout], daemon=True).start()
    try:
        wait_for(page_url.replace("TID", transcript_of(files[0])), ready_text, timeout=300)
        times = []
        for edit in range(n):
            path = files[edit % len(files)]
            url = page_url.replace("TID", transcript_of(path))
            with open(path, encoding="utf-8") as file:
                original = file.read()
            marker = f"基准编辑{edit}号句子。"
            start = time.perf_counter()
            with open(path, "w", encoding="utf-8") as file:
                file.write(original.rstrip("\n") + f"\n\n{marker}\n")
            times.append((wait_for(url, marker) - start) * 1000)
            time.sleep(0.3)
            start = time.perf_counter()
            with open(path, "w", encoding="utf-8") as file:
                file.write(original)
            deadline = time.perf_counter() + 60
            while marker in fetch(url):
                if time.perf_counter() > deadline:
                    raise TimeoutError("restore not served")
                time.sleep(0.002)
            times.append((time.perf_counter() - start) * 1000)
            time.sleep(0.3)
        return times
    except Exception:
        sys.stderr.write("".join(log[-30:]))
        raise
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--site-input", required=True)
    parser.add_argument("--hugo-site", required=True)
    parser.add_argument("--theme", default=os.path.join(ROOT, "theme"))
    parser.add_argument("--site", default=os.path.join(ROOT, "bench", "work", "site-aot", "site"))
    parser.add_argument("-n", type=int, default=10, help="edits per tool (each followed by a timed restore)")
    args = parser.parse_args()

    shm = "/dev/shm" if os.path.isdir("/dev/shm") else None
    work = tempfile.mkdtemp(prefix="serve-vs-hugo-", dir=shm)
    results = {}
    try:
        # Site: transcripts t0010, t0020, ... edited at their end, which is in section 3.
        site = os.path.join(work, "site")
        shutil.copytree(args.site_input, os.path.join(site, "input"))
        shutil.copytree(args.theme, os.path.join(site, "theme"))
        transcripts = sorted(os.listdir(os.path.join(site, "input", "transcripts")))
        picks = [t for t in transcripts if t.endswith(".txt")][9::10][:5] or transcripts[:1]
        port = free_port()
        results["site"] = measure(
            [args.site, "serve", "--port", str(port), "--no-search", "--output", os.path.join(work, "site-out")], site,
            f"http://127.0.0.1:{port}/TID/s03/", [os.path.join(site, "input", "transcripts", t) for t in picks], args.n, "</html>")

        hugo = os.path.join(work, "hugo")
        shutil.copytree(args.hugo_site, hugo, ignore=shutil.ignore_patterns("public", "resources"))
        port = free_port()
        files = [os.path.join(hugo, "content", os.path.splitext(t)[0], "s03.md") for t in picks]
        results["hugo"] = measure(
            ["hugo", "server", "--bind", "127.0.0.1", "--port", str(port), "--disableLiveReload", "--quiet"], hugo,
            f"http://127.0.0.1:{port}/TID/s03/", files, args.n, "</html>")
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print(f"dev server, save -> page served with the edit ({args.n} edits + {args.n} restores, 5 transcripts rotated):")
    for tool, times in results.items():
        print(f"  {tool:5} median {statistics.median(times):7.1f} ms   min {min(times):7.1f}   max {max(times):7.1f}")
    if len(results) == 2:
        print(f"  ratio site/hugo {statistics.median(results['site']) / statistics.median(results['hugo']):.2f}")


if __name__ == "__main__":
    main()
