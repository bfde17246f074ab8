#!/usr/bin/env bash
# CPU time per request of the site and of nginx serving its export, on the same pages: what a loaded machine does not
# inflate much, so it can be run while others work (the req/s and p99 ratios need a quiet machine: serve-benchmark.sh).
# For each page: wrk -t1 -c16 for DURATION against each server, and the server's user+system CPU during the run
# divided by the requests it answered (nginx: master and workers). Results: bench/out/serve/cpu.md.
# The article is measured once first, as the site's first run after start (it then also compiles its serving path
# again, optimised), and every page again after a WARMUP of wrk on each page and server, as serve-benchmark.sh does.
#
#   bash bench/serve-cpu.sh [ARTICLES=0] [DURATION=3s]      WARMUP=2s by default (0s: none)
#
# Needs wrk, nginx (+ libnginx-mod-http-brotli-static), python3, curl.
set -euo pipefail
cd "$(dirname "$0")"
count=${1:-0}
duration=${2:-3s}
warmup=${WARMUP:-2s}
out=out/serve
mkdir -p "$out"
out=$(realpath "$out")
source ./serve-lib.sh
publish_site

nginx_port=18083
site_port=18084
results="$out/cpu.md"
site_pid=
nginx_pid=
trap 'kill $site_pid $nginx_pid 2>/dev/null || true' EXIT
name=$([ "$count" = 0 ] && echo shipped || echo "$count-articles")
content=$(corpus "$name" "$count")
export_dir="$out/export-$name"
cache="$out/lint-cache-$name.json"
"$site_dir/Clinic.Web" export "$export_dir" --Content:Root="$content" --Content:LintCache="$cache" | tail -1
run=$(mktemp -d)
nginx_conf "$export_dir" "$nginx_port" "$run"
nginx -c "$run/nginx.conf" -g "daemon off;" 2>>"$run/error.log" &
nginx_pid=$!
start_site "$content" "$site_port" "$cache"
wait_for "http://127.0.0.1:$nginx_port/"

# tree_cpu_ms PID: CPU of the process and its children (nginx's workers).
tree_cpu_ms() { local total; total=$(cpu_ms "$1"); for child in $(ps -o pid= --ppid "$1"); do total=$((total + $(cpu_ms "$child"))); done; echo "$total"; }
# measure URL PID: prints "requests cpu_us_per_request".
measure() {
  local before after requests
  before=$(tree_cpu_ms "$2")
  requests=$(wrk -t1 -c16 -d"$duration" "$1" | awk '/requests in/ { print $1 }')
  after=$(tree_cpu_ms "$2")
  awk -v r="$requests" -v c=$((after - before)) 'BEGIN { printf "%d %.1f\n", r, c * 1000 / r }'
}

article=$(awk 'match($0, /<loc>[^<]*\/articles\/[^<]*<\/loc>/) { s = substr($0, RSTART + 5, RLENGTH - 11); sub(/^https?:\/\/[^\/]+/, "", s); print s; exit }' "$export_dir/sitemap.xml")
{
  echo "# CPU per request: wrk -t1 -c16 -d$duration (warm-up $warmup), $name, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "| page | nginx µs CPU/request | site µs CPU/request | site/nginx |"
  echo "|---|---:|---:|---:|"
} | tee "$results"
pages=("$article" / /faq /research)
for page in "${pages[@]}"; do curl -s -o /dev/null "http://127.0.0.1:$site_port$page"; done
# row LABEL PAGE: nginx's and the site's CPU per request on PAGE.
row() {
  local n_cpu s_cpu
  read -r _ n_cpu < <(measure "http://127.0.0.1:$nginx_port$2" "$nginx_pid")
  read -r _ s_cpu < <(measure "http://127.0.0.1:$site_port$2" "$site_pid")
  awk -v p="$1" -v n="$n_cpu" -v s="$s_cpu" 'BEGIN { printf "| %s | %.1f | %.1f | %.2f |\n", p, n, s, s / n }' | tee -a "$results"
}
row "$article, first run" "$article"
if [ "$warmup" != 0s ] && [ "$warmup" != 0 ]; then
  for page in "${pages[@]}"; do
    for port in $nginx_port $site_port; do wrk -t1 -c16 -d"$warmup" "http://127.0.0.1:$port$page" >/dev/null; done
  done
fi
for page in "${pages[@]}"; do row "$page" "$page"; done
kill "$site_pid" "$nginx_pid"
wait "$site_pid" "$nginx_pid" 2>/dev/null || true
rm -rf "$run"
echo "== results in bench/out/serve/cpu.md"
