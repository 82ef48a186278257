/* gazetteer: TSV loader, alias trie and the aliases' vectorscan database, or the same built
 * in at build time (gazetteer_table.h) (see gazetteer.h). */
#include "gazetteer.h"
#include "gazetteer_table.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "inflect.h"
#include "lang.h"
#include "litscan.h"
#include "normalize.h"
#include "scan.h"
#include "util.h"

/* 13 columns (id … ar), or 14 with the German aliases (de) last */
enum { NCOLS = 14, NCOLS_MIN = 13, COL_ALIASES = 7 };
/* the languages of the alias columns */
static const char *const LANGS[] = {"zh", "en", "fr", "es", "ru", "ar", "de"};

/* bits of the literals in g->db: the first GZ_STEM bytes of an alias (or all of a shorter
 * one), where gazetteer_hits walks the trie for the aliases themselves; an alias without its
 * first letter where its language elides it after a fused prefix (lang.elided: Arabic
 * "للجنة" is "ل" + "اللجنة", the text dropped the alef after a fused lam), whole.
 * Whole aliases as literals (15,369 literals with the inflected forms, 3,346 stems) made
 * the pass slower: in Cyrillic text, whose bytes vary little, the thousands of Russian
 * forms left hardly a position the literal matcher could skip. */
enum { GZ_ALIAS = 1, GZ_NOALEF = 2 };
/* 8: fewest instructions and cache misses of 6, 8, 12, 16 (docs/bench-notes.md) */
enum { GZ_STEM = 8 };

/* The letter of L->elided that s[0..n) starts with: its length, or 0. */
static size_t elided_at(const struct lang *L, const char *s, size_t n)
{
    for (const char *const *w = L ? L->elided : NULL; w && *w; w++) {
        size_t k = strlen(*w);
        if (n > k && memcmp(s, *w, k) == 0)
            return k;
    }
    return 0;
}

struct tnode {
    uint32_t child, sibling; /* 0 = none (node 0 is the root) */
    int32_t entry;           /* index of the entry whose alias ends here, or -1 */
    unsigned char byte;
};

struct gazetteer {
    struct gz_entry *entries;
    size_t n, cap;
    struct tnode *nodes; /* while loading */
    size_t nnodes, ncap;
    struct gz_fnode *flat; /* once loaded (gazetteer_table.h) */
    unsigned char *fbyte;
    uint32_t root[256];
    struct scan_filter starts; /* the first bytes of every alias */
    struct litscan_set *lits;  /* the aliases while loading, then */
    struct litscan *db;        /* … compiled with the word prefixes of every language */
    struct arena *arena;
    /* the other forms of the aliases (inflect.h), added once every alias is: an alias
     * written in the file wins over a form */
    struct form {
        const char *s;
        size_t n;
        int32_t entry;
    } *forms;
    size_t nforms, fcap;
    struct form *stems; /* the stems of the literals (GZ_ALIAS), while loading */
    size_t nstems, scap;
    struct gz_tails *tails; /* the bodies' aliases by their last bytes, made at first use */
};

/* Keeps the stem of the folded alias s[0..n) for add_stems. */
static void keep_stem(struct gazetteer *g, const char *s, size_t n)
{
    n = n < GZ_STEM ? n : GZ_STEM;
    xgrow((void **)&g->stems, &g->scap, g->nstems + 1, sizeof *g->stems);
    g->stems[g->nstems++] = (struct form){arena_strndup(g->arena, s, n), n, -1};
}

static uint32_t new_node(struct gazetteer *g, unsigned char byte)
{
    xgrow((void **)&g->nodes, &g->ncap, g->nnodes + 1, sizeof *g->nodes);
    g->nodes[g->nnodes] = (struct tnode){0, 0, -1, byte};
    return (uint32_t)g->nnodes++;
}

static uint32_t find_child_linked(const struct gazetteer *g, uint32_t node, unsigned char byte)
{
    if (node == 0)
        return g->root[byte];
    for (uint32_t c = g->nodes[node].child; c; c = g->nodes[c].sibling)
        if (g->nodes[c].byte == byte)
            return c;
    return 0;
}

static uint32_t find_child(const struct gazetteer *g, uint32_t node, unsigned char byte)
{
    if (node == 0)
        return g->root[byte];
    const struct gz_fnode *f = &g->flat[node];
    const unsigned char *b = g->fbyte + f->first;
    for (uint32_t k = 0; k < f->count; k++)
        if (b[k] == byte)
            return f->first + k;
    return 0;
}

/* The linked trie of the load made flat (struct fnode). */
static void flatten(struct gazetteer *g)
{
    size_t n = g->nnodes;
    struct gz_fnode *f = xcalloc(n, sizeof *f);
    unsigned char *fb = xcalloc(n, 1);
    uint32_t *order = xcalloc(n, sizeof *order), root[256] = {0}; /* flat -> linked */
    size_t tail = 1;
    for (size_t u = 0; u < tail; u++) {
        uint32_t old = order[u];
        f[u].entry = g->nodes[old].entry;
        f[u].first = (uint32_t)tail;
        if (old == 0) {
            for (unsigned b = 0; b < 256; b++)
                if (g->root[b])
                    order[tail] = g->root[b], fb[tail] = (unsigned char)b, root[b] = (uint32_t)tail++;
        } else {
            for (uint32_t c = g->nodes[old].child; c; c = g->nodes[c].sibling)
                order[tail] = c, fb[tail++] = g->nodes[c].byte;
        }
        f[u].count = (uint32_t)(tail - f[u].first);
    }
    memcpy(g->root, root, sizeof root);
    free(order);
    free(g->nodes);
    g->nodes = NULL;
    g->flat = f;
    g->fbyte = fb;
}

/* Adds a folded alias; returns the entry already holding it, or -1. */
static int32_t trie_add(struct gazetteer *g, const char *s, size_t n, int32_t entry)
{
    uint32_t node = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char b = (unsigned char)s[i];
        uint32_t c = find_child_linked(g, node, b);
        if (!c) {
            c = new_node(g, b);
            if (node == 0) {
                g->root[b] = c;
            } else {
                g->nodes[c].sibling = g->nodes[node].child;
                g->nodes[node].child = c;
            }
        }
        node = c;
    }
    if (node == 0)
        return -1;
    if (g->nodes[node].entry >= 0 && g->nodes[node].entry != entry)
        return g->nodes[node].entry;
    g->nodes[node].entry = entry;
    return -1;
}

static char *field(struct gazetteer *g, const char *s, size_t n)
{
    if (n == 1 && s[0] == '-')
        return NULL;
    return arena_strndup(g->arena, s, n);
}

struct form_of {
    struct gazetteer *g;
    int32_t entry;
};

static void keep_form(void *ctx, const char *s, size_t n)
{
    struct form_of *f = ctx;
    struct gazetteer *g = f->g;
    xgrow((void **)&g->forms, &g->fcap, g->nforms + 1, sizeof *g->forms);
    g->forms[g->nforms++] = (struct form){arena_strndup(g->arena, s, n), n, f->entry};
}

/* The forms kept by keep_form, where they name nothing yet (trie_add keeps the first):
 * into the trie and the aliases' database, before either is built. */
static void add_forms(struct gazetteer *g)
{
    for (size_t i = 0; i < g->nforms; i++) {
        const struct form *f = &g->forms[i];
        if (trie_add(g, f->s, f->n, f->entry) >= 0)
            continue;
        const char *const one[] = {f->s, NULL};
        scan_filter_add(&g->starts, one);
        keep_stem(g, f->s, f->n);
    }
}

static int add_alias(struct gazetteer *g, const char *path, long line, const char *s, size_t n,
                     int32_t entry, const char *lang)
{
    struct ntext t;
    struct norm_error err;
    if (normalize_text(s, n, 0, &t, &err) != NORM_OK) {
        diag_error(path, line, "alias: %s", err.message);
        return -1;
    }
    if (t.len == 0) {
        ntext_release(&t);
        diag_error(path, line, "empty alias");
        return -1;
    }
    int32_t other = trie_add(g, t.s, t.len, entry);
    inflect_forms(lang_get(lang), t.s, t.len, keep_form, &(struct form_of){g, entry});
    const char *const one[] = {t.s, NULL};
    scan_filter_add(&g->starts, one);
    keep_stem(g, t.s, t.len);
    size_t el = elided_at(lang_get(lang), t.s, t.len);
    if (el)
        litscan_set_add(g->lits, t.s + el, t.len - el, GZ_NOALEF, -1);
    if (other >= 0)
        diag_warn(path, line, "alias '%.*s' of '%s' already names '%s'; kept the first", (int)n,
                  s, g->entries[entry].id, g->entries[other].id);
    ntext_release(&t);
    return 0;
}

/* The stems kept by keep_stem into the aliases' database, once the trie is flat: each
 * with the node where it ends, for gazetteer_hits. */
static void add_stems(struct gazetteer *g)
{
    for (size_t i = 0; i < g->nstems; i++) {
        const struct form *f = &g->stems[i];
        uint32_t node = 0;
        for (size_t k = 0; k < f->n; k++)
            node = find_child(g, node, (unsigned char)f->s[k]);
        litscan_set_add(g->lits, f->s, f->n, GZ_ALIAS, (int32_t)node);
    }
    free(g->stems);
    g->stems = NULL;
}

/* A slug with at least one letter or digit ("-" alone reads as "no value"). */
static int valid_id(const char *s, size_t n)
{
    int alnum = 0;
    for (size_t i = 0; i < n; i++) {
        int a = (s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9');
        if (!a && s[i] != '-')
            return 0;
        alnum |= a;
    }
    return alnum;
}

/* Fields end up in JSON, DOT and SVG (XML): valid UTF-8, no control character. */
static int check_text(const char *path, long line, const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t k = utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (!k)
            return diag_error(path, line, "invalid UTF-8"), -1;
        if ((cp < 0x20 && cp != '\t') || cp == 0x7F)
            return diag_error(path, line, "control character U+%04X", (unsigned)cp), -1;
        i += k;
    }
    return 0;
}

static int parse_line(struct gazetteer *g, const char *path, long line, const char *s, size_t n)
{
    if (check_text(path, line, s, n) != 0)
        return -1;
    const char *col[NCOLS];
    size_t len[NCOLS], k = 0;
    const char *p = s, *end = s + n;
    int more = 1; /* a tab after the last column read */
    while (k < NCOLS && more) {
        const char *tab = memchr(p, '\t', (size_t)(end - p));
        const char *e = tab ? tab : end;
        col[k] = p;
        len[k++] = (size_t)(e - p);
        more = tab != NULL;
        if (tab)
            p = tab + 1;
    }
    if (k < NCOLS_MIN || more) {
        size_t found = 1;
        for (const char *q = s; q < end; q++)
            found += *q == '\t';
        diag_error(path, line, "expected %d or %d tab-separated columns, found %zu", NCOLS_MIN,
                   NCOLS, found);
        return -1;
    }
    if (!valid_id(col[0], len[0])) {
        diag_error(path, line, "id '%.*s' is not a lowercase ASCII slug", (int)len[0], col[0]);
        return -1;
    }
    if (!((len[1] == 4 && memcmp(col[1], "body", 4) == 0) ||
          (len[1] == 10 && memcmp(col[1], "convention", 10) == 0))) {
        diag_error(path, line, "kind must be 'body' or 'convention', not '%.*s'", (int)len[1],
                   col[1]);
        return -1;
    }
    int year = 0;
    if (!(len[3] == 1 && col[3][0] == '-')) {
        for (size_t i = 0; i < len[3] && len[3] == 4 && year >= 0; i++)
            year = col[3][i] >= '0' && col[3][i] <= '9' ? year * 10 + (col[3][i] - '0') : -1;
        if (len[3] != 4 || year < 1000) {
            diag_error(path, line, "year '%.*s' is not 4 digits or '-'", (int)len[3], col[3]);
            return -1;
        }
    }
    if (len[5] == 0 || (len[5] == 1 && col[5][0] == '-')) {
        diag_error(path, line, "entry '%.*s' has no English name", (int)len[0], col[0]);
        return -1;
    }
    for (size_t i = 0; i < g->n; i++)
        if (strlen(g->entries[i].id) == len[0] && memcmp(g->entries[i].id, col[0], len[0]) == 0) {
            diag_error(path, line, "duplicate id '%.*s'", (int)len[0], col[0]);
            return -1;
        }
    xgrow((void **)&g->entries, &g->cap, g->n + 1, sizeof *g->entries);
    int32_t idx = (int32_t)g->n++;
    struct gz_entry *e = &g->entries[idx];
    e->id = field(g, col[0], len[0]);
    e->kind = field(g, col[1], len[1]);
    e->type = field(g, col[2], len[2]);
    e->year = year;
    e->name = field(g, col[5], len[5]);
    e->source = field(g, col[6], len[6]);
    e->established_by = NULL;
    if (!(len[4] == 1 && col[4][0] == '-')) {
        /* canonical when unxref reads the form; forms it does not read yet (lettered
         * parts, emergency sessions) are kept as written */
        char canon[SYMBOL_MAX];
        size_t used = symbol_parse(col[4], len[4], canon, NULL);
        if (used == 0) {
            diag_error(path, line, "established_by '%.*s' is not a UN symbol", (int)len[4],
                       col[4]);
            return -1;
        }
        e->established_by = used == len[4] ? arena_strndup(g->arena, canon, strlen(canon))
                                        : arena_strndup(g->arena, col[4], len[4]);
    }
    memset(e->names, 0, sizeof e->names);
    int rc = add_alias(g, path, line, col[5], len[5], idx, "en");
    for (size_t c = COL_ALIASES; c < k && rc == 0; c++) {
        if (len[c] == 1 && col[c][0] == '-')
            continue;
        const char *a = col[c], *cend = col[c] + len[c];
        const char *first = memchr(a, '|', len[c]);
        _Static_assert(sizeof e->names / sizeof *e->names == NCOLS - COL_ALIASES,
                       "a name for each alias column");
        e->names[c - COL_ALIASES] = field(g, a, first ? (size_t)(first - a) : len[c]);
        while (rc == 0) {
            const char *bar = memchr(a, '|', (size_t)(cend - a));
            const char *ae = bar ? bar : cend;
            rc = add_alias(g, path, line, a, (size_t)(ae - a), idx, LANGS[c - COL_ALIASES]);
            if (!bar)
                break;
            a = bar + 1;
        }
    }
    return rc;
}

struct gazetteer *gazetteer_load(const char *text, size_t n, const char *path)
{
    struct gazetteer *g = xcalloc(1, sizeof *g);
    g->arena = arena_new();
    new_node(g, 0); /* the root */
    g->lits = litscan_set_new();
    int bad = 0;
    long line = 0;
    for (size_t i = 0; i < n;) {
        const char *nl = memchr(text + i, '\n', n - i);
        size_t e = nl ? (size_t)(nl - text) : n;
        size_t le = e;
        line++;
        if (le > i && text[le - 1] == '\r')
            le--;
        if (le > i && text[i] != '#') {
            int blank = 1;
            for (size_t k = i; k < le; k++)
                blank &= text[k] == ' ' || text[k] == '\t';
            if (!blank && parse_line(g, path, line, text + i, le - i) != 0)
                bad++;
        }
        i = e + 1;
    }
    if (!bad) {
        const char *why = NULL;
        add_forms(g);
        flatten(g);
        add_stems(g);
        g->db = litscan_compile(g->lits, &why);
        g->lits = NULL;
        if (!g->db) {
            diag_error(path, 0, "the aliases' database: %s", why);
            bad = 1;
        }
    }
    if (bad) {
        gazetteer_free(g);
        return NULL;
    }
    return g;
}

/* ---- the aliases of bodies by their last bytes (gazetteer_body_ends) ---- */

/* Each alias of a body, keyed by its last GZ_TAIL bytes (all of a shorter one): a table
 * from (width, key) to the distinct lengths of the aliases with that tail, longest first. */
enum { GZ_TAIL = 8 };
struct gz_tails {
    struct tail_slot {
        uint64_t key;
        uint32_t at, n; /* lens[at … at + n) */
        unsigned w;     /* 0: empty */
    } *slot;
    size_t nslot;     /* a power of two */
    struct gz_end *lens;
    unsigned widths;  /* bit w: some alias has a tail of w bytes */
};
struct tail_rec {
    uint64_t key, head;
    unsigned w;
    uint16_t len;
};

static void tails_free(struct gz_tails *t)
{
    if (!t)
        return;
    free(t->slot);
    free(t->lens);
    free(t);
}

static size_t tail_hash(uint64_t key, unsigned w, size_t nslot)
{
    return (size_t)(((key ^ w) * 0x9E3779B97F4A7C15ull) >> 32) & (nslot - 1);
}

static int by_tail(const void *a, const void *b)
{
    const struct tail_rec *x = a, *y = b;
    if (x->w != y->w)
        return x->w < y->w ? -1 : 1;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    if (x->len != y->len)
        return x->len > y->len ? -1 : 1; /* longest first */
    return (x->head > y->head) - (x->head < y->head);
}

/* The trie level by level (its nodes are in breadth-first order: the children of one
 * level are the next level, in order), each node with its last GZ_TAIL bytes (the last in
 * the low byte) and its first 8 (the first in the low byte); a node that ends an alias of a
 * body gives a record. */
static struct gz_tails *tails_build(const struct gazetteer *g)
{
    size_t nrec = 0, rcap = 0, ccur = 1, cnxt = 0;
    struct tail_rec *rec = NULL;
    uint64_t (*cur)[2] = xcalloc(1, sizeof *cur), (*nxt)[2] = NULL; /* tail, head */
    size_t lo = 0, hi = 1; /* this level: the root */
    for (size_t depth = 0; lo < hi && hi <= g->nnodes; depth++) {
        size_t nhi = g->flat[hi - 1].first + g->flat[hi - 1].count;
        if (nhi < hi)
            nhi = hi;
        xgrow((void **)&nxt, &cnxt, nhi - hi + 1, sizeof *nxt);
        for (size_t u = lo; u < hi; u++) {
            const struct gz_fnode *fn = &g->flat[u];
            uint64_t tail = cur[u - lo][0], head = cur[u - lo][1];
            if (fn->entry >= 0 && depth > 0 && depth <= UINT16_MAX &&
                strcmp(g->entries[fn->entry].kind, "body") == 0) {
                unsigned w = depth < GZ_TAIL ? (unsigned)depth : GZ_TAIL;
                uint64_t mask = w == 8 ? ~0ull : (1ull << (8 * w)) - 1;
                xgrow((void **)&rec, &rcap, nrec + 1, sizeof *rec);
                rec[nrec++] = (struct tail_rec){tail & mask, head, w, (uint16_t)depth};
            }
            for (uint32_t k = 0; k < fn->count; k++) {
                uint64_t byte = g->fbyte[fn->first + k];
                nxt[fn->first + k - hi][0] = tail << 8 | byte;
                nxt[fn->first + k - hi][1] = depth < 8 ? head | byte << (8 * depth) : head;
            }
        }
        uint64_t (*swap)[2] = cur;
        size_t cswap = ccur;
        cur = nxt, ccur = cnxt;
        nxt = swap, cnxt = cswap;
        lo = hi, hi = nhi;
    }
    free(cur);
    free(nxt);
    qsort(rec, nrec, sizeof *rec, by_tail);
    struct gz_tails *t = xcalloc(1, sizeof *t);
    t->nslot = 64;
    while (t->nslot < 2 * nrec)
        t->nslot *= 2;
    t->slot = xcalloc(t->nslot, sizeof *t->slot);
    t->lens = xcalloc(nrec + 1, sizeof *t->lens);
    size_t nl = 0;
    for (size_t i = 0; i < nrec;) {
        size_t j = i;
        struct tail_slot s = {rec[i].key, (uint32_t)nl, 0, rec[i].w};
        for (; j < nrec && rec[j].w == rec[i].w && rec[j].key == rec[i].key; j++)
            if (j == i || rec[j].len != rec[j - 1].len || rec[j].head != rec[j - 1].head)
                t->lens[nl++] = (struct gz_end){rec[j].head, rec[j].len};
        s.n = (uint32_t)(nl - s.at);
        size_t h = tail_hash(s.key, s.w, t->nslot);
        while (t->slot[h].w)
            h = (h + 1) & (t->nslot - 1);
        t->slot[h] = s;
        t->widths |= 1u << s.w;
        i = j;
    }
    free(rec);
    return t;
}

static pthread_mutex_t tails_lock = PTHREAD_MUTEX_INITIALIZER;

unsigned gazetteer_body_ends(const struct gazetteer *g, const char *s, size_t end,
                             struct gz_ends *out)
{
    struct gz_tails *t = __atomic_load_n(&((struct gazetteer *)g)->tails, __ATOMIC_ACQUIRE);
    if (!t) {
        pthread_mutex_lock(&tails_lock);
        if (!(t = g->tails)) {
            t = tails_build(g);
            __atomic_store_n(&((struct gazetteer *)g)->tails, t, __ATOMIC_RELEASE);
        }
        pthread_mutex_unlock(&tails_lock);
    }
    uint64_t last = 0; /* s[end - 1] in the low byte, s[end - 2] next, … */
    if (end >= 8) {
        memcpy(&last, s + end - 8, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        last = __builtin_bswap64(last);
#else
        last = 0;
        for (unsigned i = 0; i < 8; i++)
            last |= (uint64_t)(unsigned char)s[end - 1 - i] << (8 * i);
#endif
    } else {
        for (unsigned i = 0; i < end; i++)
            last |= (uint64_t)(unsigned char)s[end - 1 - i] << (8 * i);
    }
    unsigned k = 0;
    for (unsigned w = 1; w <= GZ_TAIL && w <= end; w++) {
        if (!(t->widths >> w & 1))
            continue;
        uint64_t key = w == 8 ? last : last & ((1ull << (8 * w)) - 1);
        for (size_t h = tail_hash(key, w, t->nslot); t->slot[h].w; h = (h + 1) & (t->nslot - 1))
            if (t->slot[h].w == w && t->slot[h].key == key) {
                out[k].v = t->lens + t->slot[h].at;
                out[k++].n = t->slot[h].n;
                break;
            }
    }
    return k;
}

void gazetteer_free(struct gazetteer *g)
{
    if (!g)
        return;
    if (g->lits) /* a load that failed */
        litscan_set_free(g->lits);
    litscan_free(g->db);
    if (g->arena) { /* loaded from text, not the built-in table */
        free(g->entries);
        free(g->flat);
        free(g->fbyte);
        arena_free(g->arena);
    }
    free(g->nodes);
    free(g->forms);
    free(g->stems);
    tails_free(g->tails);
    free(g);
}

size_t gazetteer_size(const struct gazetteer *g) { return g->n; }

const struct gz_entry *gazetteer_entry(const struct gazetteer *g, size_t i)
{
    return i < g->n ? &g->entries[i] : NULL;
}

/* The name ends in a year ("Sommet mondial de 2005"): four digits 1xxx or 2xxx at end,
 * not part of a longer number, so that a footnote marker may follow ("20053"). */
static int year_end(const char *s, size_t end)
{
    if (end < 4 || (s[end - 4] != '1' && s[end - 4] != '2'))
        return 0;
    for (size_t i = end - 4; i < end; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return end == 4 || s[end - 5] < '0' || s[end - 5] > '9';
}

static int word_end_ok(const char *s, size_t n, size_t end)
{
    uint32_t last, next;
    if (end >= n)
        return 1;
    if (!utf8_decode_back((const unsigned char *)s, end, &last) || !cp_is_word(last))
        return 1;
    if (!utf8_decode((const unsigned char *)s + end, n - end, &next))
        return 1;
    if (!cp_is_word(next))
        return 1;
    /* a footnote marker glued to a name ("Rights of the Child3,", "Summit 20053,"): 1-3
     * ASCII digits after a letter or a year, then no word character */
    if (last >= '0' && last <= '9' && !year_end(s, end))
        return 0;
    size_t k = end;
    while (k < n && k - end < 3 && s[k] >= '0' && s[k] <= '9')
        k++;
    if (k == end || (k < n && s[k] >= '0' && s[k] <= '9'))
        return 0;
    return k >= n || !utf8_decode((const unsigned char *)s + k, n - k, &next) || !cp_is_word(next);
}

size_t gazetteer_match(const struct gazetteer *g, const char *s, size_t n, size_t pos,
                       const struct gz_entry **e)
{
    if (!scan_filter_may(&g->starts, (struct text){s, n}, pos)) {
        *e = NULL;
        return 0;
    }
    return gazetteer_match_after(g, "", s, n, pos, e);
}

size_t gazetteer_match_after(const struct gazetteer *g, const char *pre, const char *s,
                             size_t n, size_t pos, const struct gz_entry **e)
{
    uint32_t node = 0;
    size_t best = 0;
    *e = NULL;
    for (const char *c = pre; *c; c++)
        if (!(node = find_child(g, node, (unsigned char)*c)))
            return 0;
    for (size_t i = pos; i < n; i++) {
        node = find_child(g, node, (unsigned char)s[i]);
        if (!node)
            break;
        if (g->flat[node].entry >= 0 && word_end_ok(s, n, i + 1)) {
            best = i + 1 - pos;
            *e = &g->entries[g->flat[node].entry];
        }
    }
    return best;
}

struct hits_run {
    const struct gazetteer *g;
    const char *s;
    size_t n;
    struct gz_hits *out, *noalef;
};

static void push(struct gz_hits *h, struct gz_hit x)
{
    xgrow((void **)&h->v, &h->cap, h->n + 1, sizeof *h->v);
    h->v[h->n++] = x;
}

/* A stem at start (its node: tag): the alias it is, and when it is a whole GZ_STEM bytes,
 * the longer aliases the trie holds from there, each node that ends one (the literals the
 * whole aliases were, with their first entry); shorter ones are stems of their own. */
static void on_hit(void *ctx, size_t start, size_t len, uint64_t bits, int32_t tag)
{
    const struct hits_run *r = ctx;
    if (bits & GZ_NOALEF)
        push(r->noalef, (struct gz_hit){(uint32_t)start, (uint32_t)len, -1, 0});
    if (!(bits & GZ_ALIAS))
        return;
    const struct gazetteer *g = r->g;
    uint32_t node = (uint32_t)tag;
    for (size_t k = start + len;;) {
        if (g->flat[node].entry >= 0)
            push(r->out, (struct gz_hit){(uint32_t)start, (uint32_t)(k - start),
                                         g->flat[node].entry, 0});
        if (len < GZ_STEM || k >= r->n || !(node = find_child(g, node, (unsigned char)r->s[k])))
            break;
        k++;
    }
}

static int by_start(const void *a, const void *b)
{
    const struct gz_hit *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    if (x->len != y->len)
        return x->len < y->len ? -1 : 1;
    return (x->entry > y->entry) - (x->entry < y->entry);
}

/* v[0..n) by by_start, where each hit is at most a few places from its own (the aliases'
 * hits come by the end of their stems, each within GZ_STEM bytes of its start): an
 * insertion sort, not qsort's calls of by_start (equal hits are the same hit). */
static void sort_near(struct gz_hit *v, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        struct gz_hit x = v[i];
        size_t j = i;
        for (; j > 0 && by_start(&v[j - 1], &x) > 0; j--)
            v[j] = v[j - 1];
        v[j] = x;
    }
}

/* A prefix w (m bytes) whose first k bytes end at q: a candidate at q - k. */
static void prefix_before(struct gz_hits *out, const char *s, size_t q, const char *w,
                          size_t m, size_t k)
{
    if (q >= k && memcmp(s + q - k, w, k) == 0)
        push(out, (struct gz_hit){(uint32_t)(q - k), (uint32_t)m, -1, 1});
}

/* The length of the letter of L->elision_after that the prefix w (m bytes) ends with, or 0. */
static size_t elision_end(const struct lang *L, const char *w, size_t m)
{
    for (const char *const *e = L->elision_after; e && *e; e++) {
        size_t k = strlen(*e);
        if (m >= k && memcmp(w + m - k, *e, k) == 0)
            return k;
    }
    return 0;
}

void gazetteer_hits(const struct gazetteer *g, const struct lang *L, const char *s, size_t n,
                    struct gz_hits *out)
{
    const char *const *prefixes = L->word_prefixes;
    struct gz_hits noalef = {0};
    struct hits_run r = {g, s, n, out, &noalef};
    out->n = 0;
    litscan_run(g->db, s, n, on_hit, &r);
    /* a letter fused to an alias (names.c fused_match): the prefix right before an alias,
     * or before an alias without its first alef, with or without the prefix's last lam */
    size_t nalias = out->n;
    for (const char *const *w = prefixes; w && *w; w++) {
        size_t m = strlen(*w);
        size_t lam = elision_end(L, *w, m);
        for (size_t i = 0; i < nalias; i++)
            prefix_before(out, s, out->v[i].start, *w, m, m);
        for (size_t i = 0; i < noalef.n; i++) {
            prefix_before(out, s, noalef.v[i].start, *w, m, m);
            if (lam)
                prefix_before(out, s, noalef.v[i].start, *w, m, m - lam);
        }
    }
    free(noalef.v);
    if (out->n > nalias)
        qsort(out->v, out->n, sizeof *out->v, by_start);
    else
        sort_near(out->v, out->n);
}

const struct litscan *gazetteer_db(const struct gazetteer *g) { return g->db; }

size_t gazetteer_longest(const struct gazetteer *g, const char *s, size_t n,
                         const struct gz_hit *v, size_t m, const struct gz_entry **e)
{
    *e = NULL;
    for (size_t i = m; i-- > 0;)
        if (v[i].entry >= 0 && word_end_ok(s, n, v[i].start + v[i].len)) {
            *e = &g->entries[v[i].entry];
            return v[i].len;
        }
    return 0;
}

const struct scan_filter *gazetteer_starts(const struct gazetteer *g) { return &g->starts; }

const struct gz_entry *gazetteer_lookup(const struct gazetteer *g, const char *s, size_t n)
{
    uint32_t node = 0;
    for (size_t i = 0; i < n && (i == 0 || node); i++)
        node = find_child(g, node, (unsigned char)s[i]);
    if (!node || g->flat[node].entry < 0)
        return NULL;
    return &g->entries[g->flat[node].entry];
}

static int type_family(const char *noun_type, const char *entry_type)
{
    if (!noun_type || !entry_type)
        return 0;
    if (strcmp(noun_type, entry_type) == 0)
        return 1;
    return strcmp(noun_type, "committee") == 0 && strcmp(entry_type, "sanctions-committee") == 0;
}

const struct gz_entry *gazetteer_established(const struct gazetteer *g, const char *res_id,
                                             const char *type)
{
    for (size_t i = 0; i < g->n; i++) {
        const struct gz_entry *e = &g->entries[i];
        if (e->established_by && strcmp(e->established_by, res_id) == 0 &&
            type_family(type, e->type))
            return e;
    }
    return NULL;
}

/* data/gazetteer.tsv, compiled in by the Makefile (xxd -i). */
extern unsigned char gazetteer_tsv[];
extern unsigned int gazetteer_tsv_len;

void gazetteer_table_of(const struct gazetteer *g, struct gz_table *t)
{
    *t = (struct gz_table){g->entries, g->n,  g->flat, g->fbyte, g->nnodes, g->root,
                           &g->starts, {0},    gazetteer_tsv_len};
    litscan_lits_of(g->db, &t->lits);
}

/* The gazetteer of the table written at build time (gazetteer_table.h), or NULL when there
 * is none or its database does not load here. The arrays are read-only and stay where they
 * are (the casts: the loader's fields are writable, nothing writes them after a load). */
static struct gazetteer *from_table(const struct gz_table *t)
{
    if (!t || t->tsv_len != gazetteer_tsv_len)
        return NULL;
    struct litscan *db = litscan_prebuilt(&t->lits);
    if (!db)
        return NULL;
    struct gazetteer *g = xcalloc(1, sizeof *g);
    g->entries = (struct gz_entry *)t->entries;
    g->n = t->n;
    g->flat = (struct gz_fnode *)t->flat;
    g->fbyte = (unsigned char *)t->fbyte;
    g->nnodes = t->nnodes;
    memcpy(g->root, t->root, sizeof g->root);
    g->starts = *t->starts;
    g->db = db;
    return g;
}

struct gazetteer *gazetteer_builtin(void)
{
    struct gazetteer *g = from_table(&gazetteer_table);
    return g ? g : gazetteer_load((const char *)gazetteer_tsv, gazetteer_tsv_len,
                                  "data/gazetteer.tsv");
}

const char *gazetteer_name(const struct gz_entry *e, const char *lang)
{
    for (size_t i = 0; i < sizeof LANGS / sizeof *LANGS; i++)
        if (strcmp(LANGS[i], lang) == 0)
            return e->names[i] ? e->names[i] : e->name;
    return e->name;
}
