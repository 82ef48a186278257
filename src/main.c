/* main: options → inputs → per-document extraction → outputs → exit code.
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

struct run {
    const struct options *o;
    struct gazetteer *gaz;
    struct extract_writer *writer; /* extract */
    struct graph *graph;           /* graph */
    size_t ok, failed;
};

static void process(struct run *r, const char *path)
{
    char *text;
    size_t n;
    const char *why;
    if (input_read(path, &text, &n, &why) != 0) {
        diag_error(path, 0, "cannot read: %s", why);
        if (r->writer)
            extract_writer_error(r->writer, path, 0, why);
        r->failed++;
        return;
    }
    struct doc d;
    if (n == 0) {
        diag_error(path, 0, "empty file");
        if (r->writer)
            extract_writer_error(r->writer, path, 0, "empty file");
        r->failed++;
        free(text);
        return;
    }
    doc_extract(&d, path, text, n, r->o->lang, r->gaz);
    if (d.error) {
        diag_error(path, d.error_line, "%s", d.error);
        if (r->writer)
            extract_writer_error(r->writer, path, d.error_line, d.error);
        r->failed++;
    } else {
        if (r->writer)
            extract_writer_doc(r->writer, &d, text);
        if (r->graph)
            graph_add_doc(r->graph, &d);
        r->ok++;
    }
    doc_release(&d);
    free(text);
}

static int write_graph(const struct options *o, struct graph *g)
{
    int rc = 0;
    graph_sort(g);
    if (analyze_metrics(g) != 0)
        return -1;
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
    struct dot_options dopt = {o->engine, (o->formats & FMT_DOT) != 0, {NULL}};
    int k = 0;
    if (o->formats & FMT_SVG)
        dopt.render[k++] = "svg";
    if (o->formats & FMT_PNG)
        dopt.render[k++] = "png";
    if (o->formats & FMT_PDF)
        dopt.render[k++] = "pdf";
    if ((dopt.want_dot || k) && emit_dot(g, o->output, &dopt) != 0)
        rc = -1;
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
    struct run r = {&o, load_gazetteer(o.gazetteer), NULL, NULL, 0, 0};
    if (!r.gaz)
        return EXIT_INPUT;

    struct input_list inputs = {0};
    for (int i = 0; i < o.npaths; i++)
        if (input_expand(o.paths[i], &inputs) != 0)
            r.failed++;

    struct outfile out = {0};
    int out_rc = 0;
    if (o.cmd == CMD_EXTRACT) {
        if (outfile_open(&out, o.output) != 0) {
            input_list_release(&inputs);
            gazetteer_free(r.gaz);
            return EXIT_INPUT;
        }
        r.writer = extract_writer_new(out.fp);
    } else {
        r.graph = graph_new();
    }
    for (size_t i = 0; i < inputs.n; i++)
        process(&r, inputs.paths[i]);

    if (r.writer) {
        extract_writer_finish(r.writer);
        out_rc = outfile_commit(&out);
    } else if (r.ok == 0) {
        diag_error(NULL, 0, "no document could be read; nothing written to '%s'", o.output);
        out_rc = -1;
    } else {
        out_rc = write_graph(&o, r.graph);
    }
    graph_free(r.graph);
    input_list_release(&inputs);
    gazetteer_free(r.gaz);
    return (r.failed || out_rc != 0) ? EXIT_INPUT : EXIT_OK;
}
