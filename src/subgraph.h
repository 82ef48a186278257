/* subgraph: selecting the part of a citation graph to draw — ego networks (--focus,
 * --depth, --direction), filters by kind, organ, year and edge weight, the top N nodes
 * by a metric. Pure C on struct graph: the result is a new graph whose nodes carry the
 * metrics of g until it is analysed on its own (analyze_selection does both). Also owns
 * the metric names (--by, --size). */
#ifndef UNXREF_SUBGRAPH_H
#define UNXREF_SUBGRAPH_H

#include "graph.h"

enum metric {
    M_NONE = -1,
    M_PAGERANK,
    M_IN_DEGREE,
    M_OUT_DEGREE,
    M_IN_STRENGTH,
    M_OUT_STRENGTH,
    M_BETWEENNESS,
    M_HUB,
    M_AUTHORITY,
    M_CORENESS,
    M_CLOSENESS,
    M_CITATION_PAGERANK,   /* PageRank on the resolution citation graph; 0 for other kinds */
    M_COUNT
};

enum direction { DIR_BOTH, DIR_OUT, DIR_IN };

#define SUBGRAPH_MAX_FOCUS 16

/* What to keep. All zero (subgraph_options_init) keeps everything. */
struct subgraph_options {
    const char *focus[SUBGRAPH_MAX_FOCUS]; /* node ids (or symbols, labels) */
    int nfocus;
    int depth;                 /* ego radius in links (default 1) */
    enum direction direction;  /* out: what the focus cites; in: what cites it */
    unsigned kinds;            /* bit (1 << node_kind); 0 = all */
    unsigned organs;           /* bit (1 << enum organ) for resolutions and documents; 0 = all */
    int year_from, year_to;    /* resolutions and documents dated in [from, to]; 0 = open */
    double min_weight;         /* links lighter than this are dropped; 0 = none */
    long top;                  /* keep the N best nodes by `by`; 0 = all */
    enum metric by;
};

void subgraph_options_init(struct subgraph_options *o);
/* Whether o selects anything less than the whole graph. */
int subgraph_active(const struct subgraph_options *o);

/* Parsers for the command line; each returns 0, or -1 when the text is not valid. */
int subgraph_parse_kinds(const char *list, unsigned *out);
int subgraph_parse_organs(const char *list, unsigned *out);
int subgraph_parse_years(const char *text, int *from, int *to);
int subgraph_parse_direction(const char *text, enum direction *out);

/* Metric by name ("pagerank", "in_degree", …); M_NONE when unknown. */
enum metric metric_parse(const char *name);
const char *metric_name(enum metric m);
double metric_value(const struct gnode *n, enum metric m);

/* The selected graph (a new graph; free with graph_free), in the same node and edge order
 * as g. Rules, in this order:
 *  1. --kinds keeps nodes of those kinds; --organ and --years keep resolutions and
 *     documents of those organs and years (undated ones are dropped by --years);
 *  2. links lighter than --min-weight are dropped; with --min-weight, nodes left without
 *     any link are dropped, and a body or convention is kept only when a kept link
 *     joins it to a kept node;
 *  3. --focus keeps the nodes within --depth links of a focus node, walking the kept
 *     links in --direction;
 *  4. --top keeps N nodes: the focus nodes, then the highest by the metric (ties by id);
 *     the bodies and conventions among them left without a link to another of them (with
 *     --min-weight, any node left without a link) are dropped again, as in 2;
 *  5. the links among the kept nodes.
 * Returns NULL after reporting when a focus node is not in the graph. */
struct graph *subgraph_select(const struct graph *g, const struct subgraph_options *o);

#endif
