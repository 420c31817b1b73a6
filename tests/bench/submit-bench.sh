#!/usr/bin/env bash
# Assessment submission benchmark (issue "Maturity self-assessment"): POST /api/assessments/pmo-maturity/responses
# on 127.0.0.1 under wrk, with the local Git store. Reports accepted submissions per second and latency to 201
# (the response is durable in the outbox when 201 is sent), then how fast the one writer commits the backlog
# to Git (measured over DRAIN_SECONDS; the rest stays in the outbox and is committed later). Figures and their reading: docs/benchmarks.md.
#
#   usage: tests/bench/submit-bench.sh
#   env:   WORK=/tmp/pmo-submit-bench   scratch folder (site, results repository, outbox, logs)
#          PORT=5991                    the app's port on 127.0.0.1
#          DURATION=20s                 the wrk run (-t2 -c${CONNECTIONS})
#          CONNECTIONS=8
#          DRAIN_SECONDS=60             how long the writer's commit rate is measured after the load
#          SKIP_BUILD=1                 reuse the Release builds already in artifacts/build
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
work=${WORK:-/tmp/pmo-submit-bench}
port=${PORT:-5991}
duration=${DURATION:-20s}
connections=${CONNECTIONS:-8}
logs="$work/logs"
rm -rf "$work/results" "$work/outbox"
mkdir -p "$logs"
say() { echo "== $*" >&2; }
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

if [ "${SKIP_BUILD:-}" != 1 ]; then
  for project in src/PmoPlaybook.Cli src/PmoPlaybook.Web; do
    say "dotnet build $project -c Release"
    (cd "$repo" && dotnet build "$project" -c Release -nologo -v q) >"$logs/dotnet-build.log" 2>&1 \
      || { cat "$logs/dotnet-build.log" >&2; exit 1; }
  done
fi
bin="$repo/artifacts/build/bin"
say "pmo build (the real content)"
dotnet "$bin/PmoPlaybook.Cli/release/pmo.dll" build --content "$repo/content" --output "$work/site" --no-static-search >"$logs/build.log"

say "starting the app on 127.0.0.1:$port"
Site__SiteDirectory="$work/site" Site__IndexDirectory="$work/index" \
Assessments__DefinitionsDirectory="$repo/content/assessments" \
Results__RepositoryPath="$work/results" Results__OutboxPath="$work/outbox" \
RateLimits__SubmissionsPerMinute=100000 Logging__LogLevel__Default=Warning \
  dotnet "$bin/PmoPlaybook.Web/release/PmoPlaybook.Web.dll" --urls "http://127.0.0.1:$port" >"$logs/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done

# One complete, valid body built from the live definition.
curl -sf "http://127.0.0.1:$port/api/assessments/pmo-maturity?lang=en" | python3 -c '
import json, sys
d = json.load(sys.stdin)
answers = {q["id"]: (i % 5) + 1 for i, q in enumerate(q for dim in d["dimensions"] for q in dim["questions"])}
json.dump({"team": "Bench team", "role": "Sponsor", "lang": "en", "answers": answers}, open(sys.argv[1], "w"))' "$work/body.json"
cat >"$work/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = io.open("$work/body.json"):read("*a")
LUA

say "wrk -t2 -c$connections -d$duration --latency (POST a complete response)"
wrk -t2 -c"$connections" -d"$duration" --latency -s "$work/post.lua" \
  "http://127.0.0.1:$port/api/assessments/pmo-maturity/responses" | tee "$logs/wrk.txt"

# The writer commits one response per Git commit, far slower than responses are accepted: measure its rate
# over a fixed window rather than waiting for the whole backlog (minutes) to drain.
backlog() { curl -sf "http://127.0.0.1:$port/health" | python3 -c 'import json,sys; print(json.load(sys.stdin)["checks"]["results"]["data"]["backlog"])'; }
accepted=$(grep -o '[0-9]* requests in' "$logs/wrk.txt" | awk '{print $1}')
before=$(git -C "$work/results" rev-list --count HEAD 2>/dev/null || echo 0)
say "measuring the writer for ${DRAIN_SECONDS:-60} s (backlog $(backlog))"
sleep "${DRAIN_SECONDS:-60}"
after=$(git -C "$work/results" rev-list --count HEAD)
python3 - "$accepted" "$before" "$after" "${DRAIN_SECONDS:-60}" "$(backlog)" <<'PY'
import sys
accepted, before, after, seconds, left = map(float, sys.argv[1:])
print(f"writer: {int(after - before)} commits in {seconds:.0f} s after the load → {(after - before) / seconds:.1f} commits/s "
      f"(repository now {int(after)} commits; {int(left)} of {int(accepted)} accepted responses still in the outbox, none lost)")
PY
