"""The metrics of the graph shown, checked on the English Security Council resolutions of the
corpus (CORPUS/unxml-sc-res/*.en.txt): every selection (--kinds, --organ, --focus, --top) is
rebuilt here from the whole graph.json by the rules of the README, its PageRank and degrees
recomputed with networkx on the selection's own nodes and links and compared with unxref's
(1e-9); `stats --json` with the same options must list the same top 10; on the whole graph,
citation_pagerank must be networkx's PageRank of the resolutions and the "cites" links
between them, and the report must rank resolutions by it.
It also writes the README table of the "Graph model" section (between the markers) and fails
when README.md does not hold exactly that table (--write-readme rewrites it).
Usage: check_selection.py UNXREF CORPUS OUTDIR [--readme README.md [--write-readme]]"""
import glob
import json
import os
import subprocess
import sys

import networkx as nx

TOL = 1e-9
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        if len(failures) < 20:
            print("FAIL:", what)


args = sys.argv[1:]
write_readme = "--write-readme" in args
args = [a for a in args if a != "--write-readme"]
readme = None
if "--readme" in args:
    i = args.index("--readme")
    readme = args[i + 1]
    del args[i:i + 2]
unxref, corpus, out = args
files = sorted(glob.glob(os.path.join(corpus, "unxml-sc-res", "*.en.txt")))
if not files:
    sys.exit(f"check_selection: no {corpus}/unxml-sc-res/*.en.txt")


def run(*cmd):
    r = subprocess.run([unxref, *cmd], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"check_selection: unxref {' '.join(cmd[:3])} … exit {r.returncode}: {r.stderr}")
    return r.stdout


def graph(name, *opts):
    d = os.path.join(out, name)
    run("graph", "-q", *files, "-o", d, "--format", "json", *opts)
    return json.load(open(os.path.join(d, "graph.json"), encoding="utf-8"))


def stats(*opts):
    return json.loads(run("stats", "--json", "-q", *files, *opts))


def pagerank(nodes, links):
    """networkx PageRank of the directed graph of these node ids and (source, target, weight)."""
    g = nx.DiGraph()
    g.add_nodes_from(nodes)
    for s, t, w in links:
        g.add_edge(s, t, weight=w)
    return nx.pagerank(g, alpha=0.85, weight="weight", tol=1e-14, max_iter=100000)


def ranking(nodes, key):
    """Node ids best first by key, ties in id order (graph.json's node order)."""
    return [n["id"] for n in sorted(nodes, key=lambda n: (-key(n), n["id"].encode()))]


whole = graph("whole")
W = {n["id"]: n for n in whole["nodes"]}
wlinks = [(l["source"], l["target"], l["weight"], l["type"]) for l in whole["links"]]


def check_selection(name, data, want_nodes, what):
    """data (a graph.json) holds exactly want_nodes and the whole graph's links among them,
    with metrics of that graph."""
    ids = {n["id"] for n in data["nodes"]}
    check(ids == set(want_nodes), f"{name}: nodes differ from {what}: {sorted(ids ^ set(want_nodes))[:5]}")
    links = [(s, t, w) for s, t, w, _ in wlinks if s in ids and t in ids]
    got = sorted((l["source"], l["target"], l["weight"]) for l in data["links"])
    check(got == sorted(links), f"{name}: links differ from the whole graph's among its nodes")
    pr = pagerank(ids, links)
    ind = {i: 0 for i in ids}
    outd = {i: 0 for i in ids}
    for s, t, _ in links:
        outd[s] += 1
        ind[t] += 1
    worst = 0.0
    for n in data["nodes"]:
        worst = max(worst, abs(pr[n["id"]] - n["pagerank"]))
        check(n["in_degree"] == ind[n["id"]] and n["out_degree"] == outd[n["id"]],
              f"{name}: degrees of {n['id']}")
    check(worst < TOL, f"{name}: PageRank differs from networkx's on the selection by {worst:.3g}")
    mg = data["graph"]["metrics_graph"]
    check(mg["graph"] == "selection" and mg["nodes"] == len(ids) and mg["links"] == len(links)
          and mg["whole_graph"] == {"nodes": len(W), "links": len(wlinks)},
          f"{name}: metrics_graph {mg}")
    return worst


# 1. --kinds resolution --organ SC: the Council's resolutions and the links between them
SEL = ["--kinds", "resolution", "--organ", "SC"]
sel = graph("sc", *SEL)
want = [i for i, n in W.items() if n["kind"] == "resolution" and i.startswith("S/RES/")]
worst = check_selection("kinds resolution, organ SC", sel, want, "the SC resolutions")
top10 = ranking(sel["nodes"], lambda n: n["pagerank"])[:10]
st = stats(*SEL)
check([t["id"] for t in st["top"]["resolutions"][:10]] == top10,
      "stats --kinds resolution --organ SC: top resolutions != graph.json's PageRank ranking")
check([t["id"] for t in st["top"]["pagerank"][:10]] == top10,
      "stats --kinds resolution --organ SC: top PageRank != graph.json's ranking")
check(st["graph"]["metrics_graph"] == sel["graph"]["metrics_graph"], "stats metrics_graph")

# 2. --top 25 of that selection: ranked on it, then a graph of its own
top = graph("sc-top", *SEL, "--top", "25")
check_selection("--top 25", top, ranking(sel["nodes"], lambda n: n["pagerank"])[:25],
                "the 25 highest of the selection")
check(top["graph"]["metrics_graph"]["top_ranked_on"] == {"nodes": len(sel["nodes"]),
                                                          "links": len(sel["links"])},
      "--top 25: top_ranked_on")

# 3. --focus S/RES/1325 (2000) --kinds resolution: the resolutions citing it or cited by it
focus = "S/RES/1325 (2000)"
ego = graph("ego", "--focus", focus, "--kinds", "resolution")
res = {i for i, n in W.items() if n["kind"] == "resolution"}
near = {focus} | {t for s, t, _, _ in wlinks if s == focus and t in res} \
    | {s for s, t, _, _ in wlinks if t == focus and s in res}
check_selection("--focus 1325 (2000)", ego, near, "its resolution neighbours")

# 4. the whole graph: citation_pagerank is PageRank of the resolution citation graph, and
#    the default report ranks resolutions by it
cites = [(s, t, w) for s, t, w, ty in wlinks if ty == "cites" and s in res and t in res]
cpr = pagerank(res, cites)
cworst = max(abs(cpr[i] - W[i]["citation_pagerank"]) for i in res)
check(cworst < TOL, f"whole graph: citation_pagerank differs from networkx's by {cworst:.3g}")
check(all(n["citation_pagerank"] is None for i, n in W.items() if i not in res),
      "whole graph: citation_pagerank of a non-resolution")
cg = whole["graph"]["metrics_graph"]["citation_graph"]
check(cg["nodes"] == len(res) and cg["links"] == len(cites), f"citation_graph {cg}")
wst = stats()
ctop = ranking([W[i] for i in res], lambda n: n["citation_pagerank"])
check([t["id"] for t in wst["top"]["resolutions"]] == ctop[:len(wst["top"]["resolutions"])],
      "stats: top resolutions != citation_pagerank ranking")
old = ranking([W[i] for i in res], lambda n: n["pagerank"])

# the README table: the default report's first list, beside what the whole graph's PageRank
# gives the same resolutions
rows = [
    "<!-- tests/analysis/check_selection.py: begin -->",
    f"{len(files)} English files of `unxml-sc-res`: whole graph {len(W)} nodes, {len(wlinks)} "
    f"links; resolution citation graph {len(res)} resolutions, {len(cites)} `cites` links; "
    f"`--kinds resolution --organ SC` {len(sel['nodes'])} nodes, {len(sel['links'])} links "
    f"(every PageRank equal to networkx's within {TOL:.0e}).".replace("e-0", "e-"),
    "",
    "| rank | resolution citation graph (`unxref stats`) | PageRank | citing resolutions "
    "| whole graph (every kind of node and link), resolutions only | PageRank |",
    "| ---: | --- | ---: | ---: | --- | ---: |",
]
for k in range(10):
    a, b = W[ctop[k]], W[old[k]]
    rows.append(f"| {k + 1} | {a['id']} | {a['citation_pagerank']:.5f} | "
                f"{sum(1 for s, t, _ in cites if t == a['id'])} | {b['id']} | {b['pagerank']:.5f} |")
first = W[old[0]]
cited_by = sum(1 for s, t, _, ty in wlinks if t == old[0] and ty == "cites")
into = sorted({f"`{ty}` from {s}" for s, t, _, ty in wlinks if t == old[0] and ty != "cites"})
rows += ["", f"{old[0]}, first among resolutions on the whole graph, is cited by {cited_by} "
         f"texts (its other links in: {', '.join(into) or 'none'}); on the resolution citation "
         f"graph it ranks {ctop.index(old[0]) + 1} of {len(res)}."]
rows.append("<!-- tests/analysis/check_selection.py: end -->")
table = "\n".join(rows) + "\n"
if readme:
    text = open(readme, encoding="utf-8").read()
    b, e = rows[0], rows[-1]
    if b not in text or e not in text:
        check(False, f"{readme}: no {b} … {e} block")
    else:
        i, j = text.index(b), text.index(e) + len(e) + 1
        if write_readme:
            open(readme, "w", encoding="utf-8").write(text[:i] + table + text[j:])
        else:
            check(text[i:j] == table, f"{readme}: the table differs from this run's "
                  "(check_selection.py … --readme README.md --write-readme rewrites it)")
else:
    print(table, end="")

print(f"selection check: {len(files)} files, {len(W)} nodes, 4 selections, {len(failures)} failures")
sys.exit(1 if failures else 0)
