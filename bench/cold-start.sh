#!/usr/bin/env bash
# Cold start of the published site (Release, self-contained composite ReadyToRun as deployed, Production): launch to the first 200 on /, RUNS times each
# on the shipped content and on ARTICLES generated articles; prints the median and every run, with the load average.
# Each size is started three ways: without a lint cache, with a lint cache deleted before each start (the first-ever
# start: it lints everything and writes the cache) and with the cache the previous start wrote (warm); and warm once
# more with tiered PGO off (DOTNET_TieredPGO=0: no instrumented code at start-up), to decide whether the site ships so.
# CPU (user + system) and RSS are read at the first 200: on a shared machine the CPU column is the one to compare.
#
#   bash bench/cold-start.sh [ARTICLES=1000] [RUNS=5]
#
# Targets (issue 10): <= 0.5 s on the shipped content, <= 2 s at 1,000 articles. Results: bench/out/cold/results.md.
set -euo pipefail
cd "$(dirname "$0")"
count=${1:-1000}
runs=${2:-5}
out=out/cold
mkdir -p "$out"
out=$(realpath "$out")
source ./serve-lib.sh
publish_site

port=5990
results="$out/results.md"
{
  echo "| content | lint cache | median | runs (ms) | median CPU | median RSS | load average |"
  echo "|---|---|---:|---|---:|---:|---|"
} > "$results"
for name in shipped "$count"; do
  if [ "$name" = shipped ]; then content=$(corpus shipped 0); else content=$(corpus "$count-articles" "$count"); fi
  label=$([ "$name" = shipped ] && echo "shipped" || echo "$count articles")
  cache="$out/lint-cache-$name.json"
  for mode in none first-ever warm warm-pgo-off; do
    times=()
    cpus=()
    rss=()
    for _ in $(seq "$runs"); do
      case $mode in
        none) file= ;;
        first-ever) rm -f "$cache"; file=$cache ;;
        warm | warm-pgo-off) file=$cache ;;
      esac
      settings=()
      if [ "$mode" = warm-pgo-off ]; then settings=(DOTNET_TieredPGO=0); fi
      start_site "$content" "$port" "$file" "${settings[@]}"
      times+=("$cold_ms")
      cpus+=("$cpu_ms")
      rss+=("$(rss_mb "$site_pid")")
      kill "$site_pid" && wait "$site_pid" 2>/dev/null || true
    done
    median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
    cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
    mem=$(printf '%s\n' "${rss[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
    echo "| $label | $mode | ${median} ms | ${times[*]} | ${cpu} ms | ${mem} MB | $(cut -d' ' -f1-3 /proc/loadavg) |" | tee -a "$results"
  done
done
echo "== results in bench/out/cold/results.md"
