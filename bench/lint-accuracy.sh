#!/usr/bin/env bash
# Measures the claim linter on the annotated lint corpus (../shared/lint-corpus, never committed here): prepares the
# page bodies, lints them, scores the findings with the corpus's own score.py (whole corpus, then odd and even pages
# separately), prints per-rule precision and recall (`clinic-content rules --stats`), and fails below recall 0.90 or above 0.2 false alarms per
# reference page.
#
#   bash bench/lint-accuracy.sh [CORPUS_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=$(cd "${1:-../shared/lint-corpus}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build src/Clinic.Content.Cli -c Release -nologo -v quiet >/dev/null
cli=(dotnet src/Clinic.Content.Cli/bin/Release/net10.0/clinic-content.dll)

bash "$corpus/prepare.sh" "$work/bodies" >/dev/null
"${cli[@]}" lint "$work/bodies" --format json --fail-on never > "$work/findings.json"

echo "== whole corpus"
python3 "$corpus/score.py" "$work/findings.json" --quiet | tee "$work/score.txt"
for half in odd even; do
  echo "== $half pages only"
  python3 bench/lint_corpus_half.py "$corpus" "$half" "$work/$half" "$work/findings.json" "$work/$half.json"
  python3 "$work/$half/score.py" "$work/$half.json" --quiet | grep -E "RECALL|FALSE ALARMS on reference|HARD NEGATIVES"
done
echo "== per rule"
"${cli[@]}" rules --stats "$work/findings.json" --annotations "$corpus"

python3 - "$work/score.txt" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
recall = float(re.search(r"RECALL \(sentence-level\)\s+\d+/\d+ = ([\d.]+)", text).group(1))
alarms = float(re.search(r"= ([\d.]+) per reference page", text).group(1))
problems = []
if recall < 0.90:
    problems.append(f"recall {recall:.3f} is below 0.90")
if alarms > 0.2:
    problems.append(f"{alarms:.2f} false alarms per reference page is above 0.2")
if problems:
    sys.exit("lint accuracy gate FAILED: " + "; ".join(problems))
print(f"lint accuracy gate passed: recall {recall:.3f}, {alarms:.2f} false alarms per reference page")
PY
