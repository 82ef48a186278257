/* analyze: network metrics of the citation graph, computed with igraph — in/out degree
 * and strength, PageRank (PRPACK, damping 0.85, weighted, rank flows from citing to
 * cited), betweenness (directed, unweighted), HITS hub and authority (weighted).
 * The only module that sees igraph; igraph runs in one thread. */
#ifndef UNXREF_ANALYZE_H
#define UNXREF_ANALYZE_H

#include "graph.h"

/* Installs igraph's non-aborting error handler; call once at start-up. */
void analyze_init(void);
/* Fills the metric fields of every node. Returns 0, or -1 after reporting an igraph
 * failure. */
int analyze_metrics(struct graph *g);

#endif
