/* Unit tests: search path counts, global and key-route main paths, dropped anomalies and
 * cycles, co-citation and bibliographic coupling, on small graphs worked out by hand (and
 * the pair counts against igraph's dense igraph_cocitation / igraph_bibcoupling). */
#include <igraph.h>
#include <math.h>
#include <stdlib.h>

#include "cocite.h"
#include "graph.h"
#include "harness.h"
#include "mainpath.h"
#include "util.h"

static size_t add_node(struct graph *g, const char *id, int year)
{
    xgrow((void **)&g->nodes, &g->ncap, g->nnodes + 1, sizeof *g->nodes);
    struct gnode *n = &g->nodes[g->nnodes];
    memset(n, 0, sizeof *n);
    n->id = xstrdup(id);
    n->kind = NK_RESOLUTION;
    n->year = year;
    return g->nnodes++;
}

static void add_edge(struct graph *g, size_t from, size_t to)
{
    xgrow((void **)&g->edges, &g->ecap, g->nedges + 1, sizeof *g->edges);
    g->edges[g->nedges++] = (struct gedge){from, to, ET_CITES, 1.0};
}

static long find_edge(const struct graph *g, size_t from, size_t to)
{
    for (size_t i = 0; i < g->nedges; i++)
        if (g->edges[i].from == from && g->edges[i].to == to)
            return (long)i;
    return -1;
}

static double spc(const struct graph *g, const struct mainpath *mp, size_t a, size_t b)
{
    long e = find_edge(g, a, b);
    return e < 0 ? -1 : mp->spc[e];
}

/* Links go from the citing to the cited resolution; years make I newest, F oldest.
 *   I→A  A→C  A→D  B→D  C→E  D→E  D→F  E→F,  E→A (forward in time: dropped),
 *   G↔H (a same-year cycle: one of the two is dropped).
 * Paths from a source (I, B, and G or H) to a sink (F, and H or G):
 *   I-A-C-E-F, I-A-D-E-F, I-A-D-F, B-D-E-F, B-D-F, and G-H or H-G: 6.
 * SPC = paths through the link: I→A 3, A→C 1, A→D 2, B→D 2, C→E 1, D→E 2, D→F 2, E→F 3.
 * Global main path (largest SPC sum): I→A→D→E→F, 3+2+2+3 = 10.
 * Key-route, 2 keys (I→A and E→F, SPC 3): from A forward the largest arc is A→D, then D→E
 * and D→F tie (both kept), E→F; from E backward D→E, then A→D and B→D tie, then I→A. */
static void test_main_path(void)
{
    struct graph *g = graph_new();
    size_t I = add_node(g, "I", 2006), A = add_node(g, "A", 2005), B = add_node(g, "B", 2005);
    size_t C = add_node(g, "C", 2003), D = add_node(g, "D", 2003), E = add_node(g, "E", 2001);
    size_t F = add_node(g, "F", 2000), G = add_node(g, "G", 2002), H = add_node(g, "H", 2002);
    add_node(g, "lonely", 1999);
    size_t pairs[][2] = {{I, A}, {A, C}, {A, D}, {B, D}, {C, E}, {D, E},
                         {D, F}, {E, F}, {E, A}, {G, H}, {H, G}};
    for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++)
        add_edge(g, pairs[i][0], pairs[i][1]);
    struct mainpath mp;
    CHECK(mainpath_compute(g, 2, &mp) == 0);
    CHECK(mp.npaths == 6);
    CHECK(spc(g, &mp, I, A) == 3);
    CHECK(spc(g, &mp, A, C) == 1);
    CHECK(spc(g, &mp, A, D) == 2);
    CHECK(spc(g, &mp, B, D) == 2);
    CHECK(spc(g, &mp, C, E) == 1);
    CHECK(spc(g, &mp, D, E) == 2);
    CHECK(spc(g, &mp, D, F) == 2);
    CHECK(spc(g, &mp, E, F) == 3);
    CHECK(spc(g, &mp, E, A) == 0);
    CHECK(spc(g, &mp, G, H) + spc(g, &mp, H, G) == 1);
    CHECK_INT(mp.nforward, 1);
    CHECK(mp.nforward == 1 && mp.forward[0] == (size_t)find_edge(g, E, A));
    CHECK_INT(mp.ncycle, 1);
    CHECK(mp.ncycle == 1 && (mp.cycle[0] == (size_t)find_edge(g, G, H) ||
                             mp.cycle[0] == (size_t)find_edge(g, H, G)));
    CHECK_INT(mp.narcs, 9);
    size_t want[] = {F, E, D, A, I};
    CHECK_INT(mp.npath, 5);
    for (size_t i = 0; i < 5 && i < mp.npath; i++)
        CHECK_INT(mp.path[i], want[i]);
    CHECK(mp.path_spc == 10);
    size_t kr[][2] = {{I, A}, {A, D}, {B, D}, {D, E}, {D, F}, {E, F}};
    CHECK_INT(mp.nkeyroute, 6);
    for (size_t i = 0; i < 6; i++) {
        long e = find_edge(g, kr[i][0], kr[i][1]);
        int found = 0;
        for (size_t k = 0; k < mp.nkeyroute; k++)
            found |= mp.keyroute[k] == (size_t)e;
        CHECK(found);
    }
    mainpath_release(&mp);
    /* one key: I→A (the lower edge id of the two ties); the route I→A→D→{E→F, F} */
    CHECK(mainpath_compute(g, 1, &mp) == 0);
    CHECK_INT(mp.nkeyroute, 5);
    mainpath_release(&mp);
    graph_free(g);
}

/* Citing documents P, Q, R; cited X, Y, Z:
 *   P→X P→Y P→Z  Q→X Q→Y  R→Y R→Z
 * co-citation: X–Y 2 (P, Q), Y–Z 2 (P, R), X–Z 1 (P)
 * coupling: P–Q 2 (X, Y), P–R 2 (Y, Z), Q–R 1 (Y) */
static void test_cocitation(void)
{
    struct graph *g = graph_new();
    size_t P = add_node(g, "P", 2010), Q = add_node(g, "Q", 2011), R = add_node(g, "R", 2012);
    size_t X = add_node(g, "X", 2000), Y = add_node(g, "Y", 2001), Z = add_node(g, "Z", 2002);
    size_t pairs[][2] = {{P, X}, {P, Y}, {P, Z}, {Q, X}, {Q, Y}, {R, Y}, {R, Z}};
    for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++)
        add_edge(g, pairs[i][0], pairs[i][1]);
    struct node_pair *p;
    double visits;
    size_t n = cocite_top(g, PAIRS_COCITATION, 0, &p, &visits);
    CHECK(visits == 5);
    CHECK_INT(n, 3);
    CHECK(n == 3 && p[0].a == X && p[0].b == Y && p[0].count == 2);
    CHECK(n == 3 && p[1].a == Y && p[1].b == Z && p[1].count == 2);
    CHECK(n == 3 && p[2].a == X && p[2].b == Z && p[2].count == 1);
    free(p);
    n = cocite_top(g, PAIRS_COUPLING, 2, &p, &visits);
    CHECK(visits == 5);
    CHECK_INT(n, 2);
    CHECK(n == 2 && p[0].a == P && p[0].b == Q && p[0].count == 2);
    CHECK(n == 2 && p[1].a == P && p[1].b == R && p[1].count == 2);
    free(p);

    /* every pair against igraph's dense matrices */
    igraph_t G;
    igraph_vector_int_t el;
    igraph_matrix_t mat;
    igraph_vector_int_init(&el, (igraph_integer_t)(2 * g->nedges));
    for (size_t i = 0; i < g->nedges; i++) {
        VECTOR(el)[2 * i] = (igraph_integer_t)g->edges[i].from;
        VECTOR(el)[2 * i + 1] = (igraph_integer_t)g->edges[i].to;
    }
    igraph_create(&G, &el, (igraph_integer_t)g->nnodes, IGRAPH_DIRECTED);
    igraph_matrix_init(&mat, 0, 0);
    for (int kind = 0; kind < 2; kind++) {
        if (kind == 0)
            igraph_cocitation(&G, &mat, igraph_vss_all());
        else
            igraph_bibcoupling(&G, &mat, igraph_vss_all());
        n = cocite_top(g, kind ? PAIRS_COUPLING : PAIRS_COCITATION, 0, &p, &visits);
        double sum = 0;
        for (size_t a = 0; a < g->nnodes; a++)
            for (size_t b = a + 1; b < g->nnodes; b++)
                sum += MATRIX(mat, a, b);
        long ours = 0;
        for (size_t i = 0; i < n; i++) {
            CHECK(MATRIX(mat, p[i].a, p[i].b) == p[i].count);
            ours += p[i].count;
        }
        CHECK(sum == ours);
        free(p);
    }
    igraph_matrix_destroy(&mat);
    igraph_vector_int_destroy(&el);
    igraph_destroy(&G);
    graph_free(g);
}

int main(void)
{
    test_main_path();
    test_cocitation();
    printf("mainpath: %d passed, %d failed\n", h_passed, h_failed);
    return h_failed != 0;
}
