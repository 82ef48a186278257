"""The charts of `unxref stats --plots DIR`, checked against the numbers of the same run's
`stats --json` and `graph --format json`:
- every chart is written as SVG, PNG and PDF; the SVG parses as XML, the PNG has its
  signature and the size asked for, the PDF opens with %PDF- and ends with %%EOF;
- citations per year and citation age: one bar per year / age of the JSON, bar heights in
  proportion to the counts, bars in key order from left to right;
- in-degree distribution: one point per in-degree k >= 1 that some node of graph.json has;
- most cited: one bar per node of `top.in_degree` (in-degree > 0), the labels in that order,
  bar lengths in proportion to the in-degrees;
- labels in Chinese and Arabic (a synthetic extract file, no corpus text) reach the SVG and
  fontconfig has fonts for both scripts, which cairo uses for PNG and PDF;
- with gnuplot missing from PATH: a clear message, exit status 1, the report still written,
  no chart file left;
- stats with no citations at all: an empty "no data" frame, not an error.
Usage: check.py UNXREF INPUT...  (INPUT: corpus folders or files)"""
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"
NAMES = ["citations-per-year", "citation-age", "in-degree-distribution", "most-cited"]
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
    return cond


def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, **kw)


def plot_group(path):
    root = ET.parse(path).getroot()
    groups = [g for g in root.iter(SVG + "g") if g.get("id") == "gnuplot_plot_1"]
    check(len(groups) == 1, f"{path}: one gnuplot_plot_1 group, found {len(groups)}")
    return root, groups[0] if groups else ET.Element("g")


def boxes(group):
    """(x0, x1, y0, y1) of each filled polygon (bar) of the plot"""
    out = []
    for p in group.iter(SVG + "polygon"):
        pts = [tuple(map(float, xy.split(","))) for xy in p.get("points").split()]
        xs, ys = [x for x, _ in pts], [y for _, y in pts]
        out.append((min(xs), max(xs), min(ys), max(ys)))
    return out


def proportional(sizes, values, what):
    """Each bar's size is its value times one scale, to 1 % or to the SVG's own rounding of
    coordinates to 0.01 (two corners: 0.02), whichever is larger: a bar of 1 beside one of
    1,000 is a third of a unit tall."""
    pairs = [(s, v) for s, v in zip(sizes, values) if v > 0]
    if not pairs:
        check(False, f"{what}: no bars with a value")
        return
    scale = max(s for s, _ in pairs) / max(v for _, v in pairs)
    bad = [(s, v) for s, v in pairs if abs(s - v * scale) > max(0.01 * v * scale, 0.021)]
    check(not bad, f"{what}: bar sizes not in proportion to the values: {bad[:3]}")


def files_ok(d, name, height=None):
    for ext in ("svg", "png", "pdf"):
        p = os.path.join(d, f"{name}.{ext}")
        if not check(os.path.isfile(p) and os.path.getsize(p) > 0, f"{p}: missing or empty"):
            return False
    with open(os.path.join(d, name + ".png"), "rb") as f:
        head = f.read(24)
    check(head[:8] == b"\x89PNG\r\n\x1a\n", f"{name}.png: not a PNG")
    w, h = struct.unpack(">II", head[16:24])
    check(w >= 600 and h >= 150, f"{name}.png: {w}x{h}, too small")
    with open(os.path.join(d, name + ".pdf"), "rb") as f:
        pdf = f.read()
    check(pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF"), f"{name}.pdf: not a PDF")
    return True


def check_counts(d, name, counts, key):
    root, g = plot_group(os.path.join(d, name + ".svg"))
    b = boxes(g)
    want = [c["count"] for c in counts]
    if not check(len(b) == len(want), f"{name}: {len(b)} bars, want {len(want)} ({key}s in JSON)"):
        return
    b.sort()
    proportional([y1 - y0 for _, _, y0, y1 in b], want, name)
    return root


def check_top(d, stats):
    top = [t for t in stats["top"]["in_degree"] if t["value"] > 0]
    root, g = plot_group(os.path.join(d, "most-cited.svg"))
    b = boxes(g)
    if not check(len(b) == len(top), f"most-cited: {len(b)} bars, want {len(top)}"):
        return
    b.sort(key=lambda r: r[2])  # top to bottom
    proportional([x1 - x0 for x0, x1, _, _ in b], [t["value"] for t in top], "most-cited")
    texts = ["".join(t.itertext()).strip() for t in root.iter(SVG + "text")]
    want = [t["id"] if t["id"].startswith(("S/", "A/", "E/")) or t["label"] is None
            else t["label"] for t in top]
    shown = [t for t in texts if any(t == w or (t.endswith("…") and w.startswith(t[:-1]))
                                     for w in want)]
    check(len(shown) >= len(want), f"most-cited: {len(shown)} of {len(want)} labels in the SVG")
    return texts


def check_degrees(d, graph):
    ks = {n["in_degree"] for n in graph["nodes"] if n["in_degree"] > 0}
    _, g = plot_group(os.path.join(d, "in-degree-distribution.svg"))
    pts = list(g.iter(SVG + "use"))
    check(len(pts) == len(ks), f"in-degree-distribution: {len(pts)} points, want {len(ks)}")


def charts(unxref, inputs, work, top):
    d = os.path.join(work, "plots")
    r = run([unxref, "stats", "-q", "--list", str(top), "--plots", d, "--json", "-o",
             os.path.join(work, "stats.json")] + inputs)
    check(r.returncode == 0, f"stats --plots exit {r.returncode}: {r.stderr}")
    # graph reads *.json as JSON only with --from (stats does by itself)
    frm = ["--from"] if all(i.endswith(".json") for i in inputs) else []
    r = run([unxref, "graph", "-q", "--format", "json", "-o", os.path.join(work, "g")] + frm
            + inputs)
    check(r.returncode == 0, f"graph exit {r.returncode}: {r.stderr}")
    with open(os.path.join(work, "stats.json")) as f:
        stats = json.load(f)
    with open(os.path.join(work, "g", "graph.json")) as f:
        graph = json.load(f)
    for n in NAMES:
        if not files_ok(d, n):
            return None
    t = stats["time"]
    check(len(t["citations_per_year"]) > 0, "no citations per year in the input")
    check_counts(d, "citations-per-year", t["citations_per_year"], "year")
    check_counts(d, "citation-age", t["citation_age"], "age")
    check_degrees(d, graph)
    return check_top(d, stats)


def scripts_case(unxref, work):
    """Chinese and Arabic names of unknown instruments, from a synthetic extract file."""
    names = ["《部队地位协定》", "اتفاقية مركز القوات"]
    docs = []
    for i in range(3):
        docs.append({"path": f"s{i}.txt", "language": "ar", "symbol": f"S/RES/{2000 + i} (2011)",
                     "mentions": [{"kind": "convention", "id": "unknown:" + n, "name": None,
                                   "known": False, "text": n, "start": 0, "end": 1, "line": 1}
                                  for n in names[: 1 + (i > 0)]]
                     + [{"kind": "resolution", "id": "S/RES/1373 (2001)", "text": "1373 (2001)",
                         "start": 2, "end": 3, "line": 1, "year": 2001}]})
    src = os.path.join(work, "scripts.json")
    with open(src, "w") as f:
        json.dump({"documents": docs, "errors": []}, f, ensure_ascii=False)
    texts = charts(unxref, [src], work, 10) or []
    for n in names:
        check(any(n.strip("《》") in t for t in texts), f"most-cited.svg lacks the label {n}")
    for lang in ("zh", "ar"):
        r = run(["fc-list", f":lang={lang}", "family"])
        check(r.returncode == 0 and r.stdout.strip(), f"fontconfig has no font for {lang}")


def missing_gnuplot(unxref, inputs, work):
    d = os.path.join(work, "none")
    env = dict(os.environ, PATH=os.path.join(work, "empty-path"))
    r = run([unxref, "stats", "-q", "--plots", d, "-o", os.path.join(work, "report.txt")]
            + inputs, env=env)
    check(r.returncode == 1, f"without gnuplot: exit {r.returncode}, want 1")
    check("gnuplot not found" in r.stderr and "gnuplot-nox" in r.stderr,
          f"without gnuplot: message {r.stderr!r}")
    check(os.path.getsize(os.path.join(work, "report.txt")) > 0, "without gnuplot: no report")
    check(not os.path.exists(d) or not os.listdir(d),
          f"without gnuplot: files left in {d}: {os.listdir(d) if os.path.exists(d) else ''}")


def no_citations(unxref, work):
    src = os.path.join(work, "empty.json")
    with open(src, "w") as f:
        json.dump({"documents": [{"path": "e.txt", "language": "en", "symbol": None,
                                  "mentions": []}], "errors": []}, f)
    d = os.path.join(work, "empty")
    r = run([unxref, "stats", "-q", "--plots", d, src])
    check(r.returncode == 0, f"no citations: exit {r.returncode}: {r.stderr}")
    for n in NAMES:
        files_ok(d, n)


def main():
    unxref, inputs = os.path.abspath(sys.argv[1]), sys.argv[2:]
    cases = 0
    with tempfile.TemporaryDirectory() as work:
        for i, inp in enumerate(inputs):
            w = os.path.join(work, f"in{i}")
            os.mkdir(w)
            charts(unxref, [inp], w, 25)
            cases += 1
        for fn in (scripts_case, no_citations):
            w = os.path.join(work, fn.__name__)
            os.mkdir(w)
            fn(unxref, w)
            cases += 1
        w = os.path.join(work, "missing")
        os.makedirs(os.path.join(w, "empty-path"))
        missing_gnuplot(unxref, inputs[:1] or [w], w)
        cases += 1
    for f in failures:
        print("plots:", f)
    print(f"plots: {cases} cases, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    shutil.which("gnuplot") or print("plots: gnuplot is not installed (scripts/install-deps.sh)")
    sys.exit(main())
