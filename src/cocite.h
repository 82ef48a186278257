/* cocite: co-citation (two nodes cited by the same document) and bibliographic coupling
 * (two documents citing the same node) over the "cites" links, counted sparsely — one
 * pass over each document's references (Σ deg² pairs), never a |V|×|V| matrix. The counts
 * equal igraph_cocitation / igraph_bibcoupling on the graph of "cites" links. */
#ifndef UNXREF_COCITE_H
#define UNXREF_COCITE_H

#include <stddef.h>

#include "graph.h"

struct node_pair {
    size_t a, b;   /* node indices, a < b */
    long count;
};

enum pair_kind { PAIRS_COCITATION, PAIRS_COUPLING };

/* Pair visits above which cocite_top gives up (a node cited by 10,000 texts alone makes
 * 5·10⁷ coupling pairs; each counted pair takes up to 48 bytes). */
#define COCITE_MAX_VISITS 1e7

/* The pairs with the largest counts (ties: by a, then b), at most top of them, into *out
 * (caller frees); returns how many. top = 0: all pairs. When the graph needs more than
 * COCITE_MAX_VISITS pair visits, counts nothing, sets *out = NULL and *visits, returns 0. */
size_t cocite_top(const struct graph *g, enum pair_kind kind, size_t top,
                  struct node_pair **out, double *visits);

#endif
