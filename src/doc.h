/* doc: one input document through the extraction pipeline — normalize, detect the
 * language, find its own symbol, recognize references — into a list of mentions with
 * positions in the user's file. Owns the document's arena. */
#ifndef UNXREF_DOC_H
#define UNXREF_DOC_H

#include <stddef.h>

#include "gazetteer.h"
#include "mention.h"

struct doc {
    char *path;          /* as given or found by the walk */
    const char *lang;    /* "zh", "en", …; NULL when the document failed */
    const char *symbol;  /* the document's own symbol, or NULL */
    struct mentions mentions;
    long error_line;     /* when failed: 1-based line of the problem, or 0 */
    const char *error;   /* when failed: the message (static), else NULL */
    struct arena *arena;
};

/* Extracts the mentions of text[0..n). lang is a code or NULL/"auto" to detect. On
 * failure d->error is set and d has no mentions. Release with doc_release. */
void doc_extract(struct doc *d, const char *path, const char *text, size_t n,
                 const char *lang, const struct gazetteer *gaz);
/* Makes d a failed document (no mentions) with a static message. */
void doc_fail(struct doc *d, const char *path, long line, const char *message);
void doc_release(struct doc *d);

#endif
