/* plots: the charts of `unxref stats --plots DIR` through gnuplot (see plots.h). */
#include "plots.h"

#include <errno.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "diag.h"
#include "outfile.h"
#include "util.h"

extern char **environ;

#define FONT "Noto Sans CJK SC"
#define COLOR "#4a6fa5"
enum { LABEL_MAX = 48, NFORMATS = 3, NPLOTS = 4 };

const char *const plot_names[] = {"citations-per-year", "citation-age",
                                  "in-degree-distribution", "most-cited", NULL};

/* gnuplot terminals: width and height in pixels (PDF: hundredths of an inch) */
static const struct {
    const char *ext, *terminal;
} formats[NFORMATS] = {
    {"svg", "svg size %d,%d dynamic font '" FONT ",11' background '#ffffff'"},
    {"png", "pngcairo size %d,%d font '" FONT ",10' background '#ffffff'"},
    {"pdf", "pdfcairo size %d/100.0,%d/100.0 font '" FONT ",9'"},
};

/* A string in gnuplot's single quotes ('' is a quote). */
static void gp_quoted(struct buf *b, const char *s)
{
    buf_addc(b, '\'');
    for (; *s; s++) {
        if (*s == '\'')
            buf_addc(b, '\'');
        if ((unsigned char)*s >= 0x20)
            buf_addc(b, *s);
    }
    buf_addc(b, '\'');
}

/* A label for a data block: in double quotes, none inside, cut after LABEL_MAX
 * characters (UTF-8) with an ellipsis. */
static void gp_label(struct buf *b, const char *s)
{
    size_t chars = 0;
    buf_addc(b, '"');
    for (; *s; s++) {
        if ((*s & 0xC0) != 0x80 && ++chars > LABEL_MAX) {
            buf_adds(b, "…");
            break;
        }
        buf_addc(b, *s == '"' ? '\'' : (unsigned char)*s < 0x20 ? ' ' : *s);
    }
    buf_addc(b, '"');
}

/* One chart: its data block and settings (script) and the plot command, for each
 * terminal at width × height. */
struct chart {
    struct buf script;
    const char *plot;
    int width, height;
};

static void chart_frame(struct chart *c, const char *title, const char *xlabel,
                        const char *ylabel)
{
    buf_adds(&c->script, "reset\nset termoption noenhanced\nset title ");
    gp_quoted(&c->script, title);
    buf_adds(&c->script, "\nset xlabel ");
    gp_quoted(&c->script, xlabel);
    buf_adds(&c->script, "\nset ylabel ");
    gp_quoted(&c->script, ylabel);
    buf_adds(&c->script, "\nset border 3\nset tics nomirror out\nset grid ytics lc '#dddddd'\n"
                         "set style fill solid 0.85 noborder\nunset key\n");
}

/* Counts are whole: with a small maximum, one tic per unit (not 0.5, 1.5 …). */
static void whole_tics(struct chart *c, const char *axis, long max)
{
    if (max < 10)
        buf_printf(&c->script, "set %stics 1\n", axis);
}

/* With no data: an empty frame that says so. */
static int no_data(struct chart *c, size_t n)
{
    if (n > 0)
        return 0;
    buf_adds(&c->script, "set label 1 'no data' at graph 0.5,0.5 center\n"
                         "set xrange [0:1]\nset yrange [0:1]\n");
    c->plot = "plot -1";
    return 1;
}

/* Counts as boxes, one per key: citations per year, citation age. */
static void counts_chart(struct chart *c, const struct year_count *v, size_t n, int years)
{
    c->width = 900, c->height = 500;
    chart_frame(c, years ? "Citations per citing year (links between resolutions)"
                         : "Citation age: citing year minus the cited resolution's year",
                years ? "year of the citing text" : "age in years", "citations");
    if (no_data(c, n))
        return;
    buf_adds(&c->script, "$data << EOD\n");
    long max = 0;
    for (size_t i = 0; i < n; i++) {
        buf_printf(&c->script, "%d %ld\n", v[i].year, v[i].n);
        max = v[i].n > max ? v[i].n : max;
    }
    buf_printf(&c->script, "EOD\nset xrange [%d:%d]\nset yrange [0:%ld]\nset boxwidth 0.8\n"
                           "set xtics out\n",
               v[0].year - 1, v[n - 1].year + 1, max + max / 10 + 1);
    whole_tics(c, "y", max);
    c->plot = "plot $data using 1:2 with boxes lc rgb '" COLOR "'";
}

/* Nodes by in-degree k ≥ 1, on log-log axes. */
static void degree_chart(struct chart *c, const struct graph *g)
{
    c->width = 700, c->height = 500;
    chart_frame(c, "In-degree distribution (log-log)", "in-degree k: links into a node",
                "nodes with in-degree k");
    long kmax = 0;
    for (size_t i = 0; i < g->nnodes; i++)
        kmax = g->nodes[i].in_degree > kmax ? g->nodes[i].in_degree : kmax;
    long *count = xcalloc((size_t)kmax + 2, sizeof *count), nmax = 0;
    size_t n = 0;
    for (size_t i = 0; i < g->nnodes; i++)
        count[g->nodes[i].in_degree]++;
    for (long k = 1; k <= kmax; k++)
        n += count[k] > 0;
    if (!no_data(c, n)) {
        buf_adds(&c->script, "$data << EOD\n");
        for (long k = 1; k <= kmax; k++)
            if (count[k] > 0) {
                buf_printf(&c->script, "%ld %ld\n", k, count[k]);
                nmax = count[k] > nmax ? count[k] : nmax;
            }
        buf_printf(&c->script, "EOD\nset logscale xy\nset xrange [0.8:%g]\nset yrange [0.8:%g]\n"
                               "set grid xtics ytics lc '#dddddd'\n",
                   (double)kmax * 1.3, (double)nmax * 1.3);
        c->plot = "plot $data using 1:2 with points pt 7 ps 0.8 lc rgb '" COLOR "'";
    }
    free(count);
}

/* The most cited nodes (in-degree) as horizontal bars, the first on top. */
static void top_chart(struct chart *c, const struct stats_report *r)
{
    const struct graph *g = r->g;
    size_t n = 0;
    while (n < r->ntop && g->nodes[r->by_in_degree[n]].in_degree > 0)
        n++;
    c->width = 900, c->height = 140 + 22 * (int)(n ? n : 1);
    struct buf title = BUF_INIT;
    buf_printf(&title, "Most cited: the %zu nodes of highest in-degree", n);
    chart_frame(c, title.data, "in-degree: links into the node", "");
    buf_release(&title);
    if (no_data(c, n))
        return;
    buf_adds(&c->script, "$data << EOD\n");
    for (size_t i = 0; i < n; i++) {
        const struct gnode *v = &g->nodes[r->by_in_degree[i]];
        int symbol = v->kind == NK_RESOLUTION || v->kind == NK_DOCUMENT;
        buf_printf(&c->script, "%zu %ld ", i, v->in_degree);
        gp_label(&c->script, symbol || !v->label ? v->id : v->label);
        buf_addc(&c->script, '\n');
    }
    long max = g->nodes[r->by_in_degree[0]].in_degree;
    buf_printf(&c->script, "EOD\nset yrange [%zu.4:-0.6]\nset xrange [0:%ld]\n"
                           "set ytics scale 0\nset grid noytics xtics lc '#dddddd'\n",
               n - 1, max + max / 10 + 1);
    whole_tics(c, "x", max);
    c->plot = "plot $data using 2:1:(0):2:($1-0.4):($1+0.4):ytic(3) with boxxyerror "
              "lc rgb '" COLOR "'";
}

static int no_gnuplot(const char *dir, const char *why)
{
    diag_error(dir, 0, "cannot draw the charts: %s (gnuplot draws them: install the "
               "gnuplot-nox package, e.g. with scripts/install-deps.sh)", why);
    return -1;
}

/* Runs gnuplot on script; returns 0, or -1 after reporting. */
static int run_gnuplot(const char *dir, const struct buf *script)
{
    int fd[2];
    if (pipe(fd) != 0) {
        diag_error(dir, 0, "cannot start gnuplot: %s", strerror(errno));
        return -1;
    }
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, fd[0], STDIN_FILENO);
    posix_spawn_file_actions_addclose(&fa, fd[0]);
    posix_spawn_file_actions_addclose(&fa, fd[1]);
    char *argv[] = {(char *)"gnuplot", (char *)"-d", NULL};
    pid_t pid;
    int err = posix_spawnp(&pid, "gnuplot", &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    close(fd[0]);
    if (err != 0) {
        close(fd[1]);
        return no_gnuplot(dir, err == ENOENT ? "gnuplot not found" : strerror(err));
    }
    /* a gnuplot that dies early must not kill us with SIGPIPE */
    struct sigaction ign = {.sa_handler = SIG_IGN}, old;
    sigaction(SIGPIPE, &ign, &old);
    size_t off = 0;
    while (off < script->len) {
        ssize_t w = write(fd[1], script->data + off, script->len - off);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            break;
        off += (size_t)w;
    }
    close(fd[1]);
    sigaction(SIGPIPE, &old, NULL);
    int status;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR) {
            status = -1;
            break;
        }
    /* 127: the exec failed in the child (posix_spawn without CLONE_VFORK, e.g. valgrind) */
    if (status != -1 && WIFEXITED(status) && WEXITSTATUS(status) == 127)
        return no_gnuplot(dir, "gnuplot not found");
    if (status != 0 || off < script->len) {
        diag_error(dir, 0, "gnuplot failed (%s %d); no chart written",
                   status != -1 && WIFSIGNALED(status) ? "signal" : "exit status",
                   status == -1 ? -1 : WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status));
        return -1;
    }
    return 0;
}

int plots_write(const struct stats_report *r, const char *dir)
{
    struct chart charts[NPLOTS];
    memset(charts, 0, sizeof charts);
    counts_chart(&charts[0], r->per_year, r->nper_year, 1);
    counts_chart(&charts[1], r->ages, r->nages, 0);
    degree_chart(&charts[2], r->g);
    top_chart(&charts[3], r);
    struct outfile out[NPLOTS * NFORMATS];
    struct buf all = BUF_INIT, path = BUF_INIT;
    size_t nout = 0;
    int rc = 0;
    for (int p = 0; p < NPLOTS && rc == 0; p++) {
        buf_add(&all, charts[p].script.data, charts[p].script.len);
        for (int f = 0; f < NFORMATS; f++) {
            path.len = 0;
            buf_printf(&path, "%s%s%s.%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/",
                       plot_names[p], formats[f].ext);
            if (outfile_open_path(&out[nout], path.data) != 0) {
                rc = -1;
                break;
            }
            buf_adds(&all, "set terminal ");
            buf_printf(&all, formats[f].terminal, charts[p].width, charts[p].height);
            buf_adds(&all, "\nset output ");
            gp_quoted(&all, out[nout++].tmp);
            buf_printf(&all, "\n%s\nset output\n", charts[p].plot);
        }
    }
    if (rc == 0)
        rc = run_gnuplot(dir, &all);
    for (size_t i = 0; i < nout; i++) {
        struct stat st;
        if (rc == 0 && (stat(out[i].tmp, &st) != 0 || st.st_size == 0)) {
            diag_error(out[i].path, 0, "gnuplot wrote nothing");
            rc = -1;
        }
    }
    for (size_t i = 0; i < nout; i++)
        if (rc == 0) {
            if (outfile_commit(&out[i]) != 0)
                rc = -1;
        } else {
            outfile_abort(&out[i]);
        }
    for (int p = 0; p < NPLOTS; p++)
        buf_release(&charts[p].script);
    buf_release(&all);
    buf_release(&path);
    return rc;
}
