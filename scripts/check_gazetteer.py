#!/usr/bin/python3
"""Check data/gazetteer.tsv (format: data/GAZETTEER.md).

Checks: 13 TAB-separated columns; id `[a-z0-9-]+` and unique; kind/type from the documented lists;
year 4 digits or `-`; rows sorted by kind then id; no empty alias; no alias (folded: case-,
accent- and whitespace-insensitive, straight/curly apostrophes alike) listed under two entries.

Usage: /usr/bin/python3 scripts/check_gazetteer.py [FILE]
Prints `unxref: FILE:LINE: what is wrong` per problem; exit 0 valid, 1 problems found.
"""
import os
import re
import sys
import unicodedata

TYPES = {
    "body": set("principal-organ subsidiary-body committee sanctions-committee working-group panel "
                "monitoring-group mission agency fund-programme court tribunal treaty-body office "
                "post other".split()),
    "convention": set("treaty protocol charter declaration agreement statute draft".split()),
}


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("’", "'").replace("‘", "'").replace("\u2011", "-")
    return re.sub(r"\s+", "", s.casefold())


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "data", "gazetteer.tsv")
    errors = []
    seen_ids = {}
    owner = {}
    prev = None
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            c = line.split("\t")
            where = f"{path}:{n}"
            if len(c) != 13:
                errors.append(f"{where}: {len(c)} columns, want 13")
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
    for e in errors:
        print(f"unxref: {e}")
    print(f"gazetteer: {len(seen_ids)} entries, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
