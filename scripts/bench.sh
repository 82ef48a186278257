#!/bin/bash
# make bench: speed and memory of unxref, written as a Markdown table to docs/bench.md and
# into the README's Benchmarks section (between the bench:start/bench:end markers).
#   BENCH_SIZES  synthetic corpus sizes (default "10000 100000 1000000"; the largest is
#                generated once, the smaller ones are its first N documents)
#   BENCH_GRAPH_MAX  largest synthetic size that also runs the graph job (default: all;
#                `unxref graph --timings` gives the seconds and peak memory of each stage)
#   BENCH_REPS   repetitions of each timed command (median reported; default 5)
#   BENCH_TMP    scratch directory (default /tmp/unxref-bench); synthetic corpora are
#                deleted after use
#   CORPUS       the shared corpus (default ../shared/corpus)
#   BENCH_SYNTH  a corpus already written by `scripts/gencorpus.py --seed 1 --docs N DIR`
#                (N at least the largest size): used as it is and kept, instead of
#                generating one (its generation is then not timed here)
# Wall-clock times: the median of BENCH_REPS runs; the unxref graph job and pybaseline.py
# are alternated run by run. Peak memory: maximum resident set (GNU time %M).
set -eu
cd "$(dirname "$0")/.."
UNXREF=$PWD/unxref
CORPUS=${CORPUS:-../shared/corpus}
SIZES=${BENCH_SIZES:-10000 100000 1000000}
GRAPH_MAX=${BENCH_GRAPH_MAX:-1000000000}
REPS=${BENCH_REPS:-5}
TMP=${BENCH_TMP:-/tmp/unxref-bench}
OUT=${BENCH_OUT:-docs/bench.md}
PYBASE=${PYBASE:-$CORPUS/../bench/pybaseline.py}
NOISY=build/eval/noisy/unxml-sc-res
CORES=$(nproc)
LOAD_BEFORE=$(cut -d" " -f1-3 /proc/loadavg)
mkdir -p "$TMP"
TAB=$TMP/table.md
: >"$TAB"

# t CMD... : runs CMD, prints "seconds peak_kib"
t() {
    /usr/bin/time -f "%e %M" -o "$TMP/.time" "$@" >/dev/null 2>"$TMP/.err" ||
        { echo "bench: failed: $*" >&2; cat "$TMP/.err" >&2; exit 1; }
    cat "$TMP/.time"
}
median() { sort -g | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
# rep CMD... : median seconds and max peak KiB over REPS runs
rep() {
    local s=() m=0
    for _ in $(seq "$REPS"); do
        read -r a b < <(t "$@")
        s+=("$a")
        [ "$b" -gt "$m" ] && m=$b
    done
    echo "$(printf '%s\n' "${s[@]}" | median) $m"
}
mb() { cat "$@" | wc -c | awk '{printf "%.1f", $1/1e6}'; }
row() { echo "| $* |" >>"$TAB"; }
rate() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", a/b}'; }

echo "bench: extraction throughput" >&2
row "**extraction** (\`unxref extract -j J FILES -o /dev/null\`) | files | MB | -j 1: s | MB/s | docs/s | -j $CORES: s | MB/s | docs/s"
row "--- | --- | --- | --- | --- | --- | --- | --- | ---"
extract_row() { # label files...
    local label=$1; shift
    local n=$# size
    size=$(mb "$@")
    read -r s1 _ < <(rep "$UNXREF" extract -q -j 1 "$@" -o /dev/null)
    read -r sn _ < <(rep "$UNXREF" extract -q -j "$CORES" "$@" -o /dev/null)
    row "$label | $n | $size | $s1 | $(rate "$size" "$s1") | $(rate "$n" "$s1") | $sn | $(rate "$size" "$sn") | $(rate "$n" "$sn")"
}
if [ "$(ls "$NOISY" 2>/dev/null | wc -l)" -lt "$(ls "$CORPUS"/unxml-sc-res/*.txt | wc -l)" ]; then
    echo "bench: making the pdfnoise files (scripts/eval.py)" >&2
    /usr/bin/python3 scripts/eval.py --corpus "$CORPUS" --sets unxml-sc-res --langs zh,en,fr,es,ru,ar \
        --variants noisy >/dev/null
fi
for variant in clean pdfnoise; do
    dir=$CORPUS/unxml-sc-res
    [ $variant = pdfnoise ] && dir=$NOISY
    extract_row "unxml-sc-res $variant, all" "$dir"/*.txt
    for l in zh en fr es ru ar; do
        extract_row "unxml-sc-res $variant, $l" "$dir"/*."$l".txt
    done
done
for set in unxml-ga78 unxml-hrc unxml-sc-prst unxml-ecosoc2024 cr-unsc-gold-en; do
    [ -d "$CORPUS/$set" ] && extract_row "$set clean" "$CORPUS/$set"/*.txt
done

echo "bench: graph job against pybaseline.py" >&2
files=("$CORPUS"/unxml-sc-res/*.txt)
size=$(mb "${files[@]}")
us=() ps=() cs=() gs=() um=0 pm=0
for _ in $(seq "$REPS"); do
    read -r a b < <(t "$UNXREF" graph -q "${files[@]}" -o "$TMP/u" -f json,dot)
    us+=("$a"); [ "$b" -gt "$um" ] && um=$b
    read -r a b < <(t /usr/bin/python3 "$PYBASE" "$TMP/p" "${files[@]}")
    ps+=("$a"); [ "$b" -gt "$pm" ] && pm=$b
    read -r a _ < <(t cat "${files[@]}")
    cs+=("$a")
    read -r a _ < <(t sh -c 'cat "$@" | grep -c resolution' sh "${files[@]}")
    gs+=("$a")
done
u=$(printf '%s\n' "${us[@]}" | median)
p=$(printf '%s\n' "${ps[@]}" | median)
c=$(printf '%s\n' "${cs[@]}" | median)
g=$(printf '%s\n' "${gs[@]}" | median)
count() { /usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(len(d["nodes"]), len(d.get("edges", d.get("links", []))))' "$1"; }
read -r un ue < <(count "$TMP/u/graph.json")
read -r pn pe < <(count "$TMP/p/graph.json")
{
    echo
    echo "| **whole graph job** on unxml-sc-res (${#files[@]} files, $size MB), median of $REPS alternated runs | s | peak MiB | nodes | edges | vs unxref |"
    echo "| --- | --- | --- | --- | --- | --- |"
    echo "| \`unxref graph FILES -o DIR -f json,dot\` (-j $CORES) | $u | $((um / 1024)) | $un | $ue | 1 |"
    echo "| \`pybaseline.py DIR FILES\` (re + networkx) | $p | $((pm / 1024)) | $pn | $pe | $(rate "$p" "$u") × slower |"
    echo "| \`cat FILES >/dev/null\` (read floor) | $c | | | | $(rate "$c" "$u") |"
    echo "| \`cat FILES \| grep -c resolution\` (scan floor) | $g | | | | unxref is $(rate "$u" "$g") × grep |"
} >>"$TAB"

echo "bench: synthetic corpora" >&2
# One corpus of the largest size; the first N documents (N/1000 folders) of it are
# byte-identical to `gencorpus.py --docs N` with the same seed, so each size is a prefix.
largest=$(printf '%s\n' $SIZES | sort -n | tail -1)
if [ -n "${BENCH_SYNTH:-}" ]; then
    synth=$BENCH_SYNTH
    have=$(find "$synth" -name '*.txt' | wc -l)
    [ "$have" -ge "$largest" ] || { echo "bench: $synth holds $have documents, fewer than $largest" >&2; exit 1; }
    gen_s="(not timed here: BENCH_SYNTH=$synth)"
else
    synth=$TMP/synth
    rm -rf "$synth"
    read -r gen_s gen_m < <(t nice /usr/bin/python3 scripts/gencorpus.py --seed 1 --docs "$largest" "$synth")
    gen_s="$gen_s s"
fi
{
    echo
    echo "| **synthetic** (\`scripts/gencorpus.py --seed 1 --docs N\`, -j $CORES, one run; generating $largest documents: $gen_s) | MB | extract: s | MB/s | peak MiB | graph job: s | peak MiB | nodes | links | read+extract+graph building | PageRank | betweenness | closeness | HITS, degrees, k-core, components | Leiden | Louvain | graph.json | graph.dot | extraction+graph+PageRank+Leiden |"
    echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
} >>"$TAB"
# stage NAME: seconds of one --timings stage of the last graph job
stage() {
    awk -v s="unxref: timing: $1 " 'index($0, s) == 1 && substr($0, length(s) + 1) ~ /^[0-9.]+ s, peak/ {
        x = $(NF-4); found = 1 } END { if (found) print x + 0; else print "not run" }' "$TMP/.err"
}
for n in $SIZES; do
    dirs=()
    for ((f = 0; f * 1000 < n; f++)); do dirs+=("$(printf '%s/%04d' "$synth" "$f")"); done
    size=$(du -scb "${dirs[@]}" | tail -1 | awk '{printf "%.1f", $1/1e6}')
    read -r es em < <(t nice "$UNXREF" extract -q "${dirs[@]}" -o /dev/null)
    if [ "$n" -gt "$GRAPH_MAX" ]; then
        echo "| $n documents | $size | $es | $(rate "$size" "$es") | $((em / 1024)) | not run (> BENCH_GRAPH_MAX) |||||||||||||" >>"$TAB"
        continue
    fi
    /usr/bin/time -f "%e %M" -o "$TMP/.time" nice "$UNXREF" graph -q --timings "${dirs[@]}" \
        -o "$TMP/g-$n" -f json,dot 2>"$TMP/.err" >/dev/null
    read -r gs gm <"$TMP/.time"
    read -r un ue < <(count "$TMP/g-$n/graph.json")
    method=$(grep -o '"betweenness": "[a-z]*' "$TMP/g-$n/graph.json" | head -1 | sed 's/.*"//')
    other=$(awk -v a="$(stage degrees)" -v b="$(stage coreness)" -v c="$(stage HITS)" \
        -v d="$(stage components)" -v e="$(stage 'igraph graphs')" -v f="$(stage 'graph sort')" \
        'BEGIN {printf "%.2f", a + b + c + d + e + f}')
    core=$(awk -v a="$(stage 'read+extract+graph building')" -v b="$(stage 'graph sort')" \
        -v c="$(stage 'igraph graphs')" -v d="$(stage PageRank)" -v e="$(stage Leiden)" \
        'BEGIN {printf "%.1f", a + b + c + d + e}')
    echo "| $n documents | $size | $es | $(rate "$size" "$es") | $((em / 1024)) | $gs | $((gm / 1024)) | $un | $ue | $(stage 'read+extract+graph building') | $(stage PageRank) | $(stage betweenness) ($method) | $(stage closeness) | $other | $(stage Leiden) | $(stage Louvain) | $(stage graph.json) | $(stage 'diagram (DOT, layout, rendering)') | $core |" >>"$TAB"
    cp "$TMP/.err" "$TMP/timings-$n.txt"
    rm -rf "$TMP/g-$n"
done
[ -n "${BENCH_SYNTH:-}" ] || rm -rf "$synth"

echo "bench: dense one-line inputs (scripts/bench-dense.sh: time at most ~doubles with the input)" >&2
echo >>"$TAB"
UNXREF=$UNXREF sh scripts/bench-dense.sh "$TMP/dense" >>"$TAB"

load=$(cut -d' ' -f1-3 /proc/loadavg)
{
    echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"
    echo "$(free -g | awk '/Mem:/ {print $2}') GiB RAM), load average before the run: $LOAD_BEFORE, after: $load;"
    echo "unxref $(git rev-parse --short HEAD 2>/dev/null || echo '?'); command: \`make bench BENCH_SIZES=\"$SIZES\" BENCH_REPS=$REPS\`."
    echo
    cat "$TAB"
} >"$TMP/body.md"
{
    echo "# Benchmarks"
    echo
    echo "Written by \`make bench\` (scripts/bench.sh); rerun it to reproduce. Targets and notes: see the end."
    echo
    cat "$TMP/body.md"
    [ -f docs/bench-notes.md ] && { echo; cat docs/bench-notes.md; }
} >"$OUT"
/usr/bin/python3 - "$TMP/body.md" <<'EOF'
import re, sys
body = open(sys.argv[1]).read()
s = open('README.md').read()
new = re.sub(r'(<!-- bench:start -->\n).*?(<!-- bench:end -->)', lambda m: m.group(1) + body + m.group(2), s, flags=re.S)
open('README.md', 'w').write(new)
EOF
echo "bench: wrote $OUT and the README's Benchmarks section" >&2
