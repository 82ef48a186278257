#!/usr/bin/python3
"""Check data/gazetteer.tsv (format: data/GAZETTEER.md).

Checks: 14 TAB-separated columns (id … ar, de); id `[a-z0-9-]+` and unique; kind/type from the
documented lists; year 4 digits or `-` and not in the future; established_by a UN resolution
symbol or `-`; an English name; a source (where the names were taken from); rows sorted by kind
then id; no empty alias and no alias written twice in one language of an entry; no alias (folded: case-,
accent- and whitespace-insensitive, straight/curly apostrophes alike) listed under two entries;
no alias made only of a generic head word ("Convention", "委员会", "the Committee": those are
short forms, resolved in context, never registry names).
Prints a count of entries per kind and type and per language with at least one alias.

With --evidence CORPUS (e.g. ../shared/corpus) it also counts, per language, the aliases found
verbatim (folded) in that language's texts (*.LANG.txt) and lists with --evidence-list the
non-English aliases of rows whose source claims the corpus (`corpus`) that are not found there.

Usage: /usr/bin/python3 scripts/check_gazetteer.py [--stats] [--evidence CORPUS [--evidence-list]] [FILE]
Prints `unxref: FILE:LINE: what is wrong` per problem; exit 0 valid, 1 problems found.
"""
import collections
import datetime
import os
import re
import sys
import unicodedata

TYPES = {
    "body": set("principal-organ subsidiary-body committee sanctions-committee working-group panel "
                "monitoring-group mission agency fund-programme court tribunal treaty-body office organization "
                "post other".split()),
    "convention": set("treaty protocol charter declaration agreement statute draft".split()),
}


NCOLS = 14
LANGS = ("zh", "en", "fr", "es", "ru", "ar", "de")
# a head word alone is a short form, not a name
THIS_YEAR = datetime.date.today().year
SYMBOL = re.compile(r"(S/RES/\d+ \(\d{4}\)|A/RES/\d+ \((ES-|S-)?[IVXLC]+\)|A/RES/(ES-|S-)?\d+/\d+|"
                    r"A/HRC/RES/(S-)?\d+/\d+|E/RES/\d{4}/\d+|E/RES/\d+ \([IVXLC]+\))( [A-Z](-[A-Z])?)?")


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("’", "'").replace("‘", "'").replace("\u2011", "-")
    return re.sub(r"\s+", "", s.casefold())


GENERIC_WORDS = {fold(w) for w in (
    "Convention", "Conventions", "the Convention", "Treaty", "the Treaty", "Protocol",
    "the Protocol", "Agreement", "the Agreement", "Covenant", "the Covenants", "Charter",
    "Statute", "Declaration", "Committee", "the Committee", "Council", "the Council",
    "Commission", "Panel", "the Panel", "Mission", "the Mission", "Working Group", "Office",
    "公约", "该公约", "条约", "议定书", "协定", "委员会", "理事会", "特派团", "专家小组",
    "la Convention", "ladite Convention", "le Comité", "la Commission", "la Mission",
    "la Convención", "el Comité", "la Misión", "Конвенция", "Конвенции", "Комитет", "Комитета",
    "Миссия", "الاتفاقية", "اللجنة", "البعثة", "das Übereinkommen", "der Ausschuss")}


def evidence(path, corpus, listing):
    """Per language: aliases found verbatim (folded) in the corpus texts of that language."""
    import glob
    found = collections.Counter()
    total = collections.Counter()
    missing = []
    blobs = {}
    for lang in LANGS:
        files = sorted(glob.glob(os.path.join(corpus, "*", f"*.{lang}.txt")))
        blobs[lang] = "\n".join(fold(open(f, encoding="utf-8", errors="replace").read())
                                 for f in files)
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            c = line.rstrip("\n").split("\t")
            for lang, col in zip(LANGS, c[7:]):
                for alias in ([] if col == "-" else col.split("|")):
                    total[lang] += 1
                    if fold(alias) in blobs[lang]:
                        found[lang] += 1
                    elif lang != "en" and "corpus" in c[6]:
                        missing.append(f"{c[0]}\t{lang}\t{alias}")
    for lang in LANGS:
        print(f"evidence {lang}: {found[lang]} of {total[lang]} aliases found in {corpus}")
    if listing:
        for m in missing:
            print("not in corpus\t" + m)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    argv = sys.argv[1:]
    corpus = None
    if "--evidence" in argv:
        i = argv.index("--evidence")
        corpus = argv[i + 1]
        del argv[i:i + 2]
    args = [a for a in argv if not a.startswith("--")]
    path = args[0] if args else os.path.join(here, "..", "data", "gazetteer.tsv")
    errors = []
    seen_ids = {}
    owner = {}
    prev = None
    counts = collections.Counter()
    per_lang = collections.Counter()
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            c = line.split("\t")
            where = f"{path}:{n}"
            if len(c) != NCOLS:
                errors.append(f"{where}: {len(c)} columns, want {NCOLS}")
                continue
            eid, kind, typ, year = c[0], c[1], c[2], c[3]
            if not re.fullmatch(r"[a-z0-9-]+", eid):
                errors.append(f"{where}: bad id '{eid}'")
            if eid in seen_ids:
                errors.append(f"{where}: id '{eid}' already on line {seen_ids[eid]}")
            seen_ids[eid] = n
            if kind not in TYPES:
                errors.append(f"{where}: kind '{kind}' is not body or convention")
            elif typ not in TYPES[kind]:
                errors.append(f"{where}: type '{typ}' is not a {kind} type")
            if not re.fullmatch(r"\d{4}|-", year):
                errors.append(f"{where}: year '{year}' is not 4 digits or -")
            if prev and (kind, eid) < prev:
                errors.append(f"{where}: '{eid}' out of order (rows sorted by kind, then id)")
            prev = (kind, eid)
            if year.isdigit() and not 1800 <= int(year) <= THIS_YEAR + 1:
                errors.append(f"{where}: year {year} out of range")
            if c[4] != "-" and not SYMBOL.fullmatch(c[4]):
                errors.append(f"{where}: established_by '{c[4]}' is not a resolution symbol")
            if c[5] in ("", "-"):
                errors.append(f"{where}: no English name")
            if c[6].strip() in ("", "-"):
                errors.append(f"{where}: no source")
            counts[(kind, typ)] += 1
            for lang, col in zip(LANGS, c[7:]):
                mine = set()
                if col != "-":
                    per_lang[lang] += 1
                for alias in ([] if col == "-" else col.split("|")):
                    k = fold(alias)
                    if alias in mine:
                        errors.append(f"{where}: alias '{alias}' written twice")
                    mine.add(alias)
                    if k in GENERIC_WORDS:
                        errors.append(f"{where}: alias '{alias}' is a generic head word")
            for col in c[7:]:
                if col == "-":
                    continue
                for alias in col.split("|"):
                    if not alias.strip():
                        errors.append(f"{where}: empty alias")
                        continue
                    k = fold(alias)
                    if k in owner and owner[k] != eid:
                        errors.append(f"{where}: alias '{alias}' also belongs to '{owner[k]}'")
                    owner.setdefault(k, eid)
    if corpus:
        evidence(path, corpus, "--evidence-list" in argv)
    for e in errors:
        print(f"unxref: {e}")
    if "--stats" in sys.argv:
        for (kind, typ), n in sorted(counts.items()):
            print(f"{kind}\t{typ}\t{n}")
        print("languages: " + ", ".join(f"{l} {per_lang[l]}" for l in LANGS))
    print(f"gazetteer: {len(seen_ids)} entries, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
