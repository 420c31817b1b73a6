#!/usr/bin/env bash
# Start-up levers for `pmo build`, measured interleaved in one run next to Hugo: the JIT-compiled Release
# build (what `dotnet run -c Release` runs), the ReadyToRun publish (what ./pmo runs), and runtime settings
# on top of it. Prints one markdown row per variant: median wall, that run's peak RSS and user CPU, and pmo's
# own phase times (Read, Indexed, Rendered), then Hugo's figure from ../shared/bench/peers.sh.
#   usage: tests/bench/fast-cli-bench.sh PAGES|real         (real = the repository's content/)
#   env:   WORK=/tmp/pmo-fast   RUNS=3   PEERS=hugo ("" skips Hugo)
#          VARIANTS="jit r2r r2r+tc0 r2r+pgo"   jit | r2r | composite, optionally +tc0 (TieredCompilation=0),
#          +pgo (TieredPGO=1), +qjl0 (TC_QuickJitForLoops=0); composite publishes PublishReadyToRunComposite
#          SKIP_BUILD=1   reuse WORK/jit, WORK/r2r, WORK/composite from an earlier run
# Each variant runs a private copy of its binaries (someone rebuilding src/ cannot change them mid-run).
# Pagefind is off (PMO_PAGEFIND points at a missing file): this measures pmo's own work.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd); repo=$(cd "$here/../.." && pwd); shared=${SHARED:-$repo/../shared}   # SHARED=… when the repository is a worktree elsewhere
target=${1:?usage: fast-cli-bench.sh PAGES|real}
work=${WORK:-/tmp/pmo-fast}; runs=${RUNS:-3}; peers=${PEERS-hugo}
variants=${VARIANTS:-"jit r2r r2r+tc0 r2r+pgo"}
mkdir -p "$work/logs"
export PMO_PAGEFIND="$work/no-pagefind-on-purpose"
rid=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')

publish() {  # kind → WORK/kind (its own build tree under WORK, so it never mixes with artifacts/)
  local kind=$1 args=()
  [ "${SKIP_BUILD:-}" = 1 ] && [ -f "$work/$kind/pmo.dll" ] && return
  case $kind in
    jit) args=(-p:PublishReadyToRun=false) ;;
    r2r) args=(-p:PublishReadyToRun=true) ;;
    composite) args=(-p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true) ;;
  esac
  echo "== publish $kind" >&2
  rm -rf "$work/$kind"
  dotnet publish "$repo/src/PmoPlaybook.Cli" -c Release -r "$rid" --self-contained false \
    --artifacts-path "$work/build-$kind" "${args[@]}" -o "$work/$kind" -nologo -v q >"$work/logs/publish-$kind.log" 2>&1 \
    || { cat "$work/logs/publish-$kind.log" >&2; exit 1; }
}
for v in $variants; do publish "${v%%+*}"; done

if [ "$target" = real ]; then
  corpus="$repo/content"
else
  corpus="$work/pmo-$target"
  [ -f "$corpus/site.yml" ] || python3 "$shared/bench/gen_corpus.py" --pages "$target" --out "$corpus" --pmo >&2
fi

phase() { grep -m1 -o "\[ *[0-9.]* s\] $2" "$1" | grep -o '[0-9.]*' | head -1 || true; }
declare -A results
for i in $(seq 1 "$runs"); do
  for v in $variants; do  # interleaved: the machine's drift hits every variant alike
    env_args=()
    case $v in *+tc0*) env_args+=(DOTNET_TieredCompilation=0) ;; esac
    case $v in *+pgo*) env_args+=(DOTNET_TieredPGO=1) ;; esac
    case $v in *+qjl0*) env_args+=(DOTNET_TC_QuickJitForLoops=0) ;; esac
    site="$work/site-$v" log="$work/logs/$target-$v-$i.log"
    rm -rf "$site" "$site".staging-* "$site".old-* "$work/index-$v"
    /usr/bin/time -f '%e %M %U' -o "$work/.time" env "${env_args[@]}" dotnet "$work/${v%%+*}/pmo.dll" build \
      --content "$corpus" --output "$site" >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
    read -r wall rss user <"$work/.time"
    line="$wall $((rss / 1024)) $user $(phase "$log" Read) $(phase "$log" Indexed) $(phase "$log" 'Rendered [0-9]* pages')"
    echo "   run $i $v: $line" >&2
    results[$v]+="$line"$'\n'
  done
done

echo
echo "| variant | wall s (median of $runs) | peak MB | user CPU s | Read at s | Indexed at s | Rendered at s |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
for v in $variants; do
  printf '%s' "${results[$v]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p" \
    | awk -v v="$v" '{printf "| %s | %.2f | %d | %.2f | %s | %s | %s |\n", v, $1, $2, $3, $4, $5, $6}'
done
if [ -n "$peers" ] && [ "$target" != real ]; then
  echo; PEERS=$peers bash "$shared/bench/peers.sh" "$target" "$work"
fi
# Output must not depend on the variant.
first=${variants%% *}
for v in $variants; do
  [ "$v" = "$first" ] || "$here/compare-sites.sh" "$work/site-$first" "$work/site-$v" >/dev/null \
    || echo "OUTPUT DIFFERS: $first vs $v" >&2
done
