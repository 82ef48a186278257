"""check_formats: graph.cyjs, graph.net and the VOSviewer map and network files read by
their formats' rules and compared with graph.json of the same run; then loaded by the
readers on the machine (networkx.read_pajek, networkx.cytoscape_graph).

usage: check_formats.py DIR NODE_MODULES   (exit 1 on the first difference, with what differs)
NODE_MODULES holds cytoscape (make deps installs it into build/npm/node_modules).
"""
import csv
import json
import math
import os
import subprocess
import sys
from collections import Counter, defaultdict

import networkx as nx


def fail(msg):
    sys.exit("check_formats: " + msg)


def same(a, b):
    return a == b or (isinstance(a, float) and isinstance(b, (int, float)) and
                      math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-300))


def pajek(path, g):
    """*Vertices N, then N lines `i "label"` numbered 1..N, *Arcs, then `i j weight`"""
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\r\n")
    if lines[-1] != "":
        fail("%s: does not end with CRLF" % path)
    lines.pop()
    head = lines[0].split()
    if head[0] != "*Vertices" or int(head[1]) != len(g["nodes"]):
        fail("%s:1: want *Vertices %d, not %r" % (path, len(g["nodes"]), lines[0]))
    n = int(head[1])
    ids = []
    for k, line in enumerate(lines[1:n + 1], 2):
        num, _, rest = line.partition(" ")
        if int(num) != k - 1 or not (rest.startswith('"') and rest.endswith('"')) or '"' in rest[1:-1]:
            fail("%s:%d: not a vertex line: %r" % (path, k, line))
        ids.append(rest[1:-1])
    if ids != [v["id"] for v in g["nodes"]]:
        fail("%s: vertex labels are not graph.json's ids in order" % path)
    if lines[n + 1] != "*Arcs":
        fail("%s:%d: want *Arcs, not %r" % (path, n + 2, lines[n + 1]))
    arcs = Counter()
    for k, line in enumerate(lines[n + 2:], n + 3):
        s, t, w = line.split(" ")
        if not (1 <= int(s) <= n and 1 <= int(t) <= n):
            fail("%s:%d: vertex number out of range: %r" % (path, k, line))
        arcs[(ids[int(s) - 1], ids[int(t) - 1], float(w))] += 1
    want = Counter((l["source"], l["target"], float(l["weight"])) for l in g["links"])
    if arcs != want:
        fail("%s: arcs differ from graph.json's links: %s" % (path, list((arcs ^ want).items())[:3]))
    G = nx.read_pajek(path)
    if G.number_of_nodes() != n or G.number_of_edges() != len(g["links"]):
        fail("networkx.read_pajek(%s): %d nodes, %d edges, want %d, %d" % (
            path, G.number_of_nodes(), G.number_of_edges(), n, len(g["links"])))
    print("pajek: %d vertices, %d arcs; networkx.read_pajek agrees" % (n, len(g["links"])))


def vosviewer(map_path, net_path, g):
    """map: a header row, tab-separated; ids 1..N; clusters positive; weights numbers >= 0;
    network: `id<TAB>id<TAB>strength`, no header, one line per (undirected) pair"""
    cols = ["id", "label", "description", "url", "cluster", "weight<Citations>",
            "weight<PageRank>", "score<Year>"]
    with open(map_path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    if rows[0] != cols:
        fail("%s:1: header %r" % (map_path, rows[0]))
    nodes = g["nodes"]
    if len(rows) - 1 != len(nodes):
        fail("%s: %d items, want %d" % (map_path, len(rows) - 1, len(nodes)))
    for k, (r, v) in enumerate(zip(rows[1:], nodes), 2):
        if len(r) != len(cols) or int(r[0]) != k - 1:
            fail("%s:%d: %d fields, id %r" % (map_path, k, len(r), r[0]))
        want = {"label": v["label"], "cluster": str(v["community"] + 1) if v["community"] >= 0 else "",
                "weight<Citations>": v["in_degree"], "score<Year>": v["year"] or ""}
        got = {"label": r[1], "cluster": r[4], "weight<Citations>": int(r[5]),
               "score<Year>": int(r[7]) if r[7] else ""}
        if got != want or not same(float(r[6]), v["pagerank"]) or float(r[6]) < 0:
            fail("%s:%d: %r, want %r" % (map_path, k, got, want))
        if v["kind"] == "resolution" and not r[3].startswith("https://undocs.org/"):
            fail("%s:%d: no undocs.org url" % (map_path, k))
    index = {v["id"]: i + 1 for i, v in enumerate(nodes)}
    want = defaultdict(float)
    for l in g["links"]:
        a, b = sorted((index[l["source"]], index[l["target"]]))
        if a != b:
            want[(a, b)] += l["weight"]
    got = {}
    with open(net_path, encoding="utf-8") as f:
        for k, line in enumerate(f, 1):
            a, b, w = line.rstrip("\n").split("\t")
            key = (int(a), int(b))
            if key in got or float(w) <= 0 or not key[0] < key[1] <= len(nodes):
                fail("%s:%d: %r" % (net_path, k, line))
            got[key] = float(w)
    if got != dict(want):
        fail("%s: links differ from graph.json's (pairs summed)" % net_path)
    print("vosviewer: %d items, %d links" % (len(nodes), len(got)))


def cyjs(path, g):
    """Cytoscape.js elements: nodes' data.id unique, edges' source and target among them,
    every attribute as graph.json has it"""
    c = json.load(open(path, encoding="utf-8"))
    ns, es = c["elements"]["nodes"], c["elements"]["edges"]
    if [n["data"]["id"] for n in ns] != [v["id"] for v in g["nodes"]]:
        fail("%s: node ids are not graph.json's" % path)
    for n, v in zip(ns, g["nodes"]):
        for k, x in n["data"].items():
            y = v["id"] if k == "value" else ",".join(v[k]) if k == "languages" else v[k]
            if not same(x, y):
                fail("%s: node %s: %s is %r, graph.json %r" % (path, v["id"], k, x, y))
    got = [(e["data"]["source"], e["data"]["target"], e["data"]["type"], e["data"]["weight"]) for e in es]
    want = [(l["source"], l["target"], l["type"], l["weight"]) for l in g["links"]]
    if got != want or len({e["data"]["id"] for e in es} | {n["data"]["id"] for n in ns}) != len(es) + len(ns):
        fail("%s: edges differ from graph.json's links, or ids repeat" % path)
    G = nx.cytoscape_graph(c)
    if G.number_of_nodes() != len(ns) or G.number_of_edges() != len(es) or not G.is_directed():
        fail("networkx.cytoscape_graph(%s): %d nodes, %d edges" % (path, G.number_of_nodes(), G.number_of_edges()))
    print("cyjs: %d nodes, %d edges; networkx.cytoscape_graph agrees" % (len(ns), len(es)))
    here = os.path.dirname(os.path.abspath(__file__))
    if subprocess.call(["node", os.path.join(here, "load_cyjs.js"), sys.argv[2], path,
                        str(len(ns)), str(len(es))]) != 0:
        fail("Cytoscape.js did not load %s as graph.json says" % path)


def main():
    d = sys.argv[1]
    if not os.path.isfile(os.path.join(sys.argv[2], "cytoscape", "package.json")):
        fail("no cytoscape in %s: run make deps (scripts/install-deps.sh)" % sys.argv[2])
    g = json.load(open(os.path.join(d, "graph.json"), encoding="utf-8"))
    pajek(os.path.join(d, "graph.net"), g)
    vosviewer(os.path.join(d, "vosviewer_map.txt"), os.path.join(d, "vosviewer_network.txt"), g)
    cyjs(os.path.join(d, "graph.cyjs"), g)
    print("formats: 1 passed, 0 failed")


if __name__ == "__main__":
    main()
