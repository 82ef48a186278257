/* refs: the shared recognizer of resolution references, driven by the language tables:
 * keyword + list of numbers ("resolutions 1267 (1999), 1333 (2000) and 1390 (2002)"),
 * list + keyword (zh "第1267(1999)号、第1390(2002)号决议"), written-out symbols
 * (S/RES/1373 (2001), A/RES/60/288), the issuing organ from context, and bodies set up by
 * a resolution ("Committee established pursuant to resolution 1267 (1999)"). */
#ifndef UNXREF_REFS_H
#define UNXREF_REFS_H

#include "gazetteer.h"
#include "lang.h"
#include "mention.h"
#include "scan.h"
#include "symbol.h"

struct arena;

struct refs_input {
    struct text t;
    const struct lang *lang;
    enum organ doc_organ;        /* organ of the document, for "its resolution 5/1" */
    const struct gazetteer *gaz;
    struct arena *arena;         /* ids and names of new mentions */
    int doc_year;                /* the document's own year (from its symbol), or 0 */
};

/* Appends every resolution mention (and every body set up by a resolution) to out, and
 * the spans of folded text they use (organ names included) to claimed. */
/* The attribution rules (data/attribution.tsv, docs/attribution.md): the built-in ones, then
 * those of path when it is not NULL (--attribution FILE). A bad file: "unxref: PATH:LINE: what
 * is wrong" and -1 (a bad built-in file: the same message and exit 1). */
int refs_load_attribution(const char *path);

void refs_find(const struct refs_input *in, struct mentions *out, struct spans *claimed);

#endif
