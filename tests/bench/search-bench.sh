#!/usr/bin/env bash
# Search benchmark (issue "Search"): index build cost, in-process query latency and HTTP throughput of
# /api/search, on a 10,000-page synthetic corpus. Figures and their reading: docs/benchmarks-search.md.
#
#   usage: tests/bench/search-bench.sh
#   env:   WORK=/tmp/pmo-search-bench   scratch folder (corpus, builds, logs, BenchmarkDotNet results)
#          PAGES=10000                  corpus size (gen_corpus.py --pmo, English only)
#          RUNS=3                       timed builds per variant; medians are reported
#          PORT=5990                    the app's port on 127.0.0.1 (the next free one is used if taken)
#          DURATION=15s                 each wrk run (-t2 -c32)
#          LATENCY_SECONDS=5            measured seconds per row of the per-call latency probe
#          STORES="app simple nio"      Lucene directories the probe runs on: app = SearchIndex as the app
#                                       opens it (FSDirectory.Open = MMapDirectory here); the others for comparison
#          BDN=1                        0 skips BenchmarkDotNet (the slowest part, ~7 min)
#          SKIP_BUILD=1                 reuse the Release builds already in artifacts/build
#          PMO_PAGEFIND=PATH            the Pagefind binary (default: node_modules/.bin/pagefind; absent = step skipped)
#
# Pagefind (pmo's optional static search step) is left out of every build measured here (--no-static-search):
# the target is about the Lucene index. Steps: Release builds of the CLI, the web app and tests/PmoPlaybook.Benchmarks, copied privately (others
# rebuilding src/ cannot swap DLLs under a timed run) → corpus → RUNS × `pmo build` (wall, peak RSS,
# "Indexed N search documents") → index size → the indexer alone (SearchIndexBuilder.Build, median of
# RUNS) → Pagefind on the same built HTML, RUNS times (when node_modules/.bin/pagefind or PMO_PAGEFIND is there) → RUNS × an in-process full build with and without the Lucene index step (the real "what indexing
# adds") → per-call latency percentiles → BenchmarkDotNet (whole searches and their phases) → the app on
# 127.0.0.1 under wrk (one query, then a rotation of queries). Idempotent: reruns reuse the corpus and
# rebuild everything else. Every process started here is stopped on exit.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
shared=$(cd "$repo/../shared" && pwd)
work=${WORK:-/tmp/pmo-search-bench}
pages=${PAGES:-10000}
runs=${RUNS:-3}
port=${PORT:-5990}
duration=${DURATION:-15s}
latency_seconds=${LATENCY_SECONDS:-5}
content="$work/content"
site="$work/artifacts/site"
index="$work/artifacts/index"
logs="$work/logs"
mkdir -p "$logs"

need() { command -v "$1" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }; }
need /usr/bin/time time
need wrk wrk
need curl curl

say() { echo "== $*" >&2; }

# ---- builds (Release), then private copies -------------------------------------------------------------
if [ "${SKIP_BUILD:-}" != 1 ]; then
  for project in src/PmoPlaybook.Cli src/PmoPlaybook.Web tests/PmoPlaybook.Benchmarks; do
    say "dotnet build $project -c Release"
    (cd "$repo" && dotnet build "$project" -c Release -nologo -v q) >"$logs/dotnet-build.log" 2>&1 \
      || { cat "$logs/dotnet-build.log" >&2; echo "dotnet build $project failed" >&2; exit 1; }
  done
fi
copy() {  # copy NAME DLL: artifacts/build/bin/NAME/release → $work/DEST
  local from="$repo/artifacts/build/bin/$1/release"
  [ -f "$from/$2" ] || { echo "no $from/$2: build it in Release first" >&2; exit 1; }
  rm -rf "${work:?}/$3" && cp -a "$from" "$work/$3"
}
copy PmoPlaybook.Cli pmo.dll cli
copy PmoPlaybook.Web PmoPlaybook.Web.dll web
copy PmoPlaybook.Benchmarks PmoPlaybook.Benchmarks.dll bench
pmo=(dotnet "$work/cli/pmo.dll")
bench=(dotnet "$work/bench/PmoPlaybook.Benchmarks.dll")

# ---- what was measured ---------------------------------------------------------------------------------
facts="$logs/machine.txt"
{
  echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "commit:  $(cd "$repo" && git rev-parse --short HEAD 2>/dev/null || echo '?')$(cd "$repo" && [ -n "$(git status --porcelain -- src themes 2>/dev/null)" ] && echo ' (+ uncommitted changes in src/ or themes/)' || true)"
  echo "cpus:    $(nproc) ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'))"
  echo "memory:  $(free -m | awk '/^Mem:/{print $2}') MB"
  echo "os:      $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
  echo "dotnet:  SDK $(dotnet --version), runtime $(dotnet --list-runtimes | awk '/Microsoft.NETCore.App/{v=$2} END{print v}')"
  echo "wrk:     $(wrk -v 2>&1 | head -1 | awk '{print $1, $2}')"
  echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min, before the run: the machine is shared)"
} | tee "$facts" >&2

# ---- corpus ----------------------------------------------------------------------------------------------
if [ ! -f "$content/site.yml" ] || [ "$(find "$content/en" -name '*.md' | wc -l)" -lt "$pages" ]; then
  say "gen_corpus.py --pages $pages --pmo"
  rm -rf "$content"
  python3 "$shared/bench/gen_corpus.py" --pages "$pages" --out "$content" --pmo >&2
fi

median_line() { sort -n | sed -n "$(( (runs + 1) / 2 ))p"; }  # "wall rss …" lines → the median wall's line

# ---- 1. full `pmo build` (includes the Lucene index) -----------------------------------------------------
say "pmo build, $runs clean runs"
results=""
for i in $(seq 1 "$runs"); do
  rm -rf "$work/artifacts"
  sync
  log="$logs/pmo-build-run$i.log"
  /usr/bin/time -f '%e %M' -o "$work/.time" "${pmo[@]}" build --content "$content" --output "$site" --no-static-search >"$log" 2>&1 \
    || { cat "$log" >&2; echo "pmo build failed (run $i)" >&2; exit 1; }
  results+="$(tail -1 "$work/.time") $log"$'\n'
  echo "   run $i: $(tail -1 "$work/.time" | awk '{printf "%.2f s, %.0f MB", $1, $2/1024}'); $(grep -m1 -o 'Indexed [0-9]* search documents' "$log"); $(grep -m1 -o 'Built .* in [0-9.]* s' "$log")" >&2
done
read -r build_s build_kb build_log < <(printf '%s' "$results" | median_line)
documents=$(grep -m1 -o 'Indexed [0-9]* search documents' "$build_log" | awk '{print $2}')
built_line=$(grep -m1 -o 'Built .* in [0-9.]* s' "$build_log")
index_size=$(du -sh "$index" | cut -f1)
index_bytes=$(du -sb "$index" | cut -f1)
site_size=$(du -sh "$site" | cut -f1)

# ---- 2. the indexer alone --------------------------------------------------------------------------------
say "indexer alone (SearchIndexBuilder.Build, $runs runs)"
"${bench[@]}" index "$content" --runs "$runs" | tee "$logs/index-alone.log" >&2
index_alone_s=$(awk '/^index-median-s:/{print $2}' "$logs/index-alone.log")
load_s=$(awk '/^load:/{print $(NF-1)}' "$logs/index-alone.log")

# ---- 2b. Pagefind on the same built HTML (what a static deploy indexes instead) ----------------------------
pagefind=${PMO_PAGEFIND:-$repo/node_modules/.bin/pagefind}
pagefind_s="" pagefind_kb="" pagefind_size=""
if [ -x "$pagefind" ]; then
  say "Pagefind on the built site, $runs runs"
  pagefind_runs=""
  for i in $(seq 1 "$runs"); do
    rm -rf "$work/pagefind-out"
    sync
    /usr/bin/time -f '%e %M' -o "$work/.time" "$pagefind" --site "$site" --output-path "$work/pagefind-out" --quiet >"$logs/pagefind-run$i.log" 2>&1 \
      || { cat "$logs/pagefind-run$i.log" >&2; echo "pagefind failed (run $i)" >&2; exit 1; }
    pagefind_runs+="$(tail -1 "$work/.time")"$'\n'
    echo "   run $i: $(tail -1 "$work/.time" | awk '{printf "%.2f s, %.0f MB", $1, $2/1024}')" >&2
  done
  read -r pagefind_s pagefind_kb < <(printf '%s' "$pagefind_runs" | median_line)
  pagefind_size=$(du -sh "$work/pagefind-out" | cut -f1)
  rm -rf "$work/pagefind-out"
else
  say "Pagefind not found ($pagefind): npm ci in the repository, or set PMO_PAGEFIND; skipped"
fi

# ---- 3. A/B: the same in-process build with and without the index step (interleaved) ---------------------
# The harness runs with the CLI's runtime settings (GC mode, tiered PGO), read from its runtimeconfig.json.
ab_env=(env)
for knob in System.GC.Server:DOTNET_gcServer System.GC.Concurrent:DOTNET_gcConcurrent System.Runtime.TieredPGO:DOTNET_TieredPGO; do
  value=$(grep -o "\"${knob%%:*}\": *[a-z]*" "$work/cli/pmo.runtimeconfig.json" | awk '{print $NF}' || true)
  case $value in true) ab_env+=("${knob#*:}=1") ;; false) ab_env+=("${knob#*:}=0") ;; esac
done
say "in-process build with and without the Lucene index step, $runs runs each, interleaved (${ab_env[*]:1})"
with="" without=""
for i in $(seq 1 "$runs"); do
  for variant in without with; do
    rm -rf "$work/ab"
    sync
    log="$logs/ab-$variant-run$i.log"
    flag=(); [ "$variant" = without ] && flag=(--no-index)
    /usr/bin/time -f '%e %M' -o "$work/.time" "${ab_env[@]}" "${bench[@]}" build "$content" "$work/ab/site" "${flag[@]}" >"$log" 2>&1 \
      || { cat "$log" >&2; echo "A/B build failed ($variant, run $i)" >&2; exit 1; }
    line="$(tail -1 "$work/.time") $log"
    echo "   run $i $variant index: $(awk '{printf "%.2f s, %.0f MB", $1, $2/1024}' <<<"$line")" >&2
    if [ "$variant" = with ]; then with+="$line"$'\n'; else without+="$line"$'\n'; fi
  done
done
rm -rf "$work/ab"
read -r ab_with_s ab_with_kb _ < <(printf '%s' "$with" | median_line)
read -r ab_without_s ab_without_kb _ < <(printf '%s' "$without" | median_line)
pct() { awk -v a="$1" -v b="$2" 'BEGIN{ printf "%.1f", (a - b) / b * 100 }'; }
walls() { awk 'NF{printf "%s%s", sep, $1; sep = " "}' <<<"$1"; }
ab_added_pct=$(pct "$ab_with_s" "$ab_without_s")
alone_pct=$(awk -v a="$index_alone_s" -v b="$ab_without_s" 'BEGIN{ printf "%.0f", a / b * 100 }')

# ---- 4. per-call latency (in-process) ------------------------------------------------------------------
stores=${STORES:-app simple nio}
for store in $stores; do
  say "per-call latency probe, $store directory ($latency_seconds s per row)"
  "${bench[@]}" latency "$index" --seconds "$latency_seconds" --store "$store" | tee "$logs/latency-$store.log" >&2
done

# ---- 5. BenchmarkDotNet ------------------------------------------------------------------------------------
bdn_results="$work/bdn/results"
rm -rf "$work/bdn"
if [ "${BDN:-1}" != 0 ]; then
  say "BenchmarkDotNet (in-process toolchain, 3 warm-up + 15 iterations per case)"
  PMO_BENCH_INDEX="$index" "${bench[@]}" --filter '*' --artifacts "$work/bdn" >"$logs/bdn.log" 2>&1 \
    || { tail -40 "$logs/bdn.log" >&2; echo "BenchmarkDotNet failed" >&2; exit 1; }
fi

# ---- 6. HTTP: the real app under wrk, 127.0.0.1 only -----------------------------------------------------
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
while port_busy "$port"; do port=$((port + 1)); done
base="http://127.0.0.1:$port"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill -TERM "$server_pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$server_pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_app() {  # start_app EXTRA_ARGS…: the app on $base; EXTRA_ARGS e.g. --Site:SearchCacheEntries=0
  say "starting the app on $base $*"
  # Content root = the app's own folder, so its appsettings.json (Microsoft.AspNetCore logs at Warning)
  # applies; the log level is also given explicitly: per-request Information logs would be measured too.
  (cd "$work/web" && exec dotnet PmoPlaybook.Web.dll --urls "$base" \
    --Site:SiteDirectory="$site" --Site:IndexDirectory="$index" \
    --Assessments:DefinitionsDirectory="$repo/content/assessments" \
    --Logging:LogLevel:Microsoft.AspNetCore=Warning "$@") >"$logs/web.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 300); do
    curl -fsS "$base/health" >/dev/null 2>&1 && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$logs/web.log" >&2; echo "the app exited" >&2; exit 1; }
    sleep 0.2
  done
  curl -fsS "$base/health" >/dev/null || { cat "$logs/web.log" >&2; echo "no /health after 60 s" >&2; exit 1; }
}
start_app
curl -fsS "$base/api/search?q=cache&limit=10" >"$logs/sample-response.json"
grep -q '"hits":\[{' "$logs/sample-response.json" || { echo "q=cache found nothing: is the index there?" >&2; exit 1; }

# The same queries as the in-process benchmarks, URL-encoded, one per request in turn (per wrk thread).
cat >"$work/rotate.lua" <<'LUA'
local queries = {
  "cache", "deploy%20pipeline", "%22incremental%20build%22", "renderr",
  "configur", "co", "token%20-parser", "how%20do%20we%20roll%20back%20a%20deployment",
}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/api/search?limit=10&q=" .. queries[(n % #queries) + 1])
end
LUA

say "wrk warm-up (3 s)"
wrk -t2 -c8 -d3s -s "$work/rotate.lua" "$base" >"$logs/wrk-warmup.log" 2>&1
say "wrk -t2 -c32 -d$duration, q=cache"
wrk -t2 -c32 -d"$duration" --timeout 10s --latency "$base/api/search?q=cache&limit=10" | tee "$logs/wrk-cache.log" >&2
say "wrk -t2 -c32 -d$duration, 8 queries in rotation"
wrk -t2 -c32 -d"$duration" --timeout 10s --latency -s "$work/rotate.lua" "$base" | tee "$logs/wrk-rotate.log" >&2
server_rss_mb=$(awk '/VmHWM/{printf "%.0f", $2/1024}' "/proc/$server_pid/status" 2>/dev/null || echo '?')
cleanup
server_pid=""
# The same rotation with the response cache off: every request runs its search (the cost of a cache miss).
start_app --Site:SearchCacheEntries=0
wrk -t2 -c8 -d3s -s "$work/rotate.lua" "$base" >"$logs/wrk-warmup-nocache.log" 2>&1
say "wrk -t2 -c32 -d$duration, 8 queries in rotation, response cache off"
wrk -t2 -c32 -d"$duration" --timeout 10s --latency -s "$work/rotate.lua" "$base" | tee "$logs/wrk-rotate-nocache.log" >&2
cleanup
server_pid=""

wrk_field() {  # wrk_field LOG → "req/s p50 p99 requests non-2xx timeouts"
  awk '/Requests\/sec/{rps=$2} /^ +50%/{p50=$2} /^ +99%/{p99=$2} / requests in /{n=$1}
       /Non-2xx/{bad=$NF} /Socket errors/{to=$NF}
       END{printf "%s %s %s %s %s %s\n", rps, p50, p99, n, (bad == "" ? 0 : bad), (to == "" ? 0 : to)}' "$1"
}
read -r cache_rps cache_p50 cache_p99 cache_n cache_bad cache_to < <(wrk_field "$logs/wrk-cache.log")
read -r rot_rps rot_p50 rot_p99 rot_n rot_bad rot_to < <(wrk_field "$logs/wrk-rotate.log")
read -r miss_rps miss_p50 miss_p99 miss_n miss_bad miss_to < <(wrk_field "$logs/wrk-rotate-nocache.log")

# ---- summary ---------------------------------------------------------------------------------------------
met() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN{ ok = (op == "le") ? (v + 0 <= t + 0) : (v + 0 >= t + 0); print ok ? "met" : "MISSED" }'; }
latency_log="$logs/latency-app.log"
[ -f "$latency_log" ] || latency_log="$logs/latency-$(awk '{print $1}' <<<"$stores").log"
mix_p99=$(awk -F'|' '/mix, 1 thread/{gsub(/ /, "", $9); print $9}' "$latency_log")
worst_p99=$(awk -F'|' '/^\| `/{gsub(/ /, "", $9); if ($9 + 0 > m) m = $9 + 0} END{print m}' "$latency_log")
inproc_rps=$(awk '/in-process throughput/{for (i = 1; i <= NF; i++) if ($i == "searches/s") print $(i-1)}' "$latency_log")

echo
cat "$facts"
echo "corpus:  $pages pages ($content), $documents search documents"
echo
echo "## Build and index"
echo
echo "| what | median of $runs | peak RSS |"
echo "| --- | ---: | ---: |"
echo "| \`pmo build\` (wall, includes the index; \"$built_line\") | $build_s s | $(awk -v k="$build_kb" 'BEGIN{printf "%.0f", k/1024}') MB |"
echo "| in-process build, all steps | $ab_with_s s | $(awk -v k="$ab_with_kb" 'BEGIN{printf "%.0f", k/1024}') MB |"
echo "| in-process build, without the Lucene index step | $ab_without_s s | $(awk -v k="$ab_without_kb" 'BEGIN{printf "%.0f", k/1024}') MB |"
echo "| SearchIndexBuilder.Build alone (content loaded in $load_s s beforehand) | $index_alone_s s | |"
if [ -n "$pagefind_s" ]; then
  echo "| Pagefind on the same built HTML (\`pagefind --site\`; its bundle: $pagefind_size) | $pagefind_s s | $(awk -v k="$pagefind_kb" 'BEGIN{printf "%.0f", k/1024}') MB |"
fi
echo
echo "index on disk: $index_size ($index_bytes bytes) for $documents documents; site: $site_size"
echo "indexing adds ${ab_added_pct}% to the build (A/B); the indexer alone is ${alone_pct}% of the build without it"
echo "A/B runs (s): with $(walls "$with"); without $(walls "$without"); runtime settings as the CLI's: ${ab_env[*]:1}"
echo
for store in $stores; do
  echo "## In-process latency per call, $store directory (single thread unless stated)"
  echo
  grep '^|' "$logs/latency-$store.log"
  echo
  grep 'in-process throughput' "$logs/latency-$store.log"
  echo
done
if [ -d "$bdn_results" ]; then
  for report in "$bdn_results"/*-report-github.md; do
    echo "## BenchmarkDotNet: $(basename "$report" -report-github.md)"
    echo
    grep '^|' "$report" | sed 's/\*\*//g; s/&quot;/"/g'
    echo
  done
fi
echo
echo "## HTTP (wrk -t2 -c32 -d$duration --timeout 10s, app and wrk on the same $(nproc) cores; app peak RSS ${server_rss_mb} MB)"
echo
echo "| load | requests/s | requests | p50 | p99 | non-2xx | timeouts |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
echo "| q=cache | $cache_rps | $cache_n | $cache_p50 | $cache_p99 | $cache_bad | $cache_to |"
echo "| 8 queries in rotation | $rot_rps | $rot_n | $rot_p50 | $rot_p99 | $rot_bad | $rot_to |"
echo "| 8 queries in rotation, response cache off | $miss_rps | $miss_n | $miss_p50 | $miss_p99 | $miss_bad | $miss_to |"
echo
echo "## Targets"
echo
echo "| target | observed | |"
echo "| --- | --- | --- |"
echo "| p99 <= 10 ms in-process | mix p99 $mix_p99 ms; worst single-query p99 $worst_p99 ms | $(met "$mix_p99" 10 le) |"
echo "| >= 5,000 requests/s over HTTP | $cache_rps (one query), $rot_rps (rotation); in-process ceiling $inproc_rps searches/s | $(met "$rot_rps" 5000 ge) |"
echo "| index adds <= 50% to the build | +${ab_added_pct}% (A/B); indexer alone ${alone_pct}% | $(met "$ab_added_pct" 50 le) |"
echo
echo "logs: $logs; BenchmarkDotNet: $([ -d "$bdn_results" ] && echo "$bdn_results" || echo 'skipped (BDN=0)')"
