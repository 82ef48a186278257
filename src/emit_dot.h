/* emit_dot: the Graphviz outputs, through cgraph and gvc in-process — graph.dot (before
 * layout, deterministic), rendered graph.svg/png/pdf and layout.json (positions from the
 * layout). Timeline for dot (one column a year, x proportional to the year: dot orders
 * the rows, then the nop engine draws at the placed positions), sfdp with overlap removal
 * for large graphs;
 * shape and colour by kind or community, size by a metric, edge width by weight and
 * style by type, clusters, a legend, clickable resolution nodes.
 * The only module that sees Graphviz types; Graphviz runs in one thread. */
#ifndef UNXREF_EMIT_DOT_H
#define UNXREF_EMIT_DOT_H

#include "graph.h"
#include "subgraph.h"

enum cluster_by { CLUSTER_NONE, CLUSTER_COMMUNITY, CLUSTER_ORGAN, CLUSTER_YEAR };

struct dot_options {
    const char *engine;     /* layout engine, or NULL to choose by size */
    int want_dot;           /* write DIR/graph.dot */
    int want_layout;        /* write DIR/layout.json */
    const char *render[4];  /* rendered formats: "svg", "png", "pdf"; NULL-terminated */
    enum cluster_by cluster;
    int color_community;    /* fill colour by gnode.community instead of kind */
    enum metric size;       /* font size by this metric (M_NONE: all the same) */
    int full_labels;        /* full symbols and names instead of short labels */
    const char *link_lang;  /* undocs.org language (ar zh en fr ru es), or NULL */
    int no_timeline;        /* dot: no year rows even when years are known */
    int no_legend;
};

/* Defaults: automatic engine, colour by kind, size by PageRank, short labels, legend. */
void dot_options_init(struct dot_options *o);
int dot_parse_cluster(const char *text, enum cluster_by *out);

/* Nodes above which the automatic choice is sfdp instead of dot. */
#define DOT_MAX_NODES 150
/* Nodes above which sfdp draws unlabelled points (labels could not be read anyway). */
#define DOT_MAX_LABELS 2000

/* Nodes above which the diagram (graph.dot, layout, rendering) holds only this many,
 * those of highest PageRank, with a warning and a graph comment; graph.json stays whole. */
#define DOT_MAX_DRAWN 20000

/* The layout engines this Graphviz has, ", "-separated and sorted (caller frees); and
 * whether name is one of such a list. */
char *dot_layout_engines(void);
int dot_engine_known(const char *engines, const char *name);

/* Writes the requested files into dir; returns 0, or -1 after reporting. */
int emit_dot(const struct graph *g, const char *dir, const struct dot_options *o);

#endif
