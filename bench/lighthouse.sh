#!/usr/bin/env bash
# Lighthouse on the home page, one article, the FAQ and the research library; prints the four category scores.
# Not part of the test suite: scores vary with machine load. Record the latest in docs/quality.md.
#
#   bash bench/lighthouse.sh            # reports go to bench/out/lighthouse/*.json and *.html
#   PORT=5300 bash bench/lighthouse.sh  # another loopback port
#
# Needs: node/npm (lighthouse is installed into bench/out/.tools, gitignored), Debian's Chromium at
# /usr/bin/chromium, and the .NET SDK. The site runs in Production on Kestrel on 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PORT:-5091}"
ORIGIN="http://127.0.0.1:${PORT}"
OUT=bench/out/lighthouse
TOOLS=bench/out/.tools
LIGHTHOUSE_VERSION=13.5.0
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
CHROME_FLAGS="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run --disable-default-apps --disable-extensions"

[ -x "$CHROME_PATH" ] || { echo "Chromium not found at $CHROME_PATH; apt-get install -y chromium" >&2; exit 1; }
mkdir -p "$OUT" "$TOOLS"
if [ ! -x "$TOOLS/node_modules/.bin/lighthouse" ]; then
  echo "Installing lighthouse@$LIGHTHOUSE_VERSION into $TOOLS ..."
  npm install --prefix "$TOOLS" --no-audit --no-fund --silent --ignore-scripts "lighthouse@$LIGHTHOUSE_VERSION"
fi

# Published, as the site is deployed: wwwroot sits next to the app, so static files are served as in production.
dotnet publish src/Clinic.Web -c Release -o bench/out/publish --nologo -v quiet
CONTENT="$PWD/content"
(cd bench/out/publish && ASPNETCORE_ENVIRONMENT=Production exec dotnet Clinic.Web.dll \
  --urls "$ORIGIN" --Content:Root="$CONTENT") >"$OUT/site.log" 2>&1 &
SITE_PID=$!
trap 'kill "$SITE_PID" 2>/dev/null || true' EXIT

for _ in $(seq 1 60); do
  curl -fs -o /dev/null "$ORIGIN/" && break
  sleep 0.5
done
curl -fs -o /dev/null "$ORIGIN/" || { echo "The site did not start; see $OUT/site.log" >&2; exit 1; }

ARTICLE="$(curl -fs "$ORIGIN/sitemap.xml" | grep -o '/articles/[a-z0-9-]*' | head -n 1)"
printf '%-40s %12s %14s %15s %5s\n' page performance accessibility best-practices seo
for path in / "$ARTICLE" /faq /research; do
  name="$(echo "$path" | tr '/' '-' | sed 's/^-//; s/^$/home/')"
  "$TOOLS/node_modules/.bin/lighthouse" "$ORIGIN$path" --quiet \
    --chrome-flags="$CHROME_FLAGS" \
    --only-categories=performance,accessibility,best-practices,seo \
    --output=json --output=html --output-path="$OUT/$name" >/dev/null
  node -e '
    const r = require(process.argv[1]);
    const s = k => Math.round(r.categories[k].score * 100);
    const failed = Object.values(r.audits).filter(a => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary").map(a => a.id);
    console.log(process.argv[2].padEnd(40), String(s("performance")).padStart(12), String(s("accessibility")).padStart(14),
      String(s("best-practices")).padStart(15), String(s("seo")).padStart(5), failed.length ? "  failed: " + failed.join(", ") : "");
  ' "$PWD/$OUT/$name.report.json" "$path"
done
echo "Reports: $OUT/*.report.html"
