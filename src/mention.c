/* mention: mention lists, their spill and tally, and claimed spans (see mention.h). */
#include "mention.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util.h"

void mentions_push(struct mentions *m, const struct mention *x)
{
    xgrow((void **)&m->v, &m->cap, m->n + 1, sizeof *m->v);
    m->v[m->n++] = *x;
}

void mentions_release(struct mentions *m)
{
    free(m->v);
    m->v = NULL;
    m->n = m->cap = 0;
}

const char *mention_kind_name(enum mention_kind k)
{
    switch (k) {
    case MK_RESOLUTION:
        return "resolution";
    case MK_CONVENTION:
        return "convention";
    case MK_BODY:
        return "body";
    case MK_DOCUMENT:
        return "document";
    }
    return "?";
}

void spans_add(struct spans *s, size_t a, size_t b)
{
    xgrow((void **)&s->v, &s->cap, s->n + 1, sizeof *s->v);
    s->v[s->n][0] = a;
    s->v[s->n][1] = b;
    s->n++;
}

static int cmp_span(const void *x, const void *y)
{
    const size_t *a = x, *b = y;
    return a[0] < b[0] ? -1 : a[0] > b[0];
}

void spans_sort(struct spans *s)
{
    sort_stable(s->v, s->n, sizeof *s->v, cmp_span); /* (as glibc's qsort: stable) */
    /* merge overlapping spans so that a binary search finds the only candidate */
    size_t k = 0;
    for (size_t i = 0; i < s->n; i++) {
        if (k && s->v[i][0] < s->v[k - 1][1]) {
            if (s->v[i][1] > s->v[k - 1][1])
                s->v[k - 1][1] = s->v[i][1];
        } else {
            s->v[k][0] = s->v[i][0];
            s->v[k][1] = s->v[i][1];
            k++;
        }
    }
    s->n = k;
}

int spans_overlap(const struct spans *s, size_t a, size_t b)
{
    size_t lo = 0, hi = s->n;
    while (lo < hi) { /* first span that ends after a */
        size_t mid = (lo + hi) / 2;
        if (s->v[mid][1] <= a)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < s->n && s->v[lo][0] < b;
}

void spans_release(struct spans *s)
{
    free(s->v);
    s->v = NULL;
    s->n = s->cap = 0;
}

static size_t hash_str(const char *s)
{
    size_t h = 14695981039346656037u; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

/* ---- the string fields of a mention, for the copies of the spill and the tally ---- */

static const size_t STRING_FIELDS[] = {
    offsetof(struct mention, id),         offsetof(struct mention, name),
    offsetof(struct mention, type),       offsetof(struct mention, established_by),
    offsetof(struct mention, parts),      offsetof(struct mention, paragraph),
    offsetof(struct mention, candidates), offsetof(struct mention, short_form),
    offsetof(struct mention, text)};
enum { NSTRINGS = sizeof STRING_FIELDS / sizeof *STRING_FIELDS, TEXT_FIELD = NSTRINGS - 1 };

static const char **string_field(struct mention *m, int k)
{
    return (const char **)(void *)((char *)m + STRING_FIELDS[k]);
}

/* The bytes of string k: text is the mention's bytes (it may hold a NUL), the others are
 * C strings. */
static size_t string_len(const struct mention *m, int k, const char *s)
{
    return k == TEXT_FIELD ? m->end - m->start : strlen(s);
}

/* ---- spill ---- */

/* The last SPILL_KEEP distinct strings of each field, written and read in the same
 * order: a record names one of them by its slot instead of writing its bytes again (the
 * gazetteer's names, types and ids repeat from mention to mention). */
enum { SPILL_KEEP = 4 };
struct spill_keep {
    struct kept {
        char *s; /* NULL: the slot is empty */
        size_t len, cap;
    } slot[NSTRINGS][SPILL_KEEP];
    unsigned next[NSTRINGS];
};

static const char *keep_str(struct spill_keep *kp, int k, const char *str, size_t len)
{
    struct kept *e = &kp->slot[k][kp->next[k]];
    kp->next[k] = (kp->next[k] + 1) % SPILL_KEEP;
    xgrow((void **)&e->s, &e->cap, len + 1, 1);
    memcpy(e->s, str, len);
    e->s[len] = 0;
    e->len = len;
    return e->s;
}

static void keep_free(struct spill_keep *kp)
{
    if (!kp)
        return;
    for (int k = 0; k < NSTRINGS; k++)
        for (int j = 0; j < SPILL_KEEP; j++)
            free(kp->slot[k][j].s);
    free(kp);
}

int spill_open(struct mention_spill *s)
{
    memset(s, 0, sizeof *s);
    const char *dir = getenv("TMPDIR");
    struct buf path = BUF_INIT;
    buf_printf(&path, "%s/unxref-mentions-XXXXXX", dir && *dir ? dir : "/tmp");
    int fd = mkstemp(path.data);
    if (fd >= 0) {
        unlink(path.data);
        s->fp = fdopen(fd, "w+b");
        if (!s->fp)
            close(fd);
    }
    buf_release(&path);
    if (!s->fp)
        return -1;
    setvbuf(s->fp, NULL, _IOFBF, 1 << 16);
    s->keep = xcalloc(1, sizeof *s->keep);
    return 0;
}

/* A varint into p (10 bytes at most); returns its length. */
static size_t put_varint(unsigned char *p, uint64_t v)
{
    size_t k = 0;
    while (v >= 0x80) {
        p[k++] = (unsigned char)((v & 0x7f) | 0x80);
        v >>= 7;
    }
    p[k++] = (unsigned char)v;
    return k;
}

/* A varint from [*p, end); -1 when it runs past end. */
static int get_varint(const unsigned char **p, const unsigned char *end, uint64_t *v)
{
    *v = 0;
    for (int shift = 0; shift < 64 && *p < end; shift += 7) {
        unsigned c = *(*p)++;
        *v |= (uint64_t)(c & 0x7f) << shift;
        if (!(c & 0x80))
            return 0;
    }
    return -1;
}

static int read_varint(FILE *fp, uint64_t *v)
{
    *v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
        int c = getc_unlocked(fp);
        if (c == EOF)
            return -1;
        *v |= (uint64_t)(c & 0x7f) << shift;
        if (!(c & 0x80))
            return 0;
    }
    return -1;
}

static uint64_t zigzag(long long v) { return v < 0 ? ((uint64_t)-(v + 1) << 1) | 1 : (uint64_t)v << 1; }
static long long unzigzag(uint64_t u) { return u & 1 ? -(long long)(u >> 1) - 1 : (long long)(u >> 1); }

static unsigned flags_of(const struct mention *m)
{
    return m->known | m->draft << 1 | m->ambiguous << 2 | m->unresolved << 3 |
           m->corrected << 4 | m->in_name << 5 | m->editorial << 6;
}

/* A record: its length (a varint), then kind, flags, the numbers as varints, and each
 * string as 0 (NULL), 1 + a slot of the strings kept (struct spill_keep), or
 * 1 + SPILL_KEEP + its length, its bytes and a NUL. */
void spill_put(struct mention_spill *s, const struct mention *m)
{
    size_t need = 2 + 6 * 10 + 10;
    for (int k = 0; k < NSTRINGS; k++) {
        const char *str = *string_field((struct mention *)m, k);
        need += 10 + (str ? string_len(m, k, str) + 1 : 0);
    }
    xgrow((void **)&s->rec, &s->cap, need, 1);
    unsigned char *r = (unsigned char *)s->rec, *p = r + 10;
    *p++ = (unsigned char)m->kind;
    *p++ = (unsigned char)flags_of(m);
    p += put_varint(p, m->start);
    p += put_varint(p, m->end - m->start);
    p += put_varint(p, zigzag(m->line));
    p += put_varint(p, m->nstart);
    p += put_varint(p, zigzag((long long)m->nend - (long long)m->nstart));
    p += put_varint(p, zigzag(m->year));
    for (int k = 0; k < NSTRINGS; k++) {
        const char *str = *string_field((struct mention *)m, k);
        if (!str) {
            *p++ = 0;
            continue;
        }
        size_t len = string_len(m, k, str);
        int j = 0;
        for (const struct kept *e = s->keep->slot[k]; j < SPILL_KEEP; j++, e++)
            if (e->s && e->len == len && memcmp(e->s, str, len) == 0)
                break;
        if (j < SPILL_KEEP) {
            *p++ = (unsigned char)(1 + j);
            continue;
        }
        keep_str(s->keep, k, str, len);
        p += put_varint(p, 1 + SPILL_KEEP + len);
        memcpy(p, str, len);
        p += len;
        *p++ = 0;
    }
    unsigned char head[10];
    size_t body = (size_t)(p - (r + 10)), hk = put_varint(head, body);
    memcpy(r + 10 - hk, head, hk); /* the length just before the body */
    if (fwrite_unlocked(r + 10 - hk, 1, hk + body, s->fp) != hk + body)
        s->failed = 1;
    s->n++;
}

int spill_flush(struct mention_spill *s)
{
    if (s->fp && fflush(s->fp) != 0)
        s->failed = 1;
    return s->failed ? -1 : 0;
}

void spill_close(struct mention_spill *s)
{
    if (s->fp)
        fclose(s->fp);
    free(s->rec);
    keep_free(s->keep);
    memset(s, 0, sizeof *s);
}

void spill_read_start(const struct mention_spill *s, struct spill_reader *r)
{
    memset(r, 0, sizeof *r);
    r->fp = s->fp;
    r->left = s->n;
    r->keep = xcalloc(1, sizeof *r->keep);
    if (r->fp && fseek(r->fp, 0, SEEK_SET) != 0)
        r->failed = 1;
}

static int read_record(struct spill_reader *r)
{
    uint64_t len, v[6];
    if (read_varint(r->fp, &len) != 0 || len < 2 || len > ((uint64_t)1 << 40))
        return -1;
    xgrow((void **)&r->mem, &r->cap, (size_t)len, 1);
    if (fread_unlocked(r->mem, 1, (size_t)len, r->fp) != len)
        return -1;
    const unsigned char *p = (const unsigned char *)r->mem, *end = p + len;
    struct mention *m = &r->m;
    memset(m, 0, sizeof *m);
    unsigned kind = *p++, flags = *p++;
    for (int i = 0; i < 6; i++)
        if (get_varint(&p, end, &v[i]) != 0)
            return -1;
    m->kind = (enum mention_kind)kind;
    m->known = flags & 1;
    m->draft = flags >> 1 & 1;
    m->ambiguous = flags >> 2 & 1;
    m->unresolved = flags >> 3 & 1;
    m->corrected = flags >> 4 & 1;
    m->in_name = flags >> 5 & 1;
    m->editorial = flags >> 6 & 1;
    m->start = (size_t)v[0];
    m->end = m->start + (size_t)v[1];
    m->line = (long)unzigzag(v[2]);
    m->nstart = (size_t)v[3];
    m->nend = (size_t)((long long)m->nstart + unzigzag(v[4]));
    m->year = (int)unzigzag(v[5]);
    for (int k = 0; k < NSTRINGS; k++) {
        uint64_t sl;
        if (get_varint(&p, end, &sl) != 0)
            return -1;
        if (sl >= 1 && sl <= SPILL_KEEP) {
            const struct kept *e = &r->keep->slot[k][sl - 1];
            if (!e->s)
                return -1;
            *string_field(m, k) = e->s;
        } else if (sl) {
            size_t sn = (size_t)(sl - 1 - SPILL_KEEP);
            if (sl - 1 - SPILL_KEEP >= (uint64_t)(end - p))
                return -1;
            *string_field(m, k) = keep_str(r->keep, k, (const char *)p, sn);
            p += sn + 1; /* the bytes and their NUL */
        }
    }
    return p == end ? 0 : -1;
}

const struct mention *spill_read_next(struct spill_reader *r)
{
    if (!r->left || r->failed)
        return NULL;
    if (read_record(r) != 0) {
        r->failed = 1;
        return NULL;
    }
    r->left--;
    return &r->m;
}

void spill_read_end(struct spill_reader *r)
{
    free(r->mem);
    keep_free(r->keep);
    memset(r, 0, sizeof *r);
}

/* ---- tally ---- */

static size_t tally_hash(const struct mention *m)
{
    return hash_str(m->id) * 31 + (size_t)m->kind;
}

static void tally_rehash(struct mention_tally *t)
{
    free(t->slot);
    t->nslot = t->nslot ? 2 * t->nslot : 64;
    t->slot = xcalloc(t->nslot, sizeof *t->slot);
    for (size_t k = 0; k < t->n; k++) {
        size_t i = tally_hash(&t->v[k].m) & (t->nslot - 1);
        while (t->slot[i])
            i = (i + 1) & (t->nslot - 1);
        t->slot[i] = k + 1;
    }
}

void tally_add(struct mention_tally *t, const struct mention *m)
{
    if (2 * (t->n + 1) > t->nslot)
        tally_rehash(t);
    size_t i = tally_hash(m) & (t->nslot - 1);
    for (; t->slot[i]; i = (i + 1) & (t->nslot - 1)) {
        struct mention_count *c = &t->v[t->slot[i] - 1];
        if (c->m.kind == m->kind && strcmp(c->m.id, m->id) == 0) {
            c->n++;
            return;
        }
    }
    if (!t->strings)
        t->strings = arena_new();
    xgrow((void **)&t->v, &t->cap, t->n + 1, sizeof *t->v);
    struct mention_count *c = &t->v[t->n];
    c->m = *m;
    c->n = 1;
    for (int k = 0; k < NSTRINGS; k++) {
        const char **f = string_field(&c->m, k);
        if (*f)
            *f = arena_strndup(t->strings, *f, string_len(m, k, *f));
    }
    t->slot[i] = ++t->n;
}

static int cmp_count(const void *a, const void *b)
{
    const struct mention *x = &((const struct mention_count *)a)->m;
    const struct mention *y = &((const struct mention_count *)b)->m;
    int c = strcmp(x->id, y->id);
    return c ? c : (int)x->kind - (int)y->kind;
}

void tally_sort(struct mention_tally *t)
{
    if (t->n > 1)
        qsort(t->v, t->n, sizeof *t->v, cmp_count);
    if (t->nslot) { /* the slots follow the new order (rebuilt at the same size) */
        t->nslot /= 2;
        tally_rehash(t);
    }
}

void tally_release(struct mention_tally *t)
{
    free(t->v);
    free(t->slot);
    arena_free(t->strings);
    memset(t, 0, sizeof *t);
}

void mindex_init(struct mention_index *x, const struct mentions *of, size_t text_len)
{
    memset(x, 0, sizeof *x);
    x->of = of;
    x->nbuckets = (text_len >> MINDEX_SHIFT) + 1;
    x->head = xcalloc(x->nbuckets, sizeof *x->head);
}

static size_t bucket_of(const struct mention_index *x, size_t pos)
{
    size_t b = pos >> MINDEX_SHIFT;
    return b < x->nbuckets ? b : x->nbuckets - 1;
}


/* The slot of id in the set: where it is, or the empty one where it would go. */
static size_t id_slot(const struct mention_index *x, const char *id)
{
    size_t i = hash_str(id) & (x->idcap - 1);
    while (x->ids[i] && strcmp(x->ids[i], id) != 0)
        i = (i + 1) & (x->idcap - 1);
    return i;
}

static void add_id(struct mention_index *x, const char *id)
{
    if (2 * (x->nids + 1) > x->idcap) {
        const char **old = x->ids;
        size_t oldcap = x->idcap;
        x->idcap = oldcap ? 2 * oldcap : 64;
        x->ids = xcalloc(x->idcap, sizeof *x->ids);
        for (size_t i = 0; i < oldcap; i++)
            if (old[i])
                x->ids[id_slot(x, old[i])] = old[i];
        free(old);
    }
    size_t i = id_slot(x, id);
    if (!x->ids[i])
        x->ids[i] = id, x->nids++;
}

void mindex_sync(struct mention_index *x)
{
    const struct mentions *of = x->of;
    if (x->done >= of->n)
        return;
    xgrow((void **)&x->next, &x->nextcap, of->n, sizeof *x->next);
    for (size_t i = x->done; i < of->n; i++) {
        const struct mention *m = &of->v[i];
        size_t b = bucket_of(x, m->nend);
        x->next[i] = x->head[b];
        x->head[b] = i + 1;
        if (m->nend > m->nstart && m->nend - m->nstart > x->maxlen)
            x->maxlen = m->nend - m->nstart;
        if (m->id)
            add_id(x, m->id);
    }
    x->done = of->n;
}

int mindex_has_id(struct mention_index *x, const char *id)
{
    mindex_sync(x);
    return x->idcap && x->ids[id_slot(x, id)] != NULL;
}

void mindex_range(struct mention_index *x, size_t lo, size_t hi, struct mindex_iter *it)
{
    mindex_sync(x);
    it->lo = lo;
    it->hi = hi;
    it->b = bucket_of(x, hi);
    it->j = lo <= hi ? x->head[it->b] : 0;
}

const struct mention *mindex_next(const struct mention_index *x, struct mindex_iter *it,
                                  size_t *index)
{
    for (;;) {
        while (it->j) {
            size_t i = it->j - 1;
            const struct mention *m = &x->of->v[i];
            it->j = x->next[i];
            if (m->nend >= it->lo && m->nend <= it->hi) {
                *index = i;
                return m;
            }
        }
        if (it->lo > it->hi || it->b == 0 || it->b <= bucket_of(x, it->lo))
            return NULL;
        it->j = x->head[--it->b];
    }
}

void mindex_release(struct mention_index *x)
{
    free(x->head);
    free(x->next);
    free(x->ids);
    memset(x, 0, sizeof *x);
}
