#!/usr/bin/env python3
"""Lints the probe sentences (tests/Clinic.Content.Lint.Tests/Fixtures/probe/*.tsv) and prints recall and false alarms.

The probe set is written in the project's own words (never lint-corpus text), so it measures whether the feature model
generalises beyond the corpus it was tuned on. A file whose name starts with "claims" holds sentences a compliance
reviewer would strike (expected category, a tab, the sentence); any other file holds careful sentences that must not be
flagged (kind, a tab, the sentence). Each sentence is linted on its own as a Markdown fragment, as the tests do.

Results are printed per file and per half (odd and even rows of each file), so rules can be tuned on one half and
checked on the other. Files named *-heldout*.tsv are held-out batches: measure them once, at the end, with --only.

    python3 bench/lint_probe.py                       # every batch except held-out ones; builds the CLI (Release)
    python3 bench/lint_probe.py --no-build --config Debug --show misses,alarms
    python3 bench/lint_probe.py --only claims-heldout.tsv,careful-heldout.tsv
    python3 bench/lint_probe.py --no-build --by-category      # recall per expected category as well
"""
import argparse
import json
import os
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
PROBE = ROOT / "tests" / "Clinic.Content.Lint.Tests" / "Fixtures" / "probe"
CLAIM_CATEGORIES = {
    "cure-or-guarantee", "safety-absolute", "regulatory-misstatement", "uncited-statistic", "efficacy-overreach",
    "dose-escalation", "testimonial-as-evidence", "prescription-bypass", "animal-as-human",
}


def rows(path):
    """(label, sentence) for every data row of a probe file; '#' lines are comments."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, sentence = line.split("\t", 1)
        out.append((label.strip(), sentence.strip()))
    return out


def lint(cli, sentences, rules):
    """{index: [(rule, category)]} for the claim findings of each sentence, linted as its own Markdown fragment."""
    found = {}
    # A run reports at most 10,000 findings (LintOptions.MaxFindingsPerRun), so thousands of sentences go in chunks
    # small enough that no finding is left out.
    for first in range(0, len(sentences), CHUNK):
        for i, hits in lint_chunk(cli, sentences[first:first + CHUNK], rules).items():
            found[first + i] = hits
    return found


CHUNK = 2000


def lint_chunk(cli, sentences, rules):
    with tempfile.TemporaryDirectory() as work:
        for i, sentence in enumerate(sentences):
            pathlib.Path(work, f"s{i:05}.md").write_text(sentence + "\n", encoding="utf-8")
        result = subprocess.run(cli + ["lint", work, "--format", "json", "--fail-on", "never"] + rules,
                                capture_output=True, text=True, check=True, cwd=ROOT)
        found = {i: [] for i in range(len(sentences))}
        for finding in json.loads(result.stdout)["findings"]:
            if finding["category"] in CLAIM_CATEGORIES:
                index = int(pathlib.Path(finding["file"]).stem[1:])
                found[index].append((finding["ruleId"], finding["category"]))
        return found


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--config", default="Release")
    parser.add_argument("--no-build", action="store_true")
    parser.add_argument("--only", help="comma-separated probe file names (held-out batches are only run this way)")
    parser.add_argument("--show", default="", help="comma-separated: misses, alarms, wrong-category")
    parser.add_argument("--show-half", choices=["odd", "even"], help="show misses and alarms of this half only (tune on one half)")
    parser.add_argument("--by-category", action="store_true", help="also print recall per expected category of the claims files")
    parser.add_argument("--rules", help="another rules file (e.g. main's, for a before/after comparison)")
    args = parser.parse_args()

    if not args.no_build:
        subprocess.run(["dotnet", "build", "src/Clinic.Content.Cli", "-c", args.config, "-nologo", "-v", "quiet"],
                       check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    cli = ["dotnet", str(ROOT / f"src/Clinic.Content.Cli/bin/{args.config}/net10.0/clinic-content.dll")]
    rules = ["--rules", str(pathlib.Path(args.rules).resolve())] if args.rules else []

    if args.only:
        files = [PROBE / name for name in args.only.split(",")]
    else:
        files = [p for p in sorted(PROBE.glob("*.tsv")) if "heldout" not in p.name]
    show = set(filter(None, args.show.split(",")))

    batches = [(f, rows(f)) for f in files]
    sentences = [s for _, batch in batches for _, s in batch]
    found = lint(cli, sentences, rules)

    totals = {}
    categories = {}
    offset = 0
    print(f"{'file':<26} {'half':<5} {'flagged':>9} {'rate':>6}  {'right category':>14}")
    for path, batch in batches:
        claims = path.name.startswith("claims")
        by_half = {"all": [0, 0, 0], "odd": [0, 0, 0], "even": [0, 0, 0]}
        for n, (label, sentence) in enumerate(batch):
            hits = found[offset + n]
            flagged = bool(hits)
            right = claims and any(c == label for _, c in hits)
            if claims:
                c = categories.setdefault(label, [0, 0, 0])
                c[0] += 1
                c[1] += flagged
                c[2] += right
            for half in ("all", "odd" if n % 2 == 0 else "even"):
                by_half[half][0] += 1
                by_half[half][1] += flagged
                by_half[half][2] += right
            rules = ",".join(sorted({r for r, _ in hits}))
            if args.show_half and (n % 2 == 0) != (args.show_half == "odd"):
                pass
            elif claims and not flagged and "misses" in show:
                print(f"  MISS  [{label}] {sentence}")
            elif claims and flagged and not right and "wrong-category" in show:
                print(f"  CATEGORY [{label} -> {rules}] {sentence}")
            elif not claims and flagged and "alarms" in show:
                print(f"  ALARM [{label} -> {rules}] {sentence}")
        offset += len(batch)
        kind = "claims" if claims else "careful"
        for half, (n, flagged, right) in by_half.items():
            if n == 0:
                continue
            extra = f"{right:>5}/{n:<4}" if claims else ""
            print(f"{path.name:<26} {half:<5} {flagged:>4}/{n:<4} {flagged / n:>6.3f}  {extra:>14}")
            t = totals.setdefault((kind, half), [0, 0])
            t[0] += n
            t[1] += flagged

    if args.by_category and categories:
        print()
        print(f"{'category':<26} {'flagged':>9} {'rate':>6}  {'right category':>14}")
        for label, (n, flagged, right) in sorted(categories.items()):
            print(f"{label:<26} {flagged:>4}/{n:<4} {flagged / n:>6.3f}  {right:>5}/{n:<4}")

    print()
    for (kind, half), (n, flagged) in sorted(totals.items()):
        name = "recall" if kind == "claims" else "false alarms"
        print(f"{kind:<8} {half:<5} {name:<13} {flagged}/{n} = {flagged / n:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
