/* refs_item: the forms of one resolution reference and of a list of them, as the text
 * writes them (see refs.c for the forms): numbers, years, sessions, lettered parts,
 * dates, footnote markers, pinpoints, and the list parse_list reads after a keyword. */
#include "refs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "normalize.h"
#include "numbering.h"
#include "refs_impl.h"
#include "util.h"

/* Facts that change with time come from data/numbering.tsv (numbering.h), up to the year
 * the text vouches for (ctx.horizon; a date after a reference moves it on: "Human Rights
 * Council resolution 61/1 of 3 April 2026"). */
/* Whether the organ had held `session` regular sessions by the horizon (with the date of
 * it, when it has one and the table alone says no); `slack`: the table's margin for a
 * number to read as a session at all ("150/1001" is none). */
int session_held(const struct ctx *c, const struct item *it, enum organ o,
                        long session, int slack)
{
    if (session <= sessions_by(o, SESS_REGULAR, c->horizon, slack))
        return 1;
    long y = it ? item_date_year(c, it) : 0;
    return y > c->horizon && session <= sessions_by(o, SESS_REGULAR, y, slack);
}

/* The most special sessions any organ has held (with the table's margin). */
long max_special(const struct ctx *c)
{
    long ga = sessions_by(ORGAN_GA, SESS_SPECIAL, c->horizon, 1);
    long hrc = sessions_by(ORGAN_HRC, SESS_SPECIAL, c->horizon, 1);
    return ga > hrc ? ga : hrc;
}

/* The Assembly's first "session/number" session (the 31st, 1976). */
long ga_first_slash(void) { return first_slash_session(ORGAN_GA, SESS_REGULAR); }

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
            (d = t.s[q] == '-') && /* an en dash too: folding made it '-' */
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

/* What may follow the last lettered part of a slash-form reference ("76/247 A to C of
 * 24 December 2021"), so that "60/1 a new …" is not read as part A. */
int after_parts_ok(struct ctx *c, size_t q)
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
size_t skip_letters(struct ctx *c, size_t p, char *parts, size_t cap)
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
    if (r >= t.n || strchr(",;.)", t.s[r]) || scan_prefix_any(t, r, lang_any()->commas) ||
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

size_t parse_item(struct ctx *c, size_t p, struct item *it)
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
size_t skip_date_year(struct ctx *c, size_t p, long *year_out, int *month_out)
{
    struct text t = c->t;
    const struct lang *L = c->L;
    size_t q = p, k;
    long the_year = 0;
    int the_month = 0;
    if (!L->date_intro)
        return p;
    q += scan_prefix_any(t, q, L->commas); /* ar "و20/31، المؤرخ 23 آذار/مارس 2016" */
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

size_t skip_date(struct ctx *c, size_t p) { return skip_date_year(c, p, NULL, NULL); }

/* A date of numbers and units (L->date_units: year, month, day), zh "2005年7月29日", at p;
 * returns the position after it, or p. */
size_t skip_zh_date(const struct lang *L, struct text t, size_t p)
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
size_t skip_zh_date_back(const struct lang *L, struct text t, size_t p)
{
    size_t lo = p > 24 ? p - 24 : 0;
    for (size_t q = lo; q < p; q++)
        if (is_digit(scan_cp(t, q)) && !is_digit(scan_cp_back(t, q)) && skip_zh_date(L, t, q) == p)
            return q;
    return p;
}

void push_item(struct ctx *c, const struct item *it)
{
    xgrow((void **)&c->items, &c->cap, c->nitems + 1, sizeof *c->items);
    c->items[c->nitems++] = *it;
}

/* A footnote marker glued to what ends at p ("号10 和", "(2015)3,"): the position
 * after it, or p. */
size_t skip_marker(struct text t, size_t p)
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
size_t item_start_back(struct ctx *c, size_t p)
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
struct text cut_glued_digit(struct text t, size_t p, size_t reach)
{
    size_t end = p + reach < t.n ? p + reach : t.n;
    for (size_t q = p + 1; q < end; q++)
        if (is_digit((unsigned char)t.s[q]) && cp_is_word(scan_cp_back(t, q)) &&
            !is_digit(scan_cp_back(t, q)))
            return (struct text){t.s, q};
    return t;
}

enum { TITLE_REACH = 400 }; /* bytes of a title in quotes after a reference */

/* A title in quotes after a reference, "entitled" before it or not: ru "71/19 «Сотрудничество
 * между …», 75/22 «…» и 77/20", fr "75/22, intitulée « Coopération … », et 77/20" — the
 * position after it (and its footnote marker), else p. */
static size_t skip_title(struct ctx *c, size_t p)
{
    const char *const *quotes = lang_any()->quotes; /* every language's: UN texts quote */
    struct text t = c->t;
    size_t q = scan_space(t, p), k;
    if (q < t.n && t.s[q] == ',') { /* after a comma, only with "entitled" */
        size_t r = scan_space(t, q + 1);
        if (!(k = scan_any(t, r, c->L->title_intros, NULL)))
            return p;
        q = scan_space(t, r + k);
    } else if ((k = scan_any(t, q, c->L->title_intros, NULL))) {
        q = scan_space(t, q + k);
    }
    size_t i, ol = scan_pair_at(t, q, quotes, 0, &i);
    if (!ol)
        return p;
    size_t cl = strlen(quotes[i + 1]);
    for (size_t e = q + ol; e + cl <= t.n && e < q + TITLE_REACH && t.s[e] != '\n'; e++)
        if (memcmp(t.s + e, quotes[i + 1], cl) == 0)
            return skip_marker(t, e + cl);
    return p;
}

/* What may follow a reference before the next one of its list: a date, pinpoints and a
 * footnote marker, the marker also before the date ("76/250(25) المؤرخ 20 …"). */
size_t skip_item_tail(struct ctx *c, size_t p)
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
    /* posts, offices and missions adopt no resolutions ("秘书长题为“…”的报告"), nor does the
     * Organization in its own name: its organs do ("联合国关于非殖民化的相关决议对其…的第1803
     * (XVII)号决议", "منظومة الأمم المتحدة وقرارها 51/242": the document's own organ's) */
    static const char *const non_adopting[] = {"post", "office", "mission", "organization", NULL};
    if (!k || strcmp(e->kind, "body") != 0)
        return 0;
    for (const char *const *ty = non_adopting; *ty; ty++)
        if (e->type && strcmp(e->type, *ty) == 0)
            return 0;
    for (const char *const *o = organs; *o; o++)
        if (strcmp(e->id, *o) == 0)
            return 0;
    /* a body the language names as an organ of a series of its own (the Commission on
     * Human Rights: "人权委员会关于…的第1993/51号决议") is that organ, no other body */
    for (const struct organ_name *on = c->L->organs_before; on && on->text; on++)
        if (on->organ != ORGAN_OTHER && on->organ != ORGAN_SELF &&
            on->organ != ORGAN_SELF_COUNCIL && scan_word(c->t, p, on->text) == k)
            return 0;
    return k;
}

/* The length of a word of the language that names another body without naming it ("the
 * Commission", "该委员会": ORGAN_OTHER in lang.organs_before) at p, or 0. */
size_t other_word_at(const struct ctx *c, size_t p)
{
    for (const struct organ_name *on = c->L->organs_before; on && on->text; on++) {
        size_t k;
        if (on->organ == ORGAN_OTHER && on->text[0] == c->t.s[p] &&
            (k = scan_word(c->t, p, on->text)))
            return k;
    }
    return 0;
}

enum { OTHER_NAME_MAX = 200 }; /* bytes of the longest body name looked for backwards */

size_t other_body_at(const struct ctx *c, size_t p)
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

/* The start of such a body whose name ends at b, or (size_t)-1: the first start within
 * OTHER_NAME_MAX bytes before b whose body (other_body_at) ends at b. The starts looked
 * at are those of the gazetteer's aliases of bodies with the last bytes of b
 * (gazetteer_body_ends), not every position before b. */
size_t other_body_before(const struct ctx *c, size_t b)
{
    size_t best = 0;
    if (!c->in->gaz || b == 0 || b > c->t.n)
        return (size_t)-1;
    struct gz_ends ends[8];
    unsigned nw = gazetteer_body_ends(c->in->gaz, c->t.s, b, ends);
    for (unsigned w = 0; w < nw; w++) {
        for (size_t i = 0; i < ends[w].n; i++) { /* longest first */
            size_t k = ends[w].v[i].len;
            if (k <= best)
                break;
            if (k > OTHER_NAME_MAX || k > b)
                continue;
            size_t p = b - k;
            /* the alias's first bytes there: most lengths are not it */
            if (k >= 8 &&
                scan_filter_bytes((const unsigned char *)c->t.s + p, 8) != ends[w].v[i].head)
                continue;
            if (((unsigned char)c->t.s[p] & 0xC0) != 0x80 && other_body_at(c, p) == k) {
                best = k;
                break;
            }
        }
    }
    return best ? b - best : (size_t)-1;
}

/* The longest organ name at p (no intro; "its" only when allow_self): its organ and
 * end, or ORGAN_NONE. */
enum organ organ_name_at(struct ctx *c, size_t p, int allow_self, size_t *end)
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
    if (o == ORGAN_OTHER) /* "la résolution 1998/72 de la Commission" */
        o = commission_meant(c, p);
    size_t m = other_body_at(c, p); /* "resolución 32/1 de la Comisión de Prevención …" */
    if (m > best)
        best = m, o = ORGAN_OTHER;
    *end = p + best;
    return o;
}

enum { ZH_TOPIC_REACH = 90 }; /* bytes of a zh topic between two items of a list */
enum { ZH_KEYWORD_TOPIC_REACH = 150 }; /* … between the last item and the keyword */

/* A zh topic "关于…的" at p, at most reach bytes long, after which what follows is a
 * keyword (want_keyword: the position after the keyword) or the next item of the list (a
 * date or "第": the position after the topic); else 0. */
static size_t zh_topic(struct ctx *c, size_t p, size_t reach, int want_keyword)
{
    struct text t = c->t;
    size_t k = scan_any(t, p, c->L->list_topic_intro, NULL), e, kw;
    if (!c->L->keyword_after || !k)
        return 0;
    for (size_t q = p + k; q < t.n && q < p + reach; q++) {
        if (scan_prefix_any(t, q, c->L->list_topic_stops))
            break;
        if (!(e = scan_any(t, q, c->L->list_topic_end, NULL)))
            continue;
        size_t r = q + e;
        if (want_keyword && (kw = scan_any(t, r, c->L->keywords, NULL)))
            return r + kw;
        if (!want_keyword && (skip_zh_date(c->L, t, r) > r || scan_prefix_any(t, r, c->L->item_prefix)))
            return r;
    }
    return 0;
}

/* A topic before the next item of a zh list, after its separator: "第66/288号以及关于文化
 * 与可持续发展的2013年12月20日第68/223号、…决议" (one list, one keyword): the position
 * after "关于…的" when a date or "第" follows, else p. */
static size_t skip_zh_topic(struct ctx *c, size_t p)
{
    size_t r = zh_topic(c, p, ZH_TOPIC_REACH, 0);
    return r ? r : p;
}

size_t keyword_after_topic(struct ctx *c, size_t p)
{
    return zh_topic(c, scan_space(c->t, p), ZH_KEYWORD_TOPIC_REACH, 1);
}

/* A list of references starting at p; fills c->items and returns the end of the last
 * one (with its suffix), or 0. */
size_t parse_list(struct ctx *c, size_t p)
{
    struct text t = c->t;
    struct item it;
    c->nitems = 0;
    size_t pos = parse_item(c, p, &it);
    if (!pos)
        return 0;
    push_item(c, &it);
    for (;;) {
        size_t after = skip_title(c, skip_item_tail(c, pos));
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
