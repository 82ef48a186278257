#!/bin/sh
# The reduce step of unxref on many machines (README "Many machines"): reads the lines of
# scripts/mr-map.sh (a key, a tab, the extract JSON of some files), in any order, and writes
# the graph.json of all of them to stdout — byte for byte the graph.json of one
# `unxref graph --format json` run on all the files. With OUT=DIR (and FORMATS=json,svg,…)
# the outputs go to DIR as well.
# Usage: mr-reduce.sh [UNXREF]   (default: $UNXREF, else unxref on PATH)
set -u
unxref=${1:-${UNXREF:-unxref}}
work=$(mktemp -d "${TMPDIR:-/tmp}/mr-reduce.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
mkdir "$work/parts"
# one file per line, the key cut off (split, not a shell read loop: lines are megabytes)
cut -f 2- | grep -v '^$' | split -l 1 -a 8 -d --additional-suffix=.json - "$work/parts/p"
n=$(find "$work/parts" -name '*.json' | wc -l)
if [ "$n" -eq 0 ]; then
    echo "mr-reduce: no mapper output on stdin" >&2
    exit 1
fi
out=${OUT:-$work/out}
find "$work/parts" -name '*.json' | LC_ALL=C sort > "$work/list"
# -x: one unxref run for all the parts, or none
xargs -d '\n' -x "$unxref" graph --from -o "$out" --format "${FORMATS:-json}" \
    < "$work/list"
rc=$?
[ -f "$out/graph.json" ] && cat "$out/graph.json"
exit $rc
