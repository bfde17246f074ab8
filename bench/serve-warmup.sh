#!/usr/bin/env bash
# The site's first seconds under load against later, for one or more published builds, alternating in one window:
# CPU per request (robust to a loaded machine). For each build: start it on the shipped content, fetch the article,
# the home page, the FAQ and /research once, stay idle 3 s (as while serve-benchmark.sh measures nginx), then
# wrk -t1 -c16: the article's first 3 s, 6 s more, the article again and the home page for 3 s each.
#
#   bash bench/serve-warmup.sh PUBLISHED_SITE_FOLDER... [ROUNDS=1 to repeat the list]
#
# Publish a build with: dotnet publish src/Clinic.Web -c Release -r linux-x64 --self-contained false
#   -p:PublishReadyToRun=true -p:ClaimLintGate=false -o FOLDER (as serve-lib.sh does). Needs wrk and curl.
set -euo pipefail
sites=()
for folder in "$@"; do sites+=("$(realpath "$folder")"); done
cd "$(dirname "$0")"
out=out/serve
mkdir -p "$out"
out=$(realpath "$out")
source ./serve-lib.sh
port=18094
content=$(corpus shipped 0)
cache="$out/lint-cache-shipped.json"
article=/articles/how-ketamine-works
site_pid=
trap 'kill $site_pid 2>/dev/null || true' EXIT

# run PAGE DURATION: "req/s µs-CPU/request" of the site for one wrk run.
run() {
  local before after requests
  before=$(cpu_ms "$site_pid")
  requests=$(wrk -t1 -c16 -d"$2" "http://127.0.0.1:$port$1" | awk '/requests in/ { print $1 }')
  after=$(cpu_ms "$site_pid")
  awk -v r="$requests" -v c=$((after - before)) -v d="${2%s}" 'BEGIN { printf "%.0f req/s, %.1f µs", r / d, c * 1000 / r }'
}

echo "| build | start CPU | article, first 3 s | article, later | home, later | load |"
echo "|---|---:|---:|---:|---:|---:|"
for _ in $(seq "${ROUNDS:-1}"); do
  for site_dir in "${sites[@]}"; do
    start_site "$content" "$port" "$cache"
    for page in "$article" / /faq /research; do curl -s -o /dev/null "http://127.0.0.1:$port$page"; done
    sleep 3
    first=$(run "$article" 3s)
    wrk -t1 -c16 -d6s "http://127.0.0.1:$port$article" >/dev/null
    later=$(run "$article" 3s)
    home=$(run / 3s)
    echo "| $(basename "$site_dir") | ${cpu_ms} ms | $first | $later | $home | $(cut -d' ' -f1 /proc/loadavg) |"
    kill "$site_pid"
    wait "$site_pid" 2>/dev/null || true
  done
done
