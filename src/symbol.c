/* symbol: UN document symbols (see symbol.h). */
#include "symbol.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

int year_plausible(long y) { return y >= 1946 && y <= 2100; }

int session_fits_date(enum organ organ, long session, long year, int month)
{
    if (session <= 0)
        return 0;
    /* the 76th session: September 2021 to September 2022; a month other than September
     * leaves one of the two years */
    if (organ == ORGAN_GA)
        return (year == 1945 + session && (month == 0 || month >= 9)) ||
               (year == 1946 + session && month <= 9);
    if (organ == ORGAN_HRC) /* sessions 1-3 in 2006, 4-6 in 2007, … */
        return year == 2006 + (session - 1) / 3;
    return 0;
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
        return r->num > 100;
    case ORGAN_SC:
    case ORGAN_NONE:
        break;
    }
    return 0;
}

/* Number of the first Security Council resolution of each year from 1946, derived from
 * the resolutions and links of ../shared/corpus (UN Digital Library numbering). */
static const short sc_first[] = {
    1,    16,   38,   67,   79,   90,   97,   99,   104,  106,  111,  122,  127,  132,
    133,  161,  171,  178,  186,  200,  220,  233,  245,  263,  276,  292,  308,  325,
    345,  367,  385,  403,  423,  444,  462,  485,  500,  529,  546,  560,  581,  594,
    607,  627,  647,  684,  726,  800,  893,  970,  1036, 1093, 1147, 1220, 1285, 1335,
    1387, 1455, 1522, 1581, 1652, 1739, 1795, 1860, 1908, 1967, 2035, 2086, 2133, 2196,
    2261, 2337, 2398, 2452, 2504, 2561, 2618, 2672, 2722, 2767,
};

int sc_number_fits_year(long num, long year)
{
    enum { SLACK = 5, FIRST_YEAR = 1946 };
    long n = (long)(sizeof sc_first / sizeof *sc_first);
    if (num <= 0 || year < FIRST_YEAR)
        return 0;
    long i = year - FIRST_YEAR;
    if (i >= n) /* after the table: only numbers after its last year */
        return num >= sc_first[n - 1] - SLACK && num < sc_first[n - 1] + 80 * (i - n + 2);
    long lo = sc_first[i] - SLACK;
    long hi = i + 1 < n ? sc_first[i + 1] - 1 + SLACK : sc_first[i] + 120;
    return num >= lo && num <= hi;
}

/* Resolutions of the General Assembly (1946-1975, "1 (I)" to "3541 (XXX)") and of ECOSOC
 * (1946-1977, sessions I to LXIII) were numbered consecutively across sessions (UN
 * Dag Hammarskjöld Library research guide, research.un.org/en/docs/ga/resolutions: "the
 * first 3,541 resolutions were consecutively numbered, with the session indicated in
 * roman numerals"; ECOSOC's last roman sessions, the 62nd and 63rd, were in 1977, report
 * A/32/3). So a number fits a session only if no known resolution of a later session has
 * a smaller number and none of an earlier session a larger one. Known pairs: the Assembly's
 * from the texts of ../shared/corpus that name the organ ("General Assembly resolution
 * 2200 A (XXI)", "resolution 181 (II) of the General Assembly"; "2145 (XXII) of 27 October
 * 1966" in the OCR text of S/RES/264 (1969) contradicts the rest and its own date: XXI);
 * ECOSOC's from the corpus (155 C (VII), 2008 (LX)) and from UN texts citing them:
 * 663 C (XXIV) of 31 July 1957 and 2076 (LXII) of 13 May 1977 (Standard Minimum Rules for
 * the Treatment of Prisoners), 1296 (XLIV) of 23 May 1968, 1785 (LIV) of 18 May 1973. */
struct roman_pair {
    short num, session;
};
static const struct roman_pair ga_roman[] = {
    {1, 1},      {96, 1},     {181, 2},    {192, 3},    {302, 4},    {377, 5},
    {415, 5},    {918, 10},   {973, 10},   {1378, 14},  {1514, 15},  {1603, 15},
    {1803, 17},  {1881, 18},  {1970, 18},  {2145, 21},  {2200, 21},  {2324, 22},
    {2373, 22},  {2479, 23},  {2621, 25},  {2625, 25},  {2793, 26},  {2863, 26},
    {2993, 27},  {3016, 27},  {3166, 28},  {3190, 28},  {3212, 29},  {3314, 29},
    {3395, 30},  {3485, 30},  {3541, 30},
};
static const struct roman_pair ecosoc_roman[] = {
    {155, 7}, {663, 24}, {1296, 44}, {1785, 54}, {2008, 60}, {2076, 62},
};

int roman_number_fits(enum organ organ, long num, long session)
{
    const struct roman_pair *a = organ == ORGAN_GA ? ga_roman : ecosoc_roman;
    size_t n = organ == ORGAN_GA ? sizeof ga_roman / sizeof *ga_roman
                                 : sizeof ecosoc_roman / sizeof *ecosoc_roman;
    long last_session = organ == ORGAN_GA ? 30 : 63, last_num = organ == ORGAN_GA ? 3541 : 9999;
    if ((organ != ORGAN_GA && organ != ORGAN_ECOSOC) || num < 1 || num > last_num ||
        session < 1 || session > last_session)
        return 0;
    for (size_t i = 0; i < n; i++)
        if ((a[i].num <= num && a[i].session > session) ||
            (a[i].num >= num && a[i].session < session))
            return 0;
    return 1;
}

int sc_year_of_number(long num)
{
    long n = (long)(sizeof sc_first / sizeof *sc_first);
    if (num <= 0 || num >= sc_first[n - 1] + 200)
        return 0;
    long i = n - 1;
    while (i > 0 && sc_first[i] > num)
        i--;
    return (int)(1946 + i);
}

int roman_value(const char *s, size_t n)
{
    static const char *const ones[] = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
    static const char *const tens[] = {"", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx", "xc"};
    char low[16];
    if (n == 0 || n >= sizeof low)
        return 0;
    for (size_t i = 0; i < n; i++)
        low[i] = (char)tolower((unsigned char)s[i]);
    low[n] = 0;
    /* the tens are written with x, l, c and the ones with i, v: the split is where the
     * first i or v stands, and each half must be one of its table exactly */
    size_t k = strspn(low, "xlc");
    int t = -1, o = -1;
    for (int v = 0; v < 10; v++) {
        if (strlen(tens[v]) == k && strncmp(tens[v], low, k) == 0)
            t = v;
        if (strcmp(ones[v], low + k) == 0)
            o = v;
    }
    return t < 0 || o < 0 ? 0 : 10 * t + o;
}

void roman_format(int v, char *out)
{
    static const char *const ones[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    static const char *const tens[] = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
    if (v <= 0 || v >= 100) {
        out[0] = 0;
        return;
    }
    sprintf(out, "%s%s", tens[v / 10], ones[v % 10]);
}

static const char *session_prefix(enum session_kind k)
{
    return k == SESS_SPECIAL ? "S-" : k == SESS_EMERGENCY ? "ES-" : "";
}

size_t resref_symbol(const struct resref *r, char *out)
{
    char rom[16];
    const char *sp = session_prefix(r->skind);
    const char *series = r->organ == ORGAN_ECOSOC ? "E" : "A";
    out[0] = 0;
    if (r->num <= 0 || r->num > 99999)
        return 0;
    switch (r->organ) {
    case ORGAN_SC:
        if (!year_plausible(r->year) || r->roman || r->skind != SESS_REGULAR)
            return 0;
        return (size_t)snprintf(out, SYMBOL_MAX, "S/RES/%ld (%d)", r->num, r->year);
    case ORGAN_GA:
    case ORGAN_ECOSOC:
        if (r->roman) {
            roman_format(r->session, rom);
            if (!rom[0])
                return 0;
            return (size_t)snprintf(out, SYMBOL_MAX, "%s/RES/%ld (%s%s)", series, r->num, sp,
                                    rom);
        }
        if (r->organ == ORGAN_ECOSOC) {
            if (!year_plausible(r->year))
                return 0;
            return (size_t)snprintf(out, SYMBOL_MAX, "E/RES/%d/%ld", r->year, r->num);
        }
        if (r->session <= 0 || r->session > 200)
            return 0;
        return (size_t)snprintf(out, SYMBOL_MAX, "A/RES/%s%d/%ld", sp, r->session, r->num);
    case ORGAN_HRC:
        if (r->session <= 0 || r->session > 200 || r->roman || r->skind == SESS_EMERGENCY)
            return 0;
        return (size_t)snprintf(out, SYMBOL_MAX, "A/HRC/RES/%s%d/%ld", sp, r->session, r->num);
    case ORGAN_NONE:
        break;
    }
    return 0;
}

/* Case-insensitive prefix test against a lowercase literal. */
static size_t lit(const char *s, size_t n, const char *w)
{
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
    if (r->organ == ORGAN_ECOSOC)
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
                 {"e/res/", ORGAN_ECOSOC}};
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
    case ORGAN_ECOSOC:
        return r.year;
    case ORGAN_GA:
        /* Regular session N opens in September of 1945 + N; roman sessions likewise. */
        return 1945 + r.session;
    case ORGAN_HRC:
        /* Three sessions a year since 2006 (session 1 in June 2006). */
        return 2006 + (r.session - 1) / 3;
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
