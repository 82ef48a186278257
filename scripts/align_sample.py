#!/usr/bin/env python3
"""Draws a seeded random sample of the ids the alignment of the language versions replaced
(graph.cross_language.alignment.aligned of graph.json files, src/crosslang.h), to be read by
hand: the document, the id replaced and its language, the id given and the label of that node.
Usage: align_sample.py [--seed N] [--n N] GRAPH.json...   (the figures in docs/eval.md)"""
import argparse
import json
import random


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("graphs", nargs="+")
    a = ap.parse_args()
    pairs = []
    for path in a.graphs:
        g = json.load(open(path, encoding="utf-8"))
        label = {n["id"]: n.get("name") or n["label"] for n in g["nodes"]}
        for p in g["graph"]["cross_language"]["alignment"]["aligned"]:
            pairs.append((p["symbol"], p["language"], p["id"], p["other_language"], p["to"],
                          label.get(p["to"], "")))
    pairs.sort(key=lambda p: (p[0], p[1], p[2], p[4]))
    print(f"{len(pairs)} ids replaced in {len(a.graphs)} graphs; sample of {min(a.n, len(pairs))} "
          f"(seed {a.seed})")
    for i, p in enumerate(random.Random(a.seed).sample(pairs, min(a.n, len(pairs))), 1):
        print(f"{i:2}  {p[0]}  {p[1]} {p[2]}  ->  {p[3]} {p[4]}  ({p[5]})")


if __name__ == "__main__":
    main()
