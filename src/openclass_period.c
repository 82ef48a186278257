/* openclass_period: a span of years after a name ("на 2018–2028 годы"), the evidence that
 * lets a lower-case instrument head's name through with case first (ru: the UN writes
 * "стратегия … на 2018–2028 годы" in lower case). The words are the class `period` of
 * data/lang/<code>.open.tsv: the word before the years, and as its value how the word
 * after them begins. */
#include "openclass_impl.h"

#include <string.h>

#include "normalize.h"
#include "scan.h"
#include "util.h"

/* Four digits at p, their end; p itself when none. */
static size_t year_at(struct text t, size_t p)
{
    long y;
    size_t n = scan_number(t, p, 4, &y);
    return n == 4 && (p + 4 >= t.n || !is_digit((unsigned char)t.s[p + 4])) ? p + 4 : p;
}

size_t oc_period_at(const struct oc_lang *o, struct text t, size_t p)
{
    p = oc_gap(t, p);
    for (size_t i = 0; i < o->c[C_PERIOD].n; i++) {
        const char *w = o->c[C_PERIOD].w[i], *v = o->c[C_PERIOD].v[i];
        size_t n = strlen(w), a, b, d;
        if (!v || p + n >= t.n || memcmp(t.s + p, w, n) != 0 || t.s[p + n] != ' ')
            continue;
        a = oc_gap(t, p + n);
        if ((b = year_at(t, a)) == a)
            continue;
        /* a dash of one to three bytes ("-", "–") */
        for (d = b; d < t.n && d < b + 3 && !is_digit((unsigned char)t.s[d]) && t.s[d] != ' ';)
            d++;
        if (d == b || (a = year_at(t, d)) == d)
            continue;
        size_t g = oc_gap(t, a), vn = strlen(v);
        if (g + vn <= t.n && memcmp(t.s + g, v, vn) == 0) {
            uint32_t c;
            while (g < t.n && cp_is_word(scan_cp(t, g)))
                g += utf8_decode((const unsigned char *)t.s + g, t.n - g, &c);
            return g;
        }
    }
    return 0;
}
