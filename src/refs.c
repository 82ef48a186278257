/* refs: resolution references (see refs.h).
 * Forms read (after folding):
 *   Security Council   N (YYYY), lettered N A (YYYY)      -> S/RES/N (YYYY)
 *   General Assembly   S/N, and N (ROMAN) until 1975       -> A/RES/S/N, A/RES/N (ROMAN)
 *   Human Rights Cncl  S/N with the Council named          -> A/HRC/RES/S/N
 *   ECOSOC             YYYY/N                              -> E/RES/YYYY/N
 * The UN writes "N (YYYY)" only for Security Council resolutions, so that form needs no
 * context; the "S/N" form is the General Assembly's unless an organ is named. */
#include "refs.h"

#include <stdlib.h>
#include <string.h>

#include "normalize.h"
#include "util.h"

enum form { FORM_YEAR, FORM_ROMAN, FORM_SLASH };

struct item {
    size_t start, end; /* the reference proper, e.g. "1373 (2001)" */
    long first, second;
    enum form form;
};

struct ctx {
    const struct refs_input *in;
    struct text t;
    const struct lang *L;
    struct item *items;
    size_t nitems, cap;
    struct mentions *out;
    struct spans *claimed;
};

static int is_digit(uint32_t c) { return c >= '0' && c <= '9'; }

/* Lettered parts after the number: " a", " a and b", " a to d", " a, b and c". */
static size_t skip_letters(struct text t, size_t p)
{
    size_t q = p, last = p;
    for (int part = 0; part < 8; part++) {
        size_t r = q;
        if (part > 0) {
            size_t k;
            if (r < t.n && t.s[r] == ',')
                r++;
            r = scan_space(t, r);
            if ((k = scan_word(t, r, "and")) || (k = scan_word(t, r, "to")) ||
                (k = scan_word(t, r, "et")) || (k = scan_word(t, r, "y")))
                r = scan_space(t, r + k);
            else if (r == q)
                break;
        } else {
            if (r >= t.n || t.s[r] != ' ')
                break;
            r++;
        }
        if (r < t.n && t.s[r] >= 'a' && t.s[r] <= 'h' && !cp_is_word(scan_cp(t, r + 1))) {
            q = last = r + 1;
        } else {
            break;
        }
    }
    return last;
}

/* One reference at p (with its language's prefix and suffix); returns the position after
 * it, or 0. */
static size_t parse_item(struct ctx *c, size_t p, struct item *it)
{
    struct text t = c->t;
    size_t q = p, k;
    int prefixed = 0;
    if ((k = scan_any(t, q, c->L->item_prefix, NULL))) {
        q = scan_space(t, q + k);
        prefixed = 1;
    }
    if (!prefixed) {
        uint32_t before = scan_cp_back(t, q);
        if (cp_is_word(before) || before == '/' || before == '.' || before == '-')
            return 0;
    }
    long a, b;
    size_t d = q, nd = scan_number(t, d, 5, &a);
    if (!nd)
        return 0;
    q = d + nd;
    it->start = d;
    if (q < t.n && t.s[q] == '/') {
        size_t n2 = scan_number(t, q + 1, 5, &b);
        if (!n2 || (a > 200 && !year_plausible(a)) || nd > 4)
            return 0;
        q += 1 + n2;
        if (q < t.n && (t.s[q] == '/' || is_digit(scan_cp(t, q))))
            return 0;
        it->form = FORM_SLASH;
        it->first = a;
        it->second = b;
    } else {
        q = skip_letters(t, q);
        size_t r = scan_space(t, q);
        if (r >= t.n || t.s[r] != '(')
            return 0;
        r++;
        size_t e = r;
        while (e < t.n && e - r < 12 && cp_is_word(scan_cp(t, e)) && (unsigned char)t.s[e] < 0x80)
            e++;
        if (e >= t.n || t.s[e] != ')' || e == r)
            return 0;
        long y;
        int rom;
        if (scan_number(t, r, 4, &y) == e - r && e - r == 4 && year_plausible(y)) {
            it->form = FORM_YEAR;
            it->second = y;
        } else if ((rom = roman_value(t.s + r, e - r)) != 0) {
            it->form = FORM_ROMAN;
            it->second = rom;
        } else {
            return 0;
        }
        it->first = a;
        q = e + 1;
    }
    it->end = q;
    if ((k = scan_any(t, q, c->L->item_suffix, NULL)))
        q += k;
    return q;
}

/* A date after a reference: ", of 6 August 1990", " du 28 août 2003",
 * ", de 15 de octubre de 1999", " от 23 января 1992 года". Returns p when there is none. */
static size_t skip_date(struct ctx *c, size_t p)
{
    struct text t = c->t;
    const struct lang *L = c->L;
    size_t q = p, k;
    if (!L->date_intro)
        return p;
    if (q < t.n && t.s[q] == ',')
        q++;
    q = scan_space(t, q);
    if (!(k = scan_any(t, q, L->date_intro, NULL)))
        return p;
    q = scan_space(t, q + k);
    int month = 0, year = 0;
    for (int tok = 0; tok < 8 && !year; tok++) {
        long v;
        size_t nd = scan_number(t, q, 4, &v);
        if (nd == 4 && year_plausible(v)) {
            q += nd;
            year = 1;
        } else if (nd >= 1 && nd <= 2) {
            q += nd;
        } else if ((k = scan_any(t, q, L->months, NULL))) {
            q += k;
            month = 1;
        } else if ((k = scan_any(t, q, L->date_tail, NULL))) {
            q += k;
        } else if (q < t.n && (t.s[q] == ',' || t.s[q] == '/' || t.s[q] == '.')) {
            q++;
        } else {
            return p;
        }
        q = scan_space(t, q);
    }
    if (!year || !month)
        return p;
    q = scan_space_back(t, q);
    size_t r = scan_space(t, q);
    if ((k = scan_any(t, r, L->date_tail, NULL)))
        q = r + k;
    return q;
}

/* A Chinese date "2005年7月29日" at p; returns the position after it, or p. */
static size_t skip_zh_date(struct text t, size_t p)
{
    size_t q = p;
    long v;
    size_t k = scan_number(t, q, 4, &v);
    if (k != 4 || scan_word(t, q + k, "年") == 0)
        return p;
    q += k + 3;
    for (int part = 0; part < 2; part++) {
        k = scan_number(t, q, 2, &v);
        const char *unit = part == 0 ? "月" : "日";
        if (!k || scan_word(t, q + k, unit) == 0)
            return q;
        q += k + 3;
    }
    return q;
}

/* The same, ending at p; returns its start or p. */
static size_t skip_zh_date_back(struct text t, size_t p)
{
    size_t lo = p > 24 ? p - 24 : 0;
    for (size_t q = lo; q < p; q++)
        if (is_digit(scan_cp(t, q)) && !is_digit(scan_cp_back(t, q)) && skip_zh_date(t, q) == p)
            return q;
    return p;
}

static void push_item(struct ctx *c, const struct item *it)
{
    xgrow((void **)&c->items, &c->cap, c->nitems + 1, sizeof *c->items);
    c->items[c->nitems++] = *it;
}

/* A list of references starting at p; fills c->items and returns the end of the last
 * one (with its suffix), or 0. */
static size_t parse_list(struct ctx *c, size_t p)
{
    struct text t = c->t;
    struct item it;
    c->nitems = 0;
    size_t pos = parse_item(c, p, &it);
    if (!pos)
        return 0;
    push_item(c, &it);
    for (;;) {
        size_t after = skip_date(c, pos);
        size_t q = scan_space(t, after), k, e;
        if ((k = scan_any(t, q, c->L->separators, NULL))) {
            size_t r = scan_space(t, q + k);
            r = skip_zh_date(t, r);
            if ((e = parse_item(c, r, &it))) {
                push_item(c, &it);
                pos = e;
                continue;
            }
        }
        /* a missing comma: "2393 (2017) 2401 (2018)" */
        if (q > after && (e = parse_item(c, q, &it)) && it.form == FORM_YEAR &&
            c->items[c->nitems - 1].form == FORM_YEAR) {
            push_item(c, &it);
            pos = e;
            continue;
        }
        return pos;
    }
}

/* The organ named right before b (the longest name), or ORGAN_NONE; *start gets its
 * start. */
static enum organ organ_before(struct ctx *c, size_t b, size_t *start)
{
    enum organ o = ORGAN_NONE;
    size_t best = b;
    if (!c->L->organs_before)
        return o;
    for (const struct organ_name *on = c->L->organs_before; on->text; on++) {
        size_t s = scan_word_back(c->t, b, on->text);
        if (s != (size_t)-1 && s < best)
            best = s, o = on->organ;
    }
    *start = best;
    /* "the Human Rights Council, in its resolution 45/34": the organ named before */
    if (o == ORGAN_SELF && c->L->self_bridge) {
        size_t b2 = scan_space_back(c->t, best);
        for (const char *const *w = c->L->self_bridge; *w; w++) {
            size_t s = scan_word_back(c->t, b2, *w);
            if (s == (size_t)-1)
                continue;
            size_t s2;
            enum organ named = organ_before(c, scan_space_back(c->t, s), &s2);
            if (named != ORGAN_NONE && named != ORGAN_SELF) {
                *start = s2;
                return named;
            }
        }
    }
    return o;
}

static enum organ organ_after(struct ctx *c, size_t p)
{
    struct text t = c->t;
    size_t q = scan_space(t, p), k;
    if (!(k = scan_any(t, q, c->L->organ_after_intro, NULL)) && !c->L->organ_after_intro)
        return ORGAN_NONE;
    if (!k)
        return ORGAN_NONE;
    q = scan_space(t, q + k);
    enum organ o = ORGAN_NONE;
    size_t best = 0;
    for (const struct organ_name *on = c->L->organs_before; on && on->text; on++) {
        size_t m = scan_word(t, q, on->text);
        if (m > best && on->organ != ORGAN_SELF)
            best = m, o = on->organ;
    }
    return o;
}

static enum organ item_organ(const struct ctx *c, const struct item *it, enum organ ctx)
{
    if (ctx == ORGAN_SELF)
        ctx = c->in->doc_organ;
    switch (it->form) {
    case FORM_YEAR:
        return ORGAN_SC;
    case FORM_ROMAN:
        return ORGAN_GA;
    case FORM_SLASH:
        if (year_plausible(it->first))
            return ORGAN_ECOSOC;
        return ctx == ORGAN_HRC ? ORGAN_HRC : ORGAN_GA;
    }
    return ORGAN_NONE;
}

static const char *item_id(struct ctx *c, const struct item *it, enum organ organ)
{
    struct resref r = {organ, it->second, 0, 0, 0};
    switch (it->form) {
    case FORM_YEAR:
        r.num = it->first;
        r.year = (int)it->second;
        break;
    case FORM_ROMAN:
        r.num = it->first;
        r.session = (int)it->second;
        r.roman = 1;
        break;
    case FORM_SLASH:
        if (organ == ORGAN_ECOSOC)
            r.year = (int)it->first;
        else
            r.session = (int)it->first;
        break;
    }
    char sym[SYMBOL_MAX];
    if (!resref_symbol(&r, sym))
        return NULL;
    return arena_strndup(c->in->arena, sym, strlen(sym));
}

static void add_resolution(struct ctx *c, size_t a, size_t b, const char *id)
{
    struct mention m = {0};
    m.kind = MK_RESOLUTION;
    m.id = id;
    m.nstart = a;
    m.nend = b;
    m.year = symbol_year(id);
    m.known = 1;
    mentions_push(c->out, &m);
}

/* A body that the resolution res_id set up, named by the noun at [a, b). */
static void add_established(struct ctx *c, size_t a, size_t b, const struct body_noun *noun,
                            const char *res_id)
{
    struct mention m = {0};
    const struct gz_entry *e =
        c->in->gaz ? gazetteer_established(c->in->gaz, res_id, noun->type) : NULL;
    m.kind = MK_BODY;
    m.nstart = a;
    m.nend = b;
    m.established_by = res_id;
    if (e) {
        m.id = e->id;
        m.name = e->name;
        m.type = e->type;
        m.year = e->year;
        m.known = 1;
    } else {
        char label[SYMBOL_MAX];
        symbol_label(res_id, label, sizeof label);
        m.id = arena_printf(c->in->arena, "%s@%s", noun->type, res_id);
        m.name = arena_printf(c->in->arena, "%s established pursuant to resolution %s",
                              noun->label, label);
        m.type = noun->type;
    }
    mentions_push(c->out, &m);
    spans_add(c->claimed, a, b);
}

/* Emits the items of the list just parsed, in organ context o. Returns the id of the
 * first one (NULL if none is valid). */
static const char *emit_items(struct ctx *c, enum organ o)
{
    const char *first = NULL;
    for (size_t i = 0; i < c->nitems; i++) {
        const struct item *it = &c->items[i];
        const char *id = item_id(c, it, item_organ(c, it, o));
        if (!id)
            continue;
        if (!first)
            first = id;
        add_resolution(c, it->start, it->end, id);
    }
    return first;
}

/* The longest generic body noun ending at b; returns its start or (size_t)-1. */
static size_t noun_before(struct ctx *c, size_t b, const struct body_noun **which)
{
    size_t best = (size_t)-1;
    for (const struct body_noun *bn = c->L->nouns; bn && bn->text; bn++) {
        size_t s = scan_word_back(c->t, b, bn->text);
        if (s != (size_t)-1 && (best == (size_t)-1 || s < best))
            best = s, *which = bn;
    }
    return best;
}

static size_t noun_after(struct ctx *c, size_t p, const struct body_noun **which)
{
    size_t best = 0;
    for (const struct body_noun *bn = c->L->nouns; bn && bn->text; bn++) {
        size_t k = scan_word(c->t, p, bn->text);
        if (k > best)
            best = k, *which = bn;
    }
    return best;
}

/* Keyword first: "resolution(s)" + list. */
static void keyword_lists(struct ctx *c)
{
    struct text t = c->t;
    const struct lang *L = c->L;
    unsigned char kw_first[256];
    scan_first_bytes(L->keywords, kw_first);
    for (size_t p = 0; p < t.n; p++) {
        if (!kw_first[(unsigned char)t.s[p]])
            continue;
        if (((unsigned char)t.s[p] & 0xC0) == 0x80 || !scan_word_start(t, p))
            continue;
        size_t k = scan_any(t, p, L->keywords, NULL);
        if (!k)
            continue;
        size_t q = scan_space(t, p + k), f;
        if ((f = scan_any(t, q, L->fillers, NULL)))
            q = scan_space(t, q + f);
        size_t end = parse_list(c, q);
        if (!end) {
            p += k - 1;
            continue;
        }
        size_t ostart = p;
        enum organ o = organ_before(c, scan_space_back(t, p), &ostart);
        if (o == ORGAN_NONE)
            o = organ_after(c, skip_date(c, end));
        const char *first = emit_items(c, o);
        spans_add(c->claimed, ostart, end);
        /* "<noun> established pursuant to [organ] resolution …" */
        size_t eb = scan_space_back(t, ostart), es;
        size_t ek = 0;
        for (const char *const *ph = L->established; first && ph && *ph; ph++) {
            es = scan_word_back(t, eb, *ph);
            if (es != (size_t)-1 && eb - es > ek) {
                ek = eb - es;
                const struct body_noun *bn = NULL;
                size_t ns = noun_before(c, scan_space_back(t, es), &bn);
                if (ns != (size_t)-1) {
                    add_established(c, ns, scan_space_back(t, es), bn, first);
                    break;
                }
            }
        }
        p = end - 1;
    }
}

/* Keyword last (zh): "第…号、第…号和第…号决议". */
static void keyword_after_lists(struct ctx *c)
{
    struct text t = c->t;
    const struct lang *L = c->L;
    for (size_t p = 0; p < t.n; p++) {
        if (!is_digit((unsigned char)t.s[p]) || is_digit(scan_cp_back(t, p)))
            continue;
        size_t start = p;
        for (const char *const *pre = L->item_prefix; pre && *pre; pre++) {
            size_t s = scan_word_back(t, scan_space_back(t, p), *pre);
            if (s != (size_t)-1)
                start = s;
        }
        size_t end = parse_list(c, start);
        if (!end)
            continue;
        size_t k = scan_any(t, scan_space(t, end), L->keywords, NULL);
        if (!k) {
            p = c->items[0].end - 1;
            continue;
        }
        size_t kend = scan_space(t, end) + k;
        size_t ostart = start;
        enum organ o = organ_before(c, skip_zh_date_back(t, start), &ostart);
        if (o == ORGAN_NONE)
            ostart = start;
        const char *first = emit_items(c, o);
        spans_add(c->claimed, ostart, kend);
        /* "…号决议所设监测组" */
        size_t ek = first ? scan_any(t, kend, L->established, NULL) : 0;
        if (ek) {
            const struct body_noun *bn = NULL;
            size_t nk = noun_after(c, kend + ek, &bn);
            if (nk)
                add_established(c, kend + ek, kend + ek + nk, bn, first);
        }
        p = kend - 1;
    }
}

/* Written-out symbols: S/RES/1373 (2001), A/RES/60/288, A/HRC/RES/5/1, E/RES/1996/31. */
static void explicit_symbols(struct ctx *c)
{
    static const char *const heads[] = {"s/res/", "a/res/", "a/hrc/res/", "e/res/"};
    struct text t = c->t;
    for (size_t h = 0; h < sizeof heads / sizeof *heads; h++) {
        for (const char *hit = strstr(t.s, heads[h]); hit; hit = strstr(hit + 1, heads[h])) {
            size_t p = (size_t)(hit - t.s);
            uint32_t before = scan_cp_back(t, p);
            if (cp_is_word(before) || before == '/' || before == '.')
                continue;
            char sym[SYMBOL_MAX];
            struct resref r;
            size_t k = symbol_parse(t.s + p, t.n - p, sym, &r);
            if (!k || r.organ == ORGAN_NONE)
                continue;
            add_resolution(c, p, p + k, arena_strndup(c->in->arena, sym, strlen(sym)));
            spans_add(c->claimed, p, p + k);
        }
    }
}

/* "N (YYYY)" without a keyword ("resolutions concerning Sudan, in particular 1591 (2005),
 * 1651 (2005) …", "supplemented by 2664 (2022)"): the UN writes numbers this way only for
 * Security Council resolutions; kept when the number fits the year. */
static void bare_items(struct ctx *c)
{
    struct text t = c->t;
    spans_sort(c->claimed);
    for (size_t p = 0; p < t.n; p++) {
        if (!is_digit((unsigned char)t.s[p]) || is_digit(scan_cp_back(t, p)))
            continue;
        struct item it;
        size_t e = parse_item(c, p, &it);
        if (!e || it.form != FORM_YEAR || spans_overlap(c->claimed, it.start, it.end) ||
            !sc_number_fits_year(it.first, it.second)) {
            continue;
        }
        const char *id = item_id(c, &it, ORGAN_SC);
        if (id)
            add_resolution(c, it.start, it.end, id);
        p = it.end - 1;
    }
}

void refs_find(const struct refs_input *in, struct mentions *out, struct spans *claimed)
{
    struct ctx c = {in, in->t, in->lang, NULL, 0, 0, out, claimed};
    explicit_symbols(&c);
    if (in->lang->keyword_after)
        keyword_after_lists(&c);
    else
        keyword_lists(&c);
    bare_items(&c);
    free(c.items);
}
