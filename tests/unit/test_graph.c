/* Unit tests: graph building (node identity, weights over language versions) and the
 * igraph metrics on small graphs whose answers are worked out by hand. */
#include <math.h>
#include <stdlib.h>

#include "analyze.h"
#include "graph.h"
#include "harness.h"
#include "util.h"

static struct doc make_doc(const char *path, const char *lang, const char *symbol,
                           const char *const *targets)
{
    struct doc d;
    memset(&d, 0, sizeof d);
    d.path = xstrdup(path);
    d.lang = lang;
    d.symbol = symbol;
    d.arena = arena_new();
    for (size_t i = 0; targets[i]; i++) {
        struct mention m = {0};
        m.kind = targets[i][0] == 'S' || targets[i][0] == 'A' ? MK_RESOLUTION : MK_BODY;
        m.id = targets[i];
        m.known = 1;
        mentions_push(&d.mentions, &m);
    }
    return d;
}

static const struct gnode *node(const struct graph *g, const char *id)
{
    for (size_t i = 0; i < g->nnodes; i++)
        if (strcmp(g->nodes[i].id, id) == 0)
            return &g->nodes[i];
    return NULL;
}

static double weight(const struct graph *g, const char *from, const char *to)
{
    for (size_t i = 0; i < g->nedges; i++)
        if (strcmp(g->nodes[g->edges[i].from].id, from) == 0 &&
            strcmp(g->nodes[g->edges[i].to].id, to) == 0)
            return g->edges[i].weight;
    return 0;
}

#define NEAR(a, b) CHECK(fabs((a) - (b)) < 1e-9)

int main(void)
{
    analyze_init();
    struct graph *g = graph_new();
    /* C cites B twice (zh) and once (en): one node, weight 2; B cites A; A is cited by
     * C too; C mentions the CTC body. */
    const char *c_zh[] = {"S/RES/2 (2001)", "S/RES/2 (2001)", "S/RES/1 (2000)", NULL};
    const char *c_en[] = {"S/RES/2 (2001)", "ctc", NULL};
    const char *b[] = {"S/RES/1 (2000)", NULL};
    struct doc docs[3] = {make_doc("c.zh.txt", "zh", "S/RES/3 (2002)", c_zh),
                          make_doc("c.en.txt", "en", "S/RES/3 (2002)", c_en),
                          make_doc("b.en.txt", "en", "S/RES/2 (2001)", b)};
    for (int i = 0; i < 3; i++)
        graph_add_doc(g, &docs[i]);
    graph_sort(g);
    CHECK_INT(g->nnodes, 4);
    CHECK_INT(g->nedges, 4);
    CHECK_INT(g->ndocs, 3);
    CHECK_STR(g->nodes[0].id, "S/RES/1 (2000)"); /* sorted by id */
    CHECK(weight(g, "S/RES/3 (2002)", "S/RES/2 (2001)") == 2);
    CHECK(weight(g, "S/RES/3 (2002)", "ctc") == 1);
    const struct gnode *c = node(g, "S/RES/3 (2002)");
    CHECK(c && c->input && c->langs == 6); /* zh and en bits */
    CHECK(c && c->kind == NK_RESOLUTION);
    CHECK(node(g, "S/RES/1 (2000)") && !node(g, "S/RES/1 (2000)")->input);
    CHECK(analyze_metrics(g) == 0);
    const struct gnode *a = node(g, "S/RES/1 (2000)");
    const struct gnode *bn = node(g, "S/RES/2 (2001)");
    CHECK_INT(a->in_degree, 2);
    CHECK_INT(c->out_degree, 3);
    NEAR(c->out_strength, 4);
    /* betweenness: only B lies on a shortest path (none: C->A is direct) */
    NEAR(bn->betweenness, 0);
    double sum = 0;
    for (size_t i = 0; i < g->nnodes; i++)
        sum += g->nodes[i].pagerank;
    NEAR(sum, 1);
    CHECK(a->pagerank > bn->pagerank && bn->pagerank > c->pagerank);
    CHECK(a->authority > 0 && c->hub > 0);
    NEAR(c->authority, 0);
    for (int i = 0; i < 3; i++) {
        docs[i].symbol = NULL; /* not owned by the doc */
        doc_release(&docs[i]);
    }
    graph_free(g);

    /* a chain x -> y -> z: y has betweenness 1 */
    g = graph_new();
    const char *x[] = {"S/RES/8 (2001)", NULL};
    const char *y[] = {"S/RES/7 (2000)", NULL};
    struct doc d1 = make_doc("x", "en", "S/RES/9 (2002)", x);
    struct doc d2 = make_doc("y", "en", "S/RES/8 (2001)", y);
    graph_add_doc(g, &d1);
    graph_add_doc(g, &d2);
    graph_sort(g);
    CHECK(analyze_metrics(g) == 0);
    NEAR(node(g, "S/RES/8 (2001)")->betweenness, 1);
    NEAR(node(g, "S/RES/9 (2002)")->betweenness, 0);
    /* PageRank by hand (damping 0.85, dangling z jumps uniformly):
     * x = (1-d)/3 + d*z/3, y = x*d + that, z = y*d + that */
    double d = 0.85, px, py, pz;
    /* solve: px = k, py = k + d px, pz = k + d py, with k = (1-d)/3 + d pz/3 */
    /* iterate to the fixed point */
    px = py = pz = 1.0 / 3;
    for (int it = 0; it < 2000; it++) {
        double k = (1 - d) / 3 + d * pz / 3;
        double nx = k, ny = k + d * px, nz = k + d * py;
        px = nx, py = ny, pz = nz;
    }
    NEAR(node(g, "S/RES/9 (2002)")->pagerank, px);
    NEAR(node(g, "S/RES/8 (2001)")->pagerank, py);
    NEAR(node(g, "S/RES/7 (2000)")->pagerank, pz);
    d1.symbol = d2.symbol = NULL;
    doc_release(&d1);
    doc_release(&d2);
    graph_free(g);
    return h_done("graph");
}
