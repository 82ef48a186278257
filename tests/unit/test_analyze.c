/* Unit tests: the metrics of the graph shown (analyze_selection) and PageRank on the
 * resolution citation graph, on the hand-made graph of tests/unit/handmade.h, with
 * PageRank values worked out by hand (see the comments). */
#include <math.h>
#include <stdlib.h>

#include "analyze.h"
#include "handmade.h"
#include "harness.h"

static const struct gnode *node(const struct graph *g, const char *id)
{
    for (size_t i = 0; i < g->nnodes; i++)
        if (strcmp(g->nodes[i].id, id) == 0)
            return &g->nodes[i];
    return NULL;
}

static double pr(const struct graph *g, const char *id)
{
    const struct gnode *n = node(g, id);
    return n ? n->pagerank : -1;
}

#define NEAR(a, b) (fabs((a) - (b)) < 1e-9)

int main(void)
{
    analyze_init();
    analyze_configure(-1, 1);
    struct graph *g = handmade(), *s;
    struct subgraph_options o;
    const double d = 0.85;

    /* the resolutions of the Security Council: S1 S3 S4 S5 and the four "cites" links
     * S4->S1 (2), S4->S3 (1), S5->S3 (1), S5->S4 (3); S1 and S3 cite nothing, so their
     * rank is shared by all: with b = (1 - d)/4 + d (p1 + p3)/4,
     *   p5 = b, p4 = b + d 3/4 p5, p1 = b + d 2/3 p4, p3 = b + d 1/3 p4 + d 1/4 p5 */
    double k4 = 1 + d * 3 / 4, k1 = 1 + d * 2 / 3 * k4, k3 = 1 + d / 3 * k4 + d / 4;
    double b = 1 / (1 + k4 + k1 + k3);
    CHECK(NEAR(b, (1 - d) / 4 + d * (k1 + k3) * b / 4)); /* the system is consistent */
    subgraph_options_init(&o);
    CHECK(subgraph_parse_kinds("resolution", &o.kinds) == 0);
    CHECK(subgraph_parse_organs("SC", &o.organs) == 0);
    s = analyze_selection(g, &o);
    CHECK(s && s != g && s->nnodes == 4 && s->nedges == 4);
    CHECK(NEAR(pr(s, "S/RES/5 (2005)"), b) && NEAR(pr(s, "S/RES/4 (2004)"), k4 * b));
    CHECK(NEAR(pr(s, "S/RES/1 (2001)"), k1 * b) && NEAR(pr(s, "S/RES/3 (2003)"), k3 * b));
    /* degrees are those of the links kept (S1 is cited by A/RES/60/1 too in g) */
    CHECK_INT(node(s, "S/RES/1 (2001)")->in_degree, 1);
    CHECK_INT(node(s, "S/RES/5 (2005)")->out_degree, 2);
    /* the selection is its own resolution citation graph */
    CHECK(s->citation_nnodes == 4 && s->citation_nedges == 4);
    for (size_t i = 0; i < s->nnodes; i++)
        CHECK(NEAR(s->nodes[i].citation_pagerank, s->nodes[i].pagerank));
    CHECK(s->full_nnodes == 6 && s->full_nedges == 6 && s->ranked_nnodes == 0);
    graph_free(s);

    /* --top is ranked on the selection by the other options: by in-degree there S3 (2)
     * comes first; on the whole graph S1 (cited by A/RES/60/1 and S4) would tie with S3
     * and win on its id */
    o.top = 1;
    o.by = M_IN_DEGREE;
    s = analyze_selection(g, &o);
    CHECK(s && s->nnodes == 1 && node(s, "S/RES/3 (2003)") != NULL);
    CHECK(s && s->ranked_nnodes == 4 && s->ranked_nedges == 4);
    CHECK(s && NEAR(pr(s, "S/RES/3 (2003)"), 1));
    graph_free(s);
    /* then the N are analysed as a graph of their own: S5 -> S4, S4 cites nothing;
     * p5 = b2, p4 = b2 + d p5 with b2 = (1 - d)/2 + d p4/2 */
    o.top = 2;
    o.by = M_OUT_DEGREE;
    s = analyze_selection(g, &o);
    double b2 = 1 / (2 + d);
    CHECK(s && s->nnodes == 2 && s->nedges == 1);
    CHECK(s && NEAR(pr(s, "S/RES/5 (2005)"), b2) && NEAR(pr(s, "S/RES/4 (2004)"), (1 + d) * b2));
    CHECK(s && node(s, "S/RES/4 (2004)")->in_degree == 1);
    graph_free(s);

    /* --top alone: ranked on the whole graph (analysed), the N analysed again */
    subgraph_options_init(&o);
    o.top = 5;
    o.by = M_IN_DEGREE; /* S1 2, S3 2, S4 1, ctc 1, then A60 (id order); ctc, linked to
                           S5 only, is dropped */
    s = analyze_selection(g, &o);
    CHECK(s && s->nnodes == 4 && node(s, "S/RES/5 (2005)") == NULL && node(s, "ctc") == NULL);
    CHECK(s && s->ranked_nnodes == 6 && s->ranked_nedges == 6);
    graph_free(s);

    /* no selection: the graph itself, analysed; the resolution citation graph leaves
     * out the body and the mention: A60 -> S1 joins the four links above */
    subgraph_options_init(&o);
    s = analyze_selection(g, &o);
    CHECK(s == g && g->selection == NULL);
    CHECK(g->citation_nnodes == 5 && g->citation_nedges == 5);
    CHECK(isnan(node(g, "ctc")->citation_pagerank));
    CHECK_INT(node(g, "S/RES/1 (2001)")->citation_in_degree, 2);
    CHECK_INT(node(g, "ctc")->citation_in_degree, 0);
    double sum = 0;
    for (size_t i = 0; i < g->nnodes; i++)
        if (g->nodes[i].kind == NK_RESOLUTION)
            sum += g->nodes[i].citation_pagerank;
    CHECK(NEAR(sum, 1));
    /* on the whole graph the body takes rank: the PageRanks of resolutions sum below 1 */
    CHECK(node(g, "ctc")->pagerank > 0 && pr(g, "S/RES/1 (2001)") < node(g, "S/RES/1 (2001)")->citation_pagerank);

    /* a selection that keeps nothing is an empty graph, not an error */
    subgraph_options_init(&o);
    CHECK(subgraph_parse_years("1950", &o.year_from, &o.year_to) == 0);
    s = analyze_selection(g, &o);
    CHECK(s && s->nnodes == 0);
    graph_free(s);

    graph_free(g);
    return h_done("analyze");
}
