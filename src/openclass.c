/* openclass: names of instruments and bodies outside the gazetteer, and their short forms
 * (see openclass.h). Every word is data: data/lang/<code>.open.tsv, compiled in (xxd -i),
 * one `class<TAB>word[<TAB>value]` a line; the grammar below only says how the classes
 * combine. docs/openclass.md describes the classes. */
#include "openclass.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "diag.h"
#include "lexicon.h"
#include "normalize.h"
#include "util.h"

enum { CASE_NONE, CASE_FIRST, CASE_ALL };
static const char *const case_names[] = {"none", "first", "all"};
enum { NAMES_ON, NAMES_REPEAT, NAMES_OFF };
static const char *const names_names[] = {"on", "repeat", "off"};

enum oc_class {
    C_INSTRUMENT, /* head nouns of instruments; value: the head class */
    C_BODY,       /* head nouns of bodies; value: the head class */
    C_WEAK,       /* heads that need two content words */
    C_BARE,       /* heads that take their complement without a link (ar construct state) */
    C_NEEDMOD,    /* heads that need a postmodifier before their link (ar "الاتفاقية الدولية") */
    C_YEARNAME,   /* heads named by a year after their link: "the Protocol of 1978" */
    C_PREMOD,     /* words before the head that belong to the name (zh: alone, no name) */
    C_POSTMOD,    /* words right after the head that belong to it (fr "internationale") */
    C_LINK,       /* head → complement: "on", "sur", "о", "بشأن" */
    C_FUNCTION,   /* complement words that are not content: "the", "de" */
    C_AND,        /* "and" inside a complement: "Production and Stockpiling of" */
    C_COMMA,      /* "," inside a complement: "Recruitment, Use, Financing and Training" */
    C_NOLINK,     /* head + link that start no name: "commission of" (a crime) */
    C_NOBEFORE,   /* a word before the head that makes it a common noun: "a", "such" */
    C_NOSTART,    /* a complement starting with it is no name's: "on its activities" */
    C_STOP,       /* words that end a complement: verbs, relatives */
    C_STOPSUFFIX, /* … and words ending so (ru infinitives "-ать"), when longer than it */
    C_MONTH,      /* a link + month or number is a date: the name ends before */
    C_START,      /* zh: where a name ending in a head starts (after it) */
    C_WEAKSTART,  /* zh: … unless an opener comes before it ("的") */
    C_OPENER,     /* zh: a name starts at it ("关于") */
    C_SHORT,      /* short forms; value: the head class */
    C_SHORT_PLURAL,
    C_NOTSHORT,   /* phrases that look like a short form and are none: "the treaty bodies" */
    C_CAPITAL,    /* a known body's common noun, its name where written with a capital
                     ("the Secretariat"); value: the gazetteer id (openclass_capital) */
    C_THERETO,    /* the instruments of the one named just before: "the Optional Protocols
                     thereto"; value: the English words of their names (openclass_thereto) */
    C_PLURAL,     /* a plural head shared by two coordinated names: "Offices"; value: its
                     singular (openclass_plural) */
    NCLASS
};
static const char *const class_names[NCLASS] = {
    "instrument", "body",     "weak",      "bare",   "needmod",  "yearname",   "premod", "postmod", "link",
    "function",   "and",      "comma",     "nolink", "nobefore", "nostart", "stop", "stopsuffix",  "month",
    "start",      "weakstart", "opener",   "short",  "short_plural", "notshort", "capital", "thereto", "plural"};

struct olist {
    const char **w; /* folded, NULL-terminated */
    const char **v; /* values (not folded), parallel */
    size_t n, cap;
};

struct oc_lang {
    const char *code;
    int head_last;   /* param order head-last: zh */
    int need_opener; /* param start opener: a head-last name starts at an opener only */
    int names[2];    /* params instruments, bodies: NAMES_ON (every name of the class the
                        grammar reads), NAMES_REPEAT (a name read twice in the text),
                        NAMES_OFF (none; short forms only) */
    int need_case;   /* param case: CASE_NONE (no capitals in the script), CASE_FIRST (the
                        name's first word), CASE_ALL (also every content word) */
    struct olist c[NCLASS];
    struct scan_filter heads, shorts; /* where a head (also behind a fused prefix) / a
                                         short form may start */
    struct scan_filter marks;         /* … a word of capital, thereto, plural */
    struct scan_filter *filter[NCLASS]; /* for the long lists the complement reads at every
                                           word: where an entry may start (NULL: none) */
};

/* data/lang/<code>.open.tsv, compiled in by the Makefile (build/openclass_data.c): one
 * table per file, the code from the file's name */
extern const struct lexicon_file openclass_files[];
static struct oc_lang *tables;
static size_t NOC;
static int load_errors;
static pthread_once_t load_once = PTHREAD_ONCE_INIT;

static char *fold_word(const char *s, size_t n)
{
    struct ntext t;
    struct norm_error err;
    if (normalize_text(s, n, 0, &t, &err) != NORM_OK)
        return NULL;
    char *f = xstrndup(t.s, t.len);
    ntext_release(&t);
    return f;
}

static void olist_add(struct olist *l, char *w, char *v)
{
    xgrow((void **)&l->w, &l->cap, l->n + 2, sizeof *l->w);
    l->v = xrealloc(l->v, l->cap * sizeof *l->v);
    l->w[l->n] = w;
    l->v[l->n] = v;
    l->n++;
    l->w[l->n] = NULL;
    l->v[l->n] = NULL;
}

static int load_line(struct oc_lang *o, const char *path, long ln, char *line)
{
    if (!*line || *line == '#')
        return 0;
    char *f[4] = {line, NULL, NULL, NULL};
    int nf = 1;
    for (char *p = line; *p && nf < 4; p++)
        if (*p == '\t') {
            *p = 0;
            f[nf++] = p + 1;
        }
    if (nf < 2 || !*f[1]) {
        diag_error(path, ln, "want class<TAB>word[<TAB>value]");
        return 1;
    }
    if (strcmp(f[0], "param") == 0) {
        if (nf == 3 && strcmp(f[1], "order") == 0 &&
            (strcmp(f[2], "head-first") == 0 || strcmp(f[2], "head-last") == 0)) {
            o->head_last = strcmp(f[2], "head-last") == 0;
            return 0;
        }
        if (nf == 3 && strcmp(f[1], "start") == 0 &&
            (strcmp(f[2], "opener") == 0 || strcmp(f[2], "any") == 0)) {
            o->need_opener = strcmp(f[2], "opener") == 0;
            return 0;
        }
        for (int k = CASE_NONE; nf == 3 && strcmp(f[1], "case") == 0 && k <= CASE_ALL; k++)
            if (strcmp(f[2], case_names[k]) == 0) {
                o->need_case = k;
                return 0;
            }
        int which = strcmp(f[1], "instruments") == 0 ? 0 : strcmp(f[1], "bodies") == 0 ? 1 : -1;
        for (int k = NAMES_ON; nf == 3 && which >= 0 && k <= NAMES_OFF; k++)
            if (strcmp(f[2], names_names[k]) == 0) {
                o->names[which] = k;
                return 0;
            }
        diag_error(path, ln,
                   "unknown param '%s' (want order head-first|head-last, start opener|any, "
                   "case none|first|all, instruments|bodies on|repeat|off)",
                   f[1]);
        return 1;
    }
    for (int c = 0; c < NCLASS; c++)
        if (strcmp(f[0], class_names[c]) == 0) {
            char *w = fold_word(f[1], strlen(f[1]));
            if (!w || !*w) {
                free(w);
                diag_error(path, ln, "word '%s' is empty once folded", f[1]);
                return 1;
            }
            if ((c == C_INSTRUMENT || c == C_BODY || c == C_SHORT || c == C_SHORT_PLURAL ||
                 c == C_CAPITAL || c == C_THERETO || c == C_PLURAL) &&
                nf < 3) {
                free(w);
                diag_error(path, ln, "class %s wants a value (%s)", f[0],
                           c == C_CAPITAL    ? "a gazetteer id"
                           : c == C_THERETO ? "the words of the names"
                           : c == C_PLURAL  ? "the singular"
                                            : "the head class");
                return 1;
            }
            /* a plural's singular is text to look up, folded like the text */
            char *v = nf < 3 ? NULL : c == C_PLURAL ? fold_word(f[2], strlen(f[2])) : xstrdup(f[2]);
            if (nf >= 3 && !v) {
                free(w);
                diag_error(path, ln, "value '%s' is empty once folded", f[2]);
                return 1;
            }
            olist_add(&o->c[c], w, v);
            return 0;
        }
    diag_error(path, ln, "unknown class '%s'", f[0]);
    return 1;
}

/* The heads and short forms, and each behind each fused prefix (ar "والاتفاقية"). */
static void add_filter(struct scan_filter *f, const char *const *list, const struct lang *L)
{
    scan_filter_add(f, list);
    for (const char *const *pre = L ? L->word_prefixes : NULL; pre && *pre; pre++)
        for (size_t j = 0; list && list[j]; j++) {
            char *both = xmalloc(strlen(*pre) + strlen(list[j]) + 1);
            strcpy(both, *pre);
            strcat(both, list[j]);
            const char *const one[] = {both, NULL};
            scan_filter_add(f, one);
            free(both);
        }
}

static void load_all(void)
{
    while (openclass_files[NOC].path)
        NOC++;
    tables = xcalloc(NOC + 1, sizeof *tables);
    for (size_t i = 0; i < NOC; i++) {
        struct oc_lang *o = &tables[i];
        const char *path = openclass_files[i].path, *base = strrchr(path, '/');
        base = base ? base + 1 : path;
        o->code = xstrndup(base, strcspn(base, "."));
        char *text = xstrndup((const char *)openclass_files[i].data, *openclass_files[i].len);
        long ln = 0;
        for (char *line = text, *nl; line && *line; line = nl) {
            nl = strchr(line, '\n');
            if (nl)
                *nl++ = 0;
            ln++;
            load_errors += load_line(o, path, ln, line);
        }
        free(text);
        for (int c = 0; c < NCLASS; c++)
            if (!o->c[c].w)
                olist_add(&o->c[c], NULL, NULL), o->c[c].n = 0;
        const struct lang *L = lang_get(o->code);
        scan_filter_init(&o->heads);
        add_filter(&o->heads, o->c[C_INSTRUMENT].w, L);
        add_filter(&o->heads, o->c[C_BODY].w, L);
        static const int filtered[] = {C_STOP,     C_FUNCTION, C_LINK,    C_MONTH,
                                       C_PREMOD,   C_POSTMOD,  C_NOSTART, C_NOBEFORE};
        for (size_t k = 0; k < sizeof filtered / sizeof *filtered; k++) {
            struct scan_filter *f = xmalloc(sizeof *f);
            scan_filter_init(f);
            scan_filter_add(f, o->c[filtered[k]].w);
            o->filter[filtered[k]] = f;
        }
        scan_filter_init(&o->marks);
        scan_filter_add(&o->marks, o->c[C_CAPITAL].w);
        scan_filter_add(&o->marks, o->c[C_THERETO].w);
        scan_filter_add(&o->marks, o->c[C_PLURAL].w);
        scan_filter_init(&o->shorts);
        add_filter(&o->shorts, o->c[C_SHORT].w, NULL);
        add_filter(&o->shorts, o->c[C_SHORT_PLURAL].w, NULL);
    }
}

static const struct oc_lang *oc_get(const char *code)
{
    pthread_once(&load_once, load_all);
    for (size_t i = 0; i < NOC; i++)
        if (strcmp(tables[i].code, code) == 0)
            return &tables[i];
    return NULL;
}

int openclass_check(void)
{
    pthread_once(&load_once, load_all);
    return load_errors;
}

/* ---- the text ---- */

static size_t any(const struct oc_lang *o, int c, struct text t, size_t p, size_t *which)
{
    if (!o->c[c].n || (o->filter[c] && !scan_filter_may(o->filter[c], t, p)))
        return 0;
    return scan_any(t, p, o->c[c].w, which);
}

static int apostrophe(struct text t, size_t p)
{
    return t.s[p] == '\'' || (p + 3 <= t.n && memcmp(t.s + p, "\xe2\x80\x99", 3) == 0);
}

/* Past spaces and apostrophes ("Peoples' Rights", "d'action"). */
static size_t gap(struct text t, size_t p)
{
    while (p < t.n && (t.s[p] == ' ' || apostrophe(t, p)))
        p += t.s[p] == ' ' || t.s[p] == '\'' ? 1 : 3;
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
static size_t is_class(const struct oc_lang *o, int c, struct text t, size_t p)
{
    return any(o, c, t, p, NULL);
}

/* Mentions of conventions and bodies, by where they start, for the look-ups of the
 * grammar (what is claimed at p, what ends just before p). */
struct named {
    size_t *by_start, *by_end, n;
    const struct mentions *of;
    unsigned char *drop;
    const char **eng; /* per mention: first_class of its English name, NULL until asked */
    const struct source_case *cs;
    int capitals; /* capitalized content words the last complement read */
};

/* The original character of folded byte p is a capital. */
static int capital(const struct named *nm, size_t p)
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
static int sentence_start(struct text t, size_t p)
{
    while (p > 0) {
        unsigned char b = (unsigned char)t.s[p - 1];
        if (b == '.' || b == '!' || b == '?' || b == ':' || b == ';')
            return 1;
        if (b != ' ' && b != '(' && b != ')' && !(b >= '0' && b <= '9') && b != '"')
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

static void named_init(struct named *nm, const struct mentions *out)
{
    nm->of = out;
    nm->n = 0;
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

static void named_release(struct named *nm)
{
    free(nm->by_start);
    free(nm->by_end);
    free(nm->drop);
    free(nm->eng);
}

/* First index of a (sorted by key) with key >= x. */
static size_t lower(const struct named *nm, const size_t *a, int by_end, size_t x)
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
    size_t i = lower(nm, a, by_end, p);
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
        size_t k = any(o, c, t, p, which);
        if (k) {
            *cls = c;
            return k;
        }
    }
    for (const char *const *w = L->word_prefixes; w && *w; w++) {
        size_t n = strlen(*w);
        if (p + n >= t.n || memcmp(t.s + p, *w, n) != 0)
            continue;
        for (int c = C_INSTRUMENT; c <= C_BODY; c++) {
            size_t k = o->c[c].n ? scan_any(t, p + n, o->c[c].w, which) : 0;
            if (k) {
                *pre = n;
                *cls = c;
                return k;
            }
        }
    }
    return 0;
}

/* Whether the head matched at p is listed in class c (weak, bare). */
static int head_in(const struct oc_lang *o, int c, struct text t, size_t p, size_t hlen)
{
    size_t k = any(o, c, t, p, NULL);
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
    p = gap(t, p);
    return p < t.n && ((t.s[p] >= '0' && t.s[p] <= '9') || is_class(o, C_MONTH, t, p));
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
        q = gap(t, q);
        if (q >= t.n)
            break;
        size_t kf = is_class(o, C_FUNCTION, t, q);
        if (head_at(o, L, t, q, &pre, &cls, &which) || named_at(nm, q, 0) != (size_t)-1 ||
            (!comma && i == 0 && kf))
            return 0;
        size_t ks = is_class(o, C_STOP, t, q);
        if ((ks && ks >= kf) || (t.s[q] >= '0' && t.s[q] <= '9') ||
            is_class(o, C_MONTH, t, q))
            break;
        if ((k = is_class(o, C_AND, t, q)))
            return words > 0;
        if ((k = is_class(o, C_COMMA, t, q))) {
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

enum { MAX_WORDS = 24, MAX_NAME = 400, SHORT_REACH = 3000 };

struct found_name {
    size_t s, e;
    int cls;          /* C_INSTRUMENT or C_BODY */
    const char *head; /* head class */
    size_t ndrop;     /* named mentions inside it (openclass_find) */
};

/* The complement from q: its end (0 when it has fewer than min content words). Named
 * mentions inside are marked dropped. */
static size_t complement(const struct oc_lang *o, const struct lang *L, struct text t,
                         size_t q, int min, struct named *nm, size_t *ndrop, size_t *drops)
{
    size_t r = q, e = 0;
    int content = 0, words = 0;
    size_t nd = *ndrop;
    while (words < MAX_WORDS) {
        size_t g = gap(t, r), k, i;
        if (g >= t.n || g - q > MAX_NAME)
            break;
        if (words == 0 && is_class(o, C_NOSTART, t, g))
            break;
        if ((i = named_at(nm, g, 0)) != (size_t)-1) {
            /* in a cased script a name right after a content word starts a new clause:
             * "… Armas Nucleares La Asamblea General" */
            if (o->need_case != CASE_NONE && e == r && e)
                break;
            if (nd < MAX_WORDS)
                drops[nd++] = i;
            r = e = nm->of->v[i].nend;
            content++, words++;
            /* a name ends with a named body unless a function word goes on: "Special
             * Representative of the Secretary-General for …", not "… and her name" */
            size_t after = gap(t, r);
            if (after < t.n && !is_class(o, C_FUNCTION, t, after))
                break;
            continue;
        }
        if ((k = is_class(o, C_AND, t, g)) || (k = is_class(o, C_COMMA, t, g))) {
            int comma = !is_class(o, C_AND, t, g);
            if (!continues(o, L, nm, t, g + k, comma))
                break;
            r = g + k;
            continue;
        }
        uint32_t cp = scan_cp(t, g);
        if (!cp_is_word(cp) || (t.s[g] >= '0' && t.s[g] <= '9'))
            break;
        size_t pre, which;
        int cls;
        size_t kf = is_class(o, C_FUNCTION, t, g);
        size_t ks = is_class(o, C_STOP, t, g);
        if ((ks && ks >= kf) || head_at(o, L, t, g, &pre, &cls, &which) ||
            is_class(o, C_MONTH, t, g))
            break;
        size_t we = word_end(t, g);
        /* a footnote number glued to the word ("Tribunal51"): the name ends with the word */
        size_t letters = g;
        while (letters < we && !(t.s[letters] >= '0' && t.s[letters] <= '9'))
            letters++;
        if ((k = kf) && g + k >= we) {
            if (is_class(o, C_LINK, t, g) && date_at(o, t, g + k))
                break;
            r = g + k;
            words++;
            continue;
        }
        /* a name written with capitals ends before a lower-case content word: with case
         * all at once, with case first after a capitalized one ("… de Asia Sudoriental
         * como documentos") */
        if (ends_with(o, C_STOPSUFFIX, t, g, we) ||
            (o->need_case != CASE_NONE && !capital(nm, g) &&
             (o->need_case == CASE_ALL || nm->capitals)))
            break;
        if (capital(nm, g))
            nm->capitals++;
        content++, words++;
        r = e = letters;
        if (letters < we)
            break;
    }
    if (content < min || !e)
        return 0;
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

/* The words of [s, e) (modifiers and head) show the capitals param case asks for: the
 * first; with case all every one that is no function or link word. */
static int case_fits(const struct oc_lang *o, struct text t, const struct named *nm, size_t s,
                     size_t e)
{
    if (o->need_case == CASE_NONE)
        return 1;
    if (!capital(nm, s))
        return 0;
    for (size_t p = gap(t, word_end(t, s)); o->need_case == CASE_ALL && p < e;
         p = gap(t, word_end(t, p))) {
        if (!cp_is_word(scan_cp(t, p)))
            break;
        if (!capital(nm, p) && !is_class(o, C_FUNCTION, t, p) && !is_class(o, C_LINK, t, p))
            return 0;
    }
    return 1;
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
    if (spans_overlap(claimed, h, h + hlen) || any(o, C_NOLINK, t, h, NULL))
        return 0;
    /* the name's start: back over modifiers and a named body or instrument ("OAU") */
    size_t s = h, nd0 = *ndrop;
    for (int i = 0; i < 6 && !pre; i++) {
        size_t b = scan_space_back(t, s), j, best = (size_t)-1;
        for (j = 0; j < o->c[C_PREMOD].n; j++) {
            size_t x = scan_word_back(t, b, o->c[C_PREMOD].w[j]);
            if (x != (size_t)-1 && (best == (size_t)-1 || x < best))
                best = x;
        }
        size_t m = named_at(nm, b, 1);
        if (best == (size_t)-1 && m != (size_t)-1 && nm->of->v[m].kind == MK_BODY) {
            best = nm->of->v[m].nstart;
            drops[(*ndrop)++] = m;
        }
        if (best == (size_t)-1 || best >= s)
            break;
        s = best;
    }
    for (size_t j = 0; j < o->c[C_NOBEFORE].n; j++)
        if (scan_word_back(t, scan_space_back(t, s), o->c[C_NOBEFORE].w[j]) != (size_t)-1) {
            *ndrop = nd0;
            return 0;
        }
    size_t q = h + hlen, k;
    int needmod = head_in(o, C_NEEDMOD, t, h, hlen);
    for (int i = 0; i < 4 && (k = is_class(o, C_POSTMOD, t, gap(t, q))); i++)
        q = gap(t, q) + k;
    size_t l = gap(t, q), lw;
    if (needmod && q == h + hlen) {
        *ndrop = nd0;
        return 0;
    }
    if ((k = any(o, C_LINK, t, l, &lw)) && link_fits(o->c[C_LINK].v[lw], o->c[cls].v[which])) {
        if (date_at(o, t, l + k)) {
            long y;
            size_t d = gap(t, l + k), yl = scan_number(t, d, 4, &y);
            *ndrop = nd0;
            if (yl != 4 || !head_in(o, C_YEARNAME, t, h, hlen))
                return 0;
            f->s = s;
            f->e = d + 4;
            f->cls = cls;
            f->head = o->c[cls].v[which];
            return 1;
        }
        q = l + k;
    } else if (!head_in(o, C_BARE, t, h, hlen)) {
        *ndrop = nd0;
        return 0;
    }
    if (!case_fits(o, t, nm, s, q)) {
        *ndrop = nd0;
        return 0;
    }
    size_t wk, wn = any(o, C_WEAK, t, h, &wk);
    int min = wn == hlen ? (o->c[C_WEAK].v[wk] ? atoi(o->c[C_WEAK].v[wk]) : 2) : 1;
    nm->capitals = 0;
    size_t e = complement(o, L, t, q, min, nm, ndrop, drops);
    /* a capital at a sentence's start is no evidence: the complement must show one */
    if (e && o->need_case == CASE_FIRST && sentence_start(t, s) && !nm->capitals)
        e = 0;
    if (!e) {
        *ndrop = nd0;
        return 0;
    }
    f->s = s;
    f->e = e;
    f->cls = cls;
    f->head = o->c[cls].v[which];
    return 1;
}

/* Head-last (zh): a name ending in a head noun, from after a start word (or at an opener)
 * before it; not only modifiers; not after a claimed name. */
static int name_head_last(const struct oc_lang *o, struct text t, size_t h,
                          const struct spans *claimed, struct found_name *f)
{
    size_t hlen, which;
    int cls = -1;
    for (int c = C_INSTRUMENT; c <= C_BODY && cls < 0; c++)
        if ((hlen = any(o, c, t, h, &which)))
            cls = c;
    if (cls < 0 || spans_overlap(claimed, h, h + hlen))
        return 0;
    size_t lo = h > MAX_NAME / 3 ? h - MAX_NAME / 3 : 0, s = lo, weak = (size_t)-1;
    for (size_t q = h; q > lo;) {
        q--;
        if (((unsigned char)t.s[q] & 0xC0) == 0x80)
            continue;
        size_t k;
        if (is_class(o, C_OPENER, t, q)) {
            s = q;
            weak = (size_t)-1;
            break;
        }
        if (spans_overlap(claimed, q, q + 1)) {
            s = q + 1;
            while (s < h && ((unsigned char)t.s[s] & 0xC0) == 0x80)
                s++;
            break;
        }
        if ((k = is_class(o, C_START, t, q)) && q + k <= h) {
            s = q + k;
            break;
        }
        if (weak == (size_t)-1 && (k = is_class(o, C_WEAKSTART, t, q)) && q + k <= h)
            weak = q + k;
    }
    if (weak != (size_t)-1)
        s = weak;
    if (o->need_opener && !is_class(o, C_OPENER, t, s))
        return 0;
    for (size_t j = 0; j < o->c[C_NOBEFORE].n; j++) /* "…本公约", "所有关于…的公约" */
        if (scan_word_back(t, h, o->c[C_NOBEFORE].w[j]) != (size_t)-1 ||
            scan_word_back(t, s, o->c[C_NOBEFORE].w[j]) != (size_t)-1)
            return 0;
    /* not only modifiers, and not a determiner: "国际公约", "该公约" */
    size_t r = s, k;
    while (r < h && (k = is_class(o, C_PREMOD, t, r)) && r + k <= h)
        r += k;
    if (r >= h || is_class(o, C_NOBEFORE, t, s) || h - s < 6)
        return 0;
    f->s = s;
    f->e = h + hlen;
    f->cls = cls;
    f->head = o->c[cls].v[which];
    return 1;
}

static void push_name(struct text t, struct arena *a, const struct found_name *f,
                      struct mentions *out)
{
    struct mention m = {0};
    m.kind = f->cls == C_BODY ? MK_BODY : MK_CONVENTION;
    m.id = arena_printf(a, "unknown:%.*s", (int)(f->e - f->s), t.s + f->s);
    m.type = f->head;
    m.nstart = f->s;
    m.nend = f->e;
    mentions_push(out, &m);
}

/* p and the byte before it are ASCII letters or digits (folded: lower case): no word
 * starts at p. */
static inline int inside_ascii_word(struct text t, size_t p)
{
    unsigned char a = (unsigned char)t.s[p - 1], b = (unsigned char)t.s[p];
    return ((unsigned)(a - 'a') < 26 || (unsigned)(a - '0') < 10) &&
           ((unsigned)(b - 'a') < 26 || (unsigned)(b - '0') < 10);
}

/* ---- short forms ---- */

/* Whether cls is a class of body heads (in any language's table: the classes are the same
 * words in all six); a body class names bodies only, another class instruments only. */
static int body_class(const char *cls)
{
    for (size_t l = 0; l < NOC; l++)
        for (size_t i = 0; i < tables[l].c[C_BODY].n; i++)
            if (strcmp(tables[l].c[C_BODY].v[i], cls) == 0)
                return 1;
    return 0;
}

/* The head class named first in an English name ("Nagoya Protocol … to the Convention on
 * Biological Diversity" is a protocol), or "". */
static const char *first_class(const struct oc_lang *o, const char *name)
{
    const char *first = NULL, *at, *cls = "";
    size_t firstlen = 0;
    for (int c = C_INSTRUMENT; c <= C_BODY; c++)
        for (size_t i = 0; i < o->c[c].n; i++) {
            size_t n = strlen(o->c[c].v[i]);
            if ((at = strcasestr(name, o->c[c].v[i])) &&
                (!first || at < first || (at == first && n > firstlen)))
                first = at, firstlen = n, cls = o->c[c].v[i];
        }
    return cls;
}

/* Whether mention i of out is of head class cls (body: body_class(cls)): its own head
 * class, a head word of that class in its words, or the first class of its English name
 * (cached in nm->eng). */
static int of_class(const struct oc_lang *o, struct text t, struct named *nm, size_t i,
                    const char *cls, int body)
{
    const struct mention *m = &nm->of->v[i];
    if ((m->kind == MK_BODY) != body)
        return 0;
    if (m->type && strcmp(m->type, cls) == 0)
        return 1;
    for (int c = C_INSTRUMENT; c <= C_BODY; c++)
        for (size_t j = 0; j < o->c[c].n; j++) {
            const char *w = o->c[c].w[j];
            if (strcmp(o->c[c].v[j], cls) == 0 && m->nend <= t.n && m->nend > m->nstart &&
                memmem(t.s + m->nstart, m->nend - m->nstart, w, strcspn(w, "*")))
                return 1;
        }
    if (!m->name)
        return 0;
    if (!nm->eng[i])
        nm->eng[i] = first_class(o, m->name);
    return strcmp(nm->eng[i], cls) == 0;
}

/* The antecedents of a short form at p of class cls: the last (up to want distinct ids)
 * named in the SHORT_REACH bytes before p. */
static size_t antecedents(const struct oc_lang *o, struct text t, struct named *nm,
                          const struct mentions *out, size_t p, const char *cls, size_t want,
                          size_t *ante)
{
    int body = body_class(cls);
    size_t got = 0, i = lower(nm, nm->by_end, 1, p + 1);
    while (i > 0 && got < want) {
        const struct mention *m = &out->v[nm->by_end[--i]];
        if (m->nend + SHORT_REACH < p)
            break;
        if (nm->drop[nm->by_end[i]] || !m->id || m->nend > p ||
            !of_class(o, t, nm, nm->by_end[i], cls, body))
            continue;
        int seen = 0;
        for (size_t j = 0; j < got; j++)
            seen |= strcmp(out->v[ante[j]].id, m->id) == 0;
        if (!seen)
            ante[got++] = nm->by_end[i];
    }
    return got;
}

/* The body named last in the SHORT_REACH bytes before p that a resolution set up, or -1. */
static long last_established(const struct named *nm, const struct mentions *out, size_t p)
{
    for (size_t i = lower(nm, nm->by_end, 1, p + 1); i > 0;) {
        const struct mention *m = &out->v[nm->by_end[--i]];
        if (m->nend + SHORT_REACH < p)
            break;
        if (!nm->drop[nm->by_end[i]] && m->kind == MK_BODY && m->id && m->established_by &&
            m->nend <= p)
            return (long)nm->by_end[i];
    }
    return -1;
}

static void short_forms(const struct oc_lang *o, const struct lang *L, struct text t,
                        const struct openclass_sibling *sib, struct mentions *out,
                        struct spans *claimed)
{
    struct named nm;
    named_init(&nm, out);
    size_t n0 = out->n;
    for (size_t p = scan_filter_next(&o->shorts, t, 0); p < t.n;
         p = scan_filter_next(&o->shorts, t, p + 1)) {
        if (((unsigned char)t.s[p] & 0xC0) == 0x80 || (p && inside_ascii_word(t, p)) ||
            !scan_filter_may(&o->shorts, t, p) ||
            (cp_is_word(scan_cp(t, p)) && !scan_word_start(t, p)))
            continue;
        size_t w1, w2, k1 = any(o, C_SHORT, t, p, &w1), k2 = any(o, C_SHORT_PLURAL, t, p, &w2);
        size_t k = k1 > k2 ? k1 : k2;
        if (!k || spans_overlap(claimed, p, p + k) || is_class(o, C_NOTSHORT, t, p) > k)
            continue;
        /* a name the grammar did not take ("the Convention on …"): not a short form */
        if (is_class(o, C_LINK, t, gap(t, p + k)) && !L->keyword_after)
            continue;
        int plural = k2 > k1;
        const char *cls = plural ? o->c[C_SHORT_PLURAL].v[w2] : o->c[C_SHORT].v[w1];
        size_t ante[2];
        size_t got = antecedents(o, t, &nm, out, p, cls, plural ? 2 : 1, ante);
        long named;
        struct mention sm = {0};
        if (!got && !plural && sib && body_class(cls) &&
            (named = last_established(&nm, out, p)) >= 0 &&
            sib->find(sib->ctx, &out->v[named], cls, &sm)) {
            sm.nstart = p;
            sm.nend = p + k;
            sm.short_form = "1";
            mentions_push(out, &sm);
            p += k - 1;
            continue;
        }
        if (got < (plural ? 2u : 1u))
            continue;
        for (size_t j = 0; j < got; j++) {
            struct mention m = out->v[ante[j]];
            m.nstart = p;
            m.nend = p + k;
            m.short_form = "1";
            m.in_name = 0;
            m.draft = 0;
            mentions_push(out, &m);
        }
        p += k - 1;
    }
    for (size_t i = n0; i < out->n; i++)
        spans_add(claimed, out->v[i].nstart, out->v[i].nend);
    named_release(&nm);
}

/* The name ends with the words of a name already found elsewhere in the text (the
 * gazetteer's, a book title's): that name's entity, not a new one ("关于替换第五议定书"); head-last
 * names only (a head-first name may end with a named body: "… of the Secretary-General"). */
static int known_tail(const struct named *nm, struct text t, const struct found_name *f)
{
    for (size_t i = 0; i < nm->n; i++) {
        const struct mention *m = &nm->of->v[nm->by_start[i]];
        size_t len = m->nend - m->nstart;
        if (len < f->e - f->s && m->nend <= t.n &&
            memcmp(t.s + f->e - len, t.s + m->nstart, len) == 0)
            return 1;
    }
    return 0;
}

/* ---- common nouns that name a body where capitalized ---- */

/* Is a capitalized word right after the link word at q ("of the CSA", "de l'Organisation")?
 * Function words between are passed. */
static int capital_after_link(const struct oc_lang *o, const struct lang *L, struct text t,
                              const struct named *nm, size_t q)
{
    size_t k = L->part_link ? scan_any(t, q, L->part_link, NULL) : 0;
    if (!k)
        return 0;
    q = gap(t, q + k);
    for (int i = 0; i < 3 && q < t.n && (k = is_class(o, C_FUNCTION, t, q)) &&
                    (q + k >= t.n || !cp_is_word(scan_cp(t, q + k)));
         i++)
        q = gap(t, q + k);
    return q < t.n && cp_is_word(scan_cp(t, q)) && capital(nm, q);
}

/* The word of class capital at p stands alone for its body: written with a capital (cs),
 * the word before it not a capitalized one unless it starts the sentence ("The
 * Secretariat", but not "Commonwealth Secretariat"), and no capitalized word or postmod
 * after it, directly ("Секретариат Конвенции", "Secrétariat technique") or after a link
 * ("Secretariat of the CSA"). */
static int capital_alone(const struct oc_lang *o, const struct lang *L, struct text t,
                         const struct named *nm, size_t p, size_t k)
{
    if (!capital(nm, p))
        return 0;
    size_t b = p;
    while (b > 0 && t.s[b - 1] == ' ')
        b--;
    if (b > 0 && b < p && cp_is_word(scan_cp_back(t, b))) {
        size_t w = b;
        do {
            w--;
            while (w > 0 && ((unsigned char)t.s[w] & 0xC0) == 0x80)
                w--;
        } while (w > 0 && !scan_word_start(t, w));
        if (capital(nm, w) && !sentence_start(t, w))
            return 0;
    }
    size_t q = gap(t, p + k);
    if (q < t.n && cp_is_word(scan_cp(t, q)) && (capital(nm, q) || is_class(o, C_POSTMOD, t, q)))
        return 0;
    return !capital_after_link(o, L, t, nm, q);
}

/* A word of class c ends at p. */
static int class_ends_at(const struct oc_lang *o, int c, struct text t, size_t p)
{
    for (size_t i = 0; i < o->c[c].n; i++) {
        size_t n = strlen(o->c[c].w[i]);
        if (n <= p && memcmp(t.s + p - n, o->c[c].w[i], n) == 0)
            return 1;
    }
    return 0;
}

/* Without capitals (param case none): the word at p stands alone where the text starts or
 * a start word ends right before it ("请秘书处", "、秘书处"), and no nobefore word ("其秘书处":
 * its secretariat). */
static int caseless_alone(const struct oc_lang *o, struct text t, size_t p)
{
    return p == 0 || (class_ends_at(o, C_START, t, p) && !class_ends_at(o, C_NOBEFORE, t, p));
}

void openclass_marks(struct text t, const struct lang *lang, struct openclass_marks *mk)
{
    const struct oc_lang *o = oc_get(lang->code);
    mk->n = 0;
    for (size_t p = o ? scan_filter_next(&o->marks, t, 0) : t.n; p < t.n;
         p = scan_filter_next(&o->marks, t, p + 1))
        if (scan_filter_may(&o->marks, t, p) && ((unsigned char)t.s[p] & 0xC0) != 0x80) {
            xgrow((void **)&mk->pos, &mk->cap, mk->n + 1, sizeof *mk->pos);
            mk->pos[mk->n++] = p;
        }
}

void openclass_marks_free(struct openclass_marks *mk)
{
    free(mk->pos);
    *mk = (struct openclass_marks){0};
}

size_t openclass_capital(struct text t, const struct source_case *cs, const struct lang *lang,
                         const struct openclass_marks *mk, size_t *i, size_t *at,
                         const char **id)
{
    const struct oc_lang *o = oc_get(lang->code);
    if (!o || !o->c[C_CAPITAL].n || (!cs && o->need_case != CASE_NONE))
        return 0;
    struct named nm = {0};
    nm.cs = cs;
    for (; *i < mk->n; ++*i) {
        size_t p = mk->pos[*i];
        if (!scan_word_start(t, p))
            continue;
        size_t w, k = any(o, C_CAPITAL, t, p, &w);
        if (!k)
            continue;
        if (o->need_case == CASE_NONE ? !caseless_alone(o, t, p)
                                      : (p + k < t.n && cp_is_word(scan_cp(t, p + k))) ||
                                            !capital_alone(o, lang, t, &nm, p, k))
            continue;
        *at = p;
        *id = o->c[C_CAPITAL].v[w];
        ++*i;
        return k;
    }
    return 0;
}

/* The next mark from *i on where a word of class c is (whole_word: not inside a longer
 * word): its length, *at, the word's value; 0 when none is left. */
static size_t next_marked(int c, int whole_word, struct text t, const struct lang *lang,
                          const struct openclass_marks *mk, size_t *i, size_t *at,
                          const char **value)
{
    const struct oc_lang *o = oc_get(lang->code);
    if (!o || !o->c[c].n)
        return 0;
    for (; *i < mk->n; ++*i) {
        size_t p = mk->pos[*i], w, k;
        if (!(k = any(o, c, t, p, &w)) ||
            (whole_word && p + k < t.n && cp_is_word(scan_cp(t, p + k)) &&
             cp_is_word(scan_cp_back(t, p + k))))
            continue;
        *at = p;
        *value = o->c[c].v[w];
        ++*i;
        return k;
    }
    return 0;
}

size_t openclass_thereto(struct text t, const struct lang *lang,
                         const struct openclass_marks *mk, size_t *i, size_t *at,
                         const char **words)
{
    return next_marked(C_THERETO, 1, t, lang, mk, i, at, words);
}

size_t openclass_plural(struct text t, const struct lang *lang,
                        const struct openclass_marks *mk, size_t *i, size_t *at,
                        const char **singular)
{
    return next_marked(C_PLURAL, 0, t, lang, mk, i, at, singular);
}

/* ---- the whole ---- */

void openclass_find(struct text t, const struct source_case *cs, const struct lang *lang,
                    const struct openclass_sibling *sib, struct arena *arena,
                    struct mentions *out, struct spans *claimed)
{
    const struct oc_lang *o = oc_get(lang->code);
    if (!o)
        return;
    struct named nm;
    named_init(&nm, out);
    nm.cs = cs;
    size_t nnamed = out->n;
    struct found_name f, *got = NULL;
    size_t drops[2 * MAX_WORDS + 8], last_end = 0, ngot = 0, capgot = 0;
    size_t *gdrops = NULL, ngdrops = 0, capgdrops = 0;
    for (size_t p = scan_filter_next(&o->heads, t, 0); p < t.n;
         p = scan_filter_next(&o->heads, t, p + 1)) {
        unsigned char b = (unsigned char)t.s[p];
        if ((b & 0xC0) == 0x80 || b == ' ' || (p && inside_ascii_word(t, p)) ||
            !scan_filter_may(&o->heads, t, p))
            continue;
        if (!o->head_last && cp_is_word(scan_cp(t, p)) && !scan_word_start(t, p))
            continue;
        size_t nd = 0;
        int ok = o->head_last ? name_head_last(o, t, p, claimed, &f)
                              : name_head_first(o, lang, t, p, &nm, claimed, &f, &nd, drops);
        if (!ok || f.s < last_end || (o->head_last && known_tail(&nm, t, &f)))
            continue;
        last_end = f.e;
        /* kept (and its drops done) once the scan is done: param names may ask for the
         * name twice; claimed then too: the scan goes on after the name, where no claim
         * of its own can be hit, and claims sort once */
        xgrow((void **)&got, &capgot, ngot + 1, sizeof *got);
        xgrow((void **)&gdrops, &capgdrops, ngdrops + nd + 1, sizeof *gdrops);
        f.ndrop = nd;
        got[ngot++] = f;
        memcpy(gdrops + ngdrops, drops, nd * sizeof *drops);
        ngdrops += nd;
        p = f.e - 1;
    }
    for (size_t i = 0, dj = 0; i < ngot; dj += got[i].ndrop, i++) {
        size_t same = 0, len = got[i].e - got[i].s;
        int want = o->names[got[i].cls == C_BODY];
        for (size_t j = 0; j < ngot && want == NAMES_REPEAT && same < 2; j++)
            same += got[j].e - got[j].s == len &&
                    memcmp(t.s + got[j].s, t.s + got[i].s, len) == 0;
        if (want == NAMES_OFF || (want == NAMES_REPEAT && same < 2))
            continue;
        for (size_t j = 0; j < got[i].ndrop; j++)
            if (gdrops[dj + j] < nnamed)
                nm.drop[gdrops[dj + j]] = 1;
        push_name(t, arena, &got[i], out);
    }
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
    named_release(&nm);
    spans_sort(claimed);
    short_forms(o, lang, t, sib, out, claimed);
}
