/* crosslang: one-language entities of a cross-language graph (see crosslang.h). */
#include "crosslang.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

static int one_bit(unsigned b) { return b && !(b & (b - 1)); }

static int cmp_entity(const void *a, const void *b)
{
    return strcmp(((const struct xlang_entity *)a)->id, ((const struct xlang_entity *)b)->id);
}

void xlang_add(struct xlang *x, const struct xlang_entity *e)
{
    xgrow((void **)&x->v, &x->cap, x->n + 1, sizeof *x->v);
    struct xlang_entity *d = &x->v[x->n++];
    *d = *e;
    d->id = xstrdup(e->id);
    d->label = xstrdup(e->label ? e->label : e->id);
}

/* Sorts x by id; entries with the same id (two graph.json files read) become one with the
 * larger counts (the files may share documents). */
static void xlang_sort(struct xlang *x)
{
    if (x->n > 1)
        qsort(x->v, x->n, sizeof *x->v, cmp_entity);
    size_t n = 0;
    for (size_t i = 0; i < x->n; i++) {
        if (n && strcmp(x->v[n - 1].id, x->v[i].id) == 0) {
            struct xlang_entity *e = &x->v[n - 1];
            e->kept |= x->v[i].kept;
            if (x->v[i].documents > e->documents)
                e->documents = x->v[i].documents;
            if (x->v[i].mentions > e->mentions)
                e->mentions = x->v[i].mentions;
            free(x->v[i].id);
            free(x->v[i].label);
            continue;
        }
        x->v[n++] = x->v[i];
    }
    x->n = n;
}

size_t xlang_count(const struct xlang *x, int kept, long *mentions)
{
    size_t n = 0;
    if (mentions)
        *mentions = 0;
    for (size_t i = 0; i < x->n; i++)
        if (x->v[i].kept == kept) {
            n++;
            if (mentions)
                *mentions += x->v[i].mentions;
        }
    return n;
}

void xlang_copy(struct xlang *to, const struct xlang *from)
{
    memset(to, 0, sizeof *to);
    to->langs = from->langs;
    to->multi = from->multi;
    for (size_t i = 0; i < from->n; i++)
        xlang_add(to, &from->v[i]);
    xlang_sort(to);
}

void xlang_release(struct xlang *x)
{
    for (size_t i = 0; i < x->n; i++) {
        free(x->v[i].id);
        free(x->v[i].label);
    }
    free(x->v);
    memset(x, 0, sizeof *x);
}

/* Removes the nodes marked in drop and every link of theirs. */
static void remove_nodes(struct graph *g, const char *drop)
{
    size_t *map = xmalloc((g->nnodes + 1) * sizeof *map), n = 0, m = 0;
    for (size_t i = 0; i < g->nnodes; i++) {
        struct gnode *v = &g->nodes[i];
        if (drop[i]) {
            free(v->id);
            free(v->label);
            free(v->name);
            free(v->type);
            free(v->path);
            continue;
        }
        map[i] = n;
        g->nodes[n++] = *v;
    }
    for (size_t i = 0; i < g->nedges; i++) {
        struct gedge e = g->edges[i];
        if (drop[e.from] || drop[e.to])
            continue;
        e.from = map[e.from];
        e.to = map[e.to];
        g->edges[m++] = e;
    }
    g->nnodes = n;
    g->nedges = m;
    free(map);
    graph_reindex(g);
}

/* Forgets the listed entities that are nodes of g (read again, they are judged again). */
static void forget_nodes(struct xlang *x, const struct graph *g)
{
    xlang_sort(x);
    char *node = xcalloc(x->n + 1, 1);
    for (size_t i = 0; x->n && i < g->nnodes; i++) {
        struct xlang_entity key = {.id = g->nodes[i].id};
        const struct xlang_entity *e = bsearch(&key, x->v, x->n, sizeof *x->v, cmp_entity);
        if (e)
            node[e - x->v] = 1;
    }
    size_t n = 0;
    for (size_t i = 0; i < x->n; i++) {
        if (node[i]) {
            free(x->v[i].id);
            free(x->v[i].label);
        } else
            x->v[n++] = x->v[i];
    }
    x->n = n;
    free(node);
}

void crosslang_apply(struct graph *g, int keep)
{
    struct xlang *x = &g->xlang;
    forget_nodes(x, g);
    x->langs = 0;
    x->multi = 0;
    for (size_t i = 0; i < g->nnodes; i++)
        if (g->nodes[i].input) {
            x->langs |= g->nodes[i].langs;
            x->multi += g->nodes[i].langs && !one_bit(g->nodes[i].langs);
        }
    /* candidates, then every link into them must come from another language's version */
    char *drop = xcalloc(g->nnodes + 1, 1);
    size_t *docs = xcalloc(g->nnodes + 1, sizeof *docs);
    long *mentions = xcalloc(g->nnodes + 1, sizeof *mentions);
    for (size_t i = 0; i < g->nnodes; i++) {
        const struct gnode *v = &g->nodes[i];
        drop[i] = !v->input && !v->known && strncmp(v->id, "unknown:", 8) == 0 &&
                  one_bit(v->cited_langs);
    }
    for (size_t i = 0; i < g->nedges; i++) {
        const struct gedge *e = &g->edges[i];
        const struct gnode *from = &g->nodes[e->from];
        if (!drop[e->to])
            continue;
        if (!from->input || !(from->langs & ~g->nodes[e->to].cited_langs))
            drop[e->to] = 0;
        docs[e->to]++;
        mentions[e->to] += (long)e->weight;
    }
    size_t n = 0;
    for (size_t i = 0; i < g->nnodes; i++) {
        if (!drop[i] || !docs[i]) {
            drop[i] = 0;
            continue;
        }
        const struct gnode *v = &g->nodes[i];
        struct xlang_entity e = {v->id, v->label, v->cited_langs, docs[i], mentions[i], keep};
        xlang_add(x, &e);
        n++;
    }
    xlang_sort(x);
    if (n && !keep)
        remove_nodes(g, drop);
    free(drop);
    free(docs);
    free(mentions);
}
