/* lexicon: the lexicon files data/lang/<code>.tsv (docs/lexicon.md), embedded by the
 * Makefile, parsed into the unfolded struct lang tables of each language (see lexicon.h),
 * the typography of every language (data/lang/common.tsv) merged into each.
 * It owns the file format: the class and parameter names, their values, the messages on bad
 * data. Folding, the scan tables and detection are lang.c's. */
#include "lexicon.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "normalize.h"
#include "util.h"

/* The embedded files (build/lang_data.c), ended by a NULL path. */
extern const struct lexicon_file lexicon_files[];

/* K_MARKS, K_PAIRS: typography, used as written (not folded: folding would drop the space
 * of ". "); a pair list is flat: open, close, open, close, … */
enum kind { K_LIST, K_MONTHS, K_ORGANS, K_NOUNS, K_SESSIONS, K_RAW /* a list, not folded */,
            K_INFLECT, K_MARKS, K_PAIRS };

/* The word classes: a field of struct lang each. */
static const struct {
    const char *name;
    size_t offset;
    enum kind kind;
} CLASSES[] = {
#define LIST(f) {#f, offsetof(struct lang, f), K_LIST}
    LIST(keywords), LIST(fillers), LIST(item_prefix), LIST(item_suffix), LIST(separators),
    LIST(date_intro), {"months", offsetof(struct lang, months), K_MONTHS}, LIST(date_tail),
    LIST(day_suffix), {"organs_before", offsetof(struct lang, organs_before), K_ORGANS},
    LIST(self_bridge), LIST(organ_after_intro), LIST(self_keywords), LIST(self_keywords_fem),
    LIST(word_prefixes), LIST(elision_after), LIST(elided), LIST(established), LIST(established_organ), {"nouns", offsetof(struct lang, nouns), K_NOUNS},
    LIST(draft_words), LIST(other_documents), LIST(other_bodies),
    LIST(other_body_intro), LIST(topic_intros), LIST(topic_stops), LIST(owner_follows),
    {"sessions", offsetof(struct lang, sessions), K_SESSIONS}, LIST(part_letters),
    LIST(pinpoints), LIST(para_words), LIST(para_links), LIST(short_forms),
    LIST(short_forms_plural), LIST(name_before), LIST(name_after), LIST(name_after_short), LIST(year_after), LIST(title_intros),
    LIST(stopwords), LIST(articles), LIST(prepositions), LIST(conjunctions),
    LIST(range_words), LIST(part_ranges), LIST(after_parts), LIST(title_words), LIST(date_units),
    LIST(para_suffix), LIST(list_topic_intro), LIST(list_topic_end), LIST(other_resolutions),
    LIST(addressed_intro), LIST(addressed_verb), LIST(name_starts), LIST(name_stops), LIST(draft_heads),
    LIST(draft_nouns), LIST(draft_preps), LIST(draft_stops), LIST(generic_titles),
    LIST(report_titles), LIST(part_after), LIST(part_before), LIST(part_link),
    LIST(letterhead_after), LIST(list_prefix_marks), LIST(not_alias),
#define MARKS(f) {#f, offsetof(struct lang, f), K_MARKS}
    MARKS(sentence_ends), MARKS(commas), MARKS(list_topic_stops),
    {"quotes", offsetof(struct lang, quotes), K_PAIRS},
    {"title_marks", offsetof(struct lang, title_marks), K_PAIRS},
#undef MARKS
    {"adoption_line", offsetof(struct lang, adoption_line), K_RAW},
    {"inflect_noun", offsetof(struct lang, inflect_nouns), K_INFLECT},
    {"inflect_adj", offsetof(struct lang, inflect_adjs), K_INFLECT}, LIST(inflect_and),
    LIST(inflect_stop), LIST(name_optional),
#undef LIST
};
enum { NCLASSES = sizeof CLASSES / sizeof *CLASSES };

static const char *const ORGANS[] = {"sc",   "ga",   "ecosoc",       "hrc",  "chr",
                                     "subcom", "self", "self-council", "other", NULL};
static const enum organ ORGAN_VALUES[] = {ORGAN_SC,     ORGAN_GA,   ORGAN_ECOSOC,
                                          ORGAN_HRC,    ORGAN_CHR,  ORGAN_SUBCOM,
                                          ORGAN_SELF,   ORGAN_SELF_COUNCIL, ORGAN_OTHER};
static const char *const SESSIONS[] = {"regular", "special", "emergency", NULL};
static const enum session_kind SESSION_VALUES[] = {SESS_REGULAR, SESS_SPECIAL, SESS_EMERGENCY};
static const char *const SCRIPTS[] = {"latin", "cjk", "arabic", "cyrillic", NULL};

/* The words of one class while a file is read. */
struct words {
    const char **text;
    const char **value;
    size_t n, cap, vcap;
};

struct parse {
    char *err;
    size_t errlen;
    long line;
    size_t nforms; /* forms of the first inflect row, 0 before it */
    int common;    /* the file is common.tsv: typography of every language */
};

/* The file of the typography common to every language (docs/lexicon.md). */
static const char COMMON[] = "common.tsv";

static int fail(struct parse *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int fail(struct parse *p, const char *fmt, ...)
{
    int k = snprintf(p->err, p->errlen, "%ld: ", p->line);
    va_list ap;
    va_start(ap, fmt);
    if (k >= 0 && (size_t)k < p->errlen)
        vsnprintf(p->err + k, p->errlen - (size_t)k, fmt, ap);
    va_end(ap);
    return 0;
}

static long find(const char *const *names, const char *s)
{
    for (long i = 0; names[i]; i++)
        if (strcmp(names[i], s) == 0)
            return i;
    return -1;
}

int lexicon_organ(const char *name, enum organ *o)
{
    long i = find(ORGANS, name);
    if (i >= 0)
        *o = ORGAN_VALUES[i];
    return i >= 0;
}

static int utf8_ok(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t k = utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (!k || cp == 0)
            return 0;
        i += k;
    }
    return 1;
}

/* A mark is matched as written against the folded text, so it must read the same after
 * folding, but for spaces around it (folding drops them at the ends of a text: ". "). */
static int mark_ok(struct parse *p, const char *cls, const char *w)
{
    size_t a = 0, b = strlen(w);
    while (a < b && w[a] == ' ')
        a++;
    while (b > a && w[b - 1] == ' ')
        b--;
    if (a == b)
        return fail(p, "class '%s': a mark of spaces only", cls);
    struct ntext t;
    struct norm_error e;
    if (normalize_text(w, strlen(w), 0, &t, &e) != NORM_OK)
        return fail(p, "class '%s': mark '%s' is no text", cls, w);
    int same = t.len == b - a && memcmp(t.s, w + a, t.len) == 0;
    if (!same)
        fail(p, "class '%s': mark '%s' reads '%s' in the folded text: write that", cls, w, t.s);
    ntext_release(&t);
    return same;
}

/* "param NAME VALUE" */
static int set_param(struct parse *p, struct lexicon_lang *out, const char *name, const char *v,
                     unsigned *seen)
{
    static const char *const PARAMS[] = {"order", "script", "keyword_after", "rtl", NULL};
    long i = find(PARAMS, name);
    if (i < 0)
        return fail(p, "unknown parameter '%s' (order, script, keyword_after, rtl)", name);
    if (!v)
        return fail(p, "parameter '%s' without a value", name);
    if (*seen & (1u << i))
        return fail(p, "parameter '%s' given twice", name);
    *seen |= 1u << i;
    if (i == 1) {
        long s = find(SCRIPTS, v);
        if (s < 0)
            return fail(p, "unknown script '%s' (latin, cjk, arabic, cyrillic)", v);
        out->lang.script = SCRIPTS[s];
        return 1;
    }
    char *end;
    errno = 0;
    long x = strtol(v, &end, 10);
    if (!*v || *end || errno || x < 0 || x > 1000000 || (i > 1 && x > 1))
        return fail(p, "parameter '%s': '%s' is not %s", name, v,
                    i > 1 ? "0 or 1" : "a number from 0 to 1000000");
    if (i == 0)
        out->order = x;
    else if (i == 2)
        out->lang.keyword_after = (int)x;
    else
        out->lang.rtl = (int)x;
    return 1;
}

/* A value of a class that takes one: checked here, converted when the tables are built. */
static int check_value(struct parse *p, enum kind k, const char *cls, const char *v)
{
    if (k == K_LIST || k == K_RAW || k == K_MARKS)
        return v ? fail(p, "class '%s' takes no value (a TAB in the word?)", cls) : 1;
    if (k == K_PAIRS && !v)
        return fail(p, "class '%s' needs the closing mark after a TAB", cls);
    if (!v)
        return fail(p, "class '%s' needs a value after a TAB", cls);
    if (k == K_MONTHS) {
        char *end;
        long m = strtol(v, &end, 10);
        if (!*v || *end || m < 1 || m > 12)
            return fail(p, "month '%s' is not 1 to 12", v);
    } else if (k == K_ORGANS && find(ORGANS, v) < 0) {
        return fail(p, "unknown organ '%s' (" LEXICON_ORGANS ")", v);
    } else if (k == K_NOUNS) {
        const char *bar = strchr(v, '|');
        if (!bar || bar == v || !bar[1] || strchr(bar + 1, '|'))
            return fail(p, "noun value '%s' is not TYPE|LABEL", v);
    } else if (k == K_SESSIONS && find(SESSIONS, v) < 0) {
        return fail(p, "unknown session kind '%s' (regular, special, emergency)", v);
    } else if (k == K_INFLECT) {
        size_t n = 1;
        for (const char *q = v; *q; q++)
            n += *q == '|';
        if (strstr(v, "||") || *v == '|' || v[strlen(v) - 1] == '|')
            return fail(p, "inflection '%s': an empty form (forms are ENDING|ENDING|...)", v);
        if (n > 15)
            return fail(p, "inflection '%s': more than 15 forms", v);
        for (const char *q = v, *bar; *q; q = bar + (*bar != 0))
            if ((size_t)((bar = q + strcspn(q, "|")) - q) > INFLECT_ENDING_MAX / 2)
                return fail(p, "inflection '%s': a form over %d bytes", v, INFLECT_ENDING_MAX / 2);
        if (p->nforms && n != p->nforms)
            return fail(p, "inflection '%s' has %zu forms, the first inflect row %zu", v, n,
                        p->nforms);
        p->nforms = n;
    }
    return 1;
}

static void add_word(struct words *w, const char *text, const char *value)
{
    xgrow((void **)&w->text, &w->cap, w->n + 2, sizeof *w->text);
    xgrow((void **)&w->value, &w->vcap, w->n + 2, sizeof *w->value);
    w->text[w->n] = text;
    w->value[w->n++] = value;
    w->text[w->n] = NULL;
}

/* The table of a class from its words (freeing what the words used). */
static void build(struct lang *L, size_t c, struct words *w)
{
    void *field = (char *)L + CLASSES[c].offset;
    switch (CLASSES[c].kind) {
    case K_LIST:
    case K_RAW:
    case K_MARKS:
        *(const char *const **)field = w->text;
        free(w->value);
        return;
    case K_PAIRS: { /* flat: open, close, … (the strings move into it) */
        const char **l = xcalloc(2 * w->n + 1, sizeof *l);
        for (size_t i = 0; i < w->n; i++)
            l[2 * i] = w->text[i], l[2 * i + 1] = w->value[i];
        *(const char *const **)field = l;
        free(w->text);
        free(w->value);
        return;
    }
    case K_MONTHS: {
        unsigned char *num = xcalloc(w->n + 1, 1);
        for (size_t i = 0; i < w->n; i++)
            num[i] = (unsigned char)atoi(w->value[i]);
        L->months = w->text;
        L->month_numbers = num;
        break;
    }
    case K_ORGANS: {
        struct organ_name *o = xcalloc(w->n + 1, sizeof *o);
        for (size_t i = 0; i < w->n; i++)
            o[i] = (struct organ_name){w->text[i], ORGAN_VALUES[find(ORGANS, w->value[i])]};
        L->organs_before = o;
        free(w->text);
        break;
    }
    case K_NOUNS: {
        struct body_noun *b = xcalloc(w->n + 1, sizeof *b);
        for (size_t i = 0; i < w->n; i++) {
            const char *bar = strchr(w->value[i], '|');
            b[i] = (struct body_noun){w->text[i], xstrndup(w->value[i], (size_t)(bar - w->value[i])),
                                      xstrdup(bar + 1)};
        }
        L->nouns = b;
        free(w->text);
        break;
    }
    case K_INFLECT: {
        struct inflect_rule *r = xcalloc(w->n + 1, sizeof *r);
        for (size_t i = 0; i < w->n; i++) {
            size_t nf = 1;
            for (const char *q = w->value[i]; *q; q++)
                nf += *q == '|';
            const char **forms = xcalloc(nf + 1, sizeof *forms);
            const char *a = w->value[i];
            for (size_t f = 0; f < nf; f++) {
                const char *bar = strchr(a, '|');
                size_t len = bar ? (size_t)(bar - a) : strlen(a);
                forms[f] = xstrndup(a, len);
                a += len + 1;
            }
            r[i] = (struct inflect_rule){w->text[i], forms, {0}};
        }
        *(const struct inflect_rule **)field = r;
        free(w->text);
        break;
    }
    case K_SESSIONS: {
        struct session_mark *s = xcalloc(w->n + 1, sizeof *s);
        for (size_t i = 0; i < w->n; i++)
            s[i] = (struct session_mark){w->text[i], SESSION_VALUES[find(SESSIONS, w->value[i])]};
        L->sessions = s;
        free(w->text);
        break;
    }
    }
    for (size_t i = 0; i < w->n; i++)
        free((char *)w->value[i]);
    free(w->value);
}

/* One line "class TAB word [TAB value]" or "param TAB name TAB value" of [s, e). */
static int parse_line(struct parse *p, struct lexicon_lang *out, struct words *w, const char *s,
                      const char *e, unsigned *seen)
{
    const char *f[4];
    size_t len[4], nf = 0;
    for (const char *q = s;; q++)
        if (q == e || *q == '\t') {
            if (nf < 4)
                f[nf] = s, len[nf] = (size_t)(q - s);
            nf++;
            s = q + 1;
            if (q == e)
                break;
        }
    if (nf < 2)
        return fail(p, "a line is CLASS<TAB>WORD[<TAB>VALUE]: no TAB");
    if (nf > 3)
        return fail(p, "more than three TAB-separated columns");
    char cls[64], word[256], value[256];
    if (len[0] >= sizeof cls || len[1] >= sizeof word || (nf == 3 && len[2] >= sizeof value))
        return fail(p, "a column over %zu bytes", sizeof word - 1);
    snprintf(cls, sizeof cls, "%.*s", (int)len[0], f[0]);
    snprintf(word, sizeof word, "%.*s", (int)len[1], f[1]);
    if (nf == 3)
        snprintf(value, sizeof value, "%.*s", (int)len[2], f[2]);
    if (strcmp(cls, "param") == 0)
        return p->common ? fail(p, "%s takes no parameter", COMMON)
                         : set_param(p, out, word, nf == 3 ? value : NULL, seen);
    size_t c = 0;
    while (c < NCLASSES && strcmp(CLASSES[c].name, cls) != 0)
        c++;
    if (c == NCLASSES)
        return fail(p, "unknown class '%s' (docs/lexicon.md lists them)", cls);
    if (!*word)
        return fail(p, "empty word (the empty word is written \"\")");
    enum kind k = CLASSES[c].kind;
    if (p->common && k != K_MARKS && k != K_PAIRS)
        return fail(p, "class '%s' in %s, which holds typography only (docs/lexicon.md)", cls,
                    COMMON);
    if (!check_value(p, k, cls, nf == 3 ? value : NULL))
        return 0;
    if ((k == K_MARKS || k == K_PAIRS) && !mark_ok(p, cls, word))
        return 0;
    if (k == K_PAIRS && !mark_ok(p, cls, value))
        return 0;
    if (CLASSES[c].kind == K_INFLECT && strlen(word) > INFLECT_ENDING_MAX / 2)
        return fail(p, "inflection ending '%s' over %d bytes", word, INFLECT_ENDING_MAX / 2);
    add_word(&w[c], strcmp(word, "\"\"") == 0 ? xstrdup("") : xstrdup(word),
             nf == 3 ? xstrdup(value) : NULL);
    return 1;
}

int lexicon_parse(const char *path, const char *data, size_t len, struct lexicon_lang *out,
                  char *err, size_t errlen)
{
    struct parse p = {err, errlen, 0, 0, 0};
    memset(out, 0, sizeof *out);
    out->order = 1000000;
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    size_t bl = strlen(base);
    p.common = strcmp(base, COMMON) == 0;
    int code_ok = p.common || (bl >= 6 && bl <= 7 && strcmp(base + bl - 4, ".tsv") == 0);
    for (size_t i = 0; code_ok && !p.common && i < bl - 4; i++)
        code_ok = base[i] >= 'a' && base[i] <= 'z';
    if (!code_ok)
        return fail(&p, "the file name is not <code>.tsv with a code of 2 or 3 letters a-z");
    struct words w[NCLASSES] = {{0}};
    unsigned seen = 0;
    int ok = 1;
    for (const char *s = data, *end = data + len; ok && s < end;) {
        const char *e = memchr(s, '\n', (size_t)(end - s));
        if (!e)
            e = end;
        p.line++;
        if (!utf8_ok(s, (size_t)(e - s)))
            ok = fail(&p, "not UTF-8 text");
        else if (memchr(s, '\r', (size_t)(e - s)))
            ok = fail(&p, "a carriage return (the files end lines with LF only)");
        else if (e > s && *s != '#')
            ok = parse_line(&p, out, w, s, e, &seen);
        s = e + 1;
    }
    if (ok && !p.common && !(seen & 2))
        p.line = 0, ok = fail(&p, "no 'param<TAB>script' line");
    if (ok && !p.common && !w[0].n)
        p.line = 0, ok = fail(&p, "no 'keywords' line");
    for (size_t c = 0; c < NCLASSES; c++)
        if (ok && w[c].n) {
            build(&out->lang, c, &w[c]);
        } else {
            for (size_t i = 0; i < w[c].n; i++)
                free((char *)w[c].text[i]), free((char *)w[c].value[i]);
            free(w[c].text), free(w[c].value);
        }
    if (!ok)
        return 0; /* what was built is kept: the caller exits */
    out->lang.code = xstrndup(base, bl - 4);
    return 1;
}

void lexicon_map_lists(struct lang *L, const char *const *(*f)(const char *const *))
{
    for (size_t c = 0; c < NCLASSES; c++)
        if (CLASSES[c].kind == K_LIST) {
            const char *const **field = (const char *const **)((char *)L + CLASSES[c].offset);
            *field = f(*field);
        }
}

static void free_list(const char *const *l)
{
    for (size_t i = 0; l && l[i]; i++)
        free((char *)l[i]);
    free((void *)l);
}

void lexicon_free(struct lexicon_lang *l)
{
    struct lang *L = &l->lang;
    for (size_t c = 0; c < NCLASSES; c++) {
        const void *field = (const char *)L + CLASSES[c].offset;
        if (CLASSES[c].kind == K_LIST || CLASSES[c].kind == K_RAW || CLASSES[c].kind == K_MONTHS ||
            CLASSES[c].kind == K_MARKS || CLASSES[c].kind == K_PAIRS)
            free_list(*(const char *const *const *)field);
    }
    free((void *)L->month_numbers);
    for (size_t i = 0; L->organs_before && L->organs_before[i].text; i++)
        free((char *)L->organs_before[i].text);
    for (size_t i = 0; L->nouns && L->nouns[i].text; i++)
        free((char *)L->nouns[i].text), free((char *)L->nouns[i].type),
            free((char *)L->nouns[i].label);
    for (size_t i = 0; L->sessions && L->sessions[i].text; i++)
        free((char *)L->sessions[i].text);
    const struct inflect_rule *rules[] = {L->inflect_nouns, L->inflect_adjs};
    for (size_t k = 0; k < 2; k++) {
        for (size_t i = 0; rules[k] && rules[k][i].ending; i++) {
            free((char *)rules[k][i].ending);
            free_list(rules[k][i].forms);
        }
        free((void *)rules[k]);
    }
    free((void *)L->organs_before), free((void *)L->nouns), free((void *)L->sessions);
    free((char *)L->code);
    memset(l, 0, sizeof *l);
}

/* Words (step 1) or pairs (step 2) of the list field of class c. */
static const char *const *list_of(const struct lang *L, size_t c)
{
    return *(const char *const *const *)((const char *)L + CLASSES[c].offset);
}

static size_t list_len(const char *const *l)
{
    size_t n = 0;
    while (l && l[n])
        n++;
    return n;
}

/* Appends to u[0..*k) the words (step 1) or pairs (step 2) of l it lacks (copies of them
 * when copy). */
static void add_new(const char **u, size_t *k, const char *const *l, size_t step, int copy)
{
    for (size_t j = 0; l && l[j]; j += step) {
        size_t d = 0;
        while (d < *k && !(strcmp(u[d], l[j]) == 0 &&
                           (step == 1 || strcmp(u[d + 1], l[j + 1]) == 0)))
            d += step;
        if (d < *k)
            continue; /* there */
        for (size_t s = 0; s < step; s++)
            u[(*k)++] = copy ? xstrdup(l[j + s]) : l[j + s];
    }
}

static int united(enum kind k) { return k == K_LIST || k == K_MARKS || k == K_PAIRS; }

void lexicon_unite(struct lang *any, const struct lang *langs, size_t n)
{
    for (size_t c = 0; c < NCLASSES; c++) {
        if (!united(CLASSES[c].kind))
            continue;
        size_t total = 0, k = 0, step = CLASSES[c].kind == K_PAIRS ? 2 : 1;
        for (size_t i = 0; i < n; i++)
            total += list_len(list_of(&langs[i], c));
        const char **u = xcalloc(total + 1, sizeof *u);
        for (size_t i = 0; i < n; i++)
            add_new(u, &k, list_of(&langs[i], c), step, 0);
        *(const char *const **)((char *)any + CLASSES[c].offset) = u;
    }
}

void lexicon_merge_common(struct lang *L, const struct lang *common)
{
    for (size_t c = 0; c < NCLASSES; c++) {
        enum kind kind = CLASSES[c].kind;
        const char *const *own = list_of(L, c), *const *more = list_of(common, c);
        if ((kind != K_MARKS && kind != K_PAIRS) || !more)
            continue;
        size_t k = list_len(own);
        const char **u = xcalloc(k + list_len(more) + 1, sizeof *u);
        if (k)
            memcpy(u, own, k * sizeof *u);
        add_new(u, &k, more, kind == K_PAIRS ? 2 : 1, 1);
        free((void *)own);
        *(const char *const **)((char *)L + CLASSES[c].offset) = u;
    }
}

static int by_order(const void *a, const void *b)
{
    const struct lexicon_lang *x = a, *y = b;
    if (x->order != y->order)
        return x->order < y->order ? -1 : 1;
    return strcmp(x->lang.code, y->lang.code);
}

/* Parses embedded file f into *out, or exits with its message. */
static void parse_embedded(const struct lexicon_file *f, struct lexicon_lang *out)
{
    char err[512];
    if (!lexicon_parse(f->path, (const char *)f->data, *f->len, out, err, sizeof err)) {
        char *colon = strchr(err, ':');
        long line = strtol(err, NULL, 10);
        diag_error(f->path, line, "%s", colon ? colon + 2 : err);
        exit(1);
    }
}

static int is_common(const char *path)
{
    const char *base = strrchr(path, '/');
    return strcmp(base ? base + 1 : path, COMMON) == 0;
}

struct lexicon_lang *lexicon_load_all(size_t *n)
{
    size_t files = 0, k = 0;
    while (lexicon_files[files].path)
        files++;
    struct lexicon_lang *all = xcalloc(files ? files : 1, sizeof *all), common = {0};
    for (size_t i = 0; i < files; i++) {
        const struct lexicon_file *f = &lexicon_files[i];
        if (is_common(f->path)) {
            parse_embedded(f, &common);
            continue;
        }
        if (k == 32) { /* the outputs keep a node's languages in the bits of an unsigned */
            diag_error(f->path, 0, "more than 32 languages (lexicon files)");
            exit(1);
        }
        parse_embedded(f, &all[k++]);
    }
    if (!k) {
        diag_error("data/lang", 0, "no lexicon file was built in (data/lang/*.tsv)");
        exit(1);
    }
    for (size_t i = 0; i < k; i++)
        lexicon_merge_common(&all[i].lang, &common.lang);
    if (common.lang.code)
        lexicon_free(&common);
    qsort(all, k, sizeof *all, by_order);
    *n = k;
    return all;
}
