/* emit_formats: the graph in the formats of the tools citation analysts use —
 * Cytoscape.js JSON (graph.cyjs: Cytoscape.js `elements`, also opened by Cytoscape
 * desktop; every node attribute of table.c, typed, and value = id for networkx), Pajek (graph.net: *Vertices with ids
 * as labels, *Arcs with weights; read by Pajek, networkx.read_pajek, igraph) and VOSviewer
 * map and network files (vosviewer_map.txt: id, label, description, url, cluster,
 * weight<Citations>, weight<PageRank>, score<Year>; vosviewer_network.txt: id, id,
 * strength — VOSviewer links are undirected, so the two directions and the link types of
 * a pair are one link, strengths summed). Each returns 0, or -1 when the stream failed. */
#ifndef UNXREF_EMIT_FORMATS_H
#define UNXREF_EMIT_FORMATS_H

#include <stdio.h>

#include "graph.h"

int emit_cyjs(const struct graph *g, FILE *fp);
int emit_pajek(const struct graph *g, FILE *fp);
int emit_vos_map(const struct graph *g, FILE *fp);
int emit_vos_network(const struct graph *g, FILE *fp);

#endif
