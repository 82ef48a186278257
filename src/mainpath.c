/* mainpath: search path counts and main paths (see mainpath.h). */
#include "mainpath.h"

#include <igraph.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "util.h"

/* Arcs of the DAG as compressed adjacency lists, both directions. */
struct csr {
    size_t *ostart, *oarc; /* out-arcs of v: oarc[ostart[v] .. ostart[v+1]) (edge ids) */
    size_t *istart, *iarc;
};

static void csr_build(struct csr *c, const struct graph *g, const size_t *arcs, size_t na)
{
    size_t n = g->nnodes;
    c->ostart = xcalloc(n + 2, sizeof *c->ostart);
    c->istart = xcalloc(n + 2, sizeof *c->istart);
    c->oarc = xmalloc((na + 1) * sizeof *c->oarc);
    c->iarc = xmalloc((na + 1) * sizeof *c->iarc);
    for (size_t i = 0; i < na; i++) {
        c->ostart[g->edges[arcs[i]].from + 2]++;
        c->istart[g->edges[arcs[i]].to + 2]++;
    }
    for (size_t v = 2; v < n + 2; v++) {
        c->ostart[v] += c->ostart[v - 1];
        c->istart[v] += c->istart[v - 1];
    }
    /* arcs ascend by edge id, so every list does too */
    for (size_t i = 0; i < na; i++) {
        c->oarc[c->ostart[g->edges[arcs[i]].from + 1]++] = arcs[i];
        c->iarc[c->istart[g->edges[arcs[i]].to + 1]++] = arcs[i];
    }
}

static void csr_free(struct csr *c)
{
    free(c->ostart);
    free(c->istart);
    free(c->oarc);
    free(c->iarc);
}

static int is_arc(const struct graph *g, const struct gedge *e)
{
    return e->type == ET_CITES && e->from != e->to && g->nodes[e->from].kind == NK_RESOLUTION &&
           g->nodes[e->to].kind == NK_RESOLUTION;
}

/* Drops the arcs of an Eades feedback arc set from arcs[0..*na) into mp->cycle, then fills
 * order with a topological order. */
static igraph_error_t make_dag(const struct graph *g, size_t *arcs, size_t *na,
                               struct mainpath *mp, igraph_vector_int_t *order)
{
    igraph_t G;
    igraph_vector_int_t el, fas;
    igraph_bool_t dag;
    IGRAPH_CHECK(igraph_vector_int_init(&el, (igraph_integer_t)(2 * *na)));
    IGRAPH_FINALLY(igraph_vector_int_destroy, &el);
    for (size_t i = 0; i < *na; i++) {
        VECTOR(el)[2 * i] = (igraph_integer_t)g->edges[arcs[i]].from;
        VECTOR(el)[2 * i + 1] = (igraph_integer_t)g->edges[arcs[i]].to;
    }
    IGRAPH_CHECK(igraph_create(&G, &el, (igraph_integer_t)g->nnodes, IGRAPH_DIRECTED));
    IGRAPH_FINALLY(igraph_destroy, &G);
    IGRAPH_CHECK(igraph_is_dag(&G, &dag));
    if (!dag) {
        IGRAPH_CHECK(igraph_vector_int_init(&fas, 0));
        IGRAPH_FINALLY(igraph_vector_int_destroy, &fas);
        IGRAPH_CHECK(igraph_feedback_arc_set(&G, &fas, NULL, IGRAPH_FAS_APPROX_EADES));
        igraph_vector_int_sort(&fas);
        size_t nf = (size_t)igraph_vector_int_size(&fas), k = 0, j = 0;
        mp->cycle = xmalloc((nf + 1) * sizeof *mp->cycle);
        for (size_t i = 0; i < *na; i++) {
            if (j < nf && (size_t)VECTOR(fas)[j] == i) {
                mp->cycle[mp->ncycle++] = arcs[i];
                j++;
            } else {
                arcs[k++] = arcs[i];
            }
        }
        *na = k;
        IGRAPH_CHECK(igraph_delete_edges(&G, igraph_ess_vector(&fas)));
        igraph_vector_int_destroy(&fas);
        IGRAPH_FINALLY_CLEAN(1);
    }
    IGRAPH_CHECK(igraph_topological_sorting(&G, order, IGRAPH_OUT));
    igraph_destroy(&G);
    igraph_vector_int_destroy(&el);
    IGRAPH_FINALLY_CLEAN(2);
    return IGRAPH_SUCCESS;
}

/* Local search from v along the arcs of largest SPC (all of them on a tie), forward (to
 * the cited) or backward (to the citing), marking arcs in on[] and nodes in seen[]. */
static void local_search(const struct graph *g, const struct csr *c, const double *spc,
                         size_t v, int forward, unsigned char *on, unsigned char *seen)
{
    const size_t *start = forward ? c->ostart : c->istart, *arc = forward ? c->oarc : c->iarc;
    if (seen[v] & (forward ? 1 : 2))
        return;
    seen[v] |= forward ? 1 : 2;
    double best = -1;
    for (size_t k = start[v]; k < start[v + 1]; k++)
        if (spc[arc[k]] > best)
            best = spc[arc[k]];
    for (size_t k = start[v]; k < start[v + 1]; k++)
        if (spc[arc[k]] == best) {
            on[arc[k]] = 1;
            const struct gedge *e = &g->edges[arc[k]];
            local_search(g, c, spc, forward ? e->to : e->from, forward, on, seen);
        }
}

static const double *sort_spc;

static int cmp_spc_desc(const void *x, const void *y)
{
    size_t a = *(const size_t *)x, b = *(const size_t *)y;
    if (sort_spc[a] != sort_spc[b])
        return sort_spc[a] > sort_spc[b] ? -1 : 1;
    return a < b ? -1 : a > b;
}

static void count_paths(const struct graph *g, const struct csr *c, const size_t *order,
                        size_t n, struct mainpath *mp)
{
    double *nin = xcalloc(n + 1, sizeof *nin), *nout = xcalloc(n + 1, sizeof *nout);
    for (size_t i = 0; i < n; i++) {
        size_t v = order[i];
        if (c->istart[v] == c->istart[v + 1]) {
            nin[v] = 1;
            continue;
        }
        for (size_t k = c->istart[v]; k < c->istart[v + 1]; k++)
            nin[v] += nin[g->edges[c->iarc[k]].from];
    }
    for (size_t i = n; i-- > 0;) {
        size_t v = order[i];
        if (c->ostart[v] == c->ostart[v + 1]) {
            nout[v] = 1;
            continue;
        }
        for (size_t k = c->ostart[v]; k < c->ostart[v + 1]; k++)
            nout[v] += nout[g->edges[c->oarc[k]].to];
    }
    for (size_t v = 0; v < n; v++)
        if (c->istart[v] == c->istart[v + 1] && c->ostart[v] < c->ostart[v + 1])
            mp->npaths += nout[v];
    for (size_t v = 0; v < n; v++)
        for (size_t k = c->ostart[v]; k < c->ostart[v + 1]; k++)
            mp->spc[c->oarc[k]] = nin[v] * nout[g->edges[c->oarc[k]].to];
    free(nin);
    free(nout);
}

/* The source–sink path of largest total SPC: best[v] over a reverse topological order. */
static void global_path(const struct graph *g, const struct csr *c, const size_t *order,
                        size_t n, struct mainpath *mp)
{
    double *best = xcalloc(n + 1, sizeof *best);
    size_t *next = xmalloc((n + 1) * sizeof *next);
    for (size_t i = n; i-- > 0;) {
        size_t v = order[i];
        next[v] = (size_t)-1;
        for (size_t k = c->ostart[v]; k < c->ostart[v + 1]; k++) {
            double s = mp->spc[c->oarc[k]] + best[g->edges[c->oarc[k]].to];
            if (next[v] == (size_t)-1 || s > best[v])
                best[v] = s, next[v] = c->oarc[k];
        }
    }
    size_t start = (size_t)-1;
    for (size_t v = 0; v < n; v++)
        if (c->istart[v] == c->istart[v + 1] && next[v] != (size_t)-1 &&
            (start == (size_t)-1 || best[v] > best[start]))
            start = v;
    if (start != (size_t)-1) {
        mp->path_spc = best[start];
        size_t len = 1;
        for (size_t v = start; next[v] != (size_t)-1; v = g->edges[next[v]].to)
            len++;
        mp->path = xmalloc(len * sizeof *mp->path);
        mp->npath = len;
        /* oldest first: the walk goes from the citing to the cited */
        size_t v = start;
        for (size_t i = len; i-- > 0; v = next[v] == (size_t)-1 ? v : g->edges[next[v]].to)
            mp->path[i] = v;
    }
    free(best);
    free(next);
}

static void key_routes(const struct graph *g, const struct csr *c, const size_t *arcs,
                       size_t na, size_t keys, struct mainpath *mp)
{
    if (na == 0 || keys == 0)
        return;
    size_t *by = xmalloc(na * sizeof *by);
    memcpy(by, arcs, na * sizeof *by);
    sort_spc = mp->spc;
    qsort(by, na, sizeof *by, cmp_spc_desc);
    unsigned char *on = xcalloc(g->nedges + 1, 1), *seen = xcalloc(g->nnodes + 1, 1);
    for (size_t i = 0; i < keys && i < na; i++) {
        const struct gedge *e = &g->edges[by[i]];
        on[by[i]] = 1;
        local_search(g, c, mp->spc, e->from, 0, on, seen);
        local_search(g, c, mp->spc, e->to, 1, on, seen);
    }
    mp->keyroute = xmalloc((na + 1) * sizeof *mp->keyroute);
    for (size_t i = 0; i < g->nedges; i++)
        if (on[i])
            mp->keyroute[mp->nkeyroute++] = i;
    free(on);
    free(seen);
    free(by);
}

int mainpath_compute(const struct graph *g, size_t keys, struct mainpath *mp)
{
    memset(mp, 0, sizeof *mp);
    size_t n = g->nnodes, na = 0;
    size_t *arcs = xmalloc((g->nedges + 1) * sizeof *arcs);
    mp->forward = xmalloc((g->nedges + 1) * sizeof *mp->forward);
    mp->spc = xcalloc(g->nedges + 1, sizeof *mp->spc);
    for (size_t i = 0; i < g->nedges; i++) {
        const struct gedge *e = &g->edges[i];
        if (!is_arc(g, e))
            continue;
        int yf = g->nodes[e->from].year, yt = g->nodes[e->to].year;
        if (yf && yt && yt > yf)
            mp->forward[mp->nforward++] = i;
        else
            arcs[na++] = i;
    }
    igraph_vector_int_t order;
    igraph_error_t rc = igraph_vector_int_init(&order, 0);
    if (!rc)
        rc = make_dag(g, arcs, &na, mp, &order);
    if (rc) {
        diag_error(NULL, 0, "igraph: main path failed: %s", igraph_strerror(rc));
        igraph_vector_int_destroy(&order);
        free(arcs);
        mainpath_release(mp);
        return -1;
    }
    size_t *ord = xmalloc((n + 1) * sizeof *ord);
    for (size_t i = 0; i < n; i++)
        ord[i] = (size_t)VECTOR(order)[i];
    igraph_vector_int_destroy(&order);
    struct csr c;
    csr_build(&c, g, arcs, na);
    mp->narcs = na;
    count_paths(g, &c, ord, n, mp);
    global_path(g, &c, ord, n, mp);
    key_routes(g, &c, arcs, na, keys, mp);
    csr_free(&c);
    free(ord);
    free(arcs);
    return 0;
}

void mainpath_release(struct mainpath *mp)
{
    free(mp->spc);
    free(mp->path);
    free(mp->keyroute);
    free(mp->forward);
    free(mp->cycle);
    memset(mp, 0, sizeof *mp);
}
