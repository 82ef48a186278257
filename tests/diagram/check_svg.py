"""Checks of unxref's rendered diagrams (tests/cli/diagram-*):
  timeline DIR    layout.json: every resolution/document with a year stands at
                  x = a + b * year (b > 0, within 0.5 pt): distance means time
  scale DIR       graph.svg: every year-scale label above every cluster box
  legend DIR      graph.svg: no "community_N" label; the legend names each community
                  by the label of its member of highest PageRank (graph.json)
DIR holds graph.json, graph.svg and layout.json of one `unxref graph` run."""
import json
import re
import sys
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"


def load(d):
    with open(f"{d}/graph.json") as f:
        return json.load(f)


def svg_groups(d, cls):
    root = ET.parse(f"{d}/graph.svg").getroot()
    return root, [g for g in root.iter(SVG + "g") if cls in (g.get("class") or "").split()]


def timeline(d):
    years = {n["id"]: n["year"] for n in load(d)["nodes"]
             if n["year"] and n["kind"] in ("resolution", "document")}
    with open(f"{d}/layout.json") as f:
        xs = {n["id"]: n["x"] for n in json.load(f)["nodes"] if n["id"] in years}
    ys = sorted(set(years.values()))
    assert len(ys) >= 3, f"want 3 years or more, got {ys}"
    (y0, x0), (y1, x1) = min((years[i], xs[i]) for i in xs), max((years[i], xs[i]) for i in xs)
    b = (x1 - x0) / (y1 - y0)
    assert b > 0, "older years not to the left"
    bad = [(i, years[i], xs[i]) for i in xs if abs(x0 + b * (years[i] - y0) - xs[i]) > 0.5]
    assert not bad, f"not proportional to the year ({b:.2f} pt a year): {bad[:5]}"
    gaps = sorted({y - x for x, y in zip(ys, ys[1:])})
    assert len(gaps) > 1, f"the input has no gap of more than one year between years: {ys}"
    print(f"timeline: {len(xs)} nodes on {len(ys)} years, {b:.1f} pt a year")


def numbers(path):
    return [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", path)]


def scale(d):
    root, clusters = svg_groups(d, "cluster")
    assert clusters, "no cluster box drawn"
    tops = []
    for c in clusters:
        for p in list(c.iter(SVG + "path")) + list(c.iter(SVG + "polygon")):
            v = numbers(p.get("d") or p.get("points"))
            tops.append(min(v[1::2]))
    _, years = svg_groups(d, "year")
    assert years, "no year scale drawn"
    low = max(float(t.get("y")) for g in years for t in g.iter(SVG + "text"))
    assert low < min(tops), f"a year label (y {low}) is inside or below a box (top {min(tops)})"
    print(f"scale: {len(years)} year labels above {len(clusters)} boxes")


def legend(d):
    g = load(d)
    text = ET.tostring(ET.parse(f"{d}/graph.svg").getroot(), encoding="unicode")
    assert not re.search(r">\s*community_\d+", text), "a community_N label is drawn"
    best = {}
    for n in g["nodes"]:
        c = n["community"]
        if c is not None and (c not in best or n["pagerank"] > best[c]["pagerank"]):
            best[c] = n
    texts = {"".join(t.itertext()) for t in ET.parse(f"{d}/graph.svg").getroot().iter(SVG + "text")}
    named = [c for c, n in best.items() if any(t.startswith(n["label"]) for t in texts
                                               if "other" in t or t == n["label"])]
    assert len(named) == min(len(best), 12), f"{len(named)} of {len(best)} communities named"
    print(f"legend: {len(named)} communities named")


if __name__ == "__main__":
    {"timeline": timeline, "scale": scale, "legend": legend}[sys.argv[1]](sys.argv[2])
