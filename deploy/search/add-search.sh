#!/usr/bin/env bash
# Gives a static export search: Pagefind (npm, pinned in deploy/search/package.json) indexes the exported pages'
# <main> text into OUT/pagefind/, and the export's /search page gets a same-origin script that queries it.
#
#   bash deploy/search/add-search.sh OUT/
#
# The export must contain search.html (the site's /search page). Pages other than search.html and 404.html are indexed.
# Serving /search needs script-src 'wasm-unsafe-eval' (Pagefind compiles WebAssembly); deploy/nginx.conf adds it there only.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
site=$(realpath "${1:?usage: add-search.sh OUT/}")
if [ ! -f "$site/search.html" ]; then
  echo "add-search: $site/search.html is missing; export a site that has a /search page." >&2
  exit 1
fi
if [ ! -x "$here/node_modules/.bin/pagefind" ]; then
  npm ci --prefix "$here" --no-audit --no-fund --loglevel=error 2>/dev/null || npm install --prefix "$here" --no-audit --no-fund --loglevel=error
fi

# The search and 404 pages hold no content of their own: keep them out of the index.
aside=$(mktemp -d)
trap 'mv "$aside"/* "$site"/ 2>/dev/null || true; rm -rf "$aside"' EXIT
mv "$site/search.html" "$site/404.html" "$aside/"
"$here/node_modules/.bin/pagefind" --site "$site" --root-selector main --quiet
mv "$aside"/* "$site"/

cp "$here/static-search.js" "$site/pagefind/static-search.js"
# The page stays the site's own, plus one module script; its compressed copies are made again to match.
sed -i 's|</head>|<script type="module" src="/pagefind/static-search.js"></script></head>|' "$site/search.html"
rm -f "$site/search.html.br" "$site/search.html.gz"
gzip -9 -k -n "$site/search.html"
if command -v brotli >/dev/null 2>&1; then
  brotli -q 11 -k "$site/search.html"
fi
echo "add-search: indexed $(find "$site" -name '*.html' -not -path '*/pagefind/*' | wc -l) pages; search at /search?q=..."
