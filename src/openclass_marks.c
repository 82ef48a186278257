/* openclass_marks: the open class's marks (see openclass.h): where a common noun that
 * names a body when capitalized ("the Secretariat"), a "thereto" word or a plural head
 * shared by coordinated names may start, and the look-ups names.c makes over them. The
 * words are the classes capital, thereto and plural of data/lang/<code>.open.tsv. Also two
 * word look-ups of the grammar (oc_word_back, oc_lower_elsewhere). */
#include "openclass_impl.h"

#include <stdlib.h>

#include "normalize.h"
#include "util.h"

/* ---- common nouns that name a body where capitalized ---- */

/* Is a capitalized word right after the link word at q ("of the CSA", "de
 * l'Organisation")? Function words between are passed. */
static int capital_after_link(const struct oc_lang *o, const struct lang *L,
                              struct text t, const struct named *nm, size_t q)
{
    size_t k = L->part_link ? scan_any(t, q, L->part_link, NULL) : 0;
    if (!k)
        return 0;
    q = oc_gap(t, q + k);
    for (int i = 0; i < 3 && q < t.n && (k = oc_is_class(o, C_FUNCTION, t, q)) &&
                    (q + k >= t.n || !cp_is_word(scan_cp(t, q + k)));
         i++)
        q = oc_gap(t, q + k);
    return q < t.n && cp_is_word(scan_cp(t, q)) && oc_capital(nm, q);
}

/* The word of class capital at p stands alone for its body: written with a capital (cs),
 * the word before it not a capitalized one unless it starts the sentence ("The
 * Secretariat", but not "Commonwealth Secretariat"), and no capitalized word or postmod
 * after it, directly ("Секретариат Конвенции", "Secrétariat technique") or after a link
 * ("Secretariat of the CSA"). */
static int capital_alone(const struct oc_lang *o, const struct lang *L, struct text t,
                         const struct named *nm, size_t p, size_t k)
{
    if (!oc_capital(nm, p))
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
        if (oc_capital(nm, w) && !oc_sentence_start(t, w))
            return 0;
    }
    size_t q = oc_gap(t, p + k);
    if (q < t.n && cp_is_word(scan_cp(t, q)) &&
        (oc_capital(nm, q) || oc_is_class(o, C_POSTMOD, t, q)))
        return 0;
    return !capital_after_link(o, L, t, nm, q);
}

/* Without capitals (param case none): the word at p stands alone where the text starts or
 * a start word ends right before it ("请秘书处", "、秘书处"), and no nobefore word
 * ("其秘书处": its secretariat). */
int oc_alone(const struct oc_lang *o, struct text t, size_t p)
{
    return p == 0 || (oc_class_ends_at(o, C_START, t, p, NULL) &&
                      !oc_class_ends_at(o, C_NOBEFORE, t, p, NULL));
}

void openclass_marks(struct text t, const struct lang *lang, struct openclass_marks *mk)
{
    const struct oc_lang *o = oc_get(lang->code);
    mk->n = 0;
    if (!o)
        return;
    struct scan_hits h = {0};
    oc_hits(o, OC_MARK, t, &h);
    for (size_t i = 0; i < h.n; i++)
        if (((unsigned char)t.s[h.pos[i]] & 0xC0) != 0x80) {
            xgrow((void **)&mk->pos, &mk->cap, mk->n + 1, sizeof *mk->pos);
            mk->pos[mk->n++] = h.pos[i];
        }
    scan_hits_free(&h);
}

void openclass_marks_free(struct openclass_marks *mk)
{
    free(mk->pos);
    *mk = (struct openclass_marks){0};
}

size_t openclass_capital(struct text t, const struct source_case *cs,
                         const struct lang *lang, const struct openclass_marks *mk,
                         size_t *i, size_t *at, const char **id)
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
        size_t w, k = oc_any(o, C_CAPITAL, t, p, &w);
        if (!k)
            continue;
        if (o->need_case == CASE_NONE ? !oc_alone(o, t, p)
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
        if (!(k = oc_any(o, c, t, p, &w)) ||
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

/* ---- word look-ups of the grammar (openclass.c) ---- */

/* Start of the word that ends at e: letters and digits, with inner hyphens (e itself if
 * no word ends there). */
size_t oc_word_back(struct text t, size_t e)
{
    size_t p = e;
    while (p > 0) {
        uint32_t cp = scan_cp_back(t, p);
        if (cp_is_word(cp)) {
            p--;
            while (p > 0 && ((unsigned char)t.s[p] & 0xC0) == 0x80)
                p--;
        } else if (t.s[p - 1] == '-' && p > 1 && p < e && cp_is_word(scan_cp_back(t, p - 1))) {
            p--;
        } else {
            break;
        }
    }
    return p;
}

/* The word [w, b) is written somewhere in t in lower case (a common word: "Development",
 * "Executive"; not "Cairo", "Vienna"). */
int oc_lower_elsewhere(struct text t, const struct named *nm, size_t w, size_t b)
{
    size_t n = b - w;
    for (const char *q = t.s; (q = memmem(q, t.n - (size_t)(q - t.s), t.s + w, n)) != NULL;
         q++) {
        size_t at = (size_t)(q - t.s);
        if (at != w && scan_word_start(t, at) && !cp_is_word(scan_cp(t, at + n)) &&
            !oc_capital(nm, at))
            return 1;
        if (at + n >= t.n)
            break;
    }
    return 0;
}
