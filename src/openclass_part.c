/* openclass_part: a part of a known instrument written as a book title in a head-last
 * language (zh 《条约第三号议定书》, "the Treaty's Protocol III"): the bare head of the
 * instrument named before, its item number (lang.h item_prefix, item_suffix: "第三号") and
 * the part's head. The registry row is the one whose English name the part's head class,
 * the number in Roman numerals and the antecedent's English name make ("protocol iii to
 * the african nuclear-weapon-free zone treaty"), as registry_part (openclass.c) does for
 * the head-first languages. The bare head alone (《议定书》 after the treaty) is the parts
 * of the instrument named before ("protocols to the …", else "protocol to the …").
 * Also the other open-class names that are known entities: a head-first part after a link
 * (oc_registry_part), a name inside a known one (oc_known_whole), a name that ends with one
 * found elsewhere or is the first words of one (oc_known_part). */
#include "openclass_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "symbol.h"

/* how far back (bytes) the instrument the part's bare head names may be */
enum { PART_REACH = 3000 };

/* The registry row of the part "HEAD[s] [NUM] to the <ante's English name>" (folded):
 * with no number the plural first ("protocols to the …"), else the singular; m spans
 * [s, e). 1 when found. */
static int part_row(const struct openclass_sibling *sib, const char *head, const char *num,
                    const struct mention *ante, size_t s, size_t e, struct mention *m)
{
    for (int plural = !*num; plural >= 0; plural--) {
        char buf[512];
        int n = snprintf(buf, sizeof buf, "%s%s%s%s to the %s", head, plural ? "s" : "",
                         *num ? " " : "", num, ante->name);
        if (n <= 0 || (size_t)n >= sizeof buf)
            return 0;
        for (char *c = buf; *c; c++)
            if (*c >= 'A' && *c <= 'Z')
                *c = (char)(*c - 'A' + 'a');
        if (sib->named(sib->ctx, buf, m) && m->kind == MK_CONVENTION) {
            m->nstart = s;
            m->nend = e;
            return 1;
        }
    }
    return 0;
}

int openclass_part_title(struct text t, const struct lang *L, size_t s, size_t e,
                         const struct mentions *out, const struct openclass_sibling *sib,
                         struct mention *m)
{
    const struct oc_lang *o = oc_get(L->code);
    if (!o || !o->head_last || !sib || !sib->named || !L->item_prefix || !L->item_suffix)
        return 0;
    size_t w, hw, k = oc_any(o, C_INSTRUMENT, t, s, &w), p = s + k, n;
    long v = 0;
    const char *cls = NULL; /* NULL: the bare head alone, a part of any instrument */
    if (k == e - s) {
        hw = w;
    } else {
        if (!k || !(n = scan_any(t, p, L->item_prefix, NULL)))
            return 0;
        p += n;
        if (!(n = scan_cjk_number(t, p, &v)) || v <= 0 || v >= 100)
            return 0;
        p += n;
        if (!(n = scan_any(t, p, L->item_suffix, NULL)))
            return 0;
        p += n;
        if (oc_any(o, C_INSTRUMENT, t, p, &hw) != e - p)
            return 0;
        cls = o->c[C_INSTRUMENT].v[w];
    }
    const char *head = o->c[C_INSTRUMENT].v[hw];
    const struct mention *ante = NULL;
    for (size_t i = out->n; i-- > 0 && !ante;) {
        const struct mention *a = &out->v[i];
        if (a->kind == MK_CONVENTION && a->known && a->name && a->type && a->nend <= s &&
            s - a->nend <= PART_REACH && (cls ? strcmp(a->type, cls) == 0 : strcmp(a->type, head) != 0))
            ante = a;
    }
    if (!ante || !head)
        return 0;
    /* with no number the plural first: the bare head names the parts ("the Protocols") */
    char num[16] = "";
    if (v)
        roman_format((int)v, num);
    return part_row(sib, head, num, ante, s, e, m);
}

/* A part of a known instrument ("Protocol III to the Treaty", fr "Protocole III au Traité",
 * ar "البروتوكولات الملحقة بالمعاهدة", the treaty named before: ante) that the registry lists:
 * its row, found by the English name the head class, the part number (a roman numeral or
 * digits among the name's words) and the antecedent's English name make ("protocol iii to
 * the african nuclear-weapon-free zone treaty"; without a number the plural first,
 * "protocols to the …"). 1 when found (m filled). */
int oc_registry_part(const struct openclass_sibling *sib, struct text t,
                      const struct found_name *f, const struct mention *ante, struct mention *m)
{
    if (!sib || !sib->named || !ante->known || !ante->name || !f->head)
        return 0;
    char num[16] = "";
    for (size_t p = f->s; p < f->short_at;) {
        size_t e = p, r = 0, d = 0;
        while (e < f->short_at && t.s[e] != ' ')
            e++;
        for (size_t k = p; k < e; k++) {
            r += strchr("ivxl", t.s[k]) != NULL;
            d += is_digit((unsigned char)t.s[k]);
        }
        if (p > f->s && e - p < sizeof num && (r == e - p || d == e - p)) {
            for (size_t k = p; k < e; k++)
                num[k - p] = t.s[k];
            num[e - p] = 0;
        }
        p = e + 1;
    }
    return part_row(sib, f->head, num, ante, f->s, f->e, m);
}

/* With capitals for every word (param case all): the named mention of the name's kind, not
 * an open-class one, whose words hold the name's words ("Final Agreement" after the
 * gazetteer's "Final Agreement for Ending the Conflict …", "Verification Mission" after
 * "United Nations Verification Mission in Colombia"): the name is a short form of it; else
 * -1. Capitals show where such a name ends; in a language without them a name cut short
 * ("Convention sur la conservation" of another convention) would take the known one. */
size_t oc_known_whole(const struct oc_lang *o, const struct named *nm, struct text t,
                          const struct found_name *f)
{
    enum mention_kind kind = f->cls == C_BODY ? MK_BODY : MK_CONVENTION;
    size_t len = f->e - f->s;
    for (size_t i = 0; o->need_case == CASE_ALL && i < nm->n; i++) {
        const struct mention *m = &nm->of->v[nm->by_start[i]];
        if (m->kind != kind || !m->id || strncmp(m->id, "unknown:", 8) == 0 ||
            m->nend - m->nstart <= len || m->nend > t.n)
            continue;
        for (size_t q = m->nstart; q + len <= m->nend; q++)
            if ((q == m->nstart || t.s[q - 1] == ' ') &&
                (q + len == m->nend || t.s[q + len] == ' ') &&
                memcmp(t.s + q, t.s + f->s, len) == 0)
                return nm->by_start[i];
    }
    return (size_t)-1;
}

/* The name ends with the words of a name already found elsewhere in the text (the
 * gazetteer's, a book title's): that name's entity, not a new one ("关于替换第五议定书"); head-last
 * names only (a head-first name may end with a named body: "… of the Secretary-General").
 * head: the name is the first words of one found elsewhere (a head-first name of capitalized
 * words alone, ru "Заключительного соглашения" after "Заключительного соглашения о …"). */

/* The key (name_key) of the first words of [s, e), as many as [fs, fe) has, or NULL. */
static char *first_words_key(const struct lang *L, struct text t, size_t s, size_t e,
                             size_t fs, size_t fe)
{
    struct found_name g = {0};
    g.s = s;
    for (g.e = s; fs < fe; fs++)
        if (t.s[fs] == ' ') {
            while (g.e < e && t.s[g.e] != ' ')
                g.e++;
            g.e++;
        }
    while (g.e < e && t.s[g.e] != ' ')
        g.e++;
    return g.e < e ? oc_name_key(L, t, &g) : NULL;
}

size_t oc_known_part(const struct lang *L, const struct named *nm, struct text t,
                         const struct found_name *f, int head)
{
    size_t n = f->e - f->s, got = 0;
    char *key = head ? oc_name_key(L, t, f) : NULL;
    for (size_t i = 0; i < nm->n && !got; i++) {
        const struct mention *m = &nm->of->v[nm->by_start[i]];
        size_t len = m->nend - m->nstart;
        if (m->nend > t.n || (head ? len <= n : len >= n))
            continue;
        if (!head) {
            got = memcmp(t.s + f->e - len, t.s + m->nstart, len) == 0;
        } else if (memcmp(t.s + m->nstart, t.s + f->s, 4) == 0) {
            /* its case forms too: "Заключительном соглашении" */
            char *k = first_words_key(L, t, m->nstart, m->nend, f->s, f->e);
            got = k && strcmp(k, key) == 0 ? nm->by_start[i] + 1 : 0;
            free(k);
        }
    }
    free(key);
    return got; /* head: the mention's index + 1 */
}
