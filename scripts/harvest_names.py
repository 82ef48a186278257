#!/usr/bin/python3
"""Propose other-language names of gazetteer entries from the parallel versions of ../shared/corpus.

For every document of the six-language sets (unxml-sc-res, unxml-ga78, unxml-hrc,
unxml-ecosoc2024), `unxref extract` is run on its six versions. Where the English version names a
known entry E on a line and the version in language L does not name E on the aligned line (the
same line when the six versions have the same number of lines, else the lines around the
proportional position), that L line is a *target* of (E, L): it most likely names E in words the
gazetteer lacks. The word n-grams (characters in Chinese) of the targets are counted per document;
a candidate is kept when

  * it occurs in the targets of at least --min-support documents,
  * it is closed (no one-word-longer n-gram has the same support) and shaped like a name
    (fr/es/ru: starts with a capital letter or a digit; ar: starts with an article word or a
    Latin capital; zh: no function character at either end; no edge stop word),
  * of the L versions that contain it, at least --min-precision have an English version that
    names E (so it is E's name, not a phrase common to many texts).

Per (E, L) the best candidates (support, then length) are written as a TSV to review:
`id lang candidate support targets docs_with_it precision sets example`, where `example` is
the candidate in its line (to read; this file is not committed: it quotes the corpus).
Nothing is written to the gazetteer: the reviewed names are added by hand (data/GAZETTEER.md).

Excluded: every version of the documents of the entity gold (tests/entities/documents.tsv) and
of the names fixtures (tests/names/*/*.expected), so that those measurements stay fair.

Deterministic: files are read in sorted order; --seed only picks which example line is shown.

With --apply REVIEWED.tsv (lines `id TAB lang TAB alias`, the names read and kept) the aliases
are added to the gazetteer instead: each must occur (folded, whole words) in that language's
texts of the corpus outside the excluded documents and be no other entry's alias; the entry's
`source` gets `; corpus:SETS LANGS` (the sets where it occurs). Rows and other columns
(`de` among them) are left as they are.

Usage: scripts/harvest_names.py [--unxref ./unxref] [--corpus ../shared/corpus]
         [--langs zh,fr,es,ru,ar] [--min-support 2] [--min-precision 0.8] [--top 3]
         [--cache build/harvest] [--seed 17] [--only-missing] -o FILE.tsv
       scripts/harvest_names.py --apply REVIEWED.tsv [--corpus DIR] [--gazetteer FILE]
Exit status: 0 written; 2 cannot run (corpus absent, unxref failing).
"""
import argparse
import collections
import glob
import json
import os
import random
import re
import subprocess
import sys
import unicodedata

SETS = ("unxml-sc-res", "unxml-ga78", "unxml-hrc", "unxml-ecosoc2024")
LANGS = ("zh", "en", "fr", "es", "ru", "ar")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

STOP = {
    "fr": set("de des du la le les l’ l' et ou sur pour à au aux en dans par avec d’ d' que qui "
              "sa son ses leur leurs un une ce cette".split()),
    "es": set("de del la el los las y o e u sobre para a al en con por que su sus un una este "
              "esta".split()),
    "ru": set("и в во о об на по с со к для от из за у а или что его ее их".split()),
    "ar": set("و في من على إلى عن مع أو التي الذي".split()),
}
ZH_EDGE = set("的和与及并在对为于或等、，。；：")
TOKEN = re.compile(r"\w+(?:[’'\-]\w+)*[’']?|,", re.UNICODE)
MAXN = {"zh": 40, "fr": 22, "es": 22, "ru": 20, "ar": 20}


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("’", "'").casefold()


def excluded_stems():
    stems = set()
    with open(os.path.join(ROOT, "tests/entities/documents.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                stems.add(line.split("\t")[0])
    for p in glob.glob(os.path.join(ROOT, "tests/names/*/*.expected")):
        stems.add(os.path.basename(p).split(".")[0])
    return stems


def documents(corpus, skip):
    """{(set, stem): {lang: path}} of the documents that have all six versions."""
    docs = {}
    for s in SETS:
        by = collections.defaultdict(dict)
        for p in sorted(glob.glob(os.path.join(corpus, s, "*.txt"))):
            parts = os.path.basename(p).split(".")
            if len(parts) == 3 and parts[1] in LANGS and parts[0] not in skip:
                by[parts[0]][parts[1]] = p
        for stem, v in by.items():
            if len(v) == 6:
                docs[(s, stem)] = v
    return docs


def extract(unxref, paths, cache):
    """{path: [(line, id, known, kind, text)]}, cached per corpus set and language."""
    out = {}
    groups = collections.defaultdict(list)
    for p in paths:
        groups[(os.path.basename(os.path.dirname(p)), p.rsplit(".", 2)[1])].append(p)
    os.makedirs(cache, exist_ok=True)
    for (s, lang), ps in sorted(groups.items()):
        cf = os.path.join(cache, f"{s}.{lang}.json")
        if not os.path.exists(cf) or os.path.getmtime(cf) < os.path.getmtime(unxref):
            r = subprocess.run([unxref, "extract", "-o", cf + ".tmp"] + sorted(ps),
                               capture_output=True, text=True)
            if r.returncode != 0:
                sys.exit(f"harvest: unxref failed on {s} {lang}: {r.stderr[:300]}")
            os.replace(cf + ".tmp", cf)
        with open(cf, encoding="utf-8") as f:
            data = json.load(f)
        for d in data["documents"]:
            out[os.path.basename(d["path"])] = [
                (m.get("line", 0), m["id"], m.get("known", False), m["kind"], m.get("text", ""),
                 m.get("end", 0))
                for m in d.get("mentions", []) if m["kind"] in ("body", "convention")]
    return out


def shaped(lang, toks):
    first, last = toks[0], toks[-1]
    if first == "," or last == ",":
        return False
    if lang == "zh":
        return first not in ZH_EDGE and last not in ZH_EDGE
    st = STOP.get(lang, set())
    if fold(last) in st or fold(first) in st:
        return False
    if lang in ("fr", "es", "ru"):
        return first[0].isupper() or first[0].isdigit()
    if lang == "ar":
        return first.startswith("ال") or first[0].isascii() and first[0].isupper()
    return True


def ngrams(lang, text):
    """{folded key: surface} of the n-grams of one line."""
    res = {}
    if lang == "zh":
        for run in re.findall(r"[\u3400-\u9fff《》〈〉（）()·\-—0-9A-Za-z]+", text):
            n = len(run)
            for i in range(n):
                for j in range(i + 2, min(n, i + MAXN["zh"]) + 1):
                    seg = run[i:j]
                    if shaped("zh", seg):
                        res.setdefault(seg, seg)
        return res
    toks = [(m.group(0), m.start(), m.end()) for m in TOKEN.finditer(text)]
    for i in range(len(toks)):
        for j in range(i + 1, min(len(toks), i + MAXN[lang]) + 1):
            words = [t[0] for t in toks[i:j]]
            if not shaped(lang, words):
                continue
            key = " ".join(fold(w) for w in words)
            res.setdefault(key, text[toks[i][1]:toks[j - 1][2]])
    return res


def aligned(n_en, n_l, i):
    """Line numbers (1-based) of version L that hold line i of the English version."""
    if n_en == n_l:
        return [i]
    c = round((i - 1) * n_l / max(n_en, 1)) + 1
    return [k for k in range(c - 2, c + 3) if 1 <= k <= n_l]


def apply(a):
    """Add the reviewed aliases to the gazetteer (see the module comment)."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("cg", os.path.join(ROOT, "scripts/check_gazetteer.py"))
    cg = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(cg)
    docs = documents(a.corpus, excluded_stems())
    texts = collections.defaultdict(dict)
    for key, v in docs.items():
        for lang, p in v.items():
            with open(p, encoding="utf-8") as f:
                t = fold(f.read())
                texts[lang][key] = (re.sub(r"\s+", "", t) if lang == "zh"
                                    else " " + " ".join(TOKEN.findall(t)) + " ")
    rows, owner = [], {}
    with open(a.gazetteer, encoding="utf-8") as f:
        raw = f.read().split("\n")
    for n, line in enumerate(raw):
        if line.startswith("#") or not line.strip():
            continue
        c = line.split("\t")
        rows.append(n)
        for col in c[7:13]:
            for al in ([] if col == "-" else col.split("|")):
                owner[cg.fold(al)] = c[0]
    index = {raw[n].split("\t")[0]: n for n in rows}
    added = collections.Counter()
    bad = 0
    with open(a.apply, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            eid, lang, alias = line.rstrip("\n").split("\t")[:3]
            where = f"{a.apply}:{ln}"
            if eid not in index or lang not in LANGS[:1] + LANGS[2:]:
                print(f"harvest: {where}: no entry {eid} or no language {lang}", file=sys.stderr)
                bad += 1
                continue
            k = cg.fold(alias)
            if owner.get(k, eid) != eid:
                print(f"harvest: {where}: '{alias}' is already an alias of {owner[k]}", file=sys.stderr)
                bad += 1
                continue
            if lang == "zh":
                pat = re.sub(r"\s+", "", fold(alias))
                sets = sorted({key[0] for key, t in texts[lang].items() if pat in t})
            else:
                pat = " ".join(fold(w) for w in TOKEN.findall(alias)) + " "
                if lang == "ar":   # the text may fuse a proclitic (و ب ل ف ك; ل + ال = لل)
                    rx = re.compile(r" (?:[وفبلك]{0,2})" + re.escape(pat)
                                    + (r"| (?:[وف]?)لل" + re.escape(pat[2:]) if pat.startswith("ال") else ""))
                    sets = sorted({key[0] for key, t in texts[lang].items() if rx.search(t)})
                else:
                    sets = sorted({key[0] for key, t in texts[lang].items() if " " + pat in t})
            if not sets:
                print(f"harvest: {where}: '{alias}' not found in the {lang} texts", file=sys.stderr)
                bad += 1
                continue
            c = raw[index[eid]].split("\t")
            col = 7 + LANGS.index(lang)
            have = [] if c[col] == "-" else c[col].split("|")
            if k in {cg.fold(x) for x in have}:
                continue
            c[col] = "|".join(have + [alias])
            tag = f"corpus:{','.join(sets)} "
            m = re.search(r"; corpus:(\S+) ([a-z,]+)$", c[6])
            if m and m.group(1) == ",".join(sets):
                langs = sorted(set(m.group(2).split(",")) | {lang}, key=LANGS.index)
                c[6] = c[6][:m.start()] + f"; {tag}{','.join(langs)}"
            else:
                c[6] += f"; {tag}{lang}"
            raw[index[eid]] = "\t".join(c)
            owner[k] = eid
            added[lang] += 1
    with open(a.gazetteer + ".tmp", "w", encoding="utf-8") as f:
        f.write("\n".join(raw))
    os.replace(a.gazetteer + ".tmp", a.gazetteer)
    print("harvest: added " + ", ".join(f"{l} {added[l]}" for l in LANGS if added[l])
          + f"; {bad} refused", file=sys.stderr)
    return 1 if bad else 0


ACRO = {"ru": re.compile(r"\s*\((?:далее\s+)?[«“]?([А-ЯЁA-Z][А-ЯЁA-Z0-9\-]{1,11})[»”]?\)"),
        "fr": re.compile(r"\s*\([«“]?\s?([A-ZÉ][A-ZÉa-z0-9\-]{1,11})\s?[»”]?\)"),
        "es": re.compile(r"\s*\([«“]?([A-ZÁÉÍÓÚ][A-ZÁÉÍÓÚa-z0-9\-]{1,11})[»”]?\)"),
        "ar": re.compile(r"\s*\(([\u0621-\u064a]{3,14})\)"),
        "zh": re.compile(r"\s*[（(]([\u4e00-\u9fff]{2,8})[）)]")}


def acronyms(a, docs, ment, gaz):
    """Short forms written in parentheses right after a known name: `Name (ACRONYM)`."""
    seen = collections.defaultdict(lambda: collections.defaultdict(set))
    for key, v in sorted(docs.items()):
        for lang in a.langs.split(","):
            with open(v[lang], "rb") as f:
                raw = f.read()
            for _ln, i, known, _k, _t, end in ment.get(os.path.basename(v[lang]), []):
                if not known or i not in gaz:
                    continue
                m = ACRO[lang].match(raw[end:end + 80].decode("utf-8", "replace"))
                if m:
                    seen[(i, lang)][m.group(1)].add(key)
    rows = []
    for (i, lang), forms in sorted(seen.items()):
        have = set() if gaz[i][lang] == "-" else {fold(x) for x in gaz[i][lang].split("|")}
        for form, keys in sorted(forms.items()):
            if fold(form) not in have and len(keys) >= a.min_support:
                rows.append((i, lang, form, len(keys), ",".join(sorted({k[0] for k in keys}))))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--unxref", default=os.path.join(ROOT, "unxref"))
    ap.add_argument("--corpus", default=os.path.join(ROOT, "..", "shared", "corpus"))
    ap.add_argument("--langs", default="zh,fr,es,ru,ar")
    ap.add_argument("--min-support", type=int, default=2)
    ap.add_argument("--min-precision", type=float, default=0.8)
    ap.add_argument("--top", type=int, default=3)
    ap.add_argument("--cache", default=os.path.join(ROOT, "build", "harvest"))
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--gazetteer", default=os.path.join(ROOT, "data", "gazetteer.tsv"))
    ap.add_argument("--only-missing", action="store_true",
                    help="only entries whose column in that language is '-'")
    ap.add_argument("-o", "--output")
    ap.add_argument("--apply", metavar="REVIEWED.tsv")
    ap.add_argument("--acronyms", action="store_true",
                    help="list the short forms written in parentheses after a known name instead")
    a = ap.parse_args()
    if a.apply:
        sys.exit(apply(a))
    if not a.output:
        ap.error("-o FILE is required (or --apply)")
    if not os.path.isdir(a.corpus):
        sys.exit(f"harvest: corpus {a.corpus} not found")
    rng = random.Random(a.seed)
    gaz = {}
    with open(a.gazetteer, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            c = line.rstrip("\n").split("\t")
            gaz[c[0]] = dict(zip(LANGS, c[7:13]), kind=c[1])
    docs = documents(a.corpus, excluded_stems())
    ment = extract(a.unxref, [p for v in docs.values() for p in v.values()], a.cache)
    lines = {}

    def text_lines(p):
        if p not in lines:
            with open(p, encoding="utf-8") as f:
                lines[p] = f.read().split("\n")
        return lines[p]

    if a.acronyms:
        rows = acronyms(a, docs, ment, gaz)
        with open(a.output, "w", encoding="utf-8") as f:
            f.write("id\tlang\tshort_form\tdocuments\tsets\n")
            for r in rows:
                f.write("\t".join(str(x) for x in r) + "\n")
        print(f"harvest: {len(rows)} short forms -> {a.output}", file=sys.stderr)
        return
    langs = a.langs.split(",")
    out = []
    for lang in langs:
        targets = collections.defaultdict(list)   # E -> [(doc, line text)]
        en_names = collections.defaultdict(set)   # doc -> ids the English version names
        unknowns = collections.defaultdict(lambda: collections.defaultdict(set))
        for key, v in sorted(docs.items()):
            en_m = ment.get(os.path.basename(v["en"]), [])
            l_m = ment.get(os.path.basename(v[lang]), [])
            en_l, l_l = text_lines(v["en"]), text_lines(v[lang])
            l_by_line = collections.defaultdict(set)
            l_unknown = collections.defaultdict(list)
            for ln, i, known, k, t, _e in l_m:
                if known:
                    l_by_line[ln].add(i)
                else:
                    l_unknown[ln].append((k, t))
            seen = set()
            for ln, i, known, _k, _t, _e in en_m:
                if not known or i not in gaz:
                    continue
                en_names[key].add(i)
                if a.only_missing and gaz[i][lang] != "-":
                    continue
                al = aligned(len(en_l), len(l_l), ln)
                if any(i in l_by_line[k] for k in al):
                    continue
                for k in al:
                    if (i, k) not in seen:
                        seen.add((i, k))
                        targets[i].append((key, l_l[k - 1]))
                        for kind, t in l_unknown[k]:
                            if kind == gaz[i]["kind"]:
                                unknowns[i][t].add(key)
        # the L texts, folded, to count where a candidate occurs
        blobs = {key: fold(" ".join(text_lines(v[lang]))) for key, v in docs.items()}
        if lang != "zh":
            blobs = {k: " ".join(fold(t) for t in TOKEN.findall(b)) for k, b in blobs.items()}
        for eid in sorted(targets):
            tl = targets[eid]
            sup = collections.Counter()
            surf = {}
            exdoc = collections.defaultdict(list)
            for key in sorted({k for k, _ in tl}):
                grams = {}
                for k2, t in tl:
                    if k2 == key:
                        for g, s in ngrams(lang, t).items():
                            grams.setdefault(g, s)
                            exdoc[g].append(t)
                for g, s in grams.items():
                    sup[g] += 1
                    surf.setdefault(g, s)
            ndocs = len({k for k, _ in tl})
            floor = max(a.min_support, -(-ndocs // 5))
            bysup = collections.defaultdict(list)
            for g, n in sup.items():
                if n >= floor:
                    bysup[n].append(g)
            closed = []
            for n, group in bysup.items():
                group.sort(key=len, reverse=True)
                joined = []
                for g in group:
                    pad = g if lang == "zh" else f" {g} "
                    if not any(pad in h for h in joined):
                        closed.append(g)
                    joined.append(pad)
            closed.sort(key=lambda g: (-sup[g], -len(g), g))
            # the open class's unknown names on the aligned lines come first
            opened = []
            for t, ks in sorted(unknowns[eid].items(), key=lambda x: (-len(x[1]), x[0])):
                g = t if lang == "zh" else " ".join(fold(w) for w in TOKEN.findall(t))
                if g and g not in sup:
                    sup[g] = len(ks)
                    surf[g] = t
                    exdoc[g] = [x for k2, x in tl if k2 in ks and t in x] or [t]
                if g:
                    opened.append(g)
            kept = 0
            for g in opened[:5] + [g for g in closed[:60] if g not in opened]:
                pad = g if lang == "zh" else f" {g} "
                having = [k for k, b in blobs.items() if (g in b if lang == "zh" else pad in f" {b} ")]
                pos = [k for k in having if eid in en_names[k]]
                prec = len(pos) / len(having) if having else 0.0
                if prec < a.min_precision:
                    continue
                sets = ",".join(sorted({k[0] for k in pos}))
                ex = rng.choice(exdoc[g])
                s = surf[g]
                i = ex.find(s)
                ex = ex[max(0, i - 60):i + len(s) + 60] if i >= 0 else ex[:200]
                out.append((eid, lang, ("open:" if g in opened else "") + s, sup[g], ndocs, len(having), f"{prec:.2f}", sets,
                            ex.replace("\t", " ")))
                kept += g not in opened
                if kept >= a.top:
                    break
        print(f"harvest: {lang}: {len(targets)} entries with targets", file=sys.stderr)
    with open(a.output, "w", encoding="utf-8") as f:
        f.write("id\tlang\tcandidate\tsupport\ttarget_docs\tdocs_with_it\tprecision\tsets\texample\n")
        for r in out:
            f.write("\t".join(str(x) for x in r) + "\n")
    print(f"harvest: {len(out)} candidates -> {a.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
