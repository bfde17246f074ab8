# Shared by serve-benchmark.sh and export-benchmark.sh: publish the site, build content corpora, run nginx and the site.
# Source it; it expects $out (a folder under bench/) to be set.

publish_site() {
  # SITE=folder: an already published build instead (to compare two builds in the same window); sets site_dir.
  if [ -n "${SITE:-}" ]; then
    site_dir=$(realpath "$SITE")
    echo "== using the published site in $site_dir"
    return
  fi
  site_dir="$out/site"
  # Release, self-contained composite ReadyToRun, as the Dockerfile publishes it (docs/deploy.md); reused when nothing
  # changed. PUBLISH_MODE=framework-dependent publishes the previous way (ReadyToRun on the shared framework) to compare.
  local mode=(--self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true)
  if [ "${PUBLISH_MODE:-}" = framework-dependent ]; then mode=(--self-contained false -p:PublishReadyToRun=true); fi
  echo "== publishing the site (Release, ${PUBLISH_MODE:-self-contained composite} ReadyToRun) to $out/site"
  # Another mode's files (a runtime, a composite image) would stay next to this one's: start from an empty folder.
  if [ "$(cat "$out/site/.publish-mode" 2>/dev/null)" != "${PUBLISH_MODE:-composite}" ]; then rm -rf "$out/site"; fi
  dotnet publish ../src/Clinic.Web -c Release -r linux-x64 "${mode[@]}" \
    -p:ClaimLintGate=false -o "$out/site" -nologo -v quiet
  echo "${PUBLISH_MODE:-composite}" > "$out/site/.publish-mode"
}

# corpus NAME ARTICLES: prints the content folder: the shipped content (ARTICLES=0) or it plus ARTICLES clean generated articles.
corpus() {
  local name=$1 count=$2 folder="$out/corpus-$1"
  if [ "$count" = 0 ]; then
    realpath ../content
    return
  fi
  if [ ! -f "$folder/.articles-$count" ]; then
    rm -rf "$folder" && mkdir -p "$folder"
    cp -r ../content "$folder/content"
    python3 generate_articles.py --count "$count" --out "$folder/generated" --claim-rate 0 >/dev/null
    cp "$folder"/generated/content/articles/*.md "$folder/content/articles/"
    touch "$folder/.articles-$count"
  fi
  realpath "$folder/content"
}

# nginx_conf ROOT PORT RUNDIR: deploy/nginx.conf with only its "# test:" lines changed (as the nginx test does).
nginx_conf() {
  local root=$1 port=$2 run=$3
  sed -E \
    -e "s|^([[:space:]]*)pid .*# test: pid|\1pid $run/nginx.pid;|" \
    -e "s|^([[:space:]]*)error_log .*# test: error_log|\1error_log $run/error.log warn;|" \
    -e "s|^([[:space:]]*)access_log .*# test: access_log|\1access_log off;|" \
    -e "s|^([[:space:]]*)client_body_temp_path .*# test: temp|\1client_body_temp_path $run/body;|" \
    -e "s|^([[:space:]]*)listen .*# test: listen|\1listen 127.0.0.1:$port;|" \
    -e "s|^([[:space:]]*)root .*# test: root|\1root $root;|" \
    ../deploy/nginx.conf > "$run/nginx.conf"
}

# wait_for URL: waits (bounded, 60 s) until URL answers 200.
wait_for() {
  for _ in $(seq 6000); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$1")" = 200 ]; then return 0; fi
    sleep 0.01
  done
  echo "no answer from $1" >&2
  return 1
}

# start_site CONTENT PORT [LINT_CACHE [NAME=VALUE...]]: starts the published site in Production (with the lint cache
# file LINT_CACHE when given, and any further environment settings); sets site_pid, cold_ms (launch to the first 200)
# and cpu_ms (the site's user+system CPU by then).
start_site() {
  local content=$1 port=$2 cache=${3:-} start
  shift 3 2>/dev/null || shift $#
  start=$(date +%s%N)
  (cd "${site_dir:-$out/site}" && exec env "$@" ASPNETCORE_ENVIRONMENT=Production Content__Root="$content" Content__Watch=false Content__LintCache="$cache" \
     ASPNETCORE_URLS="http://127.0.0.1:$port" Serilog__MinimumLevel__Default=Warning \
     ./Clinic.Web >"$out/site-$port.log" 2>&1) &
  site_pid=$!
  wait_for "http://127.0.0.1:$port/"
  cold_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  cpu_ms=$(cpu_ms "$site_pid")
}

# cpu_ms PID: the process's user + system CPU time so far, in milliseconds (what a loaded machine does not inflate).
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$1/stat"; }

rss_mb() { awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
