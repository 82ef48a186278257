/* openclass_part: a part of a known instrument written as a book title in a head-last
 * language (zh 《条约第三号议定书》, "the Treaty's Protocol III"): the bare head of the
 * instrument named before, its item number (lang.h item_prefix, item_suffix: "第三号") and
 * the part's head. The registry row is the one whose English name the part's head class,
 * the number in Roman numerals and the antecedent's English name make ("protocol iii to
 * the african nuclear-weapon-free zone treaty"), as registry_part (openclass.c) does for
 * the head-first languages. The bare head alone (《议定书》 after the treaty) is the parts
 * of the instrument named before ("protocols to the …", else "protocol to the …"). */
#include "openclass_impl.h"

#include <stdio.h>
#include <string.h>

#include "symbol.h"

/* how far back (bytes) the instrument the part's bare head names may be */
enum { PART_REACH = 3000 };

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
    for (int plural = !v; plural >= 0; plural--) {
        char num[16] = "", buf[512];
        if (v)
            roman_format((int)v, num);
        int b = snprintf(buf, sizeof buf, "%s%s%s%s to the %s", head, plural ? "s" : "",
                         v ? " " : "", num, ante->name);
        if (b <= 0 || (size_t)b >= sizeof buf)
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
