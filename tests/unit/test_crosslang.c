/* Unit tests: the alignment of the language versions of a document (crosslang.h) — the
 * pairs of one pair of versions, and one id for an entity over three versions. */
#include <stdlib.h>

#include "crosslang.h"
#include "graph.h"
#include "harness.h"
#include "util.h"

/* A mention written "kind:id[@year]": kind r (resolution), c (convention), b (body); an
 * id starting with "unknown:" is not known. */
static struct xalign_item item(const char *spec)
{
    struct xalign_item m = {0};
    m.kind = spec[0] == 'r' ? MK_RESOLUTION : spec[0] == 'c' ? MK_CONVENTION : MK_BODY;
    m.id = spec + 2;
    m.known = strncmp(m.id, "unknown:", 8) != 0;
    return m;
}

static size_t items(const char *const *spec, struct xalign_item *out)
{
    size_t n = 0;
    for (; spec[n]; n++)
        out[n] = item(spec[n]);
    return n;
}

static size_t align(const char *const *a, const char *const *b, size_t (*out)[2])
{
    struct xalign_item va[16], vb[16];
    size_t na = items(a, va), nb = items(b, vb);
    return xlang_align_pair(va, na, vb, nb, out);
}

static void test_pair(void)
{
    size_t p[16][2];
    /* between the anchors 1 and ctc, one unknown convention and one known: paired; after
     * ctc the bodies (one each side) are paired; S/RES/2 named twice in a, once in b: no
     * anchor, no pair (not an entity) */
    const char *a1[] = {"r:S/RES/1", "c:unknown:甲公约", "b:ctc", "b:unknown:乙委员会",
                        "r:S/RES/2", "r:S/RES/2", NULL};
    const char *b1[] = {"r:S/RES/1", "c:cat-1984", "b:ctc", "b:unknown:committee b",
                        "r:S/RES/2", NULL};
    CHECK_INT(align(a1, b1, p), 2);
    CHECK_INT(p[0][0], 1);
    CHECK_INT(p[0][1], 1);
    CHECK_INT(p[1][0], 3);
    CHECK_INT(p[1][1], 3);
    /* two conventions in a, one in b, no years: not paired; the same id on both sides is
     * the same entity, left out of the pairing */
    const char *a2[] = {"r:S/RES/1", "c:unknown:甲", "c:unknown:乙", "c:crc-1989", NULL};
    const char *b2[] = {"r:S/RES/1", "c:cat-1984", "c:crc-1989", NULL};
    CHECK_INT(align(a2, b2, p), 0);
    /* the anchors are taken in the order of both: the swapped pair (ctc, cted) keeps one
     * anchor, so the conventions after the first are still paired */
    const char *a3[] = {"b:ctc", "b:cted", "c:unknown:甲", NULL};
    const char *b3[] = {"b:cted", "b:ctc", "c:cat-1984", NULL};
    CHECK_INT(align(a3, b3, p), 1);
    CHECK_INT(p[0][0], 2);
    CHECK_INT(p[0][1], 2);
    /* a year the name writes that differs from the other's: not one entity */
    const char *a4[] = {"c:unknown:1995年公约", NULL};
    const char *b4[] = {"c:ilo-c181-1997", NULL};
    CHECK_INT(align(a4, b4, p), 0);
    const char *a5[] = {"c:unknown:1997年公约", NULL};
    CHECK_INT(align(a5, b4, p), 1);
    /* a known id the other version names elsewhere is a missed anchor, not a partner: the
     * gap (one unknown against it and another known) pairs nothing */
    const char *a6[] = {"c:agenda-2030", "r:S/RES/1", "c:unknown:2030年议程", NULL};
    const char *b6[] = {"r:S/RES/1", "c:agenda-2030", "c:doha-2008", NULL};
    CHECK_INT(align(a6, b6, p), 0);
    /* lists of unequal length: a year only one entity of each side has pairs an unknown
     * with it, never two known ids (two misses, not a disagreement) */
    struct xalign_item ya[] = {{"sco", MK_BODY, 1, 0}, {"csto", MK_BODY, 1, 2002}},
                       yb[] = {{"unama", MK_BODY, 1, 2002}},
                       yu[] = {{"sco", MK_BODY, 1, 0}, {"unknown:乙", MK_BODY, 0, 2002}};
    CHECK_INT(xlang_align_pair(ya, 2, yb, 1, p), 0);
    CHECK_INT(xlang_align_pair(yu, 2, yb, 1, p), 1);
    CHECK_INT(p[0][0], 1);
    CHECK_INT(p[0][1], 0);
    /* kinds apart: a body is never paired with a convention */
    const char *a7[] = {"b:unknown:乙委员会", NULL};
    const char *b7[] = {"c:cat-1984", NULL};
    CHECK_INT(align(a7, b7, p), 0);
}

/* A version of document S/RES/9 (2009) in lang, its mentions as item() writes them. */
static struct doc version(const char *lang, const char *const *spec)
{
    struct doc d;
    memset(&d, 0, sizeof d);
    d.path = xstrdup(lang);
    d.lang = lang;
    d.symbol = "S/RES/9 (2009)";
    d.arena = arena_new();
    for (size_t i = 0; spec[i]; i++) {
        struct xalign_item x = item(spec[i]);
        struct mention m = {0};
        m.kind = x.kind;
        m.id = x.id;
        m.known = (unsigned)x.known;
        m.nstart = m.start = i;
        mentions_push(&d.mentions, &m);
    }
    return d;
}

static const struct gnode *find(const struct graph *g, const char *id)
{
    for (size_t i = 0; i < g->nnodes; i++)
        if (strcmp(g->nodes[i].id, id) == 0)
            return &g->nodes[i];
    return NULL;
}

static struct graph *build(struct doc *d, size_t n)
{
    struct graph *g = graph_new();
    for (size_t i = 0; i < n; i++)
        graph_add_doc(g, &d[i]);
    crosslang_apply(g, 0);
    graph_sort(g);
    for (size_t i = 0; i < n; i++) {
        d[i].symbol = NULL;
        doc_release(&d[i]);
    }
    return g;
}

static void test_document(void)
{
    /* zh names the convention only as an unknown, en and fr know it: one node, cat-1984;
     * the committee is unknown in zh and en: one node, the English id, with the Chinese
     * name; ctc, secretariat / desa: en and fr disagree, reported, both stay */
    const char *zh[] = {"r:S/RES/1 (2000)", "c:unknown:禁止酷刑公约", "b:ctc",
                        "b:unknown:乙委员会", "r:S/RES/2 (2001)", "b:secretariat", NULL};
    const char *en[] = {"r:S/RES/1 (2000)", "c:cat-1984", "b:ctc", "b:unknown:committee b",
                        "r:S/RES/2 (2001)", "b:secretariat", NULL};
    const char *fr[] = {"r:S/RES/1 (2000)", "c:cat-1984", "b:ctc", "r:S/RES/2 (2001)",
                        "b:desa", NULL};
    struct doc d[3] = {version("zh", zh), version("en", en), version("fr", fr)};
    struct graph *g = build(d, 3);
    const struct xlang *x = &g->xlang;
    CHECK(!find(g, "unknown:禁止酷刑公约") && find(g, "cat-1984"));
    CHECK(!find(g, "unknown:乙委员会") && find(g, "unknown:committee b"));
    CHECK(find(g, "secretariat") && find(g, "desa"));
    CHECK_INT(x->aligned.n, 2);
    size_t first;
    CHECK_INT(xlang_names(x, "unknown:committee b", &first), 1);
    CHECK_STR(x->aligned.v[first].a, "unknown:乙委员会");
    CHECK_INT(x->aligned.v[first].lang_a, graph_lang_bit("zh"));
    CHECK_INT(x->aligned.v[first].lang_b, graph_lang_bit("en"));
    CHECK_INT(xlang_names(x, "cat-1984", &first), 1);
    CHECK_INT(x->disagree.n, 2); /* en and zh both say secretariat where fr says desa */
    for (size_t i = 0; i < x->disagree.n; i++) {
        CHECK_STR(x->disagree.v[i].a, "secretariat");
        CHECK_STR(x->disagree.v[i].b, "desa");
        CHECK_INT(x->disagree.v[i].lang_b, graph_lang_bit("fr"));
    }
    /* distinct conventions and bodies: before, 禁止酷刑公约, cat-1984, ctc, 乙委员会,
     * committee b, secretariat, desa (ctc alone in all three); after, cat-1984 joins ctc */
    CHECK_INT(x->entities[0], 7);
    CHECK_INT(x->one_id[0], 1);
    CHECK_INT(x->entities[1], 5);
    CHECK_INT(x->one_id[1], 2);
    /* the committee, now named in two languages, is not a one-language entity */
    CHECK_INT(x->n, 0);
    const struct gnode *c = find(g, "unknown:committee b");
    CHECK(c && c->cited_langs == (graph_lang_bit("zh") | graph_lang_bit("en")));
    graph_free(g);

    /* of three versions, a known id only one of them pairs with the unknown is a guess: no
     * new id */
    const char *zh2[] = {"b:ctc", "c:unknown:甲公约", NULL};
    const char *en2[] = {"b:ctc", "c:cat-1984", NULL};
    const char *fr2[] = {"b:ctc", NULL};
    struct doc d2[3] = {version("zh", zh2), version("en", en2), version("fr", fr2)};
    g = build(d2, 3);
    CHECK_INT(g->xlang.aligned.n, 0);
    CHECK(find(g, "cat-1984"));
    graph_free(g);

    /* two versions: the same pair is enough */
    struct doc d3[2] = {version("zh", zh2), version("en", en2)};
    g = build(d3, 2);
    CHECK_INT(g->xlang.aligned.n, 1);
    CHECK(!find(g, "unknown:甲公约"));
    graph_free(g);
}

int main(void)
{
    test_pair();
    test_document();
    return h_done("crosslang");
}
