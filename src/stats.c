/* stats: the analysis report (see stats.h). */
#include "stats.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "crosslang.h"
#include "lang.h"
#include "util.h"

#define KEY_ROUTES 5
#define PAIRS_SHOWN 10

static const struct graph *sort_g;
enum { BY_PAGERANK, BY_IN_DEGREE, BY_BETWEENNESS, BY_CITATION };
static int sort_metric;

static double metric(const struct gnode *n, int which)
{
    if (which == BY_CITATION)
        return isnan(n->citation_pagerank) ? -1 : n->citation_pagerank;
    return which == BY_PAGERANK ? n->pagerank
           : which == BY_IN_DEGREE ? (double)n->in_degree
                                   : n->betweenness;
}

/* Descending by the metric, ties by id (node order). */
static int cmp_metric(const void *x, const void *y)
{
    size_t a = *(const size_t *)x, b = *(const size_t *)y;
    double u = metric(&sort_g->nodes[a], sort_metric), v = metric(&sort_g->nodes[b], sort_metric);
    if (u != v)
        return u > v ? -1 : 1;
    return a < b ? -1 : a > b;
}

static size_t *top_by(const struct graph *g, int which, size_t ntop)
{
    size_t *all = xmalloc((g->nnodes + 1) * sizeof *all);
    for (size_t i = 0; i < g->nnodes; i++)
        all[i] = i;
    sort_g = g;
    sort_metric = which;
    qsort(all, g->nnodes, sizeof *all, cmp_metric);
    return xrealloc(all, (ntop + 1) * sizeof *all);
}

/* The first ntop nodes of one kind by a metric into *out; returns how many. */
static size_t top_of_kind(const struct graph *g, int which, enum node_kind kind, size_t ntop,
                          size_t **out)
{
    size_t *v = top_by(g, which, g->nnodes), k = 0;
    for (size_t i = 0; i < g->nnodes && k < ntop; i++)
        if (g->nodes[v[i]].kind == kind)
            v[k++] = v[i];
    *out = v;
    return k;
}

/* The first ntop nodes with an "unknown:" id by in-degree into *out; returns how many. */
static size_t top_unknowns(const struct graph *g, size_t ntop, size_t **out)
{
    size_t *v = top_by(g, BY_IN_DEGREE, g->nnodes), k = 0;
    for (size_t i = 0; i < g->nnodes && k < ntop; i++)
        if (strncmp(g->nodes[v[i]].id, "unknown:", 8) == 0)
            v[k++] = v[i];
    *out = v;
    return k;
}

/* established_by links, the body with more mentions (in-degree) first, then edge order */
static int cmp_established(const void *x, const void *y)
{
    const struct gedge *a = &sort_g->edges[*(const size_t *)x],
                       *b = &sort_g->edges[*(const size_t *)y];
    long u = sort_g->nodes[a->from].in_degree, v = sort_g->nodes[b->from].in_degree;
    if (u != v)
        return u > v ? -1 : 1;
    return a < b ? -1 : a > b;
}

static size_t established_links(const struct graph *g, size_t ntop, size_t **out)
{
    size_t *v = xmalloc((g->nedges + 1) * sizeof *v), k = 0;
    for (size_t i = 0; i < g->nedges; i++)
        if (g->edges[i].type == ET_ESTABLISHED_BY)
            v[k++] = i;
    sort_g = g;
    qsort(v, k, sizeof *v, cmp_established);
    *out = v;
    return k < ntop ? k : ntop;
}

/* Adds one to the count of key in a sorted-on-demand list. */
static void count_add(struct year_count **v, size_t *n, size_t *cap, int key)
{
    for (size_t i = 0; i < *n; i++)
        if ((*v)[i].year == key) {
            (*v)[i].n++;
            return;
        }
    xgrow((void **)v, cap, *n + 1, sizeof **v);
    (*v)[(*n)++] = (struct year_count){key, 1};
}

static int cmp_year(const void *x, const void *y)
{
    const struct year_count *a = x, *b = y;
    return (a->year > b->year) - (a->year < b->year);
}

static void time_analysis(const struct graph *g, struct stats_report *r)
{
    size_t cy = 0, ca = 0, cn = 0;
    r->anomalies = xmalloc((g->nedges + 1) * sizeof *r->anomalies);
    for (size_t i = 0; i < g->nedges; i++) {
        const struct gedge *e = &g->edges[i];
        int from = g->nodes[e->from].year, to = g->nodes[e->to].year;
        if (e->type != ET_CITES || !from)
            continue;
        count_add(&r->per_year, &r->nper_year, &cy, from);
        if (!to)
            continue;
        if (to > from)
            r->anomalies[r->nanomalies++] = i;
        else
            count_add(&r->ages, &r->nages, &ca, from - to);
    }
    if (r->nper_year) /* a selection may hold no dated "cites" link: no array at all */
        qsort(r->per_year, r->nper_year, sizeof *r->per_year, cmp_year);
    if (r->nages)
        qsort(r->ages, r->nages, sizeof *r->ages, cmp_year);
    /* most cited resolutions per decade: walk the in-degree order once */
    size_t *order = top_by(g, BY_IN_DEGREE, g->nnodes);
    for (size_t k = 0; k < g->nnodes; k++) {
        const struct gnode *n = &g->nodes[order[k]];
        if (n->kind != NK_RESOLUTION || !n->year || n->in_degree == 0)
            continue;
        int dec = n->year / 10 * 10;
        size_t d = 0;
        while (d < r->ndecades && r->decades[d].decade != dec)
            d++;
        if (d == r->ndecades) {
            xgrow((void **)&r->decades, &cn, d + 1, sizeof *r->decades);
            memset(&r->decades[d], 0, sizeof *r->decades);
            r->decades[d].decade = dec;
            r->ndecades++;
        }
        if (r->decades[d].n < 3)
            r->decades[d].top[r->decades[d].n++] = order[k];
    }
    free(order);
    /* by decade, ascending (insertion sort: a few dozen decades) */
    for (size_t i = 1; i < r->ndecades; i++)
        for (size_t j = i; j > 0 && r->decades[j - 1].decade > r->decades[j].decade; j--) {
            struct decade_top t = r->decades[j];
            r->decades[j] = r->decades[j - 1];
            r->decades[j - 1] = t;
        }
}

int stats_compute(const struct graph *g, size_t ntop, struct stats_report *r)
{
    memset(r, 0, sizeof *r);
    r->g = g;
    size_t n = g->nnodes;
    if (ntop > n)
        ntop = n;
    r->ntop = ntop;
    for (size_t i = 0; i < n; i++) {
        r->kinds[g->nodes[i].kind]++;
        if (g->nodes[i].in_degree + g->nodes[i].out_degree == 0)
            r->isolated++;
    }
    for (size_t i = 0; i < g->nedges; i++)
        r->types[g->edges[i].type]++;
    r->density = n > 1 ? (double)g->nedges / ((double)n * (double)(n - 1)) : 0;
    r->by_pagerank = top_by(g, BY_PAGERANK, ntop);
    r->by_in_degree = top_by(g, BY_IN_DEGREE, ntop);
    r->by_betweenness = top_by(g, BY_BETWEENNESS, ntop);
    r->nresolutions = top_of_kind(g, BY_CITATION, NK_RESOLUTION, ntop, &r->resolutions);
    r->nbodies = top_of_kind(g, BY_IN_DEGREE, NK_BODY, ntop, &r->bodies);
    r->nconventions = top_of_kind(g, BY_IN_DEGREE, NK_CONVENTION, ntop, &r->conventions);
    r->nunknowns = top_unknowns(g, ntop, &r->unknowns);
    r->nestablished = established_links(g, ntop, &r->established);
    r->keys = KEY_ROUTES;
    if (mainpath_compute(g, r->keys, &r->mp) != 0) {
        stats_release(r);
        return -1;
    }
    r->ncocitation =
        cocite_top(g, PAIRS_COCITATION, PAIRS_SHOWN, &r->cocitation, &r->cocitation_visits);
    r->ncoupling = cocite_top(g, PAIRS_COUPLING, PAIRS_SHOWN, &r->coupling, &r->coupling_visits);
    time_analysis(g, r);
    return 0;
}

void stats_release(struct stats_report *r)
{
    free(r->by_pagerank);
    free(r->by_in_degree);
    free(r->by_betweenness);
    free(r->resolutions);
    free(r->bodies);
    free(r->conventions);
    free(r->unknowns);
    free(r->established);
    mainpath_release(&r->mp);
    free(r->cocitation);
    free(r->coupling);
    free(r->per_year);
    free(r->ages);
    free(r->decades);
    free(r->anomalies);
    memset(r, 0, sizeof *r);
}

/* ---- text ---- */

static const char *label(const struct graph *g, size_t i)
{
    return g->nodes[i].label ? g->nodes[i].label : g->nodes[i].id;
}

static void print_top(const struct stats_report *r, FILE *fp, const char *title,
                      const size_t *v, size_t nv, int which)
{
    fprintf(fp, "\nTop %zu by %s\n", nv, title);
    for (size_t k = 0; k < nv; k++) {
        const struct gnode *n = &r->g->nodes[v[k]];
        if (which == BY_IN_DEGREE)
            fprintf(fp, "  %3zu  %10ld  %s", k + 1, n->in_degree, n->id);
        else if (which == BY_CITATION)
            fprintf(fp, "  %3zu  %10.6g  %6ld  %s", k + 1, n->citation_pagerank,
                    n->citation_in_degree, n->id);
        else
            fprintf(fp, "  %3zu  %10.6g  %s", k + 1, metric(n, which), n->id);
        /* bodies and conventions: their name too */
        if (n->kind != NK_RESOLUTION && n->label && strcmp(n->label, n->id) != 0)
            fprintf(fp, "  %s", n->label);
        fputc('\n', fp);
    }
}

static void print_established(const struct stats_report *r, FILE *fp)
{
    const struct graph *g = r->g;
    fprintf(fp, "\nBodies set up by a resolution (established_by links; %zu shown), by texts "
                "mentioning the body\n", r->nestablished);
    for (size_t k = 0; k < r->nestablished; k++) {
        const struct gedge *e = &g->edges[r->established[k]];
        fprintf(fp, "  %3zu  %10ld  %s ← %s\n", k + 1, g->nodes[e->from].in_degree,
                label(g, e->from), g->nodes[e->to].id);
    }
}

static void print_partition(const struct partition *p, FILE *fp, const char *name)
{
    if (p->n == 0)
        return;
    long big = 0;
    for (long i = 0; i < p->n; i++)
        big += p->size[i] > 1;
    fprintf(fp, "\nCommunities (%s, undirected, modularity %.4f): %ld, %ld with more than one node\n",
            name, p->modularity, p->n, big);
    for (long i = 0; i < p->n && i < 15 && p->size[i] > 1; i++)
        fprintf(fp, "  %3ld  %6zu nodes  %s\n", i, p->size[i], p->label[i]);
}

static void print_pairs(const struct graph *g, FILE *fp, const char *title,
                        const struct node_pair *p, size_t n, double visits)
{
    if (visits > COCITE_MAX_VISITS) {
        fprintf(fp, "\n%s: not counted (%.4g pair visits, limit %.4g)\n", title, visits,
                COCITE_MAX_VISITS);
        return;
    }
    fprintf(fp, "\n%s (top %zu pairs)\n", title, n);
    for (size_t i = 0; i < n; i++)
        fprintf(fp, "  %5ld  %s — %s\n", p[i].count, g->nodes[p[i].a].id, g->nodes[p[i].b].id);
}

static void print_time(const struct stats_report *r, FILE *fp)
{
    const struct graph *g = r->g;
    fprintf(fp, "\nCitations (\"cites\" links) per citing year\n ");
    for (size_t i = 0; i < r->nper_year; i++)
        fprintf(fp, " %d:%ld", r->per_year[i].year, r->per_year[i].n);
    long total = 0, sum = 0, half = 0;
    for (size_t i = 0; i < r->nages; i++)
        total += r->ages[i].n, sum += r->ages[i].n * r->ages[i].year;
    int median = 0;
    for (size_t i = 0; i < r->nages; i++)
        if ((half += r->ages[i].n) * 2 >= total) {
            median = r->ages[i].year;
            break;
        }
    fprintf(fp, "\n\nCitation age (citing year − cited year): %ld citations, mean %.2f, median %d\n ",
            total, total ? (double)sum / (double)total : 0.0, median);
    for (size_t i = 0; i < r->nages; i++)
        fprintf(fp, " %d:%ld", r->ages[i].year, r->ages[i].n);
    fprintf(fp, "\n\nMost cited resolutions per decade of adoption\n");
    for (size_t d = 0; d < r->ndecades; d++) {
        fprintf(fp, "  %ds ", r->decades[d].decade);
        for (size_t k = 0; k < r->decades[d].n; k++)
            fprintf(fp, " %s (%ld)", g->nodes[r->decades[d].top[k]].id,
                    g->nodes[r->decades[d].top[k]].in_degree);
        fputc('\n', fp);
    }
    fprintf(fp, "\nAnomalies: %zu citations of a resolution adopted after the citing text\n",
            r->nanomalies);
    for (size_t i = 0; i < r->nanomalies && i < 20; i++) {
        const struct gedge *e = &g->edges[r->anomalies[i]];
        fprintf(fp, "  %s cites %s\n", g->nodes[e->from].id, g->nodes[e->to].id);
    }
    if (r->nanomalies > 20)
        fprintf(fp, "  ... %zu more (see --json)\n", r->nanomalies - 20);
}

static void print_main_path(const struct stats_report *r, FILE *fp)
{
    const struct graph *g = r->g;
    const struct mainpath *mp = &r->mp;
    fprintf(fp, "\nMain path (resolution citations, %zu links in the acyclic graph, %.6g "
                "source–sink paths; %zu links to later resolutions and %zu in cycles left out)\n",
            mp->narcs, mp->npaths, mp->nforward, mp->ncycle);
    fprintf(fp, "  global main path, oldest first (%zu resolutions):\n   ", mp->npath);
    for (size_t i = 0; i < mp->npath; i++)
        fprintf(fp, "%s %s", i ? " →" : "", label(g, mp->path[i]));
    fprintf(fp, "\n  key-route main path (%zu key routes), links by search path count:\n",
            r->keys);
    for (size_t i = 0; i < mp->nkeyroute; i++) {
        const struct gedge *e = &g->edges[mp->keyroute[i]];
        fprintf(fp, "    %s → %s  %.4f\n", g->nodes[e->from].id, g->nodes[e->to].id,
                mp->npaths > 0 ? mp->spc[mp->keyroute[i]] / mp->npaths : 0.0);
    }
}

/* The languages read and the one-language entities (crosslang.h), when there are some. */
static void print_cross_language(const struct xlang *x, FILE *fp)
{
    long mentions;
    size_t dropped = xlang_count(x, 0, &mentions), kept = xlang_count(x, 1, NULL);
    if (!x->multi && !x->n)
        return;
    fprintf(fp, "  languages:%s", x->langs ? "" : " -");
    for (unsigned i = 0; lang_codes[i]; i++)
        if (x->langs & (1u << i))
            fprintf(fp, " %s", lang_codes[i]);
    fprintf(fp, "; %zu document%s read in several languages; entities not in the gazetteer "
                "named in one language only: %zu left out (%ld mention%s), %zu kept%s\n",
            x->multi, x->multi == 1 ? "" : "s", dropped, mentions, mentions == 1 ? "" : "s", kept,
            dropped ? " (--keep-one-language keeps them)" : "");
    if (!x->entities[0])
        return;
    fprintf(fp, "  alignment of the versions: instruments and bodies of documents read in several "
                "languages with one id in every version read: %zu of %zu before, %zu of %zu after; "
                "%zu ids replaced; %zu pairs of known ids the versions disagree on\n",
            x->one_id[0], x->entities[0], x->one_id[1], x->entities[1], x->aligned.n,
            x->disagree.n);
    for (size_t i = 0; i < x->disagree.n && i < 20; i++) {
        const struct xlang_pair *p = &x->disagree.v[i];
        fprintf(fp, "    %s: %s %s, %s %s\n", p->symbol, lang_codes[__builtin_ctz(p->lang_a)],
                p->a, lang_codes[__builtin_ctz(p->lang_b)], p->b);
    }
    if (x->disagree.n > 20)
        fprintf(fp, "    ... %zu more (graph.json: graph.cross_language.alignment)\n", x->disagree.n - 20);
}

void stats_print(const struct stats_report *r, FILE *fp)
{
    const struct graph *g = r->g;
    fprintf(fp, "%zu nodes, %zu links, from %zu input documents\n", g->nnodes, g->nedges, g->ndocs);
    if (g->selection)
        fprintf(fp, "  selection of the graph of %zu nodes and %zu links: %s; every figure below "
                    "is computed on the selection%s\n",
                g->full_nnodes, g->full_nedges, g->selection,
                g->ranked_nnodes ? " (the top nodes ranked on the selection by the other options)" : "");
    fprintf(fp, "  nodes: %zu resolution, %zu convention, %zu body, %zu document\n",
            r->kinds[NK_RESOLUTION], r->kinds[NK_CONVENTION], r->kinds[NK_BODY],
            r->kinds[NK_DOCUMENT]);
    fprintf(fp, "  links: %zu cites, %zu mentions, %zu established_by\n", r->types[ET_CITES],
            r->types[ET_MENTIONS], r->types[ET_ESTABLISHED_BY]);
    fprintf(fp, "  density %.6g; %ld weakly connected components, the largest %zu nodes; "
                "%zu isolated nodes\n",
            r->density, g->components.n, g->components.n ? g->components.size[0] : 0,
            r->isolated);
    fprintf(fp, "  betweenness: %s; closeness: %s\n",
            g->betweenness_method ? g->betweenness_method : "-",
            g->closeness_method ? g->closeness_method : "-");
    print_cross_language(&g->xlang, fp);
    fprintf(fp, "\nResolution citation graph (the resolutions and the \"cites\" links between "
                "them): %zu resolutions, %zu links",
            g->citation_nnodes, g->citation_nedges);
    print_top(r, fp, "PageRank on the resolution citation graph (PageRank, resolutions citing it)",
              r->resolutions, r->nresolutions, BY_CITATION);
    print_top(r, fp, "texts mentioning them: bodies", r->bodies, r->nbodies, BY_IN_DEGREE);
    print_top(r, fp, "texts mentioning them: conventions", r->conventions, r->nconventions,
              BY_IN_DEGREE);
    print_top(r, fp, "texts mentioning them: names not in the gazetteer", r->unknowns,
              r->nunknowns, BY_IN_DEGREE);
    print_established(r, fp);
    fprintf(fp, "\nEvery node of the graph shown (every kind of node and link)");
    print_top(r, fp, "PageRank", r->by_pagerank, r->ntop, BY_PAGERANK);
    print_top(r, fp, "in-degree (texts citing or mentioning it)", r->by_in_degree, r->ntop,
              BY_IN_DEGREE);
    print_top(r, fp, "betweenness", r->by_betweenness, r->ntop, BY_BETWEENNESS);
    print_partition(&g->leiden, fp, "Leiden");
    print_partition(&g->louvain, fp, "Louvain");
    print_main_path(r, fp);
    print_pairs(g, fp, "Co-citation: cited together by", r->cocitation, r->ncocitation,
                r->cocitation_visits);
    print_pairs(g, fp, "Bibliographic coupling: references shared by", r->coupling,
                r->ncoupling, r->coupling_visits);
    print_time(r, fp);
}
