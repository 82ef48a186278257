#!/usr/bin/python3
"""Pick the documents whose bodies and conventions are hand-listed in tests/names/<lang>/.

Reproducible: a fixed seed over a sorted pool. The pool is every symbol of the four six-language
folders of ../shared/corpus (unxml-sc-res, unxml-ga78, unxml-hrc, unxml-ecosoc2024; folders mixed)
that exists in all six languages and whose English text is at most --max-chars characters long (so
that every fixture can be read in full by a person; the cap is the one bias of the sample). The
shuffled pool is dealt out 10 distinct symbols per language, in the order ar zh en fr es ru.

With --all-langs N the first N symbols of the shuffled pool are printed instead, each in all six
languages (`<symbol-file-stem>\t<folder>`): the documents of the entity gold (tests/entities/),
where every language version of a document is read.

Usage: /usr/bin/python3 scripts/pick_fixture_docs.py [--corpus ../shared/corpus] [--seed 3]
           [--per-lang 10] [--max-chars 7000] [--all-langs N]
Prints one line per pick: `<lang>\t<folder>/<file>`.
"""
import argparse
import os
import random

FOLDERS = ("unxml-sc-res", "unxml-ga78", "unxml-hrc", "unxml-ecosoc2024")
LANGS = ("ar", "zh", "en", "fr", "es", "ru")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=os.path.join(here, "..", "..", "shared", "corpus"))
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--per-lang", type=int, default=10)
    ap.add_argument("--max-chars", type=int, default=7000)
    ap.add_argument("--all-langs", type=int, default=0)
    a = ap.parse_args()
    pool = []
    for folder in FOLDERS:
        d = os.path.join(a.corpus, folder)
        names = set(os.listdir(d))
        for n in sorted(names):
            if not n.endswith(".en.txt"):
                continue
            stem = n[: -len(".en.txt")]
            if not all(f"{stem}.{l}.txt" in names for l in LANGS):
                continue
            with open(os.path.join(d, n), encoding="utf-8") as f:
                if len(f.read()) > a.max_chars:
                    continue
            pool.append((folder, stem))
    rng = random.Random(a.seed)
    rng.shuffle(pool)
    if a.all_langs:
        for folder, stem in pool[:a.all_langs]:
            print(f"{stem}\t{folder}")
        return
    for i, lang in enumerate(LANGS):
        for folder, stem in pool[i * a.per_lang:(i + 1) * a.per_lang]:
            print(f"{lang}\t{folder}/{stem}.{lang}.txt")


if __name__ == "__main__":
    main()
