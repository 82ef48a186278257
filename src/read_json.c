/* read_json: extract output and graph.json back in (see read_json.h). */
#include "read_json.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "crosslang.h"
#include "diag.h"
#include "lang.h"
#include "util.h"

/* What is wrong, with where it is ("documents[3].mentions[2]: …"). */
struct problem {
    struct buf msg;
};

static int bad(struct problem *p, const char *where, long i, long j, const char *what)
{
    if (j >= 0)
        buf_printf(&p->msg, "%s[%ld].mentions[%ld]: %s", where, i, j, what);
    else if (i >= 0)
        buf_printf(&p->msg, "%s[%ld]: %s", where, i, what);
    else
        buf_printf(&p->msg, "%s", what);
    return -1;
}

static json_t *parse(const char *buf, size_t n, const char *path)
{
    json_error_t err;
    json_t *root = json_loadb(buf, n, JSON_REJECT_DUPLICATES, &err);
    if (!root)
        diag_error(path, err.line > 0 ? err.line : 0, "invalid JSON: %s", err.text);
    else if (!json_is_object(root)) {
        diag_error(path, 1, "not an unxref JSON output: the top level is not an object");
        json_decref(root);
        root = NULL;
    }
    return root;
}

/* A string member, or NULL when absent or null; *ok = 0 when it is something else. */
static const char *opt_string(const json_t *o, const char *key, int *ok)
{
    json_t *v = json_object_get(o, key);
    if (!v || json_is_null(v))
        return NULL;
    if (!json_is_string(v))
        *ok = 0;
    return json_string_value(v);
}

static char *adup(struct arena *a, const char *s) { return s ? arena_strndup(a, s, strlen(s)) : NULL; }

static int mention_from(json_t *jm, struct mention *m, struct arena *a)
{
    int ok = 1;
    const char *kind = opt_string(jm, "kind", &ok), *id = opt_string(jm, "id", &ok);
    memset(m, 0, sizeof *m);
    /* an unresolved short form has a null id */
    m->unresolved = json_is_true(json_object_get(jm, "unresolved"));
    m->ambiguous = json_is_true(json_object_get(jm, "ambiguous"));
    if (!ok || !kind || (id ? !*id : !m->unresolved))
        return -1;
    if (strcmp(kind, "resolution") == 0)
        m->kind = MK_RESOLUTION;
    else if (strcmp(kind, "convention") == 0)
        m->kind = MK_CONVENTION;
    else if (strcmp(kind, "body") == 0)
        m->kind = MK_BODY;
    else if (strcmp(kind, "document") == 0)
        m->kind = MK_DOCUMENT;
    else
        return -1;
    m->editorial = json_is_true(json_object_get(jm, "editorial"));
    m->id = adup(a, id);
    m->name = adup(a, opt_string(jm, "name", &ok));
    m->type = adup(a, opt_string(jm, "type", &ok));
    m->established_by = adup(a, opt_string(jm, "established_by", &ok));
    json_t *y = json_object_get(jm, "year"), *k = json_object_get(jm, "known");
    if (y && !json_is_null(y)) {
        if (!json_is_integer(y) || json_integer_value(y) < 0 || json_integer_value(y) > 9999)
            return -1;
        m->year = (int)json_integer_value(y);
    }
    if (k && !json_is_boolean(k))
        return -1;
    /* "known" is written for conventions and bodies only */
    m->known = k ? json_is_true(k) : m->kind == MK_RESOLUTION || m->kind == MK_DOCUMENT;
    return ok ? 0 : -1;
}

/* Fills d from documents[i]; returns 0 or -1 with p set. */
static int doc_from(json_t *jd, long i, struct doc *d, struct problem *p)
{
    int ok = 1;
    memset(d, 0, sizeof *d);
    d->arena = arena_new();
    if (!json_is_object(jd))
        return bad(p, "documents", i, -1, "not an object");
    const char *path = opt_string(jd, "path", &ok);
    const char *lang = opt_string(jd, "language", &ok);
    const char *sym = opt_string(jd, "symbol", &ok);
    json_t *ms = json_object_get(jd, "mentions");
    if (!ok || !path || !*path)
        return bad(p, "documents", i, -1, "'path' must be a non-empty string");
    if (lang && !lang_get(lang))
        return bad(p, "documents", i, -1, "unknown 'language'");
    if (!json_is_array(ms))
        return bad(p, "documents", i, -1, "'mentions' must be an array");
    d->path = xstrdup(path);
    d->lang = adup(d->arena, lang);
    d->symbol = adup(d->arena, sym);
    const char *src = opt_string(jd, "symbol_source", &ok);
    d->symbol_source = symbol_source_static(src);
    if (!ok || (src && !d->symbol_source))
        return bad(p, "documents", i, -1,
                   "'symbol_source' must be header, heading, filename, option or null");
    for (size_t j = 0; j < json_array_size(ms); j++) {
        struct mention m;
        if (mention_from(json_array_get(ms, j), &m, d->arena) != 0)
            return bad(p, "documents", i, (long)j,
                       "needs 'kind' (resolution, convention, body, document) and 'id' "
                       "strings (id null only when 'unresolved'), "
                       "optional 'name', 'type', 'established_by' strings, 'year' integer, "
                       "'known' boolean");
        mentions_push(&d->mentions, &m);
    }
    return 0;
}

static void report(const char *path, struct problem *p)
{
    diag_error(path, 0, "%s", p->msg.data ? p->msg.data : "invalid");
    buf_release(&p->msg);
}

static long extract_from(json_t *root, const char *path, json_doc_fn fn, void *ctx)
{
    json_t *docs = json_object_get(root, "documents");
    struct problem p = {BUF_INIT};
    if (!json_is_array(docs)) {
        diag_error(path, 0, "not an extract output: no \"documents\" array");
        return -1;
    }
    /* check everything first: a file with an error contributes nothing */
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < json_array_size(docs); i++) {
            struct doc d;
            int rc = doc_from(json_array_get(docs, i), (long)i, &d, &p);
            if (rc == 0 && pass == 1)
                fn(ctx, &d);
            doc_release(&d);
            if (rc != 0) {
                report(path, &p);
                return -1;
            }
        }
    json_t *errors = json_object_get(root, "errors");
    if (json_array_size(errors))
        diag_warn(path, 0, "%zu inputs had failed at extraction", json_array_size(errors));
    return (long)json_array_size(docs);
}

long read_extract_json(const char *buf, size_t n, const char *path, json_doc_fn fn, void *ctx)
{
    json_t *root = parse(buf, n, path);
    if (!root)
        return -1;
    long rc = extract_from(root, path, fn, ctx);
    json_decref(root);
    return rc;
}

static int kind_of(const char *s, const char *const *names, int count)
{
    for (int i = 0; s && i < count; i++)
        if (strcmp(s, names[i]) == 0)
            return i;
    return -1;
}

static const char *const kind_names[] = {"resolution", "convention", "body", "document"};
static const char *const type_names[] = {"cites", "mentions", "established_by"};

static unsigned langs_of(json_t *a, int *ok)
{
    unsigned bits = 0;
    if (!a || json_is_null(a))
        return 0;
    if (!json_is_array(a))
        *ok = 0;
    for (size_t i = 0; i < json_array_size(a); i++) {
        const char *c = json_string_value(json_array_get(a, i));
        int k = -1;
        for (int j = 0; c && lang_codes[j]; j++)
            if (strcmp(lang_codes[j], c) == 0)
                k = j;
        if (k < 0)
            *ok = 0;
        else
            bits |= 1u << k;
    }
    return bits;
}

static int node_from(json_t *jn, struct graph *t, long i, struct problem *p)
{
    int ok = 1, created;
    if (!json_is_object(jn))
        return bad(p, "nodes", i, -1, "not an object");
    const char *id = opt_string(jn, "id", &ok);
    int kind = kind_of(opt_string(jn, "kind", &ok), kind_names, 4);
    if (!ok || !id || !*id || kind < 0)
        return bad(p, "nodes", i, -1,
                   "needs an 'id' string and a 'kind' (resolution, convention, body, document)");
    size_t k = graph_node(t, id, (enum node_kind)kind, &created);
    if (!created)
        return bad(p, "nodes", i, -1, "the same 'id' twice");
    struct gnode *n = &t->nodes[k];
    const char *s;
    if ((s = opt_string(jn, "label", &ok)))
        n->label = xstrdup(s);
    if ((s = opt_string(jn, "name", &ok)))
        n->name = xstrdup(s);
    if ((s = opt_string(jn, "type", &ok)))
        n->type = xstrdup(s);
    if ((s = opt_string(jn, "path", &ok)))
        n->path = xstrdup(s);
    if ((s = opt_string(jn, "symbol_source", &ok)) && !(n->symbol_source = symbol_source_static(s)))
        ok = 0;
    json_t *y = json_object_get(jn, "year");
    if (json_is_integer(y) && json_integer_value(y) >= 0 && json_integer_value(y) <= 9999)
        n->year = (int)json_integer_value(y);
    else if (y && !json_is_null(y))
        ok = 0;
    n->known = json_is_true(json_object_get(jn, "known"));
    n->input = json_is_true(json_object_get(jn, "input"));
    n->langs = langs_of(json_object_get(jn, "languages"), &ok);
    n->cited_langs = langs_of(json_object_get(jn, "mentioned_in"), &ok);
    return ok ? 0 : bad(p, "nodes", i, -1, "a member has the wrong type");
}

static int link_from(json_t *jl, struct graph *t, long i, struct problem *p)
{
    int ok = 1, created;
    if (!json_is_object(jl))
        return bad(p, "links", i, -1, "not an object");
    const char *src = opt_string(jl, "source", &ok), *dst = opt_string(jl, "target", &ok);
    int type = kind_of(opt_string(jl, "type", &ok), type_names, 3);
    json_t *w = json_object_get(jl, "weight");
    json_int_t weight = json_is_integer(w) ? json_integer_value(w) : -1;
    if (!ok || !src || !dst || type < 0 || weight < 1 || weight > 1000000000)
        return bad(p, "links", i, -1,
                   "needs 'source' and 'target' ids, a 'type' (cites, mentions, "
                   "established_by) and a whole 'weight' of at least 1");
    size_t nodes = t->nnodes;
    size_t a = graph_node(t, src, NK_DOCUMENT, &created);
    size_t b = graph_node(t, dst, NK_DOCUMENT, &created);
    if (t->nnodes != nodes)
        return bad(p, "links", i, -1, "'source' or 'target' is not the id of a node");
    if (a == b)
        return bad(p, "links", i, -1, "a link from a node to itself");
    graph_link(t, a, b, (enum edge_type)type, (double)weight);
    return 0;
}

/* The entities an earlier run left out of the graph (graph.cross_language, crosslang.h);
 * those it kept are nodes and are judged again. */
static int dropped_from(json_t *meta, struct graph *t, struct problem *p)
{
    json_t *list = json_object_get(json_object_get(meta, "cross_language"), "one_language_entities");
    if (!list || json_is_null(list))
        return 0;
    if (!json_is_array(list))
        return bad(p, "graph.cross_language.one_language_entities", -1, -1,
                   "graph.cross_language.one_language_entities is not an array");
    for (size_t i = 0; i < json_array_size(list); i++) {
        json_t *je = json_array_get(list, i);
        int ok = json_is_object(je);
        const char *id = ok ? opt_string(je, "id", &ok) : NULL;
        const char *label = ok ? opt_string(je, "label", &ok) : NULL;
        json_t *lang = json_array(), *d = json_object_get(je, "documents"),
               *m = json_object_get(je, "mentions"), *in = json_object_get(je, "in_graph");
        if (ok)
            json_array_append(lang, json_object_get(je, "language"));
        struct xlang_entity e = {(char *)id, (char *)label, langs_of(lang, &ok), 0, 0, 0};
        json_decref(lang);
        if (!ok || !id || !*id || !json_is_integer(d) || json_integer_value(d) < 0 ||
            !json_is_integer(m) || json_integer_value(m) < 0 || !json_is_boolean(in))
            return bad(p, "graph.cross_language.one_language_entities", (long)i, -1,
                       "needs 'id', 'label' and 'language' strings, whole 'documents' and "
                       "'mentions', an 'in_graph' boolean");
        e.documents = (size_t)json_integer_value(d);
        e.mentions = (long)json_integer_value(m);
        if (!json_is_true(in))
            xlang_add(&t->xlang, &e);
    }
    return 0;
}

/* One list of graph.cross_language.alignment (crosslang.h): pairs with keys a and b. */
static int pairs_from(json_t *al, const char *where, const char *a, const char *b,
                      struct xlang_pairs *to, struct problem *p)
{
    json_t *list = json_object_get(al, strrchr(where, '.') + 1);
    if (!list || json_is_null(list))
        return 0;
    if (!json_is_array(list)) {
        buf_printf(&p->msg, "%s is not an array", where);
        return -1;
    }
    for (size_t i = 0; i < json_array_size(list); i++) {
        json_t *je = json_array_get(list, i), *la = json_array(), *lb = json_array();
        int ok = json_is_object(je);
        struct xlang_pair e = {0};
        if (ok) {
            e.symbol = (char *)opt_string(je, "symbol", &ok);
            e.a = (char *)opt_string(je, a, &ok);
            e.b = (char *)opt_string(je, b, &ok);
            json_array_append(la, json_object_get(je, "language"));
            json_array_append(lb, json_object_get(je, "other_language"));
        }
        e.lang_a = langs_of(la, &ok);
        e.lang_b = langs_of(lb, &ok);
        json_decref(la);
        json_decref(lb);
        if (!ok || !e.symbol || !e.a || !e.b || !e.lang_a || !e.lang_b)
            return bad(p, where, (long)i, -1,
                       "needs 'symbol', 'language', 'other_language' and two id strings");
        xlang_add_pair(to, &e);
    }
    return 0;
}

/* The alignment an earlier run made (graph.cross_language.alignment, crosslang.h). */
static int alignment_from(json_t *meta, struct graph *t, struct problem *p)
{
    json_t *al = json_object_get(json_object_get(meta, "cross_language"), "alignment");
    if (!al || json_is_null(al))
        return 0;
    static const char *const when[] = {"before", "after"};
    for (int i = 0; i < 2; i++) {
        json_t *c = json_object_get(al, when[i]), *n = json_object_get(c, "entities"),
               *o = json_object_get(c, "one_id");
        if (!json_is_integer(n) || !json_is_integer(o) || json_integer_value(n) < 0 ||
            json_integer_value(o) < 0)
            return bad(p, "graph.cross_language.alignment", -1, -1,
                       "graph.cross_language.alignment: needs 'before' and 'after' with whole "
                       "'entities' and 'one_id'");
        t->xlang.entities[i] = (size_t)json_integer_value(n);
        t->xlang.one_id[i] = (size_t)json_integer_value(o);
    }
    if (pairs_from(al, "graph.cross_language.alignment.aligned", "id", "to", &t->xlang.aligned, p) ||
        pairs_from(al, "graph.cross_language.alignment.disagreements", "id", "other", &t->xlang.disagree, p))
        return -1;
    return 0;
}

/* Copies the nodes and links of t into g (nodes by id; a node new to g keeps t's data). */
static void merge(struct graph *g, struct graph *t)
{
    size_t *map = xmalloc((t->nnodes + 1) * sizeof *map);
    for (size_t i = 0; i < t->nnodes; i++) {
        int created;
        struct gnode *s = &t->nodes[i];
        map[i] = graph_node(g, s->id, s->kind, &created);
        struct gnode *d = &g->nodes[map[i]];
        if (created) {
            char *id = d->id;
            *d = *s;
            d->id = id;
            d->label = s->label ? xstrdup(s->label) : NULL;
            d->name = s->name ? xstrdup(s->name) : NULL;
            d->type = s->type ? xstrdup(s->type) : NULL;
            d->path = s->path ? xstrdup(s->path) : NULL;
        } else {
            d->input |= s->input;
            d->langs |= s->langs;
            d->cited_langs |= s->cited_langs;
        }
    }
    for (size_t i = 0; i < t->xlang.n; i++)
        xlang_add(&g->xlang, &t->xlang.v[i]);
    for (size_t i = 0; i < t->xlang.aligned.n; i++)
        xlang_add_pair(&g->xlang.aligned, &t->xlang.aligned.v[i]);
    for (size_t i = 0; i < t->xlang.disagree.n; i++)
        xlang_add_pair(&g->xlang.disagree, &t->xlang.disagree.v[i]);
    for (int i = 0; i < 2; i++) {
        g->xlang.entities[i] += t->xlang.entities[i];
        g->xlang.one_id[i] += t->xlang.one_id[i];
    }
    xlang_pairs_sort(&g->xlang);
    for (size_t i = 0; i < t->nedges; i++)
        graph_link(g, map[t->edges[i].from], map[t->edges[i].to], t->edges[i].type,
                   t->edges[i].weight);
    g->ndocs += t->ndocs;
    free(map);
}

static long graph_from(json_t *root, const char *path, struct graph *g)
{
    json_t *nodes = json_object_get(root, "nodes"), *links = json_object_get(root, "links");
    struct problem p = {BUF_INIT};
    if (!json_is_array(nodes) || !json_is_array(links)) {
        diag_error(path, 0, "not a graph.json: needs \"nodes\" and \"links\" arrays");
        return -1;
    }
    struct graph *t = graph_new();
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < json_array_size(nodes); i++)
        rc = node_from(json_array_get(nodes, i), t, (long)i, &p);
    for (size_t i = 0; rc == 0 && i < json_array_size(links); i++)
        rc = link_from(json_array_get(links, i), t, (long)i, &p);
    if (rc == 0)
        rc = dropped_from(json_object_get(root, "graph"), t, &p);
    if (rc == 0)
        rc = alignment_from(json_object_get(root, "graph"), t, &p);
    json_t *docs = json_object_get(json_object_get(root, "graph"), "documents");
    if (json_is_integer(docs) && json_integer_value(docs) >= 0)
        t->ndocs = (size_t)json_integer_value(docs);
    else
        for (size_t i = 0; i < t->nnodes; i++)
            t->ndocs += t->nodes[i].input;
    long n = (long)t->nnodes;
    if (rc == 0)
        merge(g, t);
    else
        report(path, &p), n = -1;
    graph_free(t);
    return n;
}

long read_graph_json(const char *buf, size_t n, const char *path, struct graph *g)
{
    json_t *root = parse(buf, n, path);
    if (!root)
        return -1;
    long rc = graph_from(root, path, g);
    json_decref(root);
    return rc;
}

static void add_doc(void *ctx, const struct doc *d) { graph_add_doc(ctx, d); }

long read_json_into_graph(const char *buf, size_t n, const char *path, struct graph *g)
{
    json_t *root = parse(buf, n, path);
    if (!root)
        return -1;
    long rc;
    if (json_object_get(root, "documents"))
        rc = extract_from(root, path, add_doc, g);
    else
        rc = graph_from(root, path, g);
    json_decref(root);
    return rc;
}
