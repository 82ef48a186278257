/* numbering: the UN's numbering facts from data/numbering.tsv (see numbering.h). */
#include "numbering.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

enum { NORGANS = 5, NSERIES = 3 * NORGANS, MAX_ROWS = 4096 };
enum { LAST_NEXT = 0, LAST_OPEN = -1 }; /* LAST column: '-', 'open' */

struct session_row {
    int year, month, last; /* last: a year, LAST_NEXT or LAST_OPEN */
};

struct series {
    struct session_row *rows; /* rows[i]: session i + 1 */
    int n;
    int per_year, slack; /* past the table */
    long first_slash;
    int ended; /* regular series: the last year of resolutions, 0 when none is known */
};

struct roman_pair {
    int num, session;
};

struct table {
    struct series s[NSERIES];
    int *sc_first; /* sc_first[i]: first resolution of sc_year0 + i */
    int sc_n, sc_year0, sc_rate;
    struct roman_pair *roman[2]; /* GA, ECOSOC */
    int nroman[2];
};

static struct table builtin, *T;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static int organ_index(const char *s)
{
    static const char *const names[NORGANS] = {"GA", "HRC", "ECOSOC", "CHR", "SUBCOM"};
    for (int i = 0; i < NORGANS; i++)
        if (strcmp(s, names[i]) == 0)
            return i;
    return -1;
}

static int kind_index(const char *s)
{
    return strcmp(s, "regular") == 0     ? SESS_REGULAR
           : strcmp(s, "special") == 0   ? SESS_SPECIAL
           : strcmp(s, "emergency") == 0 ? SESS_EMERGENCY
                                         : -1;
}

static struct series *series_of(struct table *t, enum organ o, enum session_kind k)
{
    int i = o == ORGAN_GA       ? 0
            : o == ORGAN_HRC    ? 1
            : o == ORGAN_ECOSOC ? 2
            : o == ORGAN_CHR    ? 3
            : o == ORGAN_SUBCOM ? 4
                                : -1;
    return i < 0 ? NULL : &t->s[i * 3 + (int)k];
}

/* A whole decimal number in [lo, hi]; -1 when s is not one. */
static long num_field(const char *s, long lo, long hi)
{
    char *end;
    if (!s[0] || s[0] < '0' || s[0] > '9')
        return -1;
    long v = strtol(s, &end, 10);
    return *end || v < lo || v > hi ? -1 : v;
}

static void table_free(struct table *t)
{
    for (int i = 0; i < NSERIES; i++)
        free(t->s[i].rows);
    free(t->sc_first);
    free(t->roman[0]);
    free(t->roman[1]);
    memset(t, 0, sizeof *t);
}

/* One row split into its TAB-separated fields (at most 8). */
static const char *row_error(struct table *t, char **f, int nf)
{
    int o, k;
    long v;
    if (strcmp(f[0], "session") == 0) {
        if (nf < 6 || (o = organ_index(f[1])) < 0 || (k = kind_index(f[2])) < 0)
            return "session row: want session ORGAN KIND NUMBER OPENED LAST SOURCE";
        struct series *s = &t->s[o * 3 + k];
        if ((v = num_field(f[3], 1, MAX_ROWS)) != s->n + 1)
            return "session row: sessions must be numbered 1, 2, 3, ... in order";
        struct session_row r = {0, 0, LAST_NEXT};
        char year[5] = {0};
        memcpy(year, f[4], strlen(f[4]) >= 4 ? 4 : strlen(f[4]));
        if ((r.year = (int)num_field(year, 1945, 9999)) < 0 ||
            (f[4][4] && (f[4][4] != '-' || (r.month = (int)num_field(f[4] + 5, 1, 12)) < 0)))
            return "session row: OPENED must be YYYY or YYYY-MM";
        if (s->n && (r.year < s->rows[s->n - 1].year))
            return "session row: a session cannot open before the one before it";
        if (strcmp(f[5], "open") == 0)
            r.last = LAST_OPEN;
        else if (strcmp(f[5], "-") != 0 && (r.last = (int)num_field(f[5], r.year, 9999)) < 0)
            return "session row: LAST must be '-', 'open' or a year not before OPENED";
        xgrow((void **)&s->rows, &(size_t){(size_t)s->n}, (size_t)s->n + 1, sizeof *s->rows);
        s->rows[s->n++] = r;
    } else if (strcmp(f[0], "rate") == 0) {
        long slack;
        if (nf < 5 || (o = organ_index(f[1])) < 0 || (k = kind_index(f[2])) < 0 ||
            (v = num_field(f[3], 0, 100)) < 0 || (slack = num_field(f[4], 0, 100)) < 0)
            return "rate row: want rate ORGAN KIND PER_YEAR SLACK SOURCE";
        t->s[o * 3 + k].per_year = (int)v;
        t->s[o * 3 + k].slack = (int)slack;
    } else if (strcmp(f[0], "slash") == 0) {
        if (nf < 4 || (o = organ_index(f[1])) < 0 || (k = kind_index(f[2])) < 0 ||
            (v = num_field(f[3], 1, 9999)) < 0)
            return "slash row: want slash ORGAN KIND FROM SOURCE";
        t->s[o * 3 + k].first_slash = v;
    } else if (strcmp(f[0], "ended") == 0) {
        if (nf < 3 || (o = organ_index(f[1])) < 0 || (v = num_field(f[2], 1946, 9999)) < 0)
            return "ended row: want ended ORGAN YEAR SOURCE";
        t->s[o * 3].ended = (int)v;
    } else if (strcmp(f[0], "sc") == 0) {
        long first;
        if (nf < 3 || (v = num_field(f[1], 1946, 9999)) < 0 ||
            (first = num_field(f[2], 1, 999999)) < 0)
            return "sc row: want sc YEAR FIRST SOURCE";
        if (t->sc_n ? v != t->sc_year0 + t->sc_n || first <= t->sc_first[t->sc_n - 1] : first != 1)
            return "sc row: years must follow each other from the first resolution, numbers rise";
        if (!t->sc_n)
            t->sc_year0 = (int)v;
        xgrow((void **)&t->sc_first, &(size_t){(size_t)t->sc_n}, (size_t)t->sc_n + 1,
              sizeof *t->sc_first);
        t->sc_first[t->sc_n++] = (int)first;
    } else if (strcmp(f[0], "sc-rate") == 0) {
        if (nf < 2 || (v = num_field(f[1], 1, 10000)) < 0)
            return "sc-rate row: want sc-rate MAX_PER_YEAR SOURCE";
        t->sc_rate = (int)v;
    } else if (strcmp(f[0], "roman") == 0) {
        long session;
        o = organ_index(f[1]);
        if (nf < 4 || (o != 0 && o != 2) || (v = num_field(f[2], 1, 99999)) < 0 ||
            (session = num_field(f[3], 1, 99)) < 0)
            return "roman row: want roman GA|ECOSOC NUMBER SESSION SOURCE";
        int r = o == 0 ? 0 : 1;
        xgrow((void **)&t->roman[r], &(size_t){(size_t)t->nroman[r]}, (size_t)t->nroman[r] + 1,
              sizeof *t->roman[r]);
        t->roman[r][t->nroman[r]++] = (struct roman_pair){(int)v, (int)session};
    } else {
        return "unknown row kind (want session, rate, slash, ended, sc, sc-rate or roman)";
    }
    return NULL;
}

/* On error: 0, *line (0 when about no line) and *why. */
static int parse(struct table *t, const char *text, size_t n, long *line_out, const char **why_out)
{
    memset(t, 0, sizeof *t);
    long line = 0;
    for (size_t p = 0; p < n;) {
        const char *nl = memchr(text + p, '\n', n - p);
        size_t e = nl ? (size_t)(nl - text) : n;
        line++;
        if (e > p && text[p] != '#') {
            char *buf = xmalloc(e - p + 1), *f[8];
            memcpy(buf, text + p, e - p);
            buf[e - p] = 0;
            int nf = 0;
            for (char *q = buf; nf < 8;) {
                f[nf++] = q;
                char *tab = strchr(q, '\t');
                if (!tab)
                    break;
                *tab = 0;
                q = tab + 1;
            }
            const char *why = row_error(t, f, nf);
            free(buf);
            if (why) {
                *line_out = line;
                *why_out = why;
                table_free(t);
                return 0;
            }
        }
        p = e + 1;
    }
    if (!t->sc_n || !t->s[0].n || !t->s[3].n) {
        *line_out = 0;
        *why_out = "no sc rows, or no Assembly or Human Rights Council sessions";
        table_free(t);
        return 0;
    }
    return 1;
}

extern unsigned char numbering_tsv[];
extern unsigned int numbering_tsv_len;

static void load_builtin(void)
{
    long line;
    const char *why;
    if (!parse(&builtin, (const char *)numbering_tsv, numbering_tsv_len, &line, &why)) {
        fprintf(stderr, "unxref: data/numbering.tsv:%ld: %s\n", line, why);
        abort(); /* the built-in table is checked by the unit tests */
    }
    T = &builtin;
}

static const struct table *table(void)
{
    pthread_once(&once, load_builtin);
    return T;
}

int numbering_load(const char *text, size_t n, long *line, const char **why)
{
    static struct table loaded;
    struct table t;
    table();
    if (!parse(&t, text, n, line, why))
        return 0;
    if (T == &loaded)
        table_free(&loaded);
    loaded = t;
    T = &loaded;
    return 1;
}

int numbering_last_year(void)
{
    const struct table *t = table();
    return t->sc_year0 + t->sc_n - 1;
}

int numbering_within_margin(long year)
{
    const struct series *ga = &table()->s[0];
    return year <= numbering_last_year() + (ga->per_year ? ga->slack / ga->per_year : 0);
}

/* The opening (year, month) of session s of series sr, extrapolated past its last row at
 * its rate from the table's last year (special sessions: see session_year); 0 when
 * unknown. */
static struct session_row row_of(const struct series *sr, long s)
{
    struct session_row r = {0, 0, LAST_NEXT};
    if (s < 1 || !sr || !sr->n)
        return r;
    if (s <= sr->n)
        return sr->rows[s - 1];
    if (!sr->per_year)
        return r;
    const struct session_row *last = &sr->rows[sr->n - 1];
    long k = s - sr->n, y = numbering_last_year();
    if ((sr - T->s) % 3 != SESS_REGULAR) {
        /* a special session past the table: opened the year after it at the earliest,
         * and any later date fits */
        r.year = (int)y + 1;
        r.last = LAST_OPEN;
        return r;
    }
    r.year = (int)(y + (k + sr->per_year - 1) / sr->per_year);
    r.month = last->last == LAST_NEXT ? last->month : 0;
    r.last = last->last == LAST_NEXT ? LAST_NEXT : r.year;
    return r;
}

int session_year(enum organ organ, enum session_kind k, long session)
{
    return row_of(series_of((struct table *)table(), organ, k), session).year;
}

int session_fits_date(enum organ organ, enum session_kind k, long session, long year, int month)
{
    const struct series *sr = series_of((struct table *)table(), organ, k);
    struct session_row r = row_of(sr, session);
    if (!r.year || year < r.year)
        return 0;
    if (r.last == LAST_OPEN)
        return 1;
    if (r.last != LAST_NEXT)
        return year <= r.last;
    /* the 76th session: September 2021 to September 2022; a month other than September
     * leaves one of the two years */
    struct session_row next = row_of(sr, session + 1);
    int m0 = r.month ? r.month : 1, m1 = next.month ? next.month : 12;
    if (!next.year)
        return 1;
    return (year == r.year && (month == 0 || month >= m0) && year < next.year) ||
           (year == r.year && year == next.year) || (year > r.year && year < next.year) ||
           (year == next.year && year > r.year && month <= m1);
}

long sessions_by(enum organ organ, enum session_kind k, long horizon, int slack)
{
    const struct series *sr = series_of((struct table *)table(), organ, k);
    if (!sr || !sr->n)
        return 0;
    long last_year = numbering_last_year(), n = 0;
    if (horizon >= last_year)
        n = sr->n + (long)sr->per_year * (horizon - last_year);
    else
        while (n < sr->n && sr->rows[n].year <= horizon)
            n++;
    return n + (slack ? sr->slack : 0);
}

long first_slash_session(enum organ organ, enum session_kind k)
{
    const struct series *sr = series_of((struct table *)table(), organ, k);
    return sr ? sr->first_slash : 0;
}

int year_series_fits(enum organ o, long year)
{
    if (!organ_year_numbered(o))
        return 0; /* the others number session/number */
    const struct series *sr = series_of((struct table *)table(), o, SESS_REGULAR);
    return sr && sr->first_slash && year_plausible(year) && year >= sr->first_slash &&
           (!sr->ended || year <= sr->ended);
}

int sc_number_fits_year(long num, long year)
{
    enum { SLACK = 5, LAST_YEAR_SPAN = 120 };
    const struct table *t = table();
    long n = t->sc_n;
    if (num <= 0 || year < t->sc_year0)
        return 0;
    long i = year - t->sc_year0;
    if (i >= n) /* after the table: only numbers after its last year */
        return num >= t->sc_first[n - 1] - SLACK &&
               num < t->sc_first[n - 1] + (long)t->sc_rate * (i - n + 2);
    long lo = t->sc_first[i] - SLACK;
    long hi = i + 1 < n ? t->sc_first[i + 1] - 1 + SLACK : t->sc_first[i] + LAST_YEAR_SPAN;
    return num >= lo && num <= hi;
}

int sc_number_known(long num)
{
    const struct table *t = table();
    return num > 0 && num < t->sc_first[t->sc_n - 1];
}

int sc_year_of_number(long num, long horizon)
{
    const struct table *t = table();
    long n = t->sc_n, last = t->sc_first[n - 1];
    if (num <= 0)
        return 0;
    if (num >= last) {
        long last_year = t->sc_year0 + n - 1;
        if (horizon < last_year)
            horizon = last_year;
        if (num >= last + (long)t->sc_rate * (horizon - last_year + 1))
            return 0; /* more than the Council can have adopted by the horizon */
        /* past the table: the recent rate (the mean of its last five years) */
        long span = n > 5 ? 5 : n - 1;
        long rate = span ? (last - t->sc_first[n - 1 - span]) / span : t->sc_rate;
        long y = t->sc_year0 + n - 1 + (num - last) / (rate ? rate : 1);
        return (int)(y > horizon ? horizon : y);
    }
    long i = n - 1;
    while (i > 0 && t->sc_first[i] > num)
        i--;
    return (int)(t->sc_year0 + i);
}

int roman_number_fits(enum organ organ, long num, long session)
{
    const struct table *t = table();
    int r = organ == ORGAN_GA ? 0 : organ == ORGAN_ECOSOC ? 1 : -1;
    if (r < 0 || num < 1 || session < 1)
        return 0;
    /* the roman era: the sessions before the first "session/number" one, and (the
     * Assembly) no number after the last consecutive one */
    const struct series *sr = series_of((struct table *)t, organ, SESS_REGULAR);
    long last_session = organ == ORGAN_GA ? sr->first_slash - 1 : sr->n;
    long last_num = 0;
    for (int i = 0; i < t->nroman[r]; i++)
        if (t->roman[r][i].session == last_session && t->roman[r][i].num > last_num)
            last_num = t->roman[r][i].num;
    if (session > last_session || (organ == ORGAN_GA && num > last_num))
        return 0;
    for (int i = 0; i < t->nroman[r]; i++) {
        const struct roman_pair *a = &t->roman[r][i];
        if ((a->num <= num && a->session > session) || (a->num >= num && a->session < session))
            return 0;
    }
    return 1;
}
