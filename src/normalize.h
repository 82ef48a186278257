/* normalize: bytes of a UN text → one folded string the recognizers read, plus the map
 * back to the user's bytes.
 * Owns: UTF-8 validation, Unicode folding (NFKC compatibility, case, accents, full-width
 * forms, Arabic-Indic digits), whitespace collapsing (dropped next to CJK), PDF noise
 * (line-end hyphenation, page headers and footers, job numbers), the line index. */
#ifndef UNXREF_NORMALIZE_H
#define UNXREF_NORMALIZE_H

#include <stddef.h>
#include <stdint.h>

#include "symbol.h"

/* Invariants: s[len] == 0; s holds valid UTF-8 with no control characters and no two
 * spaces in a row; map[i] is the offset in the original of the character that produced
 * byte s[i] (non-decreasing), map[len] is the original length. */
struct ntext {
    char *s;
    size_t len;
    uint32_t *map;
    size_t *lines;   /* original offset where each line starts */
    size_t nlines;
    char header_symbol[SYMBOL_MAX]; /* symbol standing alone on a line at the top, or "" */
    size_t cover_at; /* the space that stands for that line in s (the letterhead around it:
                        "United Nations / A/RES/78/11 / General Assembly"), or (size_t)-1 */
};

enum norm_flags {
    NORM_PAGES = 1, /* recognise page headers/footers and the header symbol */
};

enum norm_status { NORM_OK, NORM_BAD_UTF8, NORM_NUL, NORM_UTF16, NORM_TOO_LARGE };

struct norm_error {
    enum norm_status status;
    long line;           /* 1-based line of the problem */
    const char *message; /* static text */
};

/* Normalizes src[0..n). On success fills *t (release with ntext_release) and returns
 * NORM_OK; otherwise fills *err, leaves *t empty and returns the status. */
enum norm_status normalize_text(const char *src, size_t n, unsigned flags, struct ntext *t,
                                struct norm_error *err);
void ntext_release(struct ntext *t);

/* 1-based line of an original byte offset. */
long ntext_line(const struct ntext *t, size_t offset);

/* Decodes one UTF-8 character of s[0..n) into *cp; returns its length (0 if invalid).
 * ASCII is decoded inline; the rest in utf8_decode_multi. */
size_t utf8_decode_multi(const unsigned char *s, size_t n, uint32_t *cp);
static inline size_t utf8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
    if (n && s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    if (n >= 2 && s[0] >= 0xC2 && s[0] <= 0xDF && (s[1] & 0xC0) == 0x80) {
        *cp = ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
        return 2;
    }
    if (n >= 3 && (s[0] & 0xF0) == 0xE0 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80) {
        uint32_t v = ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) |
                     (s[2] & 0x3F);
        if (v >= 0x800 && (v < 0xD800 || v > 0xDFFF)) {
            *cp = v;
            return 3;
        }
        return 0;
    }
    return utf8_decode_multi(s, n, cp);
}
/* Decodes the character that ends at s[end] (exclusive); returns its length or 0. */
size_t utf8_decode_back_multi(const unsigned char *s, size_t end, uint32_t *cp);
static inline size_t utf8_decode_back(const unsigned char *s, size_t end, uint32_t *cp)
{
    if (end && s[end - 1] < 0x80) {
        *cp = s[end - 1];
        return 1;
    }
    if (end >= 2 && (s[end - 1] & 0xC0) == 0x80 && s[end - 2] >= 0xC2 && s[end - 2] <= 0xDF) {
        *cp = ((uint32_t)(s[end - 2] & 0x1F) << 6) | (s[end - 1] & 0x3F);
        return 2;
    }
    return utf8_decode_back_multi(s, end, cp);
}

/* Character classes on code points (locale-independent). */
int cp_is_wide(uint32_t cp);   /* CJK ideographs, kana, CJK punctuation */
int cp_is_word_multi(uint32_t cp);
/* letters and digits of word-spaced scripts (ASCII inline, the rest from a table) */
static inline int cp_is_word(uint32_t c)
{
    if (c < 0x80)
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return cp_is_word_multi(c);
}

#endif
