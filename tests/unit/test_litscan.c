/* Unit tests: litscan (every occurrence of every literal, bits and tags of equal literals),
 * and the two scanners built on it agreeing with the matchers they serve: scan_hits_find
 * has a candidate wherever a keyword, short form or digit matches, gazetteer_hits has the
 * longest alias gazetteer_match finds at every position, and the fused-prefix starts. */
#include <stdlib.h>

#include "gazetteer.h"
#include "harness.h"
#include "lang.h"
#include "litscan.h"
#include "normalize.h"
#include "scan.h"

struct got {
    size_t start[16], len[16];
    uint64_t bits[16];
    int32_t tag[16];
    size_t n;
};

static void collect(void *ctx, size_t start, size_t len, uint64_t bits, int32_t tag)
{
    struct got *g = ctx;
    if (g->n < 16) {
        g->start[g->n] = start, g->len[g->n] = len, g->bits[g->n] = bits, g->tag[g->n] = tag;
        g->n++;
    }
}

static void literals(void)
{
    struct litscan_set *b = litscan_set_new();
    litscan_set_add(b, "ab", 2, 1, -1);
    litscan_set_add(b, "abc", 3, 2, 7);
    litscan_set_add(b, "ab", 2, 4, 5); /* the same literal: bits OR-ed, the tag taken */
    litscan_set_add(b, "b\0c", 3, 8, 9); /* any byte */
    const char *why = NULL;
    struct litscan *db = litscan_compile(b, &why);
    CHECK(db != NULL);
    if (!db)
        return;
    CHECK_INT(litscan_size(db), 3);
    struct got g = {0};
    litscan_run(db, "xabcab", 6, collect, &g);
    CHECK_INT(g.n, 3); /* ab@1, abc@1, ab@4: by end */
    CHECK(g.start[0] == 1 && g.len[0] == 2 && g.bits[0] == 5 && g.tag[0] == 5);
    CHECK(g.start[1] == 1 && g.len[1] == 3 && g.bits[1] == 2 && g.tag[1] == 7);
    CHECK(g.start[2] == 4 && g.len[2] == 2);
    g.n = 0;
    litscan_run(db, "ab\0c", 4, collect, &g);
    CHECK_INT(g.n, 2);
    CHECK(g.n == 2 && g.start[1] == 1 && g.bits[1] == 8);
    litscan_free(db);
    struct litscan *none = litscan_compile(litscan_set_new(), &why); /* finds nothing */
    CHECK(none != NULL);
    g.n = 0;
    if (none)
        litscan_run(none, "ab", 2, collect, &g);
    CHECK_INT(g.n, 0);
    litscan_free(none);
}

static struct ntext fold(const char *s)
{
    struct ntext t;
    struct norm_error err;
    if (normalize_text(s, strlen(s), 0, &t, &err) != NORM_OK)
        memset(&t, 0, sizeof t);
    return t;
}

/* Every position where refs would read a keyword (also behind a fused prefix), a short
 * form or a digit is a candidate with that bit; candidates are sorted, one a position. */
static void candidates(const char *code, const char *text)
{
    const struct lang *L = lang_get(code);
    struct ntext nt = fold(text);
    struct text t = {nt.s, nt.len};
    struct scan_hits h = {0};
    scan_hits_find(L->table, t, &h);
    int sorted = 1, missing = 0, kw = 0;
    for (size_t i = 1; i < h.n; i++)
        sorted &= h.pos[i - 1] < h.pos[i];
    for (size_t p = 0, i = 0; p < t.n; p++) {
        while (i < h.n && h.pos[i] < p)
            i++;
        unsigned m = i < h.n && h.pos[i] == p ? h.mask[i] : 0, want = 0;
        if (scan_any(t, p, L->keywords, NULL))
            want |= HIT_KEYWORD, kw++;
        for (size_t w = 0; L->word_prefixes && L->word_prefixes[w]; w++) {
            size_t n = strlen(L->word_prefixes[w]);
            struct text rest = {t.s + p + n, p + n <= t.n ? t.n - p - n : 0};
            if (p + n < t.n && memcmp(t.s + p, L->word_prefixes[w], n) == 0 &&
                scan_any(rest, 0, L->keywords, NULL))
                want |= HIT_KEYWORD, kw++;
        }
        if (scan_any(t, p, L->short_forms, NULL) || scan_any(t, p, L->short_forms_plural, NULL))
            want |= HIT_SHORT;
        if (t.s[p] >= '0' && t.s[p] <= '9')
            want |= HIT_DIGIT;
        if ((m & want) != want) {
            missing++;
            fprintf(stderr, "%s: no candidate %u at %zu\n", code, want & ~m, p);
        }
    }
    CHECK(sorted);
    CHECK_INT(missing, 0);
    CHECK(kw > 0); /* the text has keywords */
    scan_hits_free(&h);
    ntext_release(&nt);
}

/* At every position the longest alias of gazetteer_hits is gazetteer_match's; every start
 * of a fused prefix + alias (names.c) is a prefix hit. */
static void aliases(const struct gazetteer *g, const char *code, const char *text)
{
    const struct lang *L = lang_get(code);
    struct ntext nt = fold(text);
    struct gz_hits h = {0};
    gazetteer_hits(g, L, nt.s, nt.len, &h);
    int differ = 0, found = 0, fused = 0, fused_missing = 0;
    for (size_t p = 0, i = 0; p < nt.len; p++) {
        while (i < h.n && h.v[i].start < p)
            i++;
        size_t j = i, has_prefix = 0;
        for (; j < h.n && h.v[j].start == p; j++)
            has_prefix |= h.v[j].prefix;
        const struct gz_entry *a, *b;
        size_t ka = gazetteer_longest(g, nt.s, nt.len, h.v + i, j - i, &a);
        size_t kb = gazetteer_match(g, nt.s, nt.len, p, &b);
        differ += ka != kb || a != b;
        found += kb > 0;
        for (size_t w = 0; L->word_prefixes && L->word_prefixes[w]; w++) {
            size_t n = strlen(L->word_prefixes[w]);
            if (p + n >= nt.len || memcmp(nt.s + p, L->word_prefixes[w], n) != 0)
                continue;
            const struct gz_entry *x;
            int any = gazetteer_match(g, nt.s, nt.len, p + n, &x) > 0 ||
                      gazetteer_match_after(g, "\xd8\xa7", nt.s, nt.len, p + n, &x) > 0 ||
                      (n >= 2 && gazetteer_match_after(g, "\xd8\xa7", nt.s, nt.len, p + n - 2, &x));
            fused += any;
            fused_missing += any && !has_prefix;
        }
    }
    CHECK_INT(differ, 0);
    CHECK(found > 0);
    CHECK_INT(fused_missing, 0);
    if (L->word_prefixes)
        CHECK(fused > 0);
    free(h.v);
    ntext_release(&nt);
}

int main(void)
{
    literals();
    candidates("en", "Recalling its resolutions 1373 (2001) and 2253 (2015), the said resolution "
                     "and the Security Council's resolution S/RES/1540, A/RES/60/1.");
    candidates("ar", "وإذ يشير إلى قراراته 1373 (2001) وبالقرار 2253 والقرار المذكور");
    candidates("zh", "回顾第1373(2001)号决议和第二六二五号决议以及该决议");
    candidates("ru", "ссылаясь на резолюции 1373 (2001) и 2253 (2015), резолюцию 60/1");
    struct gazetteer *g = gazetteer_builtin();
    CHECK(g != NULL);
    if (g) {
        aliases(g, "en", "The Counter-Terrorism Committee, the CTC, the Human Rights Council, "
                         "UNICEF and the usual situation; the Convention on the Rights of the Child3, "
                         "the Charter of the United Nations");
        aliases(g, "ar", "للجنة المعنية بحقوق الإنسان ولمجلس حقوق الإنسان واللجنة المعنية "
                         "بحقوق الإنسان ومجلس الأمن وبمجلس الأمن");
        aliases(g, "zh", "反恐怖主义委员会和人权理事会以及《儿童权利公约》");
        gazetteer_free(g);
    }
    return h_done("litscan");
}
