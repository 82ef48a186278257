/* emit_dot: Graphviz output (see emit_dot.h). */
#include "emit_dot.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "diag.h"
#include "emit_json.h"
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

/* A wide character (CJK) at rest a line may break before: after another wide one, not
 * punctuation that closes or follows (、。）」…), and with more than two characters left
 * (no lone last character on a line). */
static int wide_break(utf8proc_int32_t prev, utf8proc_int32_t c, const char *rest)
{
    utf8proc_category_t k = utf8proc_category(c);
    if (utf8proc_charwidth(prev) != 2 || utf8proc_charwidth(c) != 2 ||
        k == UTF8PROC_CATEGORY_PO || k == UTF8PROC_CATEGORY_PE ||
        k == UTF8PROC_CATEGORY_PF || k == UTF8PROC_CATEGORY_PD)
        return 0;
    size_t left = 0;
    for (const char *q = rest; *q && left < 3; q++)
        left += ((unsigned char)*q & 0xC0) != 0x80;
    return left >= 3;
}

/* A label for Graphviz: backslashes doubled (Graphviz reads \N, \l …), wrapped after
 * about WRAP columns (a CJK character is two) on spaces, or between two CJK characters
 * in a text without spaces. */
static void label_text(struct buf *b, const char *s, int tooltip)
{
    size_t col = 0;
    utf8proc_int32_t prev = 0;
    b->len = 0;
    buf_adds(b, "");
    for (const char *p = s; *p;) {
        utf8proc_int32_t c;
        utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)p, -1, &c);
        if (n <= 0) { /* not UTF-8: copied byte by byte */
            c = -1;
            n = 1;
        }
        if (col >= WRAP && (*p == ' ' || (c > 0 && wide_break(prev, c, p)))) {
            buf_adds(b, "\\n");
            col = 0;
            prev = 0;
            if (*p == ' ') {
                p++;
                continue;
            }
        }
        for (utf8proc_ssize_t i = 0; i < n; i++, p++) {
            if (*p == '\\') /* tooltips go through Graphviz's escapes twice (2.42) */
                buf_adds(b, tooltip ? "\\\\\\" : "\\");
            if ((unsigned char)*p >= 0x20)
                buf_addc(b, *p);
        }
        if (c < 0 || c >= 0x20)
            col += c > 0 && utf8proc_charwidth(c) == 2 ? 2 : 1;
        prev = c;
    }
}

void dot_options_init(struct dot_options *o)
{
    memset(o, 0, sizeof *o);
    o->size = M_PAGERANK;
}

int dot_parse_cluster(const char *text, enum cluster_by *out)
{
    static const char *const names[] = {"none", "community", "organ", "year"};
    for (int i = 0; i < 4; i++)
        if (strcmp(names[i], text) == 0) {
            *out = (enum cluster_by)i;
            return 0;
        }
    return -1;
}

struct style {
    const char *shape, *fill, *border;
};

static const struct style organ_styles[] = {
    [ORGAN_NONE] = {"folder", "#eeeeee", "#555555"},
    [ORGAN_SC] = {"box", "#c6dbef", "#2171b5"},
    [ORGAN_GA] = {"box", "#c7e9c0", "#238b45"},
    [ORGAN_ECOSOC] = {"box", "#dadaeb", "#6a51a3"},
    [ORGAN_HRC] = {"box", "#fdd0a2", "#d94801"},
    [ORGAN_CHR] = {"box", "#fee6ce", "#a63603"},
    [ORGAN_SUBCOM] = {"box", "#fff5eb", "#7f2704"},
};
static const char *const organ_names[] = {
    [ORGAN_NONE] = "Other document",          [ORGAN_SC] = "Security Council",
    [ORGAN_GA] = "General Assembly",          [ORGAN_ECOSOC] = "Economic and Social Council",
    [ORGAN_HRC] = "Human Rights Council",     [ORGAN_CHR] = "Commission on Human Rights",
    [ORGAN_SUBCOM] = "Sub-Commission on Human Rights"};
static const struct style convention_style = {"note", "#fff2b3", "#b8860b"};
static const struct style body_style = {"ellipse", "#f4cccc", "#a61c3c"};

/* Fill and border colours of communities 0, 1, … (ColorBrewer Set3, darker borders). */
static const char *const palette[][2] = {
    {"#8dd3c7", "#1b7f6e"}, {"#ffffb3", "#8a8a1a"}, {"#bebada", "#5b4f9e"},
    {"#fb8072", "#a8322a"}, {"#80b1d3", "#2a5f86"}, {"#fdb462", "#a8620b"},
    {"#b3de69", "#5a8a1a"}, {"#fccde5", "#b0517f"}, {"#bc80bd", "#6d2f6e"},
    {"#ccebc5", "#4c8a44"}, {"#ffed6f", "#a89410"}, {"#d9d9d9", "#6b6b6b"}};
enum { NPALETTE = sizeof palette / sizeof *palette };

static enum organ node_organ(const struct gnode *n)
{
    return n->kind == NK_RESOLUTION ? symbol_organ(n->id) : ORGAN_NONE;
}

/* by_community: the colour of the node's community, or NULL to colour by kind;
 * colour[c] is the palette entry of community c (by size in the drawing) */
static struct style node_style(const struct gnode *n, const size_t *colour)
{
    int by_community = colour != NULL;
    struct style st = n->kind == NK_CONVENTION ? convention_style
                      : n->kind == NK_BODY     ? body_style
                                               : organ_styles[node_organ(n)];
    if (by_community) {
        st.fill = n->community >= 0 ? palette[colour[n->community] % NPALETTE][0] : "#ffffff";
        st.border = n->community >= 0 ? palette[colour[n->community] % NPALETTE][1] : "#888888";
    }
    return st;
}

/* Edge colour and style by type. */
static const char *const edge_colors[] = {"#4a6fa5", "#8c8c8c", "#a61c3c"};
static const char *const edge_styles[] = {"solid", "dashed", "bold"};

/* A node is placed on the row of its year in the timeline. */
static int on_timeline(const struct gnode *n)
{
    return n->year > 0 && (n->kind == NK_RESOLUTION || n->kind == NK_DOCUMENT);
}

static int cmp_int_desc(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x < y) - (x > y);
}

/* The distinct years of timeline nodes, newest first; returns their number. */
static size_t timeline_years(const struct graph *g, int **out)
{
    int *v = xmalloc((g->nnodes + 1) * sizeof *v);
    size_t n = 0, k = 0;
    for (size_t i = 0; i < g->nnodes; i++)
        if (on_timeline(&g->nodes[i]))
            v[n++] = g->nodes[i].year;
    qsort(v, n, sizeof *v, cmp_int_desc);
    for (size_t i = 0; i < n; i++)
        if (k == 0 || v[k - 1] != v[i])
            v[k++] = v[i];
    *out = v;
    return k;
}

struct build {
    Agraph_t *G;
    const struct graph *g;
    const struct dot_options *o;
    Agnode_t **nodes;
    Agedge_t **edges;
    size_t *colour;     /* --color community: palette entry of each community id */
    Agnode_t **scale;   /* timeline: the year scale nodes, oldest year first */
    size_t nscale;
    int oldest;
    int sfdp, timeline, points;
    Agsym_t *g_label, *g_rank, *g_style, *g_color, *g_fill;
    struct buf b, t;
};

/* Text inside an HTML-like label: &, <, > and " escaped. */
static void html_text(struct buf *h, const char *s)
{
    for (; *s; s++)
        switch (*s) {
        case '&': buf_adds(h, "&amp;"); break;
        case '<': buf_adds(h, "&lt;"); break;
        case '>': buf_adds(h, "&gt;"); break;
        case '"': buf_adds(h, "&quot;"); break;
        default:
            if ((unsigned char)*s >= 0x20)
                buf_addc(h, *s);
        }
}

/* Sets an HTML-like label (text in Graphviz's HTML subset) on obj. */
static void set_html(Agraph_t *G, void *obj, Agsym_t *sym, const char *html)
{
    char *h = agstrdup_html(G, (char *)html);
    agxset(obj, sym, h);
    agstrfree(G, h);
}

/* Graph and subgraph ids. cgraph's own discipline makes the id of a named object the
 * address of its interned name, and writes subgraphs in id order: graph.dot then came out
 * in an order that changed from run to run. Here named (sub)graphs are numbered in
 * creation order (even ids; cgraph's anonymous ones are odd); nodes and edges keep
 * cgraph's ids (they are written in creation order anyway). */
struct ids {
    void *dflt;  /* state of AgIdDisc */
    Agraph_t *g;
    char **names; /* interned in g (agwrite reads the HTML flag of a refstr) */
    size_t n, cap;
};

static void *ids_open(Agraph_t *g, Agdisc_t *disc)
{
    struct ids *s = xcalloc(1, sizeof *s);
    s->dflt = AgIdDisc.open(g, disc);
    s->g = g;
    return s;
}

static long ids_map(void *state, int type, char *str, IDTYPE *id, int create)
{
    struct ids *s = state;
    if (type != AGRAPH || !str)
        return AgIdDisc.map(s->dflt, type, str, id, create);
    for (size_t i = 0; i < s->n; i++)
        if (strcmp(s->names[i], str) == 0)
            return *id = 2 * (i + 1), 1;
    if (!create)
        return 0;
    xgrow((void **)&s->names, &s->cap, s->n + 1, sizeof *s->names);
    s->names[s->n++] = agstrdup(s->g, str);
    *id = 2 * s->n;
    return 1;
}

static long ids_alloc(void *state, int type, IDTYPE id)
{
    return AgIdDisc.alloc(((struct ids *)state)->dflt, type, id);
}

static void ids_free(void *state, int type, IDTYPE id)
{
    struct ids *s = state;
    if (type != AGRAPH || id % 2)
        AgIdDisc.free(s->dflt, type, id);
}

static char *ids_print(void *state, int type, IDTYPE id)
{
    struct ids *s = state;
    if (type == AGRAPH && id % 2 == 0 && id / 2 >= 1 && id / 2 <= s->n)
        return s->names[id / 2 - 1];
    return AgIdDisc.print(s->dflt, type, id);
}

static void ids_close(void *state)
{
    struct ids *s = state;
    AgIdDisc.close(s->dflt);
    free(s->names); /* the strings go with the graph's string dictionary */
    free(s);
}

static void ids_register(void *state, int type, void *obj)
{
    AgIdDisc.idregister(((struct ids *)state)->dflt, type, obj);
}

static Agiddisc_t ordered_ids = {ids_open, ids_map,   ids_alloc,   ids_free,
                                 ids_print, ids_close, ids_register};
static Agdisc_t ordered_disc = {&AgMemDisc, &ordered_ids, &AgIoDisc};

static Agraph_t *subgraph(Agraph_t *G, const char *name)
{
    return agsubg(G, (char *)name, 1);
}

/* Year columns: one rank=same subgraph (or, with --cluster year, a cluster) per year from the
 * oldest to the newest, empty years included, with a year scale node in each, the scale
 * nodes chained newest → oldest so dot keeps them in order; retime() then spaces the
 * columns in proportion to the years. */
static void add_timeline(struct build *x)
{
    int *years;
    size_t ny = timeline_years(x->g, &years);
    int newest = years[0], oldest = years[ny - 1];
    size_t span = (size_t)(newest - oldest) + 1;
    Agraph_t **rows = xmalloc((span + 1) * sizeof *rows);
    x->scale = xmalloc((span + 1) * sizeof *x->scale);
    x->oldest = oldest;
    x->nscale = span;
    Agsym_t *n_shape = agattr(x->G, AGNODE, (char *)"shape", NULL);
    Agsym_t *n_label = agattr(x->G, AGNODE, (char *)"label", NULL);
    Agsym_t *n_style = agattr(x->G, AGNODE, (char *)"style", NULL);
    Agsym_t *n_class = agattr(x->G, AGNODE, (char *)"class", NULL);
    Agsym_t *n_size = agattr(x->G, AGNODE, (char *)"fontsize", NULL);
    Agsym_t *n_fcolor = decl(x->G, AGNODE, "fontcolor", "black");
    Agsym_t *e_class = agattr(x->G, AGEDGE, (char *)"class", NULL);
    Agsym_t *e_head = agattr(x->G, AGEDGE, (char *)"arrowhead", NULL);
    Agsym_t *e_color = agattr(x->G, AGEDGE, (char *)"color", NULL);
    Agnode_t *prev = NULL;
    char name[64], label[16];
    size_t k = 0;
    for (int y = newest; y >= oldest; y--) {
        int present = k < ny && years[k] == y;
        k += present;
        snprintf(name, sizeof name, "%s%d",
                 x->o->cluster == CLUSTER_YEAR && present ? "cluster_year_" : "year_", y);
        Agraph_t *row = rows[y - oldest] = subgraph(x->G, name);
        agxset(row, x->g_rank, (char *)"same");
        if (x->o->cluster == CLUSTER_YEAR && present) {
            agxset(row, x->g_style, (char *)"rounded,dashed");
            agxset(row, x->g_color, (char *)"#999999");
        }
        snprintf(name, sizeof name, "year:%d", y);
        snprintf(label, sizeof label, "%d", y);
        Agnode_t *v = x->scale[y - oldest] = agnode(x->G, name, 1);
        agsubnode(row, v, 1);
        agxset(v, n_shape, (char *)"plaintext");
        agxset(v, n_label, label);
        agxset(v, n_style, (char *)"solid");
        agxset(v, n_class, (char *)"year");
        agxset(v, n_size, present ? (char *)"14" : (char *)"10");
        agxset(v, n_fcolor, present ? (char *)"black" : (char *)"#aaaaaa");
        if (prev) {
            Agedge_t *e = agedge(x->G, prev, v, NULL, 1);
            agxset(e, e_class, (char *)"year-scale");
            agxset(e, e_head, (char *)"none");
            agxset(e, e_color, (char *)"#bbbbbb");
        }
        prev = v;
    }
    for (size_t i = 0; i < x->g->nnodes; i++) {
        const struct gnode *n = &x->g->nodes[i];
        if (on_timeline(n))
            agsubnode(rows[n->year - oldest], x->nodes[i], 1);
    }
    free(rows);
    free(years);
}

/* A node's place: centre and half sizes, in points. */
struct box {
    double x, y, hw, hh;
};

static int overlaps(const struct box *b, const struct box *v, size_t n, double gap)
{
    for (size_t i = 0; i < n; i++)
        if (fabs(b->x - v[i].x) < b->hw + v[i].hw + gap &&
            fabs(b->y - v[i].y) < b->hh + v[i].hh + gap)
            return 1;
    return 0;
}

/* After dot: every resolution and document moved to the x of its year (column = year −
 * oldest, the columns one width apart: the widest of them plus a gap), y kept; bodies and
 * conventions to the column of their rank, moved up or down from dot's y until they
 * overlap nothing (nor a year box); the year scale above everything, outside the cluster
 * boxes; the cluster boxes around their members. Then the "nop" engine draws the edges
 * between the given positions. Returns 0, or -1 after reporting. */
static int retime(struct build *x, GVC_t *gvc)
{
    size_t n = x->g->nnodes;
    double maxw = 0;
    for (size_t i = 0; i < n; i++)
        if (on_timeline(&x->g->nodes[i]))
            maxw = fmax(maxw, ND_width(x->nodes[i]) * 72);
    int boxes = x->o->cluster != CLUSTER_NONE;
    double step = maxw + (boxes ? 40 : 24), margin = boxes ? 10 : 0, top = -HUGE_VAL;
    /* rank → column through the scale nodes (one rank per year: the chain) */
    int r0 = ND_rank(x->scale[0]);
    /* per node (gvFreeLayout clears them) */
    struct box *at = xmalloc((n + 1) * sizeof *at);
    struct box *placed = xmalloc((n + x->nscale + 1) * sizeof *placed);
    size_t np = 0;
    for (size_t i = 0; i < n; i++) {
        const struct gnode *g = &x->g->nodes[i];
        Agnode_t *v = x->nodes[i];
        at[i] = (struct box){(on_timeline(g) ? g->year - x->oldest : r0 - ND_rank(v)) * step,
                             ND_coord(v).y, ND_width(v) * 36, ND_height(v) * 36};
        if (on_timeline(g))
            placed[np++] = at[i];
    }
    if (x->o->cluster == CLUSTER_YEAR)   /* the year boxes, as obstacles */
        for (size_t k = 0; k < x->nscale; k++) {
            double ly = HUGE_VAL, uy = -HUGE_VAL;
            for (size_t i = 0; i < n; i++)
                if (on_timeline(&x->g->nodes[i]) && x->g->nodes[i].year - x->oldest == (int)k)
                    ly = fmin(ly, at[i].y - at[i].hh), uy = fmax(uy, at[i].y + at[i].hh);
            if (ly < uy)
                placed[np++] = (struct box){(double)k * step, (ly + uy) / 2,
                                            maxw / 2 + margin, (uy - ly) / 2 + margin};
        }
    for (size_t i = 0; i < n; i++) {
        if (on_timeline(&x->g->nodes[i]))
            continue;
        struct box b = at[i];
        for (int t = 1; t < 100000 && overlaps(&b, placed, np, 8); t++)
            b.y = at[i].y + (t / 2 + 1) * 12.0 * (t % 2 ? 1 : -1);
        at[i] = placed[np++] = b;
    }
    free(placed);
    for (size_t i = 0; i < n; i++)
        top = fmax(top, at[i].y + at[i].hh);
    gvFreeLayout(gvc, x->G);
    Agsym_t *pos = decl(x->G, AGNODE, "pos", "");
    char num[96];
    for (size_t i = 0; i < n; i++) {
        snprintf(num, sizeof num, "%.2f,%.2f!", at[i].x, at[i].y);
        set(x->nodes[i], pos, num);
    }
    for (size_t k = 0; k < x->nscale; k++) {
        snprintf(num, sizeof num, "%.2f,%.2f!", (double)k * step, top + margin + 40);
        set(x->scale[k], pos, num);
    }
    /* cluster boxes: the members' extent plus a margin (bb, as the nop engine reads it) */
    Agsym_t *bb = decl(x->G, AGRAPH, "bb", "");
    for (Agraph_t *c = agfstsubg(x->G); c; c = agnxtsubg(c)) {
        if (strncmp(agnameof(c), "cluster", 7) != 0)
            continue;
        double lx = HUGE_VAL, ly = HUGE_VAL, ux = -HUGE_VAL, uy = -HUGE_VAL;
        for (size_t i = 0; i < n; i++)
            if (agsubnode(c, x->nodes[i], 0)) {
                lx = fmin(lx, at[i].x - at[i].hw), ux = fmax(ux, at[i].x + at[i].hw);
                ly = fmin(ly, at[i].y - at[i].hh), uy = fmax(uy, at[i].y + at[i].hh);
            }
        snprintf(num, sizeof num, "%.2f,%.2f,%.2f,%.2f", lx - margin, ly - margin, ux + margin,
                 uy + margin + (agget(c, (char *)"label")[0] ? 16 : 0));
        set(c, bb, num);
    }
    free(at);
    /* edges around the nodes (a citation within a year runs along its column) */
    agsafeset(x->G, (char *)"splines", n > DOT_MAX_NODES ? (char *)"line" : (char *)"true",
              (char *)"");
    if (gvLayout(gvc, x->G, "nop") != 0) {
        diag_error(NULL, 0, "graphviz: placing the timeline failed");
        return -1;
    }
    return 0;
}

/* The communities drawn, largest first (ties: lower id), each named by its most
 * central member (highest PageRank; ties: node order). */
struct community {
    long id;
    size_t best, size;
};

static int cmp_community(const void *a, const void *b)
{
    const struct community *x = a, *y = b;
    if (x->size != y->size)
        return x->size > y->size ? -1 : 1;
    return (x->id > y->id) - (x->id < y->id);
}

static size_t communities(const struct graph *g, struct community **out)
{
    struct community *v = NULL;
    size_t n = 0, cap = 0;
    for (size_t i = 0; i < g->nnodes; i++) {
        const struct gnode *m = &g->nodes[i];
        if (m->community < 0)
            continue;
        size_t k = 0;
        while (k < n && v[k].id != m->community)
            k++;
        if (k == n) {
            xgrow((void **)&v, &cap, n + 1, sizeof *v);
            v[n++] = (struct community){m->community, i, 0};
        }
        if (m->pagerank > g->nodes[v[k].best].pagerank)
            v[k].best = i;
        v[k].size++;
    }
    if (n > 1)
        qsort(v, n, sizeof *v, cmp_community);
    *out = v;
    return n;
}

/* "1325 (2000) and 11 others": a community by its most central member. */
static void community_name(const struct graph *g, const struct community *c, struct buf *b)
{
    const struct gnode *m = &g->nodes[c->best];
    b->len = 0;
    buf_adds(b, m->label ? m->label : m->id);
    if (c->size > 1)
        buf_printf(b, " and %zu other%s", c->size - 1, c->size > 2 ? "s" : "");
}

/* Cluster subgraphs by community or organ (a node belongs to one cluster at most). */
static void add_clusters(struct build *x)
{
    char name[64];
    struct community *cs = NULL;
    if (x->o->cluster == CLUSTER_COMMUNITY)
        communities(x->g, &cs);
    for (size_t i = 0; i < x->g->nnodes; i++) {
        const struct gnode *n = &x->g->nodes[i];
        const char *label = NULL;
        if (x->o->cluster == CLUSTER_COMMUNITY && n->community >= 0) {
            snprintf(name, sizeof name, "cluster_community_%ld", n->community);
            size_t k = 0;
            while (cs[k].id != n->community)
                k++;
            community_name(x->g, &cs[k], &x->b);
            label = x->b.data;
        } else if (x->o->cluster == CLUSTER_ORGAN && node_organ(n) != ORGAN_NONE) {
            snprintf(name, sizeof name, "cluster_%s", organ_names[node_organ(n)]);
            label = organ_names[node_organ(n)];
        }
        if (!label)
            continue;
        Agraph_t *c = subgraph(x->G, name);
        agxset(c, x->g_label, (char *)label);
        agxset(c, x->g_style, (char *)"rounded,dashed");
        agxset(c, x->g_color, (char *)"#999999");
        agsubnode(c, x->nodes[i], 1);
    }
    free(cs);
}

/* Legend rows for the community colours: the largest communities by name. */
static void legend_communities(struct build *x, struct buf *h)
{
    struct community *cs;
    size_t n = communities(x->g, &cs), shown = n < NPALETTE ? n : NPALETTE;
    buf_adds(h, "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">colour: community (Leiden), named by its "
                "most central member</TD></TR>");
    for (size_t k = 0; k < shown; k++) {
        community_name(x->g, &cs[k], &x->b);
        buf_printf(h, "<TR><TD FIXEDSIZE=\"TRUE\" WIDTH=\"16\" HEIGHT=\"11\" BORDER=\"1\" "
                      "BGCOLOR=\"%s\" COLOR=\"%s\"></TD><TD ALIGN=\"LEFT\">",
                   palette[k % NPALETTE][0], palette[k % NPALETTE][1]);
        html_text(h, x->b.data);
        buf_adds(h, "</TD></TR>");
    }
    if (n > shown)
        buf_printf(h, "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">%zu more communities (the colours "
                      "repeat)</TD></TR>", n - shown);
    free(cs);
}

/* The legend: an HTML table as the graph's label, listing what is drawn. */
static void add_legend(struct build *x)
{
    int kinds = 0, organs = 0, types = 0;
    for (size_t i = 0; i < x->g->nnodes; i++) {
        kinds |= 1 << x->g->nodes[i].kind;
        organs |= 1 << node_organ(&x->g->nodes[i]);
    }
    for (size_t i = 0; i < x->g->nedges; i++)
        types |= 1 << x->g->edges[i].type;
    struct buf *h = &x->t;
    h->len = 0;
    buf_adds(h, "<TABLE ID=\"legend\" BORDER=\"1\" COLOR=\"#bbbbbb\" CELLBORDER=\"0\" "
                "CELLSPACING=\"2\" CELLPADDING=\"2\"><TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">"
                "<B>Legend</B></TD></TR>");
    static const char *const shape_glyph[] = {"■", "▰", "⬬"};
    for (int k = 0; k <= NK_DOCUMENT; k++) {
        if (!(kinds & (1 << k)))
            continue;
        for (int r = ORGAN_NONE; r <= ORGAN_LAST; r++) {
            if (k != NK_RESOLUTION && r > ORGAN_NONE)
                break;
            if (k == NK_RESOLUTION && (r == ORGAN_NONE || !(organs & (1 << r))))
                continue;
            struct style st = k == NK_CONVENTION ? convention_style
                              : k == NK_BODY     ? body_style
                                                 : organ_styles[r];
            const char *what = k == NK_RESOLUTION  ? organ_names[r]
                               : k == NK_DOCUMENT  ? "other document"
                               : k == NK_CONVENTION ? "convention, treaty"
                                                    : "UN body";
            buf_printf(h, "<TR><TD><FONT COLOR=\"%s\" POINT-SIZE=\"16\">%s</FONT></TD>"
                          "<TD ALIGN=\"LEFT\">%s%s</TD></TR>",
                       x->o->color_community ? "#999999" : st.border,
                       shape_glyph[k == NK_CONVENTION ? 1 : k == NK_BODY ? 2 : 0], what,
                       k == NK_RESOLUTION ? " resolution" : "");
        }
    }
    static const char *const edge_glyph[] = {"⟵━━━", "⟵╌╌╌", "⟵━━━"};
    static const char *const edge_what[] = {"cites (width: mentions)",
                                           "mentions a body or convention",
                                           "body established by"};
    for (int t = 0; t <= ET_ESTABLISHED_BY; t++)
        if (types & (1 << t))
            buf_printf(h, "<TR><TD><FONT COLOR=\"%s\">%s%s%s</FONT></TD>"
                          "<TD ALIGN=\"LEFT\">%s</TD></TR>",
                       edge_colors[t], t == ET_ESTABLISHED_BY ? "<B>" : "", edge_glyph[t],
                       t == ET_ESTABLISHED_BY ? "</B>" : "", edge_what[t]);
    if (x->o->size == M_PAGERANK) /* as size_value reads it */
        buf_adds(h, "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">size: pagerank, each kind on its "
                    "own scale</TD></TR><TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">(resolutions: "
                    "among resolutions only)</TD></TR>");
    else if (x->o->size != M_NONE)
        buf_printf(h, "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">size: %s, each kind on its own "
                      "scale</TD></TR>",
                   metric_name(x->o->size));
    if (x->o->color_community)
        legend_communities(x, h);
    if (x->timeline)
        buf_adds(h, "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">columns: year of the resolutions, one column a year</TD></TR>");
    if (x->g->selection)
        buf_printf(h, "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\">%zu of %zu nodes shown</TD></TR>",
                   x->g->nnodes, x->g->full_nnodes);
    buf_adds(h, "</TABLE>");
    set_html(x->G, x->G, x->g_label, h->data);
}

/* The tooltip: id, name, year and metrics, one per line. */
static void tooltip(struct build *x, const struct gnode *n)
{
    struct buf *t = &x->t, *b = &x->b;
    t->len = 0;
    label_text(b, n->id, 1);
    buf_adds(t, b->data);
    if (n->name) {
        label_text(b, n->name, 1);
        buf_printf(t, "\\n%s", b->data);
    }
    if (n->year)
        buf_printf(t, "\\nyear %d", n->year);
    buf_printf(t, "\\ncited by %ld, cites %ld\\nPageRank %.4f, betweenness %.1f", n->in_degree,
               n->out_degree, n->pagerank, n->betweenness);
    if (n->community >= 0)
        buf_printf(t, "\\ncommunity %ld", n->community);
}

/* The size of a node: its metric relative to the highest of its kind, so that bodies and
 * conventions do not compete with resolutions on one scale; by PageRank, a resolution's
 * is its PageRank on the resolution citation graph (as the stats report ranks them). */
static double size_value(const struct gnode *n, enum metric m)
{
    if (m == M_PAGERANK && n->kind == NK_RESOLUTION)
        return isnan(n->citation_pagerank) ? 0 : n->citation_pagerank;
    return metric_value(n, m);
}

static void add_nodes(struct build *x)
{
    Agraph_t *G = x->G;
    Agsym_t *n_label = decl(G, AGNODE, "label", "\\N");
    Agsym_t *n_shape = decl(G, AGNODE, "shape", "box");
    Agsym_t *n_style = decl(G, AGNODE, "style", "filled");
    Agsym_t *n_fill = decl(G, AGNODE, "fillcolor", "white");
    Agsym_t *n_color = decl(G, AGNODE, "color", "black");
    Agsym_t *n_pen = decl(G, AGNODE, "penwidth", "1");
    Agsym_t *n_size = decl(G, AGNODE, "fontsize", "12");
    Agsym_t *n_tip = decl(G, AGNODE, "tooltip", "");
    Agsym_t *n_url = decl(G, AGNODE, "URL", "");
    Agsym_t *n_class = decl(G, AGNODE, "class", "");
    Agsym_t *n_width = decl(G, AGNODE, "width", "0.75");
    Agsym_t *n_fixed = decl(G, AGNODE, "fixedsize", "false");
    decl(G, AGNODE, "fontname", FONT);
    decl(G, AGNODE, "margin", "0.08,0.04");
    double max[NK_DOCUMENT + 1] = {0};
    for (size_t i = 0; i < x->g->nnodes; i++) {
        const struct gnode *n = &x->g->nodes[i];
        max[n->kind] = fmax(max[n->kind], size_value(n, x->o->size));
    }
    char num[64];
    for (size_t i = 0; i < x->g->nnodes; i++) {
        const struct gnode *n = &x->g->nodes[i];
        Agnode_t *v = x->nodes[i] = agnode(G, n->id, 1);
        struct style st = node_style(n, x->colour);
        double top = max[n->kind];
        double rel = x->o->size != M_NONE && top > 0 ? sqrt(size_value(n, x->o->size) / top)
                                                     : 0.15;
        const char *text = n->label ? n->label : n->id;
        if (x->o->full_labels)
            text = n->kind == NK_RESOLUTION || n->kind == NK_DOCUMENT ? n->id
                   : n->name                                        ? n->name
                                                                    : text;
        label_text(&x->b, text, 0);
        set(v, n_label, x->points ? "" : x->b.data);
        set(v, n_shape, x->points ? "circle" : st.shape);
        set(v, n_fill, st.fill);
        set(v, n_color, st.border);
        set(v, n_class, node_kind_name(n->kind));
        if (n->input) {
            set(v, n_pen, "2.5");
            set(v, n_style, "filled,bold");
        }
        if (x->points) {
            snprintf(num, sizeof num, "%.2f", 0.06 + 0.3 * rel);
            set(v, n_width, num);
            set(v, n_fixed, "true");
        }
        snprintf(num, sizeof num, "%.1f", 10 + 14 * rel);
        set(v, n_size, num);
        tooltip(x, n);
        set(v, n_tip, x->t.data);
        if (n->kind == NK_RESOLUTION) {
            symbol_url(n->id, x->o->link_lang, &x->b);
            set(v, n_url, x->b.data);
        }
    }
}

static void add_edges(struct build *x)
{
    Agraph_t *G = x->G;
    Agsym_t *e_pen = decl(G, AGEDGE, "penwidth", "1");
    Agsym_t *e_style = decl(G, AGEDGE, "style", "solid");
    Agsym_t *e_color = decl(G, AGEDGE, "color", edge_colors[ET_CITES]);
    Agsym_t *e_tip = decl(G, AGEDGE, "tooltip", "");
    Agsym_t *e_class = decl(G, AGEDGE, "class", "");
    decl(G, AGEDGE, "arrowhead", "normal");
    decl(G, AGEDGE, "arrowsize", "0.6");
    char num[64];
    for (size_t i = 0; i < x->g->nedges; i++) {
        const struct gedge *e = &x->g->edges[i];
        Agedge_t *a = x->edges[i] = agedge(G, x->nodes[e->from], x->nodes[e->to], NULL, 1);
        snprintf(num, sizeof num, "%.2f", 0.8 + 1.5 * log2(e->weight > 1 ? e->weight : 1));
        set(a, e_pen, num);
        set(a, e_class, edge_type_name(e->type));
        snprintf(num, sizeof num, "%s x%g", edge_type_name(e->type), e->weight);
        set(a, e_tip, num);
        if (e->type != ET_CITES) {
            set(a, e_style, edge_styles[e->type]);
            set(a, e_color, edge_colors[e->type]);
        }
    }
}

static Agraph_t *build(struct build *x)
{
    Agraph_t *G = x->G = agopen((char *)"citations", Agdirected, &ordered_disc);
    decl(G, AGRAPH, "rankdir", x->timeline ? "RL" : "LR");
    decl(G, AGRAPH, "fontname", FONT);
    decl(G, AGRAPH, "fontsize", "12");
    decl(G, AGRAPH, "outputorder", "edgesfirst");
    decl(G, AGRAPH, "bgcolor", "white");
    decl(G, AGRAPH, "labeljust", "l");
    decl(G, AGRAPH, "pad", "0.2");
    x->g_label = decl(G, AGRAPH, "label", "");
    x->g_rank = decl(G, AGRAPH, "rank", "");
    x->g_style = decl(G, AGRAPH, "style", "");
    x->g_color = decl(G, AGRAPH, "color", "black");
    if (x->g->selection) {
        struct buf c = BUF_INIT;
        buf_printf(&c, "%zu of %zu nodes: %s", x->g->nnodes, x->g->full_nnodes,
                   x->g->selection);
        decl(G, AGRAPH, "comment", c.data);
        buf_release(&c);
    }
    if (x->sfdp) {
        decl(G, AGRAPH, "overlap", "prism");
        decl(G, AGRAPH, "splines", "false");
    } else {
        decl(G, AGRAPH, "nodesep", "0.15");
        decl(G, AGRAPH, "ranksep", x->timeline ? "0.5" : "1.2");
        if (x->o->cluster != CLUSTER_NONE)
            decl(G, AGRAPH, "newrank", "true");
        if (x->g->nnodes > DOT_MAX_NODES) {
            /* dot's network simplex and crossing minimisation do not scale: cap them */
            decl(G, AGRAPH, "nslimit", "1");
            decl(G, AGRAPH, "nslimit1", "1");
            decl(G, AGRAPH, "mclimit", "0.1");
            decl(G, AGRAPH, "splines", "line");
        }
    }
    x->nodes = xmalloc((x->g->nnodes + 1) * sizeof *x->nodes);
    x->edges = xmalloc((x->g->nedges + 1) * sizeof *x->edges);
    if (x->o->color_community) {
        /* the palette in order of size among the drawn communities (legend_communities) */
        struct community *cs;
        size_t nc = communities(x->g, &cs);
        long top = 0;
        for (size_t k = 0; k < nc; k++)
            top = cs[k].id > top ? cs[k].id : top;
        x->colour = xcalloc((size_t)top + 2, sizeof *x->colour);
        for (size_t k = 0; k < nc; k++)
            x->colour[cs[k].id] = k;
        free(cs);
    }
    add_nodes(x);
    add_edges(x);
    if (x->timeline)
        add_timeline(x);
    if (x->o->cluster == CLUSTER_COMMUNITY || x->o->cluster == CLUSTER_ORGAN)
        add_clusters(x);
    if (!x->o->no_legend)
        add_legend(x);
    return G;
}

static char *join(const char *dir, const char *name)
{
    struct buf b = BUF_INIT;
    buf_printf(&b, "%s%s%s", dir, dir[0] && dir[strlen(dir) - 1] != '/' ? "/" : "", name);
    return buf_detach(&b);
}

/* Writes one file through fn(ctx, fp); returns 0 or -1 after reporting. */
static int write_file(const char *dir, const char *name, int (*fn)(void *ctx, FILE *fp),
                      void *ctx)
{
    char *path = join(dir, name);
    struct outfile of;
    int rc = 0;
    if (outfile_open(&of, path) != 0) {
        rc = -1;
    } else if (fn(ctx, of.fp) != 0) {
        outfile_abort(&of);
        diag_error(path, 0, "cannot write %s", name);
        rc = -1;
    } else if (outfile_commit(&of) != 0) {
        rc = -1;
    }
    free(path);
    return rc;
}

static int write_dot(void *ctx, FILE *fp) { return agwrite(ctx, fp) != 0 ? -1 : 0; }

static int write_layout(void *ctx, FILE *fp) { return emit_layout_json(ctx, fp); }

/* The laid-out positions as plain data; free l->nodes, l->edges and each edge's points. */
static void get_layout(const struct build *x, const char *engine, struct layout *l)
{
    boxf bb = GD_bb(x->G);
    l->engine = engine;
    l->width = bb.UR.x - bb.LL.x;
    l->height = bb.UR.y - bb.LL.y;
    l->nnodes = x->g->nnodes;
    l->nodes = xmalloc((l->nnodes + 1) * sizeof *l->nodes);
    for (size_t i = 0; i < l->nnodes; i++) {
        Agnode_t *v = x->nodes[i];
        pointf c = ND_coord(v);
        l->nodes[i] = (struct layout_node){x->g->nodes[i].id, c.x - bb.LL.x, bb.UR.y - c.y,
                                           ND_width(v) * 72, ND_height(v) * 72};
    }
    l->nedges = x->g->nedges;
    l->edges = xmalloc((l->nedges + 1) * sizeof *l->edges);
    for (size_t i = 0; i < l->nedges; i++) {
        const struct gedge *e = &x->g->edges[i];
        struct layout_edge *le = &l->edges[i];
        *le = (struct layout_edge){x->g->nodes[e->from].id, x->g->nodes[e->to].id,
                                   edge_type_name(e->type), e->weight, NULL, 0};
        const splines *spl = ED_spl(x->edges[i]);
        size_t n = spl && spl->size > 0 ? (size_t)spl->list[0].size : 0;
        le->points = xmalloc((2 * n + 1) * sizeof *le->points);
        le->npoints = n;
        for (size_t k = 0; k < n; k++) {
            le->points[2 * k] = spl->list[0].list[k].x - bb.LL.x;
            le->points[2 * k + 1] = bb.UR.y - spl->list[0].list[k].y;
        }
    }
}

static void free_layout(struct layout *l)
{
    for (size_t i = 0; i < l->nedges; i++)
        free(l->edges[i].points);
    free(l->edges);
    free(l->nodes);
}

char *dot_layout_engines(void)
{
    GVC_t *gvc = gvContext();
    int n = 0;
    char **names = gvPluginList(gvc, "layout", &n, NULL);
    struct buf b = BUF_INIT;
    buf_adds(&b, "");
    for (int i = 0; i < n; i++) {
        buf_printf(&b, "%s%s", i ? ", " : "", names[i]);
        free(names[i]);
    }
    free(names);
    gvFreeContext(gvc);
    return buf_detach(&b);
}

int dot_engine_known(const char *engines, const char *name)
{
    size_t n = strlen(name);
    for (const char *p = engines; *p;) {
        size_t k = strcspn(p, ",");
        if (k == n && strncmp(p, name, n) == 0)
            return n > 0;
        p += k;
        p += strspn(p, ", ");
    }
    return 0;
}

static int render(struct build *x, const char *engine, const char *dir)
{
    int rc = 0;
    /* a long render says what it is doing (stderr, unless -q) */
    int progress = x->g->nnodes > DOT_MAX_NODES;
    double t0 = clock_seconds();
    if (progress)
        diag_note("diagram: laying out %zu nodes and %zu links with %s...", x->g->nnodes,
                  x->g->nedges, engine);
    GVC_t *gvc = gvContext();
    if (gvLayout(gvc, x->G, engine) != 0) {
        diag_error(NULL, 0, "graphviz: layout with '%s' failed", engine);
        gvFreeContext(gvc);
        return -1;
    }
    if (progress && x->timeline)
        diag_note("diagram: %.1f s, placing the years...", clock_seconds() - t0);
    if (x->timeline && retime(x, gvc) != 0) {
        gvFreeContext(gvc);
        return -1;
    }
    if (x->o->want_layout) {
        struct layout l;
        get_layout(x, engine, &l);
        rc = write_file(dir, "layout.json", write_layout, &l);
        free_layout(&l);
    }
    for (int i = 0; i < 4 && x->o->render[i] && rc == 0; i++) {
        struct buf name = BUF_INIT;
        buf_printf(&name, "graph.%s", x->o->render[i]);
        char *path = join(dir, name.data);
        buf_release(&name);
        struct outfile of;
        if (progress)
            diag_note("diagram: %.1f s, rendering %s...", clock_seconds() - t0, path);
        if (outfile_open_path(&of, path) != 0) {
            rc = -1;
        } else if (gvRenderFilename(gvc, x->G, x->o->render[i], of.tmp) != 0) {
            diag_error(path, 0, "graphviz cannot render '%s' (is the graphviz "
                       "package installed?)", x->o->render[i]);
            outfile_abort(&of);
            rc = -1;
        } else if (outfile_commit(&of) != 0) {
            rc = -1;
        }
        free(path);
    }
    if (progress)
        diag_note("diagram: done in %.1f s", clock_seconds() - t0);
    gvFreeLayout(gvc, x->G);
    gvFreeContext(gvc);
    return rc;
}

int emit_dot(const struct graph *g, const char *dir, const struct dot_options *o)
{
    struct build x = {0};
    struct graph *top = NULL;
    if (g->nnodes > DOT_MAX_DRAWN) {
        /* a diagram of more nodes cannot be laid out or read: the highest by PageRank */
        struct subgraph_options so;
        subgraph_options_init(&so);
        so.top = DOT_MAX_DRAWN;
        so.by = M_PAGERANK;
        top = subgraph_select(g, &so);
        diag_warn(dir, 0, "the diagram holds the %d nodes of highest PageRank of %zu "
                  "(choose others with --top, --focus, ...)", DOT_MAX_DRAWN, g->nnodes);
        g = top;
    }
    x.g = g;
    x.o = o;
    const char *engine = o->engine ? o->engine : g->nnodes > DOT_MAX_NODES ? "sfdp" : "dot";
    x.sfdp = strcmp(engine, "sfdp") == 0;
    x.points = x.sfdp && g->nnodes > DOT_MAX_LABELS;
    if (strcmp(engine, "dot") == 0 && !o->no_timeline) {
        int *years;
        x.timeline = timeline_years(g, &years) >= 2;
        free(years);
    }
    build(&x);
    int rc = 0;
    if (o->want_dot)
        rc = write_file(dir, "graph.dot", write_dot, x.G);
    if ((o->render[0] || o->want_layout) && rc == 0)
        rc = render(&x, engine, dir);
    agclose(x.G);
    graph_free(top);
    free(x.nodes);
    free(x.edges);
    free(x.scale);
    free(x.colour);
    buf_release(&x.b);
    buf_release(&x.t);
    return rc;
}
