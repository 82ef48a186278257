/* fuzz_gazetteer: gazetteer_load on any bytes (a user's --gazetteer file) — bad lines are
 * reported, never crash; a gazetteer that loads is then searched over the same bytes,
 * folded, at every position, and every entry's alias lookup is consistent. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "gazetteer.h"
#include "normalize.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct gazetteer *g = gazetteer_load((const char *)data, size, "fuzz.tsv");
    if (!g)
        return 0;
    for (size_t i = 0; i < gazetteer_size(g); i++) {
        const struct gz_entry *e = gazetteer_entry(g, i);
        FUZZ_ASSERT(e->id && e->kind && e->name);
    }
    struct ntext t;
    struct norm_error err;
    if (normalize_text((const char *)data, size, 0, &t, &err) == NORM_OK) {
        for (size_t p = 0; p < t.len; p++) {
            const struct gz_entry *e = NULL;
            size_t k = gazetteer_match(g, t.s, t.len, p, &e);
            FUZZ_ASSERT(k == 0 || (e && p + k <= t.len));
            if (k)
                FUZZ_ASSERT(gazetteer_lookup(g, t.s + p, k) != NULL);
        }
        ntext_release(&t);
    }
    gazetteer_free(g);
    return 0;
}
