#!/bin/sh
# Many machines (README "Many machines"): the GNU parallel recipe (with --sshlogin, here two
# local workers "2/:" and two more "1/:" logins) and the Hadoop-streaming job run locally as
# `cat list | mapper | sort | reducer` must give graph.json byte for byte as one
# `unxref graph` run on the same files. Fails on any difference or failed step.
# Usage: tests/dist/run.sh UNXREF DIR...   (run from the repository root)
set -u
unxref=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
shift
work=$(mktemp -d "${TMPDIR:-/tmp}/unxref-dist.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
fail=0 passed=0
for dir in "$@"; do
    name=$(basename "$dir")
    # the files a directory walk reads, in byte order: the README's find, checked against
    # the number of documents `unxref extract` reads from the directory
    find "$dir" -type f \( -iname '*.txt' -o -iname '*.text' -o -iname '*.pdf' \) ! -path '*/.*' |
        LC_ALL=C sort > "$work/list"
    n=$(wc -l < "$work/list")
    walked=$("$unxref" extract -q "$dir" | /usr/bin/python3 -c 'import json, sys; d = json.load(sys.stdin); print(len(d["documents"]) + len(d["errors"]))')
    if [ "$walked" != "$n" ]; then
        echo "dist/$name: find lists $n files, a directory walk reads $walked"; fail=1; continue
    fi
    if [ "$n" -lt 2 ]; then
        echo "dist/$name: fewer than 2 input files in $dir"; fail=1; continue
    fi
    "$unxref" graph -q "$dir" -o "$work/one" --format json || { echo "dist/$name: unxref graph failed"; fail=1; continue; }
    # GNU parallel: blocks of the list to workers, the map step on each, one reduce
    # blocks of 100 files, or of a quarter of a small set: always several map outputs
    block=$(( n / 4 < 100 ? (n / 4 > 0 ? n / 4 : 1) : 100 ))
    parallel --will-cite --pipe -N "$block" --sshlogin 2/:,1/: --workdir . \
        sh scripts/mr-map.sh "$unxref" < "$work/list" > "$work/par.map" || { echo "dist/$name: parallel map failed"; fail=1; }
    LC_ALL=C sort "$work/par.map" | sh scripts/mr-reduce.sh "$unxref" > "$work/par.json" || { echo "dist/$name: reduce failed"; fail=1; }
    # Hadoop streaming, run locally: splits of the list, map, sort, reduce
    split -n r/3 --filter="sh scripts/mr-map.sh '$unxref'" "$work/list" > "$work/hd.map" || { echo "dist/$name: map failed"; fail=1; }
    LC_ALL=C sort "$work/hd.map" | sh scripts/mr-reduce.sh "$unxref" > "$work/hd.json" || { echo "dist/$name: reduce failed"; fail=1; }
    maps=$(wc -l < "$work/par.map")
    if [ "$maps" -lt 2 ]; then
        echo "dist/$name: the parallel run gave $maps map outputs, want several"; fail=1
    fi
    for run in par hd; do
        if cmp "$work/one/graph.json" "$work/$run.json"; then
            passed=$((passed + 1))
        else
            echo "dist/$name: $run graph.json differs from the one-machine run"; fail=1
        fi
    done
    echo "dist/$name: $n files, $maps parallel map outputs, $(wc -c < "$work/one/graph.json") bytes of graph.json"
done
[ $fail -eq 0 ] && echo "dist: $passed passed, 0 failed" || echo "dist: $passed passed, some failed"
[ $fail -eq 0 ]
