#!/usr/bin/python3
"""A seeded random sample of the open class's hits (src/openclass.c) for reading by hand.

Runs `unxref extract` on the files of one language in the given folders and keeps the
names the open class found: convention/body mentions with an `unknown:` id and a head
class in `type`, not short forms (--short: the resolved short forms instead). Prints N of
them drawn with the seed, each with the text around it, numbered, so that a reader marks
each as a real instrument/body name or not (docs/eval.md gives the rules and the counts).
The output quotes corpus text: write it under build/, never into the repository.

Usage: scripts/sample_openclass.py [--unxref ./unxref] [--n 100] [--seed 17] [--short]
          --lang L DIR...
Exit 0; 2 when unxref cannot run or no file is given.
"""
import argparse
import json
import os
import random
import subprocess
import sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--unxref", default="./unxref")
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--lang", required=True)
    ap.add_argument("--short", action="store_true")
    ap.add_argument("dirs", nargs="+")
    a = ap.parse_args()
    files = sorted(os.path.join(d, f) for d in a.dirs for f in os.listdir(d)
                   if f.endswith(f".{a.lang}.txt"))
    if not files:
        print("sample_openclass: no files", file=sys.stderr)
        return 2
    try:
        out = subprocess.run([a.unxref, "extract", "-q", "--lang", a.lang] + files,
                             capture_output=True, check=False)
        docs = json.loads(out.stdout)["documents"]
    except (OSError, ValueError, KeyError) as e:
        print(f"sample_openclass: cannot run {a.unxref}: {e}", file=sys.stderr)
        return 2
    hits = []
    for d in docs:
        for m in d["mentions"]:
            if m["kind"] not in ("convention", "body"):
                continue
            short = bool(m.get("short_form"))
            if a.short != short:
                continue
            if not short and (not (m["id"] or "").startswith("unknown:") or not m.get("type")):
                continue
            hits.append((d["path"], m))
    random.Random(a.seed).shuffle(hits)
    print(f"# {len(hits)} hits, {min(a.n, len(hits))} drawn (seed {a.seed}, lang {a.lang})")
    for i, (path, m) in enumerate(hits[:a.n], 1):
        raw = open(path, "rb").read()
        before = raw[max(0, m["start"] - 80):m["start"]].decode("utf-8", "replace")
        after = raw[m["end"]:m["end"] + 50].decode("utf-8", "replace")
        ctx = " ".join(f"{before}[[{m['text']}]]{after}".split())
        print(f"{i}\t{m['kind']}\t{m['id']}\t{os.path.basename(path)}\n\t{ctx}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
