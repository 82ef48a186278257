/* scan: folded-text matching primitives (see scan.h). */
#include "scan.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lang.h"
#include "litscan.h"
#include "normalize.h"
#include "util.h"

uint32_t scan_cp(struct text t, size_t p)
{
    uint32_t cp;
    if (p >= t.n || !utf8_decode((const unsigned char *)t.s + p, t.n - p, &cp))
        return 0;
    return cp;
}

uint32_t scan_cp_back(struct text t, size_t p)
{
    uint32_t cp;
    if (p == 0 || p > t.n || !utf8_decode_back((const unsigned char *)t.s, p, &cp))
        return 0;
    return cp;
}

int scan_word_start(struct text t, size_t p)
{
    if (p == 0 || p > t.n)
        return 1;
    unsigned char b = (unsigned char)t.s[p - 1];
    if (b < 0x80)
        return !cp_is_word(b);
    return !cp_is_word(scan_cp_back(t, p));
}

size_t scan_space(struct text t, size_t p) { return p < t.n && t.s[p] == ' ' ? p + 1 : p; }

size_t scan_space_back(struct text t, size_t p) { return p > 0 && t.s[p - 1] == ' ' ? p - 1 : p; }

size_t scan_word_tail(struct text t, size_t p, const char *w)
{
    size_t q = p;
    const char *c = w;
    for (; *c; c++) {
        if (*c == '*') { /* prefix: swallow the rest of the word */
            while (q < t.n && cp_is_word(scan_cp(t, q))) {
                uint32_t cp;
                q += utf8_decode((const unsigned char *)t.s + q, t.n - q, &cp);
            }
            continue;
        }
        if (q >= t.n || t.s[q] != *c)
            return 0;
        q++;
    }
    if (q == p)
        return 0;
    /* the boundaries last: they cost more than the bytes */
    uint32_t first;
    if (!utf8_decode((const unsigned char *)w, strnlen(w, 4), &first))
        return 0;
    if (cp_is_word(first) && !scan_word_start(t, p))
        return 0;
    if (c[-1] != '*' && cp_is_word(scan_cp_back(t, q)) && cp_is_word(scan_cp(t, q)))
        return 0;
    return q - p;
}

size_t scan_any(struct text t, size_t p, const char *const *list, size_t *which)
{
    size_t best = 0;
    if (!list)
        return 0;
    int c = p < t.n ? (unsigned char)t.s[p] : -1;
    for (size_t i = 0; list[i]; i++) {
        if (list[i][0] != '*' && (unsigned char)list[i][0] != c)
            continue; /* scan_word's first test */
        size_t k = scan_word_tail(t, p, list[i]);
        if (k > best) {
            best = k;
            if (which)
                *which = i;
        }
    }
    return best;
}

void scan_filter_init(struct scan_filter *f) { memset(f, 0, sizeof *f); }

static void set_bit(unsigned char *b, unsigned k) { b[k >> 3] |= (unsigned char)(1u << (k & 7)); }

void scan_filter_add(struct scan_filter *f, const char *const *list)
{
    for (size_t i = 0; list && list[i]; i++) {
        const unsigned char *w = (const unsigned char *)list[i];
        unsigned m = 0;
        while (m < 8 && w[m] && w[m] != '*')
            m++;
        if (m == 0) {
            f->any = 1;
            continue;
        }
        unsigned first = w[0], lo = m >= 2 ? w[1] : 0, hi = m >= 2 ? w[1] : 255;
        for (unsigned second = lo; second <= hi; second++) {
            unsigned k = first | second << 8;
            set_bit(f->pair, k);
            if (m <= 2)
                set_bit(f->short_, k);
        }
        if (m >= 3) { /* level 0, 1, 2: the first 3, 4, 8 bytes */
            static const unsigned width[3] = {3, 4, 8};
            unsigned lv = m == 3 ? 0 : m < 8 ? 1 : 2;
            f->used |= (unsigned char)(1u << lv);
            set_bit(f->level[lv], scan_filter_hash(scan_filter_bytes(w, width[lv])));
        }
    }
}

void scan_back_filter_init(struct scan_back_filter *f)
{
    memset(f, 0, sizeof *f);
}

void scan_back_filter_add(struct scan_back_filter *f, const char *const *list)
{
    for (size_t i = 0; list && list[i]; i++) {
        const unsigned char *w = (const unsigned char *)list[i];
        size_t n = strlen(list[i]);
        if (n < 2 || strchr(list[i], '*'))
            f->any = 1;
        else
            set_bit(f->pair, (unsigned)w[n - 2] | (unsigned)w[n - 1] << 8);
    }
}

void scan_table_init(struct scan_table *tab, const struct scan_filter *const *filters,
                     unsigned n)
{
    memset(tab->mask, 0, sizeof tab->mask);
    tab->n = n;
    for (unsigned i = 0; i < n; i++) {
        tab->filter[i] = filters[i];
        for (unsigned byte = 0; byte < sizeof filters[i]->pair; byte++) {
            unsigned bits = filters[i]->any ? 0xFF : filters[i]->pair[byte];
            for (unsigned k = byte * 8; bits; k++, bits >>= 1)
                if (bits & 1)
                    tab->mask[k] |= (unsigned char)(1u << i);
        }
    }
}

static void push_hit(struct scan_hits *h, size_t p, unsigned m)
{
    if (h->n == h->cap) {
        size_t cap = h->cap;
        xgrow((void **)&h->pos, &cap, h->n + 1, sizeof *h->pos);
        xgrow((void **)&h->mask, &h->cap, h->n + 1, 1);
    }
    h->pos[h->n] = (uint32_t)p;
    h->mask[h->n++] = (unsigned char)m;
}

/* Candidate p with first-two-byte bits m: the bits whose filters pass on all bytes. */
static void push_refined(const struct scan_table *tab, struct text t, struct scan_hits *h,
                         size_t p, unsigned m)
{
    for (unsigned b = 0, left = m; left; b++, left >>= 1)
        if ((left & 1) && !scan_filter_refine(tab->filter[b], t, p))
            m &= ~(1u << b);
    if (m)
        push_hit(h, p, m);
}

/* The old way, for a table that is not a language's: the first two bytes of every
 * position in tab, then the filters' hashes. */
static void hits_by_table(const struct scan_table *tab, struct text t, struct scan_hits *h)
{
    const unsigned char *u = (const unsigned char *)t.s;
    size_t last = t.n - 1;
    for (size_t p = 0; p < last; p++) {
        unsigned m = tab->mask[u[p] | (unsigned)u[p + 1] << 8];
        if (m)
            push_refined(tab, t, h, p, m);
    }
    if (tab->mask[u[last]])
        push_refined(tab, t, h, last, tab->mask[u[last]]);
}

/* The candidates of every language in one litscan database: the literal part (before any
 * '*') of each pattern lang.c puts in the filters of lang.table, with bit b of language i
 * (lang_codes order) at 8i + b; a pattern with no literal part makes its bit hold at
 * every position (every_bit). The digits are found apart (digit_hits): one-byte
 * literals in the database made it three times slower. */
enum { NLANG_MAX = 8 };
static struct litscan *hits_db;
static unsigned char every_bit[NLANG_MAX];
static const struct lang *hits_lang[NLANG_MAX];
static pthread_once_t hits_once = PTHREAD_ONCE_INIT;

static void add_literals(struct litscan_set *b, size_t li, unsigned bit, const char *pre,
                         const char *const *list)
{
    for (size_t i = 0; list && list[i]; i++) {
        char lit[256];
        size_t n = strlen(pre), k = strcspn(list[i], "*");
        if (n + k >= sizeof lit)
            k = sizeof lit - 1 - n; /* a prefix of the literal: more candidates, never fewer */
        memcpy(lit, pre, n);
        memcpy(lit + n, list[i], k);
        if (n + k == 0)
            every_bit[li] |= (unsigned char)bit;
        else
            litscan_set_add(b, lit, n + k, (uint64_t)bit << (8 * li), -1);
    }
}

static void hits_build(void)
{
    static const char *const docsym[] = {"s/", "a/", "e/", NULL};
    struct litscan_set *b = litscan_set_new();
    for (size_t li = 0; lang_codes[li] && li < NLANG_MAX; li++) {
        const struct lang *L = hits_lang[li] = lang_get(lang_codes[li]);
        add_literals(b, li, HIT_KEYWORD, "", L->keywords);
        for (size_t p = 0; L->word_prefixes && L->word_prefixes[p]; p++)
            add_literals(b, li, HIT_KEYWORD, L->word_prefixes[p], L->keywords);
        add_literals(b, li, HIT_SHORT, "", L->short_forms);
        add_literals(b, li, HIT_SHORT, "", L->short_forms_plural);
        add_literals(b, li, HIT_DOCSYM, "", docsym);
        if (L->keyword_after)
            add_literals(b, li, HIT_ITEM_PREFIX, "", L->item_prefix);
    }
    const char *why = NULL;
    if (!(hits_db = litscan_compile(b, &why))) {
        fprintf(stderr, "unxref: the candidates' database: %s\n", why);
        exit(3);
    }
}

struct hits_run {
    struct scan_hits *h;
    unsigned shift;
};

/* Matches come in the order of their ends: a start goes back at most the longest literal
 * among the hits, which stay sorted by position, one per position. */
static void on_hit(void *ctx, size_t start, size_t len, uint64_t bits, int32_t tag)
{
    (void)len;
    (void)tag;
    const struct hits_run *r = ctx;
    struct scan_hits *h = r->h;
    unsigned m = (unsigned)(bits >> r->shift) & 0xFF;
    if (!m)
        return;
    size_t j = h->n;
    while (j > 0 && h->pos[j - 1] > start)
        j--;
    if (j > 0 && h->pos[j - 1] == start) {
        h->mask[j - 1] |= (unsigned char)m;
        return;
    }
    push_hit(h, start, m);
    if (j < h->n - 1) {
        memmove(h->pos + j + 1, h->pos + j, (h->n - 1 - j) * sizeof *h->pos);
        memmove(h->mask + j + 1, h->mask + j, h->n - 1 - j);
        h->pos[j] = (uint32_t)start;
        h->mask[j] = (unsigned char)m;
    }
}

void scan_hits_run(const struct litscan *db, struct text t, unsigned shift, struct scan_hits *h)
{
    h->n = 0;
    struct hits_run r = {h, shift};
    litscan_run(db, t.s, t.n, on_hit, &r);
}

/* Any byte of x an ASCII digit (bytes >= 0x80 are not) */
static int has_digit(uint64_t x)
{
    const uint64_t ones = ~0ull / 255, low7 = ones * 127;
    return ((ones * (127 + ':') - (x & low7)) & ~x & ((x & low7) + ones * (127 - '/')) &
            ones * 128) != 0;
}

/* Merges the positions of ASCII digits into h (sorted) with bit HIT_DIGIT. */
static void digit_hits(struct text t, struct scan_hits *h)
{
    const unsigned char *u = (const unsigned char *)t.s;
    uint32_t *d = NULL;
    size_t nd = 0, capd = 0, p = 0;
    while (p < t.n) {
        uint64_t x;
        if (p + 8 <= t.n && (memcpy(&x, u + p, 8), !has_digit(x))) {
            p += 8;
            continue;
        }
        for (size_t e = p + 8 < t.n ? p + 8 : t.n; p < e; p++)
            if ((unsigned char)(u[p] - '0') < 10) {
                xgrow((void **)&d, &capd, nd + 1, sizeof *d);
                d[nd++] = (uint32_t)p;
            }
    }
    if (!nd)
        return;
    size_t n = h->n, cap = h->cap; /* merge from the back, in place */
    xgrow((void **)&h->pos, &cap, n + nd, sizeof *h->pos);
    xgrow((void **)&h->mask, &h->cap, n + nd, 1);
    size_t i = n, j = nd, k = n + nd;
    while (j > 0) {
        if (i > 0 && h->pos[i - 1] > d[j - 1]) {
            k--, i--;
            h->pos[k] = h->pos[i], h->mask[k] = h->mask[i];
        } else if (i > 0 && h->pos[i - 1] == d[j - 1]) {
            k--, i--, j--;
            h->pos[k] = h->pos[i], h->mask[k] = (unsigned char)(h->mask[i] | HIT_DIGIT);
        } else {
            k--, j--;
            h->pos[k] = d[j], h->mask[k] = HIT_DIGIT;
        }
    }
    /* k == i: what is left in front is in place; the duplicates made room at the front */
    if (k > i) {
        memmove(h->pos + i, h->pos + k, (n + nd - k) * sizeof *h->pos);
        memmove(h->mask + i, h->mask + k, n + nd - k);
    }
    h->n = i + (n + nd - k);
    free(d);
}

void scan_hits_find(const struct scan_table *tab, struct text t, struct scan_hits *h)
{
    h->n = 0;
    if (t.n == 0)
        return;
    pthread_once(&hits_once, hits_build);
    size_t li = 0;
    while (li < NLANG_MAX && hits_lang[li] && hits_lang[li]->table != tab)
        li++;
    if (li == NLANG_MAX || !hits_lang[li]) {
        hits_by_table(tab, t, h);
        return;
    }
    scan_hits_run(hits_db, t, (unsigned)(8 * li), h);
    digit_hits(t, h);
    if (every_bit[li]) { /* every position, with the bits found */
        size_t n = h->n, j = 0;
        uint32_t *pos = h->pos;
        unsigned char *mask = h->mask;
        h->pos = NULL, h->mask = NULL, h->n = h->cap = 0;
        for (size_t p = 0; p < t.n; p++) {
            unsigned m = every_bit[li];
            if (j < n && pos[j] == p)
                m |= mask[j++];
            push_hit(h, p, m);
        }
        free(pos);
        free(mask);
    }
}

const struct litscan *scan_hits_db(void)
{
    pthread_once(&hits_once, hits_build);
    return hits_db;
}

void scan_hits_free(struct scan_hits *h)
{
    free(h->pos);
    free(h->mask);
    memset(h, 0, sizeof *h);
}

size_t scan_word_back(struct text t, size_t end, const char *w)
{
    size_t len = strlen(w);
    /* a word that does not end in '*' ends in its last byte, whatever its middle: most
     * calls fail there */
    if (len && w[len - 1] != '*' && end <= t.n && (end == 0 || t.s[end - 1] != w[len - 1]))
        return (size_t)-1;
    const char *star = strchr(w, '*');
    if (!star)
        return end >= len && scan_word(t, end - len, w) == len ? end - len : (size_t)-1;
    /* a match is at least its bytes before the '*' long: it starts at end - fixed or
     * before, with w's first byte (found by memrchr from there back) and its second */
    size_t fixed = (size_t)(star - w), lo = end > len + 24 ? end - len - 24 : 0;
    if (end < fixed || end - fixed < lo)
        return (size_t)-1;
    if (fixed == 0) {
        for (size_t q = end; q-- > lo;)
            if (((unsigned char)t.s[q] & 0xC0) != 0x80 && scan_word_tail(t, q, w) == end - q)
                return q;
        return (size_t)-1;
    }
    size_t hi = end - fixed + 1;
    if (t.n < fixed)
        return (size_t)-1;
    if (hi > t.n - fixed + 1)
        hi = t.n - fixed + 1;
    for (const char *hit; hi > lo && (hit = memrchr(t.s + lo, w[0], hi - lo));) {
        size_t q = (size_t)(hit - t.s);
        if ((fixed == 1 || t.s[q + 1] == w[1]) && scan_word_tail(t, q, w) == end - q)
            return q;
        hi = q;
    }
    return (size_t)-1;
}

size_t scan_number(struct text t, size_t p, size_t max, long *v)
{
    size_t i = p;
    long x = 0;
    while (i < t.n && t.s[i] >= '0' && t.s[i] <= '9') {
        if (i - p >= max)
            return 0;
        x = x * 10 + (t.s[i] - '0');
        i++;
    }
    *v = x;
    return i - p;
}

size_t scan_prefix_any(struct text t, size_t p, const char *const *list)
{
    size_t best = 0;
    for (size_t i = 0; list && list[i]; i++) {
        if (list[i][0] && (p >= t.n || t.s[p] != list[i][0]))
            continue; /* most calls fail on the first byte */
        size_t k = strlen(list[i]);
        if (k > best && p + k <= t.n && memcmp(t.s + p, list[i], k) == 0)
            best = k;
    }
    return best;
}

int scan_span_has_any(struct text t, size_t a, size_t b, const char *const *list)
{
    for (size_t i = 0; a < b && b <= t.n && list && list[i]; i++)
        if (memmem(t.s + a, b - a, list[i], strlen(list[i])))
            return 1;
    return 0;
}

size_t scan_pair_at(struct text t, size_t p, const char *const *pairs, int side, size_t *pair)
{
    size_t best = 0;
    for (size_t i = 0; pairs && pairs[i]; i += 2) {
        const char *m = pairs[i + (side != 0)];
        size_t k = strlen(m);
        if (k > best && p + k <= t.n && memcmp(t.s + p, m, k) == 0) {
            best = k;
            if (pair)
                *pair = i;
        }
    }
    return best;
}

size_t scan_cjk_number(struct text t, size_t p, long *v)
{
    static const uint32_t digits[] = {0x3007, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94,
                                      0x516D, 0x4E03, 0x516B, 0x4E5D}; /* 〇一二三四五六七八九 */
    long positional = 0, total = 0, pending = -1;
    int units = 0, ndigits = 0;
    size_t q = p;
    while (q < t.n && ndigits < 8) {
        uint32_t cp = scan_cp(t, q);
        int d = -1;
        for (int i = 0; i < 10; i++)
            if (digits[i] == cp || (i == 0 && cp == 0x96F6)) /* 零 */
                d = i;
        long unit = cp == 0x5341 ? 10 : cp == 0x767E ? 100 : cp == 0x5343 ? 1000 : 0;
        if (d >= 0) {
            positional = positional * 10 + d;
            pending = d;
            ndigits++;
        } else if (unit) {
            total += (pending < 0 ? 1 : pending) * unit; /* "十五": the 1 is implied */
            pending = -1;
            units = 1;
            ndigits++;
        } else {
            break;
        }
        q += 3;
    }
    if (!ndigits)
        return 0;
    *v = units ? total + (pending > 0 ? pending : 0) : positional;
    return q - p;
}
