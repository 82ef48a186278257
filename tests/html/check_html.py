"""check_html: graph.html opened in headless Chromium, offline, checked against graph.json.

usage: check_html.py DIR [--screenshots IMGDIR]

DIR holds graph.json and graph.html written by the same `unxref graph` run. Fails (exit 1)
when the page logs a console error or throws, asks for anything but its own file, draws
another number of nodes or links than graph.json has, or when search, the kind, year and
community filters, a click on a node (ego view), the label language or the undocs.org link
do not give what graph.json and data/gazetteer.tsv say they should. Prints what it checked
and the time to first draw and to the end of the layout.
"""
import argparse
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cdp  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
failures = []


def check(what, got, want):
    ok = got == want
    print("%s %s: %r%s" % ("ok  " if ok else "FAIL", what, got, "" if ok else " (want %r)" % (want,)))
    if not ok:
        failures.append(what)


def gazetteer_names(lang):
    """id -> the first alias in column lang of data/gazetteer.tsv (the English name when empty)"""
    cols = ["zh", "en", "fr", "es", "ru", "ar"]
    out = {}
    with open(os.path.join(ROOT, "data", "gazetteer.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            c = line.rstrip("\n").split("\t")
            alias = c[7 + cols.index(lang)]
            out[c[0]] = alias.split("|")[0] if alias != "-" else c[5]
    return out


def norm(s):
    return "".join(s.lower().split())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--screenshots")
    a = ap.parse_args()
    g = json.load(open(os.path.join(a.dir, "graph.json"), encoding="utf-8"))
    nodes = {n["id"]: n for n in g["nodes"]}
    pairs = {(l["source"], l["target"]) for l in g["links"]}
    url = "file://" + os.path.abspath(os.path.join(a.dir, "graph.html"))
    with cdp.Browser(timeout=180) as b:
        t0 = time.time()
        b.open(url, 1400, 900)
        first = time.time() - t0
        u = "window.unxref."
        check("nodes in the page", b.eval(u + "graph.order"), len(nodes))
        check("links in the page (one per ordered pair)", b.eval(u + "graph.size"), len(pairs))
        check("nodes drawn", b.eval(u + "drawnCount()"), len(nodes))

        # search: the same normalisation as the page (case, spaces); ids and labels only
        # match here, as no gazetteer name holds a symbol
        key = "S/RES/1373"
        want = sorted(i for i, n in nodes.items() if norm(key) in norm(i) or norm(key) in norm(n["label"]))
        b.eval("var s = document.getElementById('search'); s.value = %s;"
               "s.dispatchEvent(new Event('input'))" % json.dumps(key))
        got = b.eval("Object.keys(%sstate.matches).sort()" % u)
        check("search %s: matches" % key, got, want)
        check("search %s: results listed" % key,
              b.eval("document.querySelectorAll('#results li[data-node]').length"), min(len(want), 40))
        b.eval("var s = document.getElementById('search'); s.value = ''; s.dispatchEvent(new Event('input'))")
        check("search cleared", b.eval(u + "state.matches"), None)

        # filters: no bodies, resolutions and documents of 2010-2015
        b.eval("document.querySelector('#kinds input[value=body]').click()")
        check("filter kind (no bodies)", b.eval(u + "visibleCount()"),
              sum(1 for n in nodes.values() if n["kind"] != "body"))
        b.eval("['year-from', 'year-to'].forEach(function (id, k) { var e = document.getElementById(id);"
               " e.value = k ? '2015' : '2010'; e.dispatchEvent(new Event('input')); })")
        dated = ("resolution", "document")
        want = sum(1 for n in nodes.values() if n["kind"] != "body" and
                   (n["kind"] not in dated or (n["year"] and 2010 <= n["year"] <= 2015)))
        check("filter kind + years 2010-2015", b.eval(u + "visibleCount()"), want)
        check("filter drawn", b.eval(u + "drawnCount()"), want)
        b.eval("document.getElementById('reset').click()")
        check("show all", b.eval(u + "visibleCount()"), len(nodes))
        b.eval("var c = document.getElementById('community'); c.value = '0';"
               "c.dispatchEvent(new Event('change'))")
        check("filter community 0", b.eval(u + "visibleCount()"),
              sum(1 for n in nodes.values() if n["community"] == 0))
        b.eval("document.getElementById('reset').click()")

        # ego view: a real click on the most cited resolution
        target = max((n for n in nodes.values() if n["kind"] == "resolution"),
                     key=lambda n: (n["in_degree"], n["id"]))["id"]
        b.eval("%ssetEgo(null); %srenderer.getCamera().setState({x: 0.5, y: 0.5, ratio: 1, angle: 0}); 0" % (u, u))
        while not b.eval(u + "layoutDone"):
            time.sleep(0.5)
        layout = b.eval(u + "layoutAt") / 1000  # since the page's navigation started
        # zoomed in on it, as a user would before clicking in a dense graph
        b.eval("(function () { var r = %srenderer, d = r.getNodeDisplayData(%s);"
               " r.getCamera().setState({x: d.x, y: d.y, ratio: 0.03, angle: 0}); r.refresh(); })(); 0"
               % (u, json.dumps(target)))
        time.sleep(0.5)
        x, y = b.eval("(function () { var r = %srenderer, d = r.getNodeDisplayData(%s),"
                      " p = r.framedGraphToViewport(d), c = document.getElementById('graph')"
                      ".getBoundingClientRect(); return [p.x + c.left, p.y + c.top]; })()"
                      % (u, json.dumps(target)))
        for t in ("mouseMoved", "mousePressed", "mouseReleased"):
            b.call("Input.dispatchMouseEvent", session=True, type=t, x=x, y=y, button="left",
                   clickCount=1)
        time.sleep(0.5)
        check("click selects", b.eval(u + "state.ego"), target)
        near = {target} | {s for s, t in pairs if t == target} | {t for s, t in pairs if s == target}
        check("ego view: the node and its neighbours", b.eval(u + "visibleCount()"), len(near))

        # labels and links in another language
        b.eval("var l = document.getElementById('lang'); l.value = 'zh'; l.dispatchEvent(new Event('change'))")
        zh = gazetteer_names("zh")
        body = max((n for n in nodes.values() if n["kind"] == "body" and n["id"] in zh),
                   key=lambda n: (n["pagerank"], n["id"]))["id"]
        check("label of %s in zh" % body,
              b.eval("%srenderer.getNodeDisplayData(%s).label" % (u, json.dumps(body))), zh[body])
        check("undocs.org link in zh", b.eval("document.getElementById('doc-link').href"),
              "https://undocs.org/zh/" + target.replace(" ", ""))
        if a.screenshots:
            shoot(b, a.screenshots, max((n for n in nodes.values() if n["kind"] == "body" and
                                         n["in_degree"] < 40), key=lambda n: (n["pagerank"], n["id"]))["id"])
        check("console errors", b.errors, [])
        check("requests other than the page", [r for r in b.requests if r != url], [])
    print("first draw %.1f s, layout done %.1f s after navigation (%d nodes, %d links; the checks"
          " ran meanwhile)" % (first, layout, len(nodes), len(pairs)))
    if failures:
        print("check_html: %d failed: %s" % (len(failures), ", ".join(failures)))
        sys.exit(1)


def shoot(b, d, ego):
    """docs/img screenshots: the whole graph, a search, an ego view in Arabic"""
    os.makedirs(d, exist_ok=True)
    u = "window.unxref."
    # the mouse off every node (sigma keeps the last hovered one until it moves in the graph)
    b.call("Input.dispatchMouseEvent", session=True, type="mouseMoved", x=1395, y=895)
    b.eval("document.getElementById('reset').click(); var l = document.getElementById('lang');"
           " l.value = 'en'; l.dispatchEvent(new Event('change'));"
           " var c = document.getElementById('color'); c.value = 'community'; c.dispatchEvent(new Event('change'))")
    b.eval(u + "renderer.getCamera().setState({x: 0.5, y: 0.5, ratio: 1, angle: 0}); 0")
    time.sleep(1)
    b.screenshot(os.path.join(d, "html-communities.png"))
    b.eval("var c = document.getElementById('color'); c.value = 'kind'; c.dispatchEvent(new Event('change'));"
           "var s = document.getElementById('search'); s.value = 'terroris'; s.dispatchEvent(new Event('input'))")
    time.sleep(1)
    b.screenshot(os.path.join(d, "html-search.png"))
    b.eval("var s = document.getElementById('search'); s.value = ''; s.dispatchEvent(new Event('input'));"
           "var l = document.getElementById('lang'); l.value = 'ar'; l.dispatchEvent(new Event('change'));"
           "%ssetEgo(%s)" % (u, json.dumps(ego)))
    time.sleep(1.5)
    b.screenshot(os.path.join(d, "html-ego-ar.png"))


if __name__ == "__main__":
    main()
