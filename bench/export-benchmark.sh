#!/usr/bin/env bash
# Times the site's static export of ARTICLES generated articles against Hugo (Debian's package) building the same
# Markdown with a minimal layout, as whole processes in one hyperfine run. Results: bench/out/export/results.md.
#
#   bash bench/export-benchmark.sh [ARTICLES=1000] [RUNS=5]
#
# Needs hugo, hyperfine, python3. The export also lints every page, renders the full layout and writes .br/.gz
# variants of each file; Hugo only renders.
set -euo pipefail
cd "$(dirname "$0")"
count=${1:-1000}
runs=${2:-5}
out=out/export
mkdir -p "$out"
out=$(realpath "$out")
source ./serve-lib.sh
publish_site
content=$(corpus "$count-articles" "$count")

# The same articles for Hugo: a page per article, a home page listing them, nothing else.
hugo_site="$out/hugo"
rm -rf "$hugo_site" && mkdir -p "$hugo_site/content/articles" "$hugo_site/layouts/_default"
cp "$content"/articles/*.md "$hugo_site/content/articles/"
cat > "$hugo_site/hugo.toml" <<'TOML'
baseURL = "https://bench.example/"
title = "Benchmark Clinic"
disableKinds = ["taxonomy", "term", "RSS"]
TOML
cat > "$hugo_site/layouts/_default/baseof.html" <<'HTML'
<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body>{{ block "main" . }}{{ end }}</body></html>
HTML
cat > "$hugo_site/layouts/_default/single.html" <<'HTML'
{{ define "main" }}<main><h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p>{{ .Content }}</main>{{ end }}
HTML
cat > "$hugo_site/layouts/_default/list.html" <<'HTML'
{{ define "main" }}<main><ul>{{ range .Site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></main>{{ end }}
HTML
cp "$hugo_site/layouts/_default/list.html" "$hugo_site/layouts/index.html"

export_cmd="$out/site/Clinic.Web export $out/site-export --Content:Root=$content"
# With the lint cache: first-ever (the cache is deleted before each run, so every page is linted and the cache written)
# and warm (the cache the previous run wrote: an export of unchanged content lints nothing).
cache="$out/lint-cache.json"
cached_cmd="$export_cmd --Content:LintCache=$cache"
hugo_cmd="hugo --quiet --source $hugo_site --destination $out/hugo-public"
# The commands above export into the folder the previous run wrote (an export updates it in place: nothing changed,
# nothing is written). This one exports into a new folder each run, as a first export or a CI checkout does; the
# previous run's folder is moved aside, not deleted, because ext4 creates files slowly next to just-freed inodes.
fresh_cmd="$out/site/Clinic.Web export $out/site-export-fresh --Content:Root=$content"
mkdir -p "$out/trash"
echo "== $(hugo version)"
hyperfine --warmup 1 --runs "$runs" --export-json "$out/export.json" --export-markdown "$out/export.md" \
  --prepare true --prepare "rm -f $cache" --prepare true --prepare "mv $out/site-export-fresh $out/trash/\$(date +%s%N) 2>/dev/null || true" --prepare true \
  -n "site export ($count articles)" "$export_cmd" \
  -n "site export, first-ever lint cache ($count articles)" "$cached_cmd" \
  -n "site export, warm lint cache ($count articles)" "$cached_cmd" \
  -n "site export into a new folder ($count articles)" "$fresh_cmd" \
  -n "hugo ($count articles)" "$hugo_cmd"
rm -rf "$out/trash"
python3 - "$out" <<'PY'
import json, sys
out = sys.argv[1]
r = {x["command"]: x for x in json.load(open(f"{out}/export.json"))["results"]}
hugo = next(v for k, v in r.items() if k.startswith("hugo"))["mean"]
hugo_cpu = next(v for k, v in r.items() if k.startswith("hugo"))
hugo_cpu = hugo_cpu["user"] + hugo_cpu["system"]
# Wall time is the target's measure; CPU (user + system) is the one a loaded machine does not inflate.
lines = [f"{k.split(' (')[0]} / hugo: {v['mean'] / hugo:.2f}x wall (target <= 2x), {(v['user'] + v['system']) / hugo_cpu:.2f}x CPU"
         for k, v in r.items() if k.startswith("site export")]
open(f"{out}/results.md", "w").write(open(f"{out}/export.md").read() + "\n" + "\n".join(lines) + "\n")
print("\n".join(lines))
PY
echo "== results in bench/out/export/results.md"
