/* Unit tests: the charts of a hand-made graph (tests/unit/handmade.h) drawn by gnuplot —
 * every file written, one bar per citing year (2004: 2 citations, 2005: 3), one point per
 * in-degree, one bar per cited node, a label with double quotes kept legible, and nothing
 * left behind when gnuplot cannot run. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "handmade.h"
#include "harness.h"
#include "plots.h"
#include "stats.h"

static char dir[] = "/tmp/unxref-test-plots-XXXXXX";

/* The whole file dir/name, or "" (the caller frees it). */
static char *contents(const char *name)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    struct stat st;
    FILE *f = fopen(path, "rb");
    char *s = xcalloc(f && fstat(fileno(f), &st) == 0 ? (size_t)st.st_size + 1 : 1, 1);
    if (f) {
        if (fread(s, 1, (size_t)st.st_size, f) != (size_t)st.st_size)
            s[0] = 0;
        fclose(f);
    }
    return s;
}

static int occurrences(const char *name, const char *needle)
{
    char *s = contents(name);
    int n = 0;
    for (const char *p = s; (p = strstr(p, needle)) != NULL; p++)
        n++;
    free(s);
    return n;
}

static void clear(void)
{
    char path[256];
    for (int i = 0; plot_names[i]; i++)
        for (int k = 0; k < 3; k++) {
            snprintf(path, sizeof path, "%s/%s.%s", dir, plot_names[i],
                     k == 0 ? "svg" : k == 1 ? "png" : "pdf");
            unlink(path);
        }
}

int main(void)
{
    CHECK(mkdtemp(dir) != NULL);
    struct graph *g = handmade();
    free(g->nodes[H_CTC].label);
    g->nodes[H_CTC].label = xstrdup("The \"CTC\"");
    struct stats_report r;
    CHECK(stats_compute(g, 10, &r) == 0);
    CHECK(plots_write(&r, dir) == 0);
    char name[128];
    for (int i = 0; plot_names[i]; i++) {
        snprintf(name, sizeof name, "%s.svg", plot_names[i]);
        CHECK(occurrences(name, "</svg>") == 1);
        snprintf(name, sizeof name, "%s.png", plot_names[i]);
        CHECK(occurrences(name, "PNG") >= 1);
        snprintf(name, sizeof name, "%s.pdf", plot_names[i]);
        CHECK(occurrences(name, "%PDF-") == 1);
    }
    CHECK_INT(occurrences("citations-per-year.svg", "<polygon"), 2);
    /* citation age: 2004−2001, 2004−2003, 2005−2003, 2005−2004, 2005−2001 → ages 1, 2, 3, 4 */
    CHECK_INT(occurrences("citation-age.svg", "<polygon"), 4);
    /* in-degrees: S1 2, S3 2, S4 1, ctc 1 → k = 1 and 2 */
    CHECK_INT(occurrences("in-degree-distribution.svg", "<use xlink:href='#gpPt6' transform="), 2);
    CHECK_INT(occurrences("most-cited.svg", "<polygon"), 4);
    CHECK(occurrences("most-cited.svg", "The 'CTC'") == 1);
    CHECK(occurrences("most-cited.svg", "S/RES/1 (2001)") == 1);
    clear();

    /* gnuplot not found: an error, no file */
    const char *path = getenv("PATH");
    char *saved = path ? xstrdup(path) : NULL;
    setenv("PATH", dir, 1);
    CHECK(plots_write(&r, dir) == -1);
    CHECK(occurrences("most-cited.svg", "svg") == 0);
    if (saved)
        setenv("PATH", saved, 1);
    free(saved);
    CHECK(rmdir(dir) == 0);   /* nothing left behind, temporary files included */
    stats_release(&r);
    graph_free(g);
    return h_done("plots");
}
