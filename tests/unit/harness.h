/* harness: the unit-test harness — CHECK macros that count, and a closing line
 * "N passed, N failed" (the runner adds the files up). */
#ifndef UNXREF_HARNESS_H
#define UNXREF_HARNESS_H

#include <stdio.h>
#include <string.h>

static int h_passed, h_failed;

#define CHECK(cond)                                                                    \
    do {                                                                               \
        if (cond) {                                                                    \
            h_passed++;                                                                \
        } else {                                                                       \
            h_failed++;                                                                \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);   \
        }                                                                              \
    } while (0)

#define CHECK_STR(got, want)                                                           \
    do {                                                                               \
        const char *g_ = (got), *w_ = (want);                                          \
        if (g_ && w_ && strcmp(g_, w_) == 0) {                                         \
            h_passed++;                                                                \
        } else {                                                                       \
            h_failed++;                                                                \
            fprintf(stderr, "%s:%d: got \"%s\", want \"%s\"\n", __FILE__, __LINE__,    \
                    g_ ? g_ : "(null)", w_ ? w_ : "(null)");                           \
        }                                                                              \
    } while (0)

#define CHECK_INT(got, want)                                                           \
    do {                                                                               \
        long long g_ = (long long)(got), w_ = (long long)(want);                       \
        if (g_ == w_) {                                                                \
            h_passed++;                                                                \
        } else {                                                                       \
            h_failed++;                                                                \
            fprintf(stderr, "%s:%d: %s = %lld, want %lld\n", __FILE__, __LINE__, #got,  \
                    g_, w_);                                                           \
        }                                                                              \
    } while (0)

static inline int h_done(const char *name)
{
    printf("%s: %d passed, %d failed\n", name, h_passed, h_failed);
    return h_failed != 0;
}

#endif
