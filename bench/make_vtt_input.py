#!/usr/bin/env python3
"""Writes the generated corpus as WebVTT transcripts: the same turns as the text transcripts, timed.

Usage:
    python3 bench/make_vtt_input.py --gen SHARED/bench/gen_corpus.py --k 100 --out /tmp/site-bench/vtt/K100

Writes, under OUT (replaced): site.yml and glossary.yml as make_site_input.py does, and for each transcript
transcripts/tNNNN.vtt (cues of at most 42 characters in <v Name> voices, 4.5 characters a second, the way
captioning tools cut speech) with a sidecar transcripts/tNNNN.yml giving the title, the speakers (name and
English alias) and the sections as chapters. Text and WebVTT sites of the same K hold the same turns, so their
build times compare per turn.
"""
import argparse
import os
import shutil

import make_site_input

CUE_CHARS = 42
CHARS_PER_SECOND = 4.5


def stamp(seconds):
    ms = int(round(seconds * 1000))
    return "%02d:%02d:%02d.%03d" % (ms // 3600000, ms // 60000 % 60, ms // 1000 % 60, ms % 1000)


def cues(text):
    """Cuts a paragraph into caption-sized pieces, at sentence ends where possible."""
    pieces, current = [], ""
    for ch in text:
        current += ch
        if len(current) >= CUE_CHARS or (ch in "。！？" and len(current) >= CUE_CHARS // 2):
            pieces.append(current)
            current = ""
    if current:
        pieces.append(current)
    return pieces


def write_transcript(gen, t, folder):
    lines = ["WEBVTT", ""]
    chapters = []
    clock = 0.0
    for s in t["sections"]:
        chapters.append((clock, s["heading"]))
        for who, paras in s["turns"]:
            name = t["guests"][who]["name"]
            for para in paras:
                for piece in cues(para):
                    end = clock + max(1.0, len(piece) / CHARS_PER_SECOND)
                    lines += ["%s --> %s" % (stamp(clock), stamp(end)), "<v %s>%s" % (name, piece), ""]
                    clock = end
            clock += 0.4
    with open(os.path.join(folder, t["id"] + ".vtt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))
    sidecar = ["title: %s" % make_site_input.quote(t["title"]), "speakers:"]
    for g in t["guests"]:
        sidecar += ["  - name: %s" % make_site_input.quote(g["name"]),
                    "    aliases: [%s]" % make_site_input.quote(g["en"]),
                    "    bio: %s" % make_site_input.quote("%s %s" % (g["org"], g["role"]))]
    sidecar.append("chapters:")
    for start, title in chapters:
        sidecar += ["  - start: %s" % stamp(start), "    title: %s" % make_site_input.quote(title)]
    with open(os.path.join(folder, t["id"] + ".yml"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(sidecar) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gen", required=True, help="path of gen_corpus.py")
    ap.add_argument("--k", type=int, required=True, help="number of transcripts")
    ap.add_argument("--out", required=True, help="Site input folder to write (replaced)")
    a = ap.parse_args()

    gen = make_site_input.load_generator(a.gen)
    if os.path.exists(a.out):
        shutil.rmtree(a.out)
    folder = os.path.join(a.out, "transcripts")
    os.makedirs(folder)
    for i in range(a.k):
        write_transcript(gen, gen.make_transcript(i), folder)
    with open(os.path.join(a.out, "site.yml"), "w", encoding="utf-8", newline="\n") as f:
        f.write(make_site_input.SITE_YML)
    with open(os.path.join(a.out, "glossary.yml"), "w", encoding="utf-8", newline="\n") as f:
        f.write(make_site_input.corpus_glossary(gen))


if __name__ == "__main__":
    main()
