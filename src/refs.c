/* refs: resolution references (see refs.h).
 * Forms read (after folding):
 *   Security Council   N (YYYY), lettered N A (YYYY)      -> S/RES/N (YYYY)
 *   General Assembly   S/N, and N (ROMAN) until 1975       -> A/RES/S/N, A/RES/N (ROMAN)
 *   Human Rights Cncl  S/N with the Council named          -> A/HRC/RES/S/N
 *   ECOSOC             YYYY/N                              -> E/RES/YYYY/N
 *   Security Council   keyword + N, the Council named or     -> S/RES/N (year of N)
 *                      issuing the text
 * The UN writes "N (YYYY)" only for Security Council resolutions, so that form needs no
 * context; the "S/N" form is the General Assembly's unless an organ is named.
 * This module holds the passes over a text (keyword lists, zh lists, written symbols, bare
 * numbers, short forms, numbered names); refs_item.c reads the forms of one reference and
 * of a list, refs_organ.c finds the issuing organ and emits the mentions (refs_impl.h). */
#include "refs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "normalize.h"
#include "numbering.h"
#include "refs_impl.h"
#include "util.h"

/* A list of another body's numbers after a keyword, at q: the body named first ("قرار
 * اللجنة الإحصائية 53/113", "لقرار مجلس الإدارة رقم 277") or after the list behind an intro
 * ("القرار رقم 277 الصادر عن مجلس الإدارة"). Returns the list's end, or 0. */
static size_t other_body_list(struct ctx *c, size_t q)
{
    struct text t = c->t;
    size_t k, end, f;
    if (!c->L->other_bodies)
        return 0;
    if ((k = scan_any(t, q, c->L->other_bodies, NULL)) && !cp_is_word(scan_cp(t, q + k))) {
        size_t r = scan_space(t, q + k);
        if ((f = scan_any(t, r, c->L->fillers, NULL)))
            r = scan_space(t, r + f);
        c->glued_at = q + k;
        return parse_list(c, r);
    }
    if (!(end = parse_list(c, q)))
        return 0;
    size_t r = scan_space(t, skip_date(c, end));
    if (r < t.n && t.s[r] == ',')
        r = scan_space(t, r + 1);
    if ((k = scan_any(t, r, c->L->other_body_intro, NULL)) &&
        scan_any(t, scan_space(t, r + k), c->L->other_bodies, NULL))
        return end;
    return 0;
}

/* Keyword first: "resolution(s)" + list. */
static void keyword_lists(struct ctx *c)
{
    struct text t = c->t;
    const struct lang *L = c->L;
    for (size_t hi = 0, p, next = 0; (p = next_hit(c, HIT_KEYWORD, &hi, next)) != NO_HIT;) {
        next = p + 1;
        if (((unsigned char)t.s[p] & 0xC0) == 0x80 || !scan_word_start(t, p))
            continue;
        int self;
        size_t k = keyword_at(c, p, &self);
        if (!k)
            continue;
        size_t q = scan_space(t, p + k), f, oe, end;
        if ((f = scan_any(t, q, L->fillers, NULL)))
            q = scan_space(t, q + f);
        c->glued_at = p + k;
        if ((end = other_body_list(c, q))) {
            spans_add(c->claimed, q, end);
            next = end;
            continue;
        }
        enum organ between = organ_at(c, q, 1, &oe), second = ORGAN_NONE;
        size_t sk, oe2;
        end = 0;
        /* two organs, then their numbers in the same order: ru "резолюции Генеральной
         * Ассамблеи и Совета Безопасности 70/262 и 2282 (2016)" */
        if (between != ORGAN_NONE &&
            (sk = scan_any(t, scan_space(t, oe), L->separators, NULL)) &&
            (second = organ_at(c, scan_space(t, scan_space(t, oe) + sk), 0, &oe2)) !=
                ORGAN_NONE)
            oe = oe2;
        if (between != ORGAN_NONE) /* the number fused to the organ's name too: ar
                                      "بقرار الجمعية العامة للأمم المتحدة71/291" */
            c->glued_at = oe;
        if (between != ORGAN_NONE && (end = parse_list(c, scan_space(t, oe)))) {
            q = scan_space(t, oe);
            if (second != ORGAN_NONE && second != between && c->nitems == 2)
                c->items[0].organ = between, c->items[1].organ = second;
        } else {
            between = ORGAN_NONE, end = parse_list(c, q);
        }
        /* which organ owns the list: the rules of data/attribution.tsv */
        struct attr a = {.at = p, .back = scan_space_back(t, p),
                         .after = end ? skip_date(c, end) : p + k, .end = end, .self = self,
                         .between = between, .ostart = p};
        enum organ o = attribute(c, ATTR_KEYWORD_FIRST, &a);
        size_t ostart = a.ostart;
        c->organ_guessed = a.guessed;
        if (!end) {
            next = p + k;
            continue;
        }
        const char *first = emit_items(c, o, paragraph_before(c, ostart));
        c->organ_guessed = 0;
        spans_add(c->claimed, q, end); /* the organ named before stays a body mention */
        /* "<noun> established pursuant to [organ] resolution …" */
        size_t eb = scan_space_back(t, ostart), es;
        size_t ek = 0;
        const char *const *phrases[] = {L->established, L->established_organ};
        for (int w = 0, done = 0; first && !done && w < 2; w++)
            for (const char *const *ph = phrases[w]; !done && ph && *ph; ph++) {
                es = scan_word_back(t, eb, *ph);
                if (es == (size_t)-1 || eb - es <= ek)
                    continue;
                ek = eb - es;
                const struct body_noun *bn = NULL;
                size_t ne = scan_space_back(t, es);
                if (ne > 0 && t.s[ne - 1] == ',') /* "Группы, учрежденной резолюцией" */
                    ne--;
                size_t ns = w ? (size_t)-1 : noun_before(c, ne, &bn);
                if (ns == (size_t)-1) /* the noun, then its organ (refs_impl.h) */
                    ns = noun_of_organ_before(c, ne, &bn);
                if ((done = ns != (size_t)-1))
                    add_established(c, ns, ne, bn, first);
            }
        next = end;
    }
}

/* Whether the list starting at b (its organ and dates included) goes on a list that its
 * keyword closed, with no keyword of its own: zh "大会…第78/219号决议及理事会2017年3月24日
 * 第34/22号、…和2024年4月4日第55/20号以及…第36/115号决定" (the Council's resolutions). */
static int keyword_borrowed(struct ctx *c, size_t b)
{
    struct text t = c->t;
    size_t q = scan_space_back(t, b);
    for (const char *const *j = c->L->conjunctions; j && *j; j++) {
        size_t js = scan_word_back(t, q, *j);
        if (js == (size_t)-1)
            continue;
        for (const char *const *k = c->L->keywords; k && *k; k++)
            if (scan_word_back(t, scan_space_back(t, js), *k) != (size_t)-1)
                return 1;
    }
    return 0;
}

/* The keyword of a zh list that ends "and the previous/other resolutions": "第76/136号和
 * 以往各项决议", "第76/274号以及其他相关决议" — the position after it, or 0. */
static size_t keyword_after_others(struct ctx *c, size_t p)
{
    struct text t = c->t;
    size_t q = scan_space(t, p), k;
    if (!(k = scan_prefix_any(t, q, c->L->conjunctions)))
        return 0;
    q += k;
    if (!(k = scan_prefix_any(t, q, c->L->other_resolutions)))
        return 0;
    q += k;
    k = scan_any(t, q, c->L->keywords, NULL);
    return k ? q + k : 0;
}

/* Keyword last (zh): "第…号、第…号和第…号决议". */
static void keyword_after_lists(struct ctx *c)
{
    struct text t = c->t;
    const struct lang *L = c->L;
    long v;
    for (size_t hi = 0, p, next = 0;
         (p = next_hit(c, HIT_DIGIT | HIT_ITEM_PREFIX, &hi, next)) != NO_HIT;) {
        next = p + 1;
        int cjk = scan_prefix_any(t, p, L->item_prefix) && scan_cjk_number(t, p + 3, &v);
        if (!cjk && (!is_digit((unsigned char)t.s[p]) || is_digit(scan_cp_back(t, p))))
            continue;
        size_t start = cjk ? p : item_start_back(c, p);
        size_t end = parse_list(c, start);
        if (!end)
            continue;
        end = skip_marker(t, end);
        size_t k = scan_any(t, scan_space(t, end), L->keywords, NULL);
        size_t kend = scan_space(t, end) + k, claim_end = 0;
        if (!k && (kend = keyword_after_others(c, end)))
            k = kend - end, claim_end = end; /* "以往各项决议" stays a short form */
        if (!k && (kend = keyword_after_topic(c, end)))
            k = kend - end, claim_end = end; /* the topic's names stay mentions */
        if (!k) {
            size_t os = start;
            organ_before(c, skip_zh_date_back(c->L, t, start), &os);
            if (!keyword_borrowed(c, os)) {
                next = end; /* every later start in this list ends at the same place */
                continue;
            }
            kend = end;
        }
        /* which organ owns the list: the rules of data/attribution.tsv */
        struct attr a = {.at = start, .back = skip_zh_date_back(c->L, t, start), .after = kend,
                         .end = end, .between = ORGAN_NONE, .ostart = start};
        enum organ o = attribute(c, ATTR_KEYWORD_LAST, &a);
        const char *first = emit_items(c, o, paragraph_after_zh(c, kend));
        spans_add(c->claimed, start, claim_end ? claim_end : kend);
        /* "…号决议所设监测组" */
        size_t ek = first ? scan_any(t, kend, L->established, NULL) : 0;
        if (ek) {
            const struct body_noun *bn = NULL;
            size_t nk = noun_after(c, kend + ek, &bn);
            if (nk)
                add_established(c, kend + ek, kend + ek + nk, bn, first);
        }
        next = kend;
    }
}

/* Written-out symbols: S/RES/1373 (2001), A/RES/60/288, A/HRC/RES/5/1, E/RES/1996/31,
 * E/CN.4/RES/2005/69, E/CN.4/Sub.2/RES/1999/12. */
/* A resolution symbol with the slash after its head left out, the number glued to it:
 * ar "و A/RES72/276 و S/RES/2413 (2018)" is A/RES/72/276. */
/* Where "/res" stands in the text, in order: one pass, since every symbol head holds it
 * ("s/res/", "a/hrc/res/"). */
struct marks {
    size_t *v, n, cap;
};
static void res_marks(struct text t, struct marks *m)
{
    for (const char *q = t.s, *end = t.s + t.n; (q = memchr(q, '/', (size_t)(end - q))); q++)
        if (end - q >= 4 && memcmp(q + 1, "res", 3) == 0) {
            xgrow((void **)&m->v, &m->cap, m->n + 1, sizeof *m->v);
            m->v[m->n++] = (size_t)(q - t.s);
        }
}

/* The next place at or after mark *i where w (len bytes, its "/res" at off) stands. */
static size_t next_at_mark(struct text t, const struct marks *m, size_t *i, const char *w,
                           size_t len, size_t off)
{
    for (; *i < m->n; (*i)++) {
        size_t q = m->v[*i];
        if (q >= off && q - off + len <= t.n && memcmp(t.s + q - off, w, len) == 0)
            return m->v[(*i)++] - off;
    }
    return NO_HIT;
}

static void symbols_missing_slash(struct ctx *c, const char *head, const struct marks *mk)
{
    struct text t = c->t;
    char buf[SYMBOL_MAX], sym[SYMBOL_MAX];
    size_t hl = strlen(head) - 1; /* "a/res" */
    memcpy(buf, head, hl + 1);
    for (size_t mi = 0, p; (p = next_at_mark(t, mk, &mi, head, hl, hl - 4)) != NO_HIT;) {
        size_t d = p + hl;
        uint32_t before = scan_cp_back(t, p);
        if (d >= t.n || !is_digit((unsigned char)t.s[d]) || (cp_is_word(before) && before < 0x80) ||
            before == '/' || before == '.')
            continue;
        size_t n = t.n - d < sizeof buf - hl - 1 ? t.n - d : sizeof buf - hl - 1;
        memcpy(buf + hl + 1, t.s + d, n);
        struct resref r;
        size_t k = symbol_parse(buf, hl + 1 + n, sym, &r);
        if (!k || r.organ == ORGAN_NONE)
            continue;
        add_resolution(c, p, p + k - 1, arena_strndup(c->in->arena, sym, strlen(sym)), NULL);
        spans_add(c->claimed, p, p + k - 1);
    }
}

/* A resolution symbol written out at p: its length, the resolution's id in sym and its
 * lettered parts in parts — glued ("A/RES/75/290B", the UN's document symbol of part B)
 * or spaced ("A/RES/75/290 A", "A/RES/68/1 A to C"): the node is the resolution, the
 * parts go on the mention, as for "75/290 A". 0 when p holds no resolution symbol. */
static size_t written_resolution(struct ctx *c, size_t p, char *sym, char *parts, size_t cap)
{
    struct text t = c->t;
    struct resref r;
    size_t k = symbol_parse(t.s + p, t.n - p, sym, &r);
    parts[0] = 0;
    if (!k || r.organ == ORGAN_NONE)
        return 0;
    if (r.part) { /* glued on: the parser read it */
        parts[0] = r.part;
        parts[1] = 0;
        return k;
    }
    if (r.organ == ORGAN_SC) /* its letters come before the year: "161 A (1961)" */
        return k;
    size_t l = skip_letters(c, p + k, parts, cap);
    if (l > p + k && after_parts_ok(c, l))
        return l - p;
    /* one letter, then the next symbol: "A/RES/75/290 B and A/RES/68/1" */
    parts[0] = 0;
    if (l > p + k && p + k + 2 <= t.n && t.s[p + k] == ' ' && t.s[p + k + 1] >= 'a' &&
        t.s[p + k + 1] <= 'h' && after_parts_ok(c, p + k + 2)) {
        parts[0] = (char)(t.s[p + k + 1] - 'a' + 'A');
        parts[1] = 0;
        return k + 2;
    }
    parts[0] = 0;
    return k;
}

static void explicit_symbols(struct ctx *c)
{
    static const char *const heads[] = {"s/res/", "a/res/", "a/hrc/res/", "e/res/", "e/cn.4/res/",
                                        "e/cn.4/sub.2/res/"};
    struct text t = c->t;
    struct marks mk = {0};
    res_marks(t, &mk);
    for (size_t h = 0; h < sizeof heads / sizeof *heads; h++) {
        size_t len = strlen(heads[h]);
        for (size_t mi = 0, p; (p = next_at_mark(t, &mk, &mi, heads[h], len, len - 5)) != NO_HIT;) {
            uint32_t before = scan_cp_back(t, p);
            /* glued to a word of another script: ar "قرار الجمعية العامةA/RES/70/1" */
            if ((cp_is_word(before) && before < 0x80) || before == '/' || before == '.')
                continue;
            char sym[SYMBOL_MAX], parts[24];
            size_t k = written_resolution(c, p, sym, parts, sizeof parts);
            if (!k)
                continue;
            add_resolution(c, p, p + k, arena_strndup(c->in->arena, sym, strlen(sym)), parts);
            spans_add(c->claimed, p, p + k);
        }
        symbols_missing_slash(c, heads[h], &mk);
    }
    free(mk.v);
}

/* "N (YYYY)" without a keyword ("resolutions concerning Sudan, in particular 1591 (2005),
 * 1651 (2005) …", "supplemented by 2664 (2022)"): the UN writes numbers this way only for
 * Security Council resolutions; kept when the number fits the year. */
/* The end of the last span that ends at or before p, or (size_t)-1. */
static size_t span_end_before(const struct spans *sp, size_t p)
{
    size_t lo = 0, hi = sp->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (sp->v[mid][1] <= p)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo ? sp->v[lo - 1][1] : (size_t)-1;
}

/* Whether [a, b) holds a session/number pair ("74/543"): a reference left out. */
static int has_slash_number(struct text t, size_t a, size_t b)
{
    for (size_t i = a + 1; i + 1 < b; i++)
        if (t.s[i] == '/' && is_digit((unsigned char)t.s[i - 1]) &&
            is_digit((unsigned char)t.s[i + 1]))
            return 1;
    return 0;
}

/* Whether the reference starting at start continues a list that ended at prev: only a
 * date, pinpoints, a footnote marker and a separator lie between ("… 70/247 of 23 December
 * 2015, and 72/261 and 72/266 A of …", Arabic "و5/2"). */
static int continues_list(struct ctx *c, size_t prev, size_t start)
{
    struct text t = c->t;
    if (prev == (size_t)-1 || prev > start || start - prev > 200)
        return 0;
    size_t q = scan_space(t, skip_item_tail(c, prev));
    size_t k = scan_any(t, q, c->L->separators, NULL);
    if (k || scan_prefix_any(t, q, c->L->item_prefix)) {
        size_t r = skip_zh_date(c->L, t, scan_space(t, q + k));
        if (r <= start && start - r <= 8)
            return 1;
    }
    /* "resolutions 5/1, on institution-building, and 5/2", ru "5/1 об институциональном
     * строительстве Совета и 5/2": a topic between, then a conjunction right before the
     * reference, in the same sentence */
    size_t b = start;
    while (b > prev && t.s[b - 1] == ' ')
        b--;
    /* the topic's length counts from the end of the date: ar "2020/14 المؤرخ 17 تموز/يوليه
     * 2020 بشأن نتائج الدورة الخامسة عشرة لمنتدى الأمم المتحدة المعني بالغابات، و 2021/6" */
    size_t tail = skip_item_tail(c, prev);
    if (tail > start)
        tail = prev;
    for (const char *const *sep = c->L->separators; sep && *sep; sep++) {
        size_t sl = strlen(*sep);
        if (sl < 2 && (*sep)[0] == ',')
            continue;
        if (b >= prev + sl && memcmp(t.s + b - sl, *sep, sl) == 0 &&
            (!cp_is_word(scan_cp(t, b - sl)) || !cp_is_word(scan_cp_back(t, b - sl)))) {
            if (start - tail > 160 || memchr(t.s + prev, ';', start - prev) ||
                has_slash_number(t, prev, b) || /* "77/248 والمقررات 74/543 و 75/570" */
                scan_span_has_any(t, prev, start, SENTENCE_ENDS))
                return 0;
            return 1;
        }
    }
    return scan_prefix_any(t, start - (start >= 2 ? 2 : 0), c->L->item_prefix) == 2 &&
           start - prev <= 160 && !memchr(t.s + prev, ';', start - prev);
}

/* Whether the word right before p names another kind of document: "sa décision 77/568
 * du 1er septembre 2023", "решении 6/102 Совета". */
static int other_document_before(struct ctx *c, size_t p)
{
    size_t b = scan_space_back(c->t, p), os;
    /* … also with the organ between: ar "مقرر مجلس حقوق الإنسان 18/120" */
    if (organ_before(c, b, &os) != ORGAN_NONE && os < b)
        b = scan_space_back(c->t, os);
    for (const char *const *w = c->L->other_documents; w && *w; w++)
        if (scan_word_back(c->t, b, *w) != (size_t)-1)
            return 1;
    return 0;
}

enum organ organ_named_last(struct ctx *c, size_t p)
{
    for (size_t i = c->organ_at.n; i-- > 0;)
        if (c->organ_at.v[i][0] < p)
            return p - c->organ_at.v[i][0] < 2 * ORGAN_REACH ? (enum organ)c->organ_at.v[i][1]
                                                             : ORGAN_NONE;
    return ORGAN_NONE;
}

/* Whether [a, e) is a whole Arabic footnote "1 () 63/1." (the other languages write
 * "Resolution 63/1."): "N ()" before it, the footnote's full stop after it, then the next
 * footnote or the end. */
static int footnote_alone(struct ctx *c, size_t a, size_t e)
{
    struct text t = c->t;
    long v;
    size_t b = scan_space_back(t, a), k;
    if (b < 4 || memcmp(t.s + b - 2, "()", 2) != 0 || t.s[b - 3] != ' ' ||
        !is_digit((unsigned char)t.s[b - 4]))
        return 0;
    if (e >= t.n || t.s[e] != '.')
        return 0;
    size_t q = scan_space(t, e + 1);
    if (q >= t.n)
        return 1;
    return (k = scan_number(t, q, 3, &v)) && q + k + 3 <= t.n && memcmp(t.s + q + k, " ()", 3) == 0;
}

/* References without a keyword before them: "N (YYYY)" when the number fits the year
 * ("resolutions concerning Sudan, in particular 1591 (2005), 1651 (2005) …"; the UN writes
 * numbers this way only for Security Council resolutions), a session/number with a date
 * ("…, 77/298 of 22 June 2023, entitled …"), and any reference that continues a list. */
static void bare_items(struct ctx *c)
{
    struct text t = c->t;
    spans_sort(c->claimed);
    size_t last_end = (size_t)-1; /* of the last reference accepted here */
    for (size_t hi = 0, p, next = 0; (p = next_hit(c, HIT_DIGIT, &hi, next)) != NO_HIT;) {
        next = p + 1;
        if (is_digit(scan_cp_back(t, p)))
            continue;
        struct item it;
        size_t e = parse_item(c, item_start_back(c, p), &it);
        if (!e || spans_overlap(c->claimed, it.start, it.end))
            continue;
        if (other_document_before(c, it.start))
            continue;
        size_t prev = span_end_before(c->claimed, it.start);
        int cont_claimed = continues_list(c, prev, it.start);
        int cont_bare = last_end != (size_t)-1 && continues_list(c, last_end, it.start);
        enum organ o;
        if (it.form == FORM_YEAR &&
            (sc_number_fits_year(it.first, it.second) || cont_claimed || cont_bare)) {
            o = ORGAN_SC;
        } else if (it.form == FORM_SLASH && (skip_date(c, e) != e || cont_claimed ||
                                             cont_bare || footnote_alone(c, it.start, e))) {
            /* the rules of set bare (data/attribution.tsv) */
            struct attr a = {.at = p, .end = e, .between = ORGAN_NONE};
            o = item_organ(c, &it, attribute(c, ATTR_BARE, &a));
        } else {
            continue;
        }
        c->nitems = 0;
        push_item(c, &it);
        size_t n0 = c->out->n;
        emit_items(c, o, NULL);
        if (c->out->n > n0)
            last_end = e;
        next = it.end;
    }
}

/* "the said resolution", "该决议": the one resolution named in the SHORT_REACH bytes
 * before, else unresolved; plural forms ("its previous resolutions") are unresolved. */
enum { SHORT_REACH = 500 };

static void short_forms(struct ctx *c)
{
    struct text t = c->t;
    const struct lang *L = c->L;
    size_t nres = c->out->n;
    spans_sort(c->claimed);
    for (size_t hi = 0, p, next = 0; (p = next_hit(c, HIT_SHORT, &hi, next)) != NO_HIT;) {
        next = p + 1;
        if (((unsigned char)t.s[p] & 0xC0) == 0x80)
            continue;
        size_t k1 = scan_any(t, p, L->short_forms, NULL);
        size_t k2 = scan_any(t, p, L->short_forms_plural, NULL);
        size_t k = k1 > k2 ? k1 : k2;
        if (!k || spans_overlap(c->claimed, p, p + k))
            continue;
        const char *id = NULL;
        int distinct = 0;
        const struct mention *r, *ante = NULL;
        struct mindex_iter it;
        size_t i, first = 0;
        /* the first found of those, and whether another one differs */
        for (mindex_range(c->found, p > SHORT_REACH ? p - SHORT_REACH : 0, p, &it);
             k1 >= k2 && (r = mindex_next(c->found, &it, &i));)
            if (i < nres && r->kind == MK_RESOLUTION && r->id && r->nstart + SHORT_REACH >= p &&
                (!ante || i < first))
                ante = r, first = i;
        for (mindex_range(c->found, p > SHORT_REACH ? p - SHORT_REACH : 0, p, &it);
             ante && distinct < 2 && (r = mindex_next(c->found, &it, &i));)
            if (i < nres && r->kind == MK_RESOLUTION && r->id && r->nstart + SHORT_REACH >= p)
                distinct = strcmp(ante->id, r->id) != 0 ? 2 : 1;
        if (ante && distinct < 2)
            id = ante->id, distinct = 1;
        struct mention m = {0};
        m.kind = MK_RESOLUTION;
        m.nstart = p;
        m.nend = p + k;
        m.short_form = "1";
        if (k1 >= k2 && distinct == 1) {
            m.id = id;
            m.year = symbol_year(id);
            m.known = 1;
        } else {
            m.unresolved = 1;
        }
        mentions_push(c->out, &m);
        next = p + k;
    }
}

/* Other UN documents written out: S/PRST/2011/16, S/2023/123, A/78/456, A/HRC/54/77. */
static void document_symbols(struct ctx *c)
{
    struct text t = c->t;
    spans_sort(c->claimed);
    for (size_t hi = 0, p, next = 0; (p = next_hit(c, HIT_DOCSYM, &hi, next)) != NO_HIT;) {
        next = p + 1;
        if (p + 3 >= t.n)
            break;
        if (!scan_word_start(t, p) || spans_overlap(c->claimed, p, p + 2))
            continue;
        char sym[SYMBOL_MAX];
        struct resref r;
        size_t k = symbol_parse(t.s + p, t.n - p, sym, &r);
        int slashes = 0;
        for (size_t i = 0; sym[i]; i++)
            slashes += sym[i] == '/';
        if (!k || r.organ != ORGAN_NONE || slashes < 2 || cp_is_word(scan_cp(t, p + k)))
            continue;
        struct mention m = {0};
        m.kind = MK_DOCUMENT;
        m.id = arena_strndup(c->in->arena, sym, strlen(sym));
        m.nstart = p;
        m.nend = p + k;
        m.known = 1;
        mentions_push(c->out, &m);
        next = p + k;
    }
}

/* Security Council numbers inside a name. The Council's bodies and lists are named
 * after the resolutions that set them up or extended them, and the translations write the
 * same thing as a citation: en "the 751 Committee", "1988 Sanctions List", "the
 * 1267/1989/2253 ISIL (Da'esh) and Al-Qaida Sanctions Committee", zh "751委员会", where fr
 * writes "Comité faisant suite aux résolutions 1267 (1999), 1989 (2011) et 2253 (2015)"
 * and ar "اللجنة العاملة بموجب القرار 751". Read: a number next to a name word of the
 * language (lang.name_before / name_after), and in any language a chain of two or more
 * Council numbers joined by "/" in increasing order that is not years ("2020/2021"), a
 * number and its year ("decisions 250/2002" of another body) nor a symbol
 * ("A/AC.154/415"). Each number becomes a mention (in_name) of the Council's resolution,
 * its year from the numbering. */
enum { NAME_CHAIN_MAX = 8 };

static int name_number_ok(const struct ctx *c, long v, size_t nd)
{
    return nd >= 3 && v >= 100 && sc_year_of_number(v, c->horizon);
}

static int resolution_at(const struct ctx *c, size_t a, size_t b)
{
    const struct mention *m;
    struct mindex_iter it;
    size_t i;
    mindex_sync(c->found); /* those that end after a, and start before b */
    for (mindex_range(c->found, a + 1, b + c->found->maxlen, &it);
         (m = mindex_next(c->found, &it, &i));)
        if (m->kind == MK_RESOLUTION && m->nstart < b)
            return 1;
    return 0;
}

static int name_word_next(struct ctx *c, size_t p, size_t e, long v)
{
    const char *const *before = c->L->name_before;
    size_t a = c->L->keyword_after ? e : scan_space(c->t, e);
    /* "доклад Комитета 2023 года": the year of the report, no "2023 Committee" */
    if (year_plausible(v) && c->L->year_after && scan_any(c->t, a, c->L->year_after, NULL))
        return 0;
    if ((c->L->name_after && scan_any(c->t, a, c->L->name_after, NULL)) ||
        (c->L->name_after_short && !year_plausible(v) &&
         scan_any(c->t, a, c->L->name_after_short, NULL)))
        return 1;
    if (!before)
        return 0;
    size_t b = scan_space_back(c->t, p);
    for (size_t i = 0; before[i]; i++)
        if (scan_word_back(c->t, b, before[i]) != (size_t)-1)
            return 1;
    return 0;
}

static void numbered_names(struct ctx *c)
{
    struct text t = c->t;
    for (size_t hi = 0, p, next = 0; (p = next_hit(c, HIT_DIGIT, &hi, next)) != NO_HIT;) {
        next = p + 1;
        uint32_t before = scan_cp_back(t, p);
        if (is_digit(before) || before == '/' || before == '.' || before == '-' ||
            (before < 0x80 && cp_is_word(before)))
            continue;
        size_t at[NAME_CHAIN_MAX][2];
        long num[NAME_CHAIN_MAX];
        size_t n = 0, q = p, nd;
        int years = 1, rising = 1;
        while (n < NAME_CHAIN_MAX && (nd = scan_number(t, q, 4, &num[n])) &&
               t.s[q] != '0') {
            at[n][0] = q;
            at[n][1] = q + nd;
            years &= year_plausible(num[n]);
            rising &= n == 0 || num[n] > num[n - 1];
            if (!name_number_ok(c, num[n], nd))
                rising = 0;
            q += nd;
            n++;
            if (q + 1 >= t.n || t.s[q] != '/' || !is_digit(scan_cp(t, q + 1)))
                break;
            q++;
        }
        next = q > p ? q : p + 1;
        if (!n || !rising || (q < t.n && (is_digit(scan_cp(t, q)) || t.s[q] == '/')))
            continue;
        /* a pair is two numbers of four digits ("1267/1988"), not a session/number
         * ("150/1003") nor another body's number/year ("decisions 250/2002, 275/2003") */
        int not_a_pair = n == 2 && ((year_plausible(num[1]) &&
                                     num[1] >= sc_year_of_number(num[0], c->horizon)) ||
                                    at[0][1] - at[0][0] < 4 || at[1][1] - at[1][0] < 4);
        if (n == 1 ? !name_word_next(c, p, q, num[0]) : years || not_a_pair)
            continue;
        if (other_document_before(c, p))
            continue;
        for (size_t i = 0; i < n; i++) {
            if (resolution_at(c, at[i][0], at[i][1]))
                continue;
            struct item it = {.start = at[i][0], .end = at[i][1], .first = num[i],
                              .form = FORM_BARE};
            const char *id = item_id(c, &it, ORGAN_SC);
            if (!id)
                continue;
            add_resolution(c, at[i][0], at[i][1], id, NULL);
            c->out->v[c->out->n - 1].in_name = 1;
        }
    }
}

void refs_find(const struct refs_input *in, struct mentions *out, struct spans *claimed)
{
    struct ctx c = {in, in->t, in->lang, NULL, 0, 0, out, claimed, {0},
                    (size_t)-1, {0}, 0, 0, 0, 0, 0, numbering_last_year()};
    if (in->doc_year > c.horizon && numbering_within_margin(in->doc_year))
        c.horizon = in->doc_year;
    struct mention_index found;
    mindex_init(&found, out, in->t.n);
    c.found = &found;
    c.other_memo = xcalloc(in->t.n + 1, sizeof *c.other_memo);
    c.any = lang_any();
    size_t norgans = 0;
    for (const struct organ_name *on = in->lang->organs_before; on && on->text; on++)
        norgans++;
    c.organ_last = xcalloc(norgans + 1, 1);
    for (size_t i = 0; i < norgans; i++) {
        const char *w = in->lang->organs_before[i].text;
        size_t len = strlen(w);
        c.organ_last[i] = len && w[len - 1] != '*' ? (unsigned char)w[len - 1] : 0;
    }
    scan_hits_find(in->lang->table, in->t, &c.hits);
    explicit_symbols(&c);
    c.bare_ok = 1;
    if (in->lang->keyword_after)
        keyword_after_lists(&c);
    else
        keyword_lists(&c);
    c.bare_ok = 0;
    bare_items(&c);
    numbered_names(&c);
    short_forms(&c);
    document_symbols(&c);
    free(c.items);
    spans_release(&c.organ_at);
    scan_hits_free(&c.hits);
    mindex_release(&found);
    free(c.other_memo);
    free(c.organ_last);
}
