#!/usr/bin/env python3
"""Writes the transfer experiment's training set: only sentences the team wrote, never corpus text.

    python3 bench/ml-reader/training.py OUT.tsv [--without writerX ...]

Label 1: every claims-*.tsv sentence of the probe set and of bench/ml-reader/written/ (sentences writers outside the
rules' authors wrote for the reader alone, in their own words). Label 0: every careful*.tsv sentence of both folders
and the prose sentences of the site's own content/ pages (which lint clean), so the reader also sees ordinary
sentences, not only hard negatives.
One "label<TAB>sentence" line each. "--without writerX" leaves out that writer's two files (leave-one-writer-out,
bench/ml-reader/writers.py).
"""
import glob
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
PROBES = os.path.join(ROOT, "tests", "Clinic.Content.Lint.Tests", "Fixtures", "probe")
WRITTEN = os.path.join(ROOT, "bench", "ml-reader", "written")


def probe_rows(without=()):
    for path in sorted(glob.glob(os.path.join(PROBES, "*.tsv")) + glob.glob(os.path.join(WRITTEN, "*.tsv"))):
        if any(os.path.basename(path).endswith(f"-{writer}.tsv") for writer in without):
            continue
        label = 1 if os.path.basename(path).startswith("claims") else 0
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or "\t" not in line:
                    continue
                text = line.rstrip("\n").split("\t", 1)[1].strip()
                if text:
                    yield label, text


def content_rows():
    for path in sorted(glob.glob(os.path.join(ROOT, "content", "**", "*.md"), recursive=True)):
        with open(path, encoding="utf-8") as f:
            text = re.sub(r"^---.*?---", "", f.read(), flags=re.S)
        for paragraph in re.split(r"\n\s*\n", text):
            # Markdown syntax and citation keys out; what is left is the prose a reader sees.
            paragraph = re.sub(r"\[@[^\]]*\]|\]\([^)]*\)|[#>*_`\[\]]", " ", paragraph).replace("\n", " ").strip()
            for sentence in re.split(r"(?<=[.!?])\s+", paragraph):
                if len(sentence.split()) >= 5:
                    yield 0, sentence


def write(path, without=()):
    rows = list(probe_rows(without)) + list(content_rows())
    with open(path, "w", encoding="utf-8") as out:
        for label, text in rows:
            out.write(f"{label}\t{text.replace(chr(9), ' ')}\n")
    print(f"wrote {len(rows)} sentences ({sum(label for label, _ in rows)} claims) to {path}", file=sys.stderr)


def main(argv):
    without = [argv[i + 1] for i, a in enumerate(argv) if a == "--without"]
    write(argv[1], without)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
