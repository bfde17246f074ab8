#!/usr/bin/env bash
# The learned second-reader experiment (issue 9, part 7; results in docs/performance.md). Splits the annotated lint
# corpus into sentences (score.py's own boundaries), trains two ML.NET readers (word/char n-grams; MiniLM sentence
# embeddings) with page-level cross-validation, and scores their held-out findings with the corpus's score.py, alone
# and added to the linter's findings. With "speed" it also times both readers on 1,000 generated articles against
# the linter's whole process on the same files.
#
#   bash bench/ml-reader/run.sh [CORPUS_DIR] [speed [ARTICLES=1000]]
#   bash bench/ml-reader/run.sh [CORPUS_DIR] transfer   # train only on the team's own sentences, score every page
#   bash bench/ml-reader/run.sh [CORPUS_DIR] export     # retrain the shipped reader (CL900) into content/claim-rules.yaml
#   bash bench/ml-reader/run.sh [CORPUS_DIR] shipped    # the shipped reader under page-level cross-validation
#   bash bench/ml-reader/run.sh [CORPUS_DIR] writers [0.8,0.9]   # leave-one-writer-out (bench/ml-reader/writers.py):
#                                                       # rules alone, reader alone, both, on each unseen writer
#   ML_READER_OPTIONS="--l2 0.0001 --balanced" bash bench/ml-reader/run.sh    # another regularisation / weighting
#
# Everything derived from the corpus (sentences, predictions, findings) stays in the git-ignored bench/out/ml-reader.
set -euo pipefail
cd "$(dirname "$0")/../.."
corpus=$(cd "${1:-../shared/lint-corpus}" && pwd)
# L2 0.003 was chosen by training on one outside writer's sentences and scoring the other's (docs/performance.md).
options=${ML_READER_OPTIONS:---l2 0.003}
out=bench/out/ml-reader
mkdir -p "$out"

dotnet build src/Clinic.Content.Cli -c Release -nologo -v quiet >/dev/null
dotnet build bench/ml-reader -c Release -nologo -v quiet >/dev/null
cli=(dotnet src/Clinic.Content.Cli/bin/Release/net10.0/clinic-content.dll)
reader=(dotnet bench/ml-reader/bin/Release/net10.0/ml-reader.dll)

bash "$corpus/prepare.sh" "$out/bodies" >/dev/null
"${cli[@]}" lint "$out/bodies" --format json --fail-on never > "$out/linter.json"
python3 bench/ml-reader/sentences.py "$corpus" "$out/sentences.jsonl"
if [ "${2:-}" = writers ]; then
  python3 bench/ml-reader/writers.py "$out" "$out/sentences.jsonl" "$options" "${3:-}" -- "${reader[@]}" -- "${cli[@]}" |
    tee "$out/writers.md"
  exit 0
fi
if [ "${2:-}" = export ] || [ "${2:-}" = shipped ]; then
  python3 bench/ml-reader/training.py "$out/training.tsv"
  if [ "$2" = export ]; then
    # shellcheck disable=SC2086
    "${reader[@]}" export "$out/sentences.jsonl" "$out/training.tsv" content/claim-rules.yaml $options
  else
    # shellcheck disable=SC2086
    "${reader[@]}" folds "$out/sentences.jsonl" "$out/training.tsv" content/claim-rules.yaml "$out/folds" $options
    python3 bench/ml-reader/folds_lint.py "$corpus" "$out/bodies" "$out/folds" "${cli[@]}" | tee "$out/shipped.md"
  fi
  exit 0
fi
if [ "${2:-}" = transfer ]; then
  python3 bench/ml-reader/training.py "$out/training.tsv"
  # shellcheck disable=SC2086
  "${reader[@]}" transfer "$out/sentences.jsonl" "$out/transfer" "$out/training.tsv" $options
  python3 bench/ml-reader/score_reader.py "$corpus" "$out/linter.json" "$out/transfer" 0.5 0.7 0.9 | tee "$out/transfer.md"
  exit 0
fi
# shellcheck disable=SC2086  # options are words
"${reader[@]}" cv "$out/sentences.jsonl" "$out/cv" $options
python3 bench/ml-reader/score_reader.py "$corpus" "$out/linter.json" "$out/cv" 0.5 0.7 0.9 | tee "$out/results.md"

printf "\n## Synthetic sentences (bench/generate_articles.py), reader trained on the whole corpus\n" | tee -a "$out/results.md"
python3 bench/ml-reader/synthetic.py texts > "$out/synthetic.txt"
# shellcheck disable=SC2086
"${reader[@]}" score "$out/sentences.jsonl" "$out/synthetic.txt" $options > "$out/synthetic-scores.tsv"
python3 bench/ml-reader/synthetic.py summary "$out/synthetic-scores.tsv" 0.5 | tee -a "$out/results.md"

if [ "${2:-}" = speed ]; then
  count=${3:-1000}
  printf "\n## Speed: %s generated articles\n" "$count" | tee -a "$out/results.md"
  rm -rf "$out/articles"
  python3 bench/generate_articles.py --count "$count" --out "$out/articles" >/dev/null
  TIMEFORMAT="clinic-content lint, whole process: %R s wall, %U s user CPU"
  { time "${cli[@]}" lint "$out/articles/content/articles" --format json --fail-on never -o /dev/null; } 2>&1 |
    tee -a "$out/results.md"
  # shellcheck disable=SC2086
  "${reader[@]}" speed "$out/sentences.jsonl" "$out/articles/content/articles" 2000 $options | tee -a "$out/results.md"
fi
