#!/bin/sh
# Benchmark of the analysis on a synthetic citation graph (not a test): N resolutions
# (default 100000), one a day from 1946, each citing K earlier ones (default 8; half
# chosen in proportion to how often they were cited already, half uniformly — the
# skewed in-degrees of real citation graphs). Times `unxref graph --from` (all metrics,
# graph.json) and `unxref stats --from` (report with main path, co-citation) and reports
# wall time, CPU time and peak memory (GNU time; the machine may be shared: CPU time is the
# steadier figure). Usage: bench_analysis.sh [UNXREF] [N] [K]
set -eu
UNXREF=${1:-./unxref}
N=${2:-100000}
K=${3:-8}
DIR=${BENCH_DIR:-/tmp/unxref-bench-analysis}
mkdir -p "$DIR"
/usr/bin/python3 - "$N" "$K" "$DIR/synthetic.json" <<'PY'
import json, random, sys
n, k, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(1)
ids = ["S/RES/%d (%d)" % (i + 1, 1946 + i * 78 // n) for i in range(n)]
nodes = [{"id": s, "kind": "resolution", "year": 1946 + i * 78 // n, "known": True, "input": True}
         for i, s in enumerate(ids)]
links, pool = [], []
for i in range(1, n):
    targets = set()
    for _ in range(min(k, i)):
        j = rng.choice(pool) if pool and rng.random() < 0.5 else rng.randrange(i)
        targets.add(j)
    for j in sorted(targets):
        links.append({"source": ids[i], "target": ids[j], "type": "cites", "weight": 1})
        pool.append(j)
json.dump({"directed": True, "multigraph": False, "graph": {"documents": n},
           "nodes": nodes, "links": links}, open(out, "w"))
print("synthetic graph: %d nodes, %d links" % (n, len(links)))
PY
run() {
    name=$1
    shift
    /usr/bin/time -f "%e %U %S %M" -o "$DIR/time" "$@" > /dev/null
    read -r secs user sys kb < "$DIR/time"
    echo "$name: $secs s wall, $user s user + $sys s system CPU, $((kb / 1024)) MB peak"
}
run "graph --from (metrics, communities, graph.json)" "$UNXREF" graph --from "$DIR/synthetic.json" -o "$DIR/out" --format json
run "stats --from (report, main path, co-citation)" "$UNXREF" stats --from "$DIR/synthetic.json"
/usr/bin/python3 -c "import json,sys; g=json.load(open(sys.argv[1]))['graph']; print('betweenness:', g['betweenness']); print('closeness:', g['closeness']); print('communities: Leiden', g['communities']['count'], 'modularity %.4f' % g['communities']['modularity'])" "$DIR/out/graph.json"
