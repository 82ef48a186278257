/* litscan: literal sets compiled with vectorscan, scanned in one pass (see litscan.h). */
#include "litscan.h"

#include <hs.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

struct lit {
    char *s;
    size_t n;
    uint64_t bits;
    int32_t tag;
};

struct litscan_set {
    struct lit *v;
    size_t n, cap;
    uint32_t *slot; /* open addressing over v: index + 1, 0 = empty */
    size_t nslot;   /* a power of two, at least twice n */
};

struct litscan {
    hs_database_t *db; /* NULL: no literal */
    uint64_t fingerprint;
    size_t *len;
    uint64_t *bits;
    int32_t *tag;
    size_t n;
    hs_scratch_t *proto; /* cloned for each concurrent run */
    pthread_mutex_t lock;
    hs_scratch_t **pool; /* scratches not in use */
    size_t npool, cappool;
};

static uint64_t hash_bytes(const char *s, size_t n)
{
    uint64_t h = 14695981039346656037ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h;
}

struct litscan_set *litscan_set_new(void)
{
    struct litscan_set *b = xcalloc(1, sizeof *b);
    b->nslot = 64;
    b->slot = xcalloc(b->nslot, sizeof *b->slot);
    return b;
}

static void rehash(struct litscan_set *b)
{
    free(b->slot);
    b->nslot *= 2;
    b->slot = xcalloc(b->nslot, sizeof *b->slot);
    for (size_t i = 0; i < b->n; i++) {
        size_t k = hash_bytes(b->v[i].s, b->v[i].n) & (b->nslot - 1);
        while (b->slot[k])
            k = (k + 1) & (b->nslot - 1);
        b->slot[k] = (uint32_t)(i + 1);
    }
}

void litscan_set_add(struct litscan_set *b, const char *s, size_t n, uint64_t bits,
                     int32_t tag)
{
    size_t k = hash_bytes(s, n) & (b->nslot - 1);
    for (; b->slot[k]; k = (k + 1) & (b->nslot - 1)) {
        struct lit *l = &b->v[b->slot[k] - 1];
        if (l->n == n && memcmp(l->s, s, n) == 0) {
            l->bits |= bits;
            if (l->tag < 0)
                l->tag = tag;
            return;
        }
    }
    xgrow((void **)&b->v, &b->cap, b->n + 1, sizeof *b->v);
    b->v[b->n] = (struct lit){xstrndup(s, n), n, bits, tag};
    b->slot[k] = (uint32_t)++b->n;
    if (2 * b->n > b->nslot)
        rehash(b);
}

void litscan_set_free(struct litscan_set *b)
{
    for (size_t i = 0; i < b->n; i++)
        free(b->v[i].s);
    free(b->v);
    free(b->slot);
    free(b);
}

static void no_memory(void)
{
    fputs("unxref: out of memory\n", stderr);
    exit(3);
}

/* A database of n literals without its vectorscan part yet. */
static struct litscan *db_new(size_t n)
{
    struct litscan *db = xcalloc(1, sizeof *db);
    db->n = n;
    db->len = xcalloc(n, sizeof *db->len);
    db->bits = xcalloc(n, sizeof *db->bits);
    db->tag = xcalloc(n, sizeof *db->tag);
    pthread_mutex_init(&db->lock, NULL);
    return db;
}

/* db->db from the blob of litscan_blobs with db->fingerprint, and its scratch; 0 if none
 * loads here. */
static int from_blob(struct litscan *db)
{
    for (size_t i = 0; db->n > 0 && litscan_blobs && litscan_blobs[i].bytes && !db->db; i++)
        if (litscan_blobs[i].fingerprint == db->fingerprint &&
            hs_deserialize_database((const char *)litscan_blobs[i].bytes, litscan_blobs[i].len,
                                    &db->db) != HS_SUCCESS)
            db->db = NULL;
    if (db->db && hs_alloc_scratch(db->db, &db->proto) != HS_SUCCESS)
        no_memory();
    return db->db != NULL;
}

struct litscan *litscan_compile(struct litscan_set *b, const char **why)
{
    size_t n = b->n;
    struct litscan *db = db_new(n);
    const char **expr = xcalloc(n, sizeof *expr);
    unsigned *flags = xcalloc(n, sizeof *flags), *ids = xcalloc(n, sizeof *ids);
    for (size_t i = 0; i < n; i++) {
        expr[i] = b->v[i].s;
        db->len[i] = b->v[i].n;
        db->bits[i] = b->v[i].bits;
        db->tag[i] = b->v[i].tag;
        ids[i] = (unsigned)i;
    }
    hs_compile_error_t *err = NULL;
    int ok = 1;
    uint64_t fp = 14695981039346656037ull ^ n;
    for (size_t i = 0; i < n; i++)
        fp = (fp ^ hash_bytes(b->v[i].s, b->v[i].n) ^ b->v[i].n) * 1099511628211ull;
    db->fingerprint = fp;
    if (!from_blob(db) && n > 0 && n <= UINT_MAX) {
        /* for this CPU, but with no more than AVX2: the serialized databases then also
         * load under valgrind, whose CPU has no AVX-512 (make memcheck) */
        hs_platform_info_t plat;
        ok = hs_populate_platform(&plat) == HS_SUCCESS;
        plat.cpu_features &= HS_CPU_FEATURES_AVX2;
        ok = ok && hs_compile_lit_multi(expr, flags, ids, db->len, (unsigned)n, HS_MODE_BLOCK,
                                        &plat, &db->db, &err) == HS_SUCCESS;
        if (!ok) {
            static _Thread_local char msg[200];
            snprintf(msg, sizeof msg, "vectorscan: %s", err && err->message ? err->message : "?");
            *why = msg;
            hs_free_compile_error(err);
        } else if (hs_alloc_scratch(db->db, &db->proto) != HS_SUCCESS) {
            no_memory();
        }
    }
    free(expr);
    free(flags);
    free(ids);
    litscan_set_free(b);
    if (!ok) {
        litscan_free(db);
        return NULL;
    }
    return db;
}

void litscan_free(struct litscan *db)
{
    if (!db)
        return;
    for (size_t i = 0; i < db->npool; i++)
        hs_free_scratch(db->pool[i]);
    hs_free_scratch(db->proto);
    hs_free_database(db->db);
    pthread_mutex_destroy(&db->lock);
    free(db->pool);
    free(db->len);
    free(db->bits);
    free(db->tag);
    free(db);
}

size_t litscan_size(const struct litscan *db) { return db->n; }

struct litscan *litscan_prebuilt(const struct litscan_lits *l)
{
    struct litscan *db = db_new(l->n);
    db->fingerprint = l->fingerprint;
    memcpy(db->len, l->len, l->n * sizeof *db->len);
    memcpy(db->bits, l->bits, l->n * sizeof *db->bits);
    memcpy(db->tag, l->tag, l->n * sizeof *db->tag);
    if (l->n > 0 && !from_blob(db)) {
        litscan_free(db);
        return NULL;
    }
    return db;
}

void litscan_lits_of(const struct litscan *db, struct litscan_lits *l)
{
    *l = (struct litscan_lits){db->fingerprint, db->n, db->len, db->bits, db->tag};
}

int litscan_serialize(const struct litscan *db, char **bytes, size_t *len, uint64_t *fp)
{
    *fp = db->fingerprint;
    return db->db && hs_serialize_database(db->db, bytes, len) == HS_SUCCESS;
}

struct run {
    const struct litscan *db;
    litscan_fn fn;
    void *ctx;
};

static int on_match(unsigned id, unsigned long long from, unsigned long long to,
                    unsigned flags, void *ctx)
{
    (void)from;
    (void)flags;
    const struct run *r = ctx;
    size_t len = r->db->len[id];
    r->fn(r->ctx, (size_t)to - len, len, r->db->bits[id], r->db->tag[id]);
    return 0;
}

void litscan_run(const struct litscan *db, const char *s, size_t n, litscan_fn fn, void *ctx)
{
    if (!db->db || n == 0)
        return;
    struct litscan *w = (struct litscan *)db; /* the pool only */
    hs_scratch_t *scratch = NULL;
    pthread_mutex_lock(&w->lock);
    if (w->npool)
        scratch = w->pool[--w->npool];
    pthread_mutex_unlock(&w->lock);
    if (!scratch && hs_clone_scratch(db->proto, &scratch) != HS_SUCCESS)
        no_memory();
    struct run r = {db, fn, ctx};
    if (n > UINT_MAX) { /* texts come in parts of at most a few MiB (doc.c) */
        fputs("unxref: a text part above 4 GiB\n", stderr);
        exit(3);
    }
    if (hs_scan(db->db, s, (unsigned)n, 0, scratch, on_match, &r) != HS_SUCCESS)
        no_memory();
    pthread_mutex_lock(&w->lock);
    xgrow((void **)&w->pool, &w->cappool, w->npool + 1, sizeof *w->pool);
    w->pool[w->npool++] = scratch;
    pthread_mutex_unlock(&w->lock);
}
