/* handmade: graphs built by hand, node by node (hm_node, hm_edge; also used by
 * tests/bench/render.c), and the small citation graph of the subgraph and diagram tests:
 *   S/RES/5 (2005) -> S/RES/4 (2004) x3, -> S/RES/3 (2003) x1, -> ctc (mentions) x2
 *   S/RES/4 (2004) -> S/RES/3 (2003) x1, -> S/RES/1 (2001) x2
 *   A/RES/60/1     -> S/RES/1 (2001) x1            (a General Assembly resolution, 2005)
 * Metrics set by hand: pagerank S1 .4, S3 .3, S4 .15, ctc .08, S5 .05, A60 .02;
 * communities: S5, S4, ctc 0; S3, S1 1; A60 none. */
#ifndef UNXREF_HANDMADE_H
#define UNXREF_HANDMADE_H

#include <string.h>

#include "graph.h"
#include "util.h"

enum { H_A60, H_S1, H_S3, H_S4, H_S5, H_CTC, H_NODES };

static inline struct gnode *hm_node(struct graph *g, const char *id, const char *label, enum node_kind k,
                    int year, double pr, long community)
{
    xgrow((void **)&g->nodes, &g->ncap, g->nnodes + 1, sizeof *g->nodes);
    struct gnode *n = &g->nodes[g->nnodes++];
    memset(n, 0, sizeof *n);
    n->id = xstrdup(id);
    n->label = xstrdup(label);
    n->kind = k;
    n->year = year;
    n->known = 1;
    n->pagerank = pr;
    n->community = community;
    return n;
}

static inline void hm_edge(struct graph *g, size_t from, size_t to, enum edge_type t, double w)
{
    xgrow((void **)&g->edges, &g->ecap, g->nedges + 1, sizeof *g->edges);
    g->edges[g->nedges++] = (struct gedge){from, to, t, w};
    g->nodes[from].out_degree++;
    g->nodes[to].in_degree++;
}

/* Nodes in id order, as graph_sort leaves them. */
static inline struct graph *handmade(void)
{
    struct graph *g = graph_new();
    hm_node(g, "A/RES/60/1", "60/1", NK_RESOLUTION, 2005, 0.02, -1);
    hm_node(g, "S/RES/1 (2001)", "1 (2001)", NK_RESOLUTION, 2001, 0.4, 1);
    hm_node(g, "S/RES/3 (2003)", "3 (2003)", NK_RESOLUTION, 2003, 0.3, 1);
    hm_node(g, "S/RES/4 (2004)", "4 (2004)", NK_RESOLUTION, 2004, 0.15, 0);
    hm_node(g, "S/RES/5 (2005)", "5 (2005)", NK_RESOLUTION, 2005, 0.05, 0);
    hm_node(g, "ctc", "Counter-Terrorism Committee", NK_BODY, 2001, 0.08, 0);
    hm_edge(g, H_A60, H_S1, ET_CITES, 1);
    hm_edge(g, H_S4, H_S1, ET_CITES, 2);
    hm_edge(g, H_S4, H_S3, ET_CITES, 1);
    hm_edge(g, H_S5, H_S3, ET_CITES, 1);
    hm_edge(g, H_S5, H_S4, ET_CITES, 3);
    hm_edge(g, H_S5, H_CTC, ET_MENTIONS, 2);
    g->nodes[H_S5].input = g->nodes[H_S4].input = g->nodes[H_A60].input = 1;
    g->ndocs = 3;
    graph_reindex(g);
    return g;
}

#endif
