/* gazetteer: the bodies and instruments unxref knows by name (data/gazetteer.tsv) and
 * the longest-match lookup of their aliases in folded text.
 * Entries and their strings live as long as the gazetteer; lookups are read-only and
 * safe from several threads. */
#ifndef UNXREF_GAZETTEER_H
#define UNXREF_GAZETTEER_H

#include <stddef.h>
#include <stdint.h>

struct gz_entry {
    const char *id;
    const char *kind;           /* "body" or "convention" */
    const char *type;           /* committee, treaty, ... */
    const char *established_by; /* canonical resolution symbol, or NULL */
    const char *name;           /* official English name */
    const char *source;
    int year;                   /* 0 when unknown */
    const char *names[7];       /* first alias of the zh en fr es ru ar de columns, or NULL */
};

struct gazetteer;

/* Parses gazetteer text (see data/GAZETTEER.md). path names it in messages. Returns
 * NULL after reporting every bad line through diag. */
struct gazetteer *gazetteer_load(const char *text, size_t n, const char *path);
/* The gazetteer compiled into the binary from data/gazetteer.tsv. */
struct gazetteer *gazetteer_builtin(void);
void gazetteer_free(struct gazetteer *g);

size_t gazetteer_size(const struct gazetteer *g);
const struct gz_entry *gazetteer_entry(const struct gazetteer *g, size_t i);

/* Longest alias that starts at s[pos] and ends on a word boundary of s[0..n); returns
 * its length (0 if none) and the entry in *e. The caller checks the start boundary. */
size_t gazetteer_match(const struct gazetteer *g, const char *s, size_t n, size_t pos,
                       const struct gz_entry **e);
/* The aliases of bodies (kind "body") read from their end: for each w (1 <= w <= 8) such
 * that some alias of a body has the last w bytes s[end - w, end) (all of its bytes when
 * w < 8, its last eight when w is 8), the length and first 8 bytes of each of those
 * aliases (distinct pairs, longest first) in out[] (8 at most); returns how many widths
 * were found. Each alias of a body that ends at end is among them; a caller checks the
 * start each gives (gazetteer_match). Made at the first call, then read-only. */
struct gz_end {
    uint64_t head; /* the alias's first 8 bytes, byte i at bits 8i (all of a shorter one) */
    uint16_t len;
};
struct gz_ends {
    const struct gz_end *v;
    size_t n;
};
unsigned gazetteer_body_ends(const struct gazetteer *g, const char *s, size_t end,
                             struct gz_ends *out);
/* The first bytes of every alias: scan_filter_may(gazetteer_starts(g), t, p) is 0 when no
 * alias can start at p (gazetteer_match applies it too). */
const struct scan_filter *gazetteer_starts(const struct gazetteer *g);
/* The same for the alias pre + s[pos..]: a letter the text dropped (Arabic "للجنة" is
 * "ل" + "اللجنة"); the length counts bytes of s only. */
size_t gazetteer_match_after(const struct gazetteer *g, const char *pre, const char *s,
                             size_t n, size_t pos, const struct gz_entry **e);
/* Every occurrence in s[0..n) of an alias (entry >= 0), in one pass, and where one of the
 * letters fused to a word of L (lang.word_prefixes) comes right before an alias, or before
 * one without its first letter (lang.elided, lang.elision_after) (prefix = 1: see names.c
 * fused_match), by start and then length. */
struct lang;
struct gz_hit {
    uint32_t start, len;
    int32_t entry;         /* index of the entry whose alias this is, or -1 */
    unsigned char prefix;  /* a word prefix of L */
};
struct gz_hits {
    struct gz_hit *v;
    size_t n, cap;
};
void gazetteer_hits(const struct gazetteer *g, const struct lang *L, const char *s, size_t n,
                    struct gz_hits *out);
/* The database behind gazetteer_hits (litscan.h), for src/tools/litscan_gen.c. */
struct litscan;
const struct litscan *gazetteer_db(const struct gazetteer *g);
/* Of the hits v[0..m) (one start), the longest alias that ends on a word boundary of
 * s[0..n), as gazetteer_match finds it: its length (0 if none) and entry. */
size_t gazetteer_longest(const struct gazetteer *g, const char *s, size_t n,
                         const struct gz_hit *v, size_t m, const struct gz_entry **e);
/* The entry whose alias is exactly s[0..n) (folded), or NULL. */
const struct gz_entry *gazetteer_lookup(const struct gazetteer *g, const char *s, size_t n);
/* e's name in language lang (its first alias there), or the English name. */
const char *gazetteer_name(const struct gz_entry *e, const char *lang);
/* The body of the given type family that resolution res_id established, or NULL. */
const struct gz_entry *gazetteer_established(const struct gazetteer *g, const char *res_id,
                                             const char *type);

#endif
