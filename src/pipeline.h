/* pipeline: the inputs of one run → documents, each read and extracted and handed to a
 * consumer in input order. Failed inputs are reported here (diag) and handed on with
 * d->error set, so the consumer can record them. The only place that decides how
 * documents are scheduled: with jobs > 1, worker threads read and extract documents
 * ahead (a bounded window, so only a few texts are in memory at once) while the calling
 * thread hands them to the sink strictly in input order — output is the same for any
 * number of jobs. Progress (files, MB, rate, ETA) goes to stderr when it is a terminal. */
#ifndef UNXREF_PIPELINE_H
#define UNXREF_PIPELINE_H

#include <stddef.h>

#include "doc.h"
#include "gazetteer.h"
#include "input.h"

/* Called once per input, in input order, always from the calling thread. text is the
 * file's bytes (NULL when it could not be read, and for a file of several parts, whose
 * mentions carry their own bytes: m->text); both die after the call. */
typedef void (*doc_sink)(void *ctx, const struct doc *d, const char *text);

struct pipeline_stats {
    size_t ok, failed;
};

struct pipeline_options {
    const char *lang;            /* "auto" or a code */
    const struct gazetteer *gaz;
    int jobs;                    /* worker threads; 0 = one per online CPU */
    int progress;                /* show progress when stderr is a terminal */
    const char *symbol;          /* --symbol: the symbol of the input symbol_path */
    const char *symbol_path;
};

void pipeline_run(const struct pipeline_options *po, const struct input_list *inputs,
                  doc_sink sink, void *ctx, struct pipeline_stats *st);

/* The number of jobs 0 stands for: the online CPUs (at least 1). */
int pipeline_default_jobs(void);

#endif
