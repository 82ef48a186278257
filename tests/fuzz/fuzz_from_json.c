/* fuzz_from_json: the --from reader on any bytes — extract output and graph.json, told
 * apart by their top-level key — into a graph, then sorted and written as graph.json.
 * A bad file is reported and contributes nothing; never a crash. Every document handed
 * on has a path and mentions inside what it says. */
#include <stdio.h>
#include <stdlib.h>

#include "doc.h"
#include "emit_json.h"
#include "fuzz.h"
#include "graph.h"
#include "read_json.h"

static void on_doc(void *ctx, const struct doc *d)
{
    FUZZ_ASSERT(d->path != NULL);
    for (size_t i = 0; i < d->mentions.n; i++)
        FUZZ_ASSERT(d->mentions.v[i].start <= d->mentions.v[i].end);
    if (!d->error)
        graph_add_doc(ctx, d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static FILE *sink;
    if (!sink)
        sink = fopen("/dev/null", "w");
    struct graph *g = graph_new();
    long n = read_extract_json((const char *)data, size, "fuzz.json", on_doc, g);
    FUZZ_ASSERT(n >= -1);
    struct graph *h = graph_new();
    read_json_into_graph((const char *)data, size, "fuzz.json", h);
    graph_sort(g);
    graph_sort(h);
    emit_graph_json(g, sink);
    emit_graph_json(h, sink);
    graph_free(g);
    graph_free(h);
    return 0;
}
