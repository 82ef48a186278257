// load_cyjs: graph.cyjs loaded by Cytoscape.js itself (headless, in node).
// usage: node load_cyjs.js NODE_MODULES_DIR FILE.cyjs NODES EDGES   (exit 1 on a difference)
"use strict";
const fs = require("fs");
const path = require("path");
const [dir, file, nodes, edges] = process.argv.slice(2);
const cytoscape = require(path.resolve(dir, "cytoscape"));
const data = JSON.parse(fs.readFileSync(file, "utf8"));
const cy = cytoscape({ headless: true, elements: data.elements });
const got = [cy.nodes().length, cy.edges().length];
const bad = cy.edges().filter((e) => e.source().empty() || e.target().empty()).length;
console.log("Cytoscape.js " + cytoscape.version + ": " + got[0] + " nodes, " + got[1] + " edges");
if (got[0] !== +nodes || got[1] !== +edges || bad) {
  console.error("load_cyjs: want " + nodes + " nodes, " + edges + " edges, all ends present");
  process.exit(1);
}
