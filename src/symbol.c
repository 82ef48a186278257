/* symbol: UN document symbols (see symbol.h). */
#include "symbol.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "numbering.h"
#include "util.h"

int year_plausible(long y) { return y >= 1946 && y <= 2100; }

const char *organ_code(enum organ o)
{
    static const char *const code[] = {[ORGAN_NONE] = "", [ORGAN_SC] = "SC", [ORGAN_GA] = "GA",
                                       [ORGAN_ECOSOC] = "ECOSOC", [ORGAN_HRC] = "HRC",
                                       [ORGAN_CHR] = "CHR", [ORGAN_SUBCOM] = "SUBCOM"};
    return (unsigned)o <= ORGAN_LAST ? code[o] : "";
}

int organ_year_numbered(enum organ o)
{
    return o == ORGAN_ECOSOC || o == ORGAN_CHR || o == ORGAN_SUBCOM;
}

int resref_decision_number(const struct resref *r)
{
    if (r->roman || r->skind != SESS_REGULAR)
        return 0;
    switch (r->organ) {
    case ORGAN_GA:
        return r->num > 400;
    case ORGAN_ECOSOC:
        return r->num > 200;
    case ORGAN_HRC:
    case ORGAN_CHR:    /* "decision 2005/113" */
    case ORGAN_SUBCOM: /* "decision 2005/101" */
        return r->num > 100;
    case ORGAN_SC:
    case ORGAN_NONE:
        break;
    }
    return 0;
}

/* The numerals of I to XCIX: tens then ones, each one of its table. */
static const char *const ROMAN_ONES[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
static const char *const ROMAN_TENS[] = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};

int roman_value(const char *s, size_t n)
{
    if (n == 0 || n >= 16)
        return 0;
    /* the tens are written with x, l, c and the ones with i, v: the split is where the
     * first i or v stands, and each half must be one of its table exactly */
    size_t k = 0;
    while (k < n && s[k] && strchr("xlcXLC", s[k]))
        k++;
    int t = -1, o = -1;
    for (int v = 0; v < 10; v++) {
        if (strlen(ROMAN_TENS[v]) == k && strncasecmp(ROMAN_TENS[v], s, k) == 0)
            t = v;
        if (strlen(ROMAN_ONES[v]) == n - k && strncasecmp(ROMAN_ONES[v], s + k, n - k) == 0)
            o = v;
    }
    return t < 0 || o < 0 ? 0 : 10 * t + o;
}

void roman_format(int v, char *out)
{
    if (v <= 0 || v >= 100) {
        out[0] = 0;
        return;
    }
    sprintf(out, "%s%s", ROMAN_TENS[v / 10], ROMAN_ONES[v % 10]);
}

static const char *session_prefix(enum session_kind k)
{
    return k == SESS_SPECIAL ? "S-" : k == SESS_EMERGENCY ? "ES-" : "";
}

/* The symbol built piece by piece (no printf: it runs for every reference read). The
 * pieces are bounded (a number of 5 digits at most, a year or session of 4, a numeral
 * of 15 bytes), far below SYMBOL_MAX. */
static size_t put_s(char *out, size_t k, const char *s)
{
    size_t n = strlen(s);
    memcpy(out + k, s, n + 1);
    return k + n;
}

static size_t put_n(char *out, size_t k, long v)
{
    char d[24];
    size_t n = 0;
    do
        d[n++] = (char)('0' + v % 10);
    while ((v /= 10) > 0);
    while (n)
        out[k++] = d[--n];
    out[k] = 0;
    return k;
}

size_t resref_symbol(const struct resref *r, char *out)
{
    char rom[16];
    const char *sp = session_prefix(r->skind);
    const char *series = r->organ == ORGAN_ECOSOC ? "E/RES/" : "A/RES/";
    size_t k;
    out[0] = 0;
    if (r->num <= 0 || r->num > 99999)
        return 0;
    switch (r->organ) {
    case ORGAN_SC: /* "S/RES/%ld (%d)" */
        if (!year_plausible(r->year) || r->roman || r->skind != SESS_REGULAR)
            return 0;
        k = put_n(out, put_s(out, 0, "S/RES/"), r->num);
        return put_s(out, put_n(out, put_s(out, k, " ("), r->year), ")");
    case ORGAN_GA:
    case ORGAN_ECOSOC:
        if (r->roman) { /* "%s/RES/%ld (%s%s)" */
            roman_format(r->session, rom);
            if (!rom[0])
                return 0;
            k = put_s(out, put_s(out, put_n(out, put_s(out, 0, series), r->num), " ("), sp);
            return put_s(out, put_s(out, k, rom), ")");
        }
        if (r->organ == ORGAN_ECOSOC) {
            /* year/number from 1978; before, "N (ROMAN)" (data/numbering.tsv) */
            if (!year_plausible(r->year) ||
                r->year < first_slash_session(ORGAN_ECOSOC, SESS_REGULAR))
                return 0;
            k = put_s(out, put_n(out, put_s(out, 0, "E/RES/"), r->year), "/");
            return put_n(out, k, r->num); /* "E/RES/%d/%ld" */
        }
        if (r->session <= 0 || r->session > 200)
            return 0;
        k = put_s(out, put_n(out, put_s(out, put_s(out, 0, "A/RES/"), sp), r->session), "/");
        return put_n(out, k, r->num); /* "A/RES/%s%d/%ld" */
    case ORGAN_HRC:
        if (r->session <= 0 || r->session > 200 || r->roman || r->skind == SESS_EMERGENCY)
            return 0;
        k = put_s(out, put_n(out, put_s(out, put_s(out, 0, "A/HRC/RES/"), sp), r->session), "/");
        return put_n(out, k, r->num); /* "A/HRC/RES/%s%d/%ld" */
    case ORGAN_CHR:
    case ORGAN_SUBCOM:
        /* year/number in the years data/numbering.tsv gives the series (the roman-era
         * "20 (XXXVI)" has no symbol of its own) */
        if (r->roman || r->skind != SESS_REGULAR || !year_series_fits(r->organ, r->year))
            return 0;
        k = put_s(out, 0, r->organ == ORGAN_SUBCOM ? "E/CN.4/Sub.2/RES/" : "E/CN.4/RES/");
        k = put_s(out, put_n(out, k, r->year), "/");
        return put_n(out, k, r->num); /* "E/CN.4/%sRES/%d/%ld" */
    case ORGAN_NONE:
        break;
    }
    return 0;
}

/* Case-insensitive prefix test against a lowercase literal. */
static size_t lit(const char *s, size_t n, const char *w)
{
    if (!n || tolower((unsigned char)s[0]) != w[0])
        return 0; /* most calls fail on the first byte */
    size_t k = strlen(w);
    if (k > n)
        return 0;
    for (size_t i = 0; i < k; i++)
        if (tolower((unsigned char)s[i]) != w[i])
            return 0;
    return k;
}

static size_t number(const char *s, size_t n, long *v)
{
    size_t i = 0;
    long x = 0;
    while (i < n && isdigit((unsigned char)s[i]) && i < 6)
        x = x * 10 + (s[i++] - '0');
    if (i == 0 || (i < n && isdigit((unsigned char)s[i])))
        return 0;
    *v = x;
    return i;
}

size_t session_kind_prefix(const char *s, size_t n, enum session_kind *k)
{
    size_t i;
    if ((i = lit(s, n, "es-"))) {
        *k = SESS_EMERGENCY;
        return i;
    }
    if ((i = lit(s, n, "s-"))) {
        *k = SESS_SPECIAL;
        return i;
    }
    *k = SESS_REGULAR;
    return 0;
}

/* "(YYYY)" or "([S-|ES-]ROMAN)" after optional spaces; returns bytes read. */
static size_t paren_year(const char *s, size_t n, struct resref *r)
{
    size_t i = 0;
    while (i < n && s[i] == ' ')
        i++;
    if (i >= n || s[i] != '(')
        return 0;
    i++;
    i += session_kind_prefix(s + i, n - i, &r->skind);
    size_t j = i;
    while (j < n && isalnum((unsigned char)s[j]))
        j++;
    if (j >= n || s[j] != ')' || j == i)
        return 0;
    long y;
    if (r->skind == SESS_REGULAR && number(s + i, j - i, &y) == j - i) {
        r->year = (int)y;
        return j + 1;
    }
    int v = roman_value(s + i, j - i);
    if (!v)
        return 0;
    r->session = v;
    r->roman = 1;
    return j + 1;
}

/* "[S-|ES-]N/M"; returns bytes read. */
static size_t slash_pair(const char *s, size_t n, struct resref *r)
{
    long a, b;
    size_t p = session_kind_prefix(s, n, &r->skind);
    size_t i = number(s + p, n - p, &a);
    if (!i || p + i >= n || s[p + i] != '/')
        return 0;
    size_t j = number(s + p + i + 1, n - p - i - 1, &b);
    if (!j)
        return 0;
    r->num = b;
    if (organ_year_numbered(r->organ))
        r->year = (int)a;
    else
        r->session = (int)a;
    return p + i + 1 + j;
}

static int symchar(int c) { return isalnum(c) || c == '.' || c == '-' || c == '/'; }

static size_t generic_symbol(const char *s, size_t n, char *out);

/* The resolution forms; 0 when s is not one of them. */
static size_t resolution_symbol(const char *s, size_t n, char *out, struct resref *ref)
{
    static const struct {
        const char *head;
        enum organ organ;
    } heads[] = {{"s/res/", ORGAN_SC}, {"a/hrc/res/", ORGAN_HRC}, {"a/res/", ORGAN_GA},
                 {"e/res/", ORGAN_ECOSOC}, {"e/cn.4/res/", ORGAN_CHR},
                 {"e/cn.4/sub.2/res/", ORGAN_SUBCOM}};
    out[0] = 0;
    for (size_t h = 0; h < sizeof heads / sizeof *heads; h++) {
        size_t i = lit(s, n, heads[h].head), k;
        if (!i)
            continue;
        struct resref r = {heads[h].organ, 0, 0, 0, 0, SESS_REGULAR};
        long num;
        size_t kp;
        if ((k = slash_pair(s + i, n - i, &r))) {
            i += k;
            /* a lettered part glued on, the UN's symbol of part B: "A/RES/75/290B" (the id
             * is the resolution's) */
            if (i < n && tolower((unsigned char)s[i]) >= 'a' && tolower((unsigned char)s[i]) <= 'h' &&
                (i + 1 == n || !symchar((unsigned char)s[i + 1]) || s[i + 1] == '.'))
                r.part = (char)toupper((unsigned char)s[i++]);
        } else if ((k = number(s + i, n - i, &num)) &&
                   (kp = paren_year(s + i + k, n - i - k, &r))) {
            r.num = num;
            i += k + kp;
        } else {
            return 0;
        }
        if (i < n && symchar((unsigned char)s[i]) && s[i] != '.')
            return 0;
        if (!resref_symbol(&r, out))
            return 0;
        if (ref)
            *ref = r;
        return i;
    }
    return 0;
}

size_t symbol_parse(const char *s, size_t n, char *out, struct resref *ref)
{
    size_t k = resolution_symbol(s, n, out, ref);
    if (k)
        return k;
    if (ref)
        *ref = (struct resref){0};
    return generic_symbol(s, n, out);
}

/* Any other symbol: series letters, then slash-separated parts, e.g. S/2023/212,
 * S/PRST/2011/16, A/78/456; at least one slash and one digit. */
static size_t generic_symbol(const char *s, size_t n, char *out)
{
    size_t i = 0;
    while (i < n && isalpha((unsigned char)s[i]))
        i++;
    if (i == 0 || i > 6 || i >= n || s[i] != '/')
        return 0;
    int digits = 0, slashes = 0;
    while (i < n && symchar((unsigned char)s[i])) {
        digits += isdigit((unsigned char)s[i]) != 0;
        slashes += s[i] == '/';
        i++;
    }
    while (i > 0 && (s[i - 1] == '.' || s[i - 1] == '-'))
        i--;
    if (!digits || !slashes || i >= SYMBOL_MAX || s[i - 1] == '/')
        return 0;
    for (size_t j = 0; j < i; j++)
        out[j] = (char)toupper((unsigned char)s[j]);
    out[i] = 0;
    return i;
}

enum organ symbol_organ(const char *sym)
{
    if (!sym)
        return ORGAN_NONE;
    if (strncmp(sym, "A/HRC/", 6) == 0)
        return ORGAN_HRC;
    if (strncasecmp(sym, "E/CN.4/Sub.2/", 13) == 0) /* "SUB.2" in a document's symbol */
        return ORGAN_SUBCOM;
    if (strncmp(sym, "E/CN.4/", 7) == 0)
        return ORGAN_CHR;
    if (strncmp(sym, "S/", 2) == 0)
        return ORGAN_SC;
    if (strncmp(sym, "A/", 2) == 0)
        return ORGAN_GA;
    if (strncmp(sym, "E/", 2) == 0)
        return ORGAN_ECOSOC;
    return ORGAN_NONE;
}

int symbol_year(const char *sym)
{
    struct resref r;
    char canon[SYMBOL_MAX];
    if (!sym || !symbol_parse(sym, strlen(sym), canon, &r))
        return 0;
    switch (r.organ) {
    case ORGAN_SC:
        return r.year;
    case ORGAN_ECOSOC: /* "1996/31"; "1296 (XLIV)": the year its session opened */
        return r.roman ? session_year(ORGAN_ECOSOC, SESS_REGULAR, r.session) : r.year;
    case ORGAN_CHR:
    case ORGAN_SUBCOM:
        return r.year;
    case ORGAN_GA:
    case ORGAN_HRC:
        /* the year the session opened (data/numbering.tsv): the 60th in September 2005,
         * the 14th special session in 1986, ES-11 in 2022 */
        return session_year(r.organ, r.skind, r.session);
    case ORGAN_NONE:
        break;
    }
    return 0;
}

void symbol_label(const char *sym, char *out, size_t cap)
{
    const char *p = sym;
    if (strncmp(sym, "S/RES/", 6) == 0 || strncmp(sym, "A/RES/", 6) == 0 ||
        strncmp(sym, "E/RES/", 6) == 0)
        p = sym + 6;
    else if (strncmp(sym, "A/HRC/RES/", 10) == 0)
        p = sym + 10;
    snprintf(out, cap, "%s", p);
}

void symbol_url(const char *symbol, const char *lang, struct buf *b)
{
    b->len = 0;
    buf_adds(b, "https://undocs.org/");
    if (lang)
        buf_printf(b, "%s/", lang);
    for (const char *p = symbol; *p; p++)
        if (*p != ' ')
            buf_addc(b, *p);
}
