#!/bin/sh
# Render benchmark: layout + SVG of synthetic citation graphs of 100, 1,000 and 10,000
# nodes with each Graphviz engine (tests/bench/render.c), one at a time under nice; a case that
# takes longer than LIMIT seconds is stopped and the larger sizes of that engine skipped.
# Writes docs/bench-render.md. Usage: scripts/bench_render.sh [LIMIT] (default 300)
set -u
LIMIT=${1:-300}
BIN=build/bench_render
OUT=${TMPDIR:-/tmp}/unxref-bench-render.$$
mkdir -p "$OUT"
MD=docs/bench-render.md
{
    echo "# Render benchmark"
    echo
    echo "\`make bench-render\` ($0): Graphviz layout + SVG rendering in-process of synthetic"
    echo "citation graphs (tests/bench/render.c: resolutions 1946–2024 each citing 1–5 earlier ones,"
    echo "one body per ten nodes); stopped after $LIMIT s. $(nproc) cores, $(date -u +%Y-%m-%d)."
    echo "Graphviz $(pkg-config --modversion libgvc). dot above $(grep -o 'DOT_MAX_NODES [0-9]*' src/emit_dot.h | cut -d' ' -f2) nodes"
    echo "runs with nslimit=1, mclimit=0.1, splines=line; sfdp above $(grep -o 'DOT_MAX_LABELS [0-9]*' src/emit_dot.h | cut -d' ' -f2) nodes draws unlabelled points."
    echo "Load average at the start: $(cut -d" " -f1-3 /proc/loadavg) (the machine is shared; times are wall clock)."
    echo
    echo "| engine | nodes | links | seconds | max RSS (MB) |"
    echo "| --- | ---: | ---: | ---: | ---: |"
} > "$MD.tmp"
for engine in dot sfdp neato fdp; do
    skip=0
    for n in 100 1000 10000; do
        if [ $skip = 1 ]; then
            echo "| $engine | $n | | skipped | |" >> "$MD.tmp"
            continue
        fi
        res=$(nice /usr/bin/time -f "%M" -o "$OUT/rss" timeout "$LIMIT" "$BIN" "$n" "$engine" "$OUT" 2>/dev/null)
        rc=$?
        if [ $rc = 0 ]; then
            set -- $res
            rss=$(( $(tail -1 "$OUT/rss") / 1024 ))
            echo "| $engine | $n | $3 | $4 | $rss |" >> "$MD.tmp"
        else
            echo "| $engine | $n | | > $LIMIT (stopped) | |" >> "$MD.tmp"
            skip=1
        fi
        tail -1 "$MD.tmp"
    done
done
rm -rf "$OUT"
mv "$MD.tmp" "$MD"
echo "bench-render: wrote $MD"
