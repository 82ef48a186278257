/* emit_html: the interactive page (see emit_html.h). */
#include "emit_html.h"

#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "lang.h"
#include "symbol.h"
#include "util.h"

/* build/html_data.c (xxd -i of the vendored scripts and data/html/) */
extern const unsigned char vendor_graphology_graphology_umd_min_js[];
extern const unsigned int vendor_graphology_graphology_umd_min_js_len;
extern const unsigned char vendor_graphology_library_graphology_library_min_js[];
extern const unsigned int vendor_graphology_library_graphology_library_min_js_len;
extern const unsigned char vendor_sigma_sigma_min_js[];
extern const unsigned int vendor_sigma_sigma_min_js_len;
extern const unsigned char data_html_page_html[];
extern const unsigned int data_html_page_html_len;
extern const unsigned char data_html_page_css[];
extern const unsigned int data_html_page_css_len;
extern const unsigned char data_html_page_js[];
extern const unsigned int data_html_page_js_len;

static struct html_options opts = {NULL, M_PAGERANK, NULL};

void emit_html_configure(const struct html_options *o) { opts = *o; }

const char *html_lang(const struct graph *g, const char *lang)
{
    if (lang)
        return lang;
    size_t count[32] = {0};
    unsigned best = 0;
    unsigned en = 0;
    for (unsigned i = 0; lang_codes[i]; i++)
        if (strcmp(lang_codes[i], "en") == 0)
            en = i;
    for (size_t k = 0; k < g->nnodes; k++)
        for (unsigned i = 0; lang_codes[i]; i++)
            if (g->nodes[k].input && (g->nodes[k].langs & (1u << i)))
                count[i]++;
    for (unsigned i = 0; lang_codes[i]; i++)
        if (count[i] > count[best])
            best = i;
    /* a corpus read in several languages opens in English */
    return lang_codes[10 * count[en] >= 9 * count[best] ? en : best];
}

static const struct gz_entry *entry_of(const struct gnode *n)
{
    if (!opts.gaz || (n->kind != NK_BODY && n->kind != NK_CONVENTION))
        return NULL;
    for (size_t i = 0; i < gazetteer_size(opts.gaz); i++)
        if (strcmp(gazetteer_entry(opts.gaz, i)->id, n->id) == 0)
            return gazetteer_entry(opts.gaz, i);
    return NULL;
}

/* The organ code of a resolution or document (as --organ spells it), "" for others. */
static const char *node_organ_code(const struct gnode *n)
{
    return n->kind == NK_RESOLUTION || n->kind == NK_DOCUMENT ? organ_code(symbol_organ(n->id)) : "";
}

static json_t *node_json(const struct gnode *n, struct buf *b)
{
    json_t *m = json_array();
    for (int k = 0; k < M_COUNT; k++) {
        double v = metric_value(n, (enum metric)k);
        json_array_append_new(m, isfinite(v) ? json_real(v) : json_null());
    }
    json_t *j = json_pack("{s:s,s:s,s:s,s:s,s:i,s:I,s:o}", "i", n->id, "l",
                          n->label ? n->label : n->id, "k", node_kind_name(n->kind), "o",
                          node_organ_code(n), "y", n->year, "c", (json_int_t)n->community, "m", m);
    if (n->kind == NK_RESOLUTION) {
        symbol_url(n->id, NULL, b);
        json_object_set_new(j, "u", json_string(b->data));
    }
    const struct gz_entry *e = entry_of(n);
    if (e) {
        json_t *names = json_object();
        for (unsigned i = 0; lang_codes[i]; i++)
            json_object_set_new(names, lang_codes[i], json_string(gazetteer_name(e, lang_codes[i])));
        json_object_set_new(j, "n", names);
    }
    return j;
}

static json_t *page_data(const struct graph *g)
{
    struct buf b = BUF_INIT;
    json_t *metrics = json_array(), *types = json_array(), *nodes = json_array(),
           *links = json_array();
    for (int k = 0; k < M_COUNT; k++)
        json_array_append_new(metrics, json_string(metric_name((enum metric)k)));
    for (int t = ET_CITES; t <= ET_ESTABLISHED_BY; t++)
        json_array_append_new(types, json_string(edge_type_name((enum edge_type)t)));
    for (size_t i = 0; i < g->nnodes; i++)
        json_array_append_new(nodes, node_json(&g->nodes[i], &b));
    for (size_t i = 0; i < g->nedges; i++) {
        const struct gedge *e = &g->edges[i];
        json_array_append_new(links, json_pack("[I,I,i,f]", (json_int_t)e->from,
                                               (json_int_t)e->to, (int)e->type, e->weight));
    }
    buf_release(&b);
    return json_pack("{s:s,s:s,s:I,s:s?,s:I,s:s,s:s,s:o,s:o,s:o,s:o}", "title",
                     "unxref citation graph", "generator", "unxref " UNXREF_VERSION,
                     "documents", (json_int_t)g->ndocs, "selection", g->selection,
                     "full_nodes", (json_int_t)(g->selection ? g->full_nnodes : g->nnodes),
                     "lang", html_lang(g, opts.lang), "size",
                     metric_name(opts.size), "metrics", metrics,
                     "link_types", types, "nodes", nodes, "links", links);
}

/* Writes the JSON text of data with every "<" as \u003c (it can only stand in a string):
 * nothing in it can close or comment out the <script> it stands in. */
static int put_script_json(json_t *data, FILE *fp)
{
    char *text = json_dumps(data, JSON_COMPACT);
    if (!text)
        return -1;
    for (const char *p = text; *p; p++) {
        size_t n = strcspn(p, "<");
        fwrite(p, 1, n, fp);
        p += n;
        if (!*p)
            break;
        fputs("\\u003c", fp);
    }
    free(text);
    return 0;
}

int emit_html(const struct graph *g, FILE *fp)
{
    struct graph *top = NULL;
    if (g->nnodes > HTML_MAX_NODES) {
        struct subgraph_options keep;
        subgraph_options_init(&keep);
        keep.top = HTML_MAX_NODES;
        keep.by = M_PAGERANK; /* the page of a larger graph would not open: the most central */
        g = top = subgraph_select(g, &keep);
        diag_warn("graph.html", 0, "the page holds the %d nodes of highest PageRank of %zu "
                  "(choose others with --top, --focus, ...)", HTML_MAX_NODES, top->full_nnodes);
    }
    json_t *data = page_data(g);
    fprintf(fp, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
                "<meta name=\"generator\" content=\"unxref " UNXREF_VERSION "\">\n"
                "<title>unxref citation graph</title>\n<style>\n",
            html_lang(g, opts.lang));
    fwrite(data_html_page_css, 1, data_html_page_css_len, fp);
    fputs("</style>\n</head>\n<body>\n", fp);
    fwrite(data_html_page_html, 1, data_html_page_html_len, fp);
    const struct {
        const unsigned char *s;
        unsigned n;
    } libs[] = {{vendor_graphology_graphology_umd_min_js, vendor_graphology_graphology_umd_min_js_len},
                {vendor_graphology_library_graphology_library_min_js,
                 vendor_graphology_library_graphology_library_min_js_len},
                {vendor_sigma_sigma_min_js, vendor_sigma_sigma_min_js_len}};
    for (size_t i = 0; i < sizeof libs / sizeof *libs; i++) {
        fputs("<script>\n", fp);
        fwrite(libs[i].s, 1, libs[i].n, fp);
        fputs("\n</script>\n", fp);
    }
    fputs("<script id=\"unxref-data\" type=\"application/json\">", fp);
    int rc = put_script_json(data, fp);
    json_decref(data);
    graph_free(top);
    fputs("</script>\n<script>\n", fp);
    fwrite(data_html_page_js, 1, data_html_page_js_len, fp);
    fputs("</script>\n</body>\n</html>\n", fp);
    return rc == 0 && fflush(fp) == 0 && !ferror(fp) ? 0 : -1;
}
