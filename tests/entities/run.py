#!/usr/bin/python3
"""Instruments and bodies against the hand-checked entity gold (tests/entities/README.md).

Each gold file DIR/<stem>.tsv starts with `# corpus: <folder>/<stem>` and lists one line per
distinct entity per language version: `lang TAB id TAB kind TAB name TAB surface`. The runner
runs `unxref extract` on the six corpus files of every gold document and compares, per document
version, distinct entities: the tool's `convention` mentions are instruments, its `body` mentions
bodies. A tool entity matches a gold entity of the same id; a gold `new:` entity also matches a
tool unknown entity (`known: false`) of its kind whose text overlaps one of its surface forms
(case- and space-insensitive containment either way); each tool entity matches at most one gold
entity, and what matches none is a false positive.

Overlap needs the shorter text to have 4 characters at least (2 with Chinese characters), so
that a stray short hit ("eu") overlaps nothing.

Reported (markdown): recall and precision per language and kind, and "one id across versions":
of the gold entities found in two or more versions of a document, the share whose tool entities
carry the same id in all of them. Found here means matched, or else located: a tool entity left
unmatched whose text overlaps one of the gold entity's surfaces (the entity found under another
id, known or unknown, e.g. a convention as `unknown:…` in Chinese and by its gazetteer id in
English); such a version counts as a miss for recall and its hit as a false positive, and for
"one id" as a version with a different id.

Usage: tests/entities/run.py [UNXREF] [--gold DIR] [--corpus DIR] [--errors] [--selftest]
  --gold DIR    the gold files (default: this directory; every *.tsv but documents.tsv)
  --corpus DIR  ../shared/corpus by default
  --errors      list the misses and false hits per document and language
  --selftest    only check the matching rules on made-up entities (they are checked first
                on every run too)
Exit status: 0 measured; 2 cannot run (a gold file malformed, a corpus file absent, unxref
failing): never a silent skip. No threshold is applied.
"""
import argparse
import json
import os
import re
import subprocess
import tempfile
import sys

LANGS = ("zh", "en", "fr", "es", "ru", "ar")
KINDS = ("instrument", "body")
TOOL_KIND = {"convention": "instrument", "body": "body"}
GAZ_KIND = {"convention": "instrument", "body": "body"}
ID_NEW = re.compile(r"^new:[a-z0-9]+(-[a-z0-9]+)*$")


def die(msg):
    print(f"entities: {msg}", file=sys.stderr)
    sys.exit(2)


def norm(s):
    return re.sub(r"\s+", "", s).casefold()


def load_gazetteer(path):
    kinds = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            kinds[cols[0]] = GAZ_KIND.get(cols[1], cols[1])
    return kinds


def load_gold(path, gazetteer):
    """-> (folder, stem, {lang: {id: (kind, name, [surfaces])}})"""
    corpus, versions, kind_of = None, {l: {} for l in LANGS}, {}
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            where = f"{path}:{n}"
            if line.startswith("# corpus:"):
                corpus = line[len("# corpus:"):].split()[0] if line[len("# corpus:"):].split() else ""
                continue
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 5:
                die(f"{where}: want lang TAB id TAB kind TAB name TAB surface ({len(cols)} columns)")
            lang, eid, kind, name, surface = (c.strip() for c in cols)
            if lang not in LANGS:
                die(f"{where}: language '{lang}' is not one of {' '.join(LANGS)}")
            if kind not in KINDS:
                die(f"{where}: kind '{kind}' is not instrument or body")
            if eid.startswith("new:"):
                if not ID_NEW.match(eid):
                    die(f"{where}: '{eid}' is not new: + a lower-case slug (words joined by -)")
            elif eid not in gazetteer:
                die(f"{where}: id '{eid}' is not in the gazetteer (use new:<slug>)")
            elif gazetteer[eid] != kind:
                die(f"{where}: {eid} is a {gazetteer[eid]} in the gazetteer, not a {kind}")
            if kind_of.setdefault(eid, kind) != kind:
                die(f"{where}: {eid} is a {kind_of[eid]} on another line")
            if eid in versions[lang]:
                die(f"{where}: {lang} {eid} listed twice")
            surfaces = [s.strip() for s in surface.split("|") if s.strip()]
            if not surfaces:
                die(f"{where}: empty surface")
            versions[lang][eid] = (kind, name, surfaces)
    if not corpus or corpus.count("/") != 1:
        die(f"{path}: no '# corpus: FOLDER/STEM' line")
    folder, stem = corpus.split("/")
    if stem != os.path.basename(path)[:-len(".tsv")]:
        die(f"{path}: the corpus line names {stem}, the file is {os.path.basename(path)}")
    return folder, stem, versions


def tool_entities(doc):
    """{id: {"kind", "known", "texts"}} of one extracted document (convention and body mentions)."""
    ents = {}
    for m in doc.get("mentions", []):
        kind = TOOL_KIND.get(m.get("kind"))
        if not kind:
            continue
        e = ents.setdefault(m["id"], {"kind": kind, "known": bool(m.get("known", True)),
                                      "texts": set()})
        e["texts"].add(m.get("text", ""))
    return ents


def long_enough(n):
    """a normalized text long enough to overlap: 4 characters, 2 when it has CJK ones"""
    return len(n) >= (2 if re.search(r"[\u3000-\u9fff]", n) else 4)


def overlaps(texts, surfaces):
    for t in texts:
        nt = norm(t)
        for s in surfaces:
            ns = norm(s)
            if long_enough(nt) and long_enough(ns) and (nt in ns or ns in nt):
                return True
    return False


def match(gold, tool):
    """-> ({gold id: tool id}, set of unmatched tool ids, {gold id: stand-in tool id})"""
    pairs, used = {}, set()
    for gid in gold:
        if gid in tool:
            pairs[gid] = gid
            used.add(gid)
    for gid, (kind, _, surfaces) in gold.items():
        if gid in pairs or not gid.startswith("new:"):
            continue
        for tid in sorted(tool):
            e = tool[tid]
            if tid not in used and not e["known"] and e["kind"] == kind and \
                    overlaps(e["texts"], surfaces):
                pairs[gid] = tid
                used.add(tid)
                break
    # stand-ins for "one id across versions": a gold entity not matched is still located in
    # this version when a tool entity left unmatched overlaps one of its surfaces (found
    # under another id: a known one or an unknown)
    standins = {}
    for gid, (kind, _, surfaces) in gold.items():
        if gid in pairs:
            continue
        for tid in sorted(tool):
            if tid not in used and tid not in standins.values() and \
                    tool[tid]["kind"] == kind and overlaps(tool[tid]["texts"], surfaces):
                standins[gid] = tid
                break
    return pairs, set(tool) - used, standins


def selftest():
    """the matching rules on made-up entities (make entities runs this first)"""
    gold = {"npt-1968": ("instrument", "NPT", ["Treaty on the Non-Proliferation"]),
            "new:treaty-of-pelindaba": ("instrument", "Pelindaba", ["Treaty of Pelindaba"]),
            "new:follow-on-mechanism": ("body", "FOM", ["Follow-On Mechanism"]),
            "bwc-1972": ("instrument", "BWC", ["Biological Weapons Convention"])}
    tool = {"npt-1968": {"kind": "instrument", "known": True, "texts": {"NPT"}},
            "unknown:pelindaba": {"kind": "instrument", "known": False,
                                  "texts": {"the treaty of\nPelindaba"}},
            "unknown:mechanism": {"kind": "body", "known": False, "texts": {"Mechanism"}},
            "unknown:follow-on": {"kind": "instrument", "known": False, "texts": {"Follow-On"}},
            "european-union": {"kind": "body", "known": True, "texts": {"eu"}},
            "un-mechanism": {"kind": "body", "known": True, "texts": {"Follow-on Mechanism"}},
            "unknown:bwc": {"kind": "instrument", "known": False,
                            "texts": {"Biological Weapons Convention"}}}
    pairs, false, standins = match(gold, tool)
    want = ({"npt-1968": "npt-1968", "new:treaty-of-pelindaba": "unknown:pelindaba",
             "new:follow-on-mechanism": "unknown:mechanism"},
            {"european-union", "un-mechanism", "unknown:bwc", "unknown:follow-on"},
            {"bwc-1972": "unknown:bwc"})
    if (pairs, false, standins) != want:
        die(f"selftest: match gave {(pairs, false, standins)}, want {want}")
    if overlaps({"eu"}, ["Conseil de l’Europe"]) or not overlaps({"条约"}, ["《条约》"]):
        die("selftest: overlap length rule")


def pct(a, b):
    return f"{100.0 * a / b:.1f} % ({a}/{b})" if b else "– (0/0)"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("unxref", nargs="?", default=os.path.join(root, "unxref"))
    ap.add_argument("--gold", default=here)
    ap.add_argument("--corpus", default=os.path.join(root, "..", "shared", "corpus"))
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--selftest", action="store_true", help="check the matching rules and exit")
    ap.add_argument("--readme", metavar="FILE",
                    help="exit 1 when FILE's table (between the entities markers) is not this run's")
    ap.add_argument("--write-readme", action="store_true", help="with --readme: rewrite it")
    a = ap.parse_args()
    selftest()
    if a.selftest:
        print("entities: selftest passed")
        return 0

    if not os.access(a.unxref, os.X_OK):
        die(f"{a.unxref}: not an executable (make unxref)")
    if not os.path.isdir(a.gold):
        die(f"{a.gold}: not a directory")
    gazetteer = load_gazetteer(os.path.join(root, "data", "gazetteer.tsv"))
    names = sorted(n for n in os.listdir(a.gold) if n.endswith(".tsv") and n != "documents.tsv")
    if not names:
        die(f"{a.gold}: no gold files (<stem>.tsv)")
    docs = [load_gold(os.path.join(a.gold, n), gazetteer) for n in names]
    # the drawn documents (tests/entities/documents.tsv, scripts/pick_fixture_docs.py): a gold
    # file of another document is an error, a drawn document without one is reported
    drawn = {}
    with open(os.path.join(here, "documents.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.strip():
                stem, folder = line.split()
                drawn[stem] = folder
    for folder, stem, _ in docs:
        if drawn.get(stem) != folder:
            die(f"{stem}: {folder}/{stem} is not a drawn document (tests/entities/documents.tsv)")
    unread = len(drawn) - len(docs)

    paths = []
    for folder, stem, _ in docs:
        for lang in LANGS:
            p = os.path.join(a.corpus, folder, f"{stem}.{lang}.txt")
            if not os.path.isfile(p):
                die(f"{p}: corpus file absent")
            paths.append(p)
    r = subprocess.run([a.unxref, "extract", "-q", *paths], capture_output=True, text=True)
    if r.returncode != 0:
        die(f"unxref extract exited {r.returncode}: {r.stderr.strip()}")
    extracted = {os.path.realpath(d["path"]): d for d in json.loads(r.stdout)["documents"]}
    # the ids the six-language graph gives: `unxref graph` aligns the versions of a document
    # and renames an entity of one version to the id of the same entity in another
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([a.unxref, "graph", "-q", "--keep-one-language", "--format", "json",
                            *paths, "-o", tmp], capture_output=True, text=True)
        if r.returncode != 0:
            die(f"unxref graph exited {r.returncode}: {r.stderr.strip()}")
        with open(os.path.join(tmp, "graph.json"), encoding="utf-8") as f:
            xl = json.load(f)["graph"]["cross_language"]
    renamed = {(e["symbol"], e["language"], e["id"]): e["to"]
               for e in xl.get("alignment", {}).get("aligned", [])}

    # counts[(lang, kind)] = [gold, gold found, tool, tool correct]
    counts = {(l, k): [0, 0, 0, 0] for l in LANGS for k in KINDS}
    one_id = {k: [0, 0] for k in KINDS}   # [found in >= 2 versions, same id in all]
    one_node = {k: [0, 0] for k in KINDS}  # the same with the graph's ids
    split = []
    errors = []
    for folder, stem, gold in docs:
        tool_ids = {}   # gold id -> {lang: tool id}
        node_ids = {}   # gold id -> {lang: the graph's id}
        for lang in LANGS:
            p = os.path.realpath(os.path.join(a.corpus, folder, f"{stem}.{lang}.txt"))
            if p not in extracted:
                die(f"{p}: not in the output of unxref extract")
            tool = tool_entities(extracted[p])
            pairs, false, standins = match(gold[lang], tool)
            symbol = extracted[p].get("symbol")
            for gid, tid in list(standins.items()) + list(pairs.items()):
                node_ids.setdefault(gid, {})[lang] = renamed.get((symbol, lang, tid), tid)
            for gid, tid in standins.items():
                tool_ids.setdefault(gid, {})[lang] = tid
            for gid, (kind, name, surfaces) in gold[lang].items():
                c = counts[(lang, kind)]
                c[0] += 1
                if gid in pairs:
                    c[1] += 1
                    tool_ids.setdefault(gid, {})[lang] = pairs[gid]
                else:
                    errors.append(f"{stem} {lang} miss  {kind:10} {gid}  {surfaces[0]}")
            for tid, e in tool.items():
                c = counts[(lang, e["kind"])]
                c[2] += 1
                if tid not in false:
                    c[3] += 1
                else:
                    text = " | ".join(sorted(t.replace("\n", " ") for t in e["texts"]))
                    known = "" if e["known"] else " (unknown)"
                    errors.append(f"{stem} {lang} false {e['kind']:10} {tid}{known}  {text}")
        for gid, by_lang in node_ids.items():
            if len(by_lang) >= 2:
                kind = next(gold[l][gid][0] for l in by_lang)
                one_node[kind][0] += 1
                one_node[kind][1] += len(set(by_lang.values())) == 1
                if len(set(by_lang.values())) != 1:
                    split.append(f"{stem} one-node {gid}: " +
                                 ", ".join(f"{l} {t}" for l, t in sorted(by_lang.items())))
        for gid, by_lang in tool_ids.items():
            if len(by_lang) < 2:
                continue
            kind = next(gold[l][gid][0] for l in by_lang)
            one_id[kind][0] += 1
            if len(set(by_lang.values())) == 1:
                one_id[kind][1] += 1
            else:
                split.append(f"{stem} one-id {gid}: " +
                             ", ".join(f"{l} {t}" for l, t in sorted(by_lang.items())))

    versions = len(docs) * len(LANGS)
    print("### instruments and bodies (hand-checked entity gold, tests/entities)\n")
    print(f"`make entities` (`tests/entities/run.py`; the rules in `tests/entities/README.md`): "
          f"{len(docs)} documents, {versions} language versions; recall = gold entities found, "
          f"precision = tool entities that are gold (distinct per document version)" +
          (f"; {unread} of the {len(drawn)} drawn documents have no gold file here" if unread
           else "") + ".\n")
    table = ["| lang | instrument recall | instrument precision | body recall | body precision |",
             "| --- | --- | --- | --- | --- |"]
    total = {k: [0, 0, 0, 0] for k in KINDS}
    for lang in LANGS + ("all",):
        row = []
        for k in KINDS:
            c = total[k] if lang == "all" else counts[(lang, k)]
            if lang != "all":
                total[k] = [x + y for x, y in zip(total[k], c)]
            row += [pct(c[1], c[0]), pct(c[3], c[2])]
        table.append(f"| {lang} | " + " | ".join(row) + " |")
    both = [x + y for x, y in zip(*one_id.values())]
    table.append(f"\nOne id across versions (gold entities found, or located under another id, in >= 2 "
          f"versions of a document): "
          f"instruments {pct(one_id['instrument'][1], one_id['instrument'][0])}, "
          f"bodies {pct(one_id['body'][1], one_id['body'][0])}, all {pct(both[1], both[0])}")
    both = [x + y for x, y in zip(*one_node.values())]
    table.append(f"\nOne node across versions in the six-language graph (the same, with the ids of "
          f"`unxref graph --keep-one-language` on the {versions} versions, which aligns the "
          f"versions of each document): "
          f"instruments {pct(one_node['instrument'][1], one_node['instrument'][0])}, "
          f"bodies {pct(one_node['body'][1], one_node['body'][0])}, all {pct(both[1], both[0])}")
    print("\n".join(table))
    if a.errors:
        print("\nErrors (document, language, miss = gold not found / false = found, not gold):\n")
        print("```")
        for line in errors + split:
            print(line)
        print("```")
    if a.readme:
        return check_readme(a.readme, "\n".join(table) + "\n", a.write_readme)
    return 0


def check_readme(path, table, write):
    """The README's copy of the table, between its markers: the same as this run's, or
    rewritten (write)."""
    begin, end = "<!-- tests/entities/run.py: begin -->\n", "<!-- tests/entities/run.py: end -->"
    with open(path, encoding="utf-8") as f:
        s = f.read()
    i, j = s.find(begin), s.find(end)
    if i < 0 or j < i:
        die(f"{path}: no {begin.strip()} ... {end} block")
    i += len(begin)
    if s[i:j].strip("\n") == table.strip("\n"):
        print(f"entities: {path}: the table is this run's")
        return 0
    if write:
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            f.write(s[:i] + "\n" + table + "\n" + s[j:])
        os.replace(path + ".tmp", path)
        print(f"entities: {path}: table rewritten")
        return 0
    print(f"FAIL: {path}: the entity table differs from this run's "
          f"(tests/entities/run.py --readme {path} --write-readme rewrites it)", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
