/* unxref graph.html: the citation graph drawn with sigma.js (WebGL) from the data unxref
 * wrote into #unxref-data; ForceAtlas2 layout in the page; search, filters, ego view,
 * legend, size by metric, labels and undocs.org links in a chosen language.
 * window.unxref exposes the state to tests (tests/html/check_html.py). */
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("unxref-data").textContent);
  var LANGS = { ar: "العربية", zh: "中文", en: "English", fr: "Français", ru: "Русский", es: "Español" };
  var KINDS = ["resolution", "document", "convention", "body"];
  /* the colours of graph.svg (emit_dot.c): borders of the organ and kind styles */
  var ORGANS = [["SC", "Security Council", "#2171b5"], ["GA", "General Assembly", "#238b45"],
                ["ECOSOC", "Economic and Social Council", "#6a51a3"],
                ["HRC", "Human Rights Council", "#d94801"],
                ["CHR", "Commission on Human Rights", "#a63603"],
                ["SUBCOM", "Sub-Commission on Human Rights", "#7f2704"], ["", "other documents", "#555555"]];
  var KIND_COLOR = { convention: "#b8860b", body: "#a61c3c" };
  var PALETTE = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d",
                 "#1f78b4", "#b15928", "#6a3d9a", "#33a02c", "#fb9a99"];
  var DIM = "#e4e4e4", URL_BASE = "https://undocs.org/";
  var $ = function (id) { return document.getElementById(id); };
  var esc = function (s) {
    return String(s).replace(/[&<>"]/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c];
    });
  };

  var state = { lang: D.lang, size: D.metrics.indexOf(D.size), color: "kind", kinds: {}, organs: {},
                from: 0, to: 0, community: "", query: "", matches: null, ego: null };
  KINDS.forEach(function (k) { state.kinds[k] = true; });
  ORGANS.forEach(function (o) { state.organs[o[0]] = true; });

  function organColor(code) {
    for (var i = 0; i < ORGANS.length; i++) if (ORGANS[i][0] === code) return ORGANS[i][2];
    return "#555555";
  }
  function label(d) { return (d.n && d.n[state.lang]) || d.l; }
  function url(d) { return d.u ? URL_BASE + state.lang + "/" + d.u.slice(URL_BASE.length) : ""; }
  function baseColor(d) {
    if (state.color === "community")
      return d.c >= 0 && d.c < PALETTE.length ? PALETTE[d.c] : "#9a9a9a";
    return KIND_COLOR[d.k] || organColor(d.o);
  }

  /* ---- the graph: one edge per ordered pair (types listed, weights summed) ---- */
  var graph = new graphology.Graph({ type: "directed", multi: false, allowSelfLoops: true });
  var comms = {};
  D.nodes.forEach(function (d, i) { (comms[d.c] = comms[d.c] || []).push(i); });
  var commIds = Object.keys(comms).map(Number).sort(function (a, b) { return a - b; });
  /* start positions: communities on a spiral, members on a small spiral around its centre */
  commIds.forEach(function (c, ci) {
    var R = 40 * Math.sqrt(ci), A = ci * 2.39996;
    comms[c].forEach(function (i, j) {
      var r = 2 * Math.sqrt(j), a = j * 2.39996;
      graph.addNode(D.nodes[i].i, { idx: i, x: R * Math.cos(A) + r * Math.cos(a),
                                    y: R * Math.sin(A) + r * Math.sin(a), size: 3, label: D.nodes[i].l });
    });
  });
  D.links.forEach(function (l) {
    var s = D.nodes[l[0]].i, t = D.nodes[l[1]].i, e = graph.edge(s, t);
    if (e === undefined)
      graph.addEdge(s, t, { weight: l[3], types: [D.link_types[l[2]]] });
    else {
      graph.updateEdgeAttribute(e, "weight", function (w) { return w + l[3]; });
      graph.getEdgeAttribute(e, "types").push(D.link_types[l[2]]);
    }
  });
  graph.forEachEdge(function (e, a) {
    graph.setEdgeAttribute(e, "size", 0.5 + Math.log(1 + a.weight) / 2);
  });

  /* metric maxima, for node sizes */
  var maxima = D.metrics.map(function (m, k) {
    var mx = 0;
    D.nodes.forEach(function (d) { if (d.m[k] > mx) mx = d.m[k]; });
    return mx;
  });
  function nodeSize(d) {
    if (state.size < 0) return 4;
    var v = d.m[state.size], mx = maxima[state.size];
    return 2 + 16 * (mx > 0 && v > 0 ? Math.sqrt(v / mx) : 0);
  }

  /* community names in the chosen language: the three most central members (PageRank) */
  var pr = D.metrics.indexOf("pagerank");
  function communityName(c) {
    var v = comms[c].slice().sort(function (a, b) { return D.nodes[b].m[pr] - D.nodes[a].m[pr]; });
    return v.slice(0, 3).map(function (i) { return label(D.nodes[i]); }).join("; ");
  }

  /* ---- which nodes are shown ---- */
  function passes(d) {
    if (!state.kinds[d.k]) return false;
    var dated = d.k === "resolution" || d.k === "document";
    if (dated && !state.organs[d.o]) return false;
    if (dated && state.from && !(d.y >= state.from)) return false;
    if (dated && state.to && !(d.y && d.y <= state.to)) return false;
    if (state.community !== "" && String(d.c) !== state.community) return false;
    return true;
  }
  var shown = {};
  function recompute() {
    var ego = state.ego, near = null;
    if (ego !== null) {
      near = {};
      near[ego] = true;
      graph.forEachNeighbor(ego, function (n) { near[n] = true; });
    }
    shown = {};
    graph.forEachNode(function (n, a) {
      if ((near ? near[n] : true) && (passes(D.nodes[a.idx]) || n === ego)) shown[n] = true;
    });
  }
  function visibleCount() { return Object.keys(shown).length; }

  function nodeReducer(n, a) {
    var d = D.nodes[a.idx], r = { x: a.x, y: a.y, label: label(d), size: nodeSize(d), color: baseColor(d) };
    if (!shown[n]) { r.hidden = true; return r; }
    if (state.matches && !state.matches[n]) { r.color = DIM; r.label = ""; r.zIndex = 0; }
    else if (state.matches || n === state.ego) { r.highlighted = true; r.forceLabel = true; r.zIndex = 1; }
    return r;
  }
  function edgeReducer(e, a) {
    var s = graph.source(e), t = graph.target(e);
    var r = { size: a.size, color: "#c8c8c8" };
    if (!shown[s] || !shown[t]) { r.hidden = true; return r; }
    if (state.ego !== null) r.color = s === state.ego ? "#4a6fa5" : "#a61c3c";
    else if (state.matches && !(state.matches[s] || state.matches[t])) r.color = "#f0f0f0";
    return r;
  }

  recompute();
  var renderer;
  try {
    renderer = new Sigma(graph, $("graph"), {
      nodeReducer: nodeReducer, edgeReducer: edgeReducer, defaultEdgeType: "arrow",
      labelFont: '"Noto Sans", "Noto Sans CJK SC", "Noto Sans Arabic", sans-serif',
      /* every label of a small graph; of a large one, those of the larger nodes */
      labelRenderedSizeThreshold: graph.order <= 200 ? 0 : 7, stagePadding: 60, zIndex: true,
      hideEdgesOnMove: graph.size > 20000
    });
  } catch (err) {
    $("status").textContent = "This page needs WebGL, which this browser does not offer: " + err.message;
    throw err;
  }

  /* ---- the side panel ---- */
  function refresh() {
    recompute();
    renderer.refresh();
    $("shown").textContent = "shown: " + visibleCount() + " of " + graph.order + " nodes";
  }
  /* the camera on the shown nodes (the ego network) */
  function lookAt() {
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    Object.keys(shown).forEach(function (n) {
      var p = renderer.getNodeDisplayData(n);
      if (!p) return;
      x0 = Math.min(x0, p.x); x1 = Math.max(x1, p.x); y0 = Math.min(y0, p.y); y1 = Math.max(y1, p.y);
    });
    if (x0 <= x1)
      renderer.getCamera().animate({ x: (x0 + x1) / 2, y: (y0 + y1) / 2,
                                     ratio: Math.min(1, Math.max(0.05, 1.25 * Math.max(x1 - x0, y1 - y0))) },
                                   { duration: 400 });
  }
  function listItems(nodes) {
    return nodes.slice(0, 300).map(function (n) {
      var d = D.nodes[graph.getNodeAttribute(n, "idx")];
      return '<li data-node="' + esc(n) + '">' + esc(label(d)) + (d.y ? " · " + d.y : "") + "</li>";
    }).join("") + (nodes.length > 300 ? "<li>… " + (nodes.length - 300) + " more</li>" : "");
  }
  function showInfo() {
    var n = state.ego;
    if (n === null) { $("info").innerHTML = ""; return; }
    var d = D.nodes[graph.getNodeAttribute(n, "idx")], u = url(d);
    var rows = D.metrics.map(function (m, k) {
      return "<tr><td>" + m + "</td><td>" + (d.m[k] === null ? "–" : +d.m[k].toPrecision(4)) + "</td></tr>";
    }).join("");
    var out = graph.outNeighbors(n), inn = graph.inNeighbors(n);
    $("info").innerHTML = "<h2>" + esc(label(d)) + "</h2><div>" + esc(d.i) + " · " + d.k +
      (d.y ? " · " + d.y : "") + (d.c >= 0 ? " · community " + d.c : "") + "</div>" +
      (d.c >= 0 ? "<div>" + esc(communityName(d.c)) + "</div>" : "") +
      (u ? '<div><a id="doc-link" href="' + esc(u) + '" target="_blank" rel="noopener">' + esc(u) + "</a></div>" : "") +
      "<table>" + rows + "</table>" +
      "<h2>cites (" + out.length + ")</h2><ul>" + listItems(out) + "</ul>" +
      "<h2>cited by (" + inn.length + ")</h2><ul>" + listItems(inn) + "</ul>";
  }
  function setEgo(n) {
    state.ego = n;
    refresh();
    showInfo();
    lookAt();
  }
  function legend() {
    var items = [];
    if (state.color === "community") {
      commIds.filter(function (c) { return c >= 0 && c < PALETTE.length; }).forEach(function (c) {
        items.push([PALETTE[c], "#" + c + " (" + comms[c].length + "): " + communityName(c)]);
      });
      if (commIds.some(function (c) { return c < 0 || c >= PALETTE.length; }))
        items.push(["#9a9a9a", "other communities"]);
    } else {
      ORGANS.forEach(function (o) {
        if (D.nodes.some(function (d) { return (d.k === "resolution" || d.k === "document") && d.o === o[0]; }))
          items.push([o[2], o[0] ? o[1] + " resolutions" : "other documents"]);
      });
      [["convention", "conventions"], ["body", "bodies"]].forEach(function (k) {
        if (D.nodes.some(function (d) { return d.k === k[0]; })) items.push([KIND_COLOR[k[0]], k[1]]);
      });
    }
    $("legend").innerHTML = "<b>Colours</b>" + items.map(function (it) {
      return '<div><span class="swatch" style="background:' + it[0] + '"></span>' + esc(it[1]) + "</div>";
    }).join("") + "<div class='note'>size: " + (state.size < 0 ? "none" : D.metrics[state.size]) +
      " (of the full graph); arrows: cites → cited</div>";
  }
  function communityOptions() {
    $("community").innerHTML = '<option value="">all</option>' + commIds.filter(function (c) { return c >= 0; })
      .map(function (c) {
        return '<option value="' + c + '">#' + c + " (" + comms[c].length + ") " + esc(communityName(c)) + "</option>";
      }).join("");
    $("community").value = state.community;
  }
  function search(q) {
    state.query = q;
    var key = q.toLowerCase().replace(/\s+/g, "");
    if (!key) { state.matches = null; $("results").innerHTML = ""; refresh(); return 0; }
    var m = {}, hits = [];
    graph.forEachNode(function (n, a) {
      var d = D.nodes[a.idx];
      var texts = [d.i, d.l].concat(d.n ? Object.keys(d.n).map(function (k) { return d.n[k]; }) : []);
      if (texts.some(function (t) { return t.toLowerCase().replace(/\s+/g, "").indexOf(key) >= 0; })) {
        m[n] = true;
        hits.push(n);
      }
    });
    hits.sort(function (a, b) {
      return D.nodes[graph.getNodeAttribute(b, "idx")].m[pr] - D.nodes[graph.getNodeAttribute(a, "idx")].m[pr];
    });
    state.matches = m;
    $("results").innerHTML = listItems(hits.slice(0, 40)) || "<li>no match</li>";
    refresh();
    return hits.length;
  }

  /* controls */
  function checkboxes(box, values, counts, names, on) {
    box.innerHTML = values.filter(function (v) { return counts[v]; }).map(function (v) {
      return '<label><input type="checkbox" checked value="' + esc(v) + '"> ' + esc(names[v]) + " (" + counts[v] + ")</label>";
    }).join("");
    box.addEventListener("change", function (ev) { on(ev.target.value, ev.target.checked); refresh(); });
  }
  var kindCount = {}, organCount = {}, kindNames = {}, organNames = {}, years = [];
  D.nodes.forEach(function (d) {
    kindCount[d.k] = (kindCount[d.k] || 0) + 1;
    if (d.k !== "resolution" && d.k !== "document") return;
    organCount[d.o] = (organCount[d.o] || 0) + 1;
    if (d.y) years.push(d.y);
  });
  KINDS.forEach(function (k) { kindNames[k] = k; });
  ORGANS.forEach(function (o) { organNames[o[0]] = o[0] || "other"; });
  checkboxes($("kinds"), KINDS, kindCount, kindNames, function (v, c) { state.kinds[v] = c; });
  checkboxes($("organs"), ORGANS.map(function (o) { return o[0]; }), organCount, organNames,
             function (v, c) { state.organs[v] = c; });
  years.sort(function (a, b) { return a - b; });
  if (years.length) {
    $("year-from").placeholder = years[0];
    $("year-to").placeholder = years[years.length - 1];
  }
  function yearInput(id, key) {
    $(id).addEventListener("input", function () { state[key] = parseInt($(id).value, 10) || 0; refresh(); });
  }
  yearInput("year-from", "from");
  yearInput("year-to", "to");
  $("community").addEventListener("change", function () { state.community = $("community").value; refresh(); });
  $("size").innerHTML = D.metrics.map(function (m, k) { return '<option value="' + k + '">' + m + "</option>"; }).join("") +
    '<option value="-1">none</option>';
  $("size").value = String(state.size);
  $("size").addEventListener("change", function () { state.size = +$("size").value; legend(); refresh(); });
  $("color").addEventListener("change", function () { state.color = $("color").value; legend(); refresh(); });
  $("lang").innerHTML = Object.keys(LANGS).map(function (l) { return '<option value="' + l + '">' + LANGS[l] + "</option>"; }).join("");
  $("lang").value = state.lang;
  $("lang").addEventListener("change", function () {
    state.lang = $("lang").value;
    document.documentElement.lang = state.lang;
    legend(); communityOptions(); showInfo(); if (state.query) search(state.query); else refresh();
  });
  $("search").addEventListener("input", function () { search($("search").value); });
  $("search").addEventListener("keydown", function (ev) {
    var first = $("results").querySelector("li[data-node]");
    if (ev.key === "Enter" && first) setEgo(first.getAttribute("data-node"));
  });
  function clickList(ev) {
    var li = ev.target.closest("li[data-node]");
    if (li) setEgo(li.getAttribute("data-node"));
  }
  $("results").addEventListener("click", clickList);
  $("info").addEventListener("click", clickList);
  $("reset").addEventListener("click", function () {
    document.querySelectorAll("#kinds input, #organs input").forEach(function (b) { b.checked = true; });
    KINDS.forEach(function (k) { state.kinds[k] = true; });
    ORGANS.forEach(function (o) { state.organs[o[0]] = true; });
    $("year-from").value = $("year-to").value = $("search").value = "";
    state.from = state.to = 0; state.community = ""; $("community").value = "";
    search("");
    setEgo(null);
  });
  renderer.on("clickNode", function (ev) { setEgo(ev.node); });
  renderer.on("clickStage", function () { if (state.ego !== null) setEgo(null); });

  $("title").textContent = D.title;
  $("summary").textContent = D.documents + " documents read; " + graph.order + " nodes, " + D.links.length +
    " links" + (D.selection ? "; selection: " + D.selection + " (of " + D.full_nodes + " nodes)" : "") + ". " + D.generator;
  legend();
  communityOptions();
  refresh();

  /* ForceAtlas2 in steps of about 100 ms on a copy of the graph, so the page answers while
   * it settles and drawing does not slow it: the drawn positions follow once a second. At
   * most ITER iterations or LAYOUT_MS milliseconds; the button pauses and resumes it. */
  var fa2 = graphologyLibrary.layoutForceAtlas2, settings = fa2.inferSettings(graph);
  var ITER = graph.order > 5000 ? 150 : 300, LAYOUT_MS = 60000, done = 0, spent = 0, chunk = 1, paused = false;
  var work = graph.copy(), last = performance.now(), shown_at = last; /* pauses do not count */
  var api = window.unxref = { graph: graph, renderer: renderer, state: state, search: search, setEgo: setEgo,
    visibleCount: visibleCount, layoutDone: false,
    drawnCount: function () {
      var k = 0;
      graph.forEachNode(function (n) { var p = renderer.getNodeDisplayData(n); if (p && !p.hidden) k++; });
      return k;
    } };
  function place() {
    graph.updateEachNodeAttributes(function (n, a) {
      a.x = work.getNodeAttribute(n, "x");
      a.y = work.getNodeAttribute(n, "y");
      return a;
    }, { attributes: ["x", "y"] });
  }
  function step() {
    if (paused) return;
    var t = performance.now();
    if (graph.order > 1) fa2.assign(work, { iterations: chunk, settings: settings });
    done += chunk;
    var now = performance.now();
    chunk = Math.max(1, Math.min(ITER - done, Math.round(chunk * 100 / Math.max(now - t, 1))));
    spent += now - last;
    last = now;
    var stop = done >= ITER || spent > LAYOUT_MS || graph.order < 2;
    if (stop || now - shown_at > 1000) { place(); shown_at = now; }
    $("status").textContent = stop ? "layout: ForceAtlas2, " + done + " iterations"
                                   : "layout " + Math.round(100 * done / ITER) + " %…";
    if (stop) { api.layoutDone = true; api.layoutAt = performance.now(); $("layout").hidden = true; }
    else setTimeout(step, 0);
  }
  $("layout").addEventListener("click", function () {
    paused = !paused;
    $("layout").textContent = paused ? "resume layout" : "pause layout";
    last = performance.now();
    if (!paused) setTimeout(step, 0);
  });
  setTimeout(step, 0);
})();
