/* openclass_short: the short forms of the open class ("the Convention", "ladite
 * Convention", a bare head that stands alone: zh "the Committee"), resolved to the entity
 * of their head class named last before them (docs/openclass.md, classes short,
 * short_plural, short_alone). The grammar that finds the names is openclass.c's. */
#include "openclass_impl.h"

#include <string.h>

#include "normalize.h"
#include "util.h"

enum { SHORT_REACH = 3000 }; /* bytes back to a short form's antecedent (param reach) */
#define REACH(o) ((o)->reach ? (o)->reach : SHORT_REACH)

/* s[0..n) in ASCII lower case into buf (n < its size), as strcasestr compares. */
static char *ascii_lower(char *buf, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        buf[i] = (char)((unsigned)(s[i] - 'A') < 26 ? s[i] - 'A' + 'a' : s[i]);
    buf[n] = 0;
    return buf;
}

/* The head class named first in an English name ("Nagoya Protocol … to the Convention on
 * Biological Diversity" is a protocol), or "". strstr of the lower-cased strings, which
 * finds what strcasestr would without setting up its search for each class. */
static const char *first_class(const struct oc_lang *o, const char *name)
{
    const char *first = NULL, *at, *cls = "";
    size_t firstlen = 0, len = strlen(name);
    char low[512], word[128];
    int lowered = len < sizeof low;
    const char *h = lowered ? ascii_lower(low, name, len) : name;
    for (int c = C_INSTRUMENT; c <= C_BODY; c++)
        for (size_t i = 0; i < o->c[c].n; i++) {
            const char *v = o->c[c].v[i];
            size_t n = strlen(v);
            at = lowered && n < sizeof word ? strstr(h, ascii_lower(word, v, n))
                                            : strcasestr(h, v);
            if (at && (!first || at < first || (at == first && n > firstlen)))
                first = at, firstlen = n, cls = v;
        }
    return cls;
}

/* Whether mention i of out is of head class cls (body: oc_body_class(cls)): its own head
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
    /* an open-class name is of its head's class only: "Protocol III to the Treaty" is
     * no treaty */
    if (m->kind == MK_CONVENTION && m->type && !m->name && m->id &&
        strncmp(m->id, "unknown:", 8) == 0)
        return 0;
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
 * named in the REACH(o) bytes before p. */
size_t oc_antecedents(const struct oc_lang *o, struct text t, struct named *nm,
                          const struct mentions *out, size_t p, const char *cls, size_t want,
                          size_t *ante)
{
    int body = oc_body_class(cls);
    size_t got = 0, i = oc_lower(nm, nm->by_end, 1, p + 1);
    while (i > 0 && got < want) {
        const struct mention *m = &out->v[nm->by_end[--i]];
        if (m->nend + REACH(o) < p)
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

/* A bare head (short_alone) of class cls names mention i only when it is known and the head
 * class of its English name is cls (zh "the Committee" after the Gulf Cooperation Council,
 * whose Chinese name ends with the same word, names nothing): no boundary of a name is
 * read there. */
static int alone_names(const struct oc_lang *o, struct named *nm, size_t i, const char *cls)
{
    const struct mention *m = &nm->of->v[i];
    if (!m->known || !m->name)
        return 0;
    if (!nm->eng[i])
        nm->eng[i] = first_class(o, m->name);
    return strcmp(nm->eng[i], cls) == 0;
}

/* The body named last in the REACH(o) bytes before p that a resolution set up, or -1. */
static long last_established(const struct oc_lang *o, const struct named *nm,
                             const struct mentions *out, size_t p)
{
    for (size_t i = oc_lower(nm, nm->by_end, 1, p + 1); i > 0;) {
        const struct mention *m = &out->v[nm->by_end[--i]];
        if (m->nend + REACH(o) < p)
            break;
        if (!nm->drop[nm->by_end[i]] && m->kind == MK_BODY && m->id && m->established_by &&
            m->nend <= p)
            return (long)nm->by_end[i];
    }
    return -1;
}

void oc_short_forms(const struct oc_lang *o, const struct lang *L, struct text t,
                        const struct scan_hits *h, const struct openclass_sibling *sib,
                        struct mentions *out, struct spans *claimed)
{
    struct named nm;
    oc_named_init(&nm, out);
    size_t n0 = out->n;
    for (size_t hi = 0, p, next = 0; hi < h->n; hi++) {
        if (!(h->mask[hi] & OC_SHORT) || (p = h->pos[hi]) < next ||
            ((unsigned char)t.s[p] & 0xC0) == 0x80 || (p && oc_inside_ascii_word(t, p)) ||
            (cp_is_word(scan_cp(t, p)) && !scan_word_start(t, p)))
            continue;
        size_t w1, w2, w3, k1 = oc_any(o, C_SHORT, t, p, &w1),
               k2 = oc_any(o, C_SHORT_PLURAL, t, p, &w2), k3 = oc_any(o, C_SHORT_ALONE, t, p, &w3);
        int one = C_SHORT; /* the class of a singular short form */
        if (k3 > k1 && k3 > k2 && oc_alone(o, t, p) &&
            !oc_class_ends_at(o, C_PREMOD, t, p, NULL)) /* "Executive Committee": none */
            k1 = k3, w1 = w3, one = C_SHORT_ALONE;
        size_t k = k1 > k2 ? k1 : k2;
        if (!k || spans_overlap(claimed, p, p + k) || oc_is_class(o, C_NOTSHORT, t, p) >= k)
            continue;
        int plural = k2 > k1;
        const char *cls = plural ? o->c[C_SHORT_PLURAL].v[w2] : o->c[one].v[w1];
        /* a name the grammar did not take ("the Convention on …", also after postmods: ru
         * "Конвенции Организации Объединенных Наций о …"): not a short form; a link of
         * other heads is none ("Комитетом в …": в joins missions and offices) */
        size_t lw, a = oc_gap(t, p + k), pm;
        for (int i = 0; i < 4 && (pm = oc_is_class(o, C_POSTMOD, t, a)); i++)
            a = oc_gap(t, a + pm);
        if (oc_any(o, C_LINK, t, a, &lw) && !L->keyword_after &&
            oc_link_fits(o->c[C_LINK].v[lw], cls))
            continue;
        size_t ante[2];
        size_t got = oc_antecedents(o, t, &nm, out, p, cls, plural ? 2 : 1, ante);
        long named;
        struct mention sm = {0};
        if (!got && !plural && sib && oc_body_class(cls) &&
            (named = last_established(o, &nm, out, p)) >= 0 &&
            sib->find(sib->ctx, &out->v[named], cls, &sm)) {
            sm.nstart = p;
            sm.nend = p + k;
            sm.short_form = "1";
            mentions_push(out, &sm);
            next = p + k;
            continue;
        }
        if (got < (plural ? 2u : 1u))
            continue;
        if (one == C_SHORT_ALONE && !alone_names(o, &nm, ante[0], cls))
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
        next = p + k;
    }
    for (size_t i = n0; i < out->n; i++)
        spans_add(claimed, out->v[i].nstart, out->v[i].nend);
    oc_named_release(&nm);
}

