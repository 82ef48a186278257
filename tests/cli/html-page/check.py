"""graph.html is one self-contained page: no external script, style, image or frame; the
data inside is graph.json's nodes and links; --link-lang and --size reach the page."""
import json
import os
import re
import sys

d = sys.argv[1]
g = json.load(open(os.path.join(d, "graph.json"), encoding="utf-8"))
page = open(os.path.join(d, "graph.html"), encoding="utf-8").read()
assert page.startswith("<!DOCTYPE html>\n<html lang=\"fr\">"), page[:40]
assert page.endswith("</html>\n")
tags = re.findall(r"<(script|link|img|iframe)\b([^>]*)>", page)
assert not [t for t in tags if re.search(r"\b(src|href)\s*=", t[1])], tags
m = re.search(r'<script id="unxref-data" type="application/json">(.*?)</script>', page, re.S)
data = json.loads(m.group(1))
assert [n["i"] for n in data["nodes"]] == [n["id"] for n in g["nodes"]]
idx = {n["id"]: i for i, n in enumerate(g["nodes"])}
assert [l[:2] for l in data["links"]] == [[idx[l["source"]], idx[l["target"]]] for l in g["links"]]
assert data["lang"] == "fr" and data["size"] == "in_degree", (data["lang"], data["size"])
cc = [n for n in data["nodes"] if n["i"] == "counter-terrorism-committee"][0]
assert cc["n"]["fr"] == "Comité contre le terrorisme", cc["n"]
assert [n for n in data["nodes"] if n["i"] == "S/RES/1373 (2001)"][0]["u"] == \
    "https://undocs.org/S/RES/1373(2001)"
print("graph.html: %d nodes, %d links, self-contained" % (len(data["nodes"]), len(data["links"])))
