/* names: gazetteer aliases and open instrument patterns (see names.h). */
#include "names.h"

#include <stdlib.h>
#include <string.h>

#include "normalize.h"
#include "openclass.h"
#include "util.h"

enum { TITLE_MAX = 300 };
/* thereto_names: the bytes at most between the instrument and the phrase, the instruments
 * at most that one phrase stands for */
enum { THERETO_GAP = 40, THERETO_MAX = 8 };
/* coordinated_names: the words at most of each part */
enum { COORD_WORDS = 12, COORD_BEFORE = 3 };

static void fill_known(struct mention *m, const struct gz_entry *e)
{
    m->kind = strcmp(e->kind, "convention") == 0 ? MK_CONVENTION : MK_BODY;
    m->id = e->id;
    m->name = e->name;
    m->type = e->type;
    m->year = e->year;
    m->established_by = e->established_by;
    m->known = 1;
    m->draft = e->type && strcmp(e->type, "draft") == 0;
}

static void add_unknown(struct text t, struct arena *a, size_t s, size_t e, int draft,
                        struct mentions *out, struct spans *claimed)
{
    struct mention m = {0};
    m.kind = MK_CONVENTION;
    m.id = arena_printf(a, "unknown:%.*s", (int)(e - s), t.s + s);
    m.nstart = s;
    m.nend = e;
    m.draft = (unsigned)draft;
    mentions_push(out, &m);
    spans_add(claimed, s, e);
}

/* Book titles that are not instruments: the Treaty Series, reports (《…的报告，1995年…》),
 * and a bare generic word standing for an instrument named just before (lang_any()'s
 * generic_titles and report_titles). */
static int not_an_instrument(struct text t, size_t s, size_t e)
{
    const struct lang *any = lang_any();
    struct text title = {t.s + s, e - s};
    for (const char *const *w = any->generic_titles; w && *w; w++)
        if (strlen(*w) == e - s && memcmp(t.s + s, *w, e - s) == 0)
            return 1;
    for (const char *const *w = any->report_titles; w && *w; w++)
        if (memmem(title.s, title.n, *w, strlen(*w)) != NULL)
            return 1;
    return memchr(title.s, ',', title.n) != NULL;
}

/* "《full title》(《short title》)": the short title names the same instrument, here and
 * wherever the document uses it again (《第一议定书》 is Protocol I of the convention named
 * here, of the Geneva Conventions elsewhere). The index in out of the instrument it
 * names, or (size_t)-1. */
struct short_titles {
    size_t s[16], e[16], of[16];
    size_t n;
};

static size_t short_title_of(struct text t, const struct short_titles *st, size_t s, size_t e)
{
    for (size_t i = 0; i < st->n; i++)
        if (st->e[i] - st->s[i] == e - s && memcmp(t.s + st->s[i], t.s + s, e - s) == 0)
            return st->of[i];
    return (size_t)-1;
}

static int apposed(struct text t, size_t prev_close, size_t open)
{
    /* the title's 《 right after "(" right after the previous title's 》, spaces aside; or
     * right after that 》: poppler reads the brackets of a CJK column out of their place
     * ("《…协议》《协议》" and the "(" ")" on lines of their own) */
    if (prev_close == (size_t)-1 || open < prev_close)
        return 0;
    int paren = 0;
    for (size_t q = prev_close; q < open; q++)
        if (t.s[q] == '(' && !paren)
            paren = 1;
        else if (t.s[q] != ' ' && t.s[q] != '\n')
            return 0;
    return 1;
}

/* A gazetteer alias ends with the title's close mark and begins up to 24 characters before
 * its open mark (zh "Concluding Document of the twelfth special session", the title marks
 * around its last two words only): the gazetteer names it, not the
 * title alone. */
static int alias_ends_title(struct text t, const struct gazetteer *g, size_t open_at,
                            size_t end)
{
    size_t b = open_at;
    for (int i = 0; g && i < 24 && b > 0; i++) {
        do
            b--;
        while (b > 0 && ((unsigned char)t.s[b] & 0xC0) == 0x80);
        if (gazetteer_lookup(g, t.s + b, end - b))
            return 1;
    }
    return 0;
}

/* 《title》 (a pair of title_marks, open and close): the gazetteer entry whose alias is
 * the whole title, else the instrument a short title names (above), else an unknown
 * instrument. The title (without the marks) is the mention. A title that names no
 * instrument (a report, a publication) goes to `titles`: the name of a work all the same. */
static int named_entry(const void *ctx, const char *s, struct mention *m);

static void book_titles(struct text t, const struct lang *L, const char *open,
                        const char *close_mark, const struct gazetteer *g, struct arena *a,
                        struct mentions *out, struct spans *claimed, struct spans *titles)
{
    struct openclass_sibling sib = {NULL, named_entry, g};
    struct short_titles st = {.n = 0};
    size_t prev = (size_t)-1, prev_close = (size_t)-1, ol = strlen(open), cl = strlen(close_mark);
    for (const char *hit = strstr(t.s, open); hit; hit = strstr(hit + 1, open)) {
        size_t s = (size_t)(hit - t.s) + ol;
        /* only TITLE_MAX bytes ahead, so that a run of unclosed 《 stays linear */
        size_t window = t.n - s < TITLE_MAX + cl ? t.n - s : TITLE_MAX + cl;
        const char *close = memmem(t.s + s, window, close_mark, cl);
        if (!close)
            continue;
        size_t e = (size_t)(close - t.s);
        if (e == s || e - s > TITLE_MAX || memmem(t.s + s, e - s, open, ol))
            continue;
        const struct gz_entry *entry = NULL;
        size_t of = (size_t)-1;
        if (prev != (size_t)-1 && apposed(t, prev_close, s - ol)) {
            of = prev;
            if (st.n < sizeof st.s / sizeof st.s[0])
                st.s[st.n] = s, st.e[st.n] = e, st.of[st.n++] = prev;
        } else if (!(entry = g ? gazetteer_lookup(g, t.s + s, e - s) : NULL)) {
            of = short_title_of(t, &st, s, e);
        }
        struct mention part = {0};
        if (!entry && of == (size_t)-1 && g && openclass_part_title(t, L, s, e, out, &sib, &part)) {
            mentions_push(out, &part); /* a part of the instrument named before */
            spans_add(claimed, s, e);
            prev_close = e + cl;
            continue;
        }
        if (!entry && of == (size_t)-1 && not_an_instrument(t, s, e)) {
            spans_add(titles, s, e);
            continue;
        }
        /* a longer alias ends with the title: it names it, also when the title alone is a
         * known name (zh "1996年修正的《…议定书》", the amended protocol) */
        if (of == (size_t)-1 && alias_ends_title(t, g, s - ol, e + cl))
            continue;
        if (entry || of != (size_t)-1) {
            struct mention m = {0};
            if (entry)
                fill_known(&m, entry);
            else
                m = out->v[of];
            m.nstart = s;
            m.nend = e;
            mentions_push(out, &m);
            spans_add(claimed, s, e);
        } else {
            add_unknown(t, a, s, e, 0, out, claimed);
        }
        if (of == (size_t)-1)
            prev = out->n - 1;
        prev_close = e + cl;
    }
}

/* The draft word right after (zh "草案") or before ("draft") a convention at [s, e);
 * widens the span and returns 1 when there is one. */
static int draft_around(struct text t, const struct lang *L, size_t *s, size_t *e)
{
    for (const char *const *w = L->draft_words; w && *w; w++) {
        size_t k;
        if (L->keyword_after) {
            if ((k = scan_word(t, *e, *w))) {
                *e += k;
                return 1;
            }
        } else {
            size_t b = scan_word_back(t, scan_space_back(t, *s), *w);
            if (b != (size_t)-1) {
                *s = b;
                return 1;
            }
        }
    }
    return 0;
}

/* An alias behind letters fused to it (Arabic "والعهد", "بعملية", "للجنة" = ل + اللجنة,
 * "للاتحاد" = ل + الاتحاد): the length from p, or 0. */
static size_t fused_match(struct text t, const struct lang *L, const struct gazetteer *g,
                          size_t p, const struct gz_entry **e)
{
    size_t best = 0;
    for (const char *const *w = L->word_prefixes; w && *w; w++) {
        size_t n = strlen(*w), k;
        if (p + n >= t.n || memcmp(t.s + p, *w, n) != 0)
            continue;
        const struct gz_entry *x;
        if ((k = gazetteer_match(g, t.s, t.n, p + n, &x)) && n + k > best)
            best = n + k, *e = x;
        /* the letter elided after the prefix (L->elision_after, L->elided): the article's
         * alef dropped after a lam, "للجنة" = "ل" + "اللجنة" (alef before the prefix's lam),
         * "للاتحاد" = "ل" + "الاتحاد" (alef before the article's lam) */
        for (const char *const *ea = L->elision_after; ea && *ea; ea++) {
            size_t m = strlen(*ea), l = n - m;
            if (n < m || memcmp(*w + l, *ea, m) != 0)
                continue;
            for (const char *const *el = L->elided; el && *el; el++) {
                if ((k = gazetteer_match_after(g, *el, t.s, t.n, p + l, &x)) && l + k > best)
                    best = l + k, *e = x;
                if ((k = gazetteer_match_after(g, *el, t.s, t.n, p + n, &x)) && n + k > best)
                    best = n + k, *e = x;
            }
        }
    }
    return best;
}

/* Inside a word of ASCII letters and digits: no alias starts there. */
static int ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

/* Does an instrument's alias start inside the body match [p, p + k) of hits v[i..) and end
 * after it?  Then the body's words are the start of the instrument's name ("UN Water
 * Convention": UN-Water and "Water Convention" share "Water"), and the instrument wins. */
static int instrument_overlaps(struct text t, const struct gazetteer *g, const struct gz_hits *h,
                               size_t i, size_t p, size_t k)
{
    for (size_t j; i < h->n && h->v[i].start < p + k; i = j) {
        size_t q = h->v[i].start;
        for (j = i + 1; j < h->n && h->v[j].start == q; j++)
            ;
        const struct gz_entry *e;
        size_t m = q > p ? gazetteer_longest(g, t.s, t.n, h->v + i, j - i, &e) : 0;
        if (m && q + m > p + k && strcmp(e->kind, "convention") == 0)
            return 1;
    }
    return 0;
}

/* Length of the word of list (no '*' patterns) that ends at e, on a word boundary, or 0. */
static size_t ends_with_any(struct text t, size_t e, const char *const *list)
{
    size_t best = 0;
    for (; list && *list; list++) {
        size_t k = strlen(*list);
        if (k <= best || k > e || memcmp(t.s + e - k, *list, k) != 0)
            continue;
        if (e - k > 0 && cp_is_word(scan_cp(t, e - k)) && !scan_word_start(t, e - k))
            continue;
        best = k;
    }
    return best;
}

static size_t skip_space(struct text t, size_t p)
{
    while (p < t.n && (t.s[p] == ' ' || t.s[p] == '\n' || t.s[p] == '\t'))
        p++;
    return p;
}

static size_t back_space(struct text t, size_t e)
{
    while (e > 0 && (t.s[e - 1] == ' ' || t.s[e - 1] == '\n' || t.s[e - 1] == '\t'))
        e--;
    return e;
}

/* Is the gap s[a..b) only spaces around at most one of L->part_link? */
static int part_gap(struct text t, const struct lang *L, size_t a, size_t b)
{
    if (a > b)
        return 0;
    size_t e = back_space(t, b);
    if (e > a) {
        size_t k = ends_with_any(t, e, L->part_link);
        if (!k)
            return 0;
        e -= k;
    }
    return back_space(t, e) <= a;
}

/* Does the mention v[i] of an organization ("United Nations") stand for the organization?
 * Not next to L->part_after / L->part_before ("the United Nations system", "personnel des
 * Nations Unies", "United Nations, Treaty Series"), nor as part of another body's name
 * (v[i-1] or v[i+1] next to it: "Secretary-General of the United Nations", "联合国秘书长"),
 * nor inside the title of a work (`titles`: a report of a United Nations conference, in the
 * marks of a title); in a letterhead it is none either (names_drop_letterhead). */
static int stands_for_organization(struct text t, const struct lang *L, const struct mention *v,
                                   size_t n, size_t i, const struct spans *titles)
{
    size_t a = skip_space(t, v[i].nend), b = back_space(t, v[i].nstart);
    if (spans_overlap(titles, v[i].nstart, v[i].nend))
        return 0;
    if (L->part_after && (scan_any(t, a, L->part_after, NULL) ||
                          scan_any(t, v[i].nend, L->part_after, NULL)))
        return 0;
    if (ends_with_any(t, b, L->part_before))
        return 0;
    if (i > 0 && v[i - 1].kind == MK_BODY && part_gap(t, L, v[i - 1].nend, v[i].nstart))
        return 0;
    if (i + 1 < n && v[i + 1].kind == MK_BODY && v[i + 1].nstart >= v[i].nend &&
        skip_space(t, v[i].nend) >= v[i + 1].nstart)
        return 0;
    return 1;
}

/* Every alias (longest first, whole words) outside the claimed spans, at the starts that
 * gazetteer_hits finds: an alias or a fused prefix begins there; a body's alias that an
 * instrument's overlaps on the right gives way to it (instrument_overlaps); an
 * organization's only where it stands for the organization (stands_for_organization). */
static void gazetteer_scan(struct text t, const struct lang *L, const struct gazetteer *g,
                           struct mentions *out, struct spans *claimed,
                           const struct spans *titles)
{
    size_t n0 = out->n;
    struct gz_hits hits = {0};
    gazetteer_hits(g, L, t.s, t.n, &hits);
    for (size_t i = 0, j, resume = 0; i < hits.n; i = j) {
        size_t p = hits.v[i].start;
        for (j = i + 1; j < hits.n && hits.v[j].start == p; j++)
            ;
        unsigned char b = (unsigned char)t.s[p];
        if (p < resume || (b & 0xC0) == 0x80 || b == ' ' ||
            (p > 0 && ascii_alnum(b) && ascii_alnum(t.s[p - 1])))
            continue;
        uint32_t cp = scan_cp(t, p);
        if (cp_is_word(cp) && !scan_word_start(t, p))
            continue;
        const struct gz_entry *e;
        size_t k = gazetteer_longest(g, t.s, t.n, hits.v + i, j - i, &e);
        if (!k && L->word_prefixes)
            k = fused_match(t, L, g, p, &e);
        if (!k || spans_overlap(claimed, p, p + k) ||
            (L->not_alias && scan_any(t, p, L->not_alias, NULL) == k))
            continue;
        if (strcmp(e->kind, "body") == 0 && instrument_overlaps(t, g, &hits, j, p, k))
            continue;
        struct mention m = {0};
        fill_known(&m, e);
        m.nstart = p;
        m.nend = p + k;
        if (m.kind == MK_CONVENTION && draft_around(t, L, &m.nstart, &m.nend))
            m.draft = 1;
        mentions_push(out, &m);
        resume = p + k;
    }
    free(hits.v);
    size_t w = n0;
    for (size_t i = n0; i < out->n; i++) {
        const struct mention *m = &out->v[i];
        if (m->type && strcmp(m->type, "organization") == 0 &&
            !stands_for_organization(t, L, out->v + n0, out->n - n0, i - n0, titles))
            continue;
        out->v[w++] = *m;
    }
    out->n = w;
    for (size_t i = n0; i < out->n; i++)
        spans_add(claimed, out->v[i].nstart, out->v[i].nend);
}

/* A known body's common noun written as its name ("the Secretariat", "le Secrétariat":
 * openclass_capital) outside the claimed spans: that body's mention. */
static void capital_names(struct text t, const struct source_case *cs, const struct lang *L,
                          const struct gazetteer *g, const struct openclass_marks *mk,
                          struct mentions *out, struct spans *claimed)
{
    size_t n0 = out->n, at, k, mi = 0;
    const char *id;
    while ((k = openclass_capital(t, cs, L, mk, &mi, &at, &id))) {
        if (spans_overlap(claimed, at, at + k))
            continue;
        const struct gz_entry *e = NULL;
        for (size_t i = 0; !e && i < gazetteer_size(g); i++)
            if (strcmp(gazetteer_entry(g, i)->id, id) == 0)
                e = gazetteer_entry(g, i);
        if (!e)
            continue;
        struct mention m = {0};
        fill_known(&m, e);
        m.nstart = at;
        m.nend = at + k;
        mentions_push(out, &m);
    }
    for (size_t i = n0; i < out->n; i++)
        spans_add(claimed, out->v[i].nstart, out->v[i].nend);
}

/* Is the gap [a, b) between an instrument and a thereto phrase short and within one clause
 * (no clause punctuation: "… of the Child and the", "》及其1977年6月8日", " و")? */
static int thereto_gap(struct text t, size_t a, size_t b)
{
    if (a > b || b - a > THERETO_GAP)
        return 0;
    for (size_t p = a; p < b;) {
        uint32_t cp;
        size_t k = utf8_decode((const unsigned char *)t.s + p, t.n - p, &cp);
        if (!k || cp == '\n' || strchr(",;.:()", (int)cp) ||
            (cp >= 0x3001 && cp <= 0x3002) || cp == 0xFF08 || cp == 0xFF09 || cp == 0xFF0C ||
            cp == 0xFF1A || cp == 0xFF1B)
            return 0;
        p += k;
    }
    return 1;
}

/* The gazetteer's instruments named with words whose English name also names the
 * instrument of mention a ("Optional Protocol" + "Convention on the Rights of the Child"). */
static size_t instruments_of(const struct gazetteer *g, const struct mention *a, const char *words,
                             const struct gz_entry **v, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < gazetteer_size(g) && n < max; i++) {
        const struct gz_entry *e = gazetteer_entry(g, i);
        if (strcmp(e->kind, "convention") == 0 && strcmp(e->id, a->id) != 0 &&
            strcasestr(e->name, words) && strcasestr(e->name, a->name))
            v[n++] = e;
    }
    return n;
}

/* "the Optional Protocols thereto" (openclass_thereto) right after a known instrument:
 * each gazetteer instrument of it that the phrase's words name. */
static void thereto_names(struct text t, const struct lang *L, const struct gazetteer *g,
                          const struct openclass_marks *mk, struct mentions *out,
                          struct spans *claimed)
{
    size_t n0 = out->n, at, k, mi = 0;
    const char *words;
    while ((k = openclass_thereto(t, L, mk, &mi, &at, &words))) {
        if (spans_overlap(claimed, at, at + k))
            continue;
        const struct mention *a = NULL;
        for (size_t i = 0; i < n0; i++) {
            const struct mention *m = &out->v[i];
            if (m->nend <= at && (!a || m->nend > a->nend))
                a = m;
        }
        if (!a || a->kind != MK_CONVENTION || !a->known || !a->name ||
            !thereto_gap(t, a->nend, at))
            continue;
        const struct gz_entry *v[THERETO_MAX];
        size_t nv = instruments_of(g, a, words, v, THERETO_MAX);
        for (size_t i = 0; i < nv; i++) {
            struct mention m = {0};
            fill_known(&m, v[i]);
            m.nstart = at;
            m.nend = at + k;
            m.short_form = "1";
            mentions_push(out, &m);
        }
    }
    for (size_t i = n0; i < out->n; i++)
        spans_add(claimed, out->v[i].nstart, out->v[i].nend);
}

/* Clause punctuation: a coordinated name does not run across it. */
static int clause_mark(struct text t, size_t p)
{
    return p >= t.n || strchr(",;:()\n", t.s[p]) != NULL || (t.s[p] == '.' && p + 1 < t.n && t.s[p + 1] == ' ');
}

/* End of the word at p (letters, digits, inner hyphens). */
static size_t word_at_end(struct text t, size_t p)
{
    while (p < t.n) {
        uint32_t cp;
        size_t k = utf8_decode((const unsigned char *)t.s + p, t.n - p, &cp);
        if (!k || !(cp_is_word(cp) || (cp == '-' && p + 1 < t.n && cp_is_word(scan_cp(t, p + 1)))))
            break;
        p += k;
    }
    return p;
}

/* The gazetteer entry named by s[pre, at) + singular + s[a, b) + s[c, d) (folded text). */
static const struct gz_entry *lookup_parts(const struct gazetteer *g, struct text t, size_t pre,
                                           size_t at, const char *singular, size_t a, size_t b,
                                           size_t c, size_t d)
{
    size_t np = at - pre, ns = strlen(singular), n = np + ns + (b - a) + (d - c);
    if (n > TITLE_MAX)
        return NULL;
    char buf[TITLE_MAX + 1];
    memcpy(buf, t.s + pre, np);
    memcpy(buf + np, singular, ns);
    memcpy(buf + np + ns, t.s + a, b - a);
    memcpy(buf + np + ns + (b - a), t.s + c, d - c);
    return gazetteer_lookup(g, buf, n);
}

/* Start of the word before p (spaces between), or p. */
static size_t word_before(struct text t, size_t p)
{
    size_t e = back_space(t, p), s = e;
    while (s > 0 && (cp_is_word(scan_cp_back(t, s)) || t.s[s - 1] == '-')) {
        s--;
        while (s > 0 && ((unsigned char)t.s[s] & 0xC0) == 0x80)
            s--;
    }
    return s < e ? s : p;
}

/* Two names sharing a plural head (openclass_plural) and coordinated by one of
 * L->conjunctions: "United Nations Offices at Geneva and Vienna", "Special Advisers … on the
 * Prevention of Genocide and on the Responsibility to Protect". The first is the singular
 * with the words up to the conjunction; the second the singular with those words up to the
 * last one that the second part starts with (else up to the first part's last word) and the
 * second part. Both must be gazetteer names; each is a mention of the whole phrase. */
/* A conjunction fused to the word at p (Arabic "وفيينا"): one of the language's
 * conjunctions that is also a fused prefix, with letters after it; its length, else 0. */
static size_t fused_conjunction(struct text t, const struct lang *L, size_t p)
{
    for (size_t i = 0; L->conjunctions[i]; i++)
        for (size_t j = 0; L->word_prefixes && L->word_prefixes[j]; j++) {
            size_t n = strlen(L->conjunctions[i]);
            if (strcmp(L->conjunctions[i], L->word_prefixes[j]) == 0 && p + n < t.n &&
                memcmp(t.s + p, L->conjunctions[i], n) == 0 && cp_is_word(scan_cp(t, p + n)))
                return n;
        }
    return 0;
}

static void coordinated_names(struct text t, const struct lang *L, const struct gazetteer *g,
                              const struct openclass_marks *mk, struct mentions *out,
                              struct spans *claimed)
{
    size_t n0 = out->n, at, k, mi = 0;
    const char *sing;
    for (size_t next = 0; (k = openclass_plural(t, L, mk, &mi, &at, &sing));) {
        if (at < next)
            continue;
        if (spans_overlap(claimed, at, at + k) || !L->conjunctions)
            continue;
        size_t q = at + k, p = q, conj = 0, ck = 0;
        for (int w = 0; w < COORD_WORDS && p < t.n && !clause_mark(t, p); w++) {
            p = skip_space(t, p);
            if ((ck = scan_any(t, p, L->conjunctions, NULL)) ||
                (ck = fused_conjunction(t, L, p))) {
                conj = p;
                break;
            }
            size_t e = word_at_end(t, p);
            p = e > p ? e : p + 1;
        }
        if (!conj || clause_mark(t, q))
            continue;
        /* the name may start up to COORD_BEFORE words before the head ("United Nations
         * Offices") */
        size_t aend = back_space(t, conj), pre = at;
        const struct gz_entry *e1 = NULL;
        for (int w = 0; w <= COORD_BEFORE; w++) {
            if ((e1 = lookup_parts(g, t, pre, at, sing, q, aend, aend, aend)))
                break;
            size_t b = word_before(t, pre);
            if (b == pre)
                break;
            pre = b;
        }
        if (!e1)
            continue;
        size_t bs = skip_space(t, conj + ck), bw = word_at_end(t, bs);
        if (bw == bs)
            continue;
        /* the cut: the last word of the first part equal to the second's first word */
        size_t cut = 0, last = q;
        for (size_t r = q; r < aend;) {
            r = skip_space(t, r);
            size_t re = word_at_end(t, r);
            if (re == r)
                re = r + 1;
            else if (re - r == bw - bs && memcmp(t.s + r, t.s + bs, bw - bs) == 0)
                cut = r;
            else
                last = r;
            r = re;
        }
        if (!cut)
            cut = last;
        const struct gz_entry *e2 = NULL;
        size_t bend = 0;
        for (size_t r = bs, w = 0; w < COORD_WORDS && r < t.n && !clause_mark(t, r); w++) {
            size_t re = word_at_end(t, r);
            if (re == r)
                break;
            const struct gz_entry *x = lookup_parts(g, t, pre, at, sing, q, cut, bs, re);
            if (x)
                e2 = x, bend = re;
            r = re < t.n && t.s[re] == ' ' ? re + 1 : re;
        }
        if (!e2 || e2 == e1)
            continue;
        const struct gz_entry *both[2] = {e1, e2};
        for (int i = 0; i < 2; i++) {
            struct mention m = {0};
            fill_known(&m, both[i]);
            m.nstart = pre;
            m.nend = bend;
            mentions_push(out, &m);
        }
        next = bend;
    }
    for (size_t i = n0; i < out->n; i++)
        spans_add(claimed, out->v[i].nstart, out->v[i].nend);
}

/* The names of a list that leave out the start its first name has (zh: the "United
 * Nations" of "United Nations Office at Geneva, Office at Vienna"): after a gazetteer
 * name X and one of L->list_prefix_marks, the longest text Y (two characters at least, not
 * claimed, up to a clause mark) such that a start of X followed by Y is another entry's
 * alias; then the same start again after Y and the next mark. */
enum { LIST_PREFIX_MAX = 96 };
static size_t chars(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

static void list_prefix_names(struct text t, const struct lang *L, const struct gazetteer *g,
                              struct mentions *out, struct spans *claimed)
{
    if (!L->list_prefix_marks)
        return;
    char buf[2 * LIST_PREFIX_MAX];
    for (size_t i = 0, n0 = out->n; i < n0; i++) {
        const struct mention m = out->v[i];
        if (!m.known || m.nend - m.nstart >= LIST_PREFIX_MAX)
            continue;
        size_t pre = 0; /* the start of X carried: 0 until found */
        for (size_t at = m.nend, k; (k = scan_any(t, at, L->list_prefix_marks, NULL));) {
            size_t bs = at + k, best = 0, bestpre = 0;
            const struct gz_entry *hit = NULL;
            for (size_t e = bs + 1; e <= t.n && e - bs < LIST_PREFIX_MAX; e++) {
                if (clause_mark(t, e - 1) || scan_any(t, e - 1, L->list_prefix_marks, NULL))
                    break;
                if (e < t.n && ((unsigned char)t.s[e] & 0xC0) == 0x80)
                    continue;
                if (chars(t.s + bs, e - bs) < 2)
                    continue;
                for (size_t p = pre ? pre : m.nstart + 1; p < m.nend; p++) {
                    if (((unsigned char)t.s[p] & 0xC0) == 0x80)
                        continue;
                    memcpy(buf, t.s + m.nstart, p - m.nstart);
                    memcpy(buf + (p - m.nstart), t.s + bs, e - bs);
                    const struct gz_entry *x = gazetteer_lookup(g, buf, p - m.nstart + e - bs);
                    if (x && strcmp(x->id, m.id) != 0) {
                        hit = x, best = e, bestpre = p;
                        break;
                    }
                    if (pre)
                        break;
                }
            }
            if (!hit || spans_overlap(claimed, bs, best))
                break;
            struct mention y = {0};
            fill_known(&y, hit);
            y.nstart = bs;
            y.nend = best;
            mentions_push(out, &y);
            spans_add(claimed, bs, best);
            pre = bestpre;
            at = best;
        }
    }
}

/* Start of an instrument name that ends at e (languages with the keyword last): after
 * the last of L->name_stops (clause boundary, conjunction, verb) before it, or at one of
 * L->name_starts ("关于"). */
static size_t name_start(struct text t, const struct lang *L, size_t e)
{
    size_t lo = e > 120 ? e - 120 : 0, start = lo;
    for (size_t q = e; q > lo;) {
        q--;
        if (((unsigned char)t.s[q] & 0xC0) == 0x80)
            continue;
        if (L->name_starts && scan_any(t, q, L->name_starts, NULL)) {
            start = q;
            break;
        }
        size_t k = L->name_stops ? scan_any(t, q, L->name_stops, NULL) : 0;
        if (k && q + k <= e) {
            start = q + k;
            break;
        }
    }
    return start;
}

/* Drafts with a head word last ("…公约草案"): from name_start to the end of the head. */
static void draft_heads(struct text t, const struct lang *L, struct arena *a,
                        struct mentions *out, struct spans *claimed)
{
    for (const char *const *h = L->draft_heads; h && *h; h++) {
        size_t n = strlen(*h);
        for (const char *hit = strstr(t.s, *h); hit; hit = strstr(hit + 1, *h)) {
            size_t e = (size_t)(hit - t.s) + n;
            size_t s = name_start(t, L, (size_t)(hit - t.s));
            if (e - s > n && !spans_overlap(claimed, s, e))
                add_unknown(t, a, s, e, 1, out, claimed);
        }
    }
}

/* The end of "draft [words] convention" starting at s (after the draft word and its
 * space, at q), widened by its subject ("on …", up to 8 words, not past a draft_stops
 * word); 0 when no draft noun follows within 7 words. */
static size_t draft_phrase_end(struct text t, const struct lang *L, size_t q)
{
    size_t conv = 0, k;
    for (int w = 0; w < 7 && q < t.n; w++) {
        if ((k = scan_any(t, q, L->draft_nouns, NULL))) {
            conv = q + k;
            break;
        }
        while (q < t.n && cp_is_word(scan_cp(t, q)))
            q++;
        if (q >= t.n || t.s[q] != ' ')
            break;
        q++;
    }
    if (!conv)
        return 0;
    size_t e = conv;
    if (L->draft_preps && (k = scan_any(t, scan_space(t, e), L->draft_preps, NULL))) {
        size_t r = scan_space(t, e) + k;
        for (int w = 0; w < 8 && r < t.n && t.s[r] == ' '; w++) {
            size_t ws = r + 1, we = ws;
            while (we < t.n && (cp_is_word(scan_cp(t, we)) || t.s[we] == '-'))
                we++;
            if (we == ws || (L->draft_stops && scan_any(t, ws, L->draft_stops, NULL)))
                break;
            r = e = we;
        }
    }
    return e;
}

/* Drafts the gazetteer does not know: "…公约草案" (L->draft_heads), "draft … convention
 * [on …]" (L->draft_words, then L->draft_nouns). */
static void open_drafts(struct text t, const struct lang *L, struct arena *a,
                        struct mentions *out, struct spans *claimed)
{
    if (L->keyword_after) {
        draft_heads(t, L, a, out, claimed);
        return;
    }
    if (!L->draft_nouns)
        return;
    for (const char *const *d = L->draft_words; d && *d; d++) {
        size_t n = strlen(*d);
        for (const char *hit = strstr(t.s, *d); hit; hit = strstr(hit + 1, *d)) {
            size_t s = (size_t)(hit - t.s), e;
            if (s + n >= t.n || t.s[s + n] != ' ' || !scan_word_start(t, s))
                continue;
            if ((e = draft_phrase_end(t, L, s + n + 1)) && !spans_overlap(claimed, s, e))
                add_unknown(t, a, s, e, 1, out, claimed);
        }
    }
}

/* openclass_sibling: the gazetteer body of a type containing cls ("sanctions-committee"
 * for "committee") that the resolution which set up the body named also set up. */
static int sibling(const void *ctx, const struct mention *named, const char *cls,
                   struct mention *m)
{
    const struct gazetteer *g = ctx;
    const struct gz_entry *found = NULL;
    for (size_t i = 0; i < gazetteer_size(g); i++) {
        const struct gz_entry *e = gazetteer_entry(g, i);
        if (strcmp(e->kind, "body") != 0 || !e->established_by || !e->type ||
            strcmp(e->id, named->id) == 0 || strcmp(e->established_by, named->established_by) != 0 ||
            !strstr(e->type, cls))
            continue;
        if (found)
            return 0; /* two of them: which one is meant is not known */
        found = e;
    }
    if (!found)
        return 0;
    fill_known(m, found);
    return 1;
}

/* The entry named exactly s (folded): the registry row of a part of a known instrument. */
static int named_entry(const void *ctx, const char *s, struct mention *m)
{
    const struct gz_entry *e = gazetteer_lookup(ctx, s, strlen(s));
    if (!e)
        return 0;
    fill_known(m, e);
    return 1;
}

/* A document symbol at p: letters, then '/' ("s/res/2667 (2022)", "a/hrc/res/56/14"). */
static int symbol_at(struct text t, size_t p)
{
    size_t k = p;
    while (k < t.n && t.s[k] >= 'a' && t.s[k] <= 'z')
        k++;
    return k > p && k < t.n && t.s[k] == '/';
}

/* Is body mention m the letterhead's? See names.h. */
static int letterhead(struct text t, const struct lang *L, size_t cover_at, const struct mention *m)
{
    if (m->kind != MK_BODY)
        return 0;
    if (cover_at != (size_t)-1 && m->nstart <= cover_at + 1 && m->nend >= cover_at)
        return 1;
    size_t a = skip_space(t, m->nend);
    if (L->letterhead_after && scan_any(t, a, L->letterhead_after, NULL))
        return 1;
    return m->type && strcmp(m->type, "organization") == 0 && symbol_at(t, a);
}

void names_drop_letterhead(struct text t, const struct lang *L, size_t cover_at,
                           struct mentions *found)
{
    size_t k = 0;
    for (size_t i = 0; i < found->n; i++)
        if (!letterhead(t, L, cover_at, &found->v[i]))
            found->v[k++] = found->v[i];
    found->n = k;
}

void names_find(struct text t, const struct source_case *cs, const struct lang *lang,
                const struct gazetteer *gaz,
                struct arena *arena, struct mentions *out, struct spans *claimed)
{
    spans_sort(claimed);
    struct spans titles = {0};
    for (const char *const *tm = lang_any()->title_marks; tm && *tm; tm += 2) /* any text */
        book_titles(t, lang, tm[0], tm[1], gaz, arena, out, claimed, &titles);
    spans_sort(claimed);
    spans_sort(&titles);
    struct openclass_marks mk = {0};
    openclass_hold(1);
    if (gaz) {
        openclass_marks(t, lang, &mk);
        coordinated_names(t, lang, gaz, &mk, out, claimed);
        spans_sort(claimed);
        gazetteer_scan(t, lang, gaz, out, claimed, &titles);
        spans_sort(claimed);
        list_prefix_names(t, lang, gaz, out, claimed);
        spans_sort(claimed);
        capital_names(t, cs, lang, gaz, &mk, out, claimed);
    }
    spans_sort(claimed);
    open_drafts(t, lang, arena, out, claimed);
    struct openclass_sibling sib = {sibling, named_entry, gaz};
    openclass_find(t, cs, lang, gaz ? &sib : NULL, arena, out, claimed);
    if (gaz) {
        spans_sort(claimed);
        thereto_names(t, lang, gaz, &mk, out, claimed);
    }
    openclass_marks_free(&mk);
    spans_release(&titles);
    openclass_hold(0);
}
