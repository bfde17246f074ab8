#!/usr/bin/env python3
"""Copies the lint corpus keeping only odd- or even-numbered pages, so score.py can score one half.

    python3 bench/lint_corpus_half.py CORPUS_DIR odd|even OUT_DIR FINDINGS.json OUT_FINDINGS.json
"""
import json
import os
import shutil
import sys


def main(argv):
    corpus, half, out, findings, out_findings = argv[1:6]
    parity = 1 if half == "odd" else 0
    keep = {fn for fn in os.listdir(os.path.join(corpus, "pages")) if fn[:2].isdigit() and int(fn[:2]) % 2 == parity}
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(os.path.join(out, "pages"))
    for fn in keep:
        shutil.copy(os.path.join(corpus, "pages", fn), os.path.join(out, "pages", fn))
    shutil.copy(os.path.join(corpus, "score.py"), out)
    for tsv in ("annotations.tsv", "hard_negatives.tsv"):
        with open(os.path.join(corpus, tsv), encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
        kept = [lines[0]] + [line for line in lines[1:] if line.split("\t", 1)[0] in keep]
        with open(os.path.join(out, tsv), "w", encoding="utf-8", newline="") as f:
            f.write("\n".join(kept) + "\n")
    data = json.load(open(findings, encoding="utf-8"))
    data["findings"] = [f for f in data["findings"] if os.path.basename(f["file"]) in keep]
    json.dump(data, open(out_findings, "w", encoding="utf-8"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
