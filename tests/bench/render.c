/* bench/render: times the Graphviz layout and rendering of a synthetic citation graph.
 * usage: render N ENGINE DIR — N Security-Council-like resolutions over 1946–2024, each
 * citing up to five earlier ones (mostly recent), a body mentioned by every tenth;
 * metrics from analyze.c; writes DIR/graph.svg and prints "N ENGINE SECONDS". */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "analyze.h"
#include "emit_dot.h"
#include "handmade.h"

static unsigned long rng = 12345;
static unsigned long next(void) { return (rng = rng * 6364136223846793005UL + 1442695040888963407UL) >> 33; }

int main(int argc, char **argv)
{
    if (argc != 4) {
        fputs("usage: render N ENGINE DIR\n", stderr);
        return 2;
    }
    long n = atol(argv[1]);
    struct graph *g = graph_new();
    char id[64], label[64];
    size_t nbodies = (size_t)(n / 10 > 0 ? n / 10 : 1);
    size_t nres = (size_t)n - nbodies;
    for (size_t i = 0; i < nres; i++) {
        int year = 1946 + (int)(i * 78 / nres);
        snprintf(id, sizeof id, "S/RES/%zu (%d)", i + 1, year);
        snprintf(label, sizeof label, "%zu (%d)", i + 1, year);
        hm_node(g, id, label, NK_RESOLUTION, year, 0, -1)->input = 1;
    }
    for (size_t i = 0; i < nbodies; i++) {
        snprintf(id, sizeof id, "body-%zu", i);
        snprintf(label, sizeof label, "Committee %zu", i);
        hm_node(g, id, label, NK_BODY, 0, 0, -1);
    }
    for (size_t i = 1; i < nres; i++) {
        size_t k = 1 + next() % 5;
        for (size_t j = 0; j < k; j++) {
            size_t back = 1 + next() % (next() % 4 == 0 ? i : (i < 30 ? i : 30));
            hm_edge(g, i, i - back, ET_CITES, (double)(1 + next() % 3));
        }
        if (i % 10 == 0)
            hm_edge(g, i, nres + next() % nbodies, ET_MENTIONS, 1);
    }
    /* duplicate (from, to) pairs are merged as graph.c does: sort, then keep the first */
    graph_reindex(g);
    graph_sort(g);
    size_t w = 0;
    for (size_t i = 0; i < g->nedges; i++)
        if (w == 0 || g->edges[i].from != g->edges[w - 1].from ||
            g->edges[i].to != g->edges[w - 1].to)
            g->edges[w++] = g->edges[i];
    g->nedges = w;
    graph_reindex(g);
    analyze_init();
    if (analyze_metrics(g) != 0)
        return 1;
    struct dot_options o;
    dot_options_init(&o);
    o.engine = argv[2];
    o.render[0] = "svg";
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int rc = emit_dot(g, argv[3], &o);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    printf("%ld %s %zu %.2f\n", n, argv[2], g->nedges,
           (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
    graph_free(g);
    return rc != 0;
}
