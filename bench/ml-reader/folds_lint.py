#!/usr/bin/env python3
"""The shipped reader (rule CL900) under page-level cross-validation, through the real linter: every corpus page is
linted with a rules file whose 'reader:' weights were trained without that page (`ml-reader folds`), and the findings
are scored with the corpus's score.py, with and without the reader's findings.

    python3 bench/ml-reader/folds_lint.py CORPUS_DIR BODIES_DIR FOLDS_DIR CLI...

Prints counts and file:line positions of the reader's findings, never page text.
"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from score_reader import row, score  # noqa: E402

READER = "CL900"


def main(argv):
    corpus, bodies, folds, cli = argv[1], argv[2], argv[3], argv[4:]
    findings = []
    for name in sorted(os.listdir(bodies)):
        rules = os.path.join(folds, os.path.splitext(name)[0] + ".yaml")
        out = subprocess.run(cli + ["lint", os.path.join(bodies, name), "--rules", rules, "--format", "json", "--fail-on", "never"],
                             check=True, capture_output=True, text=True).stdout
        findings += json.loads(out)["findings"]
    rules_only = [f for f in findings if f["ruleId"] != READER]
    reader = [f for f in findings if f["ruleId"] == READER]
    head = "| run | claims-only hits | FA on reference pages | FA on promo pages | hard negatives flagged |\n|---|---|---|---|---|"
    with tempfile.TemporaryDirectory() as work:
        for half in (None, "odd", "even"):
            print(f"\n## {'Whole corpus' if half is None else half.capitalize() + ' pages'}, each page linted with a reader trained without it\n")
            print(head)
            print(row("linter without the reader", score(corpus, rules_only, work, "rules", half)))
            print(row(f"linter with the reader ({READER})", score(corpus, findings, work, "all", half)))
    print(f"\n{READER} findings ({len(reader)}): " + ", ".join(f"{f['file'].rsplit('/', 1)[-1][:2]}:{f['line']}" for f in reader))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
