#!/usr/bin/env python3
"""Recomputes, from `unxref extract` output, the entities a cross-language graph leaves
out (src/crosslang.h) and compares them with graph.json's graph.cross_language. The ids
the alignment of the versions replaced (graph.cross_language.alignment.aligned) are
replaced first, as the graph did.
Usage: crosslang_check.py EXTRACT.json GRAPH.json   (exit 0 when they agree)"""
import collections
import json
import sys


def one_language_entities(extract, aligned):
    node_langs = collections.defaultdict(set)     # input node -> languages read
    cited = collections.defaultdict(set)          # target -> languages of citing docs
    citers = collections.defaultdict(set)         # target -> citing nodes
    weight = collections.defaultdict(int)         # (citer, target) -> max count
    for d in extract["documents"]:
        src = d["symbol"] or "file:" + d["path"]
        node_langs[src].add(d["language"])
        counts = collections.Counter(
            aligned.get((d["symbol"], d["language"], m["id"]), m["id"]) for m in d["mentions"]
            if m.get("id") and not m.get("ambiguous") and not m.get("editorial"))
        for t, n in counts.items():
            if t == src:
                continue
            cited[t].add(d["language"])
            citers[t].add(src)
            weight[src, t] = max(weight[src, t], n)
    out = {}
    for t, langs in cited.items():
        if t in node_langs or not t.startswith("unknown:") or len(langs) != 1:
            continue
        if all(node_langs.get(c, set()) - langs for c in citers[t]):
            out[t] = (next(iter(langs)), len(citers[t]), sum(weight[c, t] for c in citers[t]))
    return out


def main():
    extract = json.load(open(sys.argv[1]))
    graph = json.load(open(sys.argv[2]))
    x = graph["graph"]["cross_language"]
    aligned = {(a["symbol"], a["language"], a["id"]): a["to"]
               for a in x.get("alignment", {}).get("aligned", [])}
    want = one_language_entities(extract, aligned)
    got = {e["id"]: (e["language"], e["documents"], e["mentions"])
           for e in x["one_language_entities"]}
    ids = {n["id"] for n in graph["nodes"]}
    print(f"python: {len(want)} entities, {sum(v[2] for v in want.values())} mentions; "
          f"graph.json: {x['one_language_dropped']} dropped, "
          f"{x['one_language_dropped_mentions']} mentions")
    bad = 0
    for t in sorted(set(want) | set(got)):
        if want.get(t) != got.get(t):
            print(f"differs: {t}: python {want.get(t)}, graph.json {got.get(t)}")
            bad += 1
    left = [t for t in want if t in ids]
    if left:
        print(f"{len(left)} of them still nodes of the graph, e.g. {left[0]}")
    return 1 if bad or (left and x["one_language_kept"] == 0) else 0


if __name__ == "__main__":
    sys.exit(main())
