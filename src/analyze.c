/* analyze: igraph metrics (see analyze.h). */
#include "analyze.h"

#include <igraph.h>
#include <math.h>

#include "diag.h"

void analyze_init(void)
{
    igraph_set_error_handler(igraph_error_handler_printignore);
    igraph_set_warning_handler(igraph_warning_handler_ignore);
}

static int failed(const char *what, igraph_error_t rc)
{
    diag_error(NULL, 0, "igraph: %s failed: %s", what, igraph_strerror(rc));
    return -1;
}

/* igraph returns -0.0 and 1e-17 noise for scores that are zero. */
static double clean(double x) { return fabs(x) < 1e-15 ? 0.0 : x; }

int analyze_metrics(struct graph *g)
{
    igraph_t G;
    igraph_vector_int_t edges, deg;
    igraph_vector_t w, v, v2;
    igraph_error_t rc;
    int ret = -1;
    size_t n = g->nnodes;
    if (n == 0)
        return 0;
    if ((rc = igraph_vector_int_init(&edges, (igraph_integer_t)(2 * g->nedges))))
        return failed("allocation", rc);
    igraph_vector_init(&w, (igraph_integer_t)g->nedges);
    for (size_t i = 0; i < g->nedges; i++) {
        VECTOR(edges)[2 * i] = (igraph_integer_t)g->edges[i].from;
        VECTOR(edges)[2 * i + 1] = (igraph_integer_t)g->edges[i].to;
        VECTOR(w)[i] = g->edges[i].weight;
    }
    if ((rc = igraph_create(&G, &edges, (igraph_integer_t)n, IGRAPH_DIRECTED))) {
        igraph_vector_int_destroy(&edges);
        igraph_vector_destroy(&w);
        return failed("graph construction", rc);
    }
    igraph_vector_int_init(&deg, 0);
    igraph_vector_init(&v, 0);
    igraph_vector_init(&v2, 0);

    if ((rc = igraph_degree(&G, &deg, igraph_vss_all(), IGRAPH_IN, IGRAPH_LOOPS))) {
        failed("in-degree", rc);
        goto out;
    }
    for (size_t i = 0; i < n; i++)
        g->nodes[i].in_degree = (long)VECTOR(deg)[i];
    if ((rc = igraph_degree(&G, &deg, igraph_vss_all(), IGRAPH_OUT, IGRAPH_LOOPS))) {
        failed("out-degree", rc);
        goto out;
    }
    for (size_t i = 0; i < n; i++)
        g->nodes[i].out_degree = (long)VECTOR(deg)[i];
    if ((rc = igraph_strength(&G, &v, igraph_vss_all(), IGRAPH_IN, IGRAPH_LOOPS, &w))) {
        failed("in-strength", rc);
        goto out;
    }
    for (size_t i = 0; i < n; i++)
        g->nodes[i].in_strength = VECTOR(v)[i];
    if ((rc = igraph_strength(&G, &v, igraph_vss_all(), IGRAPH_OUT, IGRAPH_LOOPS, &w))) {
        failed("out-strength", rc);
        goto out;
    }
    for (size_t i = 0; i < n; i++)
        g->nodes[i].out_strength = VECTOR(v)[i];

    igraph_real_t value;
    if ((rc = igraph_pagerank(&G, IGRAPH_PAGERANK_ALGO_PRPACK, &v, &value, igraph_vss_all(),
                              IGRAPH_DIRECTED, 0.85, &w, NULL))) {
        failed("PageRank", rc);
        goto out;
    }
    for (size_t i = 0; i < n; i++)
        g->nodes[i].pagerank = clean(VECTOR(v)[i]);

    if ((rc = igraph_betweenness(&G, &v, igraph_vss_all(), IGRAPH_DIRECTED, NULL))) {
        failed("betweenness", rc);
        goto out;
    }
    for (size_t i = 0; i < n; i++)
        g->nodes[i].betweenness = clean(VECTOR(v)[i]);

    if (g->nedges > 0) {
        if ((rc = igraph_hub_and_authority_scores(&G, &v, &v2, &value, 1, &w, NULL))) {
            failed("HITS", rc);
            goto out;
        }
        for (size_t i = 0; i < n; i++) {
            g->nodes[i].hub = clean(VECTOR(v)[i]);
            g->nodes[i].authority = clean(VECTOR(v2)[i]);
        }
    }
    ret = 0;
out:
    igraph_vector_destroy(&v2);
    igraph_vector_destroy(&v);
    igraph_vector_int_destroy(&deg);
    igraph_vector_destroy(&w);
    igraph_vector_int_destroy(&edges);
    igraph_destroy(&G);
    return ret;
}
