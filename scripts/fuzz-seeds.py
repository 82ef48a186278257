#!/usr/bin/env python3
"""Builds the fuzzers' seed corpora (not committed): pieces of data/texts, of a small
fixed sample of ../shared/corpus (the first files of each folder in each language) and
of data/gazetteer.tsv, plus the hand-made seeds in tests/fuzz/seeds/. Each piece is a run of
whole lines of at most --max-len bytes. For fuzz_extract the first byte of a seed chooses
the language (0 = auto, 1..6 = ar zh en fr ru es, as in lang_codes); for fuzz_normalize
it chooses the flags.

With --dense BYTES it also writes, for fuzz_extract and fuzz_normalize, structured dense
inputs of that size: reference lists of every language repeated on one line and mixed
(keyword-led lists, organ names, short forms, numbers in names, zh and ar forms, Arabic-Indic
and full-width digits), the class of input whose time was quadratic in the mentions (issue 15).

usage: fuzz-seeds.py OUTDIR [--corpus DIR] [--per-folder N] [--max-len BYTES] [--dense BYTES]"""
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


DENSE_FORMS = [
    "resolution 1373 (2001) ",
    "The Council recalls its resolutions 1267 (1999), 1373 (2001) and 1390 (2002); ",
    "Human Rights Council resolution 5/1 and resolution 7/34 ",
    "resolution 1373 (2001) and the said resolution ",
    "the 1267 Committee and the 1540 Committee ",
    "General Assembly resolution 60/288, E/RES/1996/31, S/RES/1373(2001) ",
    "la résolution 46/182 de l'Assemblée générale et ses résolutions 10/11, 15/12 ",
    "резолюции Совета по правам человека 35/17 и 36/5 ",
    "安理会第1373(2001)号、第1390(2002)号和第1455(2003)号决议；",
    "第１３７３（２００１）号决议，",
    "القرارين ١٢٦٧ (١٩٩٩) و١٣٣٣ (٢٠٠٠) ",
    "قرار الجمعية العامة 76/6 ",
]


def dense(size, forms, mixed):
    """One line of about size bytes: the forms in turn (mixed) or the first repeated."""
    out, i = [], 0
    total = 0
    while total < size:
        f = (forms[i % len(forms)] if mixed else forms[0]).encode()
        out.append(f)
        total += len(f)
        i += 1
    return b"".join(out)[:size].decode("utf-8", "ignore").encode() + b"\n"


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
    ap.add_argument("--dense", type=int, default=0)
    a = ap.parse_args()
    if a.dense:
        for k, form in enumerate(DENSE_FORMS):
            blob = dense(a.dense, [form], False)
            save(os.path.join(a.outdir, "extract"), "dense", bytes([0]) + blob)
            save(os.path.join(a.outdir, "normalize"), "dense", bytes([k % 2]) + blob)
        save(os.path.join(a.outdir, "extract"), "dense-mixed", bytes([0]) + dense(a.dense, DENSE_FORMS, True))

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
    for target in sorted(os.listdir(os.path.join("tests", "fuzz", "seeds"))):
        hand = os.path.join("tests", "fuzz", "seeds", target)
        if os.path.isdir(hand):
            for name in sorted(os.listdir(hand)):
                save(os.path.join(a.outdir, target), "hand",
                     open(os.path.join(hand, name), "rb").read())
    print(f"fuzz-seeds: {count} text pieces from {len(texts)} files into {a.outdir}")


if __name__ == "__main__":
    main()
