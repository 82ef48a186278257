"""An independent reader: networkx loads graph.json and recomputes degree and PageRank."""
import json
import sys

import networkx as nx

data = json.load(open(sys.argv[1], encoding="utf-8"))
g = nx.node_link_graph(data)
assert g.is_directed()
assert g.number_of_nodes() == len(data["nodes"]) == data["graph"]["nodes"]
assert g.number_of_edges() == len(data["links"]) == data["graph"]["links"]
pr = nx.pagerank(g, alpha=0.85, weight="weight", tol=1e-12, max_iter=10000)
for n in data["nodes"]:
    assert g.in_degree(n["id"]) == n["in_degree"], n["id"]
    assert g.out_degree(n["id"]) == n["out_degree"], n["id"]
    assert abs(pr[n["id"]] - n["pagerank"]) < 1e-9, (n["id"], pr[n["id"]], n["pagerank"])
print("networkx agrees on", g.number_of_nodes(), "nodes")
