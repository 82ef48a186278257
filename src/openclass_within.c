/* openclass_within: a known body's name inside a longer one. With param case first (ru),
 * the gazetteer's name of a body written in lower case right after capitalized adjectives
 * is the end of a longer name that the adjectives begin ("Независимой афганской комиссией
 * по правам человека", "Национальной комиссии по правам человека": not the Commission on
 * Human Rights). The adjectives are the words ending in a capmod entry of
 * data/lang/<code>.open.tsv: the first one capitalized mid-sentence, the others in lower
 * case. */
#include "openclass_impl.h"

#include "normalize.h"
#include "scan.h"

size_t oc_adjectives_before(const struct oc_lang *o, struct text t, const struct named *nm,
                            size_t h)
{
    if (o->need_case != CASE_FIRST || !o->c[C_CAPMOD].n || oc_capital(nm, h))
        return (size_t)-1;
    size_t p = h;
    for (int i = 0; i < 3; i++) {
        size_t b = p;
        while (b > 0 && t.s[b - 1] == ' ')
            b--;
        if (b == p || b == 0)
            break;
        size_t w = oc_word_back(t, b);
        if (w == b || is_digit((unsigned char)t.s[w]) || !oc_class_ends_at(o, C_CAPMOD, t, b, NULL) ||
            oc_is_class(o, C_FUNCTION, t, w) || oc_is_class(o, C_STOP, t, w) ||
            oc_is_class(o, C_NOBEFORE, t, w))
            break;
        if (oc_capital(nm, w))
            return oc_sentence_start(t, w) ? (size_t)-1 : w;
        p = w;
    }
    return (size_t)-1;
}
