#!/usr/bin/env bash
# Compares two built sites byte for byte, so a speed change can show that it did not change the output.
#   usage: tests/bench/compare-sites.sh SITE_A SITE_B        exit 0 identical, 1 different, 2 usage
# The one thing allowed to differ: each Atom feed's own <updated> (the first in the file), which is the
# build time when the content has no Git history (the synthetic corpora). Entries' dates are compared.
set -euo pipefail
a=${1:?usage: compare-sites.sh SITE_A SITE_B}; b=${2:?usage: compare-sites.sh SITE_A SITE_B}
[ -d "$a" ] && [ -d "$b" ] || { echo "both arguments must be folders" >&2; exit 2; }

total=$(cd "$a" && find . -type f | wc -l)
differ=0
feed() { sed '0,/<updated>/s|<updated>[^<]*</updated>|<updated>(build time)</updated>|' "$1"; }
# diff -rq lists what differs in one pass; only those files are looked at again.
while IFS= read -r line; do
  case $line in
    "Only in "*) echo "$line"; differ=$((differ + 1)) ;;
    Files\ *)
      f=${line#Files "$a"/}; f=${f%% and *}
      case $f in
        */atom.xml) cmp -s <(feed "$a/$f") <(feed "$b/$f") && continue ;;
      esac
      echo "differs: $f"; differ=$((differ + 1)) ;;
  esac
done < <(diff -rq "$a" "$b" || true)
same=$((total - differ))
echo "$same file(s) identical, $differ differ" >&2
[ "$differ" = 0 ]
