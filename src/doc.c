/* doc: the per-document pipeline (see doc.h). */
#include "doc.h"

#include <stdlib.h>
#include <string.h>

#include "input.h"
#include "lang.h"
#include "names.h"
#include "normalize.h"
#include "refs.h"
#include "util.h"

enum { TITLE_LINES = 12 };

static int cmp_mention(const void *x, const void *y)
{
    const struct mention *a = x, *b = y;
    if (a->start != b->start)
        return a->start < b->start ? -1 : 1;
    if (a->end != b->end)
        return a->end < b->end ? -1 : 1;
    return strcmp(a->id ? a->id : "", b->id ? b->id : "");
}

/* Original byte span of folded span [a, b). */
static void map_span(const struct ntext *t, const char *src, size_t a, size_t b,
                     size_t *start, size_t *end)
{
    *start = t->map[a];
    size_t last = t->map[b - 1];
    uint32_t cp;
    size_t k = utf8_decode((const unsigned char *)src + last, t->map[t->len] - last, &cp);
    *end = last + (k ? k : 1);
}

static int blank(const char *s, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
            return 0;
    return 1;
}

/* What stands beside the number on a resolution's title line, folded: "Resolution
 * 2504 (2020)", "第2504(2020)号决议", "Résolution 2504 (2020)", "Резолюция 2504 (2020)". */
static const char *const TITLE_WORDS[] = {"resolution", "第号决议", "resolucion", "резолюция",
                                         "القرار", "قرار", NULL};

static int title_line(const char *src, size_t a, size_t b, const struct mention *m)
{
    struct buf rest = BUF_INIT;
    buf_add(&rest, src + a, m->start - a);
    buf_add(&rest, src + m->end, b - m->end);
    struct ntext t;
    struct norm_error err;
    int is_title = 0;
    if (normalize_text(rest.data, rest.len, 0, &t, &err) == NORM_OK) {
        size_t k = 0;
        for (size_t i = 0; i < t.len; i++) /* drop spaces */
            if (t.s[i] != ' ')
                t.s[k++] = t.s[i];
        t.s[k] = 0;
        for (const char *const *w = TITLE_WORDS; *w && !is_title; w++)
            is_title = strcmp(t.s, *w) == 0;
        ntext_release(&t);
    }
    buf_release(&rest);
    return is_title;
}

/* The title of a resolution: its first resolution mention, near the top, alone on its
 * line with the word "resolution". */
static const struct mention *title_mention(const struct ntext *t, const char *src, size_t n,
                                           const struct mentions *ms)
{
    for (size_t i = 0; i < ms->n; i++) {
        const struct mention *m = &ms->v[i];
        if (m->kind != MK_RESOLUTION)
            continue;
        long nonblank = 0;
        for (long l = 0; l < m->line; l++) {
            size_t a = t->lines[l], b = (size_t)l + 1 < t->nlines ? t->lines[l + 1] : n;
            nonblank += !blank(src, a, b);
        }
        if (nonblank > TITLE_LINES)
            return NULL;
        size_t a = t->lines[m->line - 1];
        size_t b = (size_t)m->line < t->nlines ? t->lines[m->line] : n;
        return m->end <= b && title_line(src, a, b, m) ? m : NULL;
    }
    return NULL;
}

/* Where the part of text[a, n) that starts at a ends: at most `chunk` bytes on, cut where
 * no reference runs across — after a blank line, else after a line end, else after a
 * sentence end ('.', ';', '。', '；' and a space), else at a space, else at a character
 * boundary — looking back over the last quarter of the chunk. Never between CR and LF. */
static size_t cut_point(const char *text, size_t n, size_t a, size_t chunk)
{
    size_t t = a + chunk;
    if (t >= n)
        return n;
    size_t lo = t - chunk / 4, best[4] = {0, 0, 0, 0};
    for (size_t i = t; i > lo; i--) {
        char c = text[i - 1];
        if (c == '\n' && !best[0] && i >= 2 &&
            (text[i - 2] == '\n' || (text[i - 2] == '\r' && i >= 3 && text[i - 3] == '\n')))
            best[0] = i;
        else if (c == '\n' && !best[1])
            best[1] = i;
        else if ((c == ' ' || c == '\t') && !best[2] && i >= 2 &&
                 (text[i - 2] == '.' || text[i - 2] == ';'))
            best[2] = i;
        else if (!best[2] && i >= 3 && (unsigned char)text[i - 1] == 0x82 &&
                 (unsigned char)text[i - 2] == 0x80 && (unsigned char)text[i - 3] == 0xE3)
            best[2] = i; /* after 。 */
        else if (!best[2] && i >= 3 && (unsigned char)text[i - 1] == 0x9B &&
                 (unsigned char)text[i - 2] == 0xBC && (unsigned char)text[i - 3] == 0xEF)
            best[2] = i; /* after ； */
        else if ((c == ' ' || c == '\t') && !best[3])
            best[3] = i;
        if (best[0])
            return best[0];
    }
    for (int k = 1; k < 4; k++)
        if (best[k])
            return best[k];
    while (t > a + 1 && ((unsigned char)text[t] & 0xC0) == 0x80)
        t--; /* a character boundary */
    return t;
}

/* Lines that start in (a, b]: the rule of normalize.c (LF, CRLF, lone CR). */
static long line_starts(const char *text, size_t n, size_t a, size_t b)
{
    long k = 0;
    for (size_t i = a + 1; i <= b; i++)
        k += text[i - 1] == '\n' || (text[i - 1] == '\r' && (i >= n || text[i] != '\n'));
    return k;
}

struct part {
    size_t base;   /* offset of the part in the whole text */
    size_t keep;   /* mentions that start at or after this offset belong to the next part */
    long line0;    /* line number of base */
    int mapped;    /* the text is a file mapping: mentions copy their bytes */
};

/* Extracts the mentions of text[p->base, base + len) into d, offsets and lines in the
 * whole text; keeps those that start before p->keep and returns the end of the last
 * kept one (or 0). The first part also detects the language and the document's symbol.
 * Returns (size_t)-1 after failing d. */
static size_t extract_part(struct doc *d, const char *path, const char *text, size_t len,
                           const struct part *p, const struct lang **L,
                           const struct gazetteer *gaz)
{
    struct ntext t;
    struct norm_error err;
    const char *src = text + p->base;
    if (normalize_text(src, len, NORM_PAGES, &t, &err) != NORM_OK) {
        doc_release(d);
        doc_fail(d, path, err.line + p->line0 - 1, err.message);
        return (size_t)-1;
    }
    if (!*L)
        *L = lang_detect(t.s, t.len);
    if (p->base == 0)
        d->lang = (*L)->code;
    if (p->base == 0 && t.header_symbol[0])
        d->symbol = arena_strndup(d->arena, t.header_symbol, strlen(t.header_symbol));

    struct mentions found = {0};
    struct spans claimed = {0};
    struct refs_input in = {{t.s, t.len}, *L, symbol_organ(d->symbol ? d->symbol : ""), gaz,
                            d->arena};
    refs_find(&in, &found, &claimed);
    names_find(in.t, *L, gaz, d->arena, &found, &claimed);
    spans_release(&claimed);
    size_t kept_end = 0, n0 = d->mentions.n;
    for (size_t i = 0; i < found.n; i++) {
        struct mention *m = &found.v[i];
        map_span(&t, src, m->nstart, m->nend, &m->start, &m->end);
        m->line = ntext_line(&t, m->start) + p->line0 - 1;
        m->start += p->base;
        m->end += p->base;
        if (m->start < p->keep) {
            if (p->mapped)
                m->text = arena_strndup(d->arena, text + m->start, m->end - m->start);
            mentions_push(&d->mentions, m);
            if (m->end > kept_end)
                kept_end = m->end;
        }
    }
    mentions_release(&found);
    /* the earlier parts' mentions all start before p->base, where this part's start: only
     * this part's need sorting (qsort of glibc is a stable merge sort: the same order as
     * sorting the whole list) */
    if (d->mentions.n - n0 > 1)
        qsort(d->mentions.v + n0, d->mentions.n - n0, sizeof *d->mentions.v, cmp_mention);
    if (p->base == 0) {
        const struct mention *title = title_mention(&t, src, len, &d->mentions);
        if (!d->symbol)
            d->symbol = title ? title->id : NULL;
        else if (title && title->id && strcmp(title->id, d->symbol) != 0)
            d->title_end = title->end;
    }
    ntext_release(&t);
    return kept_end;
}

static void extract_parts(struct doc *d, const char *path, const char *text, size_t n,
                          const char *lang, const struct gazetteer *gaz, size_t chunk,
                          int mapped)
{
    memset(d, 0, sizeof *d);
    d->path = xstrdup(path);
    d->arena = arena_new();
    const struct lang *L = lang && strcmp(lang, "auto") != 0 ? lang_get(lang) : NULL;
    struct part p = {0, 0, 1, mapped};
    if (chunk < 64)
        chunk = 64;
    do {
        size_t cut = cut_point(text, n, p.base, chunk);
        /* the part reads DOC_OVERLAP bytes past the cut, so that the reference the cut
         * would split is found whole; the next part starts after it */
        size_t overlap = chunk / 4 < DOC_OVERLAP ? chunk / 4 : DOC_OVERLAP;
        size_t end = n - cut > overlap ? cut + overlap : n;
        while (end < n && ((unsigned char)text[end] & 0xC0) == 0x80)
            end++;
        p.keep = cut;
        size_t kept_end = extract_part(d, path, text, end - p.base, &p, &L, gaz);
        if (kept_end == (size_t)-1)
            return;
        size_t next = kept_end > cut ? kept_end : cut;
        if (next < n) /* the line numbers of the next part (a single part needs none) */
            p.line0 += line_starts(text, n, p.base, next);
        p.base = next;
        if (mapped) /* never read again */
            input_drop(text, p.base);
    } while (p.base < n);
    /* The document's own symbol (and the resolution its title names) is not a citation. */
    if (d->symbol) {
        size_t k = 0;
        for (size_t i = 0; i < d->mentions.n; i++) {
            const struct mention *m = &d->mentions.v[i];
            int self = (m->kind == MK_RESOLUTION || m->kind == MK_DOCUMENT) && m->id &&
                       (strcmp(m->id, d->symbol) == 0 ||
                        (m->kind == MK_RESOLUTION && m->end == d->title_end));
            if (!self)
                d->mentions.v[k++] = *m;
        }
        d->mentions.n = k;
    }
}

void doc_extract_chunked(struct doc *d, const char *path, const char *text, size_t n,
                         const char *lang, const struct gazetteer *gaz, size_t chunk)
{
    extract_parts(d, path, text, n, lang, gaz, chunk, 0);
}

void doc_extract_mapped(struct doc *d, const char *path, const char *text, size_t n,
                        const char *lang, const struct gazetteer *gaz, size_t chunk)
{
    extract_parts(d, path, text, n, lang, gaz, chunk, 1);
}

void doc_extract(struct doc *d, const char *path, const char *text, size_t n,
                 const char *lang, const struct gazetteer *gaz)
{
    doc_extract_chunked(d, path, text, n, lang, gaz, DOC_CHUNK);
}

void doc_fail(struct doc *d, const char *path, long line, const char *message)
{
    memset(d, 0, sizeof *d);
    d->path = xstrdup(path);
    d->arena = arena_new();
    d->error = message;
    d->error_line = line;
}

void doc_release(struct doc *d)
{
    free(d->path);
    mentions_release(&d->mentions);
    arena_free(d->arena);
    memset(d, 0, sizeof *d);
}
