#!/usr/bin/env python3
"""Scores the learned second reader's held-out predictions with the corpus's own score.py, alone and added to the
linter's findings.

    python3 bench/ml-reader/score_reader.py CORPUS_DIR LINTER_FINDINGS.json CV_DIR [THRESHOLD ...]

CV_DIR holds <reader>-pages.jsonl (leave one page out) and <reader>-halves.jsonl (train odd, score even and the
other way round), written by `ml-reader cv`. The first THRESHOLD (default 0.5, fixed before looking at the
results) is the headline; further thresholds are printed as a sweep for information only, since choosing one from
that sweep would be tuning on the held-out pages. Prints counts and file:line positions, never page text.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
HALF = os.path.join(HERE, "..", "lint_corpus_half.py")
RULE = {"ruleId": "ML900", "category": "efficacy-overreach"}  # a hit ignores category; FA counts need a claim one


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def reader_findings(predictions, threshold):
    keys = ("file", "line", "column", "endLine", "endColumn")
    return [dict({k: p[k] for k in keys}, **RULE) for p in predictions if p["probability"] >= threshold]


def score(corpus, findings, work, name, half=None):
    """-> dict of the headline figures score.py prints for these findings (optionally on one half of the pages)"""
    path = os.path.join(work, name + ".json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump({"findings": findings}, f)
    scorer = os.path.join(corpus, "score.py")
    if half:
        out = os.path.join(work, name + "-" + half)
        subprocess.run([sys.executable, HALF, corpus, half, out, path, out + ".json"], check=True)
        scorer, path = os.path.join(out, "score.py"), out + ".json"
    text = subprocess.run([sys.executable, scorer, path, "--quiet"], check=True, capture_output=True, text=True).stdout
    claims = re.search(r"RECALL, claims only.*?(\d+)/(\d+)", text)
    ref = re.search(r"reference pages: (\d+) claim-category findings = ([\d.]+) per reference page", text)
    return {
        "claims": f"{claims.group(1)}/{claims.group(2)}",
        "ref_fa": int(ref.group(1)), "ref_fa_page": float(ref.group(2)),
        "promo_fa": int(re.search(r"promo pages:\s+(\d+)", text).group(1)),
        "hn": re.search(r"HARD NEGATIVES FLAGGED:\s+(\d+/\d+)", text).group(1),
    }


def ranking(predictions, labels):
    """threshold-free quality of the held-out probabilities: ROC AUC and average precision"""
    scored = sorted(((p["probability"], labels[key(p)]) for p in predictions), key=lambda t: -t[0])
    positives = sum(y for _, y in scored)
    negatives = len(scored) - positives
    above, auc, hits, ap = 0, 0.0, 0, 0.0
    for rank, (_, y) in enumerate(scored, 1):
        if y:
            hits += 1
            ap += hits / rank
        else:
            above += 1
            auc += hits  # positives ranked above this negative
    return auc / max(1, positives * negatives), ap / max(1, positives)


def key(p):
    return (p["file"], p["line"], p["column"])


def row(label, s):
    return (f"| {label} | {s['claims']} | {s['ref_fa']} ({s['ref_fa_page']:.2f}/page) | {s['promo_fa']} | {s['hn']} |")


def main(argv):
    corpus, linter_path, cv = argv[1], argv[2], argv[3]
    thresholds = [float(t) for t in argv[4:]] or [0.5]
    with open(linter_path, encoding="utf-8") as f:
        linter = json.load(f)["findings"]
    sentences = read_jsonl(os.path.join(cv, "..", "sentences.jsonl"))
    labels = {key(s): s["label"] for s in sentences}
    readers = sorted({n.rsplit("-", 1)[0] for n in os.listdir(cv) if n.endswith(".jsonl")})
    head = "| run | claims-only hits | FA on reference pages | FA on promo pages | hard negatives flagged |\n|---|---|---|---|---|"
    with tempfile.TemporaryDirectory() as work:
        print("## Whole corpus, leave one page out (threshold %.2f)\n" % thresholds[0])
        print(head)
        print(row("linter alone", score(corpus, linter, work, "linter")))
        for r in readers:
            preds = read_jsonl(os.path.join(cv, r + "-pages.jsonl"))
            auc, ap = ranking(preds, labels)
            mine = reader_findings(preds, thresholds[0])
            print(row(f"{r} alone ({len(mine)} sentences flagged; AUC {auc:.2f}, AP {ap:.2f})", score(corpus, mine, work, r)))
            print(row(f"linter + {r}", score(corpus, linter + mine, work, r + "-union")))
        for half in ("odd", "even"):
            print(f"\n## {half.capitalize()} pages, reader trained on the other half only (threshold {thresholds[0]:.2f})\n")
            print(head)
            print(row("linter alone", score(corpus, linter, work, "linter", half)))
            for r in readers:
                preds = [p for p in read_jsonl(os.path.join(cv, r + "-halves.jsonl")) if p["fold"] == half]
                mine = reader_findings(preds, thresholds[0])
                print(row(f"{r} alone", score(corpus, mine, work, r, half)))
                print(row(f"linter + {r}", score(corpus, linter + mine, work, r + "-union", half)))
        if len(thresholds) > 1:
            print("\n## Threshold sweep, linter + reader, leave one page out (information only)\n")
            print(head)
            for r in readers:
                preds = read_jsonl(os.path.join(cv, r + "-pages.jsonl"))
                for t in thresholds:
                    print(row(f"linter + {r} at {t:.2f}", score(corpus, linter + reader_findings(preds, t), work, f"{r}-{t}")))
        print("\n## Sentences the reader adds at threshold %.2f (leave one page out), by position\n" % thresholds[0])
        flagged = {}
        for f in linter:
            flagged.setdefault(f["file"].rsplit("/", 1)[-1], []).append((f["line"], f.get("endLine", f["line"])))
        for r in readers:
            added = [p for p in read_jsonl(os.path.join(cv, r + "-pages.jsonl")) if p["probability"] >= thresholds[0]
                     and not any(a <= p["endLine"] and p["line"] <= b for a, b in flagged.get(p["file"], []))]
            where = ", ".join(f"{p['file'][:2]}:{p['line']}{'*' if labels[key(p)] else ''}" for p in added)
            print(f"- {r}: {len(added)} on lines the linter leaves alone ({where or 'none'}; * = annotated claim)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
