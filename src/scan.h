/* scan: matching folded words and phrases in folded text — the primitives every
 * recognizer shares. A pattern is folded text; a trailing '*' on a word makes it a prefix
 * ("резолюци*" matches "резолюциях"). Patterns that begin or end with a word character
 * must begin or end on a word boundary; CJK has no boundaries. */
#ifndef UNXREF_SCAN_H
#define UNXREF_SCAN_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

struct text {
    const char *s;
    size_t n;
};

/* An ASCII digit (a byte of folded text, or a code point). */
static inline int is_digit(uint32_t c) { return c >= '0' && c <= '9'; }

/* Length of pattern w matched at p (0 if not). The start boundary is checked too.
 * The first byte is compared inline (most calls fail there), the rest in scan_word_tail. */
size_t scan_word_tail(struct text t, size_t p, const char *w);
static inline size_t scan_word(struct text t, size_t p, const char *w)
{
    if (w[0] != '*' && (p >= t.n || t.s[p] != w[0]))
        return 0;
    return scan_word_tail(t, p, w);
}
/* Longest match at p of a NULL-terminated pattern list; *which gets its index. */
size_t scan_any(struct text t, size_t p, const char *const *list, size_t *which);
/* A cheap filter before scan_any on the first bytes (before any '*') that a match can
 * start with: the first two bytes in a direct table reject most positions at once; then
 * the first 3, 4 or 8 bytes, hashed, for patterns of 3, 4 to 7, and 8 or more fixed
 * bytes (eight bytes are two or three letters of the scripts written with two or three
 * bytes a letter). */
struct scan_filter {
    unsigned char any;  /* some pattern starts with '*' or is empty: every position may */
    unsigned char used; /* bit i: some pattern is hashed in level[i] */
    unsigned char pair[65536 / 8];   /* first two bytes of every pattern (any second byte
                                       for one-byte patterns) */
    unsigned char short_[65536 / 8]; /* … of the patterns with fixed prefixes of 1 or 2 */
    unsigned char level[3][65536 / 8]; /* first 3, 4, 8 bytes hashed */
};
/* Empties f. */
void scan_filter_init(struct scan_filter *f);
/* Adds the fixed prefix of every pattern in list. */
void scan_filter_add(struct scan_filter *f, const char *const *list);
static inline unsigned scan_filter_hash(uint64_t x)
{
    return (unsigned)((x * 0x9E3779B97F4A7C15ull) >> 48);
}
static inline int scan_filter_bit(const unsigned char *b, unsigned k)
{
    return b[k >> 3] >> (k & 7) & 1;
}
/* The first m <= 8 bytes of u, byte i at bits 8i. */
static inline uint64_t scan_filter_bytes(const unsigned char *u, size_t m)
{
    uint64_t x = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (m >= 8) {
        memcpy(&x, u, 8);
        return x;
    }
#endif
    for (size_t i = 0; i < m; i++)
        x |= (uint64_t)u[i] << (8 * i);
    return x;
}
/* The same for scan_word_back: the last two bytes that a match ending at a position can
 * end with (a pattern with a '*' or of one byte: every position may). */
struct scan_back_filter {
    unsigned char any;
    unsigned char pair[65536 / 8];
};
void scan_back_filter_init(struct scan_back_filter *f);
void scan_back_filter_add(struct scan_back_filter *f, const char *const *list);
/* 0 when no pattern added to f can end at end. */
static inline int scan_back_may(const struct scan_back_filter *f, struct text t, size_t end)
{
    if (f->any || end < 2 || end > t.n)
        return 1;
    const unsigned char *u = (const unsigned char *)t.s + end - 2;
    return scan_filter_bit(f->pair, (unsigned)u[0] | (unsigned)u[1] << 8);
}
/* The finer half of scan_filter_may, once the first two bytes are known to pass. */
static inline int scan_filter_refine(const struct scan_filter *f, struct text t, size_t p)
{
    if (f->any || p + 2 > t.n)
        return 1;
    const unsigned char *u = (const unsigned char *)t.s + p;
    if (scan_filter_bit(f->short_, (unsigned)u[0] | (unsigned)u[1] << 8))
        return 1;
    size_t avail = t.n - p < 8 ? t.n - p : 8;
    uint64_t x = scan_filter_bytes(u, avail);
    return ((f->used & 4) && avail >= 8 && scan_filter_bit(f->level[2], scan_filter_hash(x))) ||
           ((f->used & 2) && avail >= 4 &&
            scan_filter_bit(f->level[1], scan_filter_hash(x & 0xFFFFFFFFu))) ||
           ((f->used & 1) && avail >= 3 &&
            scan_filter_bit(f->level[0], scan_filter_hash(x & 0xFFFFFFu)));
}
/* 0 when no pattern added to f can match at p. */
static inline int scan_filter_may(const struct scan_filter *f, struct text t, size_t p)
{
    if (f->any || p + 2 > t.n)
        return 1;
    const unsigned char *u = (const unsigned char *)t.s + p;
    return scan_filter_bit(f->pair, (unsigned)u[0] | (unsigned)u[1] << 8) &&
           scan_filter_refine(f, t, p);
}

/* One pass over a text for several filters at once: a table of the first two bytes
 * says which filters may match at a position (up to 8, one bit each); the positions
 * where one may, with their bits, are the candidates the recognizers visit instead of
 * every byte. */
enum { SCAN_TABLE_MAX = 8 };
struct scan_table {
    unsigned char mask[65536];
    const struct scan_filter *filter[SCAN_TABLE_MAX];
    unsigned n;
};
struct scan_hits {
    uint32_t *pos;
    unsigned char *mask;
    size_t n, cap;
};
/* Fills tab from filters[0..n) (bit i for filters[i]; n <= SCAN_TABLE_MAX). */
void scan_table_init(struct scan_table *tab, const struct scan_filter *const *filters,
                     unsigned n);
/* The candidates of t, in text order (h is emptied first; release with scan_hits_free). */
void scan_hits_find(const struct scan_table *tab, struct text t, struct scan_hits *h);
void scan_hits_free(struct scan_hits *h);
/* The database behind scan_hits_find (litscan.h), for src/tools/litscan_gen.c. */
struct litscan;
const struct litscan *scan_hits_db(void);
/* The starts of db's literals in t, in text order, one per position, each with the byte
 * (bits >> shift) & 0xFF of the literals starting there (positions where it is 0 are left
 * out); h is emptied first. */
void scan_hits_run(const struct litscan *db, struct text t, unsigned shift, struct scan_hits *h);

/* Longest pattern of list that s[p..] begins with, byte for byte, with no word boundary
 * at its end (letters fused to the next word: Arabic "و1333", zh "第1373"). */
size_t scan_prefix_any(struct text t, size_t p, const char *const *list);
/* Whether a pattern of list lies wholly in s[a..b) (byte for byte, anywhere). */
int scan_span_has_any(struct text t, size_t a, size_t b, const char *const *list);
/* Of a flat list of pairs of marks (open, close, open, close, …, NULL: lang.h's quotes):
 * the length of the longest opening (side 0) or closing (side 1) mark at p, 0 if none;
 * *pair (when given) gets the index of its pair's opening mark in the list. */
size_t scan_pair_at(struct text t, size_t p, const char *const *pairs, int side, size_t *pair);
/* A number in Chinese numerals at p ("二六二五" = 2625, "二十五" = 25): its length in
 * bytes (0 if none) and value. */
size_t scan_cjk_number(struct text t, size_t p, long *v);
/* Start of a match of w that ends exactly at end, or (size_t)-1. */
size_t scan_word_back(struct text t, size_t end, const char *w);
/* p after one optional space. */
size_t scan_space(struct text t, size_t p);
/* p before one optional space ending at p. */
size_t scan_space_back(struct text t, size_t p);
/* Code point at p / ending at p, 0 at the ends of the text. */
uint32_t scan_cp(struct text t, size_t p);
uint32_t scan_cp_back(struct text t, size_t p);
/* Whether p is a word start (the character before is not a word character). */
int scan_word_start(struct text t, size_t p);
/* A run of ASCII digits at p: its length (0 if none or longer than max) and value. */
size_t scan_number(struct text t, size_t p, size_t max, long *v);

#endif
