/* fuzz_normalize: normalize_text on any bytes — never crashes, and on success the
 * invariants of normalize.h hold (NUL-terminated valid UTF-8, no control characters, no
 * double spaces, a non-decreasing map into the input, a line index that matches). The
 * first byte chooses the flags. */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "normalize.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    unsigned flags = data[0] & 1 ? NORM_PAGES : 0;
    const char *src = (const char *)data + 1;
    size_t n = size - 1;
    struct ntext t;
    struct norm_error err;
    if (normalize_text(src, n, flags, &t, &err) != NORM_OK) {
        FUZZ_ASSERT(err.message != NULL && err.line >= 0);
        FUZZ_ASSERT(t.s == NULL && t.map == NULL && t.lines == NULL);
        return 0;
    }
    FUZZ_ASSERT(t.s[t.len] == 0);
    FUZZ_ASSERT(t.map[t.len] == n);
    for (size_t i = 0; i < t.len;) {
        uint32_t cp;
        size_t k = utf8_decode((const unsigned char *)t.s + i, t.len - i, &cp);
        FUZZ_ASSERT(k > 0);
        FUZZ_ASSERT(cp >= 0x20 && cp != 0x7F);
        FUZZ_ASSERT(!(cp == ' ' && i > 0 && t.s[i - 1] == ' '));
        for (size_t j = i; j < i + k; j++) {
            FUZZ_ASSERT(t.map[j] < n);
            FUZZ_ASSERT(j == 0 || t.map[j - 1] <= t.map[j]);
        }
        i += k;
    }
    FUZZ_ASSERT(t.nlines >= 1 && t.lines[0] == 0);
    for (size_t l = 1; l < t.nlines; l++) {
        size_t a = t.lines[l];
        FUZZ_ASSERT(a > t.lines[l - 1] && a <= n);
        FUZZ_ASSERT(src[a - 1] == '\n' || (src[a - 1] == '\r' && src[a] != '\n'));
    }
    for (size_t i = 0; i < t.len; i += 1 + t.len / 64)
        FUZZ_ASSERT(ntext_line(&t, t.map[i]) >= 1 && (size_t)ntext_line(&t, t.map[i]) <= t.nlines);
    ntext_release(&t);
    return 0;
}
