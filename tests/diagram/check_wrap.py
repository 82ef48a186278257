#!/usr/bin/env python3
"""A label without spaces in Chinese is wrapped in graph.dot: between two CJK characters,
never before 、 or another closing mark, lines of at most about 24 columns (a CJK character
is two), and no line of one character; the lines joined give the name of graph.json."""
import json, re, sys, unicodedata

d = sys.argv[1]
names = {n["id"]: n["label"] for n in json.load(open(d + "/graph.json"))["nodes"]}
dot = open(d + "/graph.dot", encoding="utf-8").read()
cjk = [n for n in names.values() if re.search("[\u4e00-\u9fff]", n) and len(n) > 12]
if not cjk:
    sys.exit("check_wrap: no long Chinese label in graph.json")
for name in cjk:
    drawn = [(q or bare).split("\\n")  # a label without quotes when DOT needs none
             for q, bare in re.findall(r'label=(?:"([^"]*)"|([^\s,\]";]+))', dot)]
    lines = next((l for l in drawn if "".join(l) == name), None)
    if lines is None or len(lines) < 2:
        sys.exit(f"check_wrap: {name!r} not drawn in lines: {lines!r}")
    for line in lines:
        width = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)
        if width > 26 or len(line) < 2 or unicodedata.category(line[0]) in ("Po", "Pe", "Pf", "Pd"):
            sys.exit(f"check_wrap: bad line {line!r} in {lines!r}")
print("check_wrap: ok")
