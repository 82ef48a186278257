/* cocite: sparse pair counts (see cocite.h). */
#include "cocite.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* Open-addressing map (a, b) → count. */
struct pairmap {
    struct node_pair *slot;
    size_t cap, n;
};

static uint64_t pair_hash(size_t a, size_t b)
{
    uint64_t h = (uint64_t)a * 0x9E3779B97F4A7C15ULL ^ (uint64_t)b * 0xC2B2AE3D27D4EB4FULL;
    return h ^ (h >> 31);
}

static void pairmap_grow(struct pairmap *m)
{
    struct pairmap big = {xmalloc(m->cap * 2 * sizeof *big.slot), m->cap * 2, 0};
    for (size_t i = 0; i < big.cap; i++)
        big.slot[i].count = 0;
    for (size_t i = 0; i < m->cap; i++)
        if (m->slot[i].count) {
            size_t s = pair_hash(m->slot[i].a, m->slot[i].b) & (big.cap - 1);
            while (big.slot[s].count)
                s = (s + 1) & (big.cap - 1);
            big.slot[s] = m->slot[i];
            big.n++;
        }
    free(m->slot);
    *m = big;
}

static void pairmap_add(struct pairmap *m, size_t a, size_t b)
{
    size_t s = pair_hash(a, b) & (m->cap - 1);
    for (; m->slot[s].count; s = (s + 1) & (m->cap - 1))
        if (m->slot[s].a == a && m->slot[s].b == b) {
            m->slot[s].count++;
            return;
        }
    m->slot[s] = (struct node_pair){a, b, 1};
    if (++m->n * 2 > m->cap)
        pairmap_grow(m);
}

static int cmp_pair(const void *x, const void *y)
{
    const struct node_pair *p = x, *q = y;
    if (p->count != q->count)
        return p->count > q->count ? -1 : 1;
    if (p->a != q->a)
        return p->a < q->a ? -1 : 1;
    return p->b < q->b ? -1 : p->b > q->b;
}

/* For each node, the list of its "cites" neighbours (out for co-citation, in for
 * coupling), ascending; every pair of one list counts once. */
size_t cocite_top(const struct graph *g, enum pair_kind kind, size_t top,
                  struct node_pair **out, double *visits)
{
    size_t n = g->nnodes;
    size_t *start = xcalloc(n + 2, sizeof *start), *nb = xmalloc((g->nedges + 1) * sizeof *nb);
    for (size_t i = 0; i < g->nedges; i++)
        if (g->edges[i].type == ET_CITES)
            start[(kind == PAIRS_COCITATION ? g->edges[i].from : g->edges[i].to) + 2]++;
    for (size_t v = 2; v < n + 2; v++)
        start[v] += start[v - 1];
    for (size_t i = 0; i < g->nedges; i++) {
        const struct gedge *e = &g->edges[i];
        if (e->type == ET_CITES) {
            size_t key = kind == PAIRS_COCITATION ? e->from : e->to;
            nb[start[key + 1]++] = kind == PAIRS_COCITATION ? e->to : e->from;
        }
    }
    *visits = 0;
    for (size_t v = 0; v < n; v++) {
        double d = (double)(start[v + 1] - start[v]);
        *visits += d * (d - 1) / 2;
    }
    if (*visits > COCITE_MAX_VISITS) {
        free(start);
        free(nb);
        *out = NULL;
        return 0;
    }
    struct pairmap m = {xmalloc(1024 * sizeof *m.slot), 1024, 0};
    for (size_t i = 0; i < m.cap; i++)
        m.slot[i].count = 0;
    for (size_t v = 0; v < n; v++)
        for (size_t i = start[v]; i < start[v + 1]; i++)
            for (size_t j = i + 1; j < start[v + 1]; j++) {
                size_t a = nb[i], b = nb[j];
                pairmap_add(&m, a < b ? a : b, a < b ? b : a);
            }
    size_t k = 0;
    for (size_t i = 0; i < m.cap; i++)
        if (m.slot[i].count)
            m.slot[k++] = m.slot[i];
    qsort(m.slot, k, sizeof *m.slot, cmp_pair);
    if (top && k > top)
        k = top;
    *out = xrealloc(m.slot, (k + 1) * sizeof **out);
    free(start);
    free(nb);
    return k;
}
