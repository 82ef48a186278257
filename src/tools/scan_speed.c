/* scan_speed: the speed of the two scanner passes alone (docs/bench.md): reads FILE...,
 * folds each as unxref does, and times scan_hits_find (refs' candidates) and gazetteer_hits
 * (the aliases) in language LANG, in CPU seconds. Build: make build/scan_speed.
 * Usage: build/scan_speed LANG FILE... */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "gazetteer.h"
#include "lang.h"
#include "normalize.h"
#include "scan.h"
#include "util.h"

static double cpu(void)
{
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

int main(int argc, char **argv)
{
    const struct lang *L = argc > 2 ? lang_get(argv[1]) : NULL;
    struct gazetteer *g = gazetteer_builtin();
    if (!L || !g) {
        fputs("usage: scan_speed LANG FILE...\n", stderr);
        return 2;
    }
    double t_refs = 0, t_names = 0, bytes = 0;
    size_t nrefs = 0, nnames = 0;
    struct scan_hits h = {0};
    struct gz_hits gh = {0};
    for (int i = 2; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        struct buf b = {0};
        char chunk[65536];
        size_t k;
        while (f && (k = fread(chunk, 1, sizeof chunk, f)) > 0)
            buf_add(&b, chunk, k);
        if (f)
            fclose(f);
        struct ntext t;
        struct norm_error err;
        if (!f || normalize_text(b.data, b.len, NORM_PAGES, &t, &err) != NORM_OK) {
            fprintf(stderr, "scan_speed: %s: cannot read\n", argv[i]);
            buf_release(&b);
            continue;
        }
        double t0 = cpu();
        scan_hits_find(L->table, (struct text){t.s, t.len}, &h);
        double t1 = cpu();
        gazetteer_hits(g, L, t.s, t.len, &gh);
        double t2 = cpu();
        t_refs += t1 - t0, t_names += t2 - t1, bytes += (double)t.len;
        nrefs += h.n, nnames += gh.n;
        ntext_release(&t);
        buf_release(&b);
    }
    printf("%.1f MB folded: candidates %.0f MB/s (%zu), aliases %.0f MB/s (%zu)\n", bytes / 1e6,
           bytes / 1e6 / t_refs, nrefs, bytes / 1e6 / t_names, nnames);
    scan_hits_free(&h);
    free(gh.v);
    gazetteer_free(g);
    return 0;
}
