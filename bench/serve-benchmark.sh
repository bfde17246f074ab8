#!/usr/bin/env bash
# The site against nginx serving its own static export, on the same content, with wrk: an article, the home page,
# the FAQ and /research at 64 and 256 connections, at shipped size and with ARTICLES generated articles added.
# Prints req/s, p99 and the site/nginx ratios side by side; also cold start to the first 200 and resident memory.
# Results: bench/out/serve/results.md (see docs/performance.md).
#
# The site compiles its serving path again, optimised, in its first seconds under load (tiered compilation), which
# nginx never does: whichever page was measured first paid for it (it was always the article). So the first run after
# start is reported on its own row ("article, first run"), then both servers get the same WARMUP of wrk on every
# page, and only then are the pages measured.
#
#   bash bench/serve-benchmark.sh [ARTICLES=5000] [DURATION=10s]      WARMUP=2s by default (0s: none)
#
# Needs wrk, nginx (+ libnginx-mod-http-brotli-static), python3, curl. Shared machine: keep DURATION short.
set -euo pipefail
cd "$(dirname "$0")"
count=${1:-5000}
duration=${2:-10s}
warmup=${WARMUP:-2s}
out=out/serve
mkdir -p "$out"
out=$(realpath "$out")
source ./serve-lib.sh
publish_site

nginx_port=18081
site_port=18082
results="$out/results.md"
{
  echo "# serve benchmark: wrk -t2 -d$duration, warm-up $warmup per page and server, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "| content | page | conns | nginx req/s | site req/s | ratio | nginx p99 | site p99 | p99 ratio | site errors |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
} > "$results"
extras=()
site_pid=
nginx_pid=
# Never leave a server behind (a failed step would otherwise keep the ports busy for the next run).
trap 'kill $site_pid $nginx_pid 2>/dev/null || true' EXIT
for port in $nginx_port $site_port; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is in use; stop what runs there first" >&2; exit 1; fi
done

# wrk_run URL CONNS: prints "req/s p99_ms errors".
wrk_run() {
  wrk -t2 -c"$2" -d"$duration" --latency "$1" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    /^ +99%/ { p99 = ms($2) }
    /Non-2xx/ { errors += $NF }
    /Socket errors/ { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
    END { printf "%.0f %.2f %d\n", rps, p99, errors }'
}

specs=("shipped:0")
if [ "$count" != 0 ]; then specs+=("$count-articles:$count"); fi  # ARTICLES=0: the shipped content only
for spec in "${specs[@]}"; do
  name=${spec%%:*}
  articles=${spec##*:}
  content=$(corpus "$name" "$articles")
  echo "== $name: $content"
  export_dir="$out/export-$name"
  # One lint for both: the export writes the lint cache, the site starts from it.
  cache="$out/lint-cache-$name.json"
  "$site_dir/Clinic.Web" export "$export_dir" --Content:Root="$content" --Content:LintCache="$cache" | tail -1

  run=$(mktemp -d)
  nginx_conf "$export_dir" "$nginx_port" "$run"
  nginx -c "$run/nginx.conf" -g "daemon off;" 2>>"$run/error.log" &
  nginx_pid=$!
  start_site "$content" "$site_port" "$cache"
  wait_for "http://127.0.0.1:$nginx_port/"
  article=$(awk 'match($0, /<loc>[^<]*\/articles\/[^<]*<\/loc>/) { s = substr($0, RSTART + 5, RLENGTH - 11); sub(/^https?:\/\/[^\/]+/, "", s); print s; exit }' "$export_dir/sitemap.xml")
  pages=("$article" / /faq /research)
  for page in "${pages[@]}"; do curl -s -o /dev/null "http://127.0.0.1:$site_port$page"; done

  # measure_row LABEL PAGE CONNS: one nginx run, then one site run, as a table row.
  measure_row() {
    local n_rps n_p99 s_rps s_p99 s_err row ratio np sp pratio
    read -r n_rps n_p99 _ < <(wrk_run "http://127.0.0.1:$nginx_port$2" "$3")
    read -r s_rps s_p99 s_err < <(wrk_run "http://127.0.0.1:$site_port$2" "$3")
    row=$(awk -v n="$n_rps" -v s="$s_rps" -v np="$n_p99" -v sp="$s_p99" 'BEGIN { printf "%.2f | %.2f ms | %.2f ms | %.2f", s / n, np, sp, (np > 0 ? sp / np : 0) }')
    IFS='|' read -r ratio np sp pratio <<<"$row"
    echo "| $name | $1 | $3 | $n_rps | $s_rps |$ratio|$np|$sp|$pratio| $s_err |" | tee -a "$results"
  }

  # What a restart under load sees: the site's first run, before anything else warmed its serving path.
  measure_row "$article, first run" "$article" 64
  if [ "$warmup" != 0s ] && [ "$warmup" != 0 ]; then
    for page in "${pages[@]}"; do
      for port in $nginx_port $site_port; do wrk -t2 -c64 -d"$warmup" "http://127.0.0.1:$port$page" >/dev/null; done
    done
  fi

  for conns in 64 256; do
    for page in "${pages[@]}"; do measure_row "$page" "$page" "$conns"; done
  done
  extras+=("- $name: cold start to the first 200 (warm lint cache): ${cold_ms} ms, ${cpu_ms} ms CPU; site RSS after the runs: $(rss_mb "$site_pid") MB")
  kill "$site_pid" "$nginx_pid"
  wait "$site_pid" "$nginx_pid" 2>/dev/null || true
  rm -rf "$run"
done
{ echo; printf '%s\n' "${extras[@]}"; } | tee -a "$results"
echo "== results in bench/out/serve/results.md"
