/* main: options → inputs → pipeline (per-document extraction) → outputs → exit code.
 * The only place that chooses an exit status (see cli.h). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "analyze.h"
#include "cli.h"
#include "crosslang.h"
#include "diag.h"
#include "doc.h"
#include "emit_dot.h"
#include "emit_formats.h"
#include "emit_html.h"
#include "emit_json.h"
#include "emit_tables.h"
#include "gazetteer.h"
#include "numbering.h"
#include "graph.h"
#include "input.h"
#include "outfile.h"
#include "pipeline.h"
#include "plots.h"
#include "read_json.h"
#include "refs.h"
#include "stats.h"
#include "subgraph.h"
#include "util.h"

static struct gazetteer *load_gazetteer(const char *path)
{
    if (!path)
        return gazetteer_builtin();
    char *text;
    size_t n;
    const char *why;
    if (input_read(path, &text, &n, &why) != 0) {
        diag_error(path, 0, "cannot read gazetteer: %s", why);
        return NULL;
    }
    struct gazetteer *g = gazetteer_load(text, n, path);
    free(text);
    return g;
}

/* --numbering FILE in place of the built-in table; 0 on success */
static int load_numbering(const char *path)
{
    char *text;
    size_t n;
    const char *why;
    long line;
    if (!path)
        return 0;
    if (input_read(path, &text, &n, &why) != 0) {
        diag_error(path, 0, "cannot read numbering table: %s", why);
        return -1;
    }
    int ok = numbering_load(text, n, &line, &why);
    free(text);
    if (!ok)
        diag_error(path, line, "%s", why);
    return ok ? 0 : -1;
}

/* mkdir -p */
static int make_dir(const char *dir)
{
    char *p = xstrdup(dir);
    for (char *s = p + 1;; s++) {
        if (*s == '/' || *s == 0) {
            char c = *s;
            *s = 0;
            if (mkdir(p, 0777) != 0 && errno != EEXIST) {
                diag_error(p, 0, "cannot create directory: %s", strerror(errno));
                free(p);
                return -1;
            }
            *s = c;
            if (!c)
                break;
        }
    }
    struct stat st;
    int ok = stat(dir, &st) == 0 && S_ISDIR(st.st_mode);
    if (!ok)
        diag_error(dir, 0, "not a directory");
    free(p);
    return ok ? 0 : -1;
}

/* extract: every document into the JSON writer */
static void extract_sink(void *ctx, const struct doc *d, const char *text)
{
    struct extract_writer *w = ctx;
    if (d->error)
        extract_writer_error(w, d->path, d->error_line, d->error);
    else
        extract_writer_doc(w, d, text);
}

/* graph: every document into the graph */
static void graph_sink(void *ctx, const struct doc *d, const char *text)
{
    (void)text;
    if (!d->error)
        graph_add_doc(ctx, d);
}

typedef int (*graph_writer)(const struct graph *g, FILE *fp);

/* Writes DIR/name with fn, whole or not at all. */
static int write_one(const char *dir, const char *name, graph_writer fn, const struct graph *g)
{
    struct buf path = BUF_INIT;
    struct outfile of;
    int rc = 0;
    double t = clock_seconds();
    buf_printf(&path, "%s/%s", dir, name);
    if (outfile_open(&of, path.data) != 0)
        rc = -1;
    else if (fn(g, of.fp) != 0)
        diag_error(path.data, 0, "write failed: %s", strerror(errno)), outfile_abort(&of),
            rc = -1;
    else if (outfile_commit(&of) != 0)
        rc = -1;
    diag_timing(name, &t);
    buf_release(&path);
    return rc;
}

/* the outputs of g (the whole graph or a selection, analysed) */
static int write_outputs(const struct options *o, const struct graph *g)
{
    static const struct {
        int fmt;
        const char *name;
        graph_writer fn;
    } tables[] = {{FMT_JSON, "graph.json", emit_graph_json},
                  {FMT_GRAPHML, "graph.graphml", emit_graphml},
                  {FMT_GEXF, "graph.gexf", emit_gexf},
                  {FMT_CSV, "nodes.csv", emit_csv_nodes},
                  {FMT_CSV, "edges.csv", emit_csv_edges},
                  {FMT_HTML, "graph.html", emit_html},
                  {FMT_CYJS, "graph.cyjs", emit_cyjs},
                  {FMT_PAJEK, "graph.net", emit_pajek},
                  {FMT_VOSVIEWER, "vosviewer_map.txt", emit_vos_map},
                  {FMT_VOSVIEWER, "vosviewer_network.txt", emit_vos_network}};
    int rc = 0;
    if (make_dir(o->output) != 0)
        return -1;
    for (size_t i = 0; i < sizeof tables / sizeof *tables; i++)
        if ((o->formats & tables[i].fmt) && write_one(o->output, tables[i].name, tables[i].fn, g))
            rc = -1;
    struct dot_options dopt = o->diagram;
    dopt.engine = o->engine;
    dopt.want_dot = (o->formats & FMT_DOT) != 0;
    dopt.want_layout = (o->formats & FMT_LAYOUT) != 0;
    int k = 0;
    if (o->formats & FMT_SVG)
        dopt.render[k++] = "svg";
    if (o->formats & FMT_PNG)
        dopt.render[k++] = "png";
    if (o->formats & FMT_PDF)
        dopt.render[k++] = "pdf";
    double t = clock_seconds();
    if ((dopt.want_dot || dopt.want_layout || k) && emit_dot(g, o->output, &dopt) != 0)
        rc = -1;
    if (dopt.want_dot || dopt.want_layout || k)
        diag_timing("diagram (DOT, layout, rendering)", &t);
    return rc;
}

static int write_graph(const struct options *o, struct graph *full)
{
    struct graph *g = analyze_selection(full, &o->select);
    if (!g)
        return -1;
    int rc = write_outputs(o, g);
    if (g != full)
        graph_free(g);
    return rc;
}

static int cmd_extract(const struct options *o, const struct pipeline_options *po,
                       const struct input_list *inputs, struct pipeline_stats *st)
{
    struct outfile out;
    if (outfile_open(&out, o->output) != 0)
        return -1;
    struct extract_writer *w = extract_writer_new(out.fp);
    double t = clock_seconds();
    pipeline_run(po, inputs, extract_sink, w, st);
    extract_writer_finish(w);
    int rc = outfile_commit(&out);
    diag_timing("read+extract+JSON", &t);
    return rc;
}

/* --from: every PATH is extract output or a graph.json */
static void read_json_inputs(const struct options *o, struct graph *g, struct pipeline_stats *st)
{
    for (int i = 0; i < o->npaths; i++) {
        char *text;
        size_t n;
        const char *why;
        if (input_read(o->paths[i], &text, &n, &why) != 0) {
            diag_error(o->paths[i], 0, "%s", why);
            st->failed++;
            continue;
        }
        if (read_json_into_graph(text, n, o->paths[i], g) < 0)
            st->failed++;
        else
            st->ok++;
        free(text);
    }
}

static struct graph *build_graph(const struct options *o, const struct pipeline_options *po,
                                 const struct input_list *inputs, struct pipeline_stats *st)
{
    struct graph *g = graph_new();
    g->cite_editorial = o->editorial;
    if (o->from_json)
        read_json_inputs(o, g, st);
    else
        pipeline_run(po, inputs, graph_sink, g, st);
    if (st->ok == 0) {
        diag_error(NULL, 0, "no document could be read%s%s%s",
                   o->output ? "; nothing written to '" : "", o->output ? o->output : "", o->output ? "'" : "");
        graph_free(g);
        return NULL;
    }
    crosslang_apply(g, o->keep_one_language);
    return g;
}

static int cmd_graph(const struct options *o, const struct pipeline_options *po,
                     const struct input_list *inputs, struct pipeline_stats *st)
{
    double t0 = clock_seconds(), t = t0;
    struct graph *g = build_graph(o, po, inputs, st);
    if (!g)
        return -1;
    diag_timing(o->from_json ? "read JSON+graph building" : "read+extract+graph building", &t);
    int rc = write_graph(o, g);
    graph_free(g);
    diag_timing("total", &t0);
    return rc;
}

static int cmd_stats(const struct options *o, const struct pipeline_options *po,
                     const struct input_list *inputs, struct pipeline_stats *st)
{
    struct graph *full = build_graph(o, po, inputs, st);
    if (!full)
        return -1;
    struct graph *g = analyze_selection(full, &o->select);
    struct stats_report r;
    struct outfile out;
    int rc = -1;
    if (g && stats_compute(g, o->list > 0 ? (size_t)o->list : 20, &r) == 0) {
        if (outfile_open(&out, o->output) == 0) {
            if (o->json && emit_stats_json(&r, out.fp) != 0) {
                diag_error(o->output ? o->output : "-", 0, "cannot write JSON");
                outfile_abort(&out);
            } else {
                if (!o->json)
                    stats_print(&r, out.fp);
                rc = outfile_commit(&out);
            }
        }
        /* the charts after the report: a missing gnuplot loses only them */
        if (o->plots && (make_dir(o->plots) != 0 || plots_write(&r, o->plots) != 0))
            rc = -1;
        stats_release(&r);
    }
    if (g != full)
        graph_free(g);
    graph_free(full);
    return rc;
}

/* stats on PATHs that are all *.json files reads them as JSON without --from */
static int all_json(const struct options *o)
{
    for (int i = 0; i < o->npaths; i++) {
        size_t n = strlen(o->paths[i]);
        struct stat st;
        if (n < 5 || strcmp(o->paths[i] + n - 5, ".json") != 0 || stat(o->paths[i], &st) != 0 ||
            !S_ISREG(st.st_mode))
            return 0;
    }
    return 1;
}

/* --symbol: the document it names — standard input when read, else the only input */
static int symbol_target(const struct options *o, const struct input_list *inputs,
                         struct pipeline_options *po)
{
    for (size_t i = 0; i < inputs->n; i++)
        if (strcmp(inputs->paths[i], "-") == 0)
            po->symbol_path = "-";
    if (!po->symbol_path && inputs->n == 1)
        po->symbol_path = inputs->paths[0];
    if (!po->symbol_path) {
        struct buf msg = BUF_INIT;
        buf_printf(&msg, "--symbol names one document: read it from - or give one file (%zu "
                         "inputs)", inputs->n);
        cli_usage_error(msg.data, NULL, NULL);
        buf_release(&msg);
        return -1;
    }
    po->symbol = o->symbol;
    return 0;
}

int main(int argc, char **argv)
{
    struct options o;
    int rc = cli_parse(argc, argv, &o);
    if (rc >= 0)
        return rc;
    diag_set_quiet(o.quiet);
    diag_set_timings(o.timings);
    analyze_configure(o.exact_limit, o.jobs);
    analyze_init();
    if (load_numbering(o.numbering) != 0 || refs_load_attribution(o.attribution) != 0)
        return EXIT_INPUT;
    struct gazetteer *gaz = load_gazetteer(o.gazetteer);
    if (!gaz)
        return EXIT_INPUT;
    struct html_options html = {o.diagram.link_lang, o.diagram.size, gaz};
    emit_html_configure(&html);
    struct pipeline_stats st = {0, 0};
    struct input_list inputs = {0};
    if (o.cmd == CMD_STATS && all_json(&o))
        o.from_json = 1;
    inputs.lang = strcmp(o.lang, "auto") != 0 ? o.lang : NULL;
    for (int i = 0; !o.from_json && i < o.npaths; i++)
        if (input_expand(o.paths[i], &inputs) != 0)
            st.failed++;
    input_list_sort(&inputs);
    if (inputs.other_lang)
        diag_note("%zu file%s named for other languages not read (--lang %s)",
                  inputs.other_lang, inputs.other_lang == 1 ? "" : "s", o.lang);
    struct pipeline_options po = {o.lang, gaz, o.jobs, !o.quiet, NULL, NULL};
    if (o.symbol[0] && symbol_target(&o, &inputs, &po) != 0) {
        input_list_release(&inputs);
        gazetteer_free(gaz);
        return EXIT_USAGE;
    }
    int out_rc = o.cmd == CMD_EXTRACT ? cmd_extract(&o, &po, &inputs, &st)
                 : o.cmd == CMD_GRAPH ? cmd_graph(&o, &po, &inputs, &st)
                                      : cmd_stats(&o, &po, &inputs, &st);
    input_list_release(&inputs);
    gazetteer_free(gaz);
    return (st.failed || out_rc != 0) ? EXIT_INPUT : EXIT_OK;
}
