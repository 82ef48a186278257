/* doc: one input document through the extraction pipeline — normalize, detect the
 * language, find its own symbol (and where it was read), recognize references, mark the
 * text that is not its own — into a list of mentions with positions in the user's file.
 * Owns the document's arenas, and the temporary file of a huge document's mentions. */
#ifndef UNXREF_DOC_H
#define UNXREF_DOC_H

#include <stddef.h>

#include "gazetteer.h"
#include "mention.h"

enum { DOC_MAX_WARN = 3 };

struct doc {
    char *path;          /* as given or found by the walk */
    const char *lang;    /* "zh", "en", …; NULL when the document failed */
    const char *symbol;  /* the document's own symbol, or NULL */
    const char *symbol_source; /* where the symbol was read (static): "header" (the cover
                                  or a running page header), "heading" (the title line),
                                  "filename" (the corpus naming), "option" (--symbol);
                                  NULL without a symbol */
    const char *detected; /* the language the text reads as (also when one was forced) */
    const char *warn[DOC_MAX_WARN]; /* warnings for the user (arena), given in input order
                                       by the pipeline */
    int nwarn;
    size_t title_end;    /* when the resolution its title names differs from the symbol in
                            its header (a typing error: header "S/RES/2510 (2019)", title
                            "Resolution 2510 (2020)"): the end of that title mention, which
                            is the document itself, not a citation; else 0 */
    struct mentions mentions; /* read them with doc_cursor: those of a document of more
                                 than DOC_SPILL_AT mentions are in `spill` instead */
    struct mention_spill *spill; /* the mentions before those in `mentions`, in a temporary
                                    file, or NULL; their editorial mark and the dropping
                                    of self-mentions are done as they are read back */
    size_t own_from, own_to; /* the document's own text (mentions that start before
                                own_from or at or after own_to are editorial) */
    long error_line;     /* when failed: 1-based line of the problem, or 0 */
    const char *error;   /* when failed: the message (static), else NULL */
    struct arena *arena;
    struct arena *mention_arena; /* the strings of the mentions in `mentions` */
    int from_pdf;        /* the text was read from a PDF (pdf.h): pages split by "\f" */
};

/* Extracts the mentions of text[0..n). lang is a code or NULL/"auto" to detect. On
 * failure d->error is set and d has no mentions. Release with doc_release.
 * Memory stays bounded for any n: a text longer than DOC_CHUNK is normalized and searched
 * a part at a time (about 6 bytes of working memory per byte of a part), each part cut
 * after a blank line, a line end, a sentence end or a space, and read DOC_OVERLAP bytes
 * past its cut so that a reference across the cut is found whole. The language and the
 * document's own symbol come from the first part. Once a document has more than
 * DOC_SPILL_AT mentions, they go to a temporary file after each part (struct
 * mention_spill; memory then stays bounded however many there are); when no temporary
 * file can be made they stay in memory. */
void doc_extract(struct doc *d, const char *path, const char *text, size_t n,
                 const char *lang, const struct gazetteer *gaz);
#define DOC_CHUNK ((size_t)4 << 20)
#define DOC_OVERLAP ((size_t)64 << 10)
#define DOC_SPILL_AT ((size_t)1 << 15)
/* doc_extract of a text that input_map mapped: the pages of each part are given back once
 * it is searched, and each mention keeps a copy of its bytes (m->text), so that memory is
 * a part plus the mentions, and the caller may unmap the text before writing them. */
void doc_extract_mapped(struct doc *d, const char *path, const char *text, size_t n,
                        const char *lang, const struct gazetteer *gaz, size_t chunk);
/* doc_extract with parts of about `chunk` bytes (tests use small ones). */
void doc_extract_chunked(struct doc *d, const char *path, const char *text, size_t n,
                         const char *lang, const struct gazetteer *gaz, size_t chunk);
struct doc_options {
    const char *lang;              /* a code, or NULL/"auto" to detect */
    const struct gazetteer *gaz;
    const char *symbol;            /* the document's symbol (--symbol, canonical), or NULL */
    size_t chunk;                  /* part size, 0 for DOC_CHUNK (tests use small ones) */
    int mapped;                    /* text is input_map's: each part's pages given back */
    size_t spill_at;               /* mentions kept in memory at most, 0 for DOC_SPILL_AT
                                      (tests use small ones) */
};
/* doc_extract with options. The symbol: o->symbol when given (source "option"), else the
 * one the text writes on its cover or running header ("header") or its heading
 * ("heading", "186 (1964). Resolution of 4 March 1964", "Resolution 477 (1980) of 30
 * July 1980"), else its file name's ("filename"); a disagreement becomes a warning
 * (d->warn), as does a forced language the text does not read as. Mentions in text
 * that is not the document's own get `editorial` (see mention.h). */
void doc_extract_with(struct doc *d, const char *path, const char *text, size_t n,
                      const struct doc_options *o);
/* Every mention of d, in order, those of the temporary file read back (the mention
 * returned lives until the next call):
 *   for (doc_cursor_start(&c, d); (m = doc_cursor_next(&c));) …; doc_cursor_end(&c);
 * doc_cursor_end reports (diag) and returns -1 when the temporary file could not be read
 * back whole. */
struct doc_cursor {
    const struct doc *d;
    struct spill_reader r;
    size_t i;
    int raw; /* the spilled mentions as written (doc.c, before they are settled) */
};
void doc_cursor_start(struct doc_cursor *c, const struct doc *d);
const struct mention *doc_cursor_next(struct doc_cursor *c);
int doc_cursor_end(struct doc_cursor *c);
/* Makes d a failed document (no mentions) with a static message. */
void doc_fail(struct doc *d, const char *path, long line, const char *message);
void doc_release(struct doc *d);

#endif
