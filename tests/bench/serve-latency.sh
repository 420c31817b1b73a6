#!/usr/bin/env bash
# `pmo serve` edit-to-browser latency: how long after a saved one-page change the live-reload stream tells
# open browsers to reload, and when the reloaded page shows the change.
#
#   usage: tests/bench/serve-latency.sh [PAGES]            (default: 1000)
#   env:   WORK=/tmp/pmo-bench   PORT=5987 (the next free one is used if taken)
#          BODY_EDITS=10  TITLE_EDITS=5   SETTLE=1 (seconds of quiet between edits)
#          SKIP_BUILD=1   reuse the CLI already built in artifacts/build (no `dotnet build`)
#
# 1. generates WORK/pmo-PAGES with ../shared/bench/gen_corpus.py --pmo (if missing) and starts
#    `pmo serve --content WORK/pmo-PAGES --output WORK/serve-site --urls http://127.0.0.1:PORT`;
# 2. waits for GET /health, then opens GET /_pmo/livereload/events with curl -N and timestamps every line
#    of the stream (bash $EPOCHREALTIME, microseconds, no fork per line);
# 3. BODY_EDITS times: appends a line to one page's .md (a body edit: serve re-renders that page only),
#    takes the time just before the write, waits for the next `event: reload`, then GETs the page until the
#    new line is in it. latency = reload event - write; visible = latency + the GET's own time (curl's
#    time_total: what a browser pays after the event, without curl's process start-up);
# 4. TITLE_EDITS times the same with the page's `title:` rewritten (a structural change: other pages show
#    the title, so serve re-renders more than the page; how much depends on the version, see the
#    "pages re-rendered" column: the whole language before 1e9e7fa, the page's folder and translations since).
# serve's own "Rebuilt …: N page(s) in X ms" lines are collected next to each sample. Note that serve also
# re-indexes the whole site for search in the background after every change (off the reload path): with a
# short SETTLE that indexing overlaps the next edit and competes for the CPU, as it would for a writer who
# saves often. The edited page is
# restored and every process started here is stopped on exit. Loopback (127.0.0.1) only.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
shared=$(cd "$repo/../shared" && pwd)
work=${WORK:-/tmp/pmo-bench}
pages=${1:-1000}
port=${PORT:-5987}
body_edits=${BODY_EDITS:-10}
title_edits=${TITLE_EDITS:-5}
settle=${SETTLE:-1}
corpus="$work/pmo-$pages"
site="$work/serve-site"
run="$work/serve-run"
mkdir -p "$work/logs" "$run"

(( BASH_VERSINFO[0] >= 5 )) || { echo "needs bash 5 (EPOCHREALTIME)" >&2; exit 1; }
command -v curl >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq curl >/dev/null; }

if [ "${SKIP_BUILD:-}" != 1 ]; then
  echo "== dotnet build src/PmoPlaybook.Cli -c Release" >&2
  (cd "$repo" && dotnet build src/PmoPlaybook.Cli -c Release -nologo -v q) >"$work/logs/dotnet-build-serve.log" 2>&1 \
    || { cat "$work/logs/dotnet-build-serve.log" >&2; echo "dotnet build failed" >&2; exit 1; }
fi
bin="$repo/artifacts/build/bin/PmoPlaybook.Cli/release"
[ -f "$bin/pmo.dll" ] || { echo "no $bin/pmo.dll" >&2; exit 1; }
# A private copy, so a colleague's rebuild of src/ cannot replace DLLs under the running server.
rm -rf "$work/pmo-cli-serve" && cp -a "$bin" "$work/pmo-cli-serve"

[ -f "$corpus/site.yml" ] || python3 "$shared/bench/gen_corpus.py" --pages "$pages" --out "$corpus" --pmo >&2

# The page to edit: the first one (by name) of the "guides" folder, served at /en/guides/<stem>/.
page=$(find "$corpus/en/guides" -name '*.md' ! -name 'index.md' | sort | head -1)
stem=$(basename "$page" .md)
url_path="/en/guides/$stem/"
cp "$page" "$run/page.orig"

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
while port_busy "$port"; do port=$((port + 1)); done
base="http://127.0.0.1:$port"

serve_pid="" curl_pid="" reader_pid=""
cleanup() {
  local pid
  for pid in $curl_pid $reader_pid; do kill "$pid" 2>/dev/null || true; done
  if [ -n "$serve_pid" ] && kill -0 "$serve_pid" 2>/dev/null; then
    kill -INT "$serve_pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$serve_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$serve_pid" 2>/dev/null || true
  fi
  [ -f "$run/page.orig" ] && cp "$run/page.orig" "$page"
  rm -f "$run/events.fifo"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

serve_log="$work/logs/serve-$pages.log"
events="$run/events.log"
: >"$events"
start=$EPOCHREALTIME
dotnet "$work/pmo-cli-serve/pmo.dll" serve --content "$corpus" --output "$site" --urls "$base" >"$serve_log" 2>&1 &
serve_pid=$!
until curl -sf -o /dev/null --max-time 2 "$base/health"; do
  kill -0 "$serve_pid" 2>/dev/null || { cat "$serve_log" >&2; echo "pmo serve exited" >&2; exit 1; }
  sleep 0.1
done
ready=$EPOCHREALTIME

rm -f "$run/events.fifo" && mkfifo "$run/events.fifo"
while IFS= read -r line; do printf '%s %s\n' "$EPOCHREALTIME" "${line%$'\r'}"; done <"$run/events.fifo" >>"$events" &
reader_pid=$!
curl -sN "$base/_pmo/livereload/events" >"$run/events.fifo" &
curl_pid=$!
# The stream opens with an `errors` event: wait for it so the subscription is in place before editing.
for _ in $(seq 100); do grep -q '^[0-9.]* event: errors' "$events" && break; sleep 0.05; done
grep -q '^[0-9.]* event: errors' "$events" || { echo "no live-reload stream" >&2; exit 1; }

reloads() { grep -c '^[0-9.]* event: reload' "$events" || true; }
rebuilt_lines() { grep -c '^Rebuilt ' "$serve_log" || true; }

# One sample: $1 = edit command (a function name), $2 = marker the page must show afterwards.
# Prints "latency_ms visible_ms serve_ms pages rebuilds".
sample() {
  local edit=$1 marker=$2 r0 b0 t0 t1 t2 deadline
  sleep "$settle"
  r0=$(reloads) b0=$(rebuilt_lines)
  t0=$EPOCHREALTIME
  "$edit"
  deadline=$(( ${EPOCHREALTIME%.*} + 60 ))
  until [ "$(reloads)" -gt "$r0" ]; do
    (( ${EPOCHREALTIME%.*} < deadline )) || { echo "no reload event within 60 s" >&2; tail -5 "$serve_log" >&2; exit 1; }
    sleep 0.002
  done
  t1=$(grep '^[0-9.]* event: reload' "$events" | sed -n "$((r0 + 1))p" | cut -d' ' -f1)
  # What the browser does next: GET the page (live-reload adds its script; the change must be there).
  # Counted with curl's own time_total, not the wall time around curl: starting a curl process costs
  # 5-30 ms on this machine, which a browser (already running, often on a kept-alive connection) does not pay.
  # A GET that still shows the old page is counted too, and flagged as stale.
  local fetch=0 t stale=0
  while :; do
    t=$(curl -sf --max-time 5 -o "$run/page.html" -w '%{time_total}' "$base$url_path") || t=""
    [ -n "$t" ] && fetch=$(awk -v a="$fetch" -v b="$t" 'BEGIN{print a+b}')
    [ -n "$t" ] && grep -qF -- "$marker" "$run/page.html" && break
    stale=$((stale + 1))
    (( ${EPOCHREALTIME%.*} < deadline )) || { echo "page never showed '$marker'" >&2; exit 1; }
    sleep 0.002
  done
  [ "$stale" -eq 0 ] || echo "   warning: $stale GET(s) after the reload event still showed the old page" >&2
  t2=$(awk -v a="$t1" -v f="$fetch" 'BEGIN{printf "%.6f", a+f}')
  sleep "$settle"   # let a trailing second batch (if any) finish, and count it
  local new=$(( $(rebuilt_lines) - b0 ))
  local last; last=$(grep '^Rebuilt ' "$serve_log" | sed -n "$((b0 + 1))p")
  local ms; ms=$(sed -n 's/.* in \([0-9]*\) ms$/\1/p' <<<"$last")
  local n; n=$(sed -n 's/.*: \([0-9]*\) page(s).*/\1/p' <<<"$last")
  awk -v a="$t0" -v b="$t1" -v c="$t2" -v ms="${ms:-?}" -v n="${n:-?}" -v k="$new" \
    'BEGIN{printf "%.1f %.1f %s %s %d\n", (b-a)*1000, (c-a)*1000, ms, n, k}'
}

k=0
edit_body() { k=$((k + 1)); printf '\nBench edit %s %s.\n' "$k" "$$" >>"$page"; }
edit_title() {
  k=$((k + 1))
  local text; text=$(awk -v k="$k" -v p="$$" '!done && /^title: /{sub(/( Title edit [0-9]+ [0-9]+)?"$/, " Title edit " k " " p "\""); done=1} {print}' "$page")
  printf '%s\n' "$text" >"$page"   # in place (truncate + write), as most editors save
}

stats() {  # column $1 of stdin → "min median max"
  awk -v c="$1" '{print $c}' | sort -n | awk '{v[NR]=$1} END{m=(NR%2)?v[(NR+1)/2]:(v[NR/2]+v[NR/2+1])/2; printf "%s %s %s", v[1], m, v[NR]}'
}

echo "== pmo serve, $pages pages, $base, editing $url_path (${page#$work/})" >&2
echo "   initial build + listen: $(awk -v a="$start" -v b="$ready" 'BEGIN{printf "%.2f", b-a}') s; $(grep -m1 '^Built' "$serve_log" || true)" >&2
: >"$run/body.txt"; : >"$run/title.txt"
for _ in $(seq "$body_edits"); do sample edit_body "Bench edit $((k + 1)) $$" >>"$run/body.txt"; done
body=$(cat "$run/body.txt")
echo "$body" | awk '{printf "   body  edit: reload %7.1f ms, page visible %7.1f ms; serve: %s page(s) in %s ms (%d rebuild(s))\n", $1, $2, $4, $3, $5}' >&2
for _ in $(seq "$title_edits"); do sample edit_title "Title edit $((k + 1)) $$" >>"$run/title.txt"; done
title=$(cat "$run/title.txt")
echo "$title" | awk '{printf "   title edit: reload %7.1f ms, page visible %7.1f ms; serve: %s page(s) in %s ms (%d rebuild(s))\n", $1, $2, $4, $3, $5}' >&2

row() {  # label, samples
  local lat vis srv n
  read -r lat_min lat_med lat_max <<<"$(stats 1 <<<"$2")"
  read -r vis_min vis_med vis_max <<<"$(stats 2 <<<"$2")"
  read -r srv_min srv_med srv_max <<<"$(stats 3 <<<"$2")"
  n=$(awk '{print $4}' <<<"$2" | sort -u | paste -sd/)
  echo "| $pages | $1 | $(wc -l <<<"$2") | $n | $lat_min / $lat_med / $lat_max | $vis_min / $vis_med / $vis_max | $srv_min / $srv_med / $srv_max |"
}
echo
echo "| pages | change | samples | pages re-rendered | write → reload event, ms (min / median / max) | write → reload → changed page fetched, ms (min / median / max) | serve's \"Rebuilt … in X ms\" (min / median / max) |"
echo "| ---: | --- | ---: | ---: | ---: | ---: | ---: |"
row "body (one page)" "$body"
row "title (structural)" "$title"
