"""bench_html_renderers: the measurement behind the choice of renderer for --format html.

usage: bench_html_renderers.py NODE_MODULES GRAPH_JSON...

NODE_MODULES holds the npm packages sigma@3, graphology, graphology-library and cytoscape
(`npm install sigma@3 graphology graphology-library cytoscape` in an empty directory; they
are not installed by install-deps.sh, the page ships its own copies in vendor/). For each
graph.json, three throw-away pages are timed in headless Chromium (tests/html/cdp.py):
sigma.js + graphology with 100 ForceAtlas2 iterations, Cytoscape.js with its cose layout
(1000 iterations) and Cytoscape.js with a grid (no layout work: the cost of its drawing
alone); cose only up to COSE_MAX nodes. Prints a Markdown table of milliseconds: building the graph, layout, first draw.
"""
import json
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "html"))
import cdp  # noqa: E402

SIGMA = """
var t0 = performance.now(), G = new graphology.Graph();
D.nodes.forEach(function (id, i) { G.addNode(id, {x: Math.cos(i), y: Math.sin(i * 1.7), size: 3, label: id}); });
D.links.forEach(function (l) { if (!G.hasEdge(l[0], l[1])) G.addEdge(l[0], l[1]); });
var t1 = performance.now(), F = graphologyLibrary.layoutForceAtlas2;
F.assign(G, {iterations: 100, settings: F.inferSettings(G)});
var t2 = performance.now(), s = new Sigma(G, document.getElementById('c')); s.refresh();
var t3 = performance.now();
document.title = JSON.stringify([t1 - t0, t2 - t1, t3 - t2]);
"""
CYTO = """
var t0 = performance.now(), els = [];
D.nodes.forEach(function (id) { els.push({data: {id: id}}); });
D.links.forEach(function (l, i) { els.push({data: {id: 'e' + i, source: l[0], target: l[1]}}); });
var cy = cytoscape({container: document.getElementById('c'), elements: els, layout: {name: 'preset'},
  style: [{selector: 'node', style: {label: 'data(id)', 'font-size': 4, width: 4, height: 4}}]});
var t1 = performance.now();
cy.layout({name: LAYOUT, animate: false, randomize: true, numIter: 1000}).run();
var t2 = performance.now();
document.title = JSON.stringify([t1 - t0, t2 - t1, 0]);
"""
COSE_MAX = 3000
PAGES = {"sigma.js 3 + ForceAtlas2": (["graphology/dist/graphology.umd.min.js",
                                       "graphology-library/dist/graphology-library.min.js",
                                       "sigma/dist/sigma.min.js"], SIGMA, ""),
         "Cytoscape.js cose": (["cytoscape/dist/cytoscape.min.js"], CYTO, "cose"),
         "Cytoscape.js grid": (["cytoscape/dist/cytoscape.min.js"], CYTO, "grid")}


def main():
    mods, graphs = sys.argv[1], sys.argv[2:]
    print("| graph | nodes | links | renderer | build ms | layout ms | first draw ms | page load s |")
    print("|---|---|---|---|---|---|---|---|")
    for path in graphs:
        g = json.load(open(path, encoding="utf-8"))
        data = json.dumps({"nodes": [n["id"] for n in g["nodes"]],
                           "links": [[l["source"], l["target"]] for l in g["links"]]})
        for name, (libs, js, layout) in PAGES.items():
            if layout == "cose" and len(g["nodes"]) > COSE_MAX:
                print("| %s | %d | %d | %s | not run: cose is quadratic (147 s at 1,477 nodes) | | | |"
                      % (os.path.dirname(path) or ".", len(g["nodes"]), len(g["links"]), name))
                continue
            page = "/tmp/bench_html_renderers.html"
            with open(page, "w", encoding="utf-8") as f:
                f.write("<html><body style='margin:0'><div id=c style='width:1280px;height:800px'></div>")
                for lib in libs:
                    f.write("<script>" + open(os.path.join(mods, lib), encoding="utf-8").read() + "</script>")
                f.write("<script>var D = %s; var LAYOUT = '%s';%s</script></body></html>" % (data, layout, js))
            with cdp.Browser(timeout=600) as b:
                t = time.time()
                b.open("file://" + page, 1280, 800)
                load = time.time() - t
                ms = json.loads(b.eval("document.title"))
            os.remove(page)
            print("| %s | %d | %d | %s | %.0f | %.0f | %.0f | %.1f |" % (
                os.path.dirname(path) or ".", len(g["nodes"]), len(g["links"]), name, ms[0], ms[1], ms[2], load))


if __name__ == "__main__":
    main()
