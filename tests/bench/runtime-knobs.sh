#!/usr/bin/env bash
# Where does `pmo build` spend its time and memory? Runs the same clean build under several .NET runtime
# settings (environment variables only: no code change), interleaved so that machine noise hits every
# setting alike, and reports per setting the median wall time with /usr/bin/time -v's peak RSS, user and
# system CPU, CPU utilisation and context switches, plus the time of each progress line pmo prints
# ("Read N pages", "Rendered k/N", "Built").
#
#   usage: tests/bench/runtime-knobs.sh [PAGES]          (default: 10000; corpus WORK/pmo-PAGES)
#   env:   WORK=/tmp/pmo-bench  RUNS=3  PMO_DLL=... (default: WORK/pmo-cli/pmo.dll from build-bench.sh,
#          else artifacts/build/bin/PmoPlaybook.Cli/release/pmo.dll)
#          KNOBS='label=ENV=VALUE[,ENV=VALUE] ...' (default below; "default" = no variable)
#          PMO_PAGEFIND is passed through: pmo runs Pagefind if it finds it (PMO_PAGEFIND, else
#          WORK/node_modules/.bin/pagefind, where peers.sh installs it); PMO_PAGEFIND=/nonexistent leaves it out
#          PERF=1   also record one `perf record -g` of the default setting (needs perf) and print the
#                   top managed frames (DOTNET_PerfMapEnabled=1 gives perf the JIT-ed method names)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
shared=$(cd "$repo/../shared" && pwd)
work=${WORK:-/tmp/pmo-bench}
pages=${1:-10000}
runs=${RUNS:-3}
dll=${PMO_DLL:-$work/pmo-cli/pmo.dll}
[ -f "$dll" ] || dll="$repo/artifacts/build/bin/PmoPlaybook.Cli/release/pmo.dll"
[ -f "$dll" ] || { echo "no pmo.dll: run tests/bench/build-bench.sh first or set PMO_DLL" >&2; exit 1; }
knobs=${KNOBS:-"default gcServer=DOTNET_gcServer=1 gcConcurrent=DOTNET_gcConcurrent=1 gen0-64MB=DOTNET_GCgen0size=0x4000000 gen0-256MB=DOTNET_GCgen0size=0x10000000 noTieredPGO=DOTNET_TieredPGO=0 TC-off=DOTNET_TieredCompilation=0"}
corpus="$work/pmo-$pages" site="$work/knobs-site" out="$work/knobs"
command -v /usr/bin/time >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null; }
[ -f "$corpus/site.yml" ] || python3 "$shared/bench/gen_corpus.py" --pages "$pages" --out "$corpus" --pmo >&2
rm -rf "$out" && mkdir -p "$out"

one() {  # label, env assignments (comma-separated) → appends a result line to $out/label.txt
  local label=$1 envs=$2 log="$out/$1-$3.log" tv="$out/$1-$3.time"
  rm -rf "$site" "$site".staging-* "$site".old-*
  local -a env_args=()
  [ -n "$envs" ] && IFS=, read -r -a env_args <<<"$envs"
  local t0=$EPOCHREALTIME
  # stdout through a timestamping loop: each progress line gets its offset from the start, in seconds.
  env "${env_args[@]}" /usr/bin/time -v -o "$tv" dotnet "$dll" build --content "$corpus" --output "$site" 2>&1 \
    | while IFS= read -r line; do awk -v a="$t0" -v b="$EPOCHREALTIME" -v l="$line" 'BEGIN{printf "%6.2f %s\n", b-a, l}'; done >"$log"
  grep -q '^ *[0-9.]* Built' "$log" || { cat "$log" >&2; echo "build failed ($label)" >&2; exit 1; }
  local wall rss user sys cpu vcs ics
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$tv")
  rss=$(awk -F': ' '/Maximum resident/{printf "%.0f", $2/1024}' "$tv")
  user=$(awk -F': ' '/User time/{print $2}' "$tv"); sys=$(awk -F': ' '/System time/{print $2}' "$tv")
  cpu=$(awk -F': ' '/Percent of CPU/{print $2}' "$tv")
  vcs=$(awk -F': ' '/Voluntary context/{print $2}' "$tv"); ics=$(awk -F': ' '/Involuntary context/{print $2}' "$tv")
  local readl built
  readl=$(grep -m1 'Read ' "$log" | awk '{print $1}')
  built=$(grep -m1 'Built ' "$log" | awk '{print $1}')
  echo "$wall $rss $user $sys $cpu $vcs $ics $readl $built $log" >>"$out/$label.txt"
  echo "   $label run $3: ${wall}s ${rss}MB user ${user}s sys ${sys}s cpu $cpu; Read line at ${readl}s, Built line at ${built}s" >&2
}

for i in $(seq 1 "$runs"); do
  for knob in $knobs; do
    label=${knob%%=*}; envs=""; [ "$knob" = "$label" ] || envs=${knob#*=}
    one "$label" "$envs" "$i"
  done
done

echo
echo "| setting | wall s (median of $runs) | peak RSS MB | user s | sys s | CPU | vol. / invol. ctx switches | \"Read\" line at s | \"Built\" line at s |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for knob in $knobs; do
  label=${knob%%=*}; envs="(none)"; [ "$knob" = "$label" ] || envs=${knob#*=}
  sort -n "$out/$label.txt" | sed -n "$(( (runs + 1) / 2 ))p" \
    | awk -v l="$label" -v e="$envs" '{printf "| %s `%s` | %.2f | %s | %s | %s | %s | %s / %s | %s | %s |\n", l, e, $1, $2, $3, $4, $5, $6, $7, $8, $9}'
done
echo
echo "Progress-line timeline of the median default run (seconds since start):"
echo
sort -n "$out/default.txt" | sed -n "$(( (runs + 1) / 2 ))p" | awk '{print $NF}' | xargs cat | sed 's/^/    /'

if [ "${PERF:-}" = 1 ] && command -v perf >/dev/null; then
  # DOTNET_PerfMapEnabled=1 writes /tmp/perf-PID.map with the JIT-ed methods' names; W^X off keeps JIT-ed
  # code in anonymous memory so that perf can match it (with W^X on it shows as memfd:doublemapper).
  rm -rf "$site"
  DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 perf record -F 499 -g -o "$out/perf.data" \
    dotnet "$dll" build --content "$corpus" --output "$site" >/dev/null 2>"$out/perf-record.err" || true
  report() { perf report -i "$out/perf.data" --no-children -g none --stdio "$@" 2>/dev/null | grep -E '^ +[0-9]'; }
  echo
  echo "perf, default settings, one run: CPU samples by thread and library (libcoreclr = runtime: GC, allocation, casts, stubs; libclrjit = the JIT):"
  echo
  report --sort comm,dso | head -12 | sed 's/ *$//; s/^/    /'
  echo
  echo "by managed assembly (JIT-ed code):"
  echo
  report --sort dso,symbol | awk '{p=$1; sub("%","",p); a=$2; if ($2=="[JIT]") { r=substr($0, index($0,"[.] ")+4); a = match(r, /\[[A-Za-z][A-Za-z0-9.]*\]/) ? "JIT " substr(r, RSTART+1, RLENGTH-2) : "JIT stubs" } t[a]+=p} END{for (k in t) printf "%6.2f%% %s\n", t[k], k}' \
    | sort -rn | head -15 | sed 's/^/    /'
  echo
  echo "top 25 symbols by self time:"
  echo
  report --sort symbol | head -25 | cut -c1-220 | sed 's/ *$//; s/^/    /'
fi
