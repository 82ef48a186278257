/* lang: the languages' recognizer tables, folded, and language detection (see lang.h); the
 * words are read from the lexicon files by lexicon.c. */
#include "lang.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "normalize.h"
#include "scan.h"
#include "util.h"

/* The tables folded the way the text is (lowercase, no accents, ASCII digits …). The
 * folded strings live as long as the program. */
static struct lang *folded;
static size_t nlangs;
static const char **codes;
static struct lexicon_lang *all; /* the unfolded tables, kept */
static struct lang any;          /* lang_any() */
static pthread_once_t folded_once = PTHREAD_ONCE_INIT;

static const char *fold(const char *s)
{
    struct ntext t;
    struct norm_error err;
    if (!s || normalize_text(s, strlen(s), 0, &t, &err) != NORM_OK)
        return s;
    char *f = xstrndup(t.s, t.len);
    ntext_release(&t);
    return f;
}

static const char *const *fold_list(const char *const *l)
{
    size_t n = 0;
    if (!l)
        return NULL;
    while (l[n])
        n++;
    const char **f = xcalloc(n + 1, sizeof *f);
    for (size_t i = 0; i < n; i++)
        f[i] = fold(l[i]);
    return f;
}

/* The inflection rules with their endings and forms folded. */
static const struct inflect_rule *fold_rules(const struct inflect_rule *r)
{
    size_t n = 0;
    while (r && r[n].ending)
        n++;
    if (!n)
        return NULL;
    struct inflect_rule *f = xcalloc(n + 1, sizeof *f);
    for (size_t i = 0; i < n; i++) {
        f[i] = (struct inflect_rule){fold(r[i].ending), fold_list(r[i].forms), {0}};
        f[i].len[0] = (unsigned char)strlen(f[i].ending);
        for (size_t k = 0; f[i].forms[k]; k++)
            f[i].len[k + 1] = (unsigned char)strlen(f[i].forms[k]);
    }
    return f;
}

static struct scan_filter *filter_of(const char *const *a, const char *const *b)
{
    struct scan_filter *f = xmalloc(sizeof *f);
    scan_filter_init(f);
    scan_filter_add(f, a);
    scan_filter_add(f, b);
    return f;
}

/* Where a keyword can start: the keywords, and each behind each fused prefix. */
static const struct scan_filter *keyword_filter(const char *const *kw, const char *const *pre)
{
    struct scan_filter *f = filter_of(kw, NULL);
    for (size_t i = 0; pre && pre[i]; i++)
        for (size_t j = 0; kw && kw[j]; j++) {
            char both[64];
            snprintf(both, sizeof both, "%s%s", pre[i], kw[j]);
            const char *const one[] = {both, NULL};
            scan_filter_add(f, one);
        }
    return f;
}

static void fold_all(void)
{
    all = lexicon_load_all(&nlangs);
    folded = xcalloc(nlangs ? nlangs : 1, sizeof *folded);
    codes = xcalloc(nlangs + 1, sizeof *codes);
    for (size_t i = 0; i < nlangs; i++) {
        struct lang *f = &folded[i];
        const struct lang *raw = &all[i].lang;
        *f = *raw;
        codes[i] = f->code;
        lexicon_map_lists(f, fold_list);
        f->months = fold_list(f->months);
        size_t n = 0;
        for (n = 0; f->organs_before && f->organs_before[n].text; n++)
            ;
        struct organ_name *o = xcalloc(n + 1, sizeof *o);
        for (size_t k = 0; k < n; k++)
            o[k] = (struct organ_name){fold(f->organs_before[k].text), f->organs_before[k].organ};
        f->organs_before = o;
        for (n = 0; f->nouns && f->nouns[n].text; n++)
            ;
        struct body_noun *bn = xcalloc(n + 1, sizeof *bn);
        for (size_t k = 0; k < n; k++)
            bn[k] = (struct body_noun){fold(f->nouns[k].text), f->nouns[k].type, f->nouns[k].label};
        f->nouns = bn;
        for (n = 0; f->sessions && f->sessions[n].text; n++)
            ;
        struct session_mark *sm = xcalloc(n + 1, sizeof *sm);
        for (size_t k = 0; k < n; k++)
            sm[k] = (struct session_mark){fold(f->sessions[k].text), f->sessions[k].kind};
        f->sessions = n ? sm : NULL;
        if (!n)
            free(sm);
        f->inflect_nouns = fold_rules(f->inflect_nouns);
        f->inflect_adjs = fold_rules(f->inflect_adjs);
    }
    lexicon_unite(&any, folded, nlangs);
    for (size_t i = 0; i < nlangs; i++) { /* the scan tables, of the folded words */
        struct lang *f = &folded[i];
        const struct organ_name *o = f->organs_before;
        f->kw_filter = keyword_filter(f->keywords, f->word_prefixes);
        f->short_filter = filter_of(f->short_forms, f->short_forms_plural);
        f->prefix_filter = filter_of(f->word_prefixes, NULL);
        size_t no = 0;
        for (size_t k = 0; o[k].text; k++)
            no++;
        const char **names = xcalloc(no + 1, sizeof *names);
        for (size_t k = 0, j = 0; k < no; k++)
            if (o[k].organ != ORGAN_SELF) /* "the Council" alone: see refs.c */
                names[j++] = o[k].text;
        f->organ_filter = filter_of(names, any.sentence_ends);
        free(names);
        static const char *const digits[] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9",
                                             NULL};
        static const char *const docsym[] = {"s/", "a/", "e/", NULL};
        const struct scan_filter *filters[] = { /* kept by the table: nothing to free */
            f->kw_filter, f->short_filter, filter_of(digits, NULL),
            filter_of(docsym, NULL),
            filter_of(f->keyword_after ? f->item_prefix : NULL, NULL)};
        struct scan_table *tab = xmalloc(sizeof *tab);
        scan_table_init(tab, filters, sizeof filters / sizeof *filters);
        f->table = tab;
    }
}

const struct lang *lang_any(void)
{
    pthread_once(&folded_once, fold_all);
    return &any;
}

const struct lang *lang_get(const char *code)
{
    pthread_once(&folded_once, fold_all);
    for (size_t i = 0; i < nlangs; i++)
        if (strcmp(folded[i].code, code) == 0)
            return &folded[i];
    return NULL;
}

const char *const *lang_code_list(void)
{
    pthread_once(&folded_once, fold_all);
    return codes;
}

/* Counts whole-word occurrences of the stop words of a language. */
static long stopword_hits(const struct lang *l, const char *s, size_t n)
{
    long hits = 0;
    size_t i = 0, longest = 0;
    if (!l->stopwords)
        return 0;
    for (const char *const *w = l->stopwords; *w; w++)
        if (strlen(*w) > longest)
            longest = strlen(*w);
    while (i < n) {
        while (i < n && s[i] == ' ')
            i++;
        size_t j = i;
        while (j < n && s[j] != ' ' && s[j] != ',' && s[j] != '.' && s[j] != ';')
            j++;
        for (const char *const *w = l->stopwords; *w && j - i <= longest; w++)
            if ((*w)[0] == s[i] && strncmp(*w, s + i, j - i) == 0 && (*w)[j - i] == 0)
                hits++;
        i = j + 1;
    }
    return hits;
}

/* The language of the script whose stop words s holds most (the first in order on a tie; a
 * script with one language needs no count); a script no language has reads as Latin. */
static const struct lang *of_script(const char *script, const char *s, size_t n)
{
    pthread_once(&folded_once, fold_all);
    const struct lang *best = NULL;
    long best_hits = -1;
    size_t count = 0;
    for (size_t i = 0; i < nlangs; i++)
        count += strcmp(folded[i].script, script) == 0;
    for (size_t i = 0; i < nlangs; i++) {
        if (strcmp(folded[i].script, script) != 0)
            continue;
        if (count == 1)
            return &folded[i];
        long h = stopword_hits(&folded[i], s, n < 6144 ? n : 6144); /* a thousand words tell */
        if (h > best_hits)
            best = &folded[i], best_hits = h;
    }
    if (best)
        return best;
    return strcmp(script, "latin") != 0 ? of_script("latin", s, n) : &folded[0];
}

const struct lang *lang_detect(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    long cjk = 0, arabic = 0, cyrillic = 0, latin = 0;
    if (n > 16384) /* the first 16 KB tell the script and the stop words */
        n = 16384;
    for (size_t i = 0, check = 4096; i < n;) {
        if (i >= check) { /* stop early once one script clearly leads */
            long c3 = cjk * 3, top = c3, second = 0, v[3] = {arabic, cyrillic, latin};
            for (int j = 0; j < 3; j++) {
                if (v[j] > top)
                    second = top, top = v[j];
                else if (v[j] > second)
                    second = v[j];
            }
            if (top >= 1000 && top >= 4 * second) {
                n = i;
                break;
            }
            check += 4096;
        }
        /* the common scripts by their lead bytes (no decoding): ASCII, Cyrillic U+0400–04FF
         * (D0–D3), Arabic U+0600–06FF (D8–DB), CJK U+4E00–9FFF (E4 B8 – E9 BF) */
        unsigned b = u[i];
        if (b < 0x80) {
            latin += b - 'a' < 26u;
            i++;
            continue;
        }
        if (b >= 0xD0 && b <= 0xDB && i + 1 < n && (u[i + 1] & 0xC0) == 0x80) {
            cyrillic += b <= 0xD3;
            arabic += b >= 0xD8;
            i += 2;
            continue;
        }
        if (b >= 0xE4 && b <= 0xE9 && i + 2 < n && (u[i + 1] & 0xC0) == 0x80 &&
            (u[i + 2] & 0xC0) == 0x80) {
            cjk += b > 0xE4 || u[i + 1] >= 0xB8;
            i += 3;
            continue;
        }
        uint32_t cp;
        size_t k = utf8_decode(u + i, n - i, &cp);
        if (!k) {
            i++;
            continue;
        }
        if (cp >= 0x4E00 && cp <= 0x9FFF)
            cjk++;
        else if (cp >= 0x0600 && cp <= 0x06FF)
            arabic++;
        else if (cp >= 0x0400 && cp <= 0x04FF)
            cyrillic++;
        else if (cp >= 'a' && cp <= 'z')
            latin++;
        i += k;
    }
    /* Chinese characters carry about three Latin letters' worth of text each. */
    const char *script = "latin";
    if (cjk * 3 >= latin && cjk >= arabic && cjk >= cyrillic && cjk > 0)
        script = "cjk";
    else if (arabic >= latin && arabic >= cyrillic && arabic > 0)
        script = "arabic";
    else if (cyrillic >= latin && cyrillic > 0)
        script = "cyrillic";
    return of_script(script, s, n);
}
