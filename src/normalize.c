/* normalize: folded text + offset map (see normalize.h). */
#include "normalize.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "util.h"

size_t utf8_decode_multi(const unsigned char *s, size_t n, uint32_t *cp)
{
    if (n == 0)
        return 0;
    unsigned c = s[0];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    size_t len;
    uint32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2, v = c & 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3, v = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4, v = c & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if (n < len)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
        return 0;
    *cp = v;
    return len;
}

size_t utf8_decode_back_multi(const unsigned char *s, size_t end, uint32_t *cp)
{
    size_t start = end;
    while (start > 0 && end - start < 4) {
        start--;
        if ((s[start] & 0xC0) != 0x80)
            break;
    }
    if (start == end)
        return 0;
    size_t k = utf8_decode(s + start, end - start, cp);
    return k == end - start ? k : 0;
}

static int cp_is_wide_slow(uint32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
           (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

/* Character classes of the BMP, computed once with the fold table. */
enum { CLS_WORD = 1, CLS_WIDE = 2 };
static unsigned char *cls_bmp;
static pthread_once_t fold_once = PTHREAD_ONCE_INIT;
static void fold_init(void);
/* Blocks of 256 code points are filled on first use (most texts touch a few scripts). */
static unsigned char block_ready[256];
static unsigned char ascii1[256]; /* ASCII that folds to one byte other than a space: it */
static int ascii_lower;           /* ascii1 of '!'..'~' is the character, lower case */
/* The fold of U+0080..U+07FF when it is two bytes (those bytes as they lie in memory), 0
 * otherwise or before the character's block is filled (each entry published after its
 * fold_bmp entry) */
static uint16_t two2[0x800];
/* Blocks of three-byte characters that all fold to themselves (CJK ideographs): set with
 * block_ready */
static unsigned char block_same[256];
static void block_init(unsigned b);
static inline void need_block(uint32_t c)
{
    if (!__atomic_load_n(&block_ready[c >> 8], __ATOMIC_ACQUIRE))
        block_init(c >> 8);
}

static int cp_is_word_slow(uint32_t c)
{
    if (c < 0x80)
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (cp_is_wide_slow(c))
        return 0;
    utf8proc_category_t k = utf8proc_category((utf8proc_int32_t)c);
    return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LL ||
           k == UTF8PROC_CATEGORY_LT || k == UTF8PROC_CATEGORY_LM ||
           k == UTF8PROC_CATEGORY_LO || k == UTF8PROC_CATEGORY_ND ||
           k == UTF8PROC_CATEGORY_MN || k == UTF8PROC_CATEGORY_MC;
}

int cp_is_word_multi(uint32_t c)
{
    if (c >= 0x10000)
        return cp_is_word_slow(c);
    need_block(c);
    return cls_bmp[c] & CLS_WORD;
}

int cp_is_wide(uint32_t c)
{
    if (c < 0x1100)
        return 0;
    if (c >= 0x10000)
        return cp_is_wide_slow(c);
    need_block(c);
    return cls_bmp[c] & CLS_WIDE;
}

static int cp_is_space(uint32_t c)
{
    return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
           c == 0x205F || c == 0x3000;
}

/* Characters that carry no text: soft hyphen, zero-width and direction marks, BOM,
 * Arabic tatweel. */
static int cp_is_ignorable(uint32_t c)
{
    return c == 0xAD || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF || c == 0x061C || c == 0x0640 ||
           c == 0x180E || (c < 0x20 && !cp_is_space(c)) || c == 0x7F;
}

/* Folding of the Basic Multilingual Plane, computed once: up to 15 bytes of UTF-8 per
 * code point (len 0 = drop, 255 = whitespace). */
struct fold {
    unsigned char len;
    unsigned char bytes[15];
    uint32_t first, last; /* first and last code point of bytes */
};
static struct fold *fold_bmp;

static void fold_cp(uint32_t cp, struct fold *f)
{
    f->len = 0;
    if (cp_is_space(cp)) {
        f->len = 255;
        return;
    }
    if (cp_is_ignorable(cp))
        return;
    if (cp >= 0x0660 && cp <= 0x0669)
        cp = '0' + (cp - 0x0660);
    else if (cp >= 0x06F0 && cp <= 0x06F9)
        cp = '0' + (cp - 0x06F0);
    else if (cp == 0x3001 || cp == 0xFF64) /* ideographic comma stays, half-width form too */
        cp = 0x3001;
    utf8proc_int32_t out[8];
    utf8proc_ssize_t k = utf8proc_decompose_char(
        (utf8proc_int32_t)cp, out, 8,
        UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK |
            UTF8PROC_LUMP,
        NULL);
    if (k < 0 || k > 8) {
        out[0] = (utf8proc_int32_t)cp;
        k = 1;
    }
    size_t len = 0;
    for (utf8proc_ssize_t i = 0; i < k; i++) {
        uint32_t c = (uint32_t)out[i];
        if (cp_is_space(c)) {
            if (k == 1) {
                f->len = 255;
                return;
            }
            c = ' ';
        }
        if (cp_is_ignorable(c))
            continue;
        unsigned char tmp[4];
        utf8proc_ssize_t w = utf8proc_encode_char((utf8proc_int32_t)c, tmp);
        if (len + (size_t)w > sizeof f->bytes)
            break;
        memcpy(f->bytes + len, tmp, (size_t)w);
        len += (size_t)w;
    }
    f->len = (unsigned char)len;
    if (len) {
        utf8_decode(f->bytes, len, &f->first);
        utf8_decode_back(f->bytes, len, &f->last);
    }
}

static void fold_init(void)
{
    fold_bmp = xmalloc(0x10000 * sizeof *fold_bmp);
    cls_bmp = xmalloc(0x10000);
}

static void block_init(unsigned b)
{
    static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
    pthread_once(&fold_once, fold_init);
    pthread_mutex_lock(&lock);
    if (!block_ready[b]) {
        for (uint32_t c = b << 8; c < (b + 1) << 8; c++) {
            cls_bmp[c] = (cp_is_word_slow(c) ? CLS_WORD : 0) | (cp_is_wide_slow(c) ? CLS_WIDE : 0);
            if (c >= 0xD800 && c <= 0xDFFF)
                fold_bmp[c].len = 0;
            else
                fold_cp(c, &fold_bmp[c]);
        }
        if (b < 0x800 >> 8)
            for (uint32_t c = b << 8 < 0x80 ? 0x80 : b << 8; c < (b + 1) << 8; c++)
                if (fold_bmp[c].len == 2) {
                    uint16_t v;
                    memcpy(&v, fold_bmp[c].bytes, 2);
                    __atomic_store_n(&two2[c], v, __ATOMIC_RELEASE);
                }
        if (b >= 0x800 >> 8 && (b < 0xD8 || b > 0xDF)) {
            int same = 1;
            for (uint32_t c = b << 8; c < (b + 1) << 8 && same; c++) {
                unsigned char e[3] = {(unsigned char)(0xE0 | c >> 12),
                                      (unsigned char)(0x80 | (c >> 6 & 0x3F)),
                                      (unsigned char)(0x80 | (c & 0x3F))};
                same = fold_bmp[c].len == 3 && memcmp(fold_bmp[c].bytes, e, 3) == 0;
            }
            block_same[b] = (unsigned char)same;
        }
        if (b == 0) {
            for (uint32_t c = 0; c < 0x80; c++)
                ascii1[c] = fold_bmp[c].len == 1 && c != ' ' ? fold_bmp[c].bytes[0] : 0;
            /* the eight-byte loops read byte i of a word at bits 8i */
            ascii_lower = __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__;
            for (uint32_t c = '!'; c <= '~'; c++)
                ascii_lower &= ascii1[c] == (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        /* published last: readers check the flag without the lock */
        __atomic_store_n(&block_ready[b], 1, __ATOMIC_RELEASE);
    }
    pthread_mutex_unlock(&lock);
}

/* u[0..2) is a valid two-byte character (u[1] readable) */
static inline int two_bytes(const unsigned char *u)
{
    return u[0] >= 0xC2 && u[0] <= 0xDF && (u[1] & 0xC0) == 0x80;
}

/* two2 of the two-byte character at u[0..2) (u[1] readable), 0 if it is not one */
static inline uint16_t two_of(const unsigned char *u)
{
    if (!two_bytes(u))
        return 0;
    return __atomic_load_n(&two2[(u[0] & 0x1Fu) << 6 | (u[1] & 0x3Fu)], __ATOMIC_ACQUIRE);
}

/* The three-byte character at u[0..3) (readable) is of a block_same block: *c gets it */
static inline int three_same(const unsigned char *u, uint32_t *c)
{
    if (u[0] < 0xE0 || u[0] > 0xEF || (u[1] & 0xC0) != 0x80 || (u[2] & 0xC0) != 0x80)
        return 0;
    uint32_t v = (u[0] & 0x0Fu) << 12 | (u[1] & 0x3Fu) << 6 | (u[2] & 0x3Fu);
    if (v < 0x800 || !__atomic_load_n(&block_ready[v >> 8], __ATOMIC_ACQUIRE) ||
        !block_same[v >> 8])
        return 0;
    *c = v;
    return 1;
}

/* ---- line classification (page furniture) ---- */

static int all_digits(const char *s, size_t n)
{
    if (!n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

/* Value of the digits s[0..n) (n <= 9); s need not be NUL-terminated. */
static long digits_value(const char *s, size_t n)
{
    long v = 0;
    for (size_t i = 0; i < n; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

/* One whitespace-separated token of a header/footer line: a page number "2/5", a job
 * number "03-21478" (optionally "*"-suffixed), a language tag "(C)", a barcode "*0321478*". */
static int furniture_token(const char *s, size_t n)
{
    const char *slash = memchr(s, '/', n);
    if (slash) {
        size_t a = (size_t)(slash - s), b = n - a - 1;
        if (a && b && a <= 4 && b <= 4 && all_digits(s, a) && all_digits(slash + 1, b))
            return digits_value(s, a) <= digits_value(slash + 1, b);
        return 0;
    }
    if (n >= 8 && n <= 9 && all_digits(s, 2) && s[2] == '-' && all_digits(s + 3, 5) &&
        (n == 8 || s[8] == '*'))
        return 1;
    if (n == 3 && s[0] == '(' && s[1] >= 'A' && s[1] <= 'Z' && s[2] == ')')
        return 1;
    if (n >= 3 && s[0] == '*' && s[n - 1] == '*' && all_digits(s + 1, n - 2))
        return 1;
    return 0;
}

static int furniture_line(const char *s, size_t n)
{
    size_t i = 0, tokens = 0;
    while (i < n) {
        while (i < n && (s[i] == ' ' || s[i] == '\t'))
            i++;
        size_t j = i;
        while (j < n && s[j] != ' ' && s[j] != '\t')
            j++;
        if (j > i) {
            if (!furniture_token(s + i, j - i))
                return 0;
            tokens++;
        }
        i = j;
    }
    return tokens > 0;
}

static void trim(const char *src, size_t *a, size_t *b)
{
    while (*a < *b && (src[*a] == ' ' || src[*a] == '\t'))
        (*a)++;
    while (*b > *a && (src[*b - 1] == ' ' || src[*b - 1] == '\t'))
        (*b)--;
}

/* Whether no word of s[0..n) starts with a lower-case letter (a name, a date). */
static int capitalized_words(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && s[i - 1] != ' ')
            continue;
        unsigned char c = (unsigned char)s[i], d = i + 1 < n ? (unsigned char)s[i + 1] : 0;
        if ((c >= 'a' && c <= 'z') || (c == 0xD0 && d >= 0xB0 && d <= 0xBF) ||
            (c == 0xD1 && d >= 0x80 && d <= 0x8F)) /* Latin and Cyrillic lower case */
            return 0;
    }
    return 1;
}

/* A written-out symbol in a cover or page-header line as PDF text extraction lays it out
 * (pdftotext -layout): a column of its own ("United Nations      S/RES/2504 (2020)",
 * "S/RES/2504 (2020)      2/5"; columns are parted by two spaces or a tab), or after a
 * name at the end of a column ("United Nations S/RES/1445 (2002)"), or first in a
 * column ("S/RES/2504 (2020) Distr.: General"). Writes it into sym; *alone is set when
 * every other column is page furniture (page and job numbers). */
static int layout_symbol(const char *s, size_t n, char *sym, int *alone)
{
    enum { MAX_NAME = 48 };
    int found = 0, other = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && (s[i] == ' ' || s[i] == '\t'))
            i++;
        size_t j = i;
        while (j < n && s[j] != '\t' && !(s[j] == ' ' && j + 1 < n && s[j + 1] == ' '))
            j++;
        if (j == i)
            break;
        const char *c = s + i;
        size_t len = j - i, k;
        char tmp[SYMBOL_MAX];
        int hit = 0;
        if (len < SYMBOL_MAX && symbol_parse(c, len, tmp, NULL) == len) {
            hit = 1;
        } else if (furniture_line(c, len)) {
            hit = -1;
        } else if ((k = symbol_parse(c, len, tmp, NULL)) && k < len && c[k] == ' ' &&
                   capitalized_words(c + k, len - k)) {
            hit = 2; /* the symbol, then the rest of the column */
        } else {
            /* the name: no digits, no brackets or punctuation of a sentence */
            for (size_t p = 1; p < len && p <= MAX_NAME && !hit; p++) {
                char x = c[p - 1];
                if ((x >= '0' && x <= '9') || strchr("()[]:;,.", x))
                    break;
                if (x == ' ' && symbol_parse(c + p, len - p, tmp, NULL) == len - p &&
                    capitalized_words(c, p - 1))
                    hit = 2; /* a name, then the symbol */
            }
        }
        if (hit > 0 && !found) {
            strcpy(sym, tmp);
            found = 1;
        }
        other |= hit == 0 || hit == 2;
        i = j;
    }
    *alone = found && !other;
    return found;
}

/* Marks header/footer lines in skip[] (1: running furniture, 2: the cover block, a hard
 * word boundary) and finds the header symbol. A line is furniture
 * when it holds only page/job tokens, or only a document symbol that stands near the top
 * of the document or recurs (a running page header). */
static void classify_lines(const char *src, size_t n, const struct ntext *t,
                           unsigned char *skip, char *header_symbol)
{
    enum { TOP_LINES = 8, MAX_SYMS = 256 };
    char (*syms)[SYMBOL_MAX] = xmalloc(MAX_SYMS * sizeof *syms);
    size_t *sym_line = xmalloc(MAX_SYMS * sizeof *sym_line);
    size_t nsyms = 0, nonempty = 0;
    header_symbol[0] = 0;
    for (size_t l = 0; l < t->nlines; l++) {
        size_t a = t->lines[l];
        size_t b = l + 1 < t->nlines ? t->lines[l + 1] : n;
        while (b > a && (src[b - 1] == '\n' || src[b - 1] == '\r'))
            b--;
        trim(src, &a, &b);
        if (a == b)
            continue;
        nonempty++;
        if (furniture_line(src + a, b - a)) {
            skip[l] = 1;
            continue;
        }
        char sym[SYMBOL_MAX];
        int alone = 1;
        if ((b - a < SYMBOL_MAX && symbol_parse(src + a, b - a, sym, NULL) == b - a) ||
            (b - a < 4 * SYMBOL_MAX && layout_symbol(src + a, b - a, sym, &alone) &&
             (alone || nonempty <= TOP_LINES))) {
            if (!alone) { /* a cover line with more on it: the symbol, no furniture */
                if (!header_symbol[0])
                    strcpy(header_symbol, sym);
                continue;
            }
            if (nonempty <= TOP_LINES) {
                skip[l] = 2; /* the cover block: a hard boundary ("联合国 / A/RES/78/11 / 大会") */
                if (!header_symbol[0])
                    strcpy(header_symbol, sym);
            }
            if (nsyms < MAX_SYMS) {
                strcpy(syms[nsyms], sym);
                sym_line[nsyms++] = l;
            }
        }
    }
    for (size_t i = 0; i < nsyms; i++)
        for (size_t j = 0; j < nsyms; j++)
            if (i != j && strcmp(syms[i], syms[j]) == 0)
                skip[sym_line[i]] = 1;
    free(syms);
    free(sym_line);
}

/* ---- the folding pass ---- */

/* Eight bytes at a time (SWAR): each byte of x is ASCII, not a control character
 * (>= lo, lo <= 0x21) and not DEL. */
static const uint64_t ONES = 0x0101010101010101ull, HIGHS = 0x8080808080808080ull;
static inline int word_is_printable(uint64_t x, unsigned lo)
{
    return !((x | (x - ONES * lo) | (x + ONES)) & HIGHS);
}
/* The spaces of x (bytes < 0x80): the high bit of each byte that is ' '. */
static inline uint64_t word_spaces(uint64_t x)
{
    uint64_t y = x ^ ONES * ' ';
    return ~(((y & ~HIGHS) + ~HIGHS) | y) & HIGHS;
}
/* x is printable ASCII whose spaces are single and inside it (not first, not last) */
static inline int word_is_plain(uint64_t x)
{
    if (!word_is_printable(x, 0x20))
        return 0;
    uint64_t sp = word_spaces(x);
    return !(sp & (sp << 8 | 0x80 | HIGHS << 56));
}
/* x (bytes 0x20..0x7E) with 'A'..'Z' in lower case */
static inline uint64_t word_lower(uint64_t x)
{
    uint64_t upper = (x + ONES * (0x80 - 'A')) & ~(x + ONES * (0x80 - 'Z' - 1)) & HIGHS;
    return x | upper >> 2;
}

struct out {
    struct ntext *t;
    size_t cap;
    uint32_t last_cp; /* last code point written, 0 at start */
};

/* Appends n folded bytes that came from original offset orig; last is their last code
 * point. */
static void put(struct out *o, const unsigned char *bytes, size_t n, uint32_t orig,
                uint32_t last)
{
    struct ntext *t = o->t;
    if (t->len + n + 1 > o->cap) {
        size_t cap = o->cap;
        xgrow((void **)&t->s, &cap, t->len + n + 1, 1);
        size_t mcap = o->cap;
        xgrow((void **)&t->map, &mcap, t->len + n + 1, sizeof *t->map);
        o->cap = cap < mcap ? cap : mcap;
    }
    if (n == 1) {
        t->s[t->len] = (char)bytes[0];
        t->map[t->len] = orig;
    } else {
        memcpy(t->s + t->len, bytes, n);
        for (size_t i = 0; i < n; i++)
            t->map[t->len + i] = orig;
    }
    t->len += n;
    o->last_cp = last;
}

static int cp_is_lower_letter(uint32_t c)
{
    if (c < 0x80)
        return c >= 'a' && c <= 'z';
    return utf8proc_category((utf8proc_int32_t)c) == UTF8PROC_CATEGORY_LL;
}

/* A letter of an alphabet without case (Arabic): category Lo, not CJK ("昆明-\n蒙特利尔"
 * is Kunming-Montreal) */
static int cp_is_caseless_letter(uint32_t c)
{
    return c >= 0x80 && !cp_is_wide(c) &&
           utf8proc_category((utf8proc_int32_t)c) == UTF8PROC_CATEGORY_LO;
}

static int cp_is_letter(uint32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    utf8proc_category_t k = utf8proc_category((utf8proc_int32_t)c);
    return k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO;
}

static const struct fold *fold_of(uint32_t cp, struct fold *tmp)
{
    if (cp < 0x10000) {
        need_block(cp);
        return &fold_bmp[cp];
    }
    fold_cp(cp, tmp);
    return tmp;
}

/* The character at u[0..n) is of the BMP and folds to one to four bytes, the first not
 * wide: a space before it, after a narrow one, stays. */
static int narrow_next(const unsigned char *u, size_t n)
{
    uint32_t c;
    if (!utf8_decode(u, n, &c) || c >= 0x10000)
        return 0;
    need_block(c);
    const struct fold *g = &fold_bmp[c];
    return g->len >= 1 && g->len <= 4 && !cp_is_wide(g->first);
}

/* First character of the next line that is not blank or furniture, or 0. */
static uint32_t next_line_start(const char *src, const struct ntext *t, const unsigned char *skip,
                                size_t l, size_t end)
{
    for (size_t k = l + 1; k < t->nlines && k < l + 12; k++) {
        if (skip[k])
            continue;
        size_t a = t->lines[k];
        size_t b = k + 1 < t->nlines ? t->lines[k + 1] : end;
        while (a < b && cp_is_space((unsigned char)src[a]))
            a++;
        if (a < b) {
            uint32_t cp;
            return utf8_decode((const unsigned char *)src + a, b - a, &cp) ? cp : 0;
        }
    }
    return 0;
}

/* "invalid UTF-8", with a hint when the text looks like a one-byte encoding: no valid
 * multibyte sequence in it and no NUL byte. Bytes 0x80-0x9F are Windows-1252's
 * punctuation (’ “ ” –), Latin-1's control characters. */
static const char *bad_utf8_message(const unsigned char *u, size_t n)
{
    int c1 = 0;
    for (size_t i = 0; i < n; i++) {
        if (u[i] == 0)
            return "invalid UTF-8";
        if (u[i] < 0x80)
            continue;
        uint32_t cp;
        size_t k = utf8_decode(u + i, n - i, &cp);
        if (k > 1)
            return "invalid UTF-8";
        c1 |= u[i] < 0xA0;
    }
    return c1 ? "invalid UTF-8 (Windows-1252 text? convert it: iconv -f windows-1252 -t utf-8 "
                "FILE > FILE.utf8.txt)"
              : "invalid UTF-8 (Latin-1 text? convert it: iconv -f latin1 -t utf-8 FILE > "
                "FILE.utf8.txt)";
}

enum norm_status normalize_text(const char *src, size_t n, unsigned flags, struct ntext *t,
                                struct norm_error *err)
{
    const unsigned char *u = (const unsigned char *)src;
    memset(t, 0, sizeof *t);
    *err = (struct norm_error){NORM_OK, 0, NULL};
    need_block(0); /* ASCII: read directly below */
    if (n >= UINT32_MAX) {
        *err = (struct norm_error){NORM_TOO_LARGE, 0, "file too large (4 GiB or more)"};
        return err->status;
    }
    if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
        *err = (struct norm_error){NORM_UTF16, 1,
                                   "UTF-16 text is not supported; convert it to UTF-8"};
        return err->status;
    }
    /* line index; validation */
    size_t lcap = 0;
    for (size_t i = 0; i < n;) {
        if (i == 0 || src[i - 1] == '\n' || (src[i - 1] == '\r' && src[i] != '\n')) {
            xgrow((void **)&t->lines, &lcap, t->nlines + 1, sizeof *t->lines);
            t->lines[t->nlines++] = i;
        }
        if (u[i] >= 0x20 && u[i] < 0x80) {
            /* a run of printable ASCII: no line starts inside it */
            i++;
            for (uint64_t x; i + 8 <= n && (memcpy(&x, u + i, 8), word_is_printable(x, 0x20));)
                i += 8;
            while (i < n && u[i] >= 0x20 && u[i] < 0x80)
                i++;
            continue;
        }
        if (i + 1 < n && two_bytes(u + i)) { /* a run of two-byte characters: valid, no NUL,
                                                 no line starts inside it */
            i += 2;
            while (i + 1 < n && two_bytes(u + i))
                i += 2;
            continue;
        }
        uint32_t cp;
        size_t k = utf8_decode(u + i, n - i, &cp);
        if (!k || cp == 0) {
            *err = (struct norm_error){cp == 0 && k ? NORM_NUL : NORM_BAD_UTF8,
                                       (long)t->nlines,
                                       k ? "NUL byte (binary file?)" : bad_utf8_message(u, n)};
            if (k == 0 && u[i] == 0)
                *err = (struct norm_error){NORM_NUL, (long)t->nlines, "NUL byte (binary file?)"};
            free(t->lines);
            memset(t, 0, sizeof *t);
            return err->status;
        }
        i += k;
    }
    if (t->nlines == 0) {
        t->lines = xmalloc(sizeof *t->lines);
        t->lines[t->nlines++] = 0;
    }
    struct out o = {t, 0, 0};
    t->cover_at = (size_t)-1;
    o.cap = n + n / 4 + 16;
    t->s = xmalloc(o.cap);
    t->map = xmalloc(o.cap * sizeof *t->map);
    t->s[0] = 0;

    unsigned char *skip = xcalloc(t->nlines, 1);
    if (flags & NORM_PAGES)
        classify_lines(src, n, t, skip, t->header_symbol);

    int pending_ws = 0, joined = 0; /* joined: a hyphenated line break, no space */
    uint32_t ws_at = 0;
    size_t i = (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) ? 3 : 0;
    for (size_t l = 0; l < t->nlines; l++) {
        size_t a = t->lines[l];
        size_t b = l + 1 < t->nlines ? t->lines[l + 1] : n;
        if (i > a)
            a = i;
        if (skip[l]) {
            if (joined)
                continue;
            if (!pending_ws)
                ws_at = (uint32_t)a;
            pending_ws = skip[l];
            continue;
        }
        /* Line-end hyphenation: "resolu-\ntion" and Arabic "والقرا-\nرات" join,
         * "Counter-\nTerrorism" keeps its hyphen; either way no space is put between the
         * lines. */
        size_t e = b;
        while (e > a && cp_is_space(u[e - 1]))
            e--;
        int join = 0;
        size_t hyphen = (size_t)-1;
        if (e > a + 1 && src[e - 1] == '-') {
            uint32_t prev;
            size_t pk = utf8_decode_back(u, e - 1, &prev);
            if (pk && cp_is_letter(prev)) {
                uint32_t next = next_line_start(src, t, skip, l, n);
                if (cp_is_letter(next)) {
                    join = 1;
                    if (cp_is_lower_letter(next) ||
                        (cp_is_caseless_letter(next) && cp_is_caseless_letter(prev)))
                        hyphen = e - 1;
                }
            }
        }
        for (size_t p = a; p < b;) {
            if (!pending_ws) {
                /* a run of characters of the BMP that fold to at most four bytes and no
                 * space: what put() would do, without its checks */
                size_t q = p, len = t->len, end = o.cap - 5;
                const struct fold *f = NULL;
                while (q < b && q != hyphen && len < end) {
                    if (ascii1[u[q]]) { /* ASCII folding to one byte, not a space: at once */
                        size_t stop = b, q0 = q;
                        if (hyphen > q && hyphen < stop)
                            stop = hyphen;
                        if (end - len < stop - q)
                            stop = q + (end - len);
                        /* eight at a time, with single spaces inside them: what the
                         * byte loop and the one-space case below would write */
                        for (uint64_t x; ascii_lower && q + 8 <= stop &&
                                         (memcpy(&x, u + q, 8), word_is_plain(x));
                             q += 8, len += 8) {
                            x = word_lower(x);
                            memcpy(t->s + len, &x, 8);
                            for (unsigned j = 0; j < 8; j++)
                                t->map[len + j] = (uint32_t)(q + j);
                        }
                        for (unsigned char x; q < stop && (x = ascii1[u[q]]) != 0; q++) {
                            t->s[len] = (char)x;
                            t->map[len++] = (uint32_t)q;
                        }
                        if (q > q0) {
                            f = &fold_bmp[u[q - 1]];
                            continue;
                        }
                    }
                    if (u[q] >= 0xC2 && u[q] <= 0xDF) { /* two-byte letters folding to two */
                        size_t q0 = q;
                        uint32_t last = 0;
                        for (uint16_t v; q + 1 < b && len < end && (v = two_of(u + q)) != 0;
                             q += 2, len += 2) {
                            memcpy(t->s + len, &v, 2);
                            t->map[len] = t->map[len + 1] = (uint32_t)q;
                            last = (u[q] & 0x1Fu) << 6 | (u[q + 1] & 0x3Fu);
                        }
                        if (q > q0) {
                            f = &fold_bmp[last];
                            continue;
                        }
                    }
                    if (u[q] >= 0xE0 && u[q] <= 0xEF) { /* CJK: folds to itself */
                        size_t q0 = q;
                        uint32_t last = 0;
                        for (; q + 2 < b && len < end && three_same(u + q, &last); q += 3, len += 3) {
                            memcpy(t->s + len, u + q, 3);
                            t->map[len] = t->map[len + 1] = t->map[len + 2] = (uint32_t)q;
                        }
                        if (q > q0) {
                            f = &fold_bmp[last];
                            continue;
                        }
                    }
                    uint32_t c = u[q];
                    size_t k = 1;
                    if (c >= 0x80) {
                        if (c >= 0xC2 && c <= 0xDF && q + 1 < b && (u[q + 1] & 0xC0) == 0x80) {
                            c = (c & 0x1F) << 6 | (u[q + 1] & 0x3F);
                            k = 2;
                        } else if (c >= 0xE0 && c <= 0xEF && q + 2 < b &&
                                   (u[q + 1] & 0xC0) == 0x80 && (u[q + 2] & 0xC0) == 0x80) {
                            c = (c & 0x0F) << 12 | (uint32_t)(u[q + 1] & 0x3F) << 6 |
                                (u[q + 2] & 0x3F);
                            if (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF))
                                break;
                            k = 3;
                        } else {
                            break;
                        }
                    }
                    if (c >= 0x80)
                        need_block(c);
                    const struct fold *g = &fold_bmp[c];
                    if (c == ' ' && f && q + 1 < b && q + 1 != hyphen && !cp_is_wide(f->last) &&
                        narrow_next(u + q + 1, b - q - 1)) {
                        /* one space between narrow characters: kept as it is (what the
                         * pending-space logic below would do) */
                        t->s[len] = ' ';
                        t->map[len++] = (uint32_t)q++;
                        continue;
                    }
                    if (g->len == 0 || g->len > 4)
                        break;
                    for (unsigned j = 0; j < g->len; j++) {
                        t->s[len] = (char)g->bytes[j];
                        t->map[len++] = (uint32_t)q;
                    }
                    f = g;
                    q += k;
                }
                if (q > p) {
                    t->len = len;
                    o.last_cp = f->last;
                    joined = 0;
                    p = q;
                    continue;
                }
            }
            uint32_t cp;
            size_t k = utf8_decode(u + p, b - p, &cp);
            struct fold tmp;
            const struct fold *f = fold_of(cp, &tmp);
            if (p == hyphen) {
                p += k;
                continue;
            }
            if (f->len == 255) {
                if (!joined && !pending_ws) {
                    ws_at = (uint32_t)p;
                    pending_ws = 1;
                }
            } else if (f->len) {
                if (pending_ws && t->len > 0 &&
                    (pending_ws == 2 || (!cp_is_wide(o.last_cp) && !cp_is_wide(f->first)))) {
                    if (pending_ws == 2 && t->cover_at == (size_t)-1)
                        t->cover_at = t->len;
                    put(&o, (const unsigned char *)" ", 1, ws_at, ' ');
                }
                pending_ws = joined = 0;
                put(&o, f->bytes, f->len, (uint32_t)p, f->last);
            }
            p += k;
        }
        if (join)
            pending_ws = 0, joined = 1;
    }
    free(skip);
    t->s[t->len] = 0;
    t->map[t->len] = (uint32_t)n;
    return NORM_OK;
}

void ntext_release(struct ntext *t)
{
    free(t->s);
    free(t->map);
    free(t->lines);
    memset(t, 0, sizeof *t);
}

long ntext_line(const struct ntext *t, size_t off)
{
    size_t lo = 0, hi = t->nlines;
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (t->lines[mid] <= off)
            lo = mid;
        else
            hi = mid;
    }
    return (long)lo + 1;
}
