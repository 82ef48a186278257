/* pipeline: read and extract every input, in order (see pipeline.h). */
#include "pipeline.h"

#include <stdlib.h>
#include <string.h>

#include "diag.h"

/* Reads and extracts one input into d; reports a failure. Returns the text or NULL. */
static char *one(const struct pipeline_options *po, const char *path, struct doc *d)
{
    char *text;
    size_t n;
    const char *why;
    if (input_read(path, &text, &n, &why) != 0) {
        doc_fail(d, path, 0, why);
        text = NULL;
    } else if (n == 0) {
        doc_fail(d, path, 0, "empty file");
    } else {
        doc_extract(d, path, text, n, po->lang, po->gaz);
    }
    if (d->error)
        diag_error(path, d->error_line, "%s", d->error);
    return text;
}

void pipeline_run(const struct pipeline_options *po, const struct input_list *inputs,
                  doc_sink sink, void *ctx, struct pipeline_stats *st)
{
    for (size_t i = 0; i < inputs->n; i++) {
        struct doc d;
        char *text = one(po, inputs->paths[i], &d);
        if (d.error)
            st->failed++;
        else
            st->ok++;
        sink(ctx, &d, text);
        doc_release(&d);
        free(text);
    }
}
