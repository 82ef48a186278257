"""The ego network of S/RES/1373 (2001) in the seed, depth 2, resolutions and bodies:
1373 <- 1456 and the CTC (depth 1); what 1456 cites and mentions (depth 2) except the
conventions. Checks graph.json, graph.dot, graph.svg and layout.json against each other."""
import json, re, sys

out = sys.argv[1]
g = json.load(open(out + "/graph.json"))
ids = {n["id"] for n in g["nodes"]}
want = {"S/RES/1267 (1999)", "S/RES/1363 (2001)", "S/RES/1373 (2001)", "S/RES/1390 (2002)",
        "S/RES/1455 (2003)", "S/RES/1456 (2003)", "counter-terrorism-committee",
        "monitoring-group-1363", "secretary-general", "security-council", "united-nations"}
assert ids == want, ids ^ want
meta = g["graph"]["metrics_graph"]
assert meta["graph"] == "selection" and meta["whole_graph"] == {"nodes": 16, "links": 17}, meta
assert meta["selection"] == ("kinds resolution,body; focus S/RES/1373 (2001) depth 2 "
                             "direction both"), meta["selection"]
assert meta["nodes"] == 11 and meta["links"] == 12 == len(g["links"]), meta
assert g["graph"]["nodes"] == 11 and g["graph"]["links"] == 12
# metrics of the selection itself: 1456 cites or mentions 10 of its nodes (15 in the whole
# graph, with the 5 conventions); every degree is that of the links in the file
out_deg = {i: 0 for i in ids}
in_deg = {i: 0 for i in ids}
for l in g["links"]:
    out_deg[l["source"]] += 1
    in_deg[l["target"]] += 1
assert [n["out_degree"] for n in g["nodes"] if n["id"] == "S/RES/1456 (2003)"] == [10]
assert all(n["out_degree"] == out_deg[n["id"]] and n["in_degree"] == in_deg[n["id"]]
           for n in g["nodes"])
assert abs(sum(n["pagerank"] for n in g["nodes"]) - 1) < 1e-9

dot = open(out + "/graph.dot", encoding="utf-8").read()
assert dot.count("class=resolution") == 6 and dot.count("class=body") == 5
assert '"cluster_Security Council"' in dot and "rank=same" in dot and 'ID="legend"' in dot

svg = open(out + "/graph.svg", encoding="utf-8").read()
assert len(re.findall(r'class="node (resolution|body)"', svg)) == 11
assert len(re.findall(r'class="edge (cites|mentions|established_by)"', svg)) == 12
assert len(re.findall(r'xlink:href="https://undocs.org/S/RES/\d+\(\d+\)"', svg)) == 6

lay = json.load(open(out + "/layout.json"))
assert {n["id"] for n in lay["nodes"]} == want
for n in lay["nodes"]:
    assert 0 <= n["x"] <= lay["width"] and 0 <= n["y"] <= lay["height"], n
    assert n["width"] > 0 and n["height"] > 0
assert len(lay["links"]) == 12
for e in lay["links"]:
    assert len(e["points"]) >= 4 and all(len(p) == 2 for p in e["points"]), e
# the year rows: 1267 (1999) left of 1373 (2001), left of 1456 (2003); same row, same x
x = {n["id"]: n["x"] for n in lay["nodes"]}
assert x["S/RES/1267 (1999)"] < x["S/RES/1373 (2001)"] < x["S/RES/1456 (2003)"]
assert x["S/RES/1373 (2001)"] == x["S/RES/1363 (2001)"]
assert x["S/RES/1455 (2003)"] == x["S/RES/1456 (2003)"]
