#!/usr/bin/env python3
"""Splits the lint corpus's page bodies into sentences, labelled for the learned second-reader experiment.

    python3 bench/ml-reader/sentences.py CORPUS_DIR OUT.jsonl

Sentences are cut exactly where the corpus's own score.py cuts them, so a reader finding that covers one sentence
is scored the way a linter finding would be. One JSON object per line:
file, kind, line, column, endLine, endColumn (1-based, end exclusive, relative to the page body), text and
label (1 when the sentence holds an annotated claim, else 0). Hard negatives need no label: score.py counts them.
The output holds third-party page text: write it under the git-ignored bench/out/ or /tmp, never into the repository.
"""
import bisect
import json
import os
import sys


def position(starts, offset):
    line = bisect.bisect_right(starts, offset) - 1
    return line + 1, offset - starts[line] + 1


def main(argv):
    corpus, out = argv[1], argv[2]
    sys.path.insert(0, corpus)
    import score  # the corpus's scorer: one definition of a sentence for training and scoring

    pages, ann, _, problems = score.load_corpus()
    if problems:
        sys.exit("corpus problems: " + "; ".join(problems))
    claim_sentences = {}
    for r in ann:
        if r["sent"]:
            claim_sentences.setdefault(r["file"], []).append(r["sent"])

    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    count = positives = 0
    with open(out, "w", encoding="utf-8") as f:
        for fn, page in sorted(pages.items()):
            body = page["body"]
            starts = score.line_starts(body)
            cut = 0
            for bs, be in score.boundaries(body) + [(len(body), len(body))]:
                span, cut = (cut, bs), be
                text = body[span[0]:span[1]]
                if not any(ch.isalpha() for ch in text):
                    continue
                label = int(any(score.overlaps(span, s) for s in claim_sentences.get(fn, [])))
                line, column = position(starts, span[0])
                end_line, end_column = position(starts, span[1])
                f.write(json.dumps({
                    "file": fn, "kind": page["kind"], "line": line, "column": column,
                    "endLine": end_line, "endColumn": end_column, "text": text, "label": label,
                }) + "\n")
                count += 1
                positives += label
    print(f"wrote {count} sentences ({positives} holding an annotated claim) from {len(pages)} pages to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
