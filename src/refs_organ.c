/* refs_organ: which organ issued a reference — the organ named before or after it, "its"
 * and the document's own organ, the date against the numbering facts, the sentence and
 * the list before — and what is emitted for it: the id, the mention, the bodies set up. */
#include "refs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "normalize.h"
#include "numbering.h"
#include "refs_impl.h"
#include "util.h"

static size_t paragraph_span_before(struct ctx *c, size_t b, size_t *num, size_t *num_end);

/* Where the word w ending at b starts, also behind a prefix fused to it (Arabic "ومجلس
 * حقوق الإنسان في قراره 4/4"); (size_t)-1 when it is not there. */
static size_t word_back_fused(const struct ctx *c, size_t b, const char *w)
{
    size_t s = scan_word_back(c->t, b, w), len = strlen(w);
    if (s != (size_t)-1 || !c->L->word_prefixes || strchr(w, '*') || b < len ||
        memcmp(c->t.s + b - len, w, len) != 0 || cp_is_word(scan_cp(c->t, b)))
        return s;
    s = b - len;
    for (const char *const *pre = c->L->word_prefixes; pre && *pre; pre++) {
        size_t k = strlen(*pre);
        if (s >= k && memcmp(c->t.s + s - k, *pre, k) == 0 && scan_word_start(c->t, s - k))
            return s;
    }
    return (size_t)-1;
}

enum organ commission_meant(struct ctx *c, size_t p)
{
    struct text t = c->t;
    size_t lo = p > ORGAN_REACH ? p - ORGAN_REACH : 0;
    for (size_t q = p; q-- > lo;) {
        if (((unsigned char)t.s[q] & 0xC0) == 0x80)
            continue;
        if (scan_prefix_any(t, q, SENTENCE_ENDS) || other_body_at(c, q))
            break;
        for (const struct organ_name *on = c->L->organs_before; on && on->text; on++)
            if ((on->organ == ORGAN_CHR || on->organ == ORGAN_SUBCOM) && scan_word(t, q, on->text))
                return on->organ;
    }
    return ORGAN_OTHER;
}

enum organ organ_before(struct ctx *c, size_t b, size_t *start)
{
    enum organ o = ORGAN_NONE;
    size_t best = b;
    if (!c->L->organs_before)
        return o;
    /* a name that does not end in '*' ends in its last byte (scan_word_back's first test) */
    unsigned char last = b > 0 && b <= c->t.n ? (unsigned char)c->t.s[b - 1] : 0;
    int sure = b <= c->t.n;
    for (const struct organ_name *on = c->L->organs_before; on->text; on++) {
        unsigned char want = c->organ_last[on - c->L->organs_before];
        if (want && sure && want != last)
            continue;
        size_t s = word_back_fused(c, b, on->text);
        if (s != (size_t)-1 && s < best)
            best = s, o = on->organ;
    }
    if (o == ORGAN_OTHER) /* "… on the right to development, in particular Commission resolution" */
        o = commission_meant(c, best);
    size_t s = other_body_before(c, b); /* "Commission on Human Rights resolution 1997/33" */
    if (s < best)
        best = s, o = ORGAN_OTHER;
    *start = best;
    if (o == ORGAN_SELF || o == ORGAN_SELF_COUNCIL) { /* "Советом по правам человека в его" */
        enum organ named = organ_via_bridge(c, best, start);
        /* a council is no commission: "the Commission, in Council resolution" */
        if (named != ORGAN_NONE && !(o == ORGAN_SELF_COUNCIL && named == ORGAN_OTHER))
            return named;
    }
    return o;
}

enum { BRIDGE_WORDS = 4 }; /* verbs between an organ and "in its resolution": fr "l'Assemblée
                                 * générale a adoptée par consensus | dans sa résolution" */

/* The organ named before at most BRIDGE_WORDS plain words (a verb) ending at b: fr "le
 * Conseil des droits de l'homme avait formulée | dans sa résolution 14/7", es "el Consejo
 * de Derechos Humanos hizo suyos | en su resolución 17/4"; ORGAN_NONE otherwise. */
static enum organ organ_words_before(struct ctx *c, size_t b, size_t *start)
{
    struct text t = c->t;
    size_t q = b;
    for (int w = 0; w < BRIDGE_WORDS; w++) {
        size_t s = q;
        while (s > 0 && cp_is_word(scan_cp_back(t, s)))
            do
                s--;
            while (s > 0 && ((unsigned char)t.s[s] & 0xC0) == 0x80);
        if (s == q || s == 0 || t.s[s - 1] != ' ')
            return ORGAN_NONE;
        q = scan_space_back(t, s);
        enum organ o = organ_before(c, q, start);
        if (o != ORGAN_NONE)
            return o;
    }
    return ORGAN_NONE;
}

/* Whether the name starting at s follows a preposition (behind an article), so that it is
 * no subject: "… et à la Secrétaire générale de la Communauté des Caraïbes, dans sa
 * résolution 75/323" (the Assembly's). */
static int complement_at(struct ctx *c, size_t s)
{
    size_t b = scan_space_back(c->t, s), a;
    for (const char *const *w = c->any->articles; *w; w++)
        if ((a = scan_word_back(c->t, b, *w)) != (size_t)-1) {
            b = scan_space_back(c->t, a);
            break;
        }
    for (const char *const *w = c->any->prepositions; *w; w++)
        if (scan_word_back(c->t, b, *w) != (size_t)-1)
            return 1;
    return 0;
}

/* "the Human Rights Council, in its resolution 45/34", "الجمعية العامة في قرارها": the
 * organ named before "its" (which starts at b), or ORGAN_NONE. */
enum organ organ_via_bridge(struct ctx *c, size_t b, size_t *start)
{
    size_t b2 = scan_space_back(c->t, b), a, le;
    /* … also across a paragraph: "set out by the General Assembly in paragraph 5 (f) of
     * its resolution 60/251" */
    size_t ps = paragraph_span_before(c, b, &a, &le);
    if (ps != (size_t)-1)
        b2 = scan_space_back(c->t, ps);
    for (const char *const *w = c->L->self_bridge; w && *w; w++) {
        size_t s = scan_word_back(c->t, b2, *w);
        if (s == (size_t)-1)
            continue;
        size_t s2;
        enum organ named = organ_before(c, scan_space_back(c->t, s), &s2);
        if (named == ORGAN_NONE) {
            named = organ_words_before(c, scan_space_back(c->t, s), &s2);
            if (named == ORGAN_OTHER) /* "the Commission as mandated in Council resolution" */
                continue;
        }
        /* another body only with a word of the bridge: "the Commission, in its resolution";
         * a comma alone follows any name ("… à la Secrétaire générale de la Communauté des
         * Caraïbes, dans sa résolution 75/323": the Assembly's) */
        if (named == ORGAN_OTHER && (strspn(*w, ", ") == strlen(*w) || complement_at(c, s2)))
            continue;
        if (named != ORGAN_NONE && named != ORGAN_SELF) {
            *start = s2;
            return named;
        }
    }
    return ORGAN_NONE;
}

/* An organ named at p after one of the language's intros ("of the", "del", or nothing
 * for a genitive: "резолюции Совета по правам человека 35/17"); *end gets the position
 * after it. */
enum organ organ_at(struct ctx *c, size_t p, int allow_self, size_t *end)
{
    struct text t = c->t;
    enum organ o = ORGAN_NONE;
    size_t best = 0;
    for (const char *const *in = c->L->organ_after_intro; in && *in; in++) {
        size_t q = p, k = 0;
        if ((*in)[0]) {
            if (!(k = scan_word(t, q, *in)))
                continue;
            q = scan_space(t, q + k);
        }
        size_t e;
        enum organ named = organ_name_at(c, q, allow_self, &e);
        if (named != ORGAN_NONE && e > best)
            best = e, o = named;
    }
    *end = best;
    return o;
}

/* An unnamed council as the text's own organ. */
enum organ own_organ(enum organ o)
{
    return o == ORGAN_SELF_COUNCIL ? ORGAN_SELF : o;
}

/* The organ named after a list ending at p: "… of the General Assembly", also after a
 * comma with an intro (fr "… 54/27, du 12 octobre 20238, du Conseil des droits de
 * l'homme"), and "the Council" (ru "резолюция 49/20 Совета от …") when it is a council's. */
enum organ organ_after(struct ctx *c, size_t p)
{
    struct text t = c->t;
    size_t end, q = scan_space(t, skip_marker(t, p)), r; /* "51/418 del Consejo": note 18 */
    enum organ o = organ_at(c, q, 0, &end);
    if (o == ORGAN_NONE && q < t.n && t.s[q] == ',' &&
        scan_any(t, (r = scan_space(t, q + 1)), c->L->organ_after_intro, NULL))
        o = organ_at(c, r, 0, &end);
    if (o == ORGAN_NONE && organ_at(c, q, 1, &end) == ORGAN_SELF_COUNCIL) {
        o = council_self(c, q);
        if (o == ORGAN_SELF)
            o = ORGAN_NONE;
    }
    return o;
}

/* The subject named right after a list that "its" introduced: "through its resolution
 * 54/18 of 12 October 2023,20 the Human Rights Council submitted", ru "в своей резолюции
 * 54/18 от 12 октября 2023 года20 Совет по правам человека представил"; or ORGAN_NONE. */
enum organ subject_after(struct ctx *c, size_t p)
{
    struct text t = c->t;
    size_t q = skip_item_tail(c, p), k, e;
    if (q < t.n && t.s[q] == ',')
        q = skip_marker(t, q + 1);
    q = scan_space(t, q);
    if ((k = scan_any(t, q, c->any->articles, NULL)))
        q = scan_space(t, q + k);
    enum organ o = organ_name_at(c, q, 0, &e);
    /* "Reaffirming, as stated in its resolution 2022/3 of 8 June 2022, the Statistical
     * Commission's role": another body after the list is no subject */
    if (o == ORGAN_NONE || o == ORGAN_SELF_COUNCIL || o == ORGAN_OTHER ||
        scan_any(t, scan_space(t, e), c->L->keywords, NULL))
        return ORGAN_NONE;
    return o;
}

/* A resolution keyword at p, also behind letters fused to it (Arabic "وقراراته");
 * returns its length and sets *self when the keyword itself says "its". */
size_t keyword_at(struct ctx *c, size_t p, int *self)
{
    struct text t = cut_glued_digit(c->t, p, 40);
    size_t k = scan_any(t, p, c->L->keywords, NULL), pre = 0;
    for (const char *const *w = c->L->word_prefixes; !k && w && *w; w++) {
        size_t n = strlen(*w);
        if (p + n < t.n && memcmp(t.s + p, *w, n) == 0) {
            struct text rest = {t.s + p + n, t.n - p - n};
            if ((k = scan_any(rest, 0, c->L->keywords, NULL)))
                pre = n;
        }
    }
    *self = 0;
    if (k) {
        struct text rest = {t.s + p + pre, t.n - p - pre};
        if (c->L->self_keywords && scan_any(rest, 0, c->L->self_keywords, NULL) == k)
            *self = 1;
        else if (c->L->self_keywords_fem && scan_any(rest, 0, c->L->self_keywords_fem, NULL) == k)
            *self = 2;
    }
    return k ? pre + k : 0;
}

/* An Economic and Social Council resolution cited in the ECOSOC_REACH bytes before p, with
 * no other body named in between: "its" is that Council ("résolution 1984/50 du Conseil
 * économique et social …, dans ses résolutions 1989/64"), not after "… 1996/15 of 23 July
 * 1996, Recalling all the resolutions of the Commission on Human Rights …, the last of which
 * was resolution 2005/59" */
enum { ECOSOC_REACH = 400 };
static int ecosoc_just_before(const struct ctx *c, size_t p)
{
    const struct mention *m = NULL, *x;
    struct mindex_iter it;
    size_t i, last = 0;
    /* the last one found of those */
    for (mindex_range(c->found, p > ECOSOC_REACH ? p - ECOSOC_REACH : 0, p, &it);
         (x = mindex_next(c->found, &it, &i));)
        if (x->kind == MK_RESOLUTION && x->id && strncmp(x->id, "E/RES/", 6) == 0 &&
            (!m || i > last))
            m = x, last = i;
    if (m) {
        struct text t = c->t;
        for (size_t q = m->nend; q < p; q++) {
            if (((unsigned char)t.s[q] & 0xC0) == 0x80)
                continue;
            if (other_body_at(c, q) || other_word_at(c, q))
                return 0;
        }
        return 1;
    }
    return 0;
}

enum organ item_organ(const struct ctx *c, const struct item *it, enum organ ctx)
{
    if (ctx == ORGAN_OTHER) /* another body's resolution: no id unless "N (YYYY)" */
        return it->form == FORM_YEAR ? ORGAN_SC : ORGAN_NONE;
    /* the Commission on Human Rights or its Sub-Commission named (or the text's own organ):
     * a year/number in the years of its series (data/numbering.tsv) is its resolution; its
     * roman era ("20 (XXXVI)") has no symbol; "N (YYYY)" stays the Security Council's */
    enum organ own = ctx == ORGAN_SELF ? c->in->doc_organ : ctx;
    if (own == ORGAN_CHR || own == ORGAN_SUBCOM)
        return it->form == FORM_YEAR ? ORGAN_SC
               : it->form == FORM_SLASH && year_series_fits(own, it->first) ? own
                                                                          : ORGAN_NONE;
    /* The other organs' texts name the Economic and Social Council when they cite it
     * ("Economic and Social Council resolution 1984/50 …, Council resolutions 1989/64"); a
     * year/number there with no council named (and none just cited) is the Commission on
     * Human Rights', its Sub-Commission's or another commission's ("resolutions 2005/70 of
     * 20 April 2005, on human rights and transitional justice, 2005/81 …", "Recalling
     * resolution 2000/22"; in the Assembly's texts of the 78th session this reading changes
     * only such cases); "its resolution 1998/72" in a text not the Economic and Social
     * Council's is another body's ("la Commission des droits de l'homme et le Conseil …, la
     * première par sa résolution 1998/72") unless that Council was just cited. */
    /* The same with the Human Rights Council or the Assembly as the context, which number
     * session/number ("Human Rights Council resolutions 4/4 … and 9/3 …, recalling all
     * Commission on Human Rights resolutions …, including resolutions 1998/72"; ru "ее
     * резолюцию 2013/1" after the Commission on Population and Development). */
    if (it->form == FORM_SLASH && year_plausible(it->first) &&
        c->in->doc_organ != ORGAN_ECOSOC &&
        (ctx == ORGAN_NONE || ctx == ORGAN_SELF || ctx == ORGAN_HRC || ctx == ORGAN_GA) &&
        !ecosoc_just_before(c, it->start))
        return ORGAN_NONE;
    /* a council not named, in a text of the Assembly: "in accordance with Council
     * resolutions 5/1 and 5/2" — a session/number is the Human Rights Council's */
    if (ctx == ORGAN_SELF_COUNCIL)
        ctx = it->form == FORM_SLASH && session_held(c, it, ORGAN_HRC, it->first, 0) ? ORGAN_HRC
                                                                                  : ORGAN_SELF;
    if (ctx == ORGAN_SELF)
        ctx = c->in->doc_organ;
    switch (it->form) {
    case FORM_YEAR:
        return ORGAN_SC;
    case FORM_BARE: /* the Council's numbers only: others write their session; with no organ
                       named, a four-digit number that is no year is the Security Council's in
                       the Human Rights Council's texts (fr "la mise en œuvre de la résolution
                       2250 sur les jeunes, la paix et la sécurité"; other bodies number
                       "resolution 263"); elsewhere it may be the Assembly's before 1976
                       ("resolution 2391" for 2391 (XXIII)) */
        return ctx == ORGAN_SC || (ctx == ORGAN_NONE && c->in->doc_organ == ORGAN_SC) ||
                       ((ctx == ORGAN_NONE || c->organ_guessed) &&
                        c->in->doc_organ == ORGAN_HRC && it->first >= 1000 &&
                        !year_plausible(it->first))
                   ? ORGAN_SC
                   : ORGAN_NONE;
    case FORM_ROMAN: {
        /* the organ whose numbering has that number in that session ("2200 A (XXI)" is
         * the Assembly's: the Council's 21st session numbered in the 600s; "415 (V)" after
         * "sa propre" in a draft for the Assembly); neither: another body's ("574
         * (XXVII)" of ECLAC, "20 (XXXVI)" of the Commission on Human Rights) */
        enum organ first = ctx == ORGAN_ECOSOC ? ORGAN_ECOSOC : ORGAN_GA;
        enum organ second = first == ORGAN_GA ? ORGAN_ECOSOC : ORGAN_GA;
        if (it->skind != SESS_REGULAR || roman_number_fits(first, it->first, it->second))
            return first;
        return roman_number_fits(second, it->first, it->second) ? second : ORGAN_NONE;
    }
    case FORM_SLASH:
        if (year_plausible(it->first))
            return ORGAN_ECOSOC;
        /* no organ has had that many sessions: "150/1001." */
        if (!session_held(c, it, ORGAN_GA, it->first, 1))
            return ORGAN_NONE;
        if (ctx == ORGAN_NONE && c->in->doc_organ == ORGAN_HRC &&
            session_held(c, it, ORGAN_HRC, it->first, 0))
            return ORGAN_HRC; /* the Council's texts name the Assembly when they cite it */
        /* the Council has had fewer sessions: "Resolution 61/295, annex" after a footnote
         * naming the Council is the Assembly's */
        if (ctx == ORGAN_HRC && session_held(c, it, ORGAN_HRC, it->first, 0))
            return ORGAN_HRC;
        /* the Assembly wrote "N (ROMAN)" until its thirtieth session: a regular-session
         * "5/14" with no council named is another body's ("Environment Assembly
         * resolutions 5/2", "resolution 10/4 of the Conference of the Parties") unless
         * the text's organ is unknown */
        if (it->skind == SESS_REGULAR && it->first < ga_first_slash())
            return ctx == ORGAN_NONE && c->in->doc_organ == ORGAN_NONE ? ORGAN_HRC
                                                                       : ORGAN_NONE;
        return ORGAN_GA;
    }
    return ORGAN_NONE;
}

const char *item_id(struct ctx *c, const struct item *it, enum organ organ)
{
    struct resref r = {organ, 0, 0, 0, it->form == FORM_ROMAN, it->skind};
    switch (it->form) {
    case FORM_YEAR:
        r.num = it->first;
        r.year = (int)it->second;
        break;
    case FORM_BARE:
        r.num = it->first;
        r.year = sc_year_of_number(it->first, c->horizon);
        break;
    case FORM_ROMAN:
        r.num = it->first;
        r.session = (int)it->second;
        break;
    case FORM_SLASH:
        r.num = it->second;
        if (organ_year_numbered(organ))
            r.year = (int)it->first;
        else
            r.session = (int)it->first;
        break;
    }
    char sym[SYMBOL_MAX];
    if (resref_decision_number(&r) || !resref_symbol(&r, sym))
        return NULL; /* "its decisions 58/521 of 8 December 2003, 60/518 of …" */
    return arena_strndup(c->in->arena, sym, strlen(sym));
}

static long date_year(struct ctx *c, size_t start, size_t end, int *month);

/* The year of resolution id at [a, b): the date written with it when that date falls in
 * the resolution's session ("ES-10/21 of 27 October 2023": 2023, though ES-10 opened in
 * 1997; "76/300 of 28 July 2022": 2022), else the year its session opened; the Council's
 * and ECOSOC's year/number carry their year. */
static int resolution_year(struct ctx *c, size_t a, size_t b, const char *id)
{
    struct resref r;
    char canon[SYMBOL_MAX];
    if (id[0] == 'S' || !symbol_parse(id, strlen(id), canon, &r) ||
        (r.organ != ORGAN_GA && r.organ != ORGAN_HRC && !(r.organ == ORGAN_ECOSOC && r.roman)))
        return symbol_year(id);
    int year = session_year(r.organ, r.skind, r.session), month;
    long y = date_year(c, a, b, &month);
    return y && session_fits_date(r.organ, r.skind, r.session, y, month) ? (int)y : year;
}

void add_resolution(struct ctx *c, size_t a, size_t b, const char *id,
                           const char *parts)
{
    struct mention m = {0};
    m.kind = MK_RESOLUTION;
    m.id = id;
    m.parts = parts && parts[0] ? arena_strndup(c->in->arena, parts, strlen(parts)) : NULL;
    m.nstart = a;
    m.nend = b;
    m.year = resolution_year(c, a, b, id);
    m.known = 1;
    mentions_push(c->out, &m);
}

/* A body that the resolution res_id set up, named by the noun at [a, b). */
void add_established(struct ctx *c, size_t a, size_t b, const struct body_noun *noun,
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

/* The year (and *month, 0 if none) of the date right after a reference ending at p
 * (behind a footnote marker: "76/250(25) المؤرخ …"), or 0. */
long year_after(struct ctx *c, size_t p, int *month)
{
    long y = 0, marker = c->last_marker;
    *month = 0;
    if (skip_date_year(c, p, &y, month) == p)
        skip_date_year(c, skip_marker(c->t, p), &y, month);
    c->last_marker = marker;
    return y;
}

/* An undated pair that the same text cites turned round with a date that fits it, and
 * never as written with a date that fits: ar "قرار مجلس حقوق الإنسان 51/25 المؤرخ 7 تشرين
 * الأول/أكتوبر 2022" then "في قراره 25/51 لمدة سنة واحدة" (A/HRC/RES/54/23). */
enum { TWIN_REACH = 20000 }; /* bytes either side searched for the twin */

static int dated_fit(struct ctx *c, size_t at, long a, long b, enum organ org)
{
    char pair[24];
    int n = snprintf(pair, sizeof pair, "%ld/%ld", a, b), month;
    struct text t = c->t;
    size_t lo = at > TWIN_REACH ? at - TWIN_REACH : 0;
    size_t hi = at + TWIN_REACH < t.n ? at + TWIN_REACH : t.n;
    for (const char *hit = memmem(t.s + lo, hi - lo, pair, (size_t)n); hit;
         hit = memmem(hit + 1, hi - (size_t)(hit + 1 - t.s), pair, (size_t)n)) {
        size_t p = (size_t)(hit - t.s), e = p + (size_t)n;
        if ((p > 0 && (is_digit((unsigned char)t.s[p - 1]) || t.s[p - 1] == '/')) ||
            (e < t.n && (is_digit((unsigned char)t.s[e]) || t.s[e] == '/')))
            continue;
        long y = year_after(c, e, &month);
        if (y && session_fits_date(org, SESS_REGULAR, a, y, month))
            return 1;
    }
    return 0;
}

static void turned_twin(struct ctx *c, struct item *it, enum organ o)
{
    enum organ org = item_organ(c, it, o);
    struct item turned = *it;
    turned.first = it->second;
    turned.second = it->first;
    if ((org == ORGAN_GA || org == ORGAN_HRC) && item_organ(c, &turned, o) == org &&
        dated_fit(c, it->start, turned.first, turned.second, org) &&
        !dated_fit(c, it->start, it->first, it->second, org)) {
        it->first = turned.first;
        it->second = turned.second;
        it->turned = 1;
    }
}

enum { TURNED_REACH = 200 }; /* bytes over which a turned pair makes the month count */

/* Right-to-left text can reverse a session/number pair whose number is a plausible
 * session too: ar "القرار 81/76 المؤرخ 9 كانون الأول/ديسمبر 2021" is 76/81, "33/37 المؤرخ
 * 23 آذار/مارس 2018" (a Council text) 37/33, "77/78 المؤرخ 7 كانون الأول/ديسمبر 2023"
 * 78/77 (the 77th session closed in September 2023). The date decides: the pair is turned
 * round when only the number fits the date as a session of the organ. The month counts
 * only right after a pair written turned round: texts also misdate ("55/56 of 1 December
 * 2001", adopted in December 2000), so a pair written in order is not turned on the month
 * alone. */
static void unreverse_by_date(struct ctx *c, struct item *it, enum organ o)
{
    if (!c->L->rtl || it->form != FORM_SLASH || it->skind != SESS_REGULAR ||
        year_plausible(it->first) || !session_held(c, it, ORGAN_GA, it->second, 1))
        return;
    int month;
    long y = year_after(c, it->end, &month);
    if (!y) {
        turned_twin(c, it, o);
        return;
    }
    if (!(c->last_turned && it->start - c->turned_end < TURNED_REACH))
        month = 0; /* the year alone: "55/56 of 1 December 2001" (adopted in 2000) */
    enum organ org = item_organ(c, it, o);
    struct item turned = *it;
    turned.first = it->second;
    turned.second = it->first;
    if (y && (org == ORGAN_GA || org == ORGAN_HRC) &&
        !session_fits_date(org, SESS_REGULAR, it->first, y, month) &&
        item_organ(c, &turned, o) == org &&
        session_fits_date(org, SESS_REGULAR, turned.first, y, month)) {
        it->first = turned.first;
        it->second = turned.second;
        it->turned = 1;
    }
}

/* Right-to-left text can reverse an Assembly pair whose session is the smaller number:
 * Arabic "انظر القرار 1/70." for 70/1 (no session before the 31st wrote its numbers so):
 * turned round when the turned pair reads as the Assembly's and the pair as written is not
 * the Human Rights Council's. */
static void rtl_unreverse(const struct ctx *c, struct item *it, enum organ o)
{
    /* the same for special sessions: "القرار دإ-1/30" is S-30/1; the Assembly wrote
     * "N (S-VII)" until its 7th special session and "N (ES-V)" until its 5th emergency
     * one, and a special session of the Human Rights Council adopts a few resolutions */
    long first_slash = first_slash_session(ORGAN_GA, it->skind);
    if (c->L->rtl && it->form == FORM_SLASH && it->skind != SESS_REGULAR &&
        it->first < first_slash && it->second >= first_slash && it->second <= max_special(c)) {
        long s = it->second;
        it->second = it->first;
        it->first = s;
        it->turned = 1;
        return;
    }
    if (c->L->rtl && it->form == FORM_SLASH && it->skind == SESS_REGULAR &&
        it->first < ga_first_slash() && it->second >= ga_first_slash() &&
        session_held(c, it, ORGAN_GA, it->second, 1)) {
        struct item turned = *it;
        turned.first = it->second;
        turned.second = it->first;
        if (item_organ(c, it, o) != ORGAN_HRC && item_organ(c, &turned, o) == ORGAN_GA) {
            *it = turned;
            it->turned = 1;
        }
    }
}

/* The year of the date of a reference at [start, end): after it ("51/2, du 6 octobre
 * 2022"), or before it in Chinese ("2017年3月24日第34/24号"); 0 if none. */
static long date_year(struct ctx *c, size_t start, size_t end, int *month)
{
    struct text t = c->t;
    long y = year_after(c, end, month);
    if (y || !c->L->keyword_after)
        return y;
    size_t b = scan_space_back(t, start);
    for (const char *const *pre = c->L->item_prefix; pre && *pre; pre++) {
        size_t k = strlen(*pre);
        if (b >= k && memcmp(t.s + b - k, *pre, k) == 0) {
            b -= k;
            break;
        }
    }
    size_t s = skip_zh_date_back(c->L, t, b);
    return s != b && scan_number(t, s, 4, &y) == 4 ? y : 0;
}

static long item_year(struct ctx *c, const struct item *it)
{
    int month;
    return date_year(c, it->start, it->end, &month);
}

/* item_year for the const look-ups (year_after leaves the context as it found it). */
long item_date_year(const struct ctx *c, const struct item *it)
{
    return item_year((struct ctx *)c, it);
}

/* The date decides between the Assembly and the Human Rights Council when only one of them
 * held that session in that year, and for neither when none did: fr "la résolution 51/2, du 6 octobre 2022" in a Council
 * text is the Council's (the Assembly's fifty-first session was in 1996-1997), fr "sa
 * résolution 4/4 du 30 mars 2007" the Council's, zh "人权理事会2017年3月24日第34/24号、…"
 * the Council's even when the list lost its organ. Another body's (ctx ORGAN_OTHER) stays
 * so. */
static enum organ organ_by_date(struct ctx *c, const struct item *it, enum organ org,
                                enum organ ctx, int list_resolved)
{
    if (ctx == ORGAN_OTHER || it->form != FORM_SLASH || it->skind != SESS_REGULAR ||
        year_plausible(it->first) || (org != ORGAN_GA && org != ORGAN_HRC && org != ORGAN_NONE))
        return org;
    long y = item_year(c, it);
    if (!y || (org != ORGAN_NONE && session_fits_date(org, SESS_REGULAR, it->first, y, 0)))
        return org;
    if (session_held(c, it, ORGAN_HRC, it->first, 0) &&
        session_fits_date(ORGAN_HRC, SESS_REGULAR, it->first, y, 0))
        return ORGAN_HRC;
    if (it->first >= ga_first_slash() && session_fits_date(ORGAN_GA, SESS_REGULAR, it->first, y, 0))
        return ORGAN_GA;
    /* neither held that session in that year and no organ is named (nor "its"): another
     * body's ("adoption, by the Economic and Social Commission for Asia and the Pacific at
     * its seventy-ninth session, of resolution 79/8 of 19 May 2023", zh "委员会2023年3月17日
     * 第66/1号决议"). A named organ keeps its resolution: dates are mistyped ("Human Rights
     * Council resolution 43/17 of 22 June 2022", "su resolución 66/100, de 9 de diciembre de
     * 2001"), and so does a list whose earlier items were the organ's ("les résolutions
     * 70/160 du 17 décembre 2015, 72/183 du 19 décembre 2019") */
    if ((ctx == ORGAN_NONE || c->organ_guessed) && !list_resolved &&
        (org == ORGAN_GA || org == ORGAN_HRC))
        return ORGAN_OTHER;
    /* "its" (or an organ carried from an earlier keyword) with a date in the year before the
     * Assembly's session of that number opened: a regional commission's session, which runs
     * a year ahead ("by the Economic and Social Commission for Asia and the Pacific at its
     * seventy-second session, of resolution 72/7 of 19 May 2016" after "Recalling its
     * resolution 66/288"); mistyped dates of the Assembly's own resolutions are further off
     * ("su resolución 66/100, de 9 de diciembre de 2001") */
    if ((ctx == ORGAN_SELF || ctx == ORGAN_GA) && org == ORGAN_GA && !list_resolved &&
        y == session_year(ORGAN_GA, SESS_REGULAR, it->first) - 1)
        return ORGAN_OTHER;
    return org;
}

/* "its resolution" in a Council text with a session the Council has not had, the Assembly
 * not named in the sentence: another body's (fr "la Commission de la condition de la femme
 * …, réaffirmée le 9 mars 2020 dans sa résolution 64/2"), not the Assembly's ("l’Assemblée
 * générale a adopté par consensus sa résolution 69/323" stays) */
static int its_not_the_council(struct ctx *c, const struct item *it, enum organ o)
{
    if (!(o == ORGAN_SELF && c->in->doc_organ == ORGAN_HRC && it->form == FORM_SLASH &&
          it->skind == SESS_REGULAR && !year_plausible(it->first) &&
          !session_held(c, it, ORGAN_HRC, it->first, 0) &&
          organ_in_sentence(c, it->start) != ORGAN_GA))
        return 0;
    /* … unless its date is the Assembly's (es "Recordando su resolución 70/1, de 25 de
     * septiembre de 2015" in a Council text, for the Assembly's) */
    long y = item_year(c, it);
    return !(y && session_fits_date(ORGAN_GA, SESS_REGULAR, it->first, y, 0));
}

/* The organ a report is submitted to right after a zh list ending at k: "根据第34/24、40/20
 * 和46/17号决议向人权理事会提交的报告" (the resolutions that asked for it: the Council's); or
 * ORGAN_NONE. */
enum organ organ_addressed(struct ctx *c, size_t k)
{
    size_t oe, ki = scan_any(c->t, k, c->L->addressed_intro, NULL);
    if (!ki)
        return ORGAN_NONE;
    enum organ o = organ_name_at(c, k + ki, 0, &oe);
    if (o == ORGAN_NONE || o == ORGAN_SELF_COUNCIL || !scan_any(c->t, oe, c->L->addressed_verb, NULL))
        return ORGAN_NONE;
    return o;
}

/* Emits the items of the list just parsed, in organ context o. Returns the id of the
 * first one (NULL if none is valid). */
const char *emit_items(struct ctx *c, enum organ o, const char *paragraph)
{
    const char *first = NULL;
    /* "resolution 5/1" in a text whose organ is unknown, with no organ named: the
     * Assembly's or the Human Rights Council's — said, not guessed */
    int undecided = c->in->doc_organ == ORGAN_NONE && (o == ORGAN_NONE || o == ORGAN_SELF || o == ORGAN_SELF_COUNCIL);
    for (size_t i = 0; i < c->nitems; i++) {
        const struct item *it = &c->items[i];
        if (it->organ != ORGAN_NONE)
            o = it->organ;
        struct item fixed = *it;
        /* "2639 (2002)": the Council numbers its resolutions in order; a number past the
         * table keeps the year written ("2900 (2027)") unless that year is before it */
        int corrected = 0;
        if (it->form == FORM_YEAR && !sc_number_fits_year(it->first, it->second)) {
            int y = sc_year_of_number(it->first, c->horizon);
            corrected = y && (sc_number_known(it->first) || it->second < numbering_last_year());
            if (corrected)
                fixed.second = y;
        }
        unreverse_by_date(c, &fixed, o);
        rtl_unreverse(c, &fixed, o);
        if (fixed.form == FORM_SLASH) {
            c->last_turned = fixed.turned;
            c->turned_end = it->end;
        }
        enum organ org = organ_by_date(c, &fixed, item_organ(c, &fixed, o), o, first != NULL);
        if (its_not_the_council(c, &fixed, o))
            org = ORGAN_NONE;
        const char *id = item_id(c, &fixed, org);
        /* no organ named: a session/number the text already cited as the Council's is the
         * Council's (zh "人权理事会…第34/24号、…第46/17号决议" then "根据第34/24、40/20和
         * 46/17号决议") */
        const char *cited = o == ORGAN_NONE && org == ORGAN_GA && fixed.form == FORM_SLASH &&
                                    session_held(c, &fixed, ORGAN_HRC, fixed.first, 0)
                                ? item_id(c, &fixed, ORGAN_HRC)
                                : NULL;
        if (cited && mindex_has_id(c->found, cited))
            id = cited;
        if (!id)
            continue;
        if (!first)
            first = id;
        add_resolution(c, it->start, it->end, id, it->parts);
        struct mention *m = &c->out->v[c->out->n - 1];
        m->corrected = (unsigned)corrected;
        if (i == 0)
            m->paragraph = paragraph;
        if (undecided && it->form == FORM_SLASH && !year_plausible(fixed.first) &&
            session_held(c, &fixed, ORGAN_HRC, fixed.first, 0)) {
            const char *hrc = item_id(c, &fixed, ORGAN_HRC);
            if (hrc && strcmp(hrc, id) != 0) {
                m->ambiguous = 1;
                m->candidates = arena_printf(c->in->arena, "%s|%s", id, hrc);
            }
        }
    }
    return first;
}

/* "paragraph 8 of" ending at b: the start of "paragraph" (*num and *num_end get the
 * paragraph's "8"), or (size_t)-1. */
static size_t paragraph_span_before(struct ctx *c, size_t b, size_t *num, size_t *num_end)
{
    struct text t = c->t;
    size_t e = scan_space_back(t, b);
    for (const char *const *lk = c->L->para_links; lk && *lk; lk++) {
        size_t le = e;
        if ((*lk)[0]) {
            size_t s = scan_word_back(t, e, *lk);
            if (s == (size_t)-1)
                continue;
            le = scan_space_back(t, s);
        }
        /* the paragraph words, then at most 24 bytes of numbers before the link */
        size_t lo = le > 40 ? le - 40 : 0;
        for (size_t q = le; q-- > lo;) {
            size_t w = scan_any(t, q, c->L->para_words, NULL);
            if (!w || !scan_word_start(t, q))
                continue;
            size_t a = scan_space(t, q + w);
            if (a < le && le - a <= 24 && is_digit(scan_cp(t, a))) {
                *num = a, *num_end = le;
                return q;
            }
            break;
        }
    }
    return (size_t)-1;
}

/* "paragraph 8 of [organ] resolution …" ending at b: the paragraph ("8"), or NULL. */
const char *paragraph_before(struct ctx *c, size_t b)
{
    size_t a, le;
    if (paragraph_span_before(c, b, &a, &le) == (size_t)-1)
        return NULL;
    return arena_strndup(c->in->arena, c->t.s + a, le - a);
}

/* zh "…号决议第8段" / "第2和3段" after k: the paragraph, or NULL. */
const char *paragraph_after_zh(struct ctx *c, size_t k)
{
    struct text t = c->t;
    size_t a = k + scan_prefix_any(t, k, c->L->item_prefix), e = a;
    if (a == k)
        return NULL;
    while (e < t.n && e - a < 30 && !scan_prefix_any(t, e, c->L->para_suffix))
        e++;
    if (e >= t.n || e == a || e - a >= 30 || !is_digit(scan_cp(t, a)))
        return NULL;
    return arena_strndup(c->in->arena, t.s + a, e - a);
}

/* The longest generic body noun ending at b; returns its start or (size_t)-1. */
size_t noun_before(struct ctx *c, size_t b, const struct body_noun **which)
{
    size_t best = (size_t)-1;
    for (const struct body_noun *bn = c->L->nouns; bn && bn->text; bn++) {
        size_t s = scan_word_back(c->t, b, bn->text);
        if (s != (size_t)-1 && (best == (size_t)-1 || s < best))
            best = s, *which = bn;
    }
    return best;
}

/* Where the word of list ending at b starts (also fused to what follows it: fr "l'"), or b. */
static size_t word_of_before(struct ctx *c, size_t b, const char *const *list)
{
    for (; list && *list; list++) {
        size_t s = scan_word_back(c->t, b, *list);
        if (s == (size_t)-1 && b > 0 && c->t.s[b - 1] == ' ')
            s = scan_word_back(c->t, b - 1, *list);
        if (s != (size_t)-1)
            return s;
    }
    return b;
}

size_t noun_of_organ_before(struct ctx *c, size_t b, const struct body_noun **which)
{
    size_t os;
    enum organ o = organ_before(c, b, &os);
    if (o == ORGAN_NONE || o == ORGAN_SELF || o == ORGAN_OTHER || os >= b)
        return (size_t)-1;
    size_t q = word_of_before(c, os, c->L->articles);
    q = word_of_before(c, q, c->L->prepositions);
    return noun_before(c, scan_space_back(c->t, q), which);
}

size_t noun_after(struct ctx *c, size_t p, const struct body_noun **which)
{
    size_t best = 0;
    for (const struct body_noun *bn = c->L->nouns; bn && bn->text; bn++) {
        size_t k = scan_word(c->t, p, bn->text);
        if (k > best)
            best = k, *which = bn;
    }
    return best;
}

enum { TOPIC_REACH = 40 }; /* bytes from a topic intro to the organ named in the topic */

/* Whether the organ name at q sits in a topic phrase: zh "关于设立人权理事会的第60/251号决议"
 * (on establishing the Council: the Assembly's resolution). */
static int in_topic(struct ctx *c, size_t q)
{
    struct text t = c->t;
    if (!c->L->topic_intros)
        return 0;
    size_t lo = q > TOPIC_REACH ? q - TOPIC_REACH : 0;
    for (size_t b = q; b-- > lo;) {
        if (((unsigned char)t.s[b] & 0xC0) == 0x80)
            continue;
        if (scan_prefix_any(t, b, c->L->topic_stops))
            return 0;
        if (scan_prefix_any(t, b, c->L->topic_intros))
            return 1;
    }
    return 0;
}

/* The organ (a council when councils_only) named last before p in the same sentence (up
 * to ORGAN_REACH bytes back): "人权理事会的各项决议，最近的决议是2023年7月14日第53/26号…",
 * ru "резолюции и решения Совета по правам человека, последними из которых являются
 * резолюции 53/26" (names with inflected words: scan_word). */
/* Whether "the Council" at [q, q+k) stands alone (not the end of "Human Rights Council",
 * "人权理事会") in the text of a council, which it then names: zh "理事会2009年3月26日第10/11号
 * 决议、2010年9月30日第15/12号决议" in a Human Rights Council text. */
static int the_council_alone(struct ctx *c, size_t q, size_t k)
{
    enum organ d = c->in->doc_organ;
    size_t s;
    return (d == ORGAN_SC || d == ORGAN_HRC || d == ORGAN_ECOSOC) &&
           organ_before(c, q + k, &s) == ORGAN_SELF_COUNCIL;
}

/* zh: a body that is none of the four organs at q, followed (behind a date) by what makes
 * it the owner of the resolution cited at p: "预防犯罪和刑事司法委员会题为“…”的2023年5月27日
 * 第32/1号决议", "妇女地位委员会2016年3月24日通过的…第60/2号决议". */
static int other_owner_at(struct ctx *c, size_t q, size_t p)
{
    struct text t = c->t;
    size_t k = 0;
    if (!c->L->owner_follows || !c->in->gaz)
        return 0;
    k = other_body_at(c, q);
    if (!k) /* "该委员会2020年3月9日通过的第64/2号决议" */
        k = other_word_at(c, q);
    if (!k ||
        !scan_prefix_any(t, skip_zh_date(c->L, t, q + k), c->L->owner_follows) || in_topic(c, q))
        return 0; /* "关于联合国-非洲联盟关于…的": the topic, not the owner */
    /* … in the same clause: no comma, semicolon or full stop up to the list, but inside
     * the quotes of a title ("题为“…，…”的"); and not itself inside a title ("大会…题为“国际
     * 劳工组织关于…宣言”的第63/199号决议") */
    const char *const *Q = c->L->quotes; /* zh “ ” */
    int quoted = 0;
    for (size_t i = q + k; i < p; i++) {
        if (t.s[i] == '"')
            quoted = !quoted;
        else if (scan_pair_at(t, i, Q, 0, NULL))
            quoted = 1;
        else if (scan_pair_at(t, i, Q, 1, NULL) && !quoted)
            return 0; /* the name was inside the title */
        else if (scan_pair_at(t, i, Q, 1, NULL))
            quoted = 0;
        else if (!quoted && (t.s[i] == ',' || t.s[i] == ';' || scan_prefix_any(t, i, SENTENCE_ENDS)))
            return 0;
    }
    return !quoted;
}

/* What the look-back of organ_in_sentence_of finds at q, when it does not depend on
 * where the look-back started: 1 and *o for an organ, 1 and ORGAN_NONE for a sentence end,
 * 0 for nothing. */
static int sentence_stop_at(struct ctx *c, size_t q, int councils_only, enum organ *o)
{
    struct text t = c->t;
    if (!scan_filter_may(c->L->organ_filter, t, q))
        return 0;
    if (scan_prefix_any(t, q, SENTENCE_ENDS)) {
        *o = ORGAN_NONE;
        return 1;
    }
    for (const struct organ_name *on = c->L->organs_before; on && on->text; on++) {
        size_t k;
        /* "the Commission" far before the keyword need not own it */
        if (on->organ == ORGAN_SELF || on->organ == ORGAN_OTHER ||
            (councils_only && (on->organ == ORGAN_GA || on->organ == ORGAN_CHR ||
                               on->organ == ORGAN_SUBCOM)) || /* no councils */
            (on->text[0] && t.s[q] != on->text[0]) || !(k = scan_word(t, q, on->text)) ||
            in_topic(c, q) || scan_cp_back(t, q) == 0x300A /* 《大会正式记录》: a title */)
            continue;
        if (on->organ != ORGAN_SELF_COUNCIL) {
            *o = on->organ;
            return 1;
        }
        if (!councils_only && the_council_alone(c, q, k)) {
            *o = c->in->doc_organ;
            return 1;
        }
    }
    return 0;
}

static enum organ organ_in_sentence_of(struct ctx *c, size_t p, int councils_only)
{
    struct text t = c->t;
    size_t lo = p > ORGAN_REACH ? p - ORGAN_REACH : 0;
    /* the owner before a zh list depends on p; else what was found from an earlier p
     * stands for the bytes before it, so that each byte is looked at about once */
    int owners = !councils_only && c->L->owner_follows && c->in->gaz;
    struct sentence_memo *memo = &c->sentence_memo[councils_only != 0];
    size_t stop = owners || !memo->valid || memo->p > p || memo->p < lo ? lo : memo->p;
    enum organ o = ORGAN_NONE;
    size_t found = (size_t)-1;
    for (size_t q = p; q-- > stop;) {
        if (((unsigned char)t.s[q] & 0xC0) == 0x80)
            continue;
        if (owners && other_owner_at(c, q, p))
            return ORGAN_OTHER;
        if (sentence_stop_at(c, q, councils_only, &o)) {
            found = q;
            break;
        }
    }
    if (found == (size_t)-1 && stop > lo && memo->q != (size_t)-1 && memo->q >= lo)
        found = memo->q, o = memo->o;
    if (!owners)
        *memo = (struct sentence_memo){p, found, found == (size_t)-1 ? ORGAN_NONE : o, 1};
    return found == (size_t)-1 ? ORGAN_NONE : o;
}

enum organ organ_in_sentence(struct ctx *c, size_t p)
{
    return organ_in_sentence_of(c, p, 0);
}

enum { CHAIN_REACH = 400 }; /* bytes from a list to the next one that takes its organ */

/* Whether an organ name (also "its"), a resolution keyword (also "the said resolution")
 * or a sentence end lies in [a, b): the list that ended at a does not go on at b. The
 * keyword that ends a zh list ("…号决议") is its own. */
static int organ_or_end_between(struct ctx *c, size_t a, size_t b)
{
    struct text t = c->t;
    size_t k;
    int self;
    if (c->L->keyword_after) {
        size_t r = skip_marker(t, a + scan_any(t, a, c->L->item_suffix, NULL));
        if ((k = scan_any(t, r, c->L->keywords, NULL)))
            a = r + k;
    }
    for (size_t q = a; q < b; q++) {
        if (((unsigned char)t.s[q] & 0xC0) == 0x80)
            continue;
        if (scan_prefix_any(t, q, SENTENCE_ENDS))
            return 1;
        size_t e; /* the filter leaves out "its": every word start is tried */
        if (scan_word_start(t, q) &&
            (organ_name_at(c, q, 1, &e) != ORGAN_NONE || keyword_at(c, q, &self)))
            return 1;
    }
    return 0;
}

/* The Human Rights Council, when its references come just before p, in the same sentence
 * with no organ or keyword named between: the list goes on. ru "резолюции Совета по правам человека 23/13
 * … и 24/33 …, а также резолюции 28/6"; zh "人权理事会…第39/6号决议，10 关于记者安全的…
 * 第45/18号…决议"; ORGAN_NONE otherwise. */
enum organ chain_organ(struct ctx *c, size_t p)
{
    const struct mention *prev = NULL, *m;
    struct mindex_iter it;
    size_t i, first = 0;
    /* the one that ends last (the first found of those), within reach */
    for (mindex_range(c->found, p > CHAIN_REACH ? p - CHAIN_REACH : 0, p, &it);
         (m = mindex_next(c->found, &it, &i));)
        if (m->kind == MK_RESOLUTION && m->id && !m->short_form &&
            (!prev || m->nend > prev->nend || (m->nend == prev->nend && i < first)))
            prev = m, first = i;
    /* only the Council's: the other organs' forms say who issued them (2231 (2015)), and
     * the Assembly's slash form is no more than the default */
    if (!prev || p - prev->nend > CHAIN_REACH || symbol_organ(prev->id) != ORGAN_HRC ||
        organ_or_end_between(c, prev->nend, p))
        return ORGAN_NONE;
    return ORGAN_HRC;
}

/* A masculine "its" or "the Council" (a council's): the document's organ when it is a
 * council, else the council named last before p in the sentence ("…to the Human Rights
 * Council at its fifty-sixth session, … in accordance with Council resolution 53/30"),
 * else ORGAN_SELF_COUNCIL: a council the text does not name (see item_organ). */
enum organ council_self(struct ctx *c, size_t p)
{
    enum organ d = c->in->doc_organ;
    if (d == ORGAN_SC || d == ORGAN_HRC || d == ORGAN_ECOSOC)
        return d;
    enum organ named = organ_in_sentence_of(c, p, 1);
    return named != ORGAN_NONE ? named : ORGAN_SELF_COUNCIL;
}

/* Whether organ o, guessed from the sentence or carried from the last keyword, may have
 * issued the list just parsed: not the Assembly when every item is a "session/number" of
 * a session before its first such one — ru "…резолюции 60/251 Генеральной Ассамблеи от 15
 * марта 2006 года,\nссылаясь на резолюцию 5/1 об институциональном строительстве" (the
 * Assembly has no "5/1": the number is the text's own organ's). */
int guess_fits(struct ctx *c, enum organ o)
{
    if (o != ORGAN_GA || c->nitems == 0)
        return 1;
    for (size_t i = 0; i < c->nitems; i++) {
        const struct item *it = &c->items[i];
        if (it->organ != ORGAN_NONE || it->form != FORM_SLASH || it->skind != SESS_REGULAR ||
            year_plausible(it->first) || it->first >= ga_first_slash())
            return 1;
    }
    return 0;
}

