/* emit_json: JSON through jansson (see emit_json.h). */
#include "emit_json.h"

#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lang.h"
#include "util.h"

#define DUMP_FLAGS (JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15))

struct extract_writer {
    FILE *fp;
    size_t ndocs;
    json_t *errors;
};

static json_t *str_or_null(const char *s) { return s ? json_string(s) : json_null(); }

/* A JSON string from bytes that may end inside a character: never invalid. */
static json_t *bytes_string(const char *s, size_t n)
{
    json_t *j = json_stringn(s, n);
    return j ? j : json_string("");
}

struct extract_writer *extract_writer_new(FILE *fp)
{
    struct extract_writer *w = xcalloc(1, sizeof *w);
    w->fp = fp;
    w->errors = json_array();
    fputs("{\n\"documents\": [", fp);
    return w;
}

static json_t *mention_json(const struct mention *m, const char *text)
{
    json_t *j = json_object();
    json_object_set_new(j, "kind", json_string(mention_kind_name(m->kind)));
    json_object_set_new(j, "id", json_string(m->id));
    if (m->kind != MK_RESOLUTION) {
        json_object_set_new(j, "name", str_or_null(m->name));
        json_object_set_new(j, "known", json_boolean(m->known));
    }
    json_object_set_new(j, "text", bytes_string(text + m->start, m->end - m->start));
    json_object_set_new(j, "start", json_integer((json_int_t)m->start));
    json_object_set_new(j, "end", json_integer((json_int_t)m->end));
    json_object_set_new(j, "line", json_integer(m->line));
    if (m->type)
        json_object_set_new(j, "type", json_string(m->type));
    if (m->year)
        json_object_set_new(j, "year", json_integer(m->year));
    if (m->established_by)
        json_object_set_new(j, "established_by", json_string(m->established_by));
    if (m->draft)
        json_object_set_new(j, "draft", json_true());
    return j;
}

void extract_writer_doc(struct extract_writer *w, const struct doc *d, const char *text)
{
    json_t *j = json_object();
    json_object_set_new(j, "path", json_string(d->path));
    json_object_set_new(j, "language", str_or_null(d->lang));
    json_object_set_new(j, "symbol", str_or_null(d->symbol));
    json_t *ms = json_array();
    for (size_t i = 0; i < d->mentions.n; i++)
        json_array_append_new(ms, mention_json(&d->mentions.v[i], text));
    json_object_set_new(j, "mentions", ms);
    fputs(w->ndocs++ ? ",\n" : "\n", w->fp);
    json_dumpf(j, w->fp, DUMP_FLAGS);
    json_decref(j);
}

void extract_writer_error(struct extract_writer *w, const char *path, long line,
                          const char *message)
{
    json_t *e = json_object();
    json_object_set_new(e, "path", json_string(path));
    json_object_set_new(e, "line", json_integer(line));
    json_object_set_new(e, "message", json_string(message));
    json_array_append_new(w->errors, e);
}

void extract_writer_finish(struct extract_writer *w)
{
    fputs(w->ndocs ? "\n],\n\"errors\": " : "],\n\"errors\": ", w->fp);
    json_dumpf(w->errors, w->fp, DUMP_FLAGS);
    fputs("\n}\n", w->fp);
    json_decref(w->errors);
    free(w);
}

static json_t *node_json(const struct gnode *n)
{
    json_t *j = json_object();
    json_object_set_new(j, "id", json_string(n->id));
    json_object_set_new(j, "kind", json_string(node_kind_name(n->kind)));
    json_object_set_new(j, "label", json_string(n->label ? n->label : n->id));
    json_object_set_new(j, "name", str_or_null(n->name));
    json_object_set_new(j, "type", str_or_null(n->type));
    json_object_set_new(j, "year", n->year ? json_integer(n->year) : json_null());
    json_object_set_new(j, "known", json_boolean(n->known));
    json_object_set_new(j, "input", json_boolean(n->input));
    json_t *langs = json_array();
    for (unsigned i = 0; lang_codes[i]; i++)
        if (n->langs & (1u << i))
            json_array_append_new(langs, json_string(lang_codes[i]));
    json_object_set_new(j, "languages", langs);
    json_object_set_new(j, "path", str_or_null(n->path));
    json_object_set_new(j, "in_degree", json_integer(n->in_degree));
    json_object_set_new(j, "out_degree", json_integer(n->out_degree));
    json_object_set_new(j, "in_strength", json_integer((json_int_t)n->in_strength));
    json_object_set_new(j, "out_strength", json_integer((json_int_t)n->out_strength));
    json_object_set_new(j, "pagerank", json_real(n->pagerank));
    json_object_set_new(j, "betweenness", json_real(n->betweenness));
    json_object_set_new(j, "hub", json_real(n->hub));
    json_object_set_new(j, "authority", json_real(n->authority));
    json_object_set_new(j, "coreness", json_integer(n->coreness));
    json_object_set_new(j, "closeness", isnan(n->closeness) ? json_null() : json_real(n->closeness));
    json_object_set_new(j, "component", json_integer(n->component));
    json_object_set_new(j, "community", json_integer(n->community));
    json_object_set_new(j, "louvain", n->louvain >= 0 ? json_integer(n->louvain) : json_null());
    return j;
}

/* A partition's summary: algorithm, modularity and every part with its size and label. */
static json_t *partition_json(const struct partition *p, const char *algorithm)
{
    if (p->n == 0)
        return json_null();
    json_t *j = json_object();
    json_object_set_new(j, "algorithm", json_string(algorithm));
    json_object_set_new(j, "graph", json_string("undirected, weights summed"));
    json_object_set_new(j, "modularity", json_real(p->modularity));
    json_object_set_new(j, "count", json_integer(p->n));
    json_t *parts = json_array();
    for (long i = 0; i < p->n; i++) {
        json_t *c = json_object();
        json_object_set_new(c, "id", json_integer(i));
        json_object_set_new(c, "size", json_integer((json_int_t)p->size[i]));
        json_object_set_new(c, "label", json_string(p->label[i]));
        json_array_append_new(parts, c);
    }
    json_object_set_new(j, "parts", parts);
    return j;
}

int emit_graph_json(const struct graph *g, FILE *fp)
{
    json_t *root = json_object();
    json_object_set_new(root, "directed", json_true());
    json_object_set_new(root, "multigraph", json_false());
    json_t *meta = json_object();
    json_object_set_new(meta, "generator", json_string("unxref " UNXREF_VERSION));
    json_object_set_new(meta, "documents", json_integer((json_int_t)g->ndocs));
    json_object_set_new(meta, "nodes", json_integer((json_int_t)g->nnodes));
    json_object_set_new(meta, "links", json_integer((json_int_t)g->nedges));
    json_object_set_new(meta, "pagerank", json_string("PRPACK, damping 0.85, weighted"));
    json_object_set_new(meta, "betweenness", str_or_null(g->betweenness_method));
    json_object_set_new(meta, "closeness", str_or_null(g->closeness_method));
    json_object_set_new(meta, "components", json_integer(g->components.n));
    json_object_set_new(meta, "communities", partition_json(&g->leiden, "Leiden"));
    json_object_set_new(meta, "louvain", partition_json(&g->louvain, "Louvain"));
    json_object_set_new(root, "graph", meta);
    json_t *nodes = json_array();
    for (size_t i = 0; i < g->nnodes; i++)
        json_array_append_new(nodes, node_json(&g->nodes[i]));
    json_object_set_new(root, "nodes", nodes);
    json_t *links = json_array();
    for (size_t i = 0; i < g->nedges; i++) {
        const struct gedge *e = &g->edges[i];
        json_t *l = json_object();
        json_object_set_new(l, "source", json_string(g->nodes[e->from].id));
        json_object_set_new(l, "target", json_string(g->nodes[e->to].id));
        json_object_set_new(l, "type", json_string(edge_type_name(e->type)));
        json_object_set_new(l, "weight", json_integer((json_int_t)e->weight));
        json_array_append_new(links, l);
    }
    json_object_set_new(root, "links", links);
    int rc = json_dumpf(root, fp, DUMP_FLAGS);
    fputc('\n', fp);
    json_decref(root);
    return rc == 0 ? 0 : -1;
}
