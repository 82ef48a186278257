/* graph: citation graph model (see graph.h). */
#include "graph.h"

#include <stdint.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "crosslang.h"
#include "lang.h"
#include "symbol.h"
#include "util.h"

/* Open-addressing hash maps: node id -> index, (from, to, type) -> edge index. */
struct graph_index {
    size_t *nslot, ncap;
    size_t *eslot, ecap;
};

static uint64_t hash_str(const char *s)
{
    uint64_t h = 1469598103934665603ULL;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

static uint64_t hash_edge(size_t a, size_t b, int t)
{
    uint64_t h = (uint64_t)a * 0x9E3779B97F4A7C15ULL ^ ((uint64_t)b + 0x632BE59BD9B4E019ULL);
    return (h ^ (h >> 29)) * 0xBF58476D1CE4E5B9ULL + (uint64_t)t;
}

typedef uint64_t (*hash_fn)(const struct graph *g, size_t i);

static uint64_t node_hash(const struct graph *g, size_t i) { return hash_str(g->nodes[i].id); }

static uint64_t edge_hash(const struct graph *g, size_t i)
{
    const struct gedge *e = &g->edges[i];
    return hash_edge(e->from, e->to, (int)e->type);
}

/* Rebuilds a slot table of capacity cap (a power of two) over items 0..n-1. */
static void rehash(const struct graph *g, size_t **slots, size_t *cap, size_t newcap, size_t n,
                   hash_fn hash)
{
    free(*slots);
    *cap = newcap;
    *slots = xmalloc(newcap * sizeof **slots);
    memset(*slots, 0xFF, newcap * sizeof **slots);
    for (size_t i = 0; i < n; i++) {
        size_t s = hash(g, i) & (newcap - 1);
        while ((*slots)[s] != (size_t)-1)
            s = (s + 1) & (newcap - 1);
        (*slots)[s] = i;
    }
}

static void rehash_nodes(struct graph *g, size_t cap)
{
    rehash(g, &g->index->nslot, &g->index->ncap, cap, g->nnodes, node_hash);
}

static void rehash_edges(struct graph *g, size_t cap)
{
    rehash(g, &g->index->eslot, &g->index->ecap, cap, g->nedges, edge_hash);
}

struct graph *graph_new(void)
{
    struct graph *g = xcalloc(1, sizeof *g);
    g->index = xcalloc(1, sizeof *g->index);
    rehash_nodes(g, 1024);
    rehash_edges(g, 1024);
    return g;
}

static char *dup_or_null(const char *s) { return s ? xstrdup(s) : NULL; }

/* The node with this id, created with the given kind when new. */
static size_t node_get(struct graph *g, const char *id, enum node_kind kind, int *created)
{
    struct graph_index *x = g->index;
    size_t s = hash_str(id) & (x->ncap - 1);
    for (; x->nslot[s] != (size_t)-1; s = (s + 1) & (x->ncap - 1))
        if (strcmp(g->nodes[x->nslot[s]].id, id) == 0) {
            *created = 0;
            return x->nslot[s];
        }
    xgrow((void **)&g->nodes, &g->ncap, g->nnodes + 1, sizeof *g->nodes);
    struct gnode *n = &g->nodes[g->nnodes];
    memset(n, 0, sizeof *n);
    n->id = xstrdup(id);
    n->kind = kind;
    n->community = -1;
    n->louvain = -1;
    n->component = -1;
    n->citation_pagerank = NAN;
    x->nslot[s] = g->nnodes++;
    *created = 1;
    if (g->nnodes * 2 > x->ncap)
        rehash_nodes(g, x->ncap * 2);
    return g->nnodes - 1;
}

static void edge_max(struct graph *g, size_t from, size_t to, enum edge_type t, double w)
{
    struct graph_index *x = g->index;
    size_t s = hash_edge(from, to, (int)t) & (x->ecap - 1);
    for (; x->eslot[s] != (size_t)-1; s = (s + 1) & (x->ecap - 1)) {
        struct gedge *e = &g->edges[x->eslot[s]];
        if (e->from == from && e->to == to && e->type == t) {
            if (w > e->weight)
                e->weight = w;
            return;
        }
    }
    xgrow((void **)&g->edges, &g->ecap, g->nedges + 1, sizeof *g->edges);
    g->edges[g->nedges] = (struct gedge){from, to, t, w};
    x->eslot[s] = g->nedges++;
    if (g->nedges * 2 > x->ecap)
        rehash_edges(g, x->ecap * 2);
}

static char *resolution_label(const char *id)
{
    char label[SYMBOL_MAX];
    symbol_label(id, label, sizeof label);
    return xstrdup(label);
}

/* The node a mention points to. */
static size_t target_node(struct graph *g, const struct mention *m)
{
    int created;
    enum node_kind k = m->kind == MK_RESOLUTION ? NK_RESOLUTION
                       : m->kind == MK_BODY     ? NK_BODY
                       : m->kind == MK_DOCUMENT ? NK_DOCUMENT
                                                : NK_CONVENTION;
    size_t i = node_get(g, m->id, k, &created);
    struct gnode *n = &g->nodes[i];
    /* the latest year a mention gives: a date written in a text over its session's
     * calendar year (ES-10/21 of 27 October 2023: 2023, not 1997), in any input order */
    if (m->year > n->year)
        n->year = m->year;
    if (created) {
        n->known = m->known;
        n->name = dup_or_null(m->name);
        n->type = dup_or_null(m->type);
        if (k == NK_RESOLUTION || k == NK_DOCUMENT)
            n->label = resolution_label(m->id);
        else if (m->name)
            n->label = xstrdup(m->name);
        else
            n->label = xstrdup(strncmp(m->id, "unknown:", 8) == 0 ? m->id + 8 : m->id);
    }
    return i;
}

unsigned graph_lang_bit(const char *code)
{
    for (unsigned i = 0; lang_codes[i]; i++)
        if (code && strcmp(lang_codes[i], code) == 0)
            return 1u << i;
    return 0;
}

const char *symbol_source_static(const char *s)
{
    static const char *const names[] = {"header", "heading", "filename", "option"};
    for (size_t i = 0; s && i < sizeof names / sizeof *names; i++)
        if (strcmp(s, names[i]) == 0)
            return names[i];
    return NULL;
}

size_t graph_node(struct graph *g, const char *id, enum node_kind kind, int *created)
{
    return node_get(g, id, kind, created);
}

void graph_link(struct graph *g, size_t from, size_t to, enum edge_type t, double w)
{
    edge_max(g, from, to, t, w);
}

int graph_uses_mention(const struct graph *g, const struct mention *m)
{
    /* nor is text that is not the document's own (editorial) */
    return m->id && !m->ambiguous && (!m->editorial || g->cite_editorial);
}

void graph_add_doc(struct graph *g, const struct doc *d)
{
    int created;
    size_t src;
    struct resref r;
    char canon[SYMBOL_MAX];
    if (d->symbol) {
        int is_res = symbol_parse(d->symbol, strlen(d->symbol), canon, &r) &&
                     r.organ != ORGAN_NONE;
        src = node_get(g, d->symbol, is_res ? NK_RESOLUTION : NK_DOCUMENT, &created);
        if (created)
            g->nodes[src].label = is_res ? resolution_label(d->symbol) : xstrdup(d->symbol);
        if (symbol_year(d->symbol) > g->nodes[src].year)
            g->nodes[src].year = symbol_year(d->symbol);
    } else {
        struct buf id = BUF_INIT;
        buf_printf(&id, "file:%s", d->path);
        src = node_get(g, id.data, NK_DOCUMENT, &created);
        if (created) {
            const char *base = strrchr(d->path, '/');
            g->nodes[src].label = xstrdup(base ? base + 1 : d->path);
        }
        buf_release(&id);
    }
    struct gnode *sn = &g->nodes[src];
    sn->input = 1;
    sn->known = 1;
    sn->langs |= graph_lang_bit(d->lang);
    /* the first path in byte order, whatever order the documents come in (graph --from) */
    if (!sn->path || strcmp(d->path, sn->path) < 0) {
        free(sn->path);
        sn->path = xstrdup(d->path);
        sn->symbol_source = symbol_source_static(d->symbol ? d->symbol_source : NULL);
    }
    g->ndocs++;

    /* count mentions per target, then keep the largest count over language versions */
    /* unresolved short forms and ambiguous references are not guessed into edges */
    struct mention_tally t = {0};
    struct doc_cursor c;
    const struct mention *cm;
    for (doc_cursor_start(&c, d); (cm = doc_cursor_next(&c));)
        if (graph_uses_mention(g, cm))
            tally_add(&t, cm);
    doc_cursor_end(&c);
    crosslang_record(g, d);
    tally_sort(&t);
    for (size_t i = 0; i < t.n; i++) {
        const struct mention *m = &t.v[i].m;
        size_t to = target_node(g, m);
        if (to != src) {
            g->nodes[to].cited_langs |= graph_lang_bit(d->lang);
            edge_max(g, src, to,
                     m->kind == MK_RESOLUTION || m->kind == MK_DOCUMENT ? ET_CITES : ET_MENTIONS,
                     (double)t.v[i].n);
        }
        if (m->established_by) {
            struct mention rm = {0};
            rm.kind = MK_RESOLUTION;
            rm.id = m->established_by;
            rm.year = symbol_year(m->established_by);
            rm.known = 1;
            size_t res = target_node(g, &rm);
            if (res != to)
                edge_max(g, to, res, ET_ESTABLISHED_BY, 1.0);
        }
    }
    tally_release(&t);
}

static int cmp_node(const void *a, const void *b)
{
    return strcmp(((const struct gnode *)a)->id, ((const struct gnode *)b)->id);
}

static int cmp_edge(const void *a, const void *b)
{
    const struct gedge *x = a, *y = b;
    if (x->from != y->from)
        return x->from < y->from ? -1 : 1;
    if (x->to != y->to)
        return x->to < y->to ? -1 : 1;
    return (int)x->type - (int)y->type;
}

void graph_sort(struct graph *g)
{
    size_t *order = xmalloc((g->nnodes + 1) * sizeof *order);
    /* remember each node's old index in its degree field while sorting */
    for (size_t i = 0; i < g->nnodes; i++)
        g->nodes[i].in_degree = (long)i;
    if (g->nnodes > 1)
        qsort(g->nodes, g->nnodes, sizeof *g->nodes, cmp_node);
    for (size_t i = 0; i < g->nnodes; i++) {
        order[g->nodes[i].in_degree] = i;
        g->nodes[i].in_degree = 0;
    }
    for (size_t i = 0; i < g->nedges; i++) {
        g->edges[i].from = order[g->edges[i].from];
        g->edges[i].to = order[g->edges[i].to];
    }
    free(order);
    if (g->nedges > 1)
        qsort(g->edges, g->nedges, sizeof *g->edges, cmp_edge);
    rehash_nodes(g, g->index->ncap);
    rehash_edges(g, g->index->ecap);
}

void partition_release(struct partition *p)
{
    for (long i = 0; i < p->n; i++)
        free(p->label[i]);
    free(p->label);
    free(p->size);
    memset(p, 0, sizeof *p);
}

void graph_reindex(struct graph *g)
{
    size_t nc = 1024, ec = 1024;
    while (nc < 2 * g->nnodes + 2)
        nc *= 2;
    while (ec < 2 * g->nedges + 2)
        ec *= 2;
    rehash_nodes(g, nc);
    rehash_edges(g, ec);
}

void graph_free(struct graph *g)
{
    if (!g)
        return;
    for (size_t i = 0; i < g->nnodes; i++) {
        free(g->nodes[i].id);
        free(g->nodes[i].label);
        free(g->nodes[i].name);
        free(g->nodes[i].type);
        free(g->nodes[i].path);
    }
    partition_release(&g->leiden);
    partition_release(&g->louvain);
    partition_release(&g->components);
    xlang_release(&g->xlang);
    free(g->nodes);
    free(g->edges);
    free(g->selection);
    free(g->index->nslot);
    free(g->index->eslot);
    free(g->index);
    free(g);
}

const char *node_kind_name(enum node_kind k)
{
    static const char *const names[] = {"resolution", "convention", "body", "document"};
    return names[k];
}

const char *edge_type_name(enum edge_type t)
{
    static const char *const names[] = {"cites", "mentions", "established_by"};
    return names[t];
}
