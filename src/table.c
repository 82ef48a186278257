/* table: node attributes for tabular writers (see table.h). */
#include "table.h"

#include <math.h>
#include <string.h>

#include "util.h"

#include "lang.h"

const struct attr node_attrs[] = {
    {"label", AT_STRING},       {"kind", AT_STRING},        {"name", AT_STRING},
    {"type", AT_STRING},        {"year", AT_INT},           {"known", AT_BOOL},
    {"input", AT_BOOL},         {"languages", AT_STRING},   {"path", AT_STRING},
    {"in_degree", AT_INT},      {"out_degree", AT_INT},     {"in_strength", AT_REAL},
    {"out_strength", AT_REAL},  {"pagerank", AT_REAL},      {"betweenness", AT_REAL},
    {"hub", AT_REAL},           {"authority", AT_REAL},     {"coreness", AT_INT},
    {"closeness", AT_REAL},     {"component", AT_INT},      {"community", AT_INT},
    {"louvain", AT_INT},
};
const size_t n_node_attrs = sizeof node_attrs / sizeof *node_attrs;

static const char *xml_entity(char c)
{
    return c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : c == '"' ? "&quot;" : NULL;
}

void xml_puts(FILE *fp, const char *s)
{
    for (; *s; s++)
        if (xml_entity(*s))
            fputs(xml_entity(*s), fp);
        else
            fputc(*s, fp);
}

static int put_str(struct buf *fp, const char *s, enum escape xml)
{
    if (!s)
        return 0;
    for (; *s; s++)
        if (xml && xml_entity(*s))
            buf_adds(fp, xml_entity(*s));
        else
            buf_addc(fp, *s);
    return 1;
}

static int put_real(struct buf *fp, double x)
{
    if (isnan(x))
        return 0;
    buf_printf(fp, "%.17g", x);
    return 1;
}

static int attr_print(struct buf *fp, const struct gnode *n, size_t k, enum escape esc)
{
    const char *name = node_attrs[k].name;
    if (strcmp(name, "label") == 0)
        return put_str(fp, n->label ? n->label : n->id, esc);
    if (strcmp(name, "kind") == 0)
        return put_str(fp, node_kind_name(n->kind), esc);
    if (strcmp(name, "name") == 0)
        return put_str(fp, n->name, esc);
    if (strcmp(name, "type") == 0)
        return put_str(fp, n->type, esc);
    if (strcmp(name, "path") == 0)
        return put_str(fp, n->path, esc);
    if (strcmp(name, "year") == 0)
        return n->year ? (buf_printf(fp, "%d", n->year), 1) : 0;
    if (strcmp(name, "known") == 0 || strcmp(name, "input") == 0)
        return put_str(fp, (name[0] == 'k' ? n->known : n->input) ? "true" : "false", ESC_NONE);
    if (strcmp(name, "languages") == 0) {
        int any = 0;
        for (unsigned i = 0; lang_codes[i]; i++)
            if (n->langs & (1u << i))
                buf_printf(fp, "%s%s", any++ ? "," : "", lang_codes[i]);
        return any;
    }
    if (strcmp(name, "louvain") == 0)
        return n->louvain >= 0 ? (buf_printf(fp, "%ld", n->louvain), 1) : 0;
    const struct {
        const char *name;
        const long *i;
        const double *r;
    } num[] = {
        {"in_degree", &n->in_degree, NULL},     {"out_degree", &n->out_degree, NULL},
        {"in_strength", NULL, &n->in_strength}, {"out_strength", NULL, &n->out_strength},
        {"pagerank", NULL, &n->pagerank},       {"betweenness", NULL, &n->betweenness},
        {"hub", NULL, &n->hub},                 {"authority", NULL, &n->authority},
        {"coreness", &n->coreness, NULL},       {"closeness", NULL, &n->closeness},
        {"component", &n->component, NULL},     {"community", &n->community, NULL},
    };
    for (size_t i = 0; i < sizeof num / sizeof *num; i++)
        if (strcmp(name, num[i].name) == 0)
            return num[i].i ? (buf_printf(fp, "%ld", *num[i].i), 1) : put_real(fp, *num[i].r);
    return 0;
}

char *attr_string(const struct gnode *n, size_t k, enum escape esc)
{
    struct buf b = BUF_INIT;
    if (!attr_print(&b, n, k, esc)) {
        buf_release(&b);
        return NULL;
    }
    return b.data ? buf_detach(&b) : xstrdup("");
}
