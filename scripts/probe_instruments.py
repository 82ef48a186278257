#!/usr/bin/python3
"""The instrument-name probe of issue 17: how many capitalized instrument names does
`unxref extract` cover with a convention mention?

A probe name is a capitalized run of words headed by Convention, Covenant, Protocol, Treaty,
Statute or Agreement, followed by on/of/for/against/relating to and a capitalized complement
(capitalized words joined by the, of, and, on, in, to, for, against, from, at, with, by, its,
their, between, concerning, relating to). A name is covered when a `convention` mention of
the same document overlaps its span. The probe is deliberately crude: its own false hits
(e.g. "Agreement of the Parties", a clause that merely starts with "Protocol of") are listed
with --misses so they can be read.

Usage: scripts/probe_instruments.py [--unxref ./unxref] [--misses N] DIR|FILE...
   (the English files *.en.txt of the given folders)
Prints `probe: N names, M covered (P %)`. Exit 0; 2 when unxref cannot run.
"""
import json
import os
import re
import subprocess
import sys
from collections import Counter

HEAD = r"(?:Convention|Covenant|Protocol|Treaty|Statute|Agreement)s?"
CAP = r"(?:[A-Z][\w’'\-]*|\d{4})"
LINK = r"(?:the|of|and|on|in|to|for|against|from|at|with|by|its|their|between|concerning|relating to)"
PROBE = re.compile(rf"(?:{CAP}\s+)*{HEAD}\s+(?:on|of|for|against|relating to)\s+(?:the\s+)?"
                   rf"{CAP}(?:[ \t]+(?:{LINK}[ \t]+)*{CAP})*")


def files_of(paths):
    out = []
    for p in paths:
        if os.path.isdir(p):
            for root, _, names in os.walk(p):
                out += [os.path.join(root, n) for n in names if n.endswith(".en.txt")]
        else:
            out.append(p)
    return sorted(out)


def main():
    args = sys.argv[1:]
    unxref, misses = "./unxref", 0
    if "--unxref" in args:
        i = args.index("--unxref"); unxref = args[i + 1]; del args[i:i + 2]
    if "--misses" in args:
        i = args.index("--misses"); misses = int(args[i + 1]); del args[i:i + 2]
    files = files_of(args)
    if not files:
        sys.exit("probe: no *.en.txt files given")
    try:
        out = subprocess.run([unxref, "extract", "-q", "--lang", "en"] + files,
                             capture_output=True, check=False)
        docs = json.loads(out.stdout)["documents"]
    except (OSError, ValueError, KeyError) as e:
        print(f"probe: cannot run {unxref}: {e}", file=sys.stderr)
        return 2
    spans = {}
    for d in docs:
        spans[d["path"]] = [(m["start"], m["end"]) for m in d["mentions"]
                            if m["kind"] == "convention"]
    total = covered = 0
    missed = Counter()
    for f in files:
        text = open(f, encoding="utf-8").read()
        raw = text.encode("utf-8")
        conv = spans.get(f, [])
        for m in PROBE.finditer(text):
            s = len(text[:m.start()].encode("utf-8"))
            e = s + len(m.group(0).encode("utf-8"))
            total += 1
            if any(a < e and s < b for a, b in conv):
                covered += 1
            else:
                missed[re.sub(r"\s+", " ", m.group(0))] += 1
        del raw
    pct = 100.0 * covered / total if total else 0.0
    print(f"probe: {total} names, {covered} covered ({pct:.1f} %)")
    for name, n in missed.most_common(misses):
        print(f"{n}\t{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
