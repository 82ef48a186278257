/* mention: mention lists and claimed spans (see mention.h). */
#include "mention.h"

#include <stdlib.h>
#include <string.h>

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
    if (s->n > 1)
        qsort(s->v, s->n, sizeof *s->v, cmp_span);
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

static size_t hash_str(const char *s)
{
    size_t h = 14695981039346656037u; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
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
