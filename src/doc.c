/* doc: the per-document pipeline (see doc.h). */
#include "doc.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "diag.h"
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


/* What may follow the keyword on a title line, spaces dropped: the date of adoption
 * ("of4march1964"): short, with a four-digit year, no other reference. */
static int date_tail(const char *s)
{
    size_t n = strlen(s), run = 0;
    int year = 0;
    if (n > 48 || strchr(s, '(') || strchr(s, '/'))
        return 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && s[i] >= '0' && s[i] <= '9') {
            run++;
            continue;
        }
        year |= run == 4;
        run = 0;
    }
    return year;
}

static int title_line(const char *src, size_t a, size_t b, const struct mention *m)
{
    /* a '(' or '/' beside the number stays in the folded line and rules it out (no title
     * word has one, and date_tail refuses them): the line of a dense text need not be
     * folded a second time */
    for (const char *c = "(/"; *c; c++)
        if (memchr(src + a, *c, m->start - a) || memchr(src + m->end, *c, b - m->end))
            return 0;
    struct buf rest = BUF_INIT;
    buf_add(&rest, src + a, m->start - a);
    buf_add(&rest, src + m->end, b - m->end);
    struct ntext t;
    struct norm_error err;
    int is_title = 0;
    if (normalize_text(rest.data, rest.len, 0, &t, &err) == NORM_OK) {
        size_t k = 0;
        /* a footnote mark after the date: "6 (1946). Resolution of 17 May 1946 21" */
        size_t e = t.len;
        while (e > 0 && t.s[e - 1] >= '0' && t.s[e - 1] <= '9')
            e--;
        if (e < t.len && t.len - e <= 3 && e >= 2 && t.s[e - 1] == ' ' && t.s[e - 2] >= '0' &&
            t.s[e - 2] <= '9')
            t.len = e - 1;
        for (size_t i = 0; i < t.len; i++) /* drop spaces */
            if (t.s[i] != ' ')
                t.s[k++] = t.s[i];
        t.s[k] = 0;
        const char *r = t.s;
        while (*r == '.' || *r == ',' || *r == ':')
            r++; /* "186 (1964). Resolution of 4 March 1964" */
        /* what stands beside the number: "Resolution 2504 (2020)", "第2504(2020)号决议" */
        for (const char *const *w = lang_any()->title_words; *w && !is_title; w++) {
            size_t wl = strlen(*w);
            is_title = strcmp(r, *w) == 0 ||
                       (strncmp(r, *w, wl) == 0 && date_tail(r + wl));
        }
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
    size_t spill_at; /* mentions kept in memory at most */
};

/* Adds a part's mentions (found, emptied) to d: to its list, or once the document has
 * more than spill_at, to its temporary file, which then takes the list's mentions too
 * and whose strings are given back. */
static void keep_mentions(struct doc *d, struct mentions *found, size_t spill_at)
{
    if (!d->spill && d->mentions.n + found->n > spill_at) {
        d->spill = xmalloc(sizeof *d->spill);
        if (spill_open(d->spill) == 0) {
            for (size_t i = 0; i < d->mentions.n; i++)
                spill_put(d->spill, &d->mentions.v[i]);
            mentions_release(&d->mentions);
        } else { /* no temporary file: they stay in memory */
            free(d->spill);
            d->spill = NULL;
        }
    }
    if (d->spill) {
        for (size_t i = 0; i < found->n; i++)
            spill_put(d->spill, &found->v[i]);
        mentions_release(found);
        arena_free(d->mention_arena);
        d->mention_arena = arena_new();
    } else if (d->mentions.n == 0) {
        mentions_release(&d->mentions);
        d->mentions = *found;
        memset(found, 0, sizeof *found);
    } else {
        for (size_t i = 0; i < found->n; i++)
            mentions_push(&d->mentions, &found->v[i]);
        mentions_release(found);
    }
}

/* Extracts the mentions of text[p->base, base + len) into d, offsets and lines in the
 * whole text; keeps those that start before p->keep and returns the end of the last
 * kept one (or 0). The first part also detects the language and the document's symbol.
 * Returns (size_t)-1 after failing d. */
static size_t extract_part(struct doc *d, const char *path, const char *text, size_t len,
                           const struct part *p, const struct lang **L,
                           const struct gazetteer *gaz, const char *hint)
{
    struct ntext t;
    struct norm_error err;
    const char *src = text + p->base;
    if (normalize_text(src, len, NORM_PAGES, &t, &err) != NORM_OK) {
        doc_release(d);
        doc_fail(d, path, err.line + p->line0 - 1, err.message);
        return (size_t)-1;
    }
    if (p->base == 0) {
        const struct lang *det = lang_detect(t.s, t.len);
        d->detected = det->code;
        if (!*L)
            *L = det;
        d->lang = (*L)->code;
    }
    if (p->base == 0 && t.header_symbol[0]) {
        d->symbol = arena_strndup(d->arena, t.header_symbol, strlen(t.header_symbol));
        d->symbol_source = "header";
    }

    struct mentions found = {0};
    struct spans claimed = {0};
    /* the organ of "its resolution": the document's, from its symbol, else from the
     * symbol given or its file name says */
    const char *own = d->symbol ? d->symbol : hint ? hint : "";
    struct arena *strings = d->mention_arena;
    struct refs_input in = {{t.s, t.len}, *L, symbol_organ(own), gaz, strings, symbol_year(own)};
    refs_find(&in, &found, &claimed);
    struct source_case cs = {src, len, t.map};
    names_find(in.t, &cs, *L, gaz, strings, &found, &claimed);
    spans_release(&claimed);
    names_drop_letterhead(in.t, *L, t.cover_at, &found);
    size_t kept_end = 0, k = 0;
    for (size_t i = 0; i < found.n; i++) {
        struct mention *m = &found.v[i];
        map_span(&t, src, m->nstart, m->nend, &m->start, &m->end);
        m->line = ntext_line(&t, m->start) + p->line0 - 1;
        m->start += p->base;
        m->end += p->base;
        if (m->start < p->keep) {
            if (p->mapped)
                m->text = arena_strndup(strings, text + m->start, m->end - m->start);
            found.v[k++] = *m;
            if (m->end > kept_end)
                kept_end = m->end;
        }
    }
    found.n = k;
    /* the earlier parts' mentions all start before p->base, where this part's start: only
     * this part's need sorting (stable, as qsort of glibc, a merge sort, was: the same
     * order as sorting the whole list); they come as a few runs in order (each pass's) */
    sort_stable(found.v, found.n, sizeof *found.v, cmp_mention);
    if (p->base == 0) {
        const struct mention *title = title_mention(&t, src, len, &found);
        if (!d->symbol && title && title->id) {
            d->symbol = arena_strndup(d->arena, title->id, strlen(title->id));
            d->symbol_source = "heading";
        } else if (d->symbol && title && title->id && strcmp(title->id, d->symbol) != 0) {
            d->title_end = title->end;
        }
    }
    keep_mentions(d, &found, p->spill_at);
    ntext_release(&t);
    return kept_end;
}

/* ---- identity: the document's symbol, and which of its text is its own ---- */

/* The text these passes read; when it is a file mapping, the pages they have passed are
 * given back as they go (a one-line file is one line of hundreds of MB), and read again
 * from the file should they be touched once more. */
struct src {
    const char *s;
    size_t n;
    int mapped;
    size_t given; /* pages before this offset given back */
};
enum { SRC_STEP = 1 << 20 };

/* Nothing much before pos is read again: its pages may go (a step behind). A pass that
 * starts again further back faults its pages in again. */
static void src_passed(struct src *x, size_t pos)
{
    if (pos < x->given)
        x->given = pos;
    else if (x->mapped && pos > x->given + 2 * SRC_STEP) {
        x->given = pos - SRC_STEP;
        input_drop(x->s, x->given);
    }
}

/* The end of the line that goes on at a: the first line end at or after a, or n. */
static size_t line_end(struct src *x, size_t a)
{
    size_t y = a;
    for (;;) {
        size_t stop = x->n - y > SRC_STEP ? y + SRC_STEP : x->n;
        while (y < stop && x->s[y] != '\n' && x->s[y] != '\r')
            y++;
        if (y < stop || y == x->n)
            return y;
        src_passed(x, y);
    }
}

/* Bounds of the line holding text[pos]: [*a, *b), line end excluded, looking at most max
 * bytes either way (a longer line gets bounds that span more than max: no heading). */
static void line_within(const char *text, size_t n, size_t pos, size_t max, size_t *a,
                        size_t *b)
{
    /* back: the bytes before pos, max + 1 at most; forward: from pos, max + 1 at most */
    size_t back = pos < max + 1 ? pos : max + 1, fwd = n - pos < max + 1 ? n - pos : max + 1;
    const char *lo = text + pos - back, *nl = memrchr(lo, '\n', back), *cr;
    if ((cr = memrchr(nl ? nl + 1 : lo, '\r', back - (size_t)(nl ? nl + 1 - lo : 0))))
        nl = cr;
    *a = nl ? (size_t)(nl + 1 - text) : pos - back;
    const char *e = memchr(text + pos, '\n', fwd);
    if ((cr = memchr(text + pos, '\r', e ? (size_t)(e - text) - pos : fwd)))
        e = cr;
    *b = e ? (size_t)(e - text) : pos + fwd;
}

/* Start of the line after the one that ends at b (b at a line end). */
static size_t next_line(const char *text, size_t n, size_t b)
{
    if (b < n && text[b] == '\r')
        b++;
    if (b < n && text[b] == '\n')
        b++;
    return b;
}

/* Offset where the TITLE_LINES-th non-blank line ends: the top of the document. */
static size_t top_end(struct src *x)
{
    size_t a = 0, lines = 0;
    while (a < x->n && lines < TITLE_LINES) {
        size_t b = line_end(x, a);
        lines += !blank(x->s, a, b);
        a = next_line(x->s, x->n, b);
    }
    return a;
}

/* Whether the line before the one starting at a is blank (or there is none). */
static int blank_before(const char *text, size_t a)
{
    enum { LOOK = 256 };
    if (a == 0)
        return 1;
    size_t e = a, x, b;
    if (e > 0 && text[e - 1] == '\n')
        e--;
    if (e > 0 && text[e - 1] == '\r')
        e--;
    line_within(text, e, e, LOOK, &x, &b);
    return blank(text, x, e) && (x == 0 || text[x - 1] == '\n' || text[x - 1] == '\r');
}

/* A resolution's heading: m alone on its line with the keyword (and its date), the line
 * opening with a capital letter, a digit or a letter of a script without case, at the top
 * of the document or after a blank line. Sets *line to the line's start. */
static int heading_at(const char *text, size_t n, size_t top, const struct mention *m,
                      size_t *line)
{
    enum { MAX_HEADING = 160, MAX_LEAD = 24 };
    size_t a, b;
    if (m->kind != MK_RESOLUTION || !m->id)
        return 0;
    line_within(text, n, m->start, MAX_HEADING, &a, &b);
    size_t c = a;
    while (c < b && (text[c] == ' ' || text[c] == '\t'))
        c++;
    unsigned char first = c < b ? (unsigned char)text[c] : 0;
    if (m->end > b || b - a > MAX_HEADING || m->start - c > MAX_LEAD ||
        !((first >= 'A' && first <= 'Z') || (first >= '0' && first <= '9') || first >= 0x80))
        return 0;
    if (a >= top && !blank_before(text, a))
        return 0;
    *line = a;
    return title_line(text, a, b, m);
}

/* ASCII case-insensitive search for the word w in s[0..n). */
static int has_word(const char *s, size_t n, const char *w)
{
    size_t k = strlen(w);
    for (size_t i = 0; i + k <= n; i++)
        if ((i == 0 || s[i - 1] == ' ') && (i + k == n || s[i + k] == ' ') &&
            strncasecmp(s + i, w, k) == 0)
            return 1;
    return 0;
}

/* Where the text after the last adoption line of a compilation (L->adoption_line) in
 * text[from, to) starts: the end of that line's paragraph; to when there is none. */
static size_t after_adoption(struct src *x, size_t from, size_t to, const struct lang *L)
{
    const char *const *w = L ? L->adoption_line : NULL;
    const char *text = x->s;
    size_t cut = to, n = x->n;
    if (!w || !w[0])
        return to;
    size_t k = strlen(w[0]);
    for (size_t a = from; a < to;) {
        src_passed(x, a);
        size_t b = line_end(x, a);
        size_t c = a;
        while (c < b && (text[c] == ' ' || text[c] == '\t'))
            c++;
        size_t next = next_line(text, n, b);
        if (b - c > k && strncmp(text + c, w[0], k) == 0 && text[c + k] == ' ') {
            /* the line and the next, as one: "Adopted unanimously at" / "the 631st …" */
            size_t e = next < n ? line_end(x, next) : next;
            struct buf both = BUF_INIT;
            buf_add(&both, text + c, b - c);
            buf_add(&both, " ", 1);
            buf_add(&both, text + next, e - next);
            int hit = 0;
            for (const char *const *p = w + 1; *p && !hit; p++)
                hit = has_word(both.data, both.len, *p);
            buf_release(&both);
            if (hit) { /* the paragraph ends at the next blank line */
                size_t q = next;
                while (q < to) {
                    size_t qb = line_end(x, q);
                    if (blank(text, q, qb))
                        break;
                    q = next_line(text, n, qb);
                }
                cut = q < to ? q : to;
                next = q > next ? q : next; /* the rest of the paragraph: the same cut */
            }
        }
        a = next;
    }
    return cut;
}

/* Whether m is the document's own symbol (or the resolution its title names): not a
 * citation. */
static int is_self(const struct doc *d, const struct mention *m)
{
    return d->symbol && (m->kind == MK_RESOLUTION || m->kind == MK_DOCUMENT) && m->id &&
           (strcmp(m->id, d->symbol) == 0 ||
            (m->kind == MK_RESOLUTION && m->end == d->title_end));
}

static int is_editorial(const struct doc *d, size_t start)
{
    return start < d->own_from || start >= d->own_to;
}

static void cursor_open(struct doc_cursor *c, const struct doc *d, int raw)
{
    memset(c, 0, sizeof *c);
    c->d = d;
    c->raw = raw;
    if (d->spill)
        spill_read_start(d->spill, &c->r);
}

void doc_cursor_start(struct doc_cursor *c, const struct doc *d) { cursor_open(c, d, 0); }

const struct mention *doc_cursor_next(struct doc_cursor *c)
{
    const struct doc *d = c->d;
    const struct mention *m;
    while (d->spill && (m = spill_read_next(&c->r))) {
        if (c->raw)
            return m;
        if (is_self(d, m))
            continue;
        c->r.m.editorial = is_editorial(d, m->start);
        return m;
    }
    return c->i < d->mentions.n ? &d->mentions.v[c->i++] : NULL;
}

int doc_cursor_end(struct doc_cursor *c)
{
    int failed = c->r.failed;
    if (failed)
        diag_error(c->d->path, 0, "its mentions could not be read back from their "
                                  "temporary file");
    spill_read_end(&c->r);
    return failed ? -1 : 0;
}

/* Finds the text that is not the document's own (see mention.h): before its heading when
 * that heading stands below the top of the file, from the heading of another resolution
 * on, and after the compilation's adoption line; marks the mentions in memory (those of
 * the temporary file are marked as they are read back). */
static void mark_editorial(struct doc *d, struct src *x)
{
    const char *text = x->s;
    size_t n = x->n;
    size_t top = top_end(x), own_at = (size_t)-1, own_end = 0, cut = n, line;
    struct doc_cursor c;
    const struct mention *m;
    for (cursor_open(&c, d, 1); (m = doc_cursor_next(&c));) {
        src_passed(x, m->start);
        if (!heading_at(text, n, top, m, &line))
            continue;
        if (own_at == (size_t)-1 && d->symbol && strcmp(m->id, d->symbol) == 0) {
            own_at = line;
            own_end = m->end;
        } else if ((own_at != (size_t)-1 || line >= top) && m->end != d->title_end &&
                   (!d->symbol || strcmp(m->id, d->symbol) != 0)) {
            cut = line; /* another resolution's text begins */
            break;
        }
    }
    spill_read_end(&c.r); /* a read failure is reported when the mentions are written */
    size_t before = own_at != (size_t)-1 && own_at >= top ? own_at : 0;
    cut = after_adoption(x, own_end, cut, lang_get(d->lang));
    d->own_from = before;
    d->own_to = cut;
    for (size_t i = 0; i < d->mentions.n; i++) {
        struct mention *mm = &d->mentions.v[i];
        mm->editorial = is_editorial(d, mm->start);
    }
    if (x->mapped)
        input_drop(text, n);
}

/* Drops the document's own symbol (and the resolution its title names) from the mentions
 * in memory: they are not citations (those of the temporary file are dropped as they are
 * read back). */
static void drop_self(struct doc *d)
{
    size_t k = 0;
    for (size_t i = 0; i < d->mentions.n; i++) {
        const struct mention *m = &d->mentions.v[i];
        if (!is_self(d, m))
            d->mentions.v[k++] = *m;
    }
    d->mentions.n = k;
}

static void add_warning(struct doc *d, const char *fmt, const char *a, const char *b)
{
    if (d->nwarn == DOC_MAX_WARN)
        return;
    struct buf w = BUF_INIT;
    buf_printf(&w, fmt, a, b);
    d->warn[d->nwarn++] = arena_strndup(d->arena, w.data, w.len);
    buf_release(&w);
}

/* The symbol: the one given (--symbol), else the text's, else the file name's (named:
 * NULL when the name holds none); warns when two of them disagree. Then the own text and
 * the self-mentions. */
static void settle_identity(struct doc *d, struct src *x, const char *given,
                            const char *named)
{
    if (given) {
        if (d->symbol && strcmp(d->symbol, given) != 0)
            add_warning(d, "read as %s (--symbol), but the text says %s", given, d->symbol);
        d->symbol = arena_strndup(d->arena, given, strlen(given));
        d->symbol_source = "option";
    } else if (!d->symbol && named) {
        d->symbol = arena_strndup(d->arena, named, strlen(named));
        d->symbol_source = "filename";
    } else if (d->symbol && named && strcmp(d->symbol, named) != 0) {
        add_warning(d, "the file name says %s, the text %s (the text's is used)", named,
                    d->symbol);
    }
    mark_editorial(d, x);
    drop_self(d);
}

void doc_extract_with(struct doc *d, const char *path, const char *text, size_t n,
                      const struct doc_options *o)
{
    memset(d, 0, sizeof *d);
    d->path = xstrdup(path);
    d->arena = arena_new();
    d->mention_arena = arena_new();
    const char *lang = o->lang;
    const struct lang *L = lang && strcmp(lang, "auto") != 0 ? lang_get(lang) : NULL;
    char name[SYMBOL_MAX];
    const char *named = input_symbol_from_name(path, name) ? name : NULL;
    const char *hint = o->symbol ? o->symbol : named;
    struct part p = {0, 0, 1, o->mapped, o->spill_at ? o->spill_at : DOC_SPILL_AT};
    size_t chunk = o->chunk ? o->chunk : DOC_CHUNK;
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
        size_t kept_end = extract_part(d, path, text, end - p.base, &p, &L, o->gaz, hint);
        if (kept_end == (size_t)-1)
            return;
        size_t next = kept_end > cut ? kept_end : cut;
        if (next < n) /* the line numbers of the next part (a single part needs none) */
            p.line0 += line_starts(text, n, p.base, next);
        p.base = next;
        if (o->mapped) /* not read again until settle_identity (the file refaults) */
            input_drop(text, p.base);
    } while (p.base < n);
    if (d->spill && spill_flush(d->spill) != 0) {
        doc_release(d);
        doc_fail(d, path, 0, "cannot write its mentions to a temporary file");
        return;
    }
    if (L && d->detected && strcmp(L->code, d->detected) != 0)
        add_warning(d, "read as %s (--lang), but the text reads as %s", L->code, d->detected);
    struct src x = {text, n, o->mapped, 0};
    settle_identity(d, &x, o->symbol, named);
}

void doc_extract_chunked(struct doc *d, const char *path, const char *text, size_t n,
                         const char *lang, const struct gazetteer *gaz, size_t chunk)
{
    struct doc_options o = {lang, gaz, NULL, chunk};
    doc_extract_with(d, path, text, n, &o);
}

void doc_extract_mapped(struct doc *d, const char *path, const char *text, size_t n,
                        const char *lang, const struct gazetteer *gaz, size_t chunk)
{
    struct doc_options o = {lang, gaz, NULL, chunk, 1};
    doc_extract_with(d, path, text, n, &o);
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
    if (d->spill) {
        spill_close(d->spill);
        free(d->spill);
    }
    arena_free(d->arena);
    arena_free(d->mention_arena);
    memset(d, 0, sizeof *d);
}
