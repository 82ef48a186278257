/* refs: resolution references (see refs.h).
 * Forms read (after folding):
 *   Security Council   N (YYYY), lettered N A (YYYY)      -> S/RES/N (YYYY)
 *   General Assembly   S/N, and N (ROMAN) until 1975       -> A/RES/S/N, A/RES/N (ROMAN)
 *   Human Rights Cncl  S/N with the Council named          -> A/HRC/RES/S/N
 *   ECOSOC             YYYY/N                              -> E/RES/YYYY/N
 *   Security Council   keyword + N, the Council named or     -> S/RES/N (year of N)
 *                      issuing the text
 * The UN writes "N (YYYY)" only for Security Council resolutions, so that form needs no
 * context; the "S/N" form is the General Assembly's unless an organ is named. */
#include "refs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "normalize.h"
#include "numbering.h"
#include "util.h"

/* FORM_BARE: a Security Council number without its year ("recalling resolution 2532",
 * "Security Council resolutions 1325 and 2250"), read only after a keyword and kept only
 * when the organ is the Council; the year comes from the Council's numbering */
enum form { FORM_YEAR, FORM_ROMAN, FORM_SLASH, FORM_BARE };

struct item {
    size_t start, end;  /* the reference proper, e.g. "1373 (2001)" */
    enum organ organ;   /* an organ named inside the list before this item, or NONE */
    long first, second; /* year form: number, year; roman: number, session;
                           slash: session (or ECOSOC year), number */
    enum form form;
    enum session_kind skind;
    char parts[24];     /* lettered parts: "A", "A,B", "A-D"; "" when none */
    int turned;         /* right-to-left text wrote the pair number first */
};

struct ctx {
    const struct refs_input *in;
    struct text t;
    const struct lang *L;
    struct item *items;
    size_t nitems, cap;
    struct mentions *out;
    struct spans *claimed;
    /* [position, organ] of every keyword with a named organ, in text order; the last one
     * carries to the next keyword: "Human Rights Council resolutions, in particular
     * resolutions 7/34 …" */
    struct spans organ_at;
    size_t glued_at;       /* a reference glued to its keyword starts here ("القرار2565") */
    struct scan_hits hits; /* where a keyword, digit, … may start (lang.table) */
    long last_marker;      /* the last footnote marker seen glued to a year or a comma */
    int bare_ok;           /* FORM_BARE may be read: the list follows a keyword */
    int organ_guessed;     /* the organ of the list being emitted was not named at its
                              keyword: found in the sentence or carried from the last one */
    size_t turned_end;     /* the last slash pair read ends here, and was written turned */
    int last_turned;       /* round (right-to-left: "125/77 …، والقرار 77/78") */
    long horizon;          /* the latest year the text vouches for: the numbering table's last
                              year or the document's own, if later */
    struct mention_index *found; /* c->out by where each mention ends, and its ids */
    uint16_t *other_memo;  /* other_body_at(p) + 1 once known, else 0 (the look-backs
                              of organ_before ask for the same positions again and again) */
    const struct lang *any; /* the word classes of every language (lang_any) */
};

/* The candidates of kind `bit` at or after next, in order: for (size_t hi = 0, p, next = 0;
 * (p = next_hit(c, bit, &hi, next)) != NO_HIT;) — the caller sets next past what it read. */
enum { NO_HIT = (size_t)-1 };
static size_t next_hit(const struct ctx *c, unsigned bit, size_t *i, size_t next)
{
    const struct scan_hits *h = &c->hits;
    for (; *i < h->n; (*i)++)
        if ((h->mask[*i] & bit) && h->pos[*i] >= next)
            return h->pos[(*i)++];
    return NO_HIT;
}

enum { ORGAN_REACH = 300 }; /* bytes over which a named organ carries to the next keyword */

static int is_digit(uint32_t c) { return c >= '0' && c <= '9'; }

/* Facts that change with time come from data/numbering.tsv (numbering.h), up to the year
 * the text vouches for (ctx.horizon; a date after a reference moves it on: "Human Rights
 * Council resolution 61/1 of 3 April 2026"). */
static long item_date_year(const struct ctx *c, const struct item *it);

/* Whether the organ had held `session` regular sessions by the horizon (with the date of
 * it, when it has one and the table alone says no); `slack`: the table's margin for a
 * number to read as a session at all ("150/1001" is none). */
static int session_held(const struct ctx *c, const struct item *it, enum organ o,
                        long session, int slack)
{
    if (session <= sessions_by(o, SESS_REGULAR, c->horizon, slack))
        return 1;
    long y = it ? item_date_year(c, it) : 0;
    return y > c->horizon && session <= sessions_by(o, SESS_REGULAR, y, slack);
}

/* The most special sessions any organ has held (with the table's margin). */
static long max_special(const struct ctx *c)
{
    long ga = sessions_by(ORGAN_GA, SESS_SPECIAL, c->horizon, 1);
    long hrc = sessions_by(ORGAN_HRC, SESS_SPECIAL, c->horizon, 1);
    return ga > hrc ? ga : hrc;
}

/* The Assembly's first "session/number" session (the 31st, 1976). */
static long ga_first_slash(void) { return first_slash_session(ORGAN_GA, SESS_REGULAR); }

/* A session marker at p: the language's own ("دإ-10/2") or "S-"/"ES-". Returns its
 * length; *arabic is set when the marker takes a session number in parentheses
 * ("(د-15)" = "(XV)"). */
static size_t session_mark(struct ctx *c, size_t p, enum session_kind *kind, int *arabic)
{
    struct text t = c->t;
    *arabic = 0;
    for (const struct session_mark *m = c->L->sessions; m && m->text; m++) {
        size_t k = strlen(m->text);
        if (p + k <= t.n && memcmp(t.s + p, m->text, k) == 0) {
            *kind = m->kind;
            *arabic = 1;
            return k;
        }
        /* the dash set off by spaces, also an en dash: "دإط – 10/15" */
        size_t l = k - 1, q, d;
        if (k > 1 && m->text[l] == '-' && p + l < t.n && memcmp(t.s + p, m->text, l) == 0 &&
            (q = scan_space(t, p + l)) < t.n &&
            ((d = t.s[q] == '-') || (q + 3 <= t.n && memcmp(t.s + q, "\xE2\x80\x93", 3) == 0 &&
                                     (d = 3))) &&
            (q = scan_space(t, q + d)) < t.n && is_digit(scan_cp(t, q))) {
            *kind = m->kind;
            *arabic = 1;
            return q - p;
        }
    }
    /* a space left after the hyphen where a line broke: "and ES- 10/17 of 15 December 2006" */
    if (p + 4 < t.n && memcmp(t.s + p, "es- ", 4) == 0 && is_digit((unsigned char)t.s[p + 4])) {
        *kind = SESS_EMERGENCY;
        return 4;
    }
    return session_kind_prefix(t.s + p, t.n - p, kind);
}

static enum organ organ_at(struct ctx *c, size_t p, int allow_self, size_t *end);

/* What may follow the last lettered part of a slash-form reference ("76/247 A to C of
 * 24 December 2021"), so that "60/1 a new …" is not read as part A. */
static int after_parts_ok(struct ctx *c, size_t q)
{
    struct text t = c->t;
    if (q < t.n && strchr(",;.)(:", t.s[q]))
        return 1;
    if (scan_any(t, q, c->L->item_suffix, NULL) || scan_any(t, q, c->L->separators, NULL))
        return 1;
    q = scan_space(t, q);
    if (q >= t.n || strchr(",;.)(:", t.s[q]))
        return 1;
    size_t oe; /* an organ: ru "резолюцию 59/113 A Генеральной Ассамблеи от …" */
    return scan_any(t, q, c->any->after_parts, NULL) != 0 || scan_any(t, q, c->L->date_intro, NULL) != 0 ||
           organ_at(c, q, 0, &oe) != ORGAN_NONE;
}

/* A part letter at r: Latin ("b", doubled "aa" past Z), a Cyrillic look-alike (ru "45/55 В"),
 * or the language's name for it (ar "دال"), ending a word or glued to the item suffix
 * (zh "第49/75 I号"). Returns its number (A = 1) and sets *len and *twice; 0 if none. */
static size_t part_letter(struct ctx *c, size_t r, size_t *len, int *twice)
{
    struct text t = c->t;
    /* а в с е н к м о р т х, lower case as folding leaves them */
    static const uint32_t cyr[] = {0x430, 0x432, 0x441, 0x435, 0x43D, 0x43A, 0x43C, 0x43E,
                                   0x440, 0x442, 0x445};
    static const char lat[] = "abcehkmoptx";
    size_t letter = 0, named;
    *twice = 0;
    *len = 0;
    uint32_t cp = scan_cp(t, r);
    if (cp >= 'a' && cp <= 'z') {
        letter = cp - 'a' + 1, *len = 1;
        if (r + 1 < t.n && (uint32_t)t.s[r + 1] == cp)
            *twice = 1, *len = 2; /* "53/77 AA" */
    } else if (cp >= 0x430 && cp <= 0x445) {
        for (size_t i = 0; i < sizeof cyr / sizeof *cyr; i++)
            if (cyr[i] == cp)
                letter = (size_t)(lat[i] - 'a') + 1, *len = 2;
    }
    if (letter) {
        size_t e = r + *len;
        /* zh glues the letter to what follows: "第181A和B(II)号" */
        if (!cp_is_word(scan_cp(t, e)) || scan_any(t, e, c->L->item_suffix, NULL) ||
            scan_prefix_any(t, e, c->L->item_suffix) ||
            (c->L->keyword_after && (scan_prefix_any(t, e, c->L->conjunctions) ||
                                     scan_prefix_any(t, e, c->L->part_ranges))))
            return letter;
        if (*twice) { /* "ab…": not a doubled letter */
            *twice = 0;
            *len = 1;
            if (!cp_is_word(scan_cp(t, r + 1)))
                return letter;
        }
        *len = 0;
        return 0;
    }
    struct text v = {t.s + r, t.n - r}; /* also behind a fused و: "ألف وباء" */
    if ((*len = scan_any(v, 0, c->L->part_letters, &named)))
        return named + 1; /* Arabic "دال" = D */
    return 0;
}

/* Lettered parts after the number: " a", " a and b", " a to d", " a, b and c"; fills
 * parts ("A", "A,B", "A-D") and returns the position after the last one. */
static size_t skip_letters(struct ctx *c, size_t p, char *parts, size_t cap)
{
    struct text t = c->t;
    size_t q = p, last = p, np = 0;
    parts[0] = 0;
    for (int part = 0; part < 8; part++) {
        size_t r = q, k = 0;
        int ranged = 0;
        if (part > 0) {
            if (r < t.n && t.s[r] == ',')
                r++;
            r = scan_space(t, r);
            size_t fl, ft, kr;
            int ftw;
            /* a conjunction, or a range word: "A to D", "A a D", "A至C" */
            k = scan_any(t, r, c->any->conjunctions, NULL);
            if ((kr = scan_any(t, r, c->any->part_ranges, NULL)) > k)
                k = kr, ranged = 1;
            if (k)
                r = scan_space(t, r + k);
            else if ((fl = scan_prefix_any(t, r, c->L->item_prefix)) &&
                     part_letter(c, r + fl, &ft, &ftw) && ft > 1)
                r += fl, k = fl; /* a conjunction fused to it: Arabic "ألف وباء" */
            else if (r == q)
                break;
        } else if (r < t.n && t.s[r] == ' ') {
            r++;
        } else if (!c->L->keyword_after || !is_digit(scan_cp_back(t, r))) {
            break; /* zh glues the first letter to the number: "第59/113A号决议" */
        }
        size_t len;
        int twice;
        size_t letter = part_letter(c, r, &len, &twice);
        if (!letter || letter > 26 || np + 4 >= cap)
            break;
        if (part > 0)
            parts[np++] = k && ranged ? '-' : ',';
        parts[np++] = (char)('A' + letter - 1);
        if (twice)
            parts[np++] = (char)('A' + letter - 1);
        parts[np] = 0;
        q = last = r + len;
    }
    return last;
}

static size_t keyword_at(struct ctx *c, size_t p, int *self);
static long year_after(struct ctx *c, size_t p, int *month);

/* Whether a number of nd digits ending at q may stand without its year (FORM_BARE): after
 * a keyword, three or four digits, not part of something longer ("2532/…", "2532-3",
 * "2532.5"); an item after the first must end the list or go on with it ("resolutions 1325
 * and 2250 and …"), so that "resolution 2391 and 500 troops" stays one reference, and may
 * not follow a semicolon. In Chinese a list starts with "第". */
/* The list so far is two or more bare Council numbers in increasing order, and v goes on
 * with it: es "las resoluciones 1267, 1989 y 2253 contra el Estado Islámico" */
static int rising_bare_list(const struct ctx *c, long v)
{
    if (c->nitems < 2 || !sc_year_of_number(v, c->horizon))
        return 0;
    for (size_t i = 0; i < c->nitems; i++)
        if (c->items[i].form != FORM_BARE || c->items[i].first >= (i + 1 < c->nitems ? c->items[i + 1].first : v))
            return 0;
    return 1;
}

static int bare_number_ok(struct ctx *c, size_t q, size_t nd, int cjk, int prefixed, long v)
{
    struct text t = c->t;
    if (!c->bare_ok || cjk || nd < 3 || nd > 4 ||
        (c->L->keyword_after && !prefixed && c->nitems == 0))
        return 0; /* zh writes "第1325和2250号决议"; "第542(LXXIII)2022号决议" is no Council's */
    uint32_t next = scan_cp(t, q);
    if (next == '/' || next == '-' || (next == '.' && is_digit(scan_cp(t, q + 1))) ||
        (next == ',' && is_digit(scan_cp(t, q + 1))))
        return 0;
    if (c->nitems == 0 || scan_any(t, q, c->L->item_suffix, NULL) || rising_bare_list(c, v))
        return 1;
    size_t b = scan_space_back(t, q - nd);
    if (b > 0 && t.s[b - 1] == ';') /* "… 2253 (2015);\n100. Directs": a paragraph number */
        return 0;
    size_t r = scan_space(t, q);
    int self;
    if (r >= t.n || strchr(",;.)", t.s[r]) || scan_cp(t, r) == 0x060C /* ، */ ||
        scan_any(t, r, c->L->separators, NULL) || keyword_at(c, r, &self))
        return 1;
    /* the date of the Council's number: ru "2467 (2019) от 23 апреля 2019 года и 2493 от
     * 29 октября 2019 года о женщинах" */
    long num = 0;
    int month;
    scan_number(t, q - nd, nd, &num);
    long y = year_after(c, q, &month);
    return y && y == sc_year_of_number(num, c->horizon);
}

/* The value of the ASCII digits d[a, b). */
static long digits_value(const char *d, size_t a, size_t b)
{
    long v = 0;
    for (size_t i = a; i < b; i++)
        v = v * 10 + (d[i] - '0');
    return v;
}

/* One reference at p (with its language's prefix and suffix); returns the position after
 * it, or 0. */
/* A footnote marker glued to a resolution number: "54/2639 and 54/3340 of 12 October
 * 2023" (54/26 and 54/33, notes 39 and 40), "73/29623 du 28 mai 2019". The n digits at q
 * (four or more: no session numbers that many resolutions) split into the number and the
 * marker: the marker that follows the last one seen, else the only split into at most
 * three digits and a marker of one or two. Returns the number's digits, or 0. */
static size_t glued_marker_split(struct ctx *c, size_t q, size_t n)
{
    const char *d = c->t.s + q;
    size_t pick = 0, unique = 0, nunique = 0;
    for (size_t r = 1; r <= 3 && r < n; r++) {
        if (d[r] == '0' || n - r > 3)
            continue;
        long marker = digits_value(d, r, n);
        if (c->last_marker > 0 && marker == c->last_marker + 1 && !pick)
            pick = r;
        if (n - r <= 2)
            unique = r, nunique++;
    }
    if (!pick && nunique == 1)
        pick = unique;
    if (pick)
        c->last_marker = digits_value(d, pick, n);
    return pick;
}

enum { MARKER_REACH = 4000 }; /* bytes back to the footnote marker before a glued one */

/* The footnote marker glued to a word nearest before p ("del Consejo de Derechos Humanos17
 * y destaca"): its value, or 0. */
static long marker_glued_to_word_before(struct text t, size_t p)
{
    size_t lo = p > MARKER_REACH ? p - MARKER_REACH : 0;
    for (size_t e = p; e > lo + 1; e--) {
        if (!is_digit((unsigned char)t.s[e - 1]) || is_digit((unsigned char)t.s[e]) ||
            t.s[e] == '/')
            continue;
        size_t b = e - 1;
        if (b > lo && is_digit((unsigned char)t.s[b - 1]))
            b--;
        uint32_t before = scan_cp_back(t, b);
        if (b > lo && cp_is_word(before) && !is_digit(before)) {
            long v = 0;
            scan_number(t, b, 2, &v);
            return v;
        }
    }
    return 0;
}

/* Three digits after a session that no organ numbers a resolution with (from 401 the
 * Assembly numbers decisions): a number and a footnote marker that follows the one glued
 * to a word before: es "resolución 51/418 del Consejo de Derechos Humanos" after
 * "Humanos17" is 51/4, note 18. The number's digits, or 0. */
static size_t glued_marker_after_word(struct ctx *c, size_t q, size_t n)
{
    const char *d = c->t.s + q;
    if (n != 3 || digits_value(d, 0, n) <= 400)
        return 0;
    long prev = marker_glued_to_word_before(c->t, q);
    for (size_t r = 1; r <= 2 && prev > 0; r++) {
        long marker = digits_value(d, r, n);
        if (d[r] != '0' && marker == prev + 1) {
            c->last_marker = marker;
            return r;
        }
    }
    return 0;
}

/* A year in parentheses between a session/number and the item suffix, as the Council
 * writes its own numbers: zh "第75/200(2020)号决议". Returns the position after it, or q. */
static size_t skip_year_before_suffix(struct ctx *c, size_t q)
{
    struct text t = c->t;
    long y;
    if (!c->L->item_suffix || q >= t.n || t.s[q] != '(' || scan_number(t, q + 1, 4, &y) != 4 ||
        !year_plausible(y) || q + 5 >= t.n || t.s[q + 5] != ')' ||
        !scan_any(t, q + 6, c->L->item_suffix, NULL))
        return q;
    return q + 6;
}

/* A session in Roman numerals at [r, e), also written with Cyrillic look-alikes: ru
 * "резолюции 973 (Х) от 15 декабря 1955 года" (Х, І, С, М, Ѵ for X, I, C, M, V); its
 * value, or 0. */
static int roman_lookalike(struct text t, size_t r, size_t e)
{
    static const uint32_t cyr[] = {0x445, 0x425, 0x456, 0x406, 0x441, 0x421, 0x43C, 0x41C,
                                   0x475, 0x474};
    static const char lat[] = "xxiiccmmvv";
    char buf[16];
    size_t n = 0;
    for (size_t q = r; q < e;) {
        uint32_t cp = scan_cp(t, q);
        char ch = 0;
        if (cp < 0x80)
            ch = (char)cp;
        for (size_t i = 0; !ch && i < sizeof cyr / sizeof *cyr; i++)
            if (cyr[i] == cp)
                ch = lat[i];
        if (!ch || n + 1 >= sizeof buf)
            return 0;
        buf[n++] = ch;
        q += cp < 0x80 ? 1 : cp < 0x800 ? 2 : 3;
    }
    return roman_value(buf, n);
}

/* Right-to-left text writes an Assembly pair number first: "قرارها 264/76 المؤرخ 23
 * أيار/مايو 2022" is 76/264. A first number above 200 is no session, so such a pair is
 * read (and turned round below) when its second number is a session of the Assembly's
 * "session/number" era; above 400 it is a decision number and gives no id. */
static int rtl_turnable(const struct ctx *c, long a, long b)
{
    return c->L->rtl && a <= 9999 && b >= ga_first_slash() &&
           session_held(c, NULL, ORGAN_GA, b, 1);
}

static size_t parse_item(struct ctx *c, size_t p, struct item *it)
{
    struct text t = c->t;
    size_t q = p, k;
    int prefixed = 0;
    memset(it, 0, sizeof *it);
    if ((k = scan_prefix_any(t, q, c->L->item_prefix))) {
        q = scan_space(t, q + k);
        prefixed = 1;
    }
    if (!prefixed && q != c->glued_at) {
        uint32_t before = scan_cp_back(t, q);
        if (cp_is_word(before) || before == '/' || before == '.' || before == '-')
            return 0;
    }
    it->start = q;
    /* right after a keyword, the Assembly's session/number written as a document symbol:
     * "General Assembly resolution A/76/3, entitled …" (A/RES/76/3) */
    int docsym = c->bare_ok && !c->L->keyword_after && q + 2 < t.n && t.s[q] == 'a' &&
                 t.s[q + 1] == '/' && is_digit((unsigned char)t.s[q + 2]);
    if (docsym)
        q += 2;
    int arabic;
    q += session_mark(c, q, &it->skind, &arabic);
    long a, b;
    size_t nd = scan_number(t, q, 5, &a);
    int cjk = 0;
    if (!nd && c->L->keyword_after && (nd = scan_cjk_number(t, q, &a)))
        cjk = 1; /* "第二六二五(二十五)号决议" */
    if (!nd)
        return 0;
    q += nd;
    /* a part letter glued to the number: "2200A (XXI)" */
    if (!cjk && q + 1 < t.n && t.s[q] >= 'a' && t.s[q] <= 'h' &&
        (t.s[q + 1] == ' ' || t.s[q + 1] == '(')) {
        it->parts[0] = (char)(t.s[q] - 'a' + 'A');
        it->parts[1] = 0;
        q++;
    }
    if (q < t.n && t.s[q] == '/' && !cjk && !it->parts[0]) {
        size_t n2 = scan_number(t, q + 1, 5, &b);
        /* resolution numbers have no leading zero: "order No. 21/038" is not one */
        if (!n2 || (n2 > 1 && t.s[q + 1] == '0') || (nd > 1 && t.s[q - nd] == '0') ||
            (a > 200 && !year_plausible(a) && !rtl_turnable(c, a, b)) || nd > 4 ||
            (it->skind != SESS_REGULAR && a > max_special(c)))
            return 0;
        if (t.s[q + 1] == '0')
            return 0; /* "12/07": another body's numbering (the UN never pads with 0) */
        size_t cut = n2 >= 4 && !year_plausible(a) ? glued_marker_split(c, q + 1, n2)
                     : !year_plausible(a)       ? glued_marker_after_word(c, q + 1, n2)
                                                : 0;
        if (cut) {
            b = digits_value(t.s + q + 1, 0, cut);
            n2 = cut;
        }
        q += 1 + n2;
        if (q < t.n && (t.s[q] == '/' || (!cut && is_digit(scan_cp(t, q)))))
            return 0;
        it->form = FORM_SLASH;
        it->first = a;
        it->second = b;
        /* right-to-left text can reverse the pair: "182/46" for 46/182 */
        if (c->L->rtl && !year_plausible(a) && !session_held(c, NULL, ORGAN_GA, a, 1) &&
            session_held(c, NULL, ORGAN_GA, b, 1)) {
            it->first = b;
            it->second = a;
            it->turned = 1;
        }
        size_t l = skip_letters(c, q, it->parts, sizeof it->parts);
        if (l > q && after_parts_ok(c, l))
            q = l;
        else
            it->parts[0] = 0;
    } else {
        if (it->skind != SESS_REGULAR)
            return 0;
        size_t num_end = q;
        if (!it->parts[0])
            q = skip_letters(c, q, it->parts, sizeof it->parts);
        size_t r = scan_space(t, q);
        if (r >= t.n || t.s[r] != '(') {
            if (!bare_number_ok(c, num_end, nd, cjk, prefixed, a))
                return 0;
            it->form = FORM_BARE;
            it->first = a;
            it->parts[0] = 0;
            q = num_end;
            goto done;
        }
        r++;
        r += session_mark(c, r, &it->skind, &arabic);
        size_t e = r;
        while (e < t.n && e - r < 16 && t.s[e] != ')' && t.s[e] != '(' && t.s[e] != ' ')
            e++;
        /* right-to-left text can turn the closing bracket round: "2568 (2021(" */
        if (e >= t.n || (t.s[e] != ')' && !(c->L->rtl && t.s[e] == '(' && e - r == 4)) ||
            e == r)
            return 0;
        long y;
        int rom;
        if (it->skind == SESS_REGULAR && scan_number(t, r, 4, &y) == e - r && e - r == 4 &&
            year_plausible(y)) {
            it->form = FORM_YEAR;
            it->second = y;
        } else if ((rom = roman_lookalike(t, r, e)) != 0) {
            it->form = FORM_ROMAN;
            it->second = rom;
        } else if (arabic && scan_number(t, r, 3, &y) == e - r && y > 0 && y < 100) {
            it->form = FORM_ROMAN; /* "(د-15)": the fifteenth session, "(XV)" */
            it->second = y;
        } else if (c->L->keyword_after && scan_cjk_number(t, r, &y) == e - r && y > 0 &&
                   y < 100) {
            it->form = FORM_ROMAN; /* "(二十五)": the twenty-fifth session */
            it->second = y;
        } else {
            return 0;
        }
        it->first = a;
        q = e + 1;
    }
done:
    if (docsym) {
        if (it->form != FORM_SLASH || it->skind != SESS_REGULAR || it->parts[0] ||
            year_plausible(it->first) || it->first < ga_first_slash())
            return 0;
        it->organ = ORGAN_GA;
    }
    it->end = q;
    if (it->form == FORM_SLASH)
        q = skip_year_before_suffix(c, q);
    if ((k = scan_any(t, q, c->L->item_suffix, NULL)))
        q += k;
    return q;
}

static struct text cut_glued_digit(struct text t, size_t p, size_t reach);

/* A date tail with a footnote marker glued to it: ru "от 1 октября 2015 года2, 33/12"
 * (note 2): the length of the tail (the marker is left for skip_marker), or 0. */
static size_t date_tail_glued(struct ctx *c, size_t r)
{
    struct text cut = cut_glued_digit(c->t, r, 16);
    size_t k = cut.n < c->t.n ? scan_any(cut, r, c->L->date_tail, NULL) : 0;
    return k && r + k == cut.n ? k : 0;
}

/* A date after a reference: ", of 6 August 1990", " du 28 août 2003",
 * ", de 15 de octubre de 1999", " от 23 января 1992 года". Returns p when there is none. */
static size_t skip_date_year(struct ctx *c, size_t p, long *year_out, int *month_out)
{
    struct text t = c->t;
    const struct lang *L = c->L;
    size_t q = p, k;
    long the_year = 0;
    int the_month = 0;
    if (!L->date_intro)
        return p;
    if (q < t.n && t.s[q] == ',')
        q++;
    else if (L->rtl && q + 1 < t.n && memcmp(t.s + q, "\xD8\x8C", 2) == 0)
        q += 2; /* the Arabic comma: "و20/31، المؤرخ 23 آذار/مارس 2016" */
    q = scan_space(t, q);
    if (!(k = scan_any(t, q, L->date_intro, NULL)))
        return p;
    q = scan_space(t, q + k);
    int month = 0, year = 0;
    for (int tok = 0; tok < 8 && !year; tok++) {
        long v, y6;
        size_t which;
        size_t nd = scan_number(t, q, 4, &v);
        size_t n6 = nd ? nd : scan_number(t, q, 6, &y6);
        if (nd == 4 && year_plausible(v)) {
            q += nd;
            year = 1;
            the_year = v;
        } else if (n6 >= 5 && year_plausible(y6 / (n6 == 5 ? 10 : 100))) {
            q += n6; /* a footnote marker glued to the year: "12 July 20214 and …" */
            year = 1;
            the_year = y6 / (n6 == 5 ? 10 : 100);
            c->last_marker = y6 % (n6 == 5 ? 10 : 100);
        } else if (nd >= 1 && nd <= 2) {
            q += nd;
            size_t ds = scan_prefix_any(t, q, L->day_suffix);
            if (ds && !cp_is_word(scan_cp(t, q + ds)))
                q += ds; /* "1er décembre" */
        } else if ((k = scan_any(t, q, L->months, &which))) {
            q += k;
            month = 1;
            if (!the_month) /* the first of "كانون الأول/ديسمبر" */
                the_month = L->month_numbers ? L->month_numbers[which] : (int)which + 1;
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
    if ((k = scan_any(t, r, L->date_tail, NULL)) || (k = date_tail_glued(c, r)))
        q = r + k;
    if (year_out)
        *year_out = the_year;
    if (month_out)
        *month_out = the_month;
    return q;
}

static size_t skip_date(struct ctx *c, size_t p) { return skip_date_year(c, p, NULL, NULL); }

/* A date of numbers and units (L->date_units: year, month, day), zh "2005年7月29日", at p;
 * returns the position after it, or p. */
static size_t skip_zh_date(const struct lang *L, struct text t, size_t p)
{
    const char *const *unit = L->date_units;
    size_t q = p, u;
    long v;
    size_t k = scan_number(t, q, 4, &v);
    if (!unit || k != 4 || (u = scan_word(t, q + k, unit[0])) == 0)
        return p;
    q += k + u;
    for (int part = 1; part < 3 && unit[part]; part++) {
        k = scan_number(t, q, 2, &v);
        if (!k || (u = scan_word(t, q + k, unit[part])) == 0)
            return q;
        q += k + u;
    }
    return q;
}

/* The same, ending at p; returns its start or p. */
static size_t skip_zh_date_back(const struct lang *L, struct text t, size_t p)
{
    size_t lo = p > 24 ? p - 24 : 0;
    for (size_t q = lo; q < p; q++)
        if (is_digit(scan_cp(t, q)) && !is_digit(scan_cp_back(t, q)) && skip_zh_date(L, t, q) == p)
            return q;
    return p;
}

static void push_item(struct ctx *c, const struct item *it)
{
    xgrow((void **)&c->items, &c->cap, c->nitems + 1, sizeof *c->items);
    c->items[c->nitems++] = *it;
}

/* A footnote marker glued to what ends at p ("号10 和", "(2015)3,"): the position
 * after it, or p. */
static size_t skip_marker(struct text t, size_t p)
{
    long v;
    size_t k;
    if (p < t.n && t.s[p] == '(' && (k = scan_number(t, p + 1, 2, &v)) && p + 1 + k < t.n &&
        t.s[p + 1 + k] == ')')
        return p + k + 2; /* Arabic texts: "2013(2) و 27/21" */
    k = scan_number(t, p, 2, &v);
    if (k && (p + k >= t.n || t.s[p + k] == ' ' || t.s[p + k] == ',' || t.s[p + k] == ';' ||
              !cp_is_word(scan_cp(t, p + k))))
        return p + k;
    return p;
}

/* Where a reference whose number starts at p begins: before a session marker ("S-23/3",
 * "ES-11/1") and an item prefix ("第"). */
static size_t item_start_back(struct ctx *c, size_t p)
{
    struct text t = c->t;
    size_t start = p;
    static const char *const marks[] = {"es-", "s-", NULL};
    for (const char *const *m = marks; *m; m++) {
        size_t s = scan_word_back(t, p, *m);
        if (s != (size_t)-1) {
            start = s;
            break;
        }
    }
    for (const struct session_mark *m = c->L->sessions; start == p && m && m->text; m++) {
        size_t k = strlen(m->text); /* also behind a fused "and": Arabic "ودإ-27/1" */
        if (p >= k && memcmp(t.s + p - k, m->text, k) == 0)
            start = p - k;
    }
    for (const char *const *pre = c->L->item_prefix; pre && *pre; pre++) {
        size_t e = scan_space_back(t, start), k = strlen(*pre);
        if (e >= k && memcmp(t.s + e - k, *pre, k) == 0 && scan_word_start(t, e - k))
            return e - k; /* "第1373", Arabic "و22/18" */
    }
    return start;
}

/* The end of a range after a pinpoint number ending at p: "par. 76 à 95", "paras. 61 to
 * 76", "párrs. 61 a 76", "пункты 3–5"; p when there is none. */
static size_t skip_range_end(struct ctx *c, size_t p)
{
    struct text t = c->t;
    size_t q = scan_space(t, p), k;
    long v;
    if (!is_digit(scan_cp_back(t, p)) || !(k = scan_any(t, q, c->any->range_words, NULL)))
        return p;
    q = scan_space(t, q + k);
    size_t nd = scan_number(t, q, 4, &v);
    return nd && !cp_is_word(scan_cp(t, q + nd)) && t.s[q + nd] != '/' ? q + nd : p;
}

/* Pinpoints after a reference: ", sect. III, para. 12", ", annex" — the position after
 * them, or p. */
static size_t skip_pinpoints(struct ctx *c, size_t p)
{
    struct text t = c->t;
    for (int n = 0; n < 4; n++) {
        size_t q = p, k;
        if (q < t.n && t.s[q] == ',')
            q++;
        q = scan_space(t, q);
        if (!(k = scan_any(t, q, c->L->pinpoints, NULL)))
            return p;
        q += k;
        size_t r = scan_space(t, q), e = r;
        while (e < t.n && e - r < 12 && (cp_is_word(scan_cp(t, e)) || t.s[e] == '.' ||
                                          t.s[e] == '-'))
            e++;
        p = e > r && scan_any(t, r, c->L->separators, NULL) == 0 ? e : q;
        while (p > q && t.s[p - 1] == '.')
            p--; /* "para. 3." ends the sentence */
        p = skip_range_end(c, p);
    }
    return p;
}

/* The text cut before the first digit glued to a letter within reach bytes of p, so
 * that a word ends there: a keyword fused to its number ("القرار70/1",
 * "قراراتها61/89") or a footnote marker fused to a name ("droits de l’homme18"). */
static struct text cut_glued_digit(struct text t, size_t p, size_t reach)
{
    size_t end = p + reach < t.n ? p + reach : t.n;
    for (size_t q = p + 1; q < end; q++)
        if (is_digit((unsigned char)t.s[q]) && cp_is_word(scan_cp_back(t, q)) &&
            !is_digit(scan_cp_back(t, q)))
            return (struct text){t.s, q};
    return t;
}

/* What may follow a reference before the next one of its list: a date, pinpoints and a
 * footnote marker, the marker also before the date ("76/250(25) المؤرخ 20 …"). */
static size_t skip_item_tail(struct ctx *c, size_t p)
{
    size_t q = skip_date(c, p), m;
    if (q == p && (m = skip_marker(c->t, p)) != p && skip_date(c, m) != m)
        q = skip_date(c, m);
    return skip_marker(c->t, skip_pinpoints(c, q));
}

/* The length of a gazetteer body at p that is none of the four organs and can adopt
 * resolutions (ORGAN_OTHER: a commission, the African Commission …), or 0. */
static size_t other_body_at_uncached(const struct ctx *c, size_t p)
{
    static const char *const organs[] = {"general-assembly", "security-council",
                                         "economic-and-social-council", "human-rights-council",
                                         NULL};
    const struct gz_entry *e;
    if (!c->in->gaz || !scan_filter_may(gazetteer_starts(c->in->gaz), c->t, p) ||
        (p > 0 && !scan_word_start(c->t, p)))
        return 0;
    size_t k = gazetteer_match(c->in->gaz, c->t.s, c->t.n, p, &e);
    /* posts, offices and missions adopt no resolutions ("秘书长题为“…”的报告") */
    static const char *const non_adopting[] = {"post", "office", "mission", NULL};
    if (!k || strcmp(e->kind, "body") != 0)
        return 0;
    for (const char *const *ty = non_adopting; *ty; ty++)
        if (e->type && strcmp(e->type, *ty) == 0)
            return 0;
    for (const char *const *o = organs; *o; o++)
        if (strcmp(e->id, *o) == 0)
            return 0;
    return k;
}

/* The length of a word of the language that names another body without naming it ("the
 * Commission", "该委员会": ORGAN_OTHER in lang.organs_before) at p, or 0. */
static size_t other_word_at(const struct ctx *c, size_t p)
{
    for (const struct organ_name *on = c->L->organs_before; on && on->text; on++) {
        size_t k;
        if (on->organ == ORGAN_OTHER && on->text[0] == c->t.s[p] &&
            (k = scan_word(c->t, p, on->text)))
            return k;
    }
    return 0;
}

static size_t other_body_at(const struct ctx *c, size_t p)
{
    if (p >= c->t.n)
        return other_body_at_uncached(c, p);
    if (!c->other_memo[p]) {
        size_t k = other_body_at_uncached(c, p);
        if (k >= UINT16_MAX)
            return k;
        c->other_memo[p] = (uint16_t)(k + 1);
    }
    return (size_t)c->other_memo[p] - 1;
}

enum { OTHER_NAME_MAX = 200 }; /* bytes of the longest body name looked for backwards */

/* The start of such a body whose name ends at b, or (size_t)-1. */
static size_t other_body_before(const struct ctx *c, size_t b)
{
    size_t lo = b > OTHER_NAME_MAX ? b - OTHER_NAME_MAX : 0;
    for (size_t q = lo; q < b; q++)
        if (((unsigned char)c->t.s[q] & 0xC0) != 0x80 && other_body_at(c, q) == b - q)
            return q;
    return (size_t)-1;
}

/* The longest organ name at p (no intro; "its" only when allow_self): its organ and
 * end, or ORGAN_NONE. */
static enum organ organ_name_at(struct ctx *c, size_t p, int allow_self, size_t *end)
{
    enum organ o = ORGAN_NONE;
    size_t best = 0;
    struct text t = cut_glued_digit(c->t, p, 80);
    for (const struct organ_name *on = c->L->organs_before; on && on->text; on++) {
        size_t m = scan_word(t, p, on->text);
        if (m > best &&
            (allow_self || (on->organ != ORGAN_SELF && on->organ != ORGAN_SELF_COUNCIL)))
            best = m, o = on->organ;
    }
    size_t m = other_body_at(c, p); /* "resolución 32/1 de la Comisión de Prevención …" */
    if (m > best)
        best = m, o = ORGAN_OTHER;
    *end = p + best;
    return o;
}

enum { ZH_TOPIC_REACH = 90 }; /* bytes of a zh topic between two items of a list */

/* A topic before the next item of a zh list, after its separator: "第66/288号以及关于文化
 * 与可持续发展的2013年12月20日第68/223号、…决议" (one list, one keyword): the position
 * after "关于…的" when a date or "第" follows, else p. */
static size_t skip_zh_topic(struct ctx *c, size_t p)
{
    static const char *const stops[] = {"。", "、", "(", NULL}; /* "，；" fold to ",;" */
    struct text t = c->t;
    size_t k = scan_any(t, p, c->L->list_topic_intro, NULL), e;
    if (!c->L->keyword_after || !k)
        return p;
    for (size_t q = p + k; q < t.n && q < p + ZH_TOPIC_REACH; q++) {
        if (scan_prefix_any(t, q, stops))
            break;
        if (!(e = scan_any(t, q, c->L->list_topic_end, NULL)))
            continue;
        size_t r = q + e;
        if (skip_zh_date(c->L, t, r) > r || scan_prefix_any(t, r, c->L->item_prefix))
            return r;
    }
    return p;
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
        size_t after = skip_item_tail(c, pos);
        size_t q = scan_space(t, after), k, e;
        if ((k = scan_any(t, q, c->L->separators, NULL))) {
            size_t r = q + k;
            /* a footnote marker glued to the comma: "of 14 July 2023,3 52/31" */
            long fn;
            size_t fk = scan_number(t, r, 2, &fn);
            if (fk && r + fk < t.n && t.s[r + fk] == ' ') {
                r += fk;
                c->last_marker = fn;
            }
            r = scan_space(t, r);
            r = skip_zh_date(c->L, t, skip_zh_topic(c, r));
            if ((e = parse_item(c, r, &it))) {
                push_item(c, &it);
                pos = e;
                continue;
            }
            /* another organ's reference inside the list: "大会第60/180号和安理会第1645(2005)号" */
            size_t oe;
            enum organ named = organ_name_at(c, r, 0, &oe);
            if (named != ORGAN_NONE && (e = parse_item(c, skip_zh_date(c->L, t, scan_space(t, oe)), &it))) {
                it.organ = named;
                push_item(c, &it);
                pos = e;
                continue;
            }
        }
        /* a missing comma: "2393 (2017) 2401 (2018)"; a conjunction fused to the next
         * reference: Arabic "و1333 (2000)", "ودإط-10/15" */
        if (q > after && (e = parse_item(c, q, &it)) &&
            ((it.form == FORM_YEAR && c->items[c->nitems - 1].form == FORM_YEAR) ||
             scan_prefix_any(t, q, c->L->item_prefix))) {
            push_item(c, &it);
            pos = e;
            continue;
        }
        return pos;
    }
}

/* The organ named right before b (the longest name), or ORGAN_NONE; *start gets its
 * start. */
static enum organ organ_via_bridge(struct ctx *c, size_t b, size_t *start);
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

static enum organ organ_before(struct ctx *c, size_t b, size_t *start)
{
    enum organ o = ORGAN_NONE;
    size_t best = b;
    if (!c->L->organs_before)
        return o;
    for (const struct organ_name *on = c->L->organs_before; on->text; on++) {
        size_t s = word_back_fused(c, b, on->text);
        if (s != (size_t)-1 && s < best)
            best = s, o = on->organ;
    }
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
static enum organ organ_via_bridge(struct ctx *c, size_t b, size_t *start)
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
static enum organ organ_at(struct ctx *c, size_t p, int allow_self, size_t *end)
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
static enum organ own_organ(enum organ o)
{
    return o == ORGAN_SELF_COUNCIL ? ORGAN_SELF : o;
}

static enum organ council_self(struct ctx *c, size_t p);

/* The organ named after a list ending at p: "… of the General Assembly", also after a
 * comma with an intro (fr "… 54/27, du 12 octobre 20238, du Conseil des droits de
 * l'homme"), and "the Council" (ru "резолюция 49/20 Совета от …") when it is a council's. */
static enum organ organ_after(struct ctx *c, size_t p)
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
static enum organ subject_after(struct ctx *c, size_t p)
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
static size_t keyword_at(struct ctx *c, size_t p, int *self)
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

static enum organ item_organ(const struct ctx *c, const struct item *it, enum organ ctx)
{
    if (ctx == ORGAN_OTHER) /* another body's resolution: no id unless "N (YYYY)" */
        return it->form == FORM_YEAR ? ORGAN_SC : ORGAN_NONE;
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

static const char *item_id(struct ctx *c, const struct item *it, enum organ organ)
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
        if (organ == ORGAN_ECOSOC)
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

static void add_resolution(struct ctx *c, size_t a, size_t b, const char *id,
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

/* The year (and *month, 0 if none) of the date right after a reference ending at p
 * (behind a footnote marker: "76/250(25) المؤرخ …"), or 0. */
static long year_after(struct ctx *c, size_t p, int *month)
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
static long item_date_year(const struct ctx *c, const struct item *it)
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
static enum organ organ_in_sentence(struct ctx *c, size_t p);
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

/* zh, in the Human Rights Council's texts: going back from p, another body is named before
 * the Economic and Social Council (which organ_in_sentence found, a paragraph or more back): "重申经济及社会理事会…第1996/15号
 * 决议，回顾人权委员会关于死刑问题的所有决议，最后一项是…第2005/59号决议" */
static int other_body_before_ecosoc(struct ctx *c, size_t p)
{
    struct text t = c->t;
    size_t lo = p > ORGAN_REACH ? p - ORGAN_REACH : 0;
    for (size_t q = p; q-- > lo;) {
        if (((unsigned char)t.s[q] & 0xC0) == 0x80)
            continue;
        for (const struct organ_name *on = c->L->organs_before; on && on->text; on++)
            if (on->organ == ORGAN_ECOSOC && scan_word(t, q, on->text))
                return 0;
        if (other_body_at(c, q))
            return 1;
    }
    return 0;
}

/* Emits the items of the list just parsed, in organ context o. Returns the id of the
 * first one (NULL if none is valid). */
static const char *emit_items(struct ctx *c, enum organ o, const char *paragraph)
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
static const char *paragraph_before(struct ctx *c, size_t b)
{
    size_t a, le;
    if (paragraph_span_before(c, b, &a, &le) == (size_t)-1)
        return NULL;
    return arena_strndup(c->in->arena, c->t.s + a, le - a);
}

/* zh "…号决议第8段" / "第2和3段" after k: the paragraph, or NULL. */
static const char *paragraph_after_zh(struct ctx *c, size_t k)
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
    static const char OPEN[] = "\xe2\x80\x9c", CLOSE[] = "\xe2\x80\x9d"; /* “ ” */
    int quoted = 0;
    for (size_t i = q + k; i < p; i++) {
        if (t.s[i] == '"')
            quoted = !quoted;
        else if (i + 3 <= t.n && memcmp(t.s + i, OPEN, 3) == 0)
            quoted = 1;
        else if (i + 3 <= t.n && memcmp(t.s + i, CLOSE, 3) == 0 && !quoted)
            return 0; /* the name was inside the title */
        else if (i + 3 <= t.n && memcmp(t.s + i, CLOSE, 3) == 0)
            quoted = 0;
        else if (!quoted && (t.s[i] == ',' || t.s[i] == ';' || scan_prefix_any(t, i, SENTENCE_ENDS)))
            return 0;
    }
    return !quoted;
}

static enum organ organ_in_sentence_of(struct ctx *c, size_t p, int councils_only)
{
    struct text t = c->t;
    size_t lo = p > ORGAN_REACH ? p - ORGAN_REACH : 0;
    for (size_t q = p; q-- > lo;) {
        if (((unsigned char)t.s[q] & 0xC0) == 0x80)
            continue;
        if (!councils_only && other_owner_at(c, q, p))
            return ORGAN_OTHER;
        if (!scan_filter_may(c->L->organ_filter, t, q))
            continue;
        if (scan_prefix_any(t, q, SENTENCE_ENDS))
            break;
        for (const struct organ_name *on = c->L->organs_before; on && on->text; on++) {
            size_t k;
            /* "the Commission" far before the keyword need not own it */
            if (on->organ == ORGAN_SELF || on->organ == ORGAN_OTHER ||
                (councils_only && on->organ == ORGAN_GA) ||
                (on->text[0] && t.s[q] != on->text[0]) || !(k = scan_word(t, q, on->text)) ||
                in_topic(c, q) || scan_cp_back(t, q) == 0x300A /* 《大会正式记录》: a title */)
                continue;
            if (on->organ != ORGAN_SELF_COUNCIL)
                return on->organ;
            if (!councils_only && the_council_alone(c, q, k))
                return c->in->doc_organ;
        }
    }
    return ORGAN_NONE;
}

static enum organ organ_in_sentence(struct ctx *c, size_t p)
{
    return organ_in_sentence_of(c, p, 0);
}

enum { CHAIN_REACH = 400 }; /* bytes from a list to the next one that takes its organ */

static size_t keyword_at(struct ctx *c, size_t p, int *self);

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
static enum organ chain_organ(struct ctx *c, size_t p)
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
static enum organ council_self(struct ctx *c, size_t p)
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
static int guess_fits(struct ctx *c, enum organ o)
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
        size_t ostart = p;
        enum organ o = between != ORGAN_NONE ? between
                                             : organ_before(c, scan_space_back(t, p), &ostart);
        enum organ subject;
        if (o == ORGAN_SELF && end && (subject = subject_after(c, end)) != ORGAN_NONE)
            o = subject;
        if (o == ORGAN_NONE)
            o = organ_after(c, end ? skip_date(c, end) : p + k);
        if (o == ORGAN_NONE && self) {
            o = organ_via_bridge(c, p, &ostart);
            if (o == ORGAN_NONE) /* a masculine "its" (ar "قراره") need not be a council's */
                o = self == 2 ? ORGAN_GA : own_organ(council_self(c, p));
        }
        if (o == ORGAN_SELF_COUNCIL)
            o = council_self(c, p);
        if (o == ORGAN_NONE && end)
            o = chain_organ(c, p);
        int guessed = o == ORGAN_NONE;
        if (o == ORGAN_NONE && !guess_fits(c, o = organ_in_sentence(c, p)))
            o = ORGAN_NONE;
        if (o != ORGAN_NONE) /* a council not named carries as the text's own organ */
            spans_add(&c->organ_at, p, (size_t)own_organ(o));
        else if (c->organ_at.n && p - c->organ_at.v[c->organ_at.n - 1][0] < ORGAN_REACH &&
                 guess_fits(c, (enum organ)c->organ_at.v[c->organ_at.n - 1][1]))
            o = (enum organ)c->organ_at.v[c->organ_at.n - 1][1];
        c->organ_guessed = guessed && o != ORGAN_NONE;
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
        for (const char *const *ph = L->established; first && ph && *ph; ph++) {
            es = scan_word_back(t, eb, *ph);
            if (es != (size_t)-1 && eb - es > ek) {
                ek = eb - es;
                const struct body_noun *bn = NULL;
                size_t ne = scan_space_back(t, es);
                if (ne > 0 && t.s[ne - 1] == ',') /* "Группы, учрежденной резолюцией" */
                    ne--;
                size_t ns = noun_before(c, ne, &bn);
                if (ns != (size_t)-1) {
                    add_established(c, ns, ne, bn, first);
                    break;
                }
            }
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

/* The organ a report is submitted to right after a zh list ending at k: "根据第34/24、40/20
 * 和46/17号决议向人权理事会提交的报告" (the resolutions that asked for it: the Council's); or
 * ORGAN_NONE. */
static enum organ organ_addressed_zh(struct ctx *c, size_t k)
{
    size_t oe, ki = scan_any(c->t, k, c->L->addressed_intro, NULL);
    if (!ki)
        return ORGAN_NONE;
    enum organ o = organ_name_at(c, k + ki, 0, &oe);
    if (o == ORGAN_NONE || o == ORGAN_SELF_COUNCIL || !scan_any(c->t, oe, c->L->addressed_verb, NULL))
        return ORGAN_NONE;
    return o;
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
        if (!k) {
            size_t os = start;
            organ_before(c, skip_zh_date_back(c->L, t, start), &os);
            if (!keyword_borrowed(c, os)) {
                next = end; /* every later start in this list ends at the same place */
                continue;
            }
            kend = end;
        }
        size_t ostart = start;
        enum organ o = organ_before(c, skip_zh_date_back(c->L, t, start), &ostart);
        if (o == ORGAN_SELF_COUNCIL)
            o = council_self(c, start);
        if (o == ORGAN_NONE) {
            ostart = start;
            o = chain_organ(c, start);
        }
        if (o == ORGAN_NONE && (o = organ_in_sentence(c, start)) == ORGAN_ECOSOC &&
            c->in->doc_organ == ORGAN_HRC && other_body_before_ecosoc(c, start))
            o = ORGAN_OTHER;
        if (o == ORGAN_NONE)
            o = organ_addressed_zh(c, kend);
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

/* Written-out symbols: S/RES/1373 (2001), A/RES/60/288, A/HRC/RES/5/1, E/RES/1996/31. */
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
    static const char *const heads[] = {"s/res/", "a/res/", "a/hrc/res/", "e/res/"};
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
                memmem(t.s + prev, start - prev, ". ", 2) || memmem(t.s + prev, start - prev, "。", 3))
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

/* The organ of a bare reference at p: the organ named last before it (within twice
 * ORGAN_REACH), else the list it goes on (chain_organ), else the document's. */
static enum organ bare_organ(struct ctx *c, size_t p)
{
    for (size_t i = c->organ_at.n; i-- > 0;)
        if (c->organ_at.v[i][0] < p) {
            if (p - c->organ_at.v[i][0] < 2 * ORGAN_REACH)
                return (enum organ)c->organ_at.v[i][1];
            break;
        }
    enum organ o = chain_organ(c, p);
    if (o != ORGAN_NONE)
        return o;
    return c->in->doc_organ == ORGAN_HRC ? ORGAN_HRC : ORGAN_GA;
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

/* The organ named as the subject of a relative clause right after a reference ending at
 * e: "…, and 60/251 of 15 March 2006, in which the Assembly established the Human Rights
 * Council", ru "52/136 от 12 декабря 1997 года, в которой Ассамблея подтвердила"; or
 * ORGAN_NONE. */
static enum organ relative_subject(struct ctx *c, size_t e)
{
    struct text t = c->t;
    size_t q = skip_item_tail(c, e), k, oe;
    if (q < t.n && t.s[q] == ',')
        q++;
    q = scan_space(t, q);
    if (!(k = scan_any(t, q, c->L->relative_intros, NULL)))
        return ORGAN_NONE;
    q = scan_space(t, q + k);
    if ((k = scan_any(t, q, c->any->articles, NULL)))
        q = scan_space(t, q + k);
    enum organ o = organ_name_at(c, q, 0, &oe);
    return o == ORGAN_SELF_COUNCIL ? ORGAN_NONE : o;
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
    enum organ last_organ = ORGAN_NONE;
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
            /* in the organ last named before it */
            enum organ rel = relative_subject(c, e);
            o = bare_organ(c, p);
            if (cont_bare && !cont_claimed && last_organ != ORGAN_NONE)
                o = last_organ;
            if (rel != ORGAN_NONE)
                o = rel;
            o = item_organ(c, &it, o);
        } else {
            continue;
        }
        c->nitems = 0;
        push_item(c, &it);
        size_t n0 = c->out->n;
        emit_items(c, o, NULL);
        if (c->out->n > n0) {
            last_end = e;
            last_organ = o;
        }
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
}
