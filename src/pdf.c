/* pdf: PDF → text through poppler, page headers and footers dropped (see pdf.h). */
#include "pdf.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "util.h"

int pdf_is_pdf_path(const char *path)
{
    size_t n = strlen(path);
    return n > 4 && strcasecmp(path + n - 4, ".pdf") == 0;
}

void pdf_page_of(const char *text, size_t off, struct pdf_pos *p)
{
    for (; p->scanned < off; p->scanned++)
        if (text[p->scanned] == '\f') {
            p->page++;
            p->page_start = p->scanned + 1;
        }
}

#ifndef UNXREF_POPPLER

int pdf_to_text(const char *bytes, size_t n, char **text, size_t *len, const char **why)
{
    (void)bytes, (void)n;
    *text = NULL;
    *len = 0;
    *why =
        "PDF input needs unxref built with poppler (apt-get install libpoppler-glib-dev, "
        "then make); or convert it first: pdftotext -layout FILE.pdf FILE.txt";
    return -1;
}

#else

#include <math.h>
#include <poppler.h>
#include <pthread.h>

/* The margin bands, as a share of the page height, where running headers and footers
 * stand. */
#define BAND 0.12
/* The page's edges, as a share of its height: a line there is a header or footer (a page
 * number, a date, an address) wherever poppler puts it, never the body. */
#define EDGE 0.06
/* A gutter between two columns: at least GUTTER_MIN points wide, in the middle 40 % of
 * the page, crossed by at most two lines and GUTTER_CROSS of the others (a centred
 * header or title), with at least GUTTER_SIDE of the characters on each side. */
#define GUTTER_MIN 6.0
#define GUTTER_CROSS 0.03
#define GUTTER_SIDE 0.15

/* One character of a page's text: its bytes, its line, its box (or none: a space). */
struct pchar {
    size_t a, n;
    size_t line;
    const PopplerRectangle *box;
    int ltr; /* inside a left-to-right run poppler marked (U+202A … U+202C) */
};

/* A line of a page as it is written out: a line of poppler's text, or the part of it in
 * one column when poppler ran two columns' lines together. */
struct pline {
    char *text;
    int col;     /* 0 or 1: the column in reading order; -1: no column */
    int in_band; /* wholly inside the top or bottom band */
    int at_edge; /* wholly inside the top (-1) or bottom (1) EDGE, else 0 */
    char *key;   /* in the band: the text with digits as '#', spaces collapsed */
    double top, bottom;
    size_t order;
};

struct ppage {
    struct pline *lines;
    size_t nlines, cap;
};

static char *line_key(const char *s)
{
    char *k = xmalloc(strlen(s) + 1);
    size_t n = 0;
    for (; *s; s++) {
        if (*s == ' ' || *s == '\t') {
            if (n && k[n - 1] != ' ')
                k[n++] = ' ';
        } else {
            k[n++] = *s >= '0' && *s <= '9' ? '#' : *s;
        }
    }
    while (n && k[n - 1] == ' ')
        n--;
    k[n] = 0;
    return k;
}

/* A line that is only a page number: "3", "- 3 -", "3/12": digits with at most a few
 * dashes, slashes, dots and spaces. */
static int page_number_line(const char *key)
{
    int digits = 0;
    for (const char *p = key; *p; p++) {
        if (*p == '#')
            digits++;
        else if (!strchr(" -/.|()", *p))
            return 0;
    }
    return digits > 0 && digits <= 8;
}

/* Whether a quarter of the letters of s or more are of a right-to-left script (Arabic,
 * Hebrew, Syriac …): the last page of an Arabic text may hold more Latin letters (a
 * footnote, the header and footer) than Arabic ones, its text still on the right. */
static int mostly_rtl(const char *s)
{
    long rtl = 0, other = 0;
    for (; *s; s = g_utf8_next_char(s)) {
        gunichar c = g_utf8_get_char(s);
        if ((c >= 0x0590 && c <= 0x08FF) || (c >= 0xFB1D && c <= 0xFDFF) ||
            (c >= 0xFE70 && c <= 0xFEFF))
            rtl++;
        else if (g_unichar_isalpha(c))
            other++;
    }
    return rtl * 3 > other;
}

static int is_mark(gunichar c)
{
    return c >= 0x202A && c <= 0x202E;
}

static void push_char(struct pchar **v, size_t *n, size_t *cap, struct pchar c)
{
    xgrow((void **)v, cap, *n + 1, sizeof **v);
    (*v)[(*n)++] = c;
}

/* The page's text (in *text) as characters with their boxes (poppler's text layout:
 * one box per character but the direction marks). poppler's whole-page text is a
 * selection from the top left to the bottom right, which leaves out the first column
 * of a right-to-left page: such a page is selected from the top right (*rtl). The
 * marks poppler puts around each run are dropped; where one run ends and the next
 * begins with no space between (it does so after the first word of each right-to-left
 * line) a space stands. Control characters (a stray form feed, NUL) become spaces. */
static struct pchar *page_chars(PopplerPage *page, char **text, size_t *nchars,
                                PopplerRectangle **rects, int *rtl)
{
    double w, h;
    poppler_page_get_size(page, &w, &h);
    /* the direction from the selection from the top right, which has all of a
     * right-to-left page's text (a left-to-right one has no right-to-left letters to
     * lose) */
    PopplerRectangle all = {w, 0, 0, h};
    char *t = poppler_page_get_text_for_area(page, &all);
    guint nrects = 0;
    int ok;
    *rtl = t && mostly_rtl(t);
    if (*rtl) {
        ok = poppler_page_get_text_layout_for_area(page, &all, rects, &nrects);
    } else {
        g_free(t);
        t = poppler_page_get_text(page);
        ok = poppler_page_get_text_layout(page, rects, &nrects);
    }
    if (!ok)
        *rects = NULL, nrects = 0;
    struct buf b = BUF_INIT;
    buf_adds(&b, "");
    struct pchar *v = NULL;
    size_t n = 0, cap = 0, line = 0, k = 0;
    int after_run = 0;        /* the last thing read was the end of a run (U+202C) */
    int stack[16], depth = 0; /* the marks open: 1 left-to-right, 0 right-to-left */
    for (const char *p = t ? t : ""; *p; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        size_t len = (size_t)(g_utf8_next_char(p) - p);
        if (is_mark(c)) {
            if (c != 0x202C && after_run && n && v[n - 1].line == line &&
                b.data[v[n - 1].a] != ' ') {
                push_char(&v, &n, &cap, (struct pchar){b.len, 1, line, NULL, 0});
                buf_addc(&b, ' ');
            }
            after_run = c == 0x202C;
            if (c == 0x202C)
                depth -= depth > 0;
            else if (depth < 16)
                stack[depth++] = c == 0x202A || c == 0x202D;
            continue;
        }
        after_run = 0;
        const PopplerRectangle *box = k < nrects ? &(*rects)[k] : NULL;
        k++;
        if (c == '\n') {
            line++;
            continue;
        }
        push_char(&v, &n, &cap,
                  (struct pchar){b.len, c < 0x20 ? 1 : len, line,
                                 c == ' ' || c < 0x20 ? NULL : box,
                                 depth > 0 && stack[depth - 1]});
        if (c < 0x20)
            buf_addc(&b, ' ');
        else
            buf_add(&b, p, len);
    }
    g_free(t);
    *text = buf_detach(&b);
    *nchars = n;
    return v;
}

/* The gutter of a two-column page: its left and right x, or 0 when there is none. */
static int find_gutter(const struct pchar *v, size_t n, size_t nlines, double w,
                       double *gl, double *gr)
{
    size_t nb = (size_t)w + 2;
    unsigned *cover = xcalloc(nb, sizeof *cover);
    size_t *last = xmalloc(nb * sizeof *last);
    for (size_t i = 0; i < nb; i++)
        last[i] = (size_t)-1;
    for (size_t i = 0; i < n; i++) {
        if (!v[i].box)
            continue;
        double x1 = v[i].box->x1 < v[i].box->x2 ? v[i].box->x1 : v[i].box->x2;
        double x2 = v[i].box->x1 < v[i].box->x2 ? v[i].box->x2 : v[i].box->x1;
        for (long b = (long)(x1 < 0 ? 0 : x1); b <= (long)x2 && b < (long)nb; b++)
            if (last[b] != v[i].line) {
                last[b] = v[i].line;
                cover[b]++;
            }
    }
    size_t best = 0, best_at = 0, run = 0;
    unsigned allow = 2 + (unsigned)(GUTTER_CROSS * (double)nlines);
    for (size_t b = (size_t)(0.3 * w); b <= (size_t)(0.7 * w) && b < nb; b++) {
        run = cover[b] <= allow ? run + 1 : 0;
        if (run > best)
            best = run, best_at = b + 1 - run;
    }
    free(cover);
    free(last);
    if ((double)best < GUTTER_MIN)
        return 0;
    *gl = (double)best_at;
    *gr = (double)(best_at + best);
    size_t left = 0, right = 0, boxed = 0;
    for (size_t i = 0; i < n; i++) {
        if (!v[i].box)
            continue;
        double xc = (v[i].box->x1 + v[i].box->x2) / 2;
        boxed++;
        left += xc < *gl;
        right += xc > *gr;
    }
    return (double)left >= GUTTER_SIDE * (double)boxed &&
           (double)right >= GUTTER_SIDE * (double)boxed;
}

/* ---- right-to-left lines ----
 * A PDF places glyphs where they are seen. poppler writes a right-to-left line right to
 * left, but the runs it marks left-to-right (U+202A … U+202C) left to right, and where
 * it puts neutrals is not what the bidirectional algorithm made of the text: "2596
 * ()2021" for "2596 (2021)". (Its boxes of the characters of a right-to-left word are
 * those of a left-to-right one: they cannot order them.) The line is read again: each
 * marked run turned around, so that the whole line reads right to left, then each
 * left-to-right
 * run of the text put back in order — a stretch from its first to its last Latin
 * letter or digit when it has a Latin letter, else each number (digits with single
 * separators: 78/1, 2023.5) — which undoes the algorithm for the text of UN documents
 * (no nested embeddings, neutrals between numbers in the line's direction). */

enum bidi { B_NEUTRAL, B_R, B_L, B_NUM, B_SEP };

static enum bidi bidi_class(const char *s)
{
    gunichar c = g_utf8_get_char(s);
    if ((c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9) ||
        (c >= '0' && c <= '9'))
        return B_NUM;
    if ((c >= 0x0590 && c <= 0x08FF) || (c >= 0xFB1D && c <= 0xFDFF) ||
        (c >= 0xFE70 && c <= 0xFEFF))
        return B_R;
    if (g_unichar_isalpha(c))
        return B_L;
    /* not '-': Chromium sets "2015-2030" in an Arabic line as two numbers */
    return c == '/' || c == '.' || c == ',' || c == ':' ? B_SEP : B_NEUTRAL;
}

struct glyph {
    const char *s;
    size_t n;
    enum bidi cls;
    int ltr; /* in a run poppler marked left-to-right */
};

static void reverse_glyphs(struct glyph *g, size_t a, size_t b) /* [a, b] */
{
    for (; a < b; a++, b--) {
        struct glyph t = g[a];
        g[a] = g[b];
        g[b] = t;
    }
}

/* The end of the number that starts at g[i]: digits with single separators between. */
static size_t number_end(const struct glyph *g, size_t i, size_t last)
{
    while (i + 1 <= last &&
           (g[i + 1].cls == B_NUM ||
            (i + 2 <= last && g[i + 1].cls == B_SEP && g[i + 2].cls == B_NUM)))
        i += g[i + 1].cls == B_NUM ? 1 : 2;
    return i;
}

/* Puts back in order the left-to-right runs of g[a..b), a stretch with no
 * right-to-left letter. */
static void unreverse_runs(struct glyph *g, size_t a, size_t b)
{
    size_t first = b, last = b;
    int latin = 0;
    for (size_t i = a; i < b; i++)
        if (g[i].cls == B_L || g[i].cls == B_NUM) {
            first = first == b ? i : first;
            last = i;
            latin |= g[i].cls == B_L;
        }
    if (first == b)
        return;
    if (latin) {
        reverse_glyphs(g, first, last);
        return;
    }
    for (size_t i = first; i <= last; i++)
        if (g[i].cls == B_NUM) {
            size_t j = number_end(g, i, last);
            reverse_glyphs(g, i, j);
            i = j;
        }
}

/* The text of the characters idx[0..k) of a right-to-left line, in poppler's order,
 * into b. */
static void rtl_line(struct buf *b, const char *text, const struct pchar *v,
                     const size_t *idx, size_t k)
{
    struct glyph *g = xmalloc((k + 1) * sizeof *g);
    size_t n = 0;
    for (size_t j = 0; j < k; j++) {
        const struct pchar *c = &v[idx[j]];
        if (text[c->a] == ' ' && (n == 0 || g[n - 1].s[0] == ' '))
            continue;
        g[n++] = (struct glyph){text + c->a, c->n, bidi_class(text + c->a), c->ltr};
    }
    while (n && g[n - 1].s[0] == ' ')
        n--;
    for (size_t j = 0; j < n;) { /* each marked run, as seen right to left */
        size_t e = j;
        while (e < n && g[e].ltr)
            e++;
        if (e > j + 1)
            reverse_glyphs(g, j, e - 1);
        j = e + 1;
    }
    int any_r = 0, any_l = 0;
    for (size_t a = 0; a < n;) {
        size_t e = a;
        while (e < n && g[e].cls != B_R)
            e++;
        for (size_t i = a; i < e; i++)
            any_l |= g[i].cls == B_L;
        any_r |= e < n;
        unreverse_runs(g, a, e);
        a = e + 1;
    }
    /* a word that starts with a combining mark: poppler wrote the mark before its letter
     * and broke the word after them ("ِس نداي" for "سِنداي") */
    for (size_t i = 0; i + 1 < n; i++)
        if ((i == 0 || g[i - 1].s[0] == ' ') && g[i + 1].cls == B_R &&
            g_unichar_ismark(g_utf8_get_char(g[i].s))) {
            reverse_glyphs(g, i, i + 1);
            if (i + 3 < n && g[i + 2].s[0] == ' ' && g[i + 3].cls == B_R) {
                memmove(g + i + 2, g + i + 3, (n - i - 3) * sizeof *g);
                n--;
            }
        }
    /* a line of Latin text alone in a right-to-left paragraph ("S/RES/2626 (2022)"):
     * poppler puts the neutrals that end it (seen at its left) before it */
    size_t lead = 0;
    if (!any_r && any_l)
        while (lead < n && g[lead].cls != B_L && g[lead].cls != B_NUM &&
               g[lead].s[0] != ' ')
            lead++;
    for (size_t i = lead; i < n; i++)
        buf_add(b, g[i].s, g[i].n);
    for (size_t i = 0; i < lead; i++)
        buf_add(b, g[i].s, g[i].n);
    free(g);
}

static void add_line(struct ppage *pg, const char *text, const struct pchar *v,
                     const size_t *idx, size_t k, int col, double h, int rtl)
{
    struct buf b = BUF_INIT;
    double top = h, bottom = 0;
    int any = 0;
    if (rtl)
        rtl_line(&b, text, v, idx, k);
    for (size_t j = 0; j < k; j++) {
        const struct pchar *c = &v[idx[j]];
        if (!rtl &&
            !(c->n == 1 && text[c->a] == ' ' && (b.len == 0 || b.data[b.len - 1] == ' ')))
            buf_add(&b, text + c->a, c->n);
        if (c->box) {
            double y1 = c->box->y1 < c->box->y2 ? c->box->y1 : c->box->y2;
            double y2 = c->box->y1 < c->box->y2 ? c->box->y2 : c->box->y1;
            top = y1 < top ? y1 : top;
            bottom = y2 > bottom ? y2 : bottom;
            any = 1;
        }
    }
    while (b.len && b.data[b.len - 1] == ' ')
        b.data[--b.len] = 0;
    if (!b.len) {
        buf_release(&b);
        return;
    }
    xgrow((void **)&pg->lines, &pg->cap, pg->nlines + 1, sizeof *pg->lines);
    struct pline *l = &pg->lines[pg->nlines];
    l->text = buf_detach(&b);
    l->col = col;
    l->in_band = any && (bottom <= h * BAND || top >= h * (1 - BAND));
    l->at_edge = !any ? 0 : bottom <= h * EDGE ? -1 : top >= h * (1 - EDGE) ? 1 : 0;
    l->key = l->in_band ? line_key(l->text) : NULL;
    l->top = any ? top : h;
    l->bottom = any ? bottom : 0;
    l->order = pg->nlines++;
}

static int cmp_group(const void *x, const void *y)
{
    const struct pline *a = x, *b = y;
    if (a->col != b->col)
        return a->col < b->col ? -1 : 1;
    return a->order < b->order ? -1 : a->order > b->order;
}

/* A line or the part of it in one column, as indices of its characters. */
struct piece {
    size_t *idx, k;
    int col;
    double x1, x2, top, bottom; /* where its glyphs stand (x1 > x2: none) */
};

static void push_piece(struct piece **pc, size_t *np, size_t *cap, const struct pchar *v,
                       const size_t *idx, size_t k, int col)
{
    xgrow((void **)pc, cap, *np + 1, sizeof **pc);
    struct piece *p = &(*pc)[(*np)++];
    *p = (struct piece){
        xmalloc((k + 1) * sizeof *idx), k, col, 1e300, -1e300, 1e300, -1e300};
    memcpy(p->idx, idx, k * sizeof *idx);
    for (size_t j = 0; j < k; j++) {
        const PopplerRectangle *r = v[idx[j]].box;
        if (!r)
            continue;
        p->x1 = fmin(p->x1, fmin(r->x1, r->x2));
        p->x2 = fmax(p->x2, fmax(r->x1, r->x2));
        p->top = fmin(p->top, fmin(r->y1, r->y2));
        p->bottom = fmax(p->bottom, fmax(r->y1, r->y2));
    }
}

static const struct pchar *sort_v;

/* Characters by where they stand, left to right; a space (no box) right after the
 * character before it in the text. */
static double char_x(size_t i)
{
    for (size_t j = i + 1; j-- > 0;)
        if (sort_v[j].box)
            return fmin(sort_v[j].box->x1, sort_v[j].box->x2) +
                   (j < i ? 1e-6 * (double)(i - j) : 0);
    return 0;
}

static int cmp_char_x(const void *x, const void *y)
{
    size_t a = *(const size_t *)x, b = *(const size_t *)y;
    double xa = char_x(a), xb = char_x(b);
    return xa < xb ? -1 : xa > xb ? 1 : (a > b) - (a < b);
}

/* Whether a glyph of q stands over or under one of p (more than a point wide): q's
 * glyphs belong in the gaps of p, not on another line. */
static int overlaps(const struct pchar *v, const struct piece *p, const struct piece *q)
{
    for (size_t a = 0; a < q->k; a++) {
        const PopplerRectangle *r = v[q->idx[a]].box;
        if (!r)
            continue;
        for (size_t b = 0; b < p->k; b++) {
            const PopplerRectangle *o = v[p->idx[b]].box;
            if (o && fmin(fmax(r->x1, r->x2), fmax(o->x1, o->x2)) -
                             fmax(fmin(r->x1, r->x2), fmin(o->x1, o->x2)) >
                         1.0)
                return 1;
        }
    }
    return 0;
}

/* poppler makes two lines of one when its glyphs stand at two heights (the digits of a
 * Chinese line, in another font: "2016年 月 日" and "12 23"): a piece of a column that
 * stands within the height of another and between its ends (give or take that height),
 * its glyphs in the gaps between the other's, is merged into it, its
 * characters ordered by where they stand (its spaces dropped). Not thread-safe (sort_v):
 * under pdf_lock. */
static void merge_pieces(struct piece *pc, size_t np, const struct pchar *v)
{
    sort_v = v;
    for (size_t j = 0; j < np; j++) {
        struct piece *q = &pc[j];
        if (!q->k || q->x1 > q->x2)
            continue;
        for (size_t i = 0; i < np; i++) {
            struct piece *p = &pc[i];
            if (i == j || !p->k || p->col != q->col || p->x1 > p->x2 ||
                q->bottom - q->top >= p->bottom - p->top || q->top < p->top - 0.5 ||
                q->bottom > p->bottom + 0.5 || q->x1 < p->x1 - (p->bottom - p->top) ||
                q->x2 > p->x2 + (p->bottom - p->top) || overlaps(v, p, q))
                continue;
            p->idx = xrealloc(p->idx, (p->k + q->k + 1) * sizeof *p->idx);
            for (size_t t = 0; t < q->k; t++)
                if (v[q->idx[t]].box)
                    p->idx[p->k++] = q->idx[t];
            qsort(p->idx, p->k, sizeof *p->idx, cmp_char_x);
            q->k = 0;
            break;
        }
    }
}

/* The lines of a page in reading order. On a page of two columns (a gutter down the
 * middle), a line poppler ran across the gutter is cut in two, and the first column's
 * lines (the left one, the right one on a right-to-left page) come before the second
 * one's, each in poppler's order; lines across the gutter stay whole, before the
 * columns when above them, after when below. */
static void page_lines(struct ppage *pg, PopplerPage *page)
{
    double w, h;
    poppler_page_get_size(page, &w, &h);
    char *text;
    size_t n;
    PopplerRectangle *rects;
    int rtl;
    struct pchar *v = page_chars(page, &text, &n, &rects, &rtl);
    size_t nlines = n ? v[n - 1].line + 1 : 0;
    double gl = 0, gr = 0;
    int cols = find_gutter(v, n, nlines, w, &gl, &gr);
    struct piece *pc = NULL;
    size_t np = 0, pcap = 0;
    size_t *idx = xmalloc((n + 1) * sizeof *idx), *side = xmalloc((n + 1) * sizeof *side);
    for (size_t i = 0; i < n;) {
        size_t j = i, k = 0, ks = 0;
        int crosses = 0;
        for (; j < n && v[j].line == v[i].line; j++)
            if (v[j].box && v[j].box->x2 > gl && v[j].box->x1 < gr)
                crosses = 1;
        if (!cols || crosses) {
            for (size_t q = i; q < j; q++)
                idx[k++] = q;
            push_piece(&pc, &np, &pcap, v, idx, k, cols ? 2 : 0);
        } else {
            /* the characters of each side; a space goes with the character before it */
            int in_left = 1;
            for (size_t q = i; q < j; q++) {
                if (v[q].box)
                    in_left = (v[q].box->x1 + v[q].box->x2) / 2 < gl;
                if (in_left)
                    idx[k++] = q;
                else
                    side[ks++] = q;
            }
            push_piece(&pc, &np, &pcap, v, rtl ? side : idx, rtl ? ks : k, 0);
            push_piece(&pc, &np, &pcap, v, rtl ? idx : side, rtl ? k : ks, 1);
        }
        i = j;
    }
    if (!rtl)
        merge_pieces(pc, np, v);
    for (size_t i = 0; i < np; i++) {
        if (pc[i].k)
            add_line(pg, text, v, pc[i].idx, pc[i].k, pc[i].col, h, rtl);
        free(pc[i].idx);
    }
    free(pc);
    if (cols) {
        /* a whole line (col 2 so far) above every column line goes first (col -1),
         * one below them last (col 2), one among them with the first column (col 0);
         * a line at the page's top or bottom edge first or last */
        double ctop = h, cbottom = 0;
        for (size_t i = 0; i < pg->nlines; i++)
            if (pg->lines[i].col != 2 && !pg->lines[i].at_edge) {
                ctop = pg->lines[i].top < ctop ? pg->lines[i].top : ctop;
                cbottom = pg->lines[i].bottom > cbottom ? pg->lines[i].bottom : cbottom;
            }
        for (size_t i = 0; i < pg->nlines; i++) {
            struct pline *l = &pg->lines[i];
            if (l->col == 2)
                l->col = l->bottom <= ctop ? -1 : l->top >= cbottom ? 2 : 0;
            if (l->at_edge)
                l->col = l->at_edge < 0 ? -1 : 2;
        }
        if (pg->nlines > 1)
            qsort(pg->lines, pg->nlines, sizeof *pg->lines, cmp_group);
    }
    free(idx);
    free(side);
    free(v);
    free(text);
    g_free(rects);
}

/* The band lines of all pages, by key then page. */
struct band_key {
    const char *key;
    size_t page;
};

static int cmp_band_key(const void *x, const void *y)
{
    const struct band_key *a = x, *b = y;
    int c = strcmp(a->key, b->key);
    return c ? c : (a->page > b->page) - (a->page < b->page);
}

static struct band_key *band_keys(const struct ppage *pages, size_t npages, size_t *n)
{
    struct band_key *v = NULL;
    size_t cap = 0;
    *n = 0;
    for (size_t p = 0; p < npages; p++)
        for (size_t k = 0; k < pages[p].nlines; k++)
            if (pages[p].lines[k].in_band) {
                xgrow((void **)&v, &cap, *n + 1, sizeof *v);
                v[(*n)++] = (struct band_key){pages[p].lines[k].key, p};
            }
    if (*n > 1)
        qsort(v, *n, sizeof *v, cmp_band_key);
    return v;
}

/* Whether line l is a running header or footer: a page number at the page's edge (2), or
 * a band line whose key stands in the band of at least `need` pages (1): two, and half of
 * them in a longer document (so that two footnotes that differ only in their numbers, on
 * two pages of many, are no running footer; a header of even or odd pages is). */
static int running(const struct band_key *keys, size_t nkeys, size_t need,
                   const struct pline *l)
{
    if (!l->in_band || !l->key[0])
        return 0;
    if (l->at_edge && page_number_line(l->key))
        return 2;
    size_t lo = 0, hi = nkeys; /* the first entry of l's key */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (strcmp(keys[mid].key, l->key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    size_t pages = 0; /* distinct pages with the key (sorted by page within it) */
    for (size_t i = lo; i < nkeys && strcmp(keys[i].key, l->key) == 0; i++)
        pages += i == lo || keys[i].page != keys[i - 1].page;
    return pages >= need ? 1 : 0;
}

static pthread_mutex_t pdf_lock = PTHREAD_MUTEX_INITIALIZER;

static int read_pages(PopplerDocument *doc, struct buf *out)
{
    size_t npages = (size_t)poppler_document_get_n_pages(doc);
    struct ppage *pages = xcalloc(npages ? npages : 1, sizeof *pages);
    for (size_t p = 0; p < npages; p++) {
        PopplerPage *page = poppler_document_get_page(doc, (int)p);
        if (!page)
            continue;
        page_lines(&pages[p], page);
        g_object_unref(page);
    }
    /* the running lines of the first page stand once, at the top of the text (where
     * the document's symbol is looked for), not where poppler puts them (after a
     * column, in mid-sentence); those of the other pages, and page numbers, go */
    size_t words = 0, nkeys;
    struct band_key *keys = band_keys(pages, npages, &nkeys);
    for (size_t p = 0; p < npages; p++) {
        if (p)
            buf_addc(out, '\f');
        for (int pass = p ? 1 : 0; pass < 2; pass++)
            for (size_t k = 0; k < pages[p].nlines; k++) {
                const struct pline *l = &pages[p].lines[k];
                int r = running(keys, nkeys, npages / 2 > 2 ? npages / 2 : 2, l);
                if (pass == 0 ? r != 1 : r != 0)
                    continue;
                buf_adds(out, l->text);
                buf_addc(out, '\n');
                words++;
            }
    }
    free(keys);
    for (size_t p = 0; p < npages; p++) {
        for (size_t k = 0; k < pages[p].nlines; k++) {
            free(pages[p].lines[k].key);
            free(pages[p].lines[k].text);
        }
        free(pages[p].lines);
    }
    free(pages);
    return words ? 0 : -1;
}

int pdf_to_text(const char *bytes, size_t n, char **text, size_t *len, const char **why)
{
    *text = NULL;
    *len = 0;
    pthread_mutex_lock(&pdf_lock);
    GBytes *gb = g_bytes_new_static(bytes, n);
    GError *err = NULL;
    PopplerDocument *doc = poppler_document_new_from_bytes(gb, NULL, &err);
    int rc = -1;
    if (!doc) {
        *why = err && err->domain == POPPLER_ERROR && err->code == POPPLER_ERROR_ENCRYPTED
                   ? "encrypted PDF (it needs a password)"
                   : "not a readable PDF (damaged or incomplete?)";
    } else {
        struct buf out = BUF_INIT;
        if (read_pages(doc, &out) != 0) {
            *why = "no text in this PDF (scanned pages? they need OCR first)";
            buf_release(&out);
        } else {
            *len = out.len;
            *text = buf_detach(&out);
            rc = 0;
        }
        g_object_unref(doc);
    }
    if (err)
        g_error_free(err);
    g_bytes_unref(gb);
    pthread_mutex_unlock(&pdf_lock);
    return rc;
}

#endif
