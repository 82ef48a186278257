/* Unit tests: graph building (node identity, weights over language versions, entities
 * named in one language only: crosslang.c) and the igraph metrics on small graphs whose answers are worked out by hand. */
#include <math.h>
#include <stdlib.h>

#include "analyze.h"
#include "crosslang.h"
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
        m.known = strncmp(targets[i], "unknown:", 8) != 0;
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

/* A graph of the n documents in docs with crosslang_apply(keep); the docs released. */
static struct graph *crosslang_graph(struct doc *docs, int n, int keep)
{
    struct graph *g = graph_new();
    for (int i = 0; i < n; i++)
        graph_add_doc(g, &docs[i]);
    crosslang_apply(g, keep);
    graph_sort(g);
    for (int i = 0; i < n; i++) {
        docs[i].symbol = NULL; /* not owned by the doc */
        doc_release(&docs[i]);
    }
    return g;
}

/* S/RES/5 in Chinese and English; S/RES/6 in Chinese only. */
static void crosslang_docs(struct doc docs[3], const char *lang5b, const char *lang6)
{
    static const char *const r5_zh[] = {"unknown:协议", "unknown:协议", "ctc", "unknown:共同",
                                        "unknown:both", "S/RES/1 (2000)", NULL};
    static const char *const r5_en[] = {"ctc", "unknown:both", NULL};
    static const char *const r6_zh[] = {"unknown:共同", NULL};
    docs[0] = make_doc("S_RES_5.zh.txt", "zh", "S/RES/5 (2005)", r5_zh);
    docs[1] = make_doc("S_RES_5.en.txt", lang5b, "S/RES/5 (2005)", r5_en);
    docs[2] = make_doc("S_RES_6.zh.txt", lang6, "S/RES/6 (2006)", r6_zh);
}

static void test_cross_language(void)
{
    /* 协议: only the Chinese version of a document read in two languages names it, not
     * in the gazetteer: left out, counted. 共同 is also named by a document read in
     * Chinese only, "both" by both versions, ctc is known, S/RES/1 a symbol: all kept. */
    struct doc docs[3];
    crosslang_docs(docs, "en", "zh");
    struct graph *g = crosslang_graph(docs, 3, 0);
    CHECK(!node(g, "unknown:协议"));
    CHECK(node(g, "unknown:共同") && node(g, "unknown:both") && node(g, "ctc") &&
          node(g, "S/RES/1 (2000)"));
    CHECK_INT(g->nnodes, 6);
    CHECK_INT(g->nedges, 5);
    CHECK(weight(g, "S/RES/5 (2005)", "ctc") == 1);
    CHECK_INT(g->xlang.langs, 6); /* zh, en */
    CHECK_INT(g->xlang.multi, 1);
    CHECK_INT(g->xlang.n, 1);
    long mentions;
    CHECK_INT(xlang_count(&g->xlang, 0, &mentions), 1);
    CHECK_INT(mentions, 2);
    CHECK_STR(g->xlang.v[0].id, "unknown:协议");
    CHECK_INT(g->xlang.v[0].lang, 2);
    CHECK_INT(g->xlang.v[0].documents, 1);
    graph_free(g);

    /* --keep-one-language: listed as kept, still a node */
    crosslang_docs(docs, "en", "zh");
    g = crosslang_graph(docs, 3, 1);
    CHECK(node(g, "unknown:协议"));
    CHECK_INT(g->nnodes, 7);
    CHECK_INT(xlang_count(&g->xlang, 1, NULL), 1);
    CHECK_INT(xlang_count(&g->xlang, 0, NULL), 0);
    graph_free(g);

    /* one language: nothing is left out, nothing listed */
    crosslang_docs(docs, "zh", "zh");
    g = crosslang_graph(docs, 3, 0);
    CHECK(node(g, "unknown:协议"));
    CHECK_INT(g->nnodes, 7);
    CHECK_INT(g->xlang.multi, 0);
    CHECK_INT(g->xlang.n, 0);
    CHECK_INT(g->xlang.langs, 2);
    graph_free(g);
}

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
    test_cross_language();
    return h_done("graph");
}
