#!/usr/bin/env bash
# Assessment submission benchmark (issue "Maturity self-assessment"): POST /api/assessments/pmo-maturity/responses
# on 127.0.0.1 under wrk, with the local Git store. Reports accepted submissions per second and latency to 201
# (the response is durable in the outbox when 201 is sent), then how fast the one writer commits the backlog
# to Git. Figures and their reading: docs/benchmarks.md.
#
#   usage: tests/bench/submit-bench.sh
#   env:   WORK=/tmp/pmo-submit-bench   scratch folder (site, results repository, outbox, logs)
#          PORT=5991                    the app's port on 127.0.0.1
#          DURATION=20s                 the wrk run (-t2 -c${CONNECTIONS})
#          CONNECTIONS=8
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
start=$(date +%s.%N)
wrk -t2 -c"$connections" -d"$duration" --latency -s "$work/post.lua" \
  "http://127.0.0.1:$port/api/assessments/pmo-maturity/responses" | tee "$logs/wrk.txt"
accepted_end=$(date +%s.%N)

say "waiting for the writer to commit the backlog"
while :; do
  backlog=$(curl -sf "http://127.0.0.1:$port/health" | python3 -c 'import json,sys; print(json.load(sys.stdin)["checks"]["results"]["data"]["backlog"])')
  [ "$backlog" = 0 ] && break
  sleep 0.5
done
drained=$(date +%s.%N)
commits=$(git -C "$work/results" rev-list --count HEAD)
files=$(find "$work/results/results" -name '*.json' | wc -l)
python3 - "$start" "$accepted_end" "$drained" "$commits" "$files" <<'PY'
import sys
start, accepted, drained, commits, files = map(float, sys.argv[1:])
print(f"committed: {int(commits)} commits, {int(files)} files; from the first request to an empty outbox {drained - start:.1f} s "
      f"→ {commits / (drained - start):.0f} commits/s sustained (wrk ran {accepted - start:.1f} s)")
PY
