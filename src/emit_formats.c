/* emit_formats: Cytoscape.js JSON, Pajek and VOSviewer writers (see emit_formats.h). */
#include "emit_formats.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "symbol.h"
#include "table.h"
#include "util.h"

static int done(FILE *fp) { return fflush(fp) == 0 && !ferror(fp) ? 0 : -1; }

/* Attribute k of n as the JSON value of its type, or NULL when the node has none. */
static json_t *attr_json(const struct gnode *n, size_t k)
{
    char *s = attr_string(n, k, ESC_NONE);
    if (!s)
        return NULL;
    json_t *j = node_attrs[k].type == AT_INT    ? json_integer(strtoll(s, NULL, 10))
                : node_attrs[k].type == AT_REAL ? json_real(strtod(s, NULL))
                : node_attrs[k].type == AT_BOOL ? json_boolean(strcmp(s, "true") == 0)
                                                : json_string(s);
    free(s);
    return j;
}

/* Writes one element `{"data": {...}}` (j is consumed), a comma before all but the first. */
static int element(FILE *fp, json_t *data, size_t i)
{
    json_t *el = json_pack("{s:o}", "data", data);
    fputs(i ? ",\n      " : "\n      ", fp);
    int rc = json_dumpf(el, fp, JSON_COMPACT);
    json_decref(el);
    return rc;
}

int emit_cyjs(const struct graph *g, FILE *fp)
{
    int rc = 0;
    fputs("{\n  \"format_version\": \"1.0\",\n  \"generated_by\": \"unxref " UNXREF_VERSION
          "\",\n  \"target_cytoscapejs_version\": \"~3\",\n"
          "  \"data\": {\"name\": \"unxref citation graph\"},\n"
          "  \"directed\": true,\n  \"multigraph\": true,\n"
          "  \"elements\": {\n    \"nodes\": [",
          fp);
    for (size_t i = 0; i < g->nnodes; i++) {
        /* value: the id again, the key networkx.cytoscape_graph reads nodes by */
        json_t *d = json_pack("{s:s,s:s}", "id", g->nodes[i].id, "value", g->nodes[i].id);
        for (size_t k = 0; k < n_node_attrs; k++) {
            json_t *v = attr_json(&g->nodes[i], k);
            if (v)
                json_object_set_new(d, node_attrs[k].name, v);
        }
        rc |= element(fp, d, i);
    }
    fputs(g->nnodes ? "\n    ],\n    \"edges\": [" : "],\n    \"edges\": [", fp);
    for (size_t i = 0; i < g->nedges; i++) {
        const struct gedge *e = &g->edges[i];
        char id[32];
        snprintf(id, sizeof id, "e%zu", i);
        rc |= element(fp,
                      json_pack("{s:s,s:s,s:s,s:s,s:f}", "id", id, "source",
                                g->nodes[e->from].id, "target", g->nodes[e->to].id, "type",
                                edge_type_name(e->type), "weight", e->weight),
                      i);
    }
    fputs(g->nedges ? "\n    ]\n  }\n}\n" : "]\n  }\n}\n", fp);
    return rc ? -1 : done(fp);
}

/* A label for Pajek and VOSviewer: one line, no tab, no double quote. */
static void put_clean(FILE *fp, const char *s)
{
    for (; *s; s++)
        fputc(*s == '"' ? '\'' : (*s == '\t' || *s == '\n' || *s == '\r') ? ' ' : *s, fp);
}

int emit_pajek(const struct graph *g, FILE *fp)
{
    fprintf(fp, "*Vertices %zu\r\n", g->nnodes);
    for (size_t i = 0; i < g->nnodes; i++) {
        fprintf(fp, "%zu \"", i + 1);
        put_clean(fp, g->nodes[i].id);
        fputs("\"\r\n", fp);
    }
    fputs("*Arcs\r\n", fp);
    for (size_t i = 0; i < g->nedges; i++)
        fprintf(fp, "%zu %zu %.17g\r\n", g->edges[i].from + 1, g->edges[i].to + 1,
                g->edges[i].weight);
    return done(fp);
}

int emit_vos_map(const struct graph *g, FILE *fp)
{
    struct buf url = BUF_INIT;
    fputs("id\tlabel\tdescription\turl\tcluster\tweight<Citations>\tweight<PageRank>"
          "\tscore<Year>\n",
          fp);
    for (size_t i = 0; i < g->nnodes; i++) {
        const struct gnode *n = &g->nodes[i];
        fprintf(fp, "%zu\t", i + 1);
        put_clean(fp, n->label ? n->label : n->id);
        fputc('\t', fp);
        put_clean(fp, n->id);
        fprintf(fp, " (%s)", node_kind_name(n->kind));
        if (n->name) {
            fputs(": ", fp);
            put_clean(fp, n->name);
        }
        url.len = 0;
        if (n->kind == NK_RESOLUTION)
            symbol_url(n->id, NULL, &url);
        fprintf(fp, "\t%s\t", url.len ? url.data : "");
        if (n->community >= 0) /* VOSviewer numbers clusters from 1 */
            fprintf(fp, "%ld", n->community + 1);
        fprintf(fp, "\t%ld\t%.17g\t", n->in_degree, n->pagerank);
        if (n->year)
            fprintf(fp, "%d", n->year);
        fputc('\n', fp);
    }
    buf_release(&url);
    return done(fp);
}

static int cmp_pair(const void *a, const void *b)
{
    const size_t *x = a, *y = b;
    return x[0] != y[0] ? (x[0] > y[0]) - (x[0] < y[0]) : (x[1] > y[1]) - (x[1] < y[1]);
}

int emit_vos_network(const struct graph *g, FILE *fp)
{
    /* (low, high, edge index) triples sorted by pair: one line per unordered pair */
    size_t *v = xmalloc((g->nedges + 1) * 3 * sizeof *v);
    for (size_t i = 0; i < g->nedges; i++) {
        size_t a = g->edges[i].from, b = g->edges[i].to;
        v[3 * i] = a < b ? a : b;
        v[3 * i + 1] = a < b ? b : a;
        v[3 * i + 2] = i;
    }
    qsort(v, g->nedges, 3 * sizeof *v, cmp_pair);
    for (size_t i = 0; i < g->nedges;) {
        double w = 0;
        if (v[3 * i] == v[3 * i + 1]) { /* VOSviewer has no self-links */
            i++;
            continue;
        }
        size_t j = i;
        for (; j < g->nedges && v[3 * j] == v[3 * i] && v[3 * j + 1] == v[3 * i + 1]; j++)
            w += g->edges[v[3 * j + 2]].weight;
        fprintf(fp, "%zu\t%zu\t%.17g\n", v[3 * i] + 1, v[3 * i + 1] + 1, w);
        i = j;
    }
    free(v);
    return done(fp);
}
