/* util: memory and byte buffers (see util.h). */
#include "util.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <string.h>

static void oom(void)
{
    fputs("unxref: out of memory\n", stderr);
    exit(3);
}

void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        oom();
    return p;
}

void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p)
        oom();
    return p;
}

void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p)
        oom();
    return p;
}

void xgrow(void **p, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap)
        return;
    size_t c = *cap ? *cap : 8;
    while (c < need) {
        if (c > SIZE_MAX / 2 / elem)
            oom();
        c *= 2;
    }
    *p = xrealloc(*p, c * elem);
    *cap = c;
}

char *xstrdup(const char *s) { return xstrndup(s, strlen(s)); }

double clock_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

char *xstrndup(const char *s, size_t n)
{
    char *p = xmalloc(n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

void buf_reserve(struct buf *b, size_t extra)
{
    xgrow((void **)&b->data, &b->cap, b->len + extra + 1, 1);
}

void buf_add(struct buf *b, const void *p, size_t n)
{
    buf_reserve(b, n);
    memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = 0;
}

void buf_adds(struct buf *b, const char *s) { buf_add(b, s, strlen(s)); }

void buf_addc(struct buf *b, char c) { buf_add(b, &c, 1); }

void buf_printf(struct buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    buf_reserve(b, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

char *buf_detach(struct buf *b)
{
    char *s = b->data ? b->data : xstrdup("");
    b->data = NULL;
    b->len = b->cap = 0;
    return s;
}

void buf_release(struct buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

/* Arena: a list of chunks; allocations are 16-byte aligned. */
struct chunk {
    struct chunk *next;
    size_t used, size;
    _Alignas(16) unsigned char mem[];
};

struct arena {
    struct chunk *head;
};

struct arena *arena_new(void) { return xcalloc(1, sizeof(struct arena)); }

void *arena_alloc(struct arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    struct chunk *c = a->head;
    if (!c || c->size - c->used < n) {
        size_t size = n > 32768 ? n : 32768;
        c = xmalloc(sizeof *c + size);
        c->size = size;
        c->used = 0;
        c->next = a->head;
        a->head = c;
    }
    void *p = c->mem + c->used;
    c->used += n;
    return p;
}

char *arena_strndup(struct arena *a, const char *s, size_t n)
{
    char *p = arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

char *arena_printf(struct arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        n = 0;
    char *p = arena_alloc(a, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

void arena_free(struct arena *a)
{
    if (!a)
        return;
    for (struct chunk *c = a->head, *n; c; c = n) {
        n = c->next;
        free(c);
    }
    free(a);
}

/* ---- a stable sort for lists made of a few runs already in order ---- */

void sort_stable(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
    char *v = base;
    if (n < 2)
        return;
    /* the runs: [run[i], run[i + 1]) in order each */
    size_t *run = xmalloc((n + 1) * sizeof *run), nrun = 0;
    run[nrun++] = 0;
    for (size_t i = 1; i < n; i++)
        if (cmp(v + (i - 1) * size, v + i * size) > 0)
            run[nrun++] = i;
    if (nrun == 1) {
        free(run);
        return;
    }
    run[nrun] = n;
    uint32_t *idx = xmalloc(n * sizeof *idx), *tmp = xmalloc(n * sizeof *tmp);
    for (size_t i = 0; i < n; i++)
        idx[i] = (uint32_t)i;
    /* merge neighbouring runs, the left one first on ties (stable), until one is left */
    while (nrun > 1) {
        size_t k = 0;
        for (size_t r = 0; r < nrun; r += 2) {
            size_t a = run[r], m = run[r + 1], e = r + 2 <= nrun ? run[r + 2] : m;
            if (r + 1 == nrun) { /* an odd run out */
                memcpy(tmp + a, idx + a, (m - a) * sizeof *idx);
                run[k++] = a;
                continue;
            }
            size_t i = a, j = m, o = a;
            while (i < m && j < e)
                tmp[o++] = cmp(v + (size_t)idx[j] * size, v + (size_t)idx[i] * size) < 0
                               ? idx[j++]
                               : idx[i++];
            while (i < m)
                tmp[o++] = idx[i++];
            while (j < e)
                tmp[o++] = idx[j++];
            run[k++] = a;
        }
        run[k] = n;
        nrun = k;
        uint32_t *sw = idx;
        idx = tmp, tmp = sw;
    }
    /* the elements to their places: v[i] = old v[idx[i]], cycle by cycle */
    char *hold = xmalloc(size);
    for (size_t i = 0; i < n; i++) {
        if (idx[i] == i)
            continue;
        memcpy(hold, v + i * size, size);
        size_t j = i;
        while (idx[j] != i) {
            size_t from = idx[j];
            memcpy(v + j * size, v + from * size, size);
            idx[j] = (uint32_t)j;
            j = from;
        }
        memcpy(v + j * size, hold, size);
        idx[j] = (uint32_t)j;
    }
    free(hold);
    free(idx);
    free(tmp);
    free(run);
}
