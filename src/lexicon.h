/* lexicon: reads the lexicon files data/lang/<code>.tsv (format: docs/lexicon.md), compiled
 * into the binary, into unfolded struct lang tables; lang.c folds them and detects. */
#ifndef UNXREF_LEXICON_H
#define UNXREF_LEXICON_H

#include <stddef.h>

#include "lang.h"

/* One embedded file (the Makefile writes the table lexicon_files[] of build/lang_data.c
 * from every data/lang/NAME.tsv). */
struct lexicon_file {
    const char *path; /* "data/lang/en.tsv" */
    const unsigned char *data;
    const unsigned int *len;
};

/* What lexicon_parse fills: the language and its place in the list of languages. */
struct lexicon_lang {
    struct lang lang;
    long order;
};

/* Parses one file (path names it in messages and gives the code; a file named common.tsv
 * holds typography classes only and no parameter); on bad data writes
 * "LINE: what is wrong" into err and returns 0 (out is then left empty), else 1. The
 * strings live as long as the program. */
int lexicon_parse(const char *path, const char *data, size_t len, struct lexicon_lang *out,
                  char *err, size_t errlen);

/* Sets every folded word list of any to the union of the n languages' (in their order,
 * each word once; the words are the languages'). */
void lexicon_unite(struct lang *any, const struct lang *langs, size_t n);

/* Adds to the typography of L (its classes of marks and pairs) the marks of common
 * (data/lang/common.tsv) it lacks, after its own (copies: L owns them). */
void lexicon_merge_common(struct lang *L, const struct lang *common);

/* Frees what lexicon_parse built. */
void lexicon_free(struct lexicon_lang *l);

/* Every embedded file parsed, sorted by order then code; *n gets the count. Bad data is
 * fatal: "unxref: data/lang/xx.tsv:LINE: what is wrong", exit 1. */
struct lexicon_lang *lexicon_load_all(size_t *n);

/* The organ a lexicon or rules file names ("sc", "ga", "ecosoc", "hrc", "chr", "subcom",
 * "self", "self-council", "other"): 1 and *o, or 0 for an unknown name. */
int lexicon_organ(const char *name, enum organ *o);
#define LEXICON_ORGANS "sc, ga, ecosoc, hrc, chr, subcom, self, self-council, other"

/* Replaces every word list of L that is folded (all but adoption_line) by f(list). */
void lexicon_map_lists(struct lang *L, const char *const *(*f)(const char *const *));

#endif
