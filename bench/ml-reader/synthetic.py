#!/usr/bin/env python3
"""Out-of-domain check for the learned reader: the team's own synthetic sentences from bench/generate_articles.py
(20 marketing claims, 20 careful sentences), which no reader was trained on.

    python3 bench/ml-reader/synthetic.py texts > TEXTS.txt            # claims first, then careful sentences
    python3 bench/ml-reader/synthetic.py summary SCORES.tsv [THRESHOLD] # SCORES.tsv from `ml-reader score`
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import generate_articles  # noqa: E402  (the generator's sentence lists are the labelled set)


def main(argv):
    claims, careful = generate_articles.CLAIMS, generate_articles.CAREFUL
    if argv[1] == "texts":
        print("\n".join(claims + careful))
        return 0
    threshold = float(argv[3]) if len(argv) > 3 else 0.5
    kind = {t: "claim" for t in claims} | {t: "careful" for t in careful}
    flagged = {}
    with open(argv[2], encoding="utf-8") as f:
        for line in f:
            reader, probability, text = line.rstrip("\n").split("\t", 2)
            counts = flagged.setdefault(reader, {"claim": 0, "careful": 0})
            counts[kind[text]] += float(probability) >= threshold
    for reader, counts in flagged.items():
        print(f"- {reader} at {threshold:.2f}: {counts['claim']}/{len(claims)} synthetic claims flagged, "
              f"{counts['careful']}/{len(careful)} careful sentences flagged")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
