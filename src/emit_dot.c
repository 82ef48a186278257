/* emit_dot: Graphviz output (see emit_dot.h). */
#include "emit_dot.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "outfile.h"
#include "symbol.h"
#include "util.h"

#define FONT "Noto Sans CJK SC"
enum { WRAP = 24 };

/* Graphviz 2.42 takes char * everywhere; the casts live here. */
static Agsym_t *decl(Agraph_t *g, int kind, const char *name, const char *dflt)
{
    return agattr(g, kind, (char *)name, (char *)dflt);
}

static void set(void *obj, Agsym_t *sym, const char *value) { agxset(obj, sym, (char *)value); }

/* A label for Graphviz: backslashes doubled (Graphviz reads \N, \l …), wrapped on
 * spaces after about WRAP bytes. Tooltips go through Graphviz's escapes twice (2.42), so
 * their backslashes are doubled twice. */
static void label_text(struct buf *b, const char *s, int tooltip)
{
    size_t col = 0;
    b->len = 0;
    buf_adds(b, "");
    for (const char *p = s; *p; p++) {
        if (*p == ' ' && col >= WRAP) {
            buf_adds(b, "\\n");
            col = 0;
            continue;
        }
        if (*p == '\n') { /* a line break of the text: Graphviz's own escape */
            buf_adds(b, "\\n");
            col = 0;
            continue;
        }
        if (*p == '\\')
            buf_adds(b, tooltip ? "\\\\\\" : "\\");
        if ((unsigned char)*p < 0x20)
            continue;
        buf_addc(b, *p);
        col += ((unsigned char)*p & 0xC0) != 0x80;
    }
}

struct style {
    const char *shape, *fill, *border;
};

static struct style node_style(const struct gnode *n)
{
    switch (n->kind) {
    case NK_RESOLUTION:
        switch (symbol_organ(n->id)) {
        case ORGAN_GA:
            return (struct style){"box", "#c7e9c0", "#238b45"};
        case ORGAN_HRC:
            return (struct style){"box", "#fdd0a2", "#d94801"};
        case ORGAN_ECOSOC:
            return (struct style){"box", "#dadaeb", "#6a51a3"};
        default:
            return (struct style){"box", "#c6dbef", "#2171b5"};
        }
    case NK_CONVENTION:
        return (struct style){"note", "#fff2b3", "#b8860b"};
    case NK_BODY:
        return (struct style){"ellipse", "#f4cccc", "#a61c3c"};
    case NK_DOCUMENT:
        break;
    }
    return (struct style){"folder", "#eeeeee", "#555555"};
}

static void undocs_url(const char *id, struct buf *b)
{
    b->len = 0;
    buf_adds(b, "https://undocs.org/");
    for (const char *p = id; *p; p++)
        if (*p != ' ')
            buf_addc(b, *p);
}

static Agraph_t *build(const struct graph *g, int sfdp)
{
    Agraph_t *G = agopen((char *)"citations", Agdirected, NULL);
    decl(G, AGRAPH, "rankdir", "LR");
    decl(G, AGRAPH, "fontname", FONT);
    decl(G, AGRAPH, "outputorder", "edgesfirst");
    decl(G, AGRAPH, "bgcolor", "white");
    if (sfdp) {
        decl(G, AGRAPH, "overlap", "prism");
        decl(G, AGRAPH, "splines", "false");
    } else {
        decl(G, AGRAPH, "nodesep", "0.15");
        decl(G, AGRAPH, "ranksep", "1.2");
    }
    Agsym_t *n_label = decl(G, AGNODE, "label", "\\N");
    Agsym_t *n_shape = decl(G, AGNODE, "shape", "box");
    Agsym_t *n_style = decl(G, AGNODE, "style", "filled");
    Agsym_t *n_fill = decl(G, AGNODE, "fillcolor", "white");
    Agsym_t *n_color = decl(G, AGNODE, "color", "black");
    Agsym_t *n_pen = decl(G, AGNODE, "penwidth", "1");
    Agsym_t *n_size = decl(G, AGNODE, "fontsize", "10");
    Agsym_t *n_tip = decl(G, AGNODE, "tooltip", "");
    Agsym_t *n_url = decl(G, AGNODE, "URL", "");
    Agsym_t *n_class = decl(G, AGNODE, "class", "");
    decl(G, AGNODE, "fontname", FONT);
    decl(G, AGNODE, "margin", "0.08,0.04");
    Agsym_t *e_pen = decl(G, AGEDGE, "penwidth", "1");
    Agsym_t *e_style = decl(G, AGEDGE, "style", "solid");
    Agsym_t *e_color = decl(G, AGEDGE, "color", "#4a6fa5");
    Agsym_t *e_tip = decl(G, AGEDGE, "tooltip", "");
    Agsym_t *e_class = decl(G, AGEDGE, "class", "");
    decl(G, AGEDGE, "arrowsize", "0.6");

    double prmax = 0;
    for (size_t i = 0; i < g->nnodes; i++)
        if (g->nodes[i].pagerank > prmax)
            prmax = g->nodes[i].pagerank;
    Agnode_t **nodes = xmalloc((g->nnodes + 1) * sizeof *nodes);
    struct buf b = BUF_INIT, t = BUF_INIT;
    char num[64];
    for (size_t i = 0; i < g->nnodes; i++) {
        const struct gnode *n = &g->nodes[i];
        Agnode_t *v = nodes[i] = agnode(G, n->id, 1);
        struct style st = node_style(n);
        label_text(&b, n->label ? n->label : n->id, 0);
        set(v, n_label, b.data);
        set(v, n_shape, st.shape);
        set(v, n_fill, st.fill);
        set(v, n_color, st.border);
        set(v, n_class, node_kind_name(n->kind));
        if (n->input) {
            set(v, n_pen, "2.5");
            set(v, n_style, "filled,bold");
        }
        double rel = prmax > 0 ? sqrt(n->pagerank / prmax) : 0;
        snprintf(num, sizeof num, "%.1f", 10 + 14 * rel);
        set(v, n_size, num);
        t.len = 0;
        buf_printf(&t, "%s%s%s\nPageRank %.4f, cited by %ld", n->id, n->name ? "\n" : "",
                   n->name ? n->name : "", n->pagerank, n->in_degree);
        if (n->year)
            buf_printf(&t, ", %d", n->year);
        label_text(&b, t.data, 1);
        set(v, n_tip, b.data);
        if (n->kind == NK_RESOLUTION) {
            undocs_url(n->id, &b);
            set(v, n_url, b.data);
        }
    }
    for (size_t i = 0; i < g->nedges; i++) {
        const struct gedge *e = &g->edges[i];
        Agedge_t *a = agedge(G, nodes[e->from], nodes[e->to], NULL, 1);
        snprintf(num, sizeof num, "%.2f", 0.8 + 1.5 * log2(e->weight > 1 ? e->weight : 1));
        set(a, e_pen, num);
        set(a, e_class, edge_type_name(e->type));
        snprintf(num, sizeof num, "%s x%g", edge_type_name(e->type), e->weight);
        set(a, e_tip, num);
        if (e->type == ET_MENTIONS) {
            set(a, e_style, "dashed");
            set(a, e_color, "#8c8c8c");
        } else if (e->type == ET_ESTABLISHED_BY) {
            set(a, e_style, "bold");
            set(a, e_color, "#a61c3c");
        }
    }
    buf_release(&b);
    buf_release(&t);
    free(nodes);
    return G;
}

static char *join(const char *dir, const char *name)
{
    struct buf b = BUF_INIT;
    buf_printf(&b, "%s%s%s", dir, dir[0] && dir[strlen(dir) - 1] != '/' ? "/" : "", name);
    return buf_detach(&b);
}

int emit_dot(const struct graph *g, const char *dir, const struct dot_options *o)
{
    const char *engine = o->engine ? o->engine : g->nnodes > DOT_MAX_NODES ? "sfdp" : "dot";
    Agraph_t *G = build(g, strcmp(engine, "sfdp") == 0);
    int rc = 0;
    struct outfile of;
    if (o->want_dot) {
        char *path = join(dir, "graph.dot");
        if (outfile_open(&of, path) != 0) {
            rc = -1;
        } else if (agwrite(G, of.fp) != 0) {
            outfile_abort(&of);
            diag_error(path, 0, "cannot write DOT");
            rc = -1;
        } else if (outfile_commit(&of) != 0) {
            rc = -1;
        }
        free(path);
    }
    if (o->render[0] && rc == 0) {
        GVC_t *gvc = gvContext();
        if (gvLayout(gvc, G, engine) != 0) {
            diag_error(NULL, 0, "graphviz: layout with '%s' failed", engine);
            rc = -1;
        } else {
            for (int i = 0; i < 4 && o->render[i] && rc == 0; i++) {
                struct buf name = BUF_INIT;
                buf_printf(&name, "graph.%s", o->render[i]);
                char *path = join(dir, name.data);
                buf_release(&name);
                if (outfile_open_path(&of, path) != 0) {
                    rc = -1;
                } else if (gvRenderFilename(gvc, G, o->render[i], of.tmp) != 0) {
                    diag_error(path, 0, "graphviz cannot render '%s' (is the graphviz "
                               "package installed?)", o->render[i]);
                    outfile_abort(&of);
                    rc = -1;
                } else if (outfile_commit(&of) != 0) {
                    rc = -1;
                }
                free(path);
            }
            gvFreeLayout(gvc, G);
        }
        gvFreeContext(gvc);
    }
    agclose(G);
    return rc;
}
