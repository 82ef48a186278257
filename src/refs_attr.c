/* refs_attr: which organ owns a list of references, as data. The rules of
 * data/attribution.tsv (docs/attribution.md; embedded by the Makefile, or --attribution FILE)
 * are ordered rows of three sets — keyword-first (a keyword before its list), keyword-last
 * (a list before its keyword, zh) and bare (a reference without a keyword) — each naming
 * the evidence it asks (a function of refs_organ.c, by the table EVIDENCE below) and the
 * conditions under which it is asked; attribute() walks the rows of a set once per list.
 * This module owns the file format and its messages. */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "input.h"
#include "lexicon.h"
#include "refs_impl.h"
#include "util.h"

/* ---- the evidence: what a rule may ask (refs_organ.c), by its name in the file ---- */

static enum organ ev_between(struct ctx *c, struct attr *a)
{
    (void)c;
    return a->between;
}
static enum organ ev_before(struct ctx *c, struct attr *a)
{
    return organ_before(c, a->back, &a->ostart);
}
static enum organ ev_subject(struct ctx *c, struct attr *a) { return subject_after(c, a->end); }
static enum organ ev_after(struct ctx *c, struct attr *a) { return organ_after(c, a->after); }
static enum organ ev_bridge(struct ctx *c, struct attr *a)
{
    return organ_via_bridge(c, a->at, &a->ostart);
}
static enum organ ev_assembly(struct ctx *c, struct attr *a)
{
    (void)c, (void)a;
    return ORGAN_GA;
}
static enum organ ev_its_council(struct ctx *c, struct attr *a)
{
    return own_organ(council_self(c, a->at));
}
static enum organ ev_council(struct ctx *c, struct attr *a) { return council_self(c, a->at); }
static enum organ ev_chain(struct ctx *c, struct attr *a) { return chain_organ(c, a->at); }
static enum organ ev_sentence(struct ctx *c, struct attr *a)
{
    return organ_in_sentence(c, a->at);
}
/* not evidence but a step: the organ found so far becomes the organ at this keyword, which
 * the bare numbers after it read (evidence named-last of set bare) */
static enum organ ev_keep(struct ctx *c, struct attr *a)
{
    if (a->o != ORGAN_NONE)
        spans_add(&c->organ_at, a->at, (size_t)own_organ(a->o));
    return ORGAN_NONE;
}
static enum organ ev_addressed(struct ctx *c, struct attr *a)
{
    return organ_addressed(c, a->after);
}
static enum organ ev_named_last(struct ctx *c, struct attr *a)
{
    return organ_named_last(c, a->at);
}


static const struct {
    const char *name;
    enum organ (*fn)(struct ctx *, struct attr *);
} EVIDENCE[] = {
    {"between", ev_between},         {"before", ev_before},   {"subject", ev_subject},
    {"after", ev_after},             {"bridge", ev_bridge},   {"assembly", ev_assembly},
    {"its-council", ev_its_council}, {"council", ev_council}, {"chain", ev_chain},
    {"sentence", ev_sentence},       {"keep", ev_keep},       {"addressed", ev_addressed},
    {"named-last", ev_named_last},
};
enum { NEVIDENCE = sizeof EVIDENCE / sizeof *EVIDENCE };

/* ---- the rules ---- */

enum { NEED_LIST = 1, NEED_ITS = 2, NEED_ITS_FEM = 4, NEED_FITS = 8, NEED_FOUND = 16 };
enum { ANY = -1 };

struct rule {
    char *name;
    int ev;        /* index in EVIDENCE */
    unsigned need; /* NEED_* */
    int organ;     /* the organ so far (ORGAN_NONE for 'none'), or ANY */
    int doc;       /* the document's organ, or ANY */
    int by;        /* the rule of the set that found the organ so far, or ANY */
    int guess;
};

struct rules {
    struct rule *v[ATTR_SETS];
    size_t n[ATTR_SETS];
};

static const char *const SETS[ATTR_SETS] = {"keyword-first", "keyword-last", "bare"};

static struct rules builtin, loaded;
static const struct rules *R;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void rules_free(struct rules *r)
{
    for (int s = 0; s < ATTR_SETS; s++) {
        for (size_t i = 0; i < r->n[s]; i++)
            free(r->v[s][i].name);
        free(r->v[s]);
    }
    memset(r, 0, sizeof *r);
}

struct parse {
    char *err;
    size_t errlen;
};

static int fail(struct parse *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int fail(struct parse *p, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(p->err, p->errlen, fmt, ap);
    va_end(ap);
    return 0;
}

static int organ_named(struct parse *p, const char *cond, const char *v, int *out)
{
    enum organ o;
    if (strcmp(v, "none") == 0)
        o = ORGAN_NONE;
    else if (!lexicon_organ(v, &o))
        return fail(p, "%s: unknown organ '%s' (none, " LEXICON_ORGANS ")", cond, v);
    *out = (int)o;
    return 1;
}

/* One condition of the "when" column into r (the earlier rules of its set: set, n). */
static int condition(struct parse *p, struct rule *r, const char *w, const struct rule *set,
                     size_t n)
{
    static const char *const FLAGS[] = {"list", "its", "its-fem", "fits", "found"};
    for (unsigned i = 0; i < sizeof FLAGS / sizeof *FLAGS; i++)
        if (strcmp(w, FLAGS[i]) == 0) {
            r->need |= 1u << i;
            return 1;
        }
    if (strcmp(w, "none") == 0)
        w = "organ=none";
    const char *eq = strchr(w, '=');
    size_t k = eq ? (size_t)(eq - w) : 0;
    int *field = k == 5 && strncmp(w, "organ", 5) == 0 ? &r->organ
                 : k == 3 && strncmp(w, "doc", 3) == 0 ? &r->doc
                 : k == 2 && strncmp(w, "by", 2) == 0  ? &r->by
                                                        : NULL;
    if (!field)
        return fail(p, "unknown condition '%s' (none, found, organ=ORGAN, doc=ORGAN, its, "
                       "its-fem, list, by=RULE, fits)", w);
    if (*field != ANY)
        return fail(p, "'%s': a second condition on %s", w,
                    field == &r->organ ? "the organ so far" : field == &r->doc ? "doc" : "by");
    if (field != &r->by)
        return organ_named(p, w, eq + 1, field);
    for (size_t i = 0; i < n; i++)
        if (strcmp(set[i].name, eq + 1) == 0) {
            r->by = (int)i;
            return 1;
        }
    return fail(p, "%s: no rule '%s' before it in its set", w, eq + 1);
}

/* One line's six columns f[] into a new rule of rs. */
static int parse_rule(struct parse *p, struct rules *rs, char **f)
{
    int s = 0, ev = 0;
    while (s < ATTR_SETS && strcmp(SETS[s], f[0]) != 0)
        s++;
    if (s == ATTR_SETS)
        return fail(p, "unknown set '%s' (keyword-first, keyword-last, bare)", f[0]);
    if (!*f[1])
        return fail(p, "empty rule name");
    for (size_t i = 0; i < rs->n[s]; i++)
        if (strcmp(rs->v[s][i].name, f[1]) == 0)
            return fail(p, "rule '%s' given twice in set %s", f[1], f[0]);
    while (ev < NEVIDENCE && strcmp(EVIDENCE[ev].name, f[2]) != 0)
        ev++;
    if (ev == NEVIDENCE) {
        char names[256] = "";
        for (int i = 0; i < NEVIDENCE; i++)
            snprintf(names + strlen(names), sizeof names - strlen(names), "%s%s", i ? ", " : "",
                     EVIDENCE[i].name);
        return fail(p, "unknown evidence '%s' (%s)", f[2], names);
    }
    struct rule r = {NULL, ev, 0, ANY, ANY, ANY, 0};
    if (strcmp(f[3], "-") != 0)
        for (char *w = f[3], *e; w; w = e) {
            if ((e = strchr(w, ',')))
                *e++ = 0;
            if (!condition(p, &r, w, rs->v[s], rs->n[s]))
                return 0;
        }
    if (strcmp(f[4], "guess") == 0)
        r.guess = 1;
    else if (strcmp(f[4], "-") != 0)
        return fail(p, "unknown mark '%s' (guess or -)", f[4]);
    if (!*f[5] || strcmp(f[5], "-") == 0)
        return fail(p, "rule '%s' has no fixture (the tests/cli case that fails without it)",
                    f[1]);
    r.name = xstrdup(f[1]);
    rs->v[s] = xrealloc(rs->v[s], (rs->n[s] + 1) * sizeof r);
    rs->v[s][rs->n[s]++] = r;
    return 1;
}

/* The rules of text [0, n) into *out; on bad data *line and err get what is wrong (line 0:
 * the file as a whole) and 0 is returned. */
static int parse(const char *text, size_t n, struct rules *out, long *line, char *err,
                 size_t errlen)
{
    struct parse p = {err, errlen};
    struct rules rs = {{0}, {0}};
    int ok = 1;
    *line = 0;
    for (const char *s = text, *end = text + n; ok && s < end;) {
        const char *e = memchr(s, '\n', (size_t)(end - s));
        if (!e)
            e = end;
        ++*line;
        if (memchr(s, '\r', (size_t)(e - s)) || memchr(s, 0, (size_t)(e - s))) {
            ok = fail(&p, "a carriage return or NUL byte (lines end with LF only)");
        } else if (e > s && *s != '#') {
            char *l = xstrndup(s, (size_t)(e - s)), *f[6];
            int nf = 0;
            for (char *q = l, *tab; q && nf < 7; q = tab, nf++) {
                if ((tab = strchr(q, '\t')))
                    *tab++ = 0;
                if (nf < 6)
                    f[nf] = q;
            }
            ok = nf == 6 ? parse_rule(&p, &rs, f)
                         : fail(&p, "%d columns, not 6 (SET RULE EVIDENCE WHEN MARKS FIXTURE)",
                                nf);
            free(l);
        }
        s = e + 1;
    }
    for (int s = 0; ok && s < ATTR_SETS; s++)
        if (!rs.n[s])
            *line = 0, ok = fail(&p, "no rule of set %s", SETS[s]);
    if (!ok) {
        rules_free(&rs);
        return 0;
    }
    *out = rs;
    return 1;
}

extern unsigned char attribution_tsv[];
extern unsigned int attribution_tsv_len;

static void load_builtin(void)
{
    char err[256];
    long line;
    if (!parse((const char *)attribution_tsv, attribution_tsv_len, &builtin, &line, err,
               sizeof err)) {
        diag_error("data/attribution.tsv", line, "%s", err);
        exit(1);
    }
    if (!R)
        R = &builtin;
}

int refs_load_attribution(const char *path)
{
    pthread_once(&once, load_builtin);
    if (!path)
        return 0;
    char *text, err[256];
    size_t n;
    const char *why;
    long line;
    if (input_read(path, &text, &n, &why) != 0) {
        diag_error(path, 0, "cannot read attribution rules: %s", why);
        return -1;
    }
    struct rules rs;
    int ok = parse(text, n, &rs, &line, err, sizeof err);
    free(text);
    if (!ok) {
        diag_error(path, line, "%s", err);
        return -1;
    }
    if (R == &loaded)
        rules_free(&loaded);
    loaded = rs;
    R = &loaded;
    return 0;
}

static int holds(const struct ctx *c, const struct rule *r, const struct attr *a)
{
    return (!(r->need & NEED_LIST) || a->end) && (!(r->need & NEED_ITS) || a->self) &&
           (!(r->need & NEED_ITS_FEM) || a->self == 2) &&
           (!(r->need & NEED_FOUND) || a->o != ORGAN_NONE) &&
           (r->organ == ANY || a->o == (enum organ)r->organ) &&
           (r->doc == ANY || c->in->doc_organ == (enum organ)r->doc) &&
           (r->by == ANY || a->by == r->by);
}

enum organ attribute(struct ctx *c, enum attr_set set, struct attr *a)
{
    pthread_once(&once, load_builtin);
    const struct rule *v = R->v[set];
    a->o = ORGAN_NONE, a->by = ANY;
    for (size_t i = 0; i < R->n[set]; i++) {
        if (!holds(c, &v[i], a))
            continue;
        enum organ o = EVIDENCE[v[i].ev].fn(c, a);
        if (o != ORGAN_NONE && (!(v[i].need & NEED_FITS) || guess_fits(c, o)))
            a->o = o, a->by = (int)i;
    }
    a->guessed = a->by != ANY && v[a->by].guess;
    return a->o;
}
