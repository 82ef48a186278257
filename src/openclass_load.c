/* openclass_load: the open class's tables (openclass_impl.h) — data/lang/<code>.open.tsv,
 * compiled in (xxd -i), one `class<TAB>word[<TAB>value]` a line, read once — and the
 * vectorscan database of their heads, marks and short forms. */
#include "openclass_impl.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "lexicon.h"
#include "litscan.h"
#include "normalize.h"
#include "util.h"

static const char *const case_names[] = {"none", "first", "all"};
static const char *const names_names[] = {"on", "repeat", "off", "capitals"};
static const char *const start_names[] = {"any", "opener", "strong"};
static const char *const class_names[NCLASS] = {
    "instrument", "body",     "weak",      "bare",   "needmod",  "yearname",   "premod", "postmod", "link",
    "function",   "and",      "comma",     "nolink", "nobefore", "nostart", "stop", "stopsuffix",  "month",
    "start",      "weakstart", "opener",   "short",  "short_plural", "short_alone", "notshort", "capital", "thereto", "plural",
    "capmod", "attest", "titlelink", "nounstart", "lowerhead", "namelink", "artlink",
    "knownext", "period"};

/* data/lang/<code>.open.tsv, compiled in by the Makefile (build/openclass_data.c): one
 * table per file, the code from the file's name */
extern const struct lexicon_file openclass_files[];
static struct oc_lang *tables;
static size_t NOC;
static int load_errors;
static pthread_once_t load_once = PTHREAD_ONCE_INIT;

static struct litscan *oc_db;

static void add_literals(struct litscan_set *b, struct oc_lang *o, size_t li, int kind,
                         const char *pre, const char *const *list)
{
    for (size_t j = 0; list && list[j]; j++) {
        char lit[8];
        size_t np = strlen(pre), nw = strcspn(list[j], "*"), n = 0;
        for (size_t k = 0; k < np + nw && n < sizeof lit; k++)
            lit[n++] = k < np ? pre[k] : list[j][k - np];
        if (n == 0 || li >= OC_DB_LANGS)
            o->every[kind >> 1] = 1;
        else
            litscan_set_add(b, lit, n, (uint64_t)kind << (8 * li), -1);
    }
}

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
        /* start: both classes; start_instruments, start_bodies: one */
        int sw = strcmp(f[1], "start") == 0             ? 2
                 : strcmp(f[1], "start_instruments") == 0 ? 0
                 : strcmp(f[1], "start_bodies") == 0      ? 1
                                                         : -1;
        for (int m = START_ANY; nf == 3 && sw >= 0 && m <= START_STRONG; m++)
            if (strcmp(f[2], start_names[m]) == 0) {
                for (int k = 0; k < 2; k++)
                    if (sw == 2 || sw == k)
                        o->start[k] = m;
                return 0;
            }
        for (int k = CASE_NONE; nf == 3 && strcmp(f[1], "case") == 0 && k <= CASE_ALL; k++)
            if (strcmp(f[2], case_names[k]) == 0) {
                o->need_case = k;
                return 0;
            }
        if (nf == 3 && strcmp(f[1], "namedbefore") == 0 &&
            (strcmp(f[2], "on") == 0 || strcmp(f[2], "off") == 0)) {
            o->no_named_before = strcmp(f[2], "off") == 0;
            return 0;
        }
        if (nf == 3 && strcmp(f[1], "reach") == 0 && atoi(f[2]) > 0) {
            o->reach = (size_t)atoi(f[2]);
            return 0;
        }
        int which = strcmp(f[1], "instruments") == 0 ? 0 : strcmp(f[1], "bodies") == 0 ? 1 : -1;
        for (int k = NAMES_ON; nf == 3 && which >= 0 && k <= NAMES_CAPITALS; k++)
            if (strcmp(f[2], names_names[k]) == 0) {
                o->names[which] = k;
                return 0;
            }
        diag_error(path, ln,
                   "unknown param '%s' (want order head-first|head-last, start[_instruments|_bodies] any|opener|strong, "
                   "case none|first|all, instruments|bodies on|repeat|off|capitals, namedbefore on|off, reach BYTES)",
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
                 c == C_SHORT_ALONE ||
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
        static const int filtered[] = {C_STOP,     C_FUNCTION, C_LINK,    C_MONTH,
                                       C_PREMOD,   C_POSTMOD,  C_NOSTART, C_NOBEFORE};
        for (size_t k = 0; k < sizeof filtered / sizeof *filtered; k++) {
            struct scan_filter *f = xmalloc(sizeof *f);
            scan_filter_init(f);
            scan_filter_add(f, o->c[filtered[k]].w);
            o->filter[filtered[k]] = f;
        }
        scan_back_filter_init(&o->premod_back);
        scan_back_filter_add(&o->premod_back, o->c[C_PREMOD].w);
        scan_back_filter_init(&o->nobefore_back);
        scan_back_filter_add(&o->nobefore_back, o->c[C_NOBEFORE].w);
    }
    struct litscan_set *b = litscan_set_new();
    for (size_t i = 0; i < NOC; i++) {
        struct oc_lang *o = &tables[i];
        const struct lang *L = lang_get(o->code);
        static const int heads[] = {C_INSTRUMENT, C_BODY}, marks[] = {C_CAPITAL, C_THERETO, C_PLURAL};
        for (size_t k = 0; k < 2; k++) {
            add_literals(b, o, i, OC_HEAD, "", o->c[heads[k]].w);
            for (const char *const *pre = L ? L->word_prefixes : NULL; pre && *pre; pre++)
                add_literals(b, o, i, OC_HEAD, *pre, o->c[heads[k]].w);
        }
        for (size_t k = 0; k < 3; k++)
            add_literals(b, o, i, OC_MARK, "", o->c[marks[k]].w);
        add_literals(b, o, i, OC_SHORT, "", o->c[C_SHORT].w);
        add_literals(b, o, i, OC_SHORT, "", o->c[C_SHORT_PLURAL].w);
        add_literals(b, o, i, OC_SHORT, "", o->c[C_SHORT_ALONE].w);
    }
    const char *why = NULL;
    if (!(oc_db = litscan_compile(b, &why))) {
        fprintf(stderr, "unxref: the open class's database: %s\n", why);
        exit(3);
    }
}

const struct litscan *openclass_db(void)
{
    pthread_once(&load_once, load_all);
    return oc_db;
}

/* The pass of the text held (openclass_hold), with every kind's bits: its callers (the
 * marks, the heads and short forms) read the same text, so it is run once. */
static _Thread_local struct held {
    int on, full;
    const char *s;
    size_t n, li;
    struct scan_hits h;
} held;

void openclass_hold(int on)
{
    scan_hits_free(&held.h);
    held = (struct held){.on = on};
}

/* The positions of t where a word of kind (OC_HEAD, OC_MARK) of o may start, in order. */
void oc_hits(const struct oc_lang *o, int kinds, struct text t, struct scan_hits *h)
{
    size_t li = (size_t)(o - tables);
    unsigned every = 0;
    for (int k = 0; k < 3; k++)
        if ((kinds & (1 << k)) && o->every[k])
            every |= 1u << k;
    if (held.on && !(held.full && held.s == t.s && held.n == t.n && held.li == li)) {
        scan_hits_run(oc_db, t, (unsigned)(8 * li), &held.h);
        held.full = 1, held.s = t.s, held.n = t.n, held.li = li;
    }
    if (held.on) {
        xgrow((void **)&h->pos, &h->cap, held.h.n + 1, sizeof *h->pos);
        h->mask = xrealloc(h->mask, h->cap); /* as long as pos, as scan_hits keeps them */
        if ((h->n = held.h.n) > 0) {
            memcpy(h->pos, held.h.pos, held.h.n * sizeof *h->pos);
            memcpy(h->mask, held.h.mask, held.h.n);
        }
    } else {
        scan_hits_run(oc_db, t, (unsigned)(8 * li), h);
    }
    size_t w = 0;
    for (size_t i = 0; i < h->n; i++)
        if (h->mask[i] & kinds)
            h->pos[w] = h->pos[i], h->mask[w++] = (unsigned char)(h->mask[i] & kinds);
    h->n = w;
    if (!every)
        return;
    struct scan_hits all = {0}; /* every position, with the bits found */
    xgrow((void **)&all.pos, &all.cap, t.n + 1, sizeof *all.pos);
    all.mask = xmalloc(all.cap); /* as long as pos, as scan_hits keeps them */
    for (size_t p = 0, j = 0; p < t.n; p++) {
        all.pos[p] = (uint32_t)p;
        all.mask[p] = (unsigned char)every;
        if (j < h->n && h->pos[j] == p)
            all.mask[p] |= h->mask[j++];
    }
    all.n = t.n;
    scan_hits_free(h);
    *h = all;
}

const struct oc_lang *oc_get(const char *code)
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

/* Whether cls is a class of body heads (in any language's table: the classes are the same
 * words in all six); a body class names bodies only, another class instruments only. */
int oc_body_class(const char *cls)
{
    for (size_t l = 0; l < NOC; l++)
        for (size_t i = 0; i < tables[l].c[C_BODY].n; i++)
            if (strcmp(tables[l].c[C_BODY].v[i], cls) == 0)
                return 1;
    return 0;
}
