/* openclass_short: the short forms of the open class ("the Convention", "ladite
 * Convention", a bare head that stands alone: zh "the Committee"), resolved to the entity
 * of their head class named last before them (docs/openclass.md, classes short,
 * short_plural, short_alone). The grammar that finds the names is openclass.c's. */
#include "openclass_impl.h"

#include <stdlib.h>
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

/* The short forms found so far in this pass, out->v[n0 .. out->n), each with the head class
 * of its words (cls[j] for out->v[n0 + j]) and the end of the name it goes back to
 * (root[j]). One of another class than a later short form may stand for the body set up
 * with it ("the Group of Experts" ... "the Committee": the sanctions committee of that
 * resolution) while its name is at most CHAIN_REACH halves of REACH(o) bytes before: the
 * name need not be in reach when a short form of it is. Short forms of one class do not
 * chain (a wrong "the Committee" would carry its entity across the text). */
enum { CHAIN_REACH = 3 };
struct chain {
    size_t n0, cap;
    const char **cls;
    size_t *root;
};

/* The end of the name that mention i of out goes back to. */
static size_t root_of(const struct chain *ch, const struct mentions *out, size_t i)
{
    return i >= ch->n0 ? ch->root[i - ch->n0] : out->v[i].nend;
}

/* The body named (or, of another class than cls, shortened) last in the REACH(o) bytes
 * before p that a resolution set up, or -1: the named mentions (by_end) and the short forms
 * of ch walked back together, the one ending last first. */
static long last_established(const struct oc_lang *o, const struct named *nm,
                             const struct mentions *out, const struct chain *ch, size_t p,
                             const char *cls)
{
    size_t i = oc_lower(nm, nm->by_end, 1, p + 1), j = out->n;
    while (i > 0 || j > ch->n0) {
        int named = j == ch->n0 ||
                    (i > 0 && out->v[nm->by_end[i - 1]].nend >= out->v[j - 1].nend);
        size_t at = named ? nm->by_end[--i] : --j;
        const struct mention *m = &out->v[at];
        if (m->nend + REACH(o) < p)
            break;
        if (named ? nm->drop[at]
                  : strcmp(ch->cls[at - ch->n0], cls) == 0 ||
                        root_of(ch, out, at) + CHAIN_REACH * REACH(o) / 2 < p)
            continue;
        if (m->kind == MK_BODY && m->id && m->established_by && m->nend <= p)
            return (long)at;
    }
    return -1;
}

/* Pushes m, which goes back to the name ending at root, as the short form of class cls
 * found at [p, p + k). */
static void push_short(struct mentions *out, struct chain *ch, struct mention m, size_t root,
                       size_t p, size_t k, const char *cls)
{
    m.nstart = p;
    m.nend = p + k;
    m.short_form = "1";
    mentions_push(out, &m);
    if (out->n - ch->n0 > ch->cap) {
        ch->cap = 2 * ch->cap + 8;
        ch->cls = xrealloc(ch->cls, ch->cap * sizeof *ch->cls);
        ch->root = xrealloc(ch->root, ch->cap * sizeof *ch->root);
    }
    ch->cls[out->n - ch->n0 - 1] = cls;
    ch->root[out->n - ch->n0 - 1] = root;
}

void oc_short_forms(const struct oc_lang *o, const struct lang *L, struct text t,
                        const struct scan_hits *h, const struct openclass_sibling *sib,
                        struct mentions *out, struct spans *claimed)
{
    struct named nm;
    oc_named_init(&nm, out);
    size_t n0 = out->n;
    struct chain ch = {n0, 0, NULL, NULL};
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
            (named = last_established(o, &nm, out, &ch, p, cls)) >= 0 &&
            sib->find(sib->ctx, &out->v[named], cls, &sm)) {
            push_short(out, &ch, sm, root_of(&ch, out, (size_t)named), p, k, cls);
            next = p + k;
            continue;
        }
        if (got < (plural ? 2u : 1u))
            continue;
        if (one == C_SHORT_ALONE && !alone_names(o, &nm, ante[0], cls))
            continue;
        for (size_t j = 0; j < got; j++) {
            struct mention m = out->v[ante[j]];
            m.in_name = 0;
            m.draft = 0;
            push_short(out, &ch, m, m.nend, p, k, cls);
        }
        next = p + k;
    }
    for (size_t i = n0; i < out->n; i++)
        spans_add(claimed, out->v[i].nstart, out->v[i].nend);
    free(ch.cls);
    free(ch.root);
    oc_named_release(&nm);
}

