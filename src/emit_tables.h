/* emit_tables: the graph as tables other tools open with every attribute — GraphML
 * (networkx, Gephi, yEd), GEXF 1.2 (Gephi; a node's year is its start date, so Gephi's
 * timeline works) and CSV (nodes.csv, edges.csv; RFC 4180 quoting). The columns come from
 * table.c. Each returns 0, or -1 when the stream failed. */
#ifndef UNXREF_EMIT_TABLES_H
#define UNXREF_EMIT_TABLES_H

#include <stdio.h>

#include "graph.h"

int emit_graphml(const struct graph *g, FILE *fp);
int emit_gexf(const struct graph *g, FILE *fp);
int emit_csv_nodes(const struct graph *g, FILE *fp);
int emit_csv_edges(const struct graph *g, FILE *fp);

#endif
