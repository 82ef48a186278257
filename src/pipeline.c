/* pipeline: read and extract every input; deliver in order (see pipeline.h). */
#include "pipeline.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"
#include "pdf.h"
#include "util.h"

/* A PDF's bytes (named .pdf, or starting "%PDF-") become its text (pdf.h). */
/* The text of one input: a PDF's through poppler (*pdf = 1); a text file of several parts
 * mapped (returns 1: its pages go back as they are searched and the mentions carry their
 * own bytes, so the sink gets no text); else the file read whole (0). -1: *why. */
static int read_input(const char *path, char **text, size_t *n, const char **why, int *pdf)
{
    *pdf = 0;
    int named_pdf = pdf_is_pdf_path(path);
    int got = named_pdf ? input_read(path, text, n, why) : input_map(path, DOC_CHUNK, text, n, why);
    if (got < 0)
        return -1;
    if (!named_pdf && (*n < 5 || memcmp(*text, "%PDF-", 5) != 0))
        return got;
    if (got == 1) { /* a big PDF not named so: poppler reads it from memory */
        input_unmap(*text, *n);
        if (input_read(path, text, n, why) != 0)
            return -1;
    }
    *pdf = 1;
    char *t;
    size_t len;
    int rc = pdf_to_text(*text, *n, &t, &len, why);
    free(*text);
    *text = t;
    *n = len;
    return rc;
}

/* Reads and extracts one input into d. Returns the text or NULL. Thread-safe: reports
 * nothing (the delivering thread does, in order). */
static char *one(const struct pipeline_options *po, const char *path, struct doc *d,
                 size_t *bytes)
{
    char *text;
    size_t n;
    const char *why;
    int pdf;
    *bytes = 0;
    int got = read_input(path, &text, &n, &why, &pdf);
    if (got < 0) {
        doc_fail(d, path, 0, why);
        text = NULL;
    } else if (n == 0) {
        doc_fail(d, path, 0, "empty file");
    } else {
        struct doc_options o = {po->lang, po->gaz, NULL, 0, got == 1};
        if (po->symbol && po->symbol_path && strcmp(path, po->symbol_path) == 0)
            o.symbol = po->symbol;
        doc_extract_with(d, path, text, n, &o);
        d->from_pdf = pdf;
        if (got == 1) {
            input_unmap(text, n);
            *bytes = n;
            return NULL;
        }
    }
    *bytes = text ? n : 0;
    return text;
}

/* ---- progress on a terminal ---- */

struct progress {
    int on;
    size_t files, done;
    double total_mb, done_mb, t0, last;
};

static void progress_start(struct progress *pg, const struct pipeline_options *po,
                           const struct input_list *inputs)
{
    memset(pg, 0, sizeof *pg);
    pg->on = po->progress && isatty(STDERR_FILENO);
    if (!pg->on)
        return;
    pg->files = inputs->n;
    for (size_t i = 0; i < inputs->n; i++) {
        struct stat s;
        if (strcmp(inputs->paths[i], "-") != 0 && stat(inputs->paths[i], &s) == 0)
            pg->total_mb += (double)s.st_size / 1e6;
    }
    pg->t0 = pg->last = clock_seconds();
}

static void progress_step(struct progress *pg, size_t bytes, int last)
{
    if (!pg->on)
        return;
    pg->done++;
    pg->done_mb += (double)bytes / 1e6;
    double t = clock_seconds();
    if (!last && t - pg->last < 0.25)
        return;
    pg->last = t;
    double el = t - pg->t0, rate = el > 0 ? pg->done_mb / el : 0;
    double eta = rate > 0 && pg->total_mb > pg->done_mb ? (pg->total_mb - pg->done_mb) / rate : 0;
    fprintf(stderr, "\r\033[Kunxref: %zu/%zu files, %.1f/%.1f MB, %.1f MB/s, ETA %.0f s",
            pg->done, pg->files, pg->done_mb, pg->total_mb, rate, eta);
    if (last)
        fputc('\n', stderr);
}

/* ---- delivery ---- */

struct slot {
    struct doc d;
    char *text;
    size_t bytes;
    int ready;
};

static void deliver(struct slot *s, doc_sink sink, void *ctx,
                    struct pipeline_stats *st, struct progress *pg, int last)
{
    if (s->d.error) {
        diag_error(s->d.path, s->d.error_line, "%s", s->d.error);
        st->failed++;
    } else {
        st->ok++;
        for (int i = 0; i < s->d.nwarn; i++)
            diag_warn(s->d.path, 0, "%s", s->d.warn[i]);
    }
    sink(ctx, &s->d, s->text);
    progress_step(pg, s->bytes, last);
    doc_release(&s->d);
    free(s->text);
    s->text = NULL;
    s->ready = 0;
}

/* Worker threads fill a ring of window slots; slot i % window holds input i once ready.
 * A worker takes input `next` only when it is less than `delivered + window`. */
struct shared {
    const struct pipeline_options *po;
    const struct input_list *inputs;
    struct slot *ring;
    size_t window, next, delivered;
    pthread_mutex_t mu;
    pthread_cond_t can_take, done;
};

static void *worker(void *arg)
{
    struct shared *sh = arg;
    pthread_mutex_lock(&sh->mu);
    for (;;) {
        while (sh->next < sh->inputs->n && sh->next >= sh->delivered + sh->window)
            pthread_cond_wait(&sh->can_take, &sh->mu);
        if (sh->next >= sh->inputs->n)
            break;
        size_t i = sh->next++;
        pthread_mutex_unlock(&sh->mu);
        struct slot s;
        s.text = one(sh->po, sh->inputs->paths[i], &s.d, &s.bytes);
        s.ready = 1;
        pthread_mutex_lock(&sh->mu);
        sh->ring[i % sh->window] = s;
        pthread_cond_broadcast(&sh->done);
    }
    pthread_mutex_unlock(&sh->mu);
    return NULL;
}

static void run_serial(const struct pipeline_options *po, const struct input_list *inputs,
                       doc_sink sink, void *ctx, struct pipeline_stats *st,
                       struct progress *pg)
{
    for (size_t i = 0; i < inputs->n; i++) {
        struct slot s;
        s.text = one(po, inputs->paths[i], &s.d, &s.bytes);
        deliver(&s, sink, ctx, st, pg, i + 1 == inputs->n);
    }
}

int pipeline_default_jobs(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > 256 ? 256 : (int)n;
}

void pipeline_run(const struct pipeline_options *po, const struct input_list *inputs,
                  doc_sink sink, void *ctx, struct pipeline_stats *st)
{
    struct progress pg;
    progress_start(&pg, po, inputs);
    size_t jobs = (size_t)(po->jobs > 0 ? po->jobs : pipeline_default_jobs());
    if (jobs > inputs->n)
        jobs = inputs->n;
    if (jobs <= 1) {
        run_serial(po, inputs, sink, ctx, st, &pg);
        return;
    }
    struct shared sh = {po, inputs, NULL, jobs * 8, 0, 0};
    sh.ring = xcalloc(sh.window, sizeof *sh.ring);
    pthread_mutex_init(&sh.mu, NULL);
    pthread_cond_init(&sh.can_take, NULL);
    pthread_cond_init(&sh.done, NULL);
    pthread_t *tid = xmalloc(jobs * sizeof *tid);
    size_t started = 0;
    for (; started < jobs; started++)
        if (pthread_create(&tid[started], NULL, worker, &sh) != 0)
            break;
    if (started == 0) { /* no thread could start: do the work here */
        free(tid);
        free(sh.ring);
        run_serial(po, inputs, sink, ctx, st, &pg);
        return;
    }
    for (size_t i = 0; i < inputs->n; i++) {
        struct slot *s = &sh.ring[i % sh.window];
        pthread_mutex_lock(&sh.mu);
        while (!s->ready)
            pthread_cond_wait(&sh.done, &sh.mu);
        pthread_mutex_unlock(&sh.mu);
        deliver(s, sink, ctx, st, &pg, i + 1 == inputs->n);
        pthread_mutex_lock(&sh.mu);
        sh.delivered = i + 1;
        pthread_cond_broadcast(&sh.can_take);
        pthread_mutex_unlock(&sh.mu);
    }
    for (size_t t = 0; t < started; t++)
        pthread_join(tid[t], NULL);
    pthread_cond_destroy(&sh.done);
    pthread_cond_destroy(&sh.can_take);
    pthread_mutex_destroy(&sh.mu);
    free(tid);
    free(sh.ring);
}
