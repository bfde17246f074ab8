#!/usr/bin/env bash
# Peak memory (resident set, GNU time's %M) of the published `clinic-content lint` on the two inputs of issue 13:
# one 50 MB text file with a cure claim in every sentence (about 1.9 million findings before the caps), linted with
# --max-file-size 64MB, and 20,000 small Markdown files. Fails when either peaks above LIMIT_MB (default 500).
# The anchor is the same binary linting one small file in the same run (the runtime's own footprint).
#
#   bash bench/lint-memory.sh [LIMIT_MB]
#
# Needs python3 and GNU time (apt-get install time). Results are printed; record them in docs/reliability.md.
set -euo pipefail
cd "$(dirname "$0")"
limit_mb=${1:-500}
out=out/lint-memory
rm -rf "$out" && mkdir -p "$out/many"

if [ ! -x /usr/bin/time ]; then
  echo "lint-memory: GNU time is missing (apt-get install time)" >&2
  exit 2
fi

echo "== publishing clinic-content (Release)"
dotnet publish ../src/Clinic.Content.Cli -c Release -o "$out/cli" -nologo -v quiet
cli="$out/cli/clinic-content"

echo "== writing the inputs"
python3 - "$out" <<'PY'
import os, sys
out = sys.argv[1]
line = "Ketamine cures depression in one session, guaranteed.\n"
with open(os.path.join(out, "huge.txt"), "w") as f:
    f.write(line * (50 * 1024 * 1024 // len(line) + 1))
page = ("# Page {0}\n\nThe clinic is open on weekdays and the staff answer the phone.\n\n"
        "Ketamine cures depression in one session.\n\nAsk your doctor whether this treatment suits you.\n")
for i in range(20000):
    with open(os.path.join(out, "many", f"page{i:05}.md"), "w") as f:
        f.write(page.format(i))
with open(os.path.join(out, "small.txt"), "w") as f:
    f.write("The clinic is open on weekdays.\n")
PY

status=0
measure() {
  local name=$1; shift
  local kb seconds
  /usr/bin/time -f "%M %e" -o "$out/rss" "$cli" lint "$@" --fail-on never --today 2026-12-01 --format sarif -o "$out/report.sarif" || {
    echo "lint-memory: $name: clinic-content failed" >&2; status=1; }
  read -r kb seconds < <(tail -1 "$out/rss")
  printf '%-44s peak %4d MB  %6s s\n' "$name" $((kb / 1024)) "$seconds"
  if [ "$name" != "anchor" ] && [ $((kb / 1024)) -gt "$limit_mb" ]; then
    echo "lint-memory: $name peaked at $((kb / 1024)) MB, over the $limit_mb MB target" >&2
    status=1
  fi
}

measure "anchor" "$out/small.txt"
measure "one 50 MB text file (--max-file-size 64MB)" "$out/huge.txt" --max-file-size 64MB
grep -o '"text": "1,000 findings shown; [^"]*"' "$out/report.sarif" | head -1
measure "20,000 Markdown files" "$out/many"
exit "$status"
