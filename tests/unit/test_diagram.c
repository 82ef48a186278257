/* Unit tests: the Graphviz outputs of a hand-made graph (tests/unit/handmade.h), read
 * back and checked structurally — nodes, links, year rows, clusters, colours, links to
 * undocs.org, legend, rendered SVG, layout.json. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "emit_dot.h"
#include "handmade.h"
#include "harness.h"

static char dir[] = "/tmp/unxref-test-diagram-XXXXXX";

static char *slurp(const char *name)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "rb");
    if (!f)
        return xstrdup("");
    struct buf b = BUF_INIT;
    char chunk[4096];
    size_t n;
    buf_adds(&b, "");
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_add(&b, chunk, n);
    fclose(f);
    unlink(path);
    return buf_detach(&b);
}

static int count(const char *hay, const char *needle)
{
    int n = 0;
    for (const char *p = hay; (p = strstr(p, needle)) != NULL; p += strlen(needle))
        n++;
    return n;
}

/* graph.dot of g drawn with o */
static char *dot_of(const struct graph *g, struct dot_options *o)
{
    o->want_dot = 1;
    CHECK(emit_dot(g, dir, o) == 0);
    return slurp("graph.dot");
}

int main(void)
{
    CHECK(mkdtemp(dir) != NULL);
    struct graph *g = handmade();
    struct dot_options o;
    char *s;

    /* default: dot with year rows 2001 to 2005 (the empty 2002 too: one column a year),
     * kind colours, legend */
    dot_options_init(&o);
    s = dot_of(g, &o);
    CHECK_INT(count(s, "class=resolution"), 5);
    CHECK_INT(count(s, "class=body"), 1);
    CHECK_INT(count(s, " -> "), 6 + 4); /* the links and the year scale */
    CHECK_INT(count(s, "rank=same"), 5);
    CHECK(strstr(s, "\"year:2002\"") && strstr(s, "subgraph year_2002"));
    CHECK(strstr(s, "subgraph year_2004") && strstr(s, "\"year:2004\""));
    CHECK(strstr(s, "rankdir=RL") != NULL);
    CHECK(strstr(s, "URL=\"https://undocs.org/S/RES/4(2004)\"") != NULL);
    CHECK(strstr(s, "URL=\"https://undocs.org/A/RES/60/1\"") != NULL);
    CHECK_INT(count(s, "URL="), 5);
    CHECK(strstr(s, "ID=\"legend\"") && strstr(s, "General Assembly"));
    CHECK(strstr(s, "label=\"4 (2004)\"") != NULL);
    CHECK(strstr(s, "style=dashed") != NULL); /* the mention of the body */
    CHECK(strstr(s, "penwidth=3.18") != NULL); /* weight 3: 0.8 + 1.5 log2 3 */
    CHECK(strstr(s, "cluster") == NULL);
    free(s);

    /* colour and clusters by community (-1: no cluster, white) */
    o.color_community = 1;
    o.cluster = CLUSTER_COMMUNITY;
    s = dot_of(g, &o);
    CHECK_INT(count(s, "subgraph cluster_community_0"), 1);
    CHECK_INT(count(s, "subgraph cluster_community_1"), 1);
    CHECK_INT(count(s, "cluster_community_-1"), 0);
    CHECK_INT(count(s, "fillcolor=\"#8dd3c7\""), 3);
    CHECK_INT(count(s, "fillcolor=\"#ffffb3\""), 2);
    CHECK_INT(count(s, "fillcolor=\"#ffffff\""), 1);
    CHECK(strstr(s, "newrank=true") && strstr(s, "colour: community"));
    /* communities by name (most central member and how many others), not community_0 */
    CHECK(strstr(s, "community_0\"") == NULL && strstr(s, "label=community") == NULL);
    CHECK_INT(count(s, " and 2 others"), 2); /* the cluster label and the legend row */
    CHECK_INT(count(s, " and 1 other"), 2);
    free(s);

    /* clusters by organ and by year; links in Chinese; full labels; no legend */
    dot_options_init(&o);
    o.cluster = CLUSTER_ORGAN;
    o.link_lang = "zh";
    o.full_labels = 1;
    o.no_legend = 1;
    s = dot_of(g, &o);
    CHECK(strstr(s, "\"cluster_Security Council\"") && strstr(s, "\"cluster_General Assembly\""));
    CHECK(strstr(s, "URL=\"https://undocs.org/zh/S/RES/4(2004)\"") != NULL);
    CHECK(strstr(s, "label=\"S/RES/4 (2004)\"") != NULL);
    CHECK(strstr(s, "legend") == NULL);
    free(s);
    dot_options_init(&o);
    o.cluster = CLUSTER_YEAR;
    s = dot_of(g, &o);
    CHECK_INT(count(s, "subgraph cluster_year_"), 4);
    free(s);

    /* no timeline: left to right, no rows; sfdp: overlap removal */
    dot_options_init(&o);
    o.no_timeline = 1;
    s = dot_of(g, &o);
    CHECK(strstr(s, "rankdir=LR") && !strstr(s, "rank=same"));
    free(s);
    o.engine = "sfdp";
    s = dot_of(g, &o);
    CHECK(strstr(s, "overlap=prism") && !strstr(s, "rank=same"));
    free(s);

    /* rendered SVG and layout.json */
    dot_options_init(&o);
    o.render[0] = "svg";
    o.want_layout = 1;
    CHECK(emit_dot(g, dir, &o) == 0);
    s = slurp("graph.svg");
    CHECK_INT(count(s, "class=\"node resolution\""), 5);
    CHECK_INT(count(s, "class=\"node body\""), 1);
    CHECK_INT(count(s, "class=\"edge cites\""), 5);
    CHECK_INT(count(s, "class=\"edge mentions\""), 1);
    CHECK_INT(count(s, "xlink:href=\"https://undocs.org/"), 5);
    CHECK(strstr(s, ">Legend<") != NULL);
    CHECK(strstr(s, "xlink:title=\"S/RES/5 (2005)&#10;year 2005") != NULL);
    free(s);
    s = slurp("layout.json");
    CHECK_INT(count(s, "\"id\":"), 6);
    CHECK_INT(count(s, "\"source\":"), 6);
    CHECK(strstr(s, "\"engine\": \"dot\"") != NULL);
    free(s);

    graph_free(g);
    rmdir(dir);
    return h_done("diagram");
}
