/* main: options → inputs → pipeline (per-document extraction) → outputs → exit code.
 * The only place that chooses an exit status (see cli.h). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "analyze.h"
#include "cli.h"
#include "diag.h"
#include "doc.h"
#include "emit_dot.h"
#include "emit_json.h"
#include "gazetteer.h"
#include "graph.h"
#include "input.h"
#include "outfile.h"
#include "pipeline.h"
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

/* graph.json and the Graphviz outputs of g (the full graph or a selection) */
static int write_outputs(const struct options *o, const struct graph *g)
{
    int rc = 0;
    if (make_dir(o->output) != 0)
        return -1;
    if (o->formats & FMT_JSON) {
        struct buf path = BUF_INIT;
        buf_printf(&path, "%s/graph.json", o->output);
        struct outfile of;
        if (outfile_open(&of, path.data) != 0)
            rc = -1;
        else if (emit_graph_json(g, of.fp) != 0)
            outfile_abort(&of), rc = -1, diag_error(path.data, 0, "cannot write JSON");
        else if (outfile_commit(&of) != 0)
            rc = -1;
        buf_release(&path);
    }
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
    if ((dopt.want_dot || dopt.want_layout || k) && emit_dot(g, o->output, &dopt) != 0)
        rc = -1;
    return rc;
}

static int write_graph(const struct options *o, struct graph *full)
{
    int rc = 0;
    graph_sort(full);
    if (analyze_metrics(full) != 0)
        return -1;
    /* the selection keeps the metrics of the full graph */
    struct graph *sel = subgraph_active(&o->select) ? subgraph_select(full, &o->select) : NULL;
    if (subgraph_active(&o->select) && !sel)
        return -1;
    rc = write_outputs(o, sel ? sel : full);
    graph_free(sel);
    return rc;
}

static int cmd_extract(const struct options *o, const struct pipeline_options *po,
                       const struct input_list *inputs, struct pipeline_stats *st)
{
    struct outfile out;
    if (outfile_open(&out, o->output) != 0)
        return -1;
    struct extract_writer *w = extract_writer_new(out.fp);
    pipeline_run(po, inputs, extract_sink, w, st);
    extract_writer_finish(w);
    return outfile_commit(&out);
}

static int cmd_graph(const struct options *o, const struct pipeline_options *po,
                     const struct input_list *inputs, struct pipeline_stats *st)
{
    struct graph *g = graph_new();
    double t0 = clock_seconds();
    pipeline_run(po, inputs, graph_sink, g, st);
    double t1 = clock_seconds();
    int rc;
    if (st->ok == 0) {
        diag_error(NULL, 0, "no document could be read; nothing written to '%s'", o->output);
        rc = -1;
    } else {
        rc = write_graph(o, g);
    }
    if (getenv("UNXREF_TIMINGS")) /* for make bench */
        diag_note("timings: read+extract+graph %.3f s, metrics+outputs %.3f s", t1 - t0,
                  clock_seconds() - t1);
    graph_free(g);
    return rc;
}

int main(int argc, char **argv)
{
    struct options o;
    int rc = cli_parse(argc, argv, &o);
    if (rc >= 0)
        return rc;
    diag_set_quiet(o.quiet);
    analyze_init();
    struct gazetteer *gaz = load_gazetteer(o.gazetteer);
    if (!gaz)
        return EXIT_INPUT;
    struct pipeline_stats st = {0, 0};
    struct input_list inputs = {0};
    for (int i = 0; i < o.npaths; i++)
        if (input_expand(o.paths[i], &inputs) != 0)
            st.failed++;
    struct pipeline_options po = {o.lang, gaz, o.jobs, !o.quiet};
    int out_rc = o.cmd == CMD_EXTRACT ? cmd_extract(&o, &po, &inputs, &st)
                                      : cmd_graph(&o, &po, &inputs, &st);
    input_list_release(&inputs);
    gazetteer_free(gaz);
    return (st.failed || out_rc != 0) ? EXIT_INPUT : EXIT_OK;
}
