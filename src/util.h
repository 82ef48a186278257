/* util: memory and byte buffers.
 * Out-of-memory is fatal here and only here; callers never check for NULL. */
#ifndef UNXREF_UTIL_H
#define UNXREF_UTIL_H

#include <stdarg.h>
#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
/* Grows *p (an array of *cap elements of size elem) to hold at least need elements. */
void xgrow(void **p, size_t *cap, size_t need, size_t elem);
/* Sorts base[0..n) (elements of size bytes, n < 2^32) into the order a stable sort gives
 * (that of glibc's qsort, a merge sort): the runs already in order found, then merged
 * pairwise on indices, the elements moved once: a list of r sorted runs costs n log r. */
void sort_stable(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *));
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

/* Monotonic clock, in seconds. */
double clock_seconds(void);

/* A growable byte string, always NUL-terminated once anything was added. */
struct buf {
    char *data;
    size_t len, cap;
};
#define BUF_INIT {NULL, 0, 0}
void buf_reserve(struct buf *b, size_t extra);
void buf_add(struct buf *b, const void *p, size_t n);
void buf_adds(struct buf *b, const char *s);
void buf_addc(struct buf *b, char c);
void buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Returns the string and leaves b empty; the caller frees it. */
char *buf_detach(struct buf *b);
void buf_release(struct buf *b);

/* Arena: one per unit of work (a document); everything in it dies together. */
struct arena;
struct arena *arena_new(void);
void *arena_alloc(struct arena *a, size_t n);
char *arena_strndup(struct arena *a, const char *s, size_t n);
char *arena_printf(struct arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void arena_free(struct arena *a);

#endif
