#!/usr/bin/env python3
"""Leave-one-writer-out: how the linter and its learned reader (CL900) do on a writer they never learned from.

    python3 bench/ml-reader/writers.py OUT_DIR SENTENCES.jsonl "READER_OPTIONS" [THRESHOLDS] -- READER... -- CLI...

bench/ml-reader/run.sh CORPUS writers drives it. For each writer X with claims-X.tsv and careful-X.tsv in
bench/ml-reader/written/, the reader is trained as the export trains it (corpus sentences, probe sentences, the site's
prose and every other writer's sentences), without X's two files. X's sentences are then linted one per file, as
bench/lint_probe.py lints them, with three rules files:
  rules alone     content/claim-rules.yaml cut before "  - id: CL900" (no CL900, no reader: section);
  reader alone    the features, CL900 as the only rule and the fold's weights (its gates apply: no hedge, citation...);
  rules + reader  the rules file with the fold's weights: what ships.
THRESHOLDS (comma-separated, say 0.8,0.9) re-lints the last two with CL900's threshold set to each; without them
the rules file's threshold is used. A claim is caught, or a careful sentence flagged, by any claim-category finding.
Sums over writers close the table. Everything written stays in OUT_DIR (git-ignored bench/out).
"""
import glob
import os
import pathlib
import re
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "bench"))
import training  # noqa: E402  (bench/ml-reader/training.py: the export's training set)
from lint_probe import lint, rows  # noqa: E402

WRITTEN = HERE / "written"
RULES = ROOT / "content" / "claim-rules.yaml"
CL900 = "  - id: CL900\n"


def writers():
    """Writer names (writerA, ...) that have both a claims and a careful file."""
    names = [re.match(r"claims-(.+)\.tsv$", os.path.basename(p)).group(1) for p in glob.glob(str(WRITTEN / "claims-*.tsv"))]
    return sorted(n for n in names if (WRITTEN / f"careful-{n}.tsv").exists())


def with_threshold(text, threshold):
    """The rules text with CL900's threshold set to THRESHOLD (the first 'threshold:' after CL900's id)."""
    at = text.index(CL900)
    return text[:at] + re.sub(r"threshold: [0-9.]+", f"threshold: {threshold}", text[at:], count=1)


def counts(cli, rules_file, claims, careful):
    found = lint(cli, claims + careful, ["--rules", str(rules_file)])
    caught = {i for i in range(len(claims)) if found[i]}
    flagged = {i for i in range(len(careful)) if found[len(claims) + i]}
    return caught, flagged


def main(argv):
    split = [i for i, a in enumerate(argv) if a == "--"]
    head, reader, cli = argv[1:split[0]], argv[split[0] + 1:split[1]], argv[split[1] + 1:]
    out, sentences, options = pathlib.Path(head[0]) / "writers", head[1], head[2].split()
    thresholds = [t for t in (head[3].split(",") if len(head) > 3 and head[3] else []) if t] or [None]
    out.mkdir(parents=True, exist_ok=True)
    text = RULES.read_text(encoding="utf-8")
    rules_alone = out / "rules-alone.yaml"
    rules_alone.write_text(text[:text.index(CL900)], encoding="utf-8")
    features_end = text.index("\nrules:\n") + len("\nrules:\n")

    table = []  # (writer, threshold, claims, careful, rules caught, rules flagged, reader caught, ..., both caught, ...)
    for writer in writers():
        claims = [s for _, s in rows(WRITTEN / f"claims-{writer}.tsv")]
        careful = [s for _, s in rows(WRITTEN / f"careful-{writer}.tsv")]
        train = out / f"train-without-{writer}.tsv"
        training.write(str(train), [writer])
        full = out / f"rules-without-{writer}.yaml"
        full.write_text(text, encoding="utf-8")
        subprocess.run(reader + ["export", sentences, str(train), str(full)] + options, check=True, cwd=ROOT,
                       stderr=subprocess.DEVNULL)
        trained = full.read_text(encoding="utf-8")
        rules_caught, rules_flagged = counts(cli, rules_alone, claims, careful)
        for threshold in thresholds:
            both_text = trained if threshold is None else with_threshold(trained, threshold)
            both = out / f"both-{writer}.yaml"
            both.write_text(both_text, encoding="utf-8")
            alone = out / f"reader-{writer}.yaml"
            alone.write_text(both_text[:features_end] + both_text[both_text.index(CL900):], encoding="utf-8")
            reader_caught, reader_flagged = counts(cli, alone, claims, careful)
            both_caught, both_flagged = counts(cli, both, claims, careful)
            shown = threshold or re.search(r"threshold: ([0-9.]+)", trained[trained.index(CL900):]).group(1)
            table.append((writer, shown, len(claims), len(careful), len(rules_caught), len(rules_flagged),
                          len(reader_caught), len(reader_flagged), len(both_caught), len(both_flagged)))
            print(f"{writer} at {shown}: {table[-1][2:]}", file=sys.stderr)

    print(f"Leave-one-writer-out, reader options: {' '.join(options) or '(defaults)'}\n")
    print("| left out | threshold | rules alone: caught | flagged | reader alone: caught | flagged | rules + reader: caught | flagged |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for row in table:
        print(f"| {row[0]} | {row[1]} | {row[4]}/{row[2]} | {row[5]}/{row[3]} | {row[6]}/{row[2]} | {row[7]}/{row[3]} "
              f"| {row[8]}/{row[2]} | {row[9]}/{row[3]} |")
    for threshold in dict.fromkeys(r[1] for r in table):
        rs = [r for r in table if r[1] == threshold]
        s = [sum(r[i] for r in rs) for i in range(2, 10)]
        print(f"| **all {len(rs)}** | {threshold} | {s[2]}/{s[0]} ({s[2] / s[0]:.3f}) | {s[3]}/{s[1]} | "
              f"{s[4]}/{s[0]} ({s[4] / s[0]:.3f}) | {s[5]}/{s[1]} | **{s[6]}/{s[0]} ({s[6] / s[0]:.3f})** | **{s[7]}/{s[1]}** |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
