"""stats takes the selection options of graph and reports on the same graph: the seed's
Security Council resolutions, their top 4 by PageRank (ranked on the six), analysed on the
four alone. networkx recomputes PageRank on the links in the file; the stats lists agree."""
import json
import sys

import networkx as nx

g = json.load(open(sys.argv[1], encoding="utf-8"))
st = json.load(open(sys.argv[2], encoding="utf-8"))
mg = g["graph"]["metrics_graph"]
assert mg["graph"] == "selection" and mg["nodes"] == 4 == len(g["nodes"]), mg
assert mg["selection"] == "kinds resolution; organ SC; top 4 by pagerank", mg
assert mg["top_ranked_on"] == {"nodes": 6, "links": 5}, mg
assert mg["whole_graph"] == {"nodes": 16, "links": 17}, mg
assert st["graph"]["metrics_graph"] == mg, st["graph"]["metrics_graph"]
x = nx.DiGraph()
x.add_nodes_from(n["id"] for n in g["nodes"])
x.add_weighted_edges_from((l["source"], l["target"], l["weight"]) for l in g["links"])
pr = nx.pagerank(x, alpha=0.85, weight="weight", tol=1e-14, max_iter=100000)
for n in g["nodes"]:
    assert abs(pr[n["id"]] - n["pagerank"]) < 1e-9, (n["id"], n["pagerank"], pr[n["id"]])
    assert abs(n["citation_pagerank"] - n["pagerank"]) < 1e-12, n
    assert n["in_degree"] == x.in_degree(n["id"]), n
rank = [n["id"] for n in sorted(g["nodes"], key=lambda n: (-n["pagerank"], n["id"]))]
assert [t["id"] for t in st["top"]["resolutions"]] == rank, st["top"]["resolutions"]
assert [t["id"] for t in st["top"]["pagerank"]] == rank, st["top"]["pagerank"]
assert st["top"]["bodies"] == [] and st["top"]["established_by"] == []
print("stats and graph agree on", len(rank), "nodes")
