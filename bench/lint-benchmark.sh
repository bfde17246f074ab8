#!/usr/bin/env bash
# Times `clinic-content lint` against textlint + textlint-rule-prh on 1,000 generated articles, as whole processes,
# side by side in one hyperfine run; then times the shipped content. Results: bench/out/results.md (see docs/performance.md).
#
#   bash bench/lint-benchmark.sh [ARTICLES] [RUNS]     (RUNS defaults to 3: the machine is shared)
#
# Needs python3, node/npm (textlint is installed into bench/node_modules), clang and zlib for the native link
# (installed with apt when missing) and, if available, hyperfine (apt-get install hyperfine); without hyperfine it
# falls back to bash `time` loops.
set -euo pipefail
cd "$(dirname "$0")"
count=${1:-1000}
runs=${2:-3}
out=out
mkdir -p "$out"

echo "== generating $count articles"
python3 generate_articles.py --count "$count" --out "$out/corpus"
# The same files as loose Markdown: the job textlint does (claims only, no content model).
rm -rf "$out/corpus/markdown" && cp -r "$out/corpus/content/articles" "$out/corpus/markdown"

echo "== building clinic-content (Release, Native AOT: what reviewers who lint often run)"
# The native link needs a C toolchain: clang (any clang-NN will do) and zlib's headers.
if { ! command -v clang >/dev/null 2>&1 && ! compgen -c clang- | grep -qE '^clang-[0-9]+$'; } || [ ! -f /usr/include/zlib.h ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang zlib1g-dev >/dev/null
fi
bash ../tools/clinic-content/publish-native.sh "$out/cli"
cli="$out/cli/clinic-content"

echo "== installing textlint + textlint-rule-prh"
if [ ! -x node_modules/.bin/textlint ]; then
  npm ci --no-audit --no-fund --loglevel=error 2>/dev/null || npm install --no-audit --no-fund --loglevel=error
fi
textlint="node_modules/.bin/textlint --config $out/corpus/.textlintrc.json"

lint_md="$cli lint $out/corpus/markdown --fail-on never --format json -o /dev/null"
lint_content="$cli lint $out/corpus/content --fail-on never --format json -o /dev/null"
text_md="$textlint $out/corpus/markdown"
shipped="$cli lint ../content"

if command -v hyperfine >/dev/null 2>&1; then
  hyperfine --warmup 1 --runs "$runs" --ignore-failure --export-json "$out/corpus.json" --export-markdown "$out/corpus.md" \
    -n "clinic-content lint (1,000 .md, claims)" "$lint_md" \
    -n "clinic-content lint (content folder, all checks)" "$lint_content" \
    -n "textlint + prh (1,000 .md)" "$text_md"
  hyperfine --warmup 2 --runs $((runs * 2)) --export-json "$out/shipped.json" --export-markdown "$out/shipped.md" \
    -n "clinic-content lint (shipped content)" "$shipped"
  python3 - "$out" <<'PY'
import json, sys
out = sys.argv[1]
corpus = {r["command"]: r for r in json.load(open(f"{out}/corpus.json"))["results"]}
shipped = json.load(open(f"{out}/shipped.json"))["results"][0]
ours = corpus["clinic-content lint (1,000 .md, claims)"]["mean"]
full = corpus["clinic-content lint (content folder, all checks)"]["mean"]
theirs = corpus["textlint + prh (1,000 .md)"]["mean"]
lines = [
    open(f"{out}/corpus.md").read(),
    open(f"{out}/shipped.md").read(),
    f"textlint / clinic-content (same .md files): {theirs / ours:.1f}x",
    f"textlint / clinic-content (content folder, all checks): {theirs / full:.1f}x",
    f"shipped content: {shipped['mean'] * 1000:.0f} ms mean, {shipped['max'] * 1000:.0f} ms max",
]
open(f"{out}/results.md", "w").write("\n".join(lines) + "\n")
print("\n".join(lines[2:]))
PY
else
  for name in lint_md lint_content text_md shipped; do
    echo "== $name"
    time (for _ in $(seq "$runs"); do ${!name} >/dev/null 2>&1 || true; done)
  done 2>&1 | tee "$out/results.md"
fi
echo "== results in bench/$out/results.md"
