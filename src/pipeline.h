/* pipeline: the inputs of one run → documents, each read and extracted and handed to a
 * consumer in input order. Failed inputs are reported here (diag) and handed on with
 * d->error set, so the consumer can record them. The only place that decides how
 * documents are scheduled. */
#ifndef UNXREF_PIPELINE_H
#define UNXREF_PIPELINE_H

#include <stddef.h>

#include "doc.h"
#include "gazetteer.h"
#include "input.h"

/* Called once per input, in input order. text is the file's bytes (NULL when it could not
 * be read); both die after the call. */
typedef void (*doc_sink)(void *ctx, const struct doc *d, const char *text);

struct pipeline_stats {
    size_t ok, failed;
};

struct pipeline_options {
    const char *lang;            /* "auto" or a code */
    const struct gazetteer *gaz;
};

void pipeline_run(const struct pipeline_options *po, const struct input_list *inputs,
                  doc_sink sink, void *ctx, struct pipeline_stats *st);

#endif
