#!/usr/bin/env python3
""""Change one file -> page updated" latency of a running dev server (adapted from shared/bench/measure_watch.py).

    python3 bench/watch.py --corpus DIR --input DIR --mode hugo-server [--edits 5]

Modes:
  hugo-server        hugo server --disableLiveReload (0.111 renders to memory, fast render on)
  hugo-server-full   the same with --disableFastRender
  site-serve         site serve on the Site input folder (incremental rebuilds, preview in /dev/shm); the command
                     is --site-cmd, where '{port}' and '{theme}' are filled in

The same edit for both tools: a unique marker paragraph at the end of section 01 of transcript t0001. Hugo gets it
appended to content/t0001/s01.md; Site gets it as a paragraph inserted before the heading of section 02 of
transcripts/t0001.txt (a continuation paragraph of the section's last turn). Both serve the page at /t0001/s01/.

Procedure: start the server, wait until /t0001/s01/ is served, wait 2 s, then EDITS times: write the edit and time
(monotonic clock, 5 ms polling) from the end of the write until
  page: GET /t0001/s01/ contains the marker, and
  done: the tool signalled the rebuild: hugo prints "Total in N ms"; Site sends an event on /__site/events (SSE),
then wait 1 s. The source file is restored at the end. Prints one JSON line.
"""
import argparse
import json
import os
import re
import shlex
import signal
import subprocess
import threading
import time
import urllib.request

PAGE = "/t0001/s01/"


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.read().decode("utf-8", "replace")
    except Exception:
        return None


class LogCounter:
    """Counts a tool's completion lines in its log file."""

    def __init__(self, path, pattern):
        self.path, self.pattern = path, re.compile(pattern)

    def __call__(self):
        with open(self.path, errors="replace") as f:
            return len(self.pattern.findall(f.read()))


class EventCounter:
    """Counts the server-sent events of Site's reload endpoint, read on a background thread."""

    def __init__(self, url):
        self.url, self.count = url, 0
        threading.Thread(target=self._listen, daemon=True).start()

    def _listen(self):
        while True:
            try:
                with urllib.request.urlopen(self.url, timeout=600) as r:
                    for line in r:
                        if line.startswith(b"data:"):
                            self.count += 1
            except Exception:
                time.sleep(0.05)   # not up yet, or the server closed the stream

    def __call__(self):
        return self.count


def hugo_edit(text, marker):
    return text + "\n\n" + marker + "\n"


def site_edit(text, marker):
    m = re.search(r"^02 ", text, re.M)
    return text[:m.start()] + marker + "\n\n" + text[m.start():] if m else text + "\n" + marker + "\n"


def setup(a, log_path):
    base = "http://127.0.0.1:%d" % a.port
    if a.mode.startswith("hugo"):
        cmd = ["hugo", "server", "--bind", "127.0.0.1", "--port", str(a.port), "--disableLiveReload"]
        if a.mode == "hugo-server-full":
            cmd.append("--disableFastRender")
        return (os.path.join(a.corpus, "hugo"), cmd, os.path.join(a.corpus, "hugo/content/t0001/s01.md"),
                hugo_edit, base, LogCounter(log_path, r"Total in (\d+) ms"))
    if a.mode == "site-serve":
        cmd = shlex.split(a.site_cmd.format(port=a.port, theme=shlex.quote(a.theme)))
        return (os.path.dirname(os.path.abspath(a.input)), cmd, os.path.join(a.input, "transcripts/t0001.txt"),
                site_edit, base, None)
    raise SystemExit("unknown mode " + a.mode)


def median(xs):
    xs = sorted(x for x in xs if x is not None)
    return xs[len(xs) // 2] if xs else None


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", required=True, help="gen_corpus.py output (holds hugo/)")
    ap.add_argument("--input", required=True, help="Site input folder made from the same corpus")
    ap.add_argument("--theme", default="theme")
    ap.add_argument("--mode", required=True)
    ap.add_argument("--site-cmd", default="site serve --input input --theme {theme} --port {port}")
    ap.add_argument("--edits", type=int, default=5)
    ap.add_argument("--port", type=int, default=18313)
    ap.add_argument("--ready-timeout", type=float, default=600)
    ap.add_argument("--edit-timeout", type=float, default=180)
    ap.add_argument("--log", default="/tmp/site-bench-watch.log")
    a = ap.parse_args()

    cwd, cmd, src, edit, base, done_counter = setup(a, a.log)
    original = open(src, encoding="utf-8").read()
    log = open(a.log, "w")
    t_start = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    if done_counter is None:
        done_counter = EventCounter(base + "/__site/events")
    result = {"mode": a.mode, "corpus": a.corpus, "cmd": " ".join(cmd), "edits": [], "done": []}
    try:
        while True:
            body = fetch(base + PAGE)
            if body and "<main" in body:
                break
            if proc.poll() is not None:
                raise RuntimeError("server exited rc=%s, see %s" % (proc.returncode, a.log))
            if time.monotonic() - t_start > a.ready_timeout:
                raise RuntimeError("%s not served after %ss" % (PAGE, a.ready_timeout))
            time.sleep(0.05)
        result["ready_s"] = round(time.monotonic() - t_start, 3)
        time.sleep(2)
        done_base = done_counter()
        for n in range(a.edits):
            marker = "BENCHMARK-%d-%d" % (os.getpid(), n)
            with open(src, "w", encoding="utf-8") as f:
                f.write(edit(original, marker))
            t0 = time.monotonic()
            page = done = None
            while page is None or done is None:
                now = time.monotonic() - t0
                if page is None:
                    body = fetch(base + PAGE)
                    if body and marker in body:
                        page = round(now, 4)
                if done is None and done_counter() > done_base + n:
                    done = round(now, 4)
                if now > a.edit_timeout:
                    break
                time.sleep(0.005)
            result["edits"].append(page)
            result["done"].append(done)
            time.sleep(1)
    except Exception as e:   # report, and still restore the file and stop the server
        result["error"] = str(e)
    finally:
        with open(src, "w", encoding="utf-8") as f:
            f.write(original)
        try:
            os.killpg(proc.pid, signal.SIGTERM)   # the process group started above
            proc.wait(timeout=20)
        except Exception:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        log.close()
    result["page_median_s"] = median(result["edits"])
    result["done_median_s"] = median(result["done"])
    if a.mode.startswith("hugo"):
        reported = [int(m) / 1000 for m in re.findall(r"Total in (\d+) ms", open(a.log, errors="replace").read())]
        result["tool_rebuild_median_s"] = median(reported)   # the initial build says "Built in", not "Total in"
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
