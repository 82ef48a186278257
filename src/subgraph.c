/* subgraph: selecting part of the citation graph (see subgraph.h). */
#include "subgraph.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "crosslang.h"
#include "diag.h"
#include "symbol.h"
#include "util.h"

static const char *const metric_names[M_COUNT] = {
    "pagerank",   "in_degree", "out_degree", "in_strength", "out_strength",
    "betweenness", "hub",      "authority",  "coreness",    "closeness", "citation_pagerank"};

void subgraph_options_init(struct subgraph_options *o)
{
    memset(o, 0, sizeof *o);
    o->depth = 1;
    o->direction = DIR_BOTH;
    o->by = M_PAGERANK;
}

int subgraph_active(const struct subgraph_options *o)
{
    return o->nfocus || o->kinds || o->organs || o->year_from || o->year_to ||
           o->min_weight > 0 || o->top > 0;
}

enum metric metric_parse(const char *name)
{
    for (int i = 0; i < M_COUNT; i++)
        if (strcmp(metric_names[i], name) == 0)
            return (enum metric)i;
    return M_NONE;
}

const char *metric_name(enum metric m) { return m >= 0 && m < M_COUNT ? metric_names[m] : "none"; }

double metric_value(const struct gnode *n, enum metric m)
{
    double v = 0;
    switch (m) {
    case M_PAGERANK: v = n->pagerank; break;
    case M_IN_DEGREE: v = (double)n->in_degree; break;
    case M_OUT_DEGREE: v = (double)n->out_degree; break;
    case M_IN_STRENGTH: v = n->in_strength; break;
    case M_OUT_STRENGTH: v = n->out_strength; break;
    case M_BETWEENNESS: v = n->betweenness; break;
    case M_HUB: v = n->hub; break;
    case M_AUTHORITY: v = n->authority; break;
    case M_CORENESS: v = (double)n->coreness; break;
    case M_CLOSENESS: v = n->closeness; break;
    case M_CITATION_PAGERANK: v = n->citation_pagerank; break;
    case M_NONE:
    case M_COUNT: break;
    }
    return isnan(v) ? 0 : v;
}

/* Splits a comma list and looks each item up in names[0..n); sets bit (1 << value). */
static int parse_list(const char *list, const char *const *names, const int *values, size_t n,
                      unsigned *out)
{
    unsigned bits = 0;
    const char *p = list;
    if (!*p)
        return -1;
    while (*p) {
        size_t len = strcspn(p, ",");
        int found = 0;
        for (size_t i = 0; i < n; i++)
            if (strlen(names[i]) == len && strncasecmp(names[i], p, len) == 0)
                bits |= 1u << values[i], found = 1;
        if (!found)
            return -1;
        p += len;
        if (*p == ',' && *++p == 0)
            return -1;
    }
    *out = bits;
    return 0;
}

int subgraph_parse_kinds(const char *list, unsigned *out)
{
    static const char *const names[] = {"resolution", "convention", "body", "document"};
    static const int values[] = {NK_RESOLUTION, NK_CONVENTION, NK_BODY, NK_DOCUMENT};
    return parse_list(list, names, values, 4, out);
}

int subgraph_parse_organs(const char *list, unsigned *out)
{
    static const char *const names[] = {"SC", "GA", "ECOSOC", "E", "HRC", "CHR", "SUBCOM"};
    static const int values[] = {ORGAN_SC,  ORGAN_GA,  ORGAN_ECOSOC, ORGAN_ECOSOC,
                                 ORGAN_HRC, ORGAN_CHR, ORGAN_SUBCOM};
    return parse_list(list, names, values, 7, out);
}

int subgraph_parse_years(const char *text, int *from, int *to)
{
    int a, b, n = 0;
    if (sscanf(text, "%4d-%4d%n", &a, &b, &n) == 2 && text[n] == 0 && a >= 1 && a <= b) {
        *from = a, *to = b;
        return 0;
    }
    if (sscanf(text, "%4d%n", &a, &n) == 1 && text[n] == 0 && a >= 1) {
        *from = *to = a;
        return 0;
    }
    return -1;
}

int subgraph_parse_direction(const char *text, enum direction *out)
{
    static const char *const names[] = {"both", "out", "in"};
    for (int i = 0; i < 3; i++)
        if (strcmp(names[i], text) == 0) {
            *out = (enum direction)i;
            return 0;
        }
    return -1;
}

/* The node a --focus value names: its id, its canonical symbol, or its label. */
static long find_focus(const struct graph *g, const char *want)
{
    char canon[SYMBOL_MAX];
    struct resref r;
    size_t n = strlen(want);
    const char *as_symbol = symbol_parse(want, n, canon, &r) == n ? canon : NULL;
    for (size_t i = 0; i < g->nnodes; i++)
        if (strcmp(g->nodes[i].id, want) == 0 ||
            (as_symbol && strcmp(g->nodes[i].id, as_symbol) == 0))
            return (long)i;
    for (size_t i = 0; i < g->nnodes; i++)
        if (g->nodes[i].label && strcmp(g->nodes[i].label, want) == 0)
            return (long)i;
    return -1;
}

/* Edit distance of a and b (bytes, case folded), or more than cap when it exceeds cap. */
static size_t distance(const char *a, const char *b, size_t cap)
{
    size_t na = strlen(a), nb = strlen(b);
    if ((na > nb ? na - nb : nb - na) > cap)
        return cap + 1;
    size_t *row = xmalloc((nb + 1) * sizeof *row);
    for (size_t j = 0; j <= nb; j++)
        row[j] = j;
    for (size_t i = 1; i <= na; i++) {
        size_t diag = row[0], best = row[0] = i;
        for (size_t j = 1; j <= nb; j++) {
            size_t up = row[j];
            int same = tolower((unsigned char)a[i - 1]) == tolower((unsigned char)b[j - 1]);
            size_t v = diag + !same;
            v = up + 1 < v ? up + 1 : v;
            v = row[j - 1] + 1 < v ? row[j - 1] + 1 : v;
            row[j] = v;
            diag = up;
            best = v < best ? v : best;
        }
        if (best > cap) {
            free(row);
            return cap + 1;
        }
    }
    size_t d = row[nb];
    free(row);
    return d;
}

/* "; did you mean 'A', 'B' or 'C'?": the ids nearest to want (edit distance on the id
 * and the label, at most half of want's length), or "" when none is near. */
static char *nearest_ids(const struct graph *g, const char *want)
{
    enum { K = 3 };
    size_t best[K], at[K], k = 0, cap = strlen(want) / 2 + 1;
    for (size_t i = 0; i < g->nnodes; i++) {
        size_t d = distance(want, g->nodes[i].id, cap);
        if (g->nodes[i].label) {
            size_t dl = distance(want, g->nodes[i].label, cap);
            d = dl < d ? dl : d;
        }
        if (d > cap || (k == K && d >= best[K - 1]))
            continue;
        size_t j = k < K ? k++ : K - 1;
        for (; j > 0 && best[j - 1] > d; j--)
            best[j] = best[j - 1], at[j] = at[j - 1];
        best[j] = d, at[j] = i;
    }
    struct buf b = BUF_INIT;
    buf_adds(&b, "");
    for (size_t j = 0; j < k; j++)
        buf_printf(&b, "%s'%s'", j == 0 ? "; did you mean " : j + 1 == k ? " or " : ", ",
                   g->nodes[at[j]].id);
    if (k)
        buf_adds(&b, "?");
    return buf_detach(&b);
}

static int passes_attributes(const struct gnode *n, const struct subgraph_options *o)
{
    if (o->kinds && !(o->kinds & (1u << n->kind)))
        return 0;
    if (n->kind != NK_RESOLUTION && n->kind != NK_DOCUMENT)
        return 1;
    if (o->organs && !(o->organs & (1u << symbol_organ(n->id))))
        return 0;
    if (o->year_from && (n->year < o->year_from || n->year > o->year_to))
        return 0;
    return 1;
}

/* keep[i]: node i kept so far. Drops bodies and conventions (and, with --min-weight, any
 * node) that no kept link joins to a kept node; focus nodes stay. */
static void drop_unlinked(const struct graph *g, const struct subgraph_options *o,
                          const char *edge_ok, char *keep, const char *is_focus)
{
    char *linked = xcalloc(g->nnodes + 1, 1);
    for (size_t i = 0; i < g->nedges; i++) {
        const struct gedge *e = &g->edges[i];
        if (edge_ok[i] && keep[e->from] && keep[e->to])
            linked[e->from] = linked[e->to] = 1;
    }
    for (size_t i = 0; i < g->nnodes; i++) {
        enum node_kind k = g->nodes[i].kind;
        int other = k == NK_BODY || k == NK_CONVENTION;
        if (keep[i] && !linked[i] && !is_focus[i] && (other || o->min_weight > 0))
            keep[i] = 0;
    }
    free(linked);
}

/* Breadth-first walk from the focus nodes over kept nodes and links, up to o->depth. */
static void ego(const struct graph *g, const struct subgraph_options *o, const char *edge_ok,
                char *keep, const char *is_focus)
{
    long *dist = xmalloc((g->nnodes + 1) * sizeof *dist);
    for (size_t i = 0; i < g->nnodes; i++)
        dist[i] = is_focus[i] ? 0 : -1;
    for (int d = 0; d < o->depth; d++) {
        int grew = 0;
        for (size_t i = 0; i < g->nedges; i++) {
            const struct gedge *e = &g->edges[i];
            if (!edge_ok[i] || !keep[e->from] || !keep[e->to])
                continue;
            if (o->direction != DIR_IN && dist[e->from] == d && dist[e->to] < 0)
                dist[e->to] = d + 1, grew = 1;
            if (o->direction != DIR_OUT && dist[e->to] == d && dist[e->from] < 0)
                dist[e->from] = d + 1, grew = 1;
        }
        if (!grew)
            break;
    }
    for (size_t i = 0; i < g->nnodes; i++)
        keep[i] = keep[i] && dist[i] >= 0;
    free(dist);
}

static const struct graph *cmp_graph;
static enum metric cmp_metric;

/* Best first: higher metric, then smaller id (node order is id order). */
static int cmp_best(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    double vx = metric_value(&cmp_graph->nodes[x], cmp_metric);
    double vy = metric_value(&cmp_graph->nodes[y], cmp_metric);
    if (vx != vy)
        return vx > vy ? -1 : 1;
    return x < y ? -1 : x > y;
}

static void top_n(const struct graph *g, const struct subgraph_options *o, char *keep,
                  const char *is_focus)
{
    size_t *v = xmalloc((g->nnodes + 1) * sizeof *v), n = 0;
    long kept = 0;
    for (size_t i = 0; i < g->nnodes; i++)
        if (keep[i] && !is_focus[i])
            v[n++] = i;
        else if (keep[i])
            kept++;
    cmp_graph = g;
    cmp_metric = o->by;
    qsort(v, n, sizeof *v, cmp_best);
    for (size_t i = 0; i < n; i++)
        if (kept >= o->top)
            keep[v[i]] = 0;
        else
            kept++;
    free(v);
}

static void copy_node(struct gnode *to, const struct gnode *from)
{
    *to = *from;
    to->id = xstrdup(from->id);
    to->label = from->label ? xstrdup(from->label) : NULL;
    to->name = from->name ? xstrdup(from->name) : NULL;
    to->type = from->type ? xstrdup(from->type) : NULL;
    to->path = from->path ? xstrdup(from->path) : NULL;
}

static char *describe(const struct graph *g, const struct subgraph_options *o,
                      const long *focus)
{
    struct buf b = BUF_INIT;
    buf_adds(&b, "");
    const char *sep = "";
    if (o->kinds) {
        const char *s2 = "kinds ";
        for (int k = 0; k <= NK_DOCUMENT; k++)
            if (o->kinds & (1u << k))
                buf_printf(&b, "%s%s", s2, node_kind_name((enum node_kind)k)), s2 = ",";
        sep = "; ";
    }
    if (o->organs) {
        const char *s2 = "organ ";
        buf_adds(&b, sep);
        for (int k = ORGAN_SC; k <= ORGAN_LAST; k++)
            if (o->organs & (1u << k))
                buf_printf(&b, "%s%s", s2, organ_code((enum organ)k)), s2 = ",";
        sep = "; ";
    }
    if (o->year_from)
        buf_printf(&b, "%syears %d-%d", sep, o->year_from, o->year_to), sep = "; ";
    if (o->min_weight > 0)
        buf_printf(&b, "%smin-weight %g", sep, o->min_weight), sep = "; ";
    if (o->nfocus) {
        buf_printf(&b, "%sfocus", sep);
        for (int i = 0; i < o->nfocus; i++)
            buf_printf(&b, "%s%s", i ? ", " : " ", g->nodes[focus[i]].id);
        buf_printf(&b, " depth %d direction %s", o->depth,
                   o->direction == DIR_OUT  ? "out"
                   : o->direction == DIR_IN ? "in"
                                            : "both");
        sep = "; ";
    }
    if (o->top > 0)
        buf_printf(&b, "%stop %ld by %s", sep, o->top, metric_name(o->by));
    return buf_detach(&b);
}

struct graph *subgraph_select(const struct graph *g, const struct subgraph_options *o)
{
    long focus[SUBGRAPH_MAX_FOCUS];
    char *is_focus = xcalloc(g->nnodes + 1, 1);
    for (int i = 0; i < o->nfocus; i++) {
        focus[i] = find_focus(g, o->focus[i]);
        if (focus[i] < 0) {
            char *near = nearest_ids(g, o->focus[i]);
            diag_error(NULL, 0, "--focus '%s' is not a node of the graph%s", o->focus[i], near);
            free(near);
            free(is_focus);
            return NULL;
        }
        is_focus[focus[i]] = 1;
    }
    char *keep = xmalloc(g->nnodes + 1), *edge_ok = xmalloc(g->nedges + 1);
    for (size_t i = 0; i < g->nnodes; i++)
        keep[i] = is_focus[i] || passes_attributes(&g->nodes[i], o);
    for (size_t i = 0; i < g->nedges; i++)
        edge_ok[i] = g->edges[i].weight >= o->min_weight;
    if (subgraph_active(o))
        drop_unlinked(g, o, edge_ok, keep, is_focus);
    if (o->nfocus)
        ego(g, o, edge_ok, keep, is_focus);
    if (o->top > 0) {
        top_n(g, o, keep, is_focus);
        drop_unlinked(g, o, edge_ok, keep, is_focus);
    }

    struct graph *s = graph_new();
    size_t *map = xmalloc((g->nnodes + 1) * sizeof *map);
    for (size_t i = 0; i < g->nnodes; i++) {
        if (!keep[i])
            continue;
        xgrow((void **)&s->nodes, &s->ncap, s->nnodes + 1, sizeof *s->nodes);
        copy_node(&s->nodes[s->nnodes], &g->nodes[i]);
        map[i] = s->nnodes++;
    }
    for (size_t i = 0; i < g->nedges; i++) {
        const struct gedge *e = &g->edges[i];
        if (!edge_ok[i] || !keep[e->from] || !keep[e->to])
            continue;
        xgrow((void **)&s->edges, &s->ecap, s->nedges + 1, sizeof *s->edges);
        s->edges[s->nedges++] = (struct gedge){map[e->from], map[e->to], e->type, e->weight};
    }
    s->ndocs = g->ndocs;
    xlang_copy(&s->xlang, &g->xlang);
    s->selection = describe(g, o, focus);
    s->full_nnodes = g->full_nnodes ? g->full_nnodes : g->nnodes;
    s->full_nedges = g->full_nnodes ? g->full_nedges : g->nedges;
    graph_reindex(s);
    free(map);
    free(keep);
    free(edge_ok);
    free(is_focus);
    return s;
}
