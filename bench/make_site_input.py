#!/usr/bin/env python3
"""Turns a corpus made by gen_corpus.py into a Site input folder.

Usage:
    python3 bench/make_site_input.py --gen SHARED/bench/gen_corpus.py \
        --corpus /tmp/site-bench/corpus/K10 --out /tmp/site-bench/site/K10 [--glossary corpus|repo]

Writes, under OUT (replaced):
    site.yml              title, language, and termLinks: first-per-page (what the peers were given)
    transcripts/*.txt     the raw transcripts of the corpus, unchanged
    glossary.yml          --glossary corpus (default): the corpus's 20 terms in our glossary format, with
                          the anchors the peer sites link to; --glossary repo: a copy of input/glossary.yml

The peers get their glossary links already resolved by gen_corpus.py; Site finds and links the terms
itself, so the corpus glossary keeps that work the same size as the text the peers were written from.
"""
import argparse
import importlib.util
import json
import os
import shutil

SITE_YML = """# Benchmark site (written by bench/make_site_input.py)
title: Bench
language: zh-CN
# The peer sites link the first occurrence of each term on a page.
termLinks: first-per-page
"""


def load_generator(path):
    spec = importlib.util.spec_from_file_location("gen_corpus", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def quote(text):
    return json.dumps(text, ensure_ascii=False)   # a JSON string is valid YAML


def corpus_glossary(gen):
    lines = ["# The glossary of the generated corpus (gen_corpus.py GLOSSARY), in Site's format.", ""]
    for term, definition in gen.GLOSSARY:
        lines += [
            "- id: %s" % gen.term_anchor(term),
            "  zh: %s" % quote(term),
            "  en: %s" % quote(term),
            "  aliases: [%s]" % quote(term),
            "  short: %s" % quote(definition),
            "  definition: %s" % quote(definition),
            "",
        ]
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gen", required=True, help="path of gen_corpus.py (for its glossary)")
    ap.add_argument("--corpus", required=True, help="folder written by gen_corpus.py (needs raw/)")
    ap.add_argument("--out", required=True, help="Site input folder to write (replaced)")
    ap.add_argument("--glossary", choices=("corpus", "repo"), default="corpus")
    ap.add_argument("--repo", default=".", help="repository root (for --glossary repo)")
    a = ap.parse_args()

    if os.path.exists(a.out):
        shutil.rmtree(a.out)
    shutil.copytree(os.path.join(a.corpus, "raw"), os.path.join(a.out, "transcripts"))
    with open(os.path.join(a.out, "site.yml"), "w", encoding="utf-8", newline="\n") as f:
        f.write(SITE_YML)
    target = os.path.join(a.out, "glossary.yml")
    if a.glossary == "repo":
        shutil.copyfile(os.path.join(a.repo, "input", "glossary.yml"), target)
    else:
        with open(target, "w", encoding="utf-8", newline="\n") as f:
            f.write(corpus_glossary(load_generator(a.gen)))


if __name__ == "__main__":
    main()
