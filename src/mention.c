/* mention: mention lists and claimed spans (see mention.h). */
#include "mention.h"

#include <stdlib.h>

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
