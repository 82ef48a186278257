/* Unit test: a text read in parts (doc_extract_chunked, the path of files above
 * DOC_CHUNK) gives exactly the mentions of the text read whole — ids, byte offsets,
 * lines — for the seed (PDF text, blank lines), a single-line text (cuts at sentence
 * ends and spaces) and a text with CRLF and lone CR line ends. */
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "gazetteer.h"
#include "harness.h"
#include "input.h"
#include "util.h"

static void same(const char *name, const char *text, size_t n, const struct gazetteer *gaz,
                 size_t chunk)
{
    struct doc whole, parts;
    doc_extract(&whole, name, text, n, "auto", gaz);
    doc_extract_chunked(&parts, name, text, n, "auto", gaz, chunk);
    CHECK(whole.error == NULL && parts.error == NULL);
    CHECK(whole.mentions.n > 0);
    CHECK_INT(parts.mentions.n, whole.mentions.n);
    CHECK_STR(parts.lang, whole.lang);
    CHECK((whole.symbol == NULL) == (parts.symbol == NULL));
    if (whole.symbol && parts.symbol)
        CHECK_STR(parts.symbol, whole.symbol);
    size_t k = parts.mentions.n < whole.mentions.n ? parts.mentions.n : whole.mentions.n;
    int bad = 0;
    for (size_t i = 0; i < k && !bad; i++) {
        const struct mention *a = &whole.mentions.v[i], *b = &parts.mentions.v[i];
        if (strcmp(a->id ? a->id : "-", b->id ? b->id : "-") != 0 || a->start != b->start || a->end != b->end ||
            a->line != b->line) {
            fprintf(stderr, "%s, chunk %zu: mention %zu: %s %zu-%zu:%ld, want %s %zu-%zu:%ld\n",
                    name, chunk, i, b->id ? b->id : "-", b->start, b->end, b->line,
                    a->id ? a->id : "-", a->start, a->end, a->line);
            bad = 1;
        }
    }
    CHECK(!bad);
    doc_release(&whole);
    doc_release(&parts);
}

int main(void)
{
    struct gazetteer *gaz = gazetteer_builtin();
    char *seed;
    size_t n;
    const char *why;
    CHECK(input_read(SEED, &seed, &n, &why) == 0);
    for (size_t chunk = 300; chunk <= 4800; chunk *= 2)
        same("seed", seed, n, gaz, chunk);

    /* one line: sentences of references, no line end anywhere */
    struct buf b = BUF_INIT;
    for (int i = 0; i < 400; i++)
        buf_printf(&b, "The Council recalls its resolutions %d (2001), %d (2002) and %d (2003) "
                       "and the Counter-Terrorism Committee established pursuant to "
                       "resolution 1373 (2001); it acts under the Charter of the United "
                       "Nations. ",
                   1300 + i % 90, 1400 + i % 60, 1450 + i % 50);
    for (size_t chunk = 500; chunk <= 64000; chunk *= 4)
        same("one-line", b.data, b.len, gaz, chunk);

    /* CRLF and lone CR line ends, and a reference broken across each */
    b.len = 0;
    for (int i = 0; i < 300; i++)
        buf_printf(&b, "Recalling resolution\r\n%d (2001)\r\rand resolution %d\r(2002),\r\n\r\n",
                   1300 + i % 90, 1400 + i % 60);
    for (size_t chunk = 200; chunk <= 20000; chunk *= 5)
        same("crlf", b.data, b.len, gaz, chunk);

    buf_release(&b);
    free(seed);
    gazetteer_free(gaz);
    return h_done("chunks");
}
