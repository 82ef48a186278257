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

/* The pairs with the largest counts (ties: by a, then b), at most top of them, into *out
 * (caller frees); returns how many. top = 0: all pairs. */
size_t cocite_top(const struct graph *g, enum pair_kind kind, size_t top,
                  struct node_pair **out);

#endif
