/* doc: the per-document pipeline (see doc.h). */
#include "doc.h"

#include <stdlib.h>
#include <string.h>

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
static const char *title_symbol(const struct ntext *t, const char *src, size_t n,
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
        return m->end <= b && title_line(src, a, b, m) ? m->id : NULL;
    }
    return NULL;
}

void doc_extract(struct doc *d, const char *path, const char *text, size_t n,
                 const char *lang, const struct gazetteer *gaz)
{
    struct ntext t;
    struct norm_error err;
    if (normalize_text(text, n, NORM_PAGES, &t, &err) != NORM_OK) {
        doc_fail(d, path, err.line, err.message);
        return;
    }
    memset(d, 0, sizeof *d);
    d->path = xstrdup(path);
    d->arena = arena_new();
    const struct lang *L = lang && strcmp(lang, "auto") != 0 ? lang_get(lang) : NULL;
    if (!L)
        L = lang_detect(t.s, t.len);
    d->lang = L->code;

    struct spans claimed = {0};
    struct refs_input in = {{t.s, t.len}, L, symbol_organ(t.header_symbol), gaz, d->arena};
    if (t.header_symbol[0])
        d->symbol = arena_strndup(d->arena, t.header_symbol, strlen(t.header_symbol));
    refs_find(&in, &d->mentions, &claimed);
    names_find(in.t, L, gaz, d->arena, &d->mentions, &claimed);
    spans_release(&claimed);

    for (size_t i = 0; i < d->mentions.n; i++) {
        struct mention *m = &d->mentions.v[i];
        map_span(&t, text, m->nstart, m->nend, &m->start, &m->end);
        m->line = ntext_line(&t, m->start);
    }
    if (d->mentions.n > 1)
        qsort(d->mentions.v, d->mentions.n, sizeof *d->mentions.v, cmp_mention);
    if (!d->symbol)
        d->symbol = title_symbol(&t, text, n, &d->mentions);
    /* The document's own symbol is not a citation. */
    if (d->symbol) {
        size_t k = 0;
        for (size_t i = 0; i < d->mentions.n; i++)
            if (!((d->mentions.v[i].kind == MK_RESOLUTION ||
                   d->mentions.v[i].kind == MK_DOCUMENT) &&
                  d->mentions.v[i].id && strcmp(d->mentions.v[i].id, d->symbol) == 0))
                d->mentions.v[k++] = d->mentions.v[i];
        d->mentions.n = k;
    }
    ntext_release(&t);
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
