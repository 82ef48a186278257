/* Unit tests: sub-graph selection (ego networks, filters, top N) on a hand-made graph
 * whose answers are worked out by hand (tests/unit/handmade.h). */
#include <stdlib.h>

#include "handmade.h"
#include "harness.h"
#include "subgraph.h"

static int has(const struct graph *g, const char *id)
{
    for (size_t i = 0; i < g->nnodes; i++)
        if (strcmp(g->nodes[i].id, id) == 0)
            return 1;
    return 0;
}

/* Selects with o from the hand-made graph; checks node and link counts. */
static struct graph *sel(const struct graph *g, const struct subgraph_options *o,
                         size_t nodes, size_t links, int line)
{
    struct graph *s = subgraph_select(g, o);
    if (!s) {
        h_failed++;
        fprintf(stderr, "line %d: no selection\n", line);
        return NULL;
    }
    if (s->nnodes != nodes || s->nedges != links) {
        h_failed++;
        fprintf(stderr, "line %d: %zu nodes %zu links, want %zu %zu\n", line, s->nnodes,
                s->nedges, nodes, links);
    } else {
        h_passed++;
    }
    return s;
}
#define SEL(o, n, l) sel(g, (o), (n), (l), __LINE__)

int main(void)
{
    struct graph *g = handmade(), *s;
    struct subgraph_options o;

    subgraph_options_init(&o);
    CHECK(!subgraph_active(&o));
    s = SEL(&o, 6, 6);
    CHECK(s->selection != NULL && s->full_nnodes == 6 && s->full_nedges == 6);
    graph_free(s);

    /* ego network of S/RES/4 (2004), by the forms a user may type */
    const char *forms[] = {"S/RES/4 (2004)", "S/RES/4(2004)", "s/res/4 (2004)", "4 (2004)"};
    for (int i = 0; i < 4; i++) {
        subgraph_options_init(&o);
        o.focus[o.nfocus++] = forms[i];
        s = SEL(&o, 4, 4); /* S1 S3 S4 S5; S5->S4 S5->S3 S4->S3 S4->S1 */
        CHECK(s && has(s, "S/RES/5 (2005)") && !has(s, "ctc") && !has(s, "A/RES/60/1"));
        graph_free(s);
    }
    o.direction = DIR_OUT;
    s = SEL(&o, 3, 2); /* what 4 cites: S1 S3 */
    CHECK(has(s, "S/RES/1 (2001)") && has(s, "S/RES/3 (2003)"));
    graph_free(s);
    o.direction = DIR_IN;
    s = SEL(&o, 2, 1); /* what cites 4: S5 */
    graph_free(s);
    o.depth = 0;
    s = SEL(&o, 1, 0);
    graph_free(s);

    /* depth 2, inward from S/RES/1 (2001): S4 and A60 at 1, S5 at 2 */
    subgraph_options_init(&o);
    o.focus[o.nfocus++] = "S/RES/1 (2001)";
    o.direction = DIR_IN;
    o.depth = 2;
    s = SEL(&o, 4, 3);
    CHECK(has(s, "S/RES/5 (2005)") && !has(s, "S/RES/3 (2003)"));
    /* subgraph_select alone keeps the metrics of g (analyze_selection recomputes them,
     * tests/unit/test_analyze.c); the description says what was selected */
    for (size_t i = 0; i < s->nnodes; i++)
        if (strcmp(s->nodes[i].id, "S/RES/4 (2004)") == 0)
            CHECK(s->nodes[i].out_degree == 2 && s->nodes[i].pagerank == 0.15);
    CHECK_STR(s->selection, "focus S/RES/1 (2001) depth 2 direction in");
    graph_free(s);

    /* an unknown focus is an error */
    subgraph_options_init(&o);
    o.focus[o.nfocus++] = "S/RES/9 (2009)";
    CHECK(subgraph_select(g, &o) == NULL);

    /* kinds; organ (the body stays while linked to a Security Council resolution) */
    subgraph_options_init(&o);
    CHECK(subgraph_parse_kinds("resolution", &o.kinds) == 0);
    s = SEL(&o, 5, 5);
    graph_free(s);
    subgraph_options_init(&o);
    CHECK(subgraph_parse_organs("SC", &o.organs) == 0);
    s = SEL(&o, 5, 5);
    CHECK(has(s, "ctc") && !has(s, "A/RES/60/1"));
    graph_free(s);
    CHECK(subgraph_parse_organs("ga", &o.organs) == 0);
    s = SEL(&o, 1, 0); /* A60 alone; ctc linked to no kept node */
    graph_free(s);

    /* years: S3, S4 and the link between them; ctc only linked to S5 */
    subgraph_options_init(&o);
    CHECK(subgraph_parse_years("2003-2004", &o.year_from, &o.year_to) == 0);
    s = SEL(&o, 2, 1);
    CHECK_STR(s->selection, "years 2003-2004");
    graph_free(s);

    /* min-weight 2: S5->S4 (3), S5->ctc (2), S4->S1 (2); S3 and A60 left alone, dropped */
    subgraph_options_init(&o);
    o.min_weight = 2;
    s = SEL(&o, 4, 3);
    CHECK(!has(s, "S/RES/3 (2003)") && !has(s, "A/RES/60/1"));
    graph_free(s);

    /* min-weight with top: the top nodes left without a link go too */
    subgraph_options_init(&o);
    o.min_weight = 1;
    o.top = 3; /* S1, S3, S4: S4 links to both */
    s = SEL(&o, 3, 2);
    graph_free(s);
    o.top = 2; /* S1, S3: no link between them */
    s = SEL(&o, 0, 0);
    graph_free(s);

    /* top 2 by PageRank: S1, S3 (no link between them); by out_degree: S5 (3), S4 (2) */
    subgraph_options_init(&o);
    o.top = 2;
    s = SEL(&o, 2, 0);
    CHECK(has(s, "S/RES/1 (2001)") && has(s, "S/RES/3 (2003)"));
    graph_free(s);
    o.by = metric_parse("out_degree");
    s = SEL(&o, 2, 1);
    CHECK(has(s, "S/RES/5 (2005)") && has(s, "S/RES/4 (2004)"));
    CHECK_STR(s->selection, "top 2 by out_degree");
    graph_free(s);
    /* a focus node is always kept and counts in N: ego of S4, top 2 -> S4 and S1 */
    o.by = M_PAGERANK;
    o.focus[o.nfocus++] = "S/RES/4 (2004)";
    s = SEL(&o, 2, 1);
    CHECK(has(s, "S/RES/4 (2004)") && has(s, "S/RES/1 (2001)"));
    graph_free(s);

    /* a selection of a selection still knows the full graph */
    subgraph_options_init(&o);
    o.top = 4;
    struct graph *s1 = subgraph_select(g, &o);
    o.top = 2;
    s = subgraph_select(s1, &o);
    CHECK(s->nnodes == 2 && s->full_nnodes == 6 && s->full_nedges == 6);
    graph_free(s);
    graph_free(s1);

    /* parsers */
    int a, b;
    unsigned bits;
    enum direction d;
    CHECK(subgraph_parse_years("2001-2010", &a, &b) == 0 && a == 2001 && b == 2010);
    CHECK(subgraph_parse_years("2015", &a, &b) == 0 && a == 2015 && b == 2015);
    CHECK(subgraph_parse_years("2010-2001", &a, &b) != 0);
    CHECK(subgraph_parse_years("20x", &a, &b) != 0);
    CHECK(subgraph_parse_years("", &a, &b) != 0);
    CHECK(subgraph_parse_kinds("resolution,body", &bits) == 0 &&
          bits == ((1u << NK_RESOLUTION) | (1u << NK_BODY)));
    CHECK(subgraph_parse_kinds("resolution,", &bits) != 0);
    CHECK(subgraph_parse_kinds("treaty", &bits) != 0);
    CHECK(subgraph_parse_organs("SC,HRC", &bits) == 0);
    CHECK(subgraph_parse_organs("XX", &bits) != 0);
    CHECK(subgraph_parse_direction("out", &d) == 0 && d == DIR_OUT);
    CHECK(subgraph_parse_direction("up", &d) != 0);
    CHECK(metric_parse("betweenness") == M_BETWEENNESS && metric_parse("size") == M_NONE);
    for (int m = 0; m < M_COUNT; m++)
        CHECK(metric_parse(metric_name((enum metric)m)) == m);

    graph_free(g);
    return h_done("subgraph");
}
