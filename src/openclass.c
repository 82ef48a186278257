/* openclass: names of instruments and bodies outside the gazetteer, and their short forms
 * (see openclass.h). Every word is data: data/lang/<code>.open.tsv, compiled in (xxd -i),
 * one `class<TAB>word[<TAB>value]` a line; the grammar below only says how the classes
 * combine (the tables and their loader: openclass_load.c). docs/openclass.md describes the
 * classes. */
#include "openclass_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "inflect.h"
#include "normalize.h"
#include "util.h"

/* ---- the text ---- */

size_t oc_any(const struct oc_lang *o, int c, struct text t, size_t p, size_t *which)
{
    if (!o->c[c].n || (o->filter[c] && !scan_filter_may(o->filter[c], t, p)))
        return 0;
    return scan_any(t, p, o->c[c].w, which);
}

/* Past spaces and apostrophes ("Peoples' Rights", "d'action"; folding made ’ and ʼ '). */
size_t oc_gap(struct text t, size_t p)
{
    while (p < t.n && (t.s[p] == ' ' || t.s[p] == '\''))
        p++;
    return p;
}

/* End of the word at p: letters and digits, with inner hyphens. */
static size_t word_end(struct text t, size_t p)
{
    while (p < t.n) {
        uint32_t cp = scan_cp(t, p);
        if (cp_is_word(cp)) {
            uint32_t d;
            p += utf8_decode((const unsigned char *)t.s + p, t.n - p, &d);
        } else if (t.s[p] == '-' && p + 1 < t.n && cp_is_word(scan_cp(t, p + 1))) {
            p++;
        } else {
            break;
        }
    }
    return p;
}

/* The word at p is exactly an entry of class c (or starts with a phrase of it). */
size_t oc_is_class(const struct oc_lang *o, int c, struct text t, size_t p)
{
    return oc_any(o, c, t, p, NULL);
}

/* The original character of folded byte p is a capital. */
int oc_capital(const struct named *nm, size_t p)
{
    if (!nm->cs)
        return 0;
    size_t at = nm->cs->map[p];
    utf8proc_int32_t cp;
    if (at >= nm->cs->n ||
        utf8proc_iterate((const utf8proc_uint8_t *)nm->cs->src + at,
                         (utf8proc_ssize_t)(nm->cs->n - at), &cp) < 1)
        return 0;
    utf8proc_category_t k = utf8proc_category(cp);
    return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LT;
}

/* p starts a sentence: nothing but spaces, list marks and numbers since the text's start
 * or a full stop (a capital there is no evidence of a name). */
int oc_sentence_start(struct text t, size_t p)
{
    while (p > 0) {
        unsigned char b = (unsigned char)t.s[p - 1];
        if (b == '.' || b == '!' || b == '?' || b == ':' || b == ';')
            return 1;
        if (b != ' ' && b != '(' && b != ')' && !is_digit(b) && b != '"')
            return 0;
        p--;
    }
    return 1;
}

static int cmp_pos(const void *x, const void *y, void *arg)
{
    const struct mentions *of = arg;
    const struct mention *a = &of->v[*(const size_t *)x], *b = &of->v[*(const size_t *)y];
    size_t u = a->nstart, v = b->nstart;
    return u < v ? -1 : u > v;
}
static int cmp_end(const void *x, const void *y, void *arg)
{
    const struct mentions *of = arg;
    size_t u = of->v[*(const size_t *)x].nend, v = of->v[*(const size_t *)y].nend;
    return u < v ? -1 : u > v;
}

/* qsort_r of glibc is a stable merge sort: on what is in order already (the mentions
 * come in text order) it would give the same, at a cost of n log n comparisons. */
static void sort_unless_sorted(size_t *a, size_t n,
                               int (*cmp)(const void *, const void *, void *),
                               const struct mentions *out)
{
    for (size_t i = 1; i < n; i++)
        if (cmp(&a[i - 1], &a[i], (void *)out) > 0) {
            qsort_r(a, n, sizeof *a, cmp, (void *)out);
            return;
        }
}

void oc_named_init(struct named *nm, const struct mentions *out)
{
    nm->of = out;
    nm->n = 0;
    nm->uncased = nm->need_plain = 0;
    nm->by_start = xmalloc((out->n + 1) * sizeof *nm->by_start);
    nm->by_end = xmalloc((out->n + 1) * sizeof *nm->by_end);
    nm->drop = xcalloc(out->n + 1, 1);
    nm->eng = xcalloc(out->n + 1, sizeof *nm->eng);
    for (size_t i = 0; i < out->n; i++)
        if (out->v[i].kind == MK_CONVENTION || out->v[i].kind == MK_BODY)
            nm->by_start[nm->n] = nm->by_end[nm->n] = i, nm->n++;
    sort_unless_sorted(nm->by_start, nm->n, cmp_pos, out);
    sort_unless_sorted(nm->by_end, nm->n, cmp_end, out);
}

void oc_named_release(struct named *nm)
{
    free(nm->by_start);
    free(nm->by_end);
    free(nm->drop);
    free(nm->eng);
}

/* First index of a (sorted by key) with key >= x. */
size_t oc_lower(const struct named *nm, const size_t *a, int by_end, size_t x)
{
    size_t lo = 0, hi = nm->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const struct mention *m = &nm->of->v[a[mid]];
        if ((by_end ? m->nend : m->nstart) < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The named mention that starts at p / ends at p (index in out), or (size_t)-1. */
static size_t named_at(const struct named *nm, size_t p, int by_end)
{
    const size_t *a = by_end ? nm->by_end : nm->by_start;
    size_t i = oc_lower(nm, a, by_end, p);
    if (i < nm->n) {
        const struct mention *m = &nm->of->v[a[i]];
        if ((by_end ? m->nend : m->nstart) == p && !nm->drop[a[i]])
            return a[i];
    }
    return (size_t)-1;
}

/* A head of an instrument or body at p, also behind a fused prefix: its length, the
 * prefix length in *pre, the class list in *cls and the entry in *which. */
static size_t head_at(const struct oc_lang *o, const struct lang *L, struct text t, size_t p,
                      size_t *pre, int *cls, size_t *which)
{
    *pre = 0;
    for (int c = C_INSTRUMENT; c <= C_BODY; c++) {
        size_t k = oc_any(o, c, t, p, which);
        if (k) {
            *cls = c;
            return k;
        }
    }
    for (const char *const *w = L->word_prefixes; w && *w; w++) {
        size_t n = strlen(*w);
        if (p + n >= t.n || memcmp(t.s + p, *w, n) != 0)
            continue;
        /* the head's word starts behind the prefix: scan_any checks a word start */
        struct text behind = {t.s + p + n, t.n - p - n};
        for (int c = C_INSTRUMENT; c <= C_BODY; c++) {
            size_t k = o->c[c].n ? scan_any(behind, 0, o->c[c].w, which) : 0;
            if (k) {
                *pre = n;
                *cls = c;
                return k;
            }
        }
    }
    return 0;
}

/* An entry of class c at the head at p, also behind a fused prefix (p inside a word: the
 * entries are looked up as if a word started at p). */
static size_t at_head(const struct oc_lang *o, int c, struct text t, size_t p, size_t *which)
{
    struct text behind = {t.s + p, t.n - p};
    return oc_any(o, c, behind, 0, which);
}

/* Whether the head matched at p is listed in class c (bare, needmod): a word start only,
 * so a head behind a fused prefix is neither ("وبالاتفاقية المتعلقة ب…" is read, "بإعلان
 * السنوات" no bare name) */
static int head_in(const struct oc_lang *o, int c, struct text t, size_t p, size_t hlen)
{
    size_t k = oc_any(o, c, t, p, NULL);
    return k == hlen;
}

/* Whether the word [p, e) ends with an entry of class c and is longer than it by more
 * than two bytes. */
static int ends_with(const struct oc_lang *o, int c, struct text t, size_t p, size_t e)
{
    for (size_t i = 0; i < o->c[c].n; i++) {
        size_t n = strlen(o->c[c].w[i]);
        if (e - p > n + 2 && memcmp(t.s + e - n, o->c[c].w[i], n) == 0)
            return 1;
    }
    return 0;
}

/* A date or a number right after a link: "of 10 December 1982", "of 1951". */
static int date_at(const struct oc_lang *o, struct text t, size_t p)
{
    p = oc_gap(t, p);
    return p < t.n && (is_digit((unsigned char)t.s[p]) || oc_is_class(o, C_MONTH, t, p));
}

/* Whether a complement goes on after "and" or "," at p (just past it): the words after it
 * reach no other head; after "," the list reaches an "and" before any other boundary;
 * after "and" at least one content word follows. */
static int continues(const struct oc_lang *o, const struct lang *L, const struct named *nm,
                     struct text t, size_t p, int comma)
{
    size_t q = p, k, pre, which;
    int words = 0, cls;
    for (int i = 0; i < (comma ? 5 : 8); i++) {
        q = oc_gap(t, q);
        if (q >= t.n)
            break;
        size_t kf = oc_is_class(o, C_FUNCTION, t, q);
        if (head_at(o, L, t, q, &pre, &cls, &which) || named_at(nm, q, 0) != (size_t)-1 ||
            (!comma && i == 0 && kf))
            return 0;
        size_t ks = oc_is_class(o, C_STOP, t, q);
        if ((ks && ks >= kf) || is_digit((unsigned char)t.s[q]) ||
            oc_is_class(o, C_MONTH, t, q))
            break;
        if ((k = oc_is_class(o, C_AND, t, q)))
            return words > 0;
        if ((k = oc_is_class(o, C_COMMA, t, q))) {
            if (!comma)
                return words > 0;
            q += k;
            continue;
        }
        if (!cp_is_word(scan_cp(t, q)))
            break;
        words += !kf;
        q = word_end(t, q);
    }
    return !comma && words > 0;
}

/* A complement starting at p starts with a nostart word, also one with a footnote number
 * glued to it ("к ней3"). */
static int nostart_at(const struct oc_lang *o, struct text t, size_t p)
{
    if (oc_is_class(o, C_NOSTART, t, p))
        return 1;
    size_t we = word_end(t, p), l = p;
    while (l < we && !is_digit((unsigned char)t.s[l]))
        l++;
    struct text letters = t;
    letters.n = l;
    return l > p && l < we && oc_is_class(o, C_NOSTART, letters, p);
}

/* With case all, whether the stop word at g goes on in a title: 1 — capitalized after a
 * function word and before no number, a content word ("... on Further Practical Measures");
 * 2 — a `titlelink`
 * word in lower case right after a content word (after_content) before a capitalized
 * content word that no head, stop or function word, named mention or sentence start is,
 * a link ("Plan of Action to Strengthen the ...", "Agenda for Dialogue among
 * Civilizations"); 0 — it ends the complement. */
static int title_word(const struct oc_lang *o, const struct lang *L, struct text t,
                      const struct named *nm, size_t g, int after_content)
{
    if (o->need_case != CASE_ALL || oc_sentence_start(t, g))
        return 0;
    size_t we = word_end(t, g);
    if (oc_capital(nm, g)) /* not before a number: "on Article 8" */
        return !after_content && oc_is_class(o, C_STOP, t, g) == we - g && !date_at(o, t, we);
    size_t k = oc_is_class(o, C_TITLELINK, t, g), n, pre, which;
    int cls;
    if (!after_content || !k || g + k < we || (n = oc_gap(t, we)) >= t.n || n == we ||
        !oc_capital(nm, n) || oc_is_class(o, C_FUNCTION, t, n) || oc_is_class(o, C_STOP, t, n) ||
        head_at(o, L, t, n, &pre, &cls, &which) || named_at(nm, n, 0) != (size_t)-1)
        return 0;
    return cp_is_word(scan_cp(t, n)) && !is_digit((unsigned char)t.s[n]) ? 2 : 0;
}

enum { MAX_WORDS = 24, MAX_NAME = 400 };

/* The complement from q: its end (0 when it has fewer than min content words). Named
 * mentions inside are marked dropped. */
static size_t complement(const struct oc_lang *o, const struct lang *L, struct text t,
                         size_t q, int min, int kind, struct named *nm, size_t *ndrop,
                         size_t *drops)
{
    size_t r = q, e = 0, det = (size_t)-1;
    int content = 0, words = 0, plain = 0; /* plain: content words not named mentions */
    size_t nd = *ndrop;
    while (words < MAX_WORDS) {
        size_t g = oc_gap(t, r), k, i;
        if (g >= t.n || g - q > MAX_NAME)
            break;
        if (nostart_at(o, t, g)) {
            if (words == 0)
                break;
            if (det == (size_t)-1)
                det = g;
        }
        if ((i = named_at(nm, g, 0)) != (size_t)-1) {
            /* in a cased script a name right after a content word starts a new clause:
             * "… Armas Nucleares La Asamblea General" */
            if (o->need_case != CASE_NONE && e == r && e)
                break;
            if (nd < MAX_WORDS)
                drops[nd++] = i;
            /* param … capitals: a named entity written with a capital shows one
             * ("Protocolo del Tratado de Bangkok", "Plan d'action visant à renforcer
             * l'application du Traité sur …"); a lower-case content word after it then ends
             * the name, as after a capitalized word ("Fonds de réserve de l'OMS pour les
             * situations d'urgence soit financé") */
            if (nm->by_capitals && oc_capital(nm, g))
                nm->capitals++;
            r = e = nm->of->v[i].nend;
            content++, words++;
            /* a name ends with a named body unless a function word goes on: "Special
             * Representative of the Secretary-General for …", not "… and her name"; with
             * case all an instrument's name goes on with a capitalized content word
             * ("Declaration of the Association of Southeast Asian Nations Concord II") */
            size_t after = oc_gap(t, r), pre, which;
            int hc;
            if (after < t.n && !oc_is_class(o, C_FUNCTION, t, after) &&
                !(kind == C_INSTRUMENT && o->need_case == CASE_ALL && oc_capital(nm, after) &&
                  !oc_is_class(o, C_STOP, t, after) &&
                  !head_at(o, L, t, after, &pre, &hc, &which) &&
                  named_at(nm, after, 0) == (size_t)-1))
                break;
            continue;
        }
        if ((k = oc_is_class(o, C_AND, t, g)) || (k = oc_is_class(o, C_COMMA, t, g))) {
            int comma = !oc_is_class(o, C_AND, t, g);
            if (!continues(o, L, nm, t, g + k, comma))
                break;
            r = g + k;
            continue;
        }
        uint32_t cp = scan_cp(t, g);
        if (!cp_is_word(cp) || is_digit((unsigned char)t.s[g]))
            break;
        size_t pre, which;
        int cls;
        size_t kf = oc_is_class(o, C_FUNCTION, t, g);
        size_t ks = oc_is_class(o, C_STOP, t, g);
        int tw = ks && ks >= kf ? title_word(o, L, t, nm, g, e && e == r) : 0;
        if (tw == 2) { /* a title's lower-case link: like a function word */
            r = word_end(t, g);
            words++;
            continue;
        }
        if (tw)
            ks = 0;
        /* with case all a capitalized body head after a function word is part of an
         * instrument's name: "Guidelines of the Committee for the Conduct of its Work" */
        if ((ks && ks >= kf) ||
            (head_at(o, L, t, g, &pre, &cls, &which) &&
             !(kind == C_INSTRUMENT && cls == C_BODY && o->need_case == CASE_ALL && !kf &&
               r > e && oc_capital(nm, g))) ||
            oc_is_class(o, C_MONTH, t, g))
            break;
        size_t we = word_end(t, g);
        /* a footnote number glued to the word ("Tribunal51"): the name ends with the word */
        size_t letters = g;
        while (letters < we && !is_digit((unsigned char)t.s[letters]))
            letters++;
        if ((k = kf) && g + k >= we) {
            if (oc_is_class(o, C_LINK, t, g) && date_at(o, t, g + k))
                break;
            /* with capitals a capitalized function word right after a content word
             * starts a new sentence whose stop was lost: "… Armas Nucleares La Asamblea"
             * (not "Protocolo de La Gomera": a function word comes before); with case all
             * (titles capitalize "Against") only before a name: "… in the Sudan The
             * General Assembly" */
            if (o->need_case != CASE_NONE && e && e == r && oc_capital(nm, g) &&
                (o->need_case == CASE_FIRST || named_at(nm, oc_gap(t, g + k), 0) != (size_t)-1))
                break;
            r = g + k;
            words++;
            continue;
        }
        /* a name written with capitals ends before a lower-case content word: with case
         * all at once, with case first after a capitalized one ("… de Asia Sudoriental
         * como documentos") */
        /* … but with case first a `postmod` adjective right after a content word
         * belongs to it ("… du Sommet mondial pour …", "… d'Asie centrale") */
        int adjective = o->need_case == CASE_FIRST && e && e == r &&
                        oc_is_class(o, C_POSTMOD, t, g) == we - g;
        if (ends_with(o, C_STOPSUFFIX, t, g, we) ||
            (o->need_case != CASE_NONE && !oc_capital(nm, g) && !adjective &&
             !nm->uncased && (o->need_case == CASE_ALL || nm->capitals)))
            break;
        if (oc_capital(nm, g))
            nm->capitals++;
        content++, words++, plain++;
        r = e = letters;
        if (letters < we)
            break;
    }
    if (content < min || !e || (nm->need_plain && !plain))
        return 0;
    nm->content = det < e ? 0 : content;
    *ndrop = nd;
    return e;
}

/* Whether a link with the value heads (head classes, "|"-separated; NULL: all) joins a
 * head of class cls. */
static int link_fits(const char *heads, const char *cls)
{
    if (!heads)
        return 1;
    size_t n = strlen(cls);
    for (const char *p = heads; *p;) {
        size_t k = strcspn(p, "|");
        if (k == n && memcmp(p, cls, n) == 0)
            return 1;
        p += k + (p[k] == '|');
    }
    return 0;
}

int oc_link_fits(const char *heads, const char *cls)
{
    return link_fits(heads, cls);
}

/* An attest word right after a name ending at e whose head class is cls: one of the head
 * classes of its value (NULL: all), like a link's ("adopted" attests instruments). */
static int attested(const struct oc_lang *o, struct text t, size_t e, const char *cls)
{
    size_t w;
    return oc_any(o, C_ATTEST, t, oc_gap(t, e), &w) && link_fits(o->c[C_ATTEST].v[w], cls);
}

/* The words of [s, e) (modifiers and head) show the capitals param case asks for: the
 * first; with case all every one that is no function, link or titlelink word. */
static int case_fits(const struct oc_lang *o, struct text t, const struct named *nm, size_t s,
                     size_t e)
{
    if (o->need_case == CASE_NONE)
        return 1;
    if (!oc_capital(nm, s))
        return 0;
    for (size_t p = oc_gap(t, word_end(t, s)), k; o->need_case == CASE_ALL && p < e;
         p = oc_gap(t, k ? p + k : word_end(t, p))) {
        if (!cp_is_word(scan_cp(t, p)))
            break;
        /* a link of several words is lower-case as a whole: "Fund in support of" */
        if ((k = oc_is_class(o, C_LINK, t, p)))
            continue;
        if (!oc_capital(nm, p) && !oc_is_class(o, C_FUNCTION, t, p) &&
            !oc_is_class(o, C_TITLELINK, t, p))
            return 0;
    }
    return 1;
}

/* The word [w, b) is one of the capitalized words that name a head (capitals_before). */
static int capital_word(const struct oc_lang *o, struct text t, const struct named *nm,
                        size_t w, size_t b)
{
    size_t k;
    if (is_digit((unsigned char)t.s[w]) || !oc_capital(nm, w) || named_at(nm, b, 1) != (size_t)-1 ||
        oc_sentence_start(t, w))
        return 0;
    return !(((k = oc_is_class(o, C_FUNCTION, t, w)) && w + k >= b) ||
             ((k = oc_is_class(o, C_STOP, t, w)) && w + k >= b) ||
             ((k = oc_is_class(o, C_NOBEFORE, t, w)) && w + k >= b) ||
             (o->need_case == CASE_FIRST && !ends_with(o, C_CAPMOD, t, w, b)));
}

/* With case all (case first: words ending in a capmod entry): the start of the
 * capitalized words right before s that name the head
 * with it ("Vienna Action Plan", "Implementation Support Unit", "Attorney General's
 * Office"), their count in *n; s itself when none. Not a function, stop or nobefore
 * word, no number, no named mention (the loop over modifiers took those), not a word
 * that starts a sentence; a single one that the text also writes in lower case is none. */
static size_t capitals_before(const struct oc_lang *o, struct text t, const struct named *nm,
                              size_t s, int *n)
{
    size_t s0 = s;
    *n = 0;
    for (int i = 0; i < 6; i++) {
        size_t b = s, w;
        while (b > 0 && t.s[b - 1] == ' ')
            b--;
        if (b == s || b == 0)
            break;
        /* a possessive: "General's" (the text folds every apostrophe to ') */
        if (b >= 2 && t.s[b - 1] == 's' && t.s[b - 2] == '\'') {
            size_t a = b - 2;
            if (a == 0 || !cp_is_word(scan_cp_back(t, a)))
                break;
            b = a;
        }
        w = oc_word_back(t, b);
        size_t k = w < b ? oc_is_class(o, C_AND, t, w) : 0;
        /* "and" between capitalized words: "Mental Health and Well-Being Strategy" */
        if (*n && o->need_case == CASE_ALL && k && w + k >= b && !oc_capital(nm, w)) {
            for (b = w; b > 0 && t.s[b - 1] == ' ';)
                b--;
            w = oc_word_back(t, b);
        }
        if (w == b || !capital_word(o, t, nm, w, b))
            break;
        s = w;
        ++*n;
    }
    /* one word alone names the head only if the text never writes it in lower case */
    if (*n == 1 && oc_lower_elsewhere(t, nm, s, word_end(t, s)))
        *n = 0;
    return *n ? s : s0;
}

/* Entry i of class c of o has the value v. */
static int value_is(const struct oc_lang *o, int c, size_t i, const char *v)
{
    return o->c[c].v[i] && strcmp(o->c[c].v[i], v) == 0;
}

/* Head-first languages: [modifiers] head [postmodifiers] link complement. */
static int name_head_first(const struct oc_lang *o, const struct lang *L, struct text t,
                           size_t p, struct named *nm, const struct spans *claimed,
                           struct found_name *f, size_t *ndrop, size_t *drops)
{
    size_t pre, which, hlen;
    int cls;
    if (!(hlen = head_at(o, L, t, p, &pre, &cls, &which)))
        return 0;
    size_t h = p + pre;
    if (spans_overlap(claimed, h, h + hlen)) {
        /* a known body's name in lower case after capitalized adjectives ends a longer
         * name they begin (openclass_within): that name, the known one dropped */
        size_t m = named_at(nm, h, 0), a;
        if (m == (size_t)-1 || cls != C_BODY || nm->of->v[m].kind != MK_BODY ||
            nm->of->v[m].short_form || nm->of->v[m].nend <= h + hlen || /* a name, not "комитет" */
            (a = oc_adjectives_before(o, t, nm, h)) == (size_t)-1)
            return 0;
        drops[(*ndrop)++] = m;
        f->s = a;
        f->e = nm->of->v[m].nend;
        f->caps = 1;
        f->thin = 0;
        f->cls = cls;
        f->head = o->c[cls].v[which];
        return 1;
    }
    /* a nolink phrase ("accord de", "déclaration de") starts no name, but with case first
     * one whose complement shows a capital does ("Déclaration de la Concorde …"); not
     * inside a longer head ("fonds d" in "fonds d'affectation spéciale") */
    int nolink = at_head(o, C_NOLINK, t, h, NULL) >= hlen;
    if (nolink && o->need_case != CASE_FIRST)
        return 0;
    /* the name's start: back over modifiers and a named body or instrument ("OAU") */
    size_t s = h, nd0 = *ndrop;
    for (int i = 0; i < 6 && !pre; i++) {
        size_t b = scan_space_back(t, s), j, best = (size_t)-1;
        for (j = 0; scan_back_may(&o->premod_back, t, b) && j < o->c[C_PREMOD].n; j++) {
            size_t x = scan_word_back(t, b, o->c[C_PREMOD].w[j]);
            if (x != (size_t)-1 && (best == (size_t)-1 || x < best))
                best = x;
        }
        size_t m = named_at(nm, b, 1);
        if (best == (size_t)-1 && m != (size_t)-1 && nm->of->v[m].kind == MK_BODY &&
            !o->no_named_before) {
            best = nm->of->v[m].nstart;
            drops[(*ndrop)++] = m;
        }
        if (best == (size_t)-1 || best >= s)
            break;
        s = best;
    }
    int ncap = 0;
    /* case first: capitalized adjectives (capmod) before a lower-case instrument head
     * (a body's, ru "Main Committee", is a known body's short name) */
    if (!pre && (o->need_case == CASE_ALL ||
                 (o->c[C_CAPMOD].n && cls == C_INSTRUMENT && !oc_capital(nm, h))))
        s = capitals_before(o, t, nm, s, &ncap);
    /* a nobefore word makes the head a common noun; one of value `capitals` does not
     * when capitalized words name the head ("its Security Sector Development Plan"), and
     * written with a capital mid-sentence it is part of the name ("National Plan for …") */
    for (size_t j = 0; scan_back_may(&o->nobefore_back, t, scan_space_back(t, s)) &&
                       j < o->c[C_NOBEFORE].n; j++) {
        size_t x = scan_word_back(t, scan_space_back(t, s), o->c[C_NOBEFORE].w[j]);
        if (x == (size_t)-1)
            continue;
        if (o->need_case == CASE_ALL && value_is(o, C_NOBEFORE, j, "capitals")) {
            if (oc_capital(nm, x) && !oc_sentence_start(t, x)) {
                s = x, j = (size_t)-1; /* and the word before it */
                continue;
            }
            if (ncap)
                break;
        }
        *ndrop = nd0;
        return 0;
    }
    size_t q = h + hlen, k, pm;
    int needmod = head_in(o, C_NEEDMOD, t, h, hlen), nat = 0; /* nat: a postmod `nation` */
    for (int i = 0; i < 4 && (k = oc_any(o, C_POSTMOD, t, oc_gap(t, q), &pm)); i++)
        nat |= value_is(o, C_POSTMOD, pm, "nation"), q = oc_gap(t, q) + k;
    size_t l = oc_gap(t, q), lw;
    if (needmod && q == h + hlen) {
        *ndrop = nd0;
        return 0;
    }
    if ((k = oc_any(o, C_LINK, t, l, &lw)) && link_fits(o->c[C_LINK].v[lw], o->c[cls].v[which])) {
        if (date_at(o, t, l + k)) {
            long y;
            size_t d = oc_gap(t, l + k), yl = scan_number(t, d, 4, &y);
            *ndrop = nd0;
            /* a link of one word: "Protocol of 1978", not "… to the 1980 Convention" */
            if (yl != 4 || !head_in(o, C_YEARNAME, t, h, hlen) || oc_word_back(t, l + k) > l)
                return 0;
            f->s = s;
            f->e = d + 4;
            f->caps = 0;
            f->thin = 0;
            f->cls = cls;
            f->head = o->c[cls].v[which];
            return 1;
        }
        q = l + k;
    } else if (!ncap && title_word(o, L, t, nm, l, 1) == 2) {
        /* "Plan of Action to Strengthen ..." (not "... Management Unit to Sourcing ...") */
        q = word_end(t, l);
    } else if (!head_in(o, C_BARE, t, h, hlen) && !ncap && !nat) {
        *ndrop = nd0;
        return 0;
    }
    /* a name that starts with a premod of value uncased needs no capitals ("open-ended
     * working group on …", which the UN writes in lower case) */
    size_t pw;
    nm->uncased = o->need_case == CASE_ALL && oc_any(o, C_PREMOD, t, s, &pw) &&
                  value_is(o, C_PREMOD, pw, "uncased");
    /* an instrument's name that ends in another's head after a link ending in a function
     * word, a short form ("Protocol III to the Treaty", ru "протоколе III к Договору"):
     * openclass_find gives it the antecedent's id; the short form's capital shows it */
    size_t sh = oc_gap(t, q), shl = 0, shw, shp;
    int shc;
    struct text tl = t; /* the word's letters: "Treaty4" */
    for (tl.n = sh; tl.n < word_end(t, sh) && !is_digit((unsigned char)t.s[tl.n]);)
        tl.n++;
    /* case first: also a link of one word that only this head class takes (ru "к":
     * protocols; not es "marco del Acuerdo") */
    size_t lw1;
    int own_link = o->need_case == CASE_FIRST && q > l && oc_any(o, C_LINK, t, l, &lw1) == q - l &&
                   o->c[C_LINK].v[lw1] && !strchr(o->c[C_LINK].v[lw1], '|');
    /* or a link of one function word before a `short` form ("au Traité", fr "au"), or an
     * artlink word (es "del") */
    int one_short = q > l && oc_word_back(t, q) == l &&
                    (oc_is_class(o, C_SHORT, tl, l) || oc_is_class(o, C_SHORT, tl, sh));
    if (!(q > l && cls == C_INSTRUMENT && o->need_case != CASE_NONE &&
          (((oc_word_back(t, q) > l || own_link || one_short) &&
            oc_is_class(o, C_FUNCTION, t, oc_word_back(t, q))) ||
           oc_is_class(o, C_ARTLINK, t, l)) &&
          (shl = head_at(o, L, tl, sh, &shp, &shc, &shw)) && shc == C_INSTRUMENT && !shp &&
          oc_capital(nm, sh) && !oc_any(o, C_LINK, t, oc_gap(t, sh + shl), NULL)))
        shl = 0;
    int cased = nm->uncased || case_fits(o, t, nm, s, q) ||
                (s == h && head_in(o, C_LOWERHEAD, t, h, hlen));
    /* a lower-case instrument head whose complement a span of years ends ("стратегия …
     * на 2018–2028 годы") is a name: checked on the complement's end below */
    int by_years = !cased && !shl && s == h && cls == C_INSTRUMENT && o->c[C_PERIOD].n;
    if (!cased && !shl && !by_years) {
        *ndrop = nd0;
        return 0;
    }
    size_t wk, wn = at_head(o, C_WEAK, t, h, &wk);
    int min = wn == hlen ? (o->c[C_WEAK].v[wk] ? atoi(o->c[C_WEAK].v[wk]) : 2) : 1;
    /* a weak head of value 1: one content word that is no named mention ("Special
     * Representative for Iraq", not "… of the Secretary-General" alone) */
    nm->need_plain = wn == hlen && min == 1;
    nm->capitals = nm->content = 0;
    nm->by_capitals = o->names[cls == C_BODY] == NAMES_CAPITALS;
    int linked = q > l || head_in(o, C_BARE, t, h, hlen);
    /* a bare head's genitive starts with a content word that is no named mention (ru
     * "Суд Боснии …"; not "Суду Советом Безопасности", "Конституцией и …", "Суда или …");
     * without capitals (ar) a construct's complement may be a named one */
    size_t g = oc_gap(t, q);
    if (q <= l && linked && !ncap && o->need_case != CASE_NONE &&
        (g >= t.n || !cp_is_word(scan_cp(t, g)) || oc_is_class(o, C_FUNCTION, t, g) ||
         oc_is_class(o, C_AND, t, g) || named_at(nm, g, 0) != (size_t)-1)) {
        *ndrop = nd0;
        return 0;
    }
    size_t e = linked ? complement(o, L, t, q, min, cls, nm, ndrop, drops) : 0;
    /* a weak head's name of one word that an attest word follows ("... adopted") */
    if (!e && linked && min > 1 && (e = complement(o, L, t, q, 1, cls, nm, ndrop, drops)) &&
        !attested(o, t, e, o->c[cls].v[which]))
        e = 0, *ndrop = nd0;
    /* the short form after the link (above) */
    f->to_short = NULL;
    if (e == tl.n && cls == C_INSTRUMENT && tl.n > sh && tl.n < word_end(t, sh))
        e = 0; /* a complement of the one word */
    size_t ye = by_years && e ? oc_period_at(o, t, e) : 0;
    if (!cased && e && !ye)
        e = 0, *ndrop = nd0; /* the capital asked for is the short form's only */
    if (ye)
        e = ye;
    /* without case (ar) the link's preposition is fused to a short form ("الملحقة
     * بالمعاهدة": ب + المعاهدة) */
    if (!e && !shl && q > l && cls == C_INSTRUMENT && o->need_case == CASE_NONE &&
        (shl = head_at(o, L, tl, sh, &shp, &shc, &shw)) &&
        !(shc == C_INSTRUMENT && shp && at_head(o, C_SHORT, t, sh + shp, NULL) == shl &&
          !oc_any(o, C_LINK, t, oc_gap(t, sh + shp + shl), NULL)))
        shl = 0;
    if (!e && shl) {
        e = sh + shp + shl;
        f->to_short = o->c[C_INSTRUMENT].v[shw];
        f->short_at = sh;
    }
    /* capitalized words before the head name it: it needs no complement */
    f->bare_end = !e && (ncap || nat);
    if (f->bare_end) {
        e = q > l ? h + hlen : q;
        for (int i = 0; i < 4 && (k = oc_is_class(o, C_POSTMOD, t, oc_gap(t, e))); i++)
            e = oc_gap(t, e) + k;
        while (e > h + hlen / 2 && is_digit((unsigned char)t.s[e - 1]))
            e--; /* a footnote number glued to the head */
        /* case first: a lower-case content word after it is a complement the grammar
         * cannot read (ru "Guiding Principles" + a genitive adjective): no name */
        size_t a = oc_gap(t, e);
        if (o->need_case == CASE_FIRST && e == word_end(t, e) && a < t.n &&
            cp_is_word(scan_cp(t, a)) && !is_digit((unsigned char)t.s[a]) &&
            !oc_is_class(o, C_FUNCTION, t, a) && !oc_is_class(o, C_STOP, t, a) &&
            !oc_any(o, C_LINK, t, a, NULL))
            e = 0;
    }
    /* a capital at a sentence's start is no evidence: the complement must show one */
    if (e && o->need_case == CASE_FIRST && (oc_sentence_start(t, s) || (nolink && !ye)) && !nm->capitals &&
        !f->to_short)
        e = 0;
    if (!e) {
        *ndrop = nd0;
        return 0;
    }
    f->s = s;
    f->e = e;
    /* a lower-case complement opened by an article (`nounstart`, for the head classes of
     * its value) counts as a capital for param capitals when it has two content words */
    size_t ns;
    f->caps = nm->capitals + (linked && q > l && nm->content >= 2 &&
                              oc_any(o, C_NOUNSTART, t, oc_gap(t, q), &ns) &&
                              link_fits(o->c[C_NOUNSTART].v[ns], o->c[cls].v[which])) +
              (q > l && oc_is_class(o, C_NAMELINK, t, l)) +
              (f->to_short != NULL) + nat; /* the capitalized short form ("au Traité") */
    f->thin = 0;
    f->cls = cls;
    f->head = o->c[cls].v[which];
    return 1;
}

/* A word of class c ends at p, one without the value unless (NULL: any). */
int oc_class_ends_at(const struct oc_lang *o, int c, struct text t, size_t p,
                         const char *unless)
{
    for (size_t i = 0; i < o->c[c].n; i++) {
        size_t n = strlen(o->c[c].w[i]);
        if ((!unless || !value_is(o, c, i, unless)) && n <= p &&
            memcmp(t.s + p - n, o->c[c].w[i], n) == 0)
            return 1;
    }
    return 0;
}

/* Head-last (zh): a name ending in a head noun, from after a start word (or at an opener)
 * before it; not only modifiers; not after a claimed name. */
static int name_head_last(const struct oc_lang *o, struct text t, size_t h,
                          const struct spans *claimed, const struct named *nm,
                          struct found_name *f, size_t *nd, size_t *drops)
{
    size_t hlen, which, kn = (size_t)-1, from = h;
    int cls = -1;
    for (int c = C_INSTRUMENT; c <= C_BODY && cls < 0; c++)
        if ((hlen = oc_any(o, c, t, h, &which)))
            cls = c;
    if (cls < 0)
        return 0;
    /* a known body ending in the head, after words no start word ends ("阿富汗独立" +
     * "人权委员会"): a longer name of its own, the known one dropped */
    if (spans_overlap(claimed, h, h + hlen)) {
        if (cls != C_BODY || (kn = named_at(nm, h + hlen, 1)) == (size_t)-1 ||
            !nm->of->v[kn].known || nm->of->v[kn].kind != MK_BODY ||
            (from = nm->of->v[kn].nstart) > h || !oc_class_ends_at(o, C_KNOWNEXT, t, from, NULL))
            return 0;
    }
    size_t lo = h > MAX_NAME / 3 ? h - MAX_NAME / 3 : 0, s = lo, weak = (size_t)-1, which_start;
    int soft = 0, names = 0;
    for (size_t q = from; q > lo;) {
        q--;
        if (((unsigned char)t.s[q] & 0xC0) == 0x80)
            continue;
        size_t k;
        if ((k = oc_is_class(o, C_OPENER, t, q))) {
            /* the opener starts an instrument's name (zh "on ... convention"), a body's after
             * it */
            s = o->start[cls == C_BODY] == START_STRONG && q + k <= h ? q + k : q;
            weak = (size_t)-1;
            break;
        }
        if (spans_overlap(claimed, q, q + 1)) {
            s = q + 1;
            while (s < h && ((unsigned char)t.s[s] & 0xC0) == 0x80)
                s++;
            break;
        }
        if ((k = oc_any(o, C_START, t, q, &which_start)) && q + k <= h) {
            s = q + k;
            /* start values: "soft" (param start strong: no left edge of a name, unless a
             * longer start word ends there too), "names" (a verb that names what follows:
             * a thin name is emitted once) */
            soft = value_is(o, C_START, which_start, "soft") &&
                   !oc_class_ends_at(o, C_START, t, q + k, "soft");
            names = value_is(o, C_START, which_start, "names");
            break;
        }
        if (weak == (size_t)-1 && (k = oc_is_class(o, C_WEAKSTART, t, q)) && q + k <= h)
            weak = q + k;
    }
    if (weak != (size_t)-1)
        s = weak, soft = names = 0;
    int mode = o->start[cls == C_BODY];
    if ((mode == START_OPENER && !oc_is_class(o, C_OPENER, t, s)) ||
        (mode == START_STRONG && (soft || s == lo)) || oc_is_class(o, C_NOSTART, t, s))
        return 0;
    for (size_t j = 0; j < o->c[C_NOBEFORE].n; j++) /* "…本公约", "所有关于…的公约" */
        if ((scan_back_may(&o->nobefore_back, t, h) &&
             scan_word_back(t, h, o->c[C_NOBEFORE].w[j]) != (size_t)-1) ||
            (scan_back_may(&o->nobefore_back, t, s) &&
             scan_word_back(t, s, o->c[C_NOBEFORE].w[j]) != (size_t)-1))
            return 0;
    /* not only modifiers, and not a determiner: "国际公约", "该公约" */
    size_t r = s, k;
    while (r < h && (k = oc_is_class(o, C_PREMOD, t, r)) && r + k <= h)
        r += k;
    if (r >= h || oc_is_class(o, C_NOBEFORE, t, s) || h - s < 6)
        return 0;
    if (kn != (size_t)-1) { /* words before the knownext one too */
        size_t x = 0;
        for (size_t j = 0; j < o->c[C_KNOWNEXT].n; j++)
            if (scan_word_back(t, from, o->c[C_KNOWNEXT].w[j]) != (size_t)-1)
                x = strlen(o->c[C_KNOWNEXT].w[j]) > x ? strlen(o->c[C_KNOWNEXT].w[j]) : x;
        if (r >= from || from - s <= x)
            return 0;
        drops[(*nd)++] = kn;
    }
    size_t wk, nchar = 0;
    for (size_t i = r; i < h; i++)
        nchar += ((unsigned char)t.s[i] & 0xC0) != 0x80;
    f->thin = !names && oc_any(o, C_WEAK, t, h, &wk) == hlen && o->c[C_WEAK].v[wk] &&
              nchar < (size_t)atoi(o->c[C_WEAK].v[wk]);
    f->s = s;
    f->e = h + hlen;
    f->cls = cls;
    f->head = o->c[cls].v[which];
    return 1;
}

/* The key of a name in a language whose names inflect (inflect.h): the least of its forms
 * (the shortest, then by bytes), so that the cases of one name ("Независимого эксперта по …",
 * "Независимому эксперту по …") are one name: one id, and read twice for param repeat.
 * Elsewhere the text itself. */
struct canon {
    char *s;
    size_t n;
};

static void canon_keep(void *ctx, const char *s, size_t n)
{
    struct canon *c = ctx;
    if (n < c->n || (n == c->n && memcmp(s, c->s, n) < 0)) {
        c->s = xrealloc(c->s, n + 1);
        memcpy(c->s, s, n);
        c->n = n;
    }
}

char *oc_name_key(const struct lang *L, struct text t, const struct found_name *f)
{
    struct canon c = {xmalloc(f->e - f->s + 1), f->e - f->s};
    memcpy(c.s, t.s + f->s, c.n);
    if (L->inflect_nouns)
        inflect_forms(L, t.s + f->s, f->e - f->s, canon_keep, &c);
    c.s[c.n] = 0;
    return c.s;
}

static void push_name(struct text t, struct arena *a, const struct found_name *f,
                      const char *key, struct mentions *out)
{
    struct mention m = {0};
    m.kind = f->cls == C_BODY ? MK_BODY : MK_CONVENTION;
    m.id = arena_printf(a, "unknown:%s", key);
    (void)t;
    m.type = f->head;
    m.nstart = f->s;
    m.nend = f->e;
    mentions_push(out, &m);
}

/* p and the byte before it are ASCII letters or digits (folded: lower case): no word
 * starts at p. */
int oc_inside_ascii_word(struct text t, size_t p)
{
    unsigned char a = (unsigned char)t.s[p - 1], b = (unsigned char)t.s[p];
    return ((unsigned)(a - 'a') < 26 || (unsigned)(a - '0') < 10) &&
           ((unsigned)(b - 'a') < 26 || (unsigned)(b - '0') < 10);
}

/* ---- the whole ---- */

struct by_key {
    char *const *keys;
    const struct found_name *f;
};

static int cmp_key(const void *x, const void *y, void *arg)
{
    const struct by_key *b = arg;
    size_t i = *(const size_t *)x, j = *(const size_t *)y;
    int c = strcmp(b->keys[i], b->keys[j]);
    if (c)
        return c;
    if (b->f[i].cls != b->f[j].cls)
        return b->f[i].cls < b->f[j].cls ? -1 : 1;
    return i < j ? -1 : i > j;
}

/* Head-last: the name key cut at byte p (its tail a name of its own) was cut after a start
 * word (zh "... coexistence and|non-repetition commission": the start word "and", not
 * "confidence-building measures|group of governmental experts"). */
static int cut_at_start(const struct oc_lang *o, const char *key, size_t p)
{
    return oc_class_ends_at(o, C_START, (struct text){key, strlen(key)}, p, NULL);
}

/* For the n names of f and their keys: twice[i] when another name has name i's key (param
 * names repeat); idof[i] the name whose key name i takes, that of the longest name of its
 * class that goes on after it with a word ("Commission for the Clarification of Truth",
 * after "… of Truth, Coexistence and Non-Repetition"), the first such name of the text
 * among equally long ones, else i. One sort: the keys that begin with a key follow it.
 * Head-last (tail: the language; keys reversed, orig the keys as read): the name that goes
 * on before it, cut at a start word (cut_at_start). */
static void names_keys(char *const *keys, const struct found_name *f, size_t n,
                       const struct oc_lang *tail, char *const *orig, unsigned char *twice,
                       size_t *idof)
{
    size_t *idx = xmalloc((n + 1) * sizeof *idx);
    for (size_t i = 0; i < n; i++)
        idx[i] = i;
    struct by_key b = {keys, f};
    qsort_r(idx, n, sizeof *idx, cmp_key, &b);
    for (size_t i = 0, j; i < n; i = j) {
        const char *key = keys[idx[i]];
        size_t len = strlen(key);
        for (j = i + 1; j < n && strcmp(keys[idx[j]], key) == 0; j++)
            ;
        for (size_t m = i; m < j; m++) {
            twice[idx[m]] = j - i >= 2;
            if (m > i && f[idx[m]].cls == f[idx[m - 1]].cls) {
                idof[idx[m]] = idof[idx[m - 1]] == idx[m - 1] ? idx[m] : idof[idx[m - 1]];
                continue;
            }
            size_t best = idx[m], bl = len;
            for (size_t k = j; k < n && strncmp(keys[idx[k]], key, len) == 0; k++) {
                char c = keys[idx[k]][len];
                size_t kl = strlen(keys[idx[k]]);
                int cut = tail ? cut_at_start(tail, orig[idx[k]], kl - len) : c == ' ' || c == ',';
                if (f[idx[k]].cls == f[idx[m]].cls && cut &&
                    (kl > bl || (kl == bl && idx[k] < best)))
                    best = idx[k], bl = kl;
            }
            idof[idx[m]] = best;
        }
    }
    free(idx);
}

void openclass_find(struct text t, const struct source_case *cs, const struct lang *lang,
                    const struct openclass_sibling *sib, struct arena *arena,
                    struct mentions *out, struct spans *claimed)
{
    const struct oc_lang *o = oc_get(lang->code);
    if (!o)
        return;
    struct named nm;
    oc_named_init(&nm, out);
    nm.cs = cs;
    size_t nnamed = out->n;
    struct found_name f, *got = NULL;
    size_t drops[2 * MAX_WORDS + 8], last_end = 0, ngot = 0, capgot = 0;
    size_t *gdrops = NULL, ngdrops = 0, capgdrops = 0;
    struct scan_hits h = {0};
    oc_hits(o, OC_HEAD | OC_SHORT, t, &h); /* the short forms' too: one pass */
    for (size_t hi = 0, p; hi < h.n; hi++) {
        if (!(h.mask[hi] & OC_HEAD) || (p = h.pos[hi]) < last_end)
            continue;
        unsigned char b = (unsigned char)t.s[p];
        if ((b & 0xC0) == 0x80 || b == ' ' || (p && oc_inside_ascii_word(t, p)))
            continue;
        if (!o->head_last && cp_is_word(scan_cp(t, p)) && !scan_word_start(t, p))
            continue;
        size_t nd = 0;
        f.bare_end = 0;
        f.to_short = NULL;
        int ok = o->head_last ? name_head_last(o, t, p, claimed, &nm, &f, &nd, drops)
                              : name_head_first(o, lang, t, p, &nm, claimed, &f, &nd, drops);
        if (!ok || f.s < last_end || (o->head_last && !nd && oc_known_part(lang, &nm, t, &f, 0)))
            continue;
        size_t kp = !o->head_last && f.bare_end ? oc_known_part(lang, &nm, t, &f, 1) : 0;
        if (kp) { /* a short form of the known name */
            struct mention m = out->v[kp - 1];
            m.nstart = f.s;
            m.nend = f.e;
            m.short_form = "1";
            m.in_name = 0;
            m.draft = 0;
            mentions_push(out, &m);
            last_end = f.e;
            continue;
        }
        last_end = f.e;
        /* a name with no complement, "and", a name of its class: they share its
         * complement, one name ("Action Plan and Road Map to End and Prevent ...") */
        struct found_name *g = ngot ? &got[ngot - 1] : NULL;
        size_t a = g ? oc_gap(t, g->e) : 0, ka = g ? oc_is_class(o, C_AND, t, a) : 0;
        if (g && g->bare_end && !f.bare_end && !f.to_short && g->cls == f.cls && ka &&
            oc_gap(t, a + ka) == f.s) {
            xgrow((void **)&gdrops, &capgdrops, ngdrops + nd + 1, sizeof *gdrops);
            memcpy(gdrops + ngdrops, drops, nd * sizeof *drops);
            ngdrops += nd;
            g->ndrop += nd;
            g->e = f.e;
            g->caps += f.caps;
            g->bare_end = 0;
            continue;
        }
        /* kept (and its drops done) once the scan is done: param names may ask for the
         * name twice; claimed then too: the scan goes on after the name, where no claim
         * of its own can be hit, and claims sort once */
        xgrow((void **)&got, &capgot, ngot + 1, sizeof *got);
        xgrow((void **)&gdrops, &capgdrops, ngdrops + nd + 1, sizeof *gdrops);
        f.ndrop = nd;
        got[ngot++] = f;
        memcpy(gdrops + ngdrops, drops, nd * sizeof *drops);
        ngdrops += nd;
    }
    char **keys = xmalloc((ngot + 1) * sizeof *keys);
    size_t *idof = xmalloc((ngot + 1) * sizeof *idof);
    unsigned char *twice = xcalloc(ngot + 1, 1);
    struct mention *part = xcalloc(ngot + 1, sizeof *part); /* registry_part's, id NULL: none */
    for (size_t i = 0; i < ngot; i++) {
        keys[i] = oc_name_key(lang, t, &got[i]);
        size_t a;
        if (got[i].to_short && oc_antecedents(o, t, &nm, out, got[i].short_at, got[i].to_short,
                                           1, &a)) {
            if (!oc_registry_part(sib, t, &got[i], &out->v[a], &part[i]))
                part[i].id = NULL;
            size_t n = got[i].short_at - got[i].s;
            char *k = xmalloc(n + strlen(out->v[a].id) + 1);
            memcpy(k, t.s + got[i].s, n);
            strcpy(k + n, out->v[a].id);
            free(keys[i]);
            keys[i] = k;
        } else if (got[i].to_short) {
            got[i].cls = -1; /* no antecedent: no name */
        }
    }
    /* head-last: the longer name is the one that goes on before it (its keys reversed, a
     * name cut at a start word inside a longer one: zh "non-repetition commission" after
     * "truth, coexistence and non-repetition commission") */
    char **rev = o->head_last ? xmalloc((ngot + 1) * sizeof *rev) : keys;
    for (size_t i = 0; o->head_last && i < ngot; i++) {
        size_t n = strlen(keys[i]);
        rev[i] = xmalloc(n + 1);
        for (size_t j = 0; j < n; j++)
            rev[i][j] = keys[i][n - 1 - j];
        rev[i][n] = 0;
    }
    names_keys(rev, got, ngot, o->head_last ? o : NULL, keys, twice, idof);
    for (size_t i = 0; o->head_last && i < ngot; i++)
        free(rev[i]);
    if (rev != keys)
        free(rev);
    for (size_t i = 0, dj = 0; i < ngot; dj += got[i].ndrop, i++) {
        if (got[i].cls < 0)
            continue;
        int want = o->names[got[i].cls == C_BODY];
        if (want == NAMES_CAPITALS)
            want = got[i].caps ? NAMES_ON : NAMES_REPEAT;
        if (want == NAMES_ON && got[i].thin)
            want = NAMES_REPEAT;
        if (want == NAMES_REPEAT && attested(o, t, got[i].e, got[i].head))
            want = NAMES_ON;
        if (want == NAMES_OFF || (want == NAMES_REPEAT && !twice[i]))
            continue;
        for (size_t j = 0; j < got[i].ndrop; j++)
            if (gdrops[dj + j] < nnamed)
                nm.drop[gdrops[dj + j]] = 1;
        size_t k = oc_known_whole(o, &nm, t, &got[i]);
        if (part[i].id) {
            mentions_push(out, &part[i]);
        } else if (k != (size_t)-1) {
            struct mention m = out->v[k];
            m.nstart = got[i].s;
            m.nend = got[i].e;
            m.short_form = "1";
            mentions_push(out, &m);
        } else {
            push_name(t, arena, &got[i], keys[idof[i]], out);
        }
    }
    for (size_t i = 0; i < ngot; i++)
        free(keys[i]);
    free(keys);
    free(idof);
    free(twice);
    free(part);
    free(got);
    free(gdrops);
    for (size_t i = nnamed; i < out->n; i++)
        spans_add(claimed, out->v[i].nstart, out->v[i].nend);
    /* the names now inside a longer name: not mentions of their own */
    size_t w = 0;
    for (size_t i = 0; i < out->n; i++)
        if (i >= nnamed || !nm.drop[i])
            out->v[w++] = out->v[i];
    out->n = w;
    oc_named_release(&nm);
    spans_sort(claimed);
    oc_short_forms(o, lang, t, &h, sib, out, claimed);
    scan_hits_free(&h);
}
