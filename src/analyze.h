/* analyze: network metrics of the citation graph, computed with igraph — in/out degree
 * and strength, PageRank (PRPACK, damping 0.85, weighted, rank flows from citing to
 * cited), betweenness (directed, unweighted; exact, or sampled on large graphs), HITS hub
 * and authority (weighted), weakly connected components, and on the undirected graph
 * (parallel and reciprocal links merged, weights summed): k-core, closeness (within the
 * node's component), Leiden and Louvain communities (modularity, seeded).
 * The only module besides mainpath.c that sees igraph; igraph runs in one thread. */
#ifndef UNXREF_ANALYZE_H
#define UNXREF_ANALYZE_H

#include "graph.h"
#include "subgraph.h"

/* Installs igraph's non-aborting error handler; call once at start-up. */
void analyze_init(void);
/* Fills the metric fields of every node and the partitions of g. Returns 0, or -1 after
 * reporting an igraph failure. Same graph → same results (the RNG is seeded). */
int analyze_metrics(struct graph *g);

/* The graph a command reports on, analysed (graph_sort and analyze_metrics done): g itself
 * when o selects nothing, else the selection (subgraph_select) analysed as a graph of its
 * own — metrics, communities, the resolution citation graph on its nodes and links only.
 * With --top, the N nodes are ranked on the selection by the other options (on g when
 * there are none), analysed, and the N kept are analysed again; ranked_nnodes/nedges say
 * the size of the graph they were ranked on. Returns g, a new graph (free it with
 * graph_free when it is not g), or NULL after reporting. */
struct graph *analyze_selection(struct graph *g, const struct subgraph_options *o);

/* Graphs with more than this many node × (node + link) steps (--exact-limit) get sampled
 * betweenness — shortest paths from limit / (nodes + links) random sources, scaled — and
 * no closeness (stated in g->betweenness_method / closeness_method). */
#define ANALYZE_EXACT_LIMIT 1e9
#define ANALYZE_SAMPLE_SEED 20240501u
/* Louvain (a second partition beside Leiden) only up to this many nodes + links: igraph
 * 0.10.2's multilevel took over 10 minutes on the 1M-document synthetic graph. */
#define ANALYZE_LOUVAIN_MAX 2e6
/* --exact-limit (steps < 0: the default) and -j (threads <= 0: all cores, used by
 * closeness); call before analyze_metrics. */
void analyze_configure(double steps, int threads);

#endif
