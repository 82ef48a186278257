/* test_formats: the VOSviewer network (undirected pairs, strengths summed, no self-links),
 * Pajek numbering, the language graph.html opens in, names by language from the gazetteer. */
#include <stdlib.h>

#include "diag.h"
#include "emit_formats.h"
#include "emit_html.h"
#include "gazetteer.h"
#include "handmade.h"
#include "harness.h"

typedef int (*writer)(const struct graph *, FILE *);

/* What fn writes for g, as a string to free. */
static char *written(writer fn, const struct graph *g)
{
    char *s = NULL;
    size_t n = 0;
    FILE *fp = open_memstream(&s, &n);
    CHECK(fn(g, fp) == 0);
    fclose(fp);
    return s;
}

static void test_vos_network(void)
{
    struct graph *g = handmade();
    hm_edge(g, H_S1, H_S4, ET_CITES, 5);   /* the other direction of S4 -> S1 (2) */
    hm_edge(g, H_S3, H_S3, ET_CITES, 1);   /* a self-citation */
    hm_edge(g, H_S5, H_S4, ET_MENTIONS, 1); /* a second type on S5 -> S4 (3) */
    char *s = written(emit_vos_network, g);
    /* ids are positions + 1: A60 1, S1 2, S3 3, S4 4, S5 5, ctc 6 */
    CHECK_STR(s, "1\t2\t1\n2\t4\t7\n3\t4\t1\n3\t5\t1\n4\t5\t4\n5\t6\t2\n");
    free(s);
    s = written(emit_pajek, g);
    CHECK(strncmp(s, "*Vertices 6\r\n1 \"A/RES/60/1\"\r\n", 29) == 0);
    CHECK(strstr(s, "*Arcs\r\n1 2 1\r\n4 2 2\r\n") != NULL);
    CHECK(strstr(s, "\r\n3 3 1\r\n") != NULL);
    free(s);
    graph_free(g);
}

static void test_html_lang(void)
{
    struct graph *g = handmade();
    enum { AR = 1, ZH = 2, EN = 4, FR = 8 };
    g->nodes[H_A60].langs = FR;
    g->nodes[H_S4].langs = FR;
    g->nodes[H_S5].langs = FR | EN;
    g->nodes[H_S1].langs = EN | ZH; /* not an input: does not count */
    CHECK_STR(html_lang(g, NULL), "fr");
    CHECK_STR(html_lang(g, "ar"), "ar");
    g->nodes[H_A60].langs = g->nodes[H_S4].langs = FR | EN | AR;
    CHECK_STR(html_lang(g, NULL), "en"); /* every language read as often: English */
    for (size_t i = 0; i < g->nnodes; i++)
        g->nodes[i].langs = 0;
    CHECK_STR(html_lang(g, NULL), "en");
    graph_free(g);
}

/* Occurrences of needle in s. */
static size_t count(const char *s, const char *needle)
{
    size_t n = 0;
    for (const char *p = s; (p = strstr(p, needle)) != NULL; p++)
        n++;
    return n;
}

static void test_html_page(void)
{
    struct graph *g = handmade();
    free(g->nodes[H_CTC].label);
    g->nodes[H_CTC].label = xstrdup("</script><!--<script>x");
    char *s = written(emit_html, g);
    CHECK(count(s, "</script>") == 5); /* three libraries, the data, the page's script */
    CHECK(strstr(s, "\\u003c/script>\\u003c!--\\u003cscript>x") != NULL);
    CHECK(count(s, "{\"i\":") == H_NODES);
    free(s);
    /* above HTML_MAX_NODES: the most central only */
    char id[32];
    for (int i = 0; i <= HTML_MAX_NODES - H_NODES; i++) {
        snprintf(id, sizeof id, "S/RES/%d (2000)", 10000 + i);
        hm_node(g, id, id, NK_RESOLUTION, 2000, 1e-6 * (i + 1), 0);
    }
    graph_reindex(g);
    diag_set_quiet(1);
    s = written(emit_html, g);
    CHECK(count(s, "{\"i\":") == HTML_MAX_NODES);
    CHECK(strstr(s, "{\"i\":\"S/RES/10000 (2000)\"") == NULL); /* the least central left out */
    CHECK(strstr(s, "\"selection\":\"top 20000") != NULL);
    free(s);
    graph_free(g);
}

static void test_names(void)
{
    struct gazetteer *gz = gazetteer_builtin();
    const struct gz_entry *e = NULL;
    for (size_t i = 0; i < gazetteer_size(gz); i++)
        if (strcmp(gazetteer_entry(gz, i)->id, "security-council") == 0)
            e = gazetteer_entry(gz, i);
    CHECK(e != NULL);
    if (e) {
        CHECK_STR(gazetteer_name(e, "zh"), "安全理事会");
        CHECK_STR(gazetteer_name(e, "en"), "Security Council");
        CHECK_STR(gazetteer_name(e, "de"), "Sicherheitsrat"); /* the 14th column */
        CHECK_STR(gazetteer_name(e, "xx"), e->name);          /* no column: English */
    }
    gazetteer_free(gz);
}

int main(void)
{
    test_vos_network();
    test_html_lang();
    test_html_page();
    test_names();
    return h_done("formats");
}
