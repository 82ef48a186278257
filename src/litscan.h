/* litscan: a vectorscan database of literal byte strings and the one pass that finds every
 * occurrence of each in a text. refs' candidates (scan_hits_find: the keywords, short forms,
 * digits, symbols and item prefixes of every language) and names' (gazetteer_hits: the
 * folded aliases and fused prefixes) are each one such pass. A literal carries bits (OR-ed
 * over equal literals) and a tag (the first one added). Databases are read-only once
 * compiled and safe from several threads (each run takes a scratch from a pool). */
#ifndef UNXREF_LITSCAN_H
#define UNXREF_LITSCAN_H

#include <stddef.h>
#include <stdint.h>

struct litscan;
struct litscan_set;

struct litscan_set *litscan_set_new(void);
/* Adds s[0..n) (n > 0); an equal literal added before gets bits OR-ed and keeps its tag. */
void litscan_set_add(struct litscan_set *b, const char *s, size_t n, uint64_t bits,
                     int32_t tag);
void litscan_set_free(struct litscan_set *b);
/* Compiles and frees b. NULL on failure, with vectorscan's message in *why (static). A set
 * with no literal compiles to a database that finds nothing. */
struct litscan *litscan_compile(struct litscan_set *b, const char **why);
void litscan_free(struct litscan *db);
/* The number of distinct literals. */
size_t litscan_size(const struct litscan *db);

/* Databases compiled at build time (build/litscan_data.c, written by src/tools/litscan_gen.c
 * for the built-in gazetteer and the languages' candidates), looked up by a fingerprint
 * of the literals: litscan_compile takes one from here when its set is the same and the
 * machine can run it, and compiles otherwise (a gazetteer of the user's own, another
 * CPU). The list ends with a NULL bytes; every build links it but litscan_gen itself,
 * where it is absent (weak). */
struct litscan_blob {
    uint64_t fingerprint;
    const unsigned char *bytes;
    size_t len;
};
extern const struct litscan_blob litscan_blobs[] __attribute__((weak));
/* The serialized database (malloc'ed) and its fingerprint, for src/tools/litscan_gen.c; 0 if
 * it has no literal. */
int litscan_serialize(const struct litscan *db, char **bytes, size_t *len, uint64_t *fp);

/* A compiled database without its literals' text: their fingerprint and each one's length,
 * bits and tag (src/tools/gazetteer_gen.c writes them out with the built-in gazetteer). */
struct litscan_lits {
    uint64_t fingerprint;
    size_t n;
    const size_t *len;
    const uint64_t *bits;
    const int32_t *tag;
};
void litscan_lits_of(const struct litscan *db, struct litscan_lits *l);
/* The database of l from its blob in litscan_blobs (the arrays are copied), or NULL when
 * no blob of that fingerprint loads on this machine (the caller compiles the set then). */
struct litscan *litscan_prebuilt(const struct litscan_lits *l);

/* fn is called for every occurrence, in the order of their ends. */
typedef void (*litscan_fn)(void *ctx, size_t start, size_t len, uint64_t bits, int32_t tag);
void litscan_run(const struct litscan *db, const char *s, size_t n, litscan_fn fn, void *ctx);

#endif
