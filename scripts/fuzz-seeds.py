#!/usr/bin/env python3
"""Builds the fuzzers' seed corpora (not committed): pieces of data/texts, of a small
fixed sample of ../shared/corpus (the first files of each folder in each language) and
of data/gazetteer.tsv, plus the hand-made seeds in fuzz/seeds/. Each piece is a run of
whole lines of at most --max-len bytes. For fuzz_extract the first byte of a seed chooses
the language (0 = auto, 1..6 = ar zh en fr ru es, as in lang_codes); for fuzz_normalize
it chooses the flags.

usage: fuzz-seeds.py OUTDIR [--corpus DIR] [--per-folder N] [--max-len BYTES]"""
import argparse
import hashlib
import os
import sys

LANGS = ["ar", "zh", "en", "fr", "ru", "es"]


def pieces(data, max_len, limit):
    """Up to limit runs of whole lines, each at most max_len bytes."""
    out, cur = [], b""
    for line in data.splitlines(keepends=True):
        if len(cur) + len(line) > max_len and cur:
            out.append(cur)
            cur = b""
            if len(out) >= limit:
                return out
        cur += line[:max_len]
    if cur and len(out) < limit:
        out.append(cur)
    return out


def save(outdir, name, blob):
    os.makedirs(outdir, exist_ok=True)
    h = hashlib.sha1(blob).hexdigest()[:16]
    with open(os.path.join(outdir, f"{name}-{h}"), "wb") as f:
        f.write(blob)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("--corpus", default="../shared/corpus")
    ap.add_argument("--per-folder", type=int, default=2)
    ap.add_argument("--max-len", type=int, default=3000)
    a = ap.parse_args()

    texts = []  # (lang index or 0, bytes)
    seed_dir = "data/texts"
    for name in sorted(os.listdir(seed_dir)):
        texts.append((name, open(os.path.join(seed_dir, name), "rb").read()))
    if os.path.isdir(a.corpus):
        for folder in sorted(os.listdir(a.corpus)):
            path = os.path.join(a.corpus, folder)
            if not os.path.isdir(path):
                continue
            names = sorted(n for n in os.listdir(path) if n.endswith(".txt"))
            for lang in LANGS:
                for name in [n for n in names if n.endswith(f".{lang}.txt")][: a.per_folder]:
                    texts.append((name, open(os.path.join(path, name), "rb").read()))
    else:
        print(f"fuzz-seeds: {a.corpus} not found, seeds from data/ only", file=sys.stderr)

    count = 0
    for name, data in texts:
        lang = name.rsplit(".", 2)[-2] if name.count(".") >= 2 else ""
        sel = LANGS.index(lang) + 1 if lang in LANGS else 0
        for i, p in enumerate(pieces(data, a.max_len, 4)):
            save(os.path.join(a.outdir, "extract"), "corpus", bytes([sel if i % 2 else 0]) + p)
            save(os.path.join(a.outdir, "normalize"), "corpus", bytes([i % 2]) + p)
            count += 1
    gaz = open("data/gazetteer.tsv", "rb").read().splitlines(keepends=True)
    for i in range(2, len(gaz), 40):
        save(os.path.join(a.outdir, "gazetteer"), "gaz", b"".join(gaz[i : i + 3]))
    for target in sorted(os.listdir(os.path.join("fuzz", "seeds"))):
        hand = os.path.join("fuzz", "seeds", target)
        if os.path.isdir(hand):
            for name in sorted(os.listdir(hand)):
                save(os.path.join(a.outdir, target), "hand",
                     open(os.path.join(hand, name), "rb").read())
    print(f"fuzz-seeds: {count} text pieces from {len(texts)} files into {a.outdir}")


if __name__ == "__main__":
    main()
