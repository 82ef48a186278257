/* doc: one input document through the extraction pipeline — normalize, detect the
 * language, find its own symbol (and where it was read), recognize references, mark the
 * text that is not its own — into a list of mentions with positions in the user's file.
 * Owns the document's arena. */
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
    struct mentions mentions;
    long error_line;     /* when failed: 1-based line of the problem, or 0 */
    const char *error;   /* when failed: the message (static), else NULL */
    struct arena *arena;
    int from_pdf;        /* the text was read from a PDF (pdf.h): pages split by "\f" */
};

/* Extracts the mentions of text[0..n). lang is a code or NULL/"auto" to detect. On
 * failure d->error is set and d has no mentions. Release with doc_release.
 * Memory stays bounded for any n: a text longer than DOC_CHUNK is normalized and searched
 * a part at a time (about 6 bytes of working memory per byte of a part), each part cut
 * after a blank line, a line end, a sentence end or a space, and read DOC_OVERLAP bytes
 * past its cut so that a reference across the cut is found whole. The language and the
 * document's own symbol come from the first part. */
void doc_extract(struct doc *d, const char *path, const char *text, size_t n,
                 const char *lang, const struct gazetteer *gaz);
#define DOC_CHUNK ((size_t)4 << 20)
#define DOC_OVERLAP ((size_t)64 << 10)
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
};
/* doc_extract with options. The symbol: o->symbol when given (source "option"), else the
 * one the text writes on its cover or running header ("header") or its heading
 * ("heading", "186 (1964). Resolution of 4 March 1964", "Resolution 477 (1980) of 30
 * July 1980"), else its file name's ("filename"); a disagreement becomes a warning
 * (d->warn), as does a forced language the text does not read as. Mentions in text
 * that is not the document's own get `editorial` (see mention.h). */
void doc_extract_with(struct doc *d, const char *path, const char *text, size_t n,
                      const struct doc_options *o);
/* Makes d a failed document (no mentions) with a static message. */
void doc_fail(struct doc *d, const char *path, long line, const char *message);
void doc_release(struct doc *d);

#endif
