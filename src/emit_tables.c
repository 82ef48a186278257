/* emit_tables: GraphML, GEXF and CSV writers (see emit_tables.h). */
#include "emit_tables.h"

#include <stdlib.h>
#include <string.h>

#include "table.h"

/* GraphML and GEXF both name their types so */
static const char *xml_type(enum attr_type t)
{
    static const char *const names[] = {"string", "long", "double", "boolean"};
    return names[t];
}


static int done(FILE *fp) { return fflush(fp) == 0 && !ferror(fp) ? 0 : -1; }

/* Declares node attributes first.. with fmt (index, name, type name). */
static void declare(FILE *fp, size_t first, const char *fmt)
{
    for (size_t k = first; k < n_node_attrs; k++)
        fprintf(fp, fmt, k, node_attrs[k].name, xml_type(node_attrs[k].type));
}

/* Writes the present attributes first.. of n with fmt (index, escaped value). */
static void values(FILE *fp, const struct gnode *n, size_t first, const char *fmt)
{
    for (size_t k = first; k < n_node_attrs; k++) {
        char *s = attr_string(n, k, ESC_XML);
        if (s)
            fprintf(fp, fmt, k, s);
        free(s);
    }
}

/* Writes `pre"ID` for the source and `" target="ID` for the target of e. */
static void ends(FILE *fp, const struct graph *g, const struct gedge *e, const char *pre)
{
    fputs(pre, fp);
    xml_puts(fp, g->nodes[e->from].id);
    fputs("\" target=\"", fp);
    xml_puts(fp, g->nodes[e->to].id);
}

int emit_graphml(const struct graph *g, FILE *fp)
{
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
          "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
          "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
          "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
          fp);
    declare(fp, 0, "  <key id=\"n%zu\" for=\"node\" attr.name=\"%s\" attr.type=\"%s\"/>\n");
    fputs("  <key id=\"e0\" for=\"edge\" attr.name=\"type\" attr.type=\"string\"/>\n"
          "  <key id=\"e1\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
          "  <graph id=\"unxref\" edgedefault=\"directed\">\n",
          fp);
    for (size_t i = 0; i < g->nnodes; i++) {
        const struct gnode *n = &g->nodes[i];
        fputs("    <node id=\"", fp);
        xml_puts(fp, n->id);
        fputs("\">", fp);
        values(fp, n, 0, "<data key=\"n%zu\">%s</data>");
        fputs("</node>\n", fp);
    }
    for (size_t i = 0; i < g->nedges; i++) {
        const struct gedge *e = &g->edges[i];
        ends(fp, g, e, "    <edge source=\"");
        fprintf(fp, "\"><data key=\"e0\">%s</data><data key=\"e1\">%.17g</data></edge>\n",
                edge_type_name(e->type), e->weight);
    }
    fputs("  </graph>\n</graphml>\n", fp);
    return done(fp);
}

int emit_gexf(const struct graph *g, FILE *fp)
{
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n"
          "  <meta><creator>unxref " UNXREF_VERSION "</creator></meta>\n"
          "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n"
          "    <attributes class=\"node\" mode=\"static\">\n",
          fp);
    /* attribute 0 (label) is the node's own label */
    declare(fp, 1, "      <attribute id=\"%zu\" title=\"%s\" type=\"%s\"/>\n");
    fputs("    </attributes>\n"
          "    <attributes class=\"edge\" mode=\"static\">\n"
          "      <attribute id=\"0\" title=\"link_type\" type=\"string\"/>\n"
          "    </attributes>\n    <nodes>\n",
          fp);
    for (size_t i = 0; i < g->nnodes; i++) {
        const struct gnode *n = &g->nodes[i];
        fputs("      <node id=\"", fp);
        xml_puts(fp, n->id);
        fputs("\" label=\"", fp);
        xml_puts(fp, n->label ? n->label : n->id);
        fputc('"', fp);
        if (n->year >= 1 && n->year <= 9999)
            fprintf(fp, " start=\"%04d-01-01\"", n->year);
        fputs("><attvalues>", fp);
        values(fp, n, 1, "<attvalue for=\"%zu\" value=\"%s\"/>");
        fputs("</attvalues></node>\n", fp);
    }
    fputs("    </nodes>\n    <edges>\n", fp);
    for (size_t i = 0; i < g->nedges; i++) {
        const struct gedge *e = &g->edges[i];
        fprintf(fp, "      <edge id=\"%zu\"", i);
        ends(fp, g, e, " source=\"");
        fprintf(fp, "\" weight=\"%.17g\"><attvalues><attvalue for=\"0\" value=\"%s\"/>"
                    "</attvalues></edge>\n",
                e->weight, edge_type_name(e->type));
    }
    fputs("    </edges>\n  </graph>\n</gexf>\n", fp);
    return done(fp);
}

/* RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
static void csv_field(FILE *fp, const char *s)
{
    if (!strpbrk(s, ",\"\r\n")) {
        fputs(s, fp);
        return;
    }
    fputc('"', fp);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', fp);
        fputc(*s, fp);
    }
    fputc('"', fp);
}

int emit_csv_nodes(const struct graph *g, FILE *fp)
{
    fputs("id", fp);
    for (size_t k = 0; k < n_node_attrs; k++)
        fprintf(fp, ",%s", node_attrs[k].name);
    fputs("\r\n", fp);
    for (size_t i = 0; i < g->nnodes; i++) {
        csv_field(fp, g->nodes[i].id);
        for (size_t k = 0; k < n_node_attrs; k++) {
            char *s = attr_string(&g->nodes[i], k, ESC_NONE);
            fputc(',', fp);
            csv_field(fp, s ? s : "");
            free(s);
        }
        fputs("\r\n", fp);
    }
    return done(fp);
}

int emit_csv_edges(const struct graph *g, FILE *fp)
{
    fputs("source,target,type,weight\r\n", fp);
    for (size_t i = 0; i < g->nedges; i++) {
        const struct gedge *e = &g->edges[i];
        csv_field(fp, g->nodes[e->from].id);
        fputc(',', fp);
        csv_field(fp, g->nodes[e->to].id);
        fprintf(fp, ",%s,%.17g\r\n", edge_type_name(e->type), e->weight);
    }
    return done(fp);
}
