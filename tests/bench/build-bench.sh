#!/usr/bin/env bash
# Full-build benchmark: PmoPlaybook's `pmo build` next to Hugo and Hugo+Pagefind on the same synthetic
# corpus, in the same run (the machine is shared and noisy: compare the ratios, not the absolute figures).
#
#   usage: tests/bench/build-bench.sh [PAGES...]          (default: 1000 10000)
#   env:   WORK=/tmp/pmo-bench    scratch folder (corpora, sites, logs)
#          PEERS="hugo hugo+pagefind"   passed on to ../shared/bench/peers.sh ("" skips the peers)
#          RUNS=3                 clean builds per size; the median wall time and that run's peak RSS are reported
#          SKIP_BUILD=1           reuse the CLI already built in artifacts/build (no `dotnet build`)
#          STATIC_SEARCH=on|off   whether `pmo build` runs Pagefind for the static search index (default on:
#                                 what a build in a checkout with `npm ci` done does). pmo looks for Pagefind
#                                 in PMO_PAGEFIND, else in node_modules/ beside the content folder, which for
#                                 WORK/pmo-N is WORK/node_modules, where peers.sh installs Pagefind for its
#                                 Hugo+Pagefind run. So the script always sets PMO_PAGEFIND: for on, the
#                                 repository's node_modules/.bin/pagefind (`npm ci`), else the version that
#                                 package.json pins installed in WORK; for off, a path that does not exist.
#
# Each size: gen_corpus.py --pmo → RUNS × clean `pmo build` under /usr/bin/time → peers.sh (same corpus
# generator, same page count). Prints one markdown table row per size, then pmo's own phase timings.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
shared=$(cd "$repo/../shared" && pwd)
work=${WORK:-/tmp/pmo-bench}
runs=${RUNS:-3}
export PEERS=${PEERS-"hugo hugo+pagefind"}
[ $# -gt 0 ] || set -- 1000 10000

static_search=${STATIC_SEARCH:-on}
need() { command -v "$1" >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }; }
need /usr/bin/time time
mkdir -p "$work/logs"

# Build once in Release, then run a private copy of the output: other people rebuilding src/ during the
# benchmark must not swap DLLs under a timed run.
if [ "${SKIP_BUILD:-}" != 1 ]; then
  echo "== dotnet build src/PmoPlaybook.Cli -c Release" >&2
  (cd "$repo" && dotnet build src/PmoPlaybook.Cli -c Release -nologo -v q) >"$work/logs/dotnet-build.log" 2>&1 \
    || { cat "$work/logs/dotnet-build.log" >&2; echo "dotnet build failed" >&2; exit 1; }
fi
bin="$repo/artifacts/build/bin/PmoPlaybook.Cli/release"
[ -f "$bin/pmo.dll" ] || { echo "no $bin/pmo.dll after the build" >&2; exit 1; }
rm -rf "$work/pmo-cli" && cp -a "$bin" "$work/pmo-cli"
pmo=(dotnet "$work/pmo-cli/pmo.dll")

case $static_search in
  on)
    if [ -x "$repo/node_modules/.bin/pagefind" ]; then
      export PMO_PAGEFIND="$repo/node_modules/.bin/pagefind"
    else  # the version package.json pins, installed in WORK (the repository is not touched)
      pf_version=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["devDependencies"]["pagefind"])' "$repo/package.json" 2>/dev/null || echo latest)
      [ -x "$work/node_modules/.bin/pagefind" ] || (cd "$work" && npm install --silent --no-audit --no-fund "pagefind@$pf_version" >/dev/null)
      export PMO_PAGEFIND="$work/node_modules/.bin/pagefind"
    fi ;;
  off) export PMO_PAGEFIND="$work/no-pagefind-on-purpose" ;;
  *) echo "STATIC_SEARCH must be on or off" >&2; exit 2 ;;
esac

# What was measured, for docs/benchmarks.md.
{
  echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "commit:  $(cd "$repo" && git rev-parse --short HEAD 2>/dev/null || echo '?')$(cd "$repo" && [ -n "$(git status --porcelain -- src themes 2>/dev/null)" ] && echo ' (+ uncommitted changes in src/ or themes/)' || true)"
  echo "cpus:    $(nproc) ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'))"
  echo "memory:  $(free -m | awk '/^Mem:/{print $2}') MB"
  echo "dotnet:  $(dotnet --version)"
  echo "python:  $(python3 --version 2>&1)"
  command -v hugo >/dev/null && echo "hugo:    $(hugo version)" || true
  echo "pmo static search (Pagefind): $static_search${PMO_PAGEFIND:+ (PMO_PAGEFIND=$PMO_PAGEFIND$( [ -x "$PMO_PAGEFIND" ] && echo ", $("$PMO_PAGEFIND" --version 2>/dev/null)" ))}"
} >&2

median() {  # reads "wall rss_kb logfile" lines → the line of the median wall time
  sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

rows=() phases=()
for pages in "$@"; do
  corpus="$work/pmo-$pages" site="$work/pmo-$pages-site"
  if [ ! -f "$corpus/site.yml" ]; then
    python3 "$shared/bench/gen_corpus.py" --pages "$pages" --out "$corpus" --pmo >&2
  fi
  echo "== pmo build, $pages pages, $runs clean runs" >&2
  results=""
  for i in $(seq 1 "$runs"); do
    rm -rf "$site" "$site".staging-* "$site".old-*
    sync
    log="$work/logs/pmo-$pages-run$i.log"
    /usr/bin/time -f '%e %M' -o "$work/.time" "${pmo[@]}" build --content "$corpus" --output "$site" >"$log" 2>&1 \
      || { cat "$log" >&2; echo "pmo build failed ($pages pages, run $i)" >&2; exit 1; }
    line="$(tail -1 "$work/.time") $log"
    echo "   run $i: $(awk '{printf "%.2f s, %.0f MB", $1, $2/1024}' <<<"$line"); $(grep -m1 -o 'Read [0-9]* pages in [0-9.]* s' "$log"); $(grep -m1 -o 'Built [0-9]* pages.* in [0-9.]* s' "$log" || true)" >&2
    results+="$line"$'\n'
  done
  read -r wall rss log < <(printf '%s' "$results" | median)
  ours_s=$(awk -v w="$wall" 'BEGIN{printf "%.2f", w}')
  ours_mb=$(awk -v k="$rss" 'BEGIN{printf "%.0f", k/1024}')
  read_s=$(grep -m1 -o 'Read [0-9]* pages in [0-9.]* s' "$log" | awk '{print $(NF-1)}')
  built_s=$(grep -m1 -o 'in [0-9.]* s$' <(grep -m1 '^Built' "$log") | awk '{print $2}')
  npages=$(grep -m1 -o 'Read [0-9]* pages' "$log" | awk '{print $2}')
  pf=no; grep -q 'Static search index written' "$log" && pf=yes
  phases+=("| $pages | $npages | $read_s | $built_s | $ours_s | $pf |")

  hugo_s=n/a hugo_mb=n/a hp_s=n/a hp_mb=n/a
  if [ -n "$PEERS" ]; then
    echo "== peers.sh $pages ($PEERS)" >&2
    peers_out=$(bash "$shared/bench/peers.sh" "$pages" "$work")
    echo "$peers_out" | sed 's/^/   /' >&2
    while read -r name _ _ s _ mb _; do
      case $name in
        hugo) hugo_s=$s hugo_mb=$mb ;;
        hugo+pagefind) hp_s=$s hp_mb=$mb ;;
      esac
    done <<<"$peers_out"
  fi
  ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ if (b+0 > 0 && a+0 > 0) printf "%.2f", a/b; else printf "n/a" }'; }
  rows+=("| $pages | $ours_s | $ours_mb | $hugo_s | $hugo_mb | $(ratio "$ours_s" "$hugo_s") | $(ratio "$ours_mb" "$hugo_mb") | $hp_s | $hp_mb | $(ratio "$ours_s" "$hp_s") | $(ratio "$ours_mb" "$hp_mb") |")
done

echo
echo "| pages | PmoPlaybook s | PmoPlaybook MB | Hugo s | Hugo MB | ratio time (ours/Hugo) | ratio memory (ours/Hugo) | Hugo+Pagefind s | Hugo+Pagefind MB | ratio time (ours/H+P) | ratio memory (ours/H+P) |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
printf '%s\n' "${rows[@]}"
echo
echo "pmo's own progress lines for the median run (\"Read N pages in X s\" = load + parse; \"Built … in X s\" = whole pipeline in-process; wall also includes runtime start-up and exit):"
echo
echo "| corpus pages | pages read | Read … in s | Built … in s | wall s | Pagefind ran |"
echo "| ---: | ---: | ---: | ---: | ---: | --- |"
printf '%s\n' "${phases[@]}"
