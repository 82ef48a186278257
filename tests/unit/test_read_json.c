/* Unit tests: extract output and graph.json read back from buffers (the --from reader),
 * and files with an error contributing nothing. */
#include <stdlib.h>

#include "graph.h"
#include "harness.h"
#include "read_json.h"

struct seen {
    int docs;
    size_t mentions;
    char first_id[64];
    int year;
};

static void count_doc(void *ctx, const struct doc *d)
{
    struct seen *s = ctx;
    if (s->docs++ == 0 && d->mentions.n) {
        snprintf(s->first_id, sizeof s->first_id, "%s", d->mentions.v[0].id);
        s->year = d->mentions.v[0].year;
    }
    s->mentions += d->mentions.n;
}

static long read_str(const char *text, struct seen *s)
{
    memset(s, 0, sizeof *s);
    return read_extract_json(text, strlen(text), "t.json", count_doc, s);
}

static void test_extract(void)
{
    struct seen s;
    const char *ok =
        "{\"documents\": [{\"path\": \"a.txt\", \"language\": \"en\", \"symbol\": "
        "\"S/RES/1456 (2003)\", \"mentions\": [{\"kind\": \"resolution\", \"id\": "
        "\"S/RES/1373 (2001)\", \"year\": 2001}, {\"kind\": \"body\", \"id\": "
        "\"security-council\", \"name\": \"Security Council\", \"known\": true}]},"
        "{\"path\": \"b.txt\", \"language\": null, \"symbol\": null, \"mentions\": []}],"
        "\"errors\": []}";
    CHECK_INT(read_str(ok, &s), 2);
    CHECK_INT(s.docs, 2);
    CHECK_INT(s.mentions, 2);
    CHECK_STR(s.first_id, "S/RES/1373 (2001)");
    CHECK_INT(s.year, 2001);
    /* one bad mention in the second document: nothing is handed on */
    const char *bad_kind =
        "{\"documents\": [{\"path\": \"a.txt\", \"mentions\": []}, {\"path\": \"b.txt\", "
        "\"mentions\": [{\"kind\": \"treaty\", \"id\": \"x\"}]}]}";
    CHECK_INT(read_str(bad_kind, &s), -1);
    CHECK_INT(s.docs, 0);
    CHECK_INT(read_str("{\"documents\": [", &s), -1);
    CHECK_INT(read_str("[1, 2]", &s), -1);
    CHECK_INT(read_str("{\"documents\": {}}", &s), -1);
    CHECK_INT(read_str("{\"documents\": [{\"path\": \"\", \"mentions\": []}]}", &s), -1);
    CHECK_INT(read_str("{\"documents\": [{\"path\": \"a\", \"language\": \"xx\", "
                       "\"mentions\": []}]}", &s), -1);
    CHECK_INT(read_str("{\"documents\": [{\"path\": \"a\", \"mentions\": [{\"kind\": "
                       "\"resolution\", \"id\": \"S/RES/1 (1946)\", \"year\": \"1946\"}]}]}", &s),
              -1);
    /* not NUL-terminated: only n bytes are read */
    char buf[] = "{\"documents\": []}XXXX";
    CHECK_INT(read_extract_json(buf, strlen(buf) - 4, "t.json", count_doc, &s), 0);
}

static void test_graph_json(void)
{
    const char *gj =
        "{\"graph\": {\"documents\": 1}, \"nodes\": [{\"id\": \"S/RES/2 (1946)\", \"kind\": "
        "\"resolution\", \"year\": 1946, \"input\": true, \"languages\": [\"en\"]}, "
        "{\"id\": \"S/RES/1 (1946)\", \"kind\": \"resolution\", \"year\": 1946}], "
        "\"links\": [{\"source\": \"S/RES/2 (1946)\", \"target\": \"S/RES/1 (1946)\", "
        "\"type\": \"cites\", \"weight\": 2}]}";
    struct graph *g = graph_new();
    CHECK_INT(read_graph_json(gj, strlen(gj), "g.json", g), 2);
    CHECK_INT(g->nnodes, 2);
    CHECK_INT(g->nedges, 1);
    CHECK_INT(g->ndocs, 1);
    CHECK(g->nedges == 1 && g->edges[0].weight == 2 && g->edges[0].type == ET_CITES);
    CHECK(g->nnodes == 2 && g->nodes[0].input && g->nodes[0].year == 1946 && g->nodes[0].langs);
    /* the same file again: nodes merge by id */
    CHECK_INT(read_json_into_graph(gj, strlen(gj), "g.json", g), 2);
    CHECK_INT(g->nnodes, 2);
    CHECK_INT(g->nedges, 1);
    const char *bad[] = {
        "{\"nodes\": [{\"id\": \"a\", \"kind\": \"document\"}, {\"id\": \"a\", \"kind\": "
        "\"document\"}], \"links\": []}",
        "{\"nodes\": [{\"id\": \"a\", \"kind\": \"planet\"}], \"links\": []}",
        "{\"nodes\": [{\"id\": \"a\", \"kind\": \"document\"}], \"links\": [{\"source\": \"a\", "
        "\"target\": \"a\", \"type\": \"cites\", \"weight\": 1}]}",
        "{\"nodes\": [{\"id\": \"a\", \"kind\": \"document\"}, {\"id\": \"b\", \"kind\": "
        "\"document\"}], \"links\": [{\"source\": \"a\", \"target\": \"b\", \"type\": \"cites\", "
        "\"weight\": -1}]}",
        "{\"nodes\": []}",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        CHECK_INT(read_json_into_graph(bad[i], strlen(bad[i]), "bad.json", g), -1);
        CHECK_INT(g->nnodes, 2);
    }
    graph_free(g);
}

int main(void)
{
    test_extract();
    test_graph_json();
    printf("read_json: %d passed, %d failed\n", h_passed, h_failed);
    return h_failed != 0;
}
