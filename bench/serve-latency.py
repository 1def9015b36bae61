#!/usr/bin/env python3
"""Measures `site serve`: time from writing a transcript to the live-reload event reaching a browser's stream.

Copies input/ and theme/ to a temp folder (the repository's files are never edited), starts `site serve` there on a
free port, listens to the Server-Sent Events endpoint like a page does, then N times appends a line to each
input/transcripts/*.txt in turn and restores it, timing write -> `reload` event. Prints the median.

Usage: python3 bench/serve-latency.py [-n 20] [--site 'dotnet src/Site.Cli/bin/Release/net10.0/site.dll'] [--input DIR --edit GLOB]
Without --site it uses artifacts/aot/site (the Native AOT build CI publishes) if present, else builds the CLI in Release.
"""
import argparse, glob, http.client, os, queue, re, shlex, shutil, signal, statistics, subprocess, sys, tempfile, threading, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def site_command(given):
    if given:
        # The server runs in a temp folder: paths in the command are taken from the repository root.
        return [os.path.join(ROOT, part) if os.path.exists(os.path.join(ROOT, part)) else part for part in shlex.split(given)]
    aot = os.path.join(ROOT, "artifacts", "aot", "site")
    if os.access(aot, os.X_OK):
        return [aot]
    subprocess.run(["dotnet", "build", "-c", "Release", "-v", "q", "--nologo", os.path.join(ROOT, "src", "Site.Cli")], check=True, stdout=subprocess.DEVNULL)
    return ["dotnet", os.path.join(ROOT, "src", "Site.Cli", "bin", "Release", "net10.0", "site.dll")]


def listen(port, path, events):
    connection = http.client.HTTPConnection("127.0.0.1", port)
    connection.request("GET", path)
    response = connection.getresponse()
    name = None
    while True:
        line = response.fp.readline()
        if not line:
            return
        stamp = time.perf_counter()
        line = line.decode().rstrip("\n")
        if line.startswith("event: "):
            name = line[len("event: "):]
        elif line == "" and name:
            events.put((name, stamp))
            name = None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", type=int, default=20, help="edits (each followed by a restore)")
    parser.add_argument("--site", help="command that runs the CLI")
    parser.add_argument("--input", default=os.path.join(ROOT, "input"), help="content folder to copy (default: the repository's input/)")
    parser.add_argument("--edit", default="transcripts/*.txt", help="files to edit, relative to the input folder")
    args = parser.parse_args()
    command = site_command(args.site)

    work = tempfile.mkdtemp(prefix="serve-latency-")
    server = None
    try:
        shutil.copytree(args.input, os.path.join(work, "input"))
        shutil.copytree(os.path.join(ROOT, "theme"), os.path.join(work, "theme"))
        transcripts = sorted(glob.glob(os.path.join(work, "input", args.edit)))
        if not transcripts:
            sys.exit(f"no {args.edit} in the input folder to edit")
        server = subprocess.Popen(command + ["serve", "--port", "0"], cwd=work, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        url = None
        for line in server.stdout:
            match = re.search(r"Serving (http://[^ ]+)", line)
            if match:
                url = match.group(1)
                break
        if url is None:
            sys.exit("site serve did not start")
        threading.Thread(target=lambda: [None for _ in server.stdout], daemon=True).start()
        port = int(re.search(r":(\d+)/", url).group(1))
        base = re.search(r"://[^/]+(/.*)$", url).group(1)
        events = queue.Queue()
        threading.Thread(target=listen, args=(port, base + "__site/events", events), daemon=True).start()
        assert events.get(timeout=10)[0] == "state"

        def timed_write(path, text):
            start = time.perf_counter()
            with open(path, "w", encoding="utf-8") as file:
                file.write(text)
            while True:
                name, stamp = events.get(timeout=10)
                if name in ("reload", "styles", "failed"):
                    outcomes[name] = outcomes.get(name, 0) + 1
                    return (stamp - start) * 1000

        outcomes = {}
        appends, restores = [], []
        for edit in range(args.n):
            path = transcripts[edit % len(transcripts)]
            with open(path, encoding="utf-8") as file:
                original = file.read()
            appends.append(timed_write(path, original + f"\n(bench edit {edit})\n"))
            time.sleep(0.15)
            restores.append(timed_write(path, original))
            time.sleep(0.15)

        everything = appends + restores
        print(f"site serve: write -> reload event over {len(everything)} saves ({args.n} appends + {args.n} restores) of {len(transcripts)} file(s) ({args.edit})")
        print(f"  median {statistics.median(everything):.1f} ms   (appends {statistics.median(appends):.1f} ms, restores {statistics.median(restores):.1f} ms)")
        print(f"  min {min(everything):.1f} ms   max {max(everything):.1f} ms   (debounce included)")
        if outcomes.get("failed"):
            # Still a measure of watch -> rebuild -> notify, but not of a full good build: say so loudly.
            print(f"  WARNING: {outcomes['failed']} of {len(everything)} rebuilds FAILED (event 'failed', not 'reload'); run 'site build' in a copy of input/ to see why")
    finally:
        if server is not None:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
