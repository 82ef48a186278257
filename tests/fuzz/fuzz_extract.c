/* fuzz_extract: the whole per-document pipeline on any bytes — normalization, language
 * detection, every language's reference recognizer, names and bodies from the built-in
 * gazetteer — then the extract JSON writer and the graph (add, sort, graph.json). The
 * first byte chooses the language: auto or one of the six. Checks that every mention
 * lies inside the input and that mentions come in order. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "emit_json.h"
#include "fuzz.h"
#include "gazetteer.h"
#include "graph.h"
#include "lang.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static struct gazetteer *gaz;
    static FILE *sink;
    if (!gaz) {
        gaz = gazetteer_builtin();
        sink = fopen("/dev/null", "w");
    }
    if (size < 1)
        return 0;
    const char *lang = data[0] % 7 == 0 ? "auto" : lang_codes[data[0] % 7 - 1];
    size_t n = size - 1;
    char *text = malloc(n + 1); /* NUL-terminated, as input_read gives it */
    memcpy(text, data + 1, n);
    text[n] = 0;
    struct doc d;
    doc_extract(&d, "fuzz.txt", text, n, lang, gaz);
    if (!d.error) {
        struct doc_cursor c;
        const struct mention *m;
        size_t last = 0;
        for (doc_cursor_start(&c, &d); (m = doc_cursor_next(&c));) {
            FUZZ_ASSERT(m->start < m->end && m->end <= n);
            FUZZ_ASSERT(m->line >= 1);
            FUZZ_ASSERT(m->id ? m->id[0] != 0 : m->unresolved);
            FUZZ_ASSERT(last <= m->start);
            last = m->start;
        }
        FUZZ_ASSERT(doc_cursor_end(&c) == 0);
        struct extract_writer *w = extract_writer_new(sink);
        extract_writer_doc(w, &d, text);
        extract_writer_finish(w);
        struct graph *g = graph_new();
        graph_add_doc(g, &d);
        graph_sort(g);
        emit_graph_json(g, sink);
        graph_free(g);
    }
    doc_release(&d);
    free(text);
    return 0;
}
