#!/usr/bin/env python3
"""Per-rule precision and recall of `clinic-content lint --format json` findings on an annotated corpus.

    python3 bench/lint_rule_stats.py CORPUS_DIR FINDINGS.json [--pages 01,03,...]

CORPUS_DIR is a corpus in the lint-corpus layout (pages/, annotations.tsv, hard_negatives.tsv, score.py); its own
score.py reads it, so sentences are split exactly as the official scorer splits them. A finding is true when it
overlaps an annotated claim sentence of its file (or, for missing-disclaimer, when the page has that row). Recall of a
rule is the share of its category's rows it hits. --pages keeps only the pages whose numbers are listed (odd/even checks).
"""
import importlib.util
import json
import os
import sys
from collections import defaultdict


def load_scorer(corpus):
    spec = importlib.util.spec_from_file_location("score", os.path.join(corpus, "score.py"))
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    return score


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    corpus, findings_path = args
    keep = None
    for a in argv[1:]:
        if a.startswith("--pages="):
            keep = set(a.split("=", 1)[1].split(","))
    score = load_scorer(corpus)
    pages, ann, _, _ = score.load_corpus()
    if keep is not None:
        pages = {fn: p for fn, p in pages.items() if fn[:2] in keep}
        ann = [r for r in ann if r["file"] in pages]
    findings = [f for f in json.load(open(findings_path, encoding="utf-8"))["findings"]
                if os.path.basename(f["file"]) in pages]
    md_pages = {r["file"] for r in ann if r["category"] == score.MD}
    rows_by_file = defaultdict(list)
    for r in ann:
        if r["category"] != score.MD and r["sent"]:
            rows_by_file[r["file"]].append(r)
    starts = {fn: score.line_starts(p["body"]) for fn, p in pages.items()}

    per_rule = defaultdict(lambda: {"category": "", "found": 0, "true": 0, "rows": set()})
    for f in findings:
        fn = os.path.basename(f["file"])
        stat = per_rule[f["ruleId"]]
        stat["category"] = f["category"]
        stat["found"] += 1
        if f["category"] == score.MD:
            if fn in md_pages:
                stat["true"] += 1
                stat["rows"].add((fn, score.MD))
            continue
        span = score.finding_span(f, pages[fn]["body"], starts[fn])
        hit = [r for r in rows_by_file[fn] if score.overlaps(span, r["sent"])]
        if hit:
            stat["true"] += 1
            stat["rows"].update((fn, r["quote"]) for r in hit if r["category"] == f["category"])

    rows_in = defaultdict(int)
    for r in ann:
        rows_in[r["category"]] += 1
    print(f"{'rule':7} {'category':26} {'found':>5} {'true':>5} {'precision':>9} {'rows hit':>8} {'recall':>7}")
    for rule in sorted(per_rule):
        s = per_rule[rule]
        precision = s["true"] / s["found"] if s["found"] else 0.0
        total = rows_in.get(s["category"], 0)
        recall = f"{len(s['rows']) / total:.2f}" if total else "-"
        print(f"{rule:7} {s['category']:26} {s['found']:5} {s['true']:5} {precision:9.2f} {len(s['rows']):8} {recall:>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
