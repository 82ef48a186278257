/* found: the resolution mentions doc_extract finds in a text, as one string in text order,
 * for the tests that compare them with what the text says (test_refs_recall: ids and
 * parts; test_numbering: ids and years). */
#ifndef UNXREF_FOUND_H
#define UNXREF_FOUND_H

#include <stdio.h>
#include <string.h>

#include "doc.h"

/* writes one mention into out (at most cap bytes); returns the length written */
typedef int (*found_show)(char *out, size_t cap, const struct mention *m);

static inline const char *found_as(const char *text, const char *lang,
                                   const struct gazetteer *gaz, found_show show)
{
    static char out[2048];
    struct doc d;
    size_t n = 0;
    doc_extract(&d, "t", text, strlen(text), lang, gaz);
    out[0] = 0;
    for (size_t i = 0; i < d.mentions.n && n + 64 < sizeof out; i++) {
        const struct mention *m = &d.mentions.v[i];
        if (m->kind != MK_RESOLUTION || !m->id)
            continue;
        if (n)
            out[n++] = ' ';
        int w = show(out + n, sizeof out - n, m);
        n += w < 0 ? 0 : (size_t)w < sizeof out - n ? (size_t)w : sizeof out - n - 1;
    }
    out[n] = 0;
    doc_release(&d);
    return out;
}

#endif
