/* gazetteer_table: the built-in gazetteer as it is once loaded — its entries, the flat alias
 * trie, the first-bytes filter and the literals of its vectorscan database — in plain arrays.
 * src/tools/gazetteer_gen.c loads data/gazetteer.tsv at build time and writes them into
 * build/gaztable_data.c; gazetteer_builtin then takes them as they are instead of parsing,
 * inflecting and sorting the file at each start (a gazetteer of the user's own, given with
 * --gazetteer, is loaded from its text as before). */
#ifndef UNXREF_GAZETTEER_TABLE_H
#define UNXREF_GAZETTEER_TABLE_H

#include <stddef.h>
#include <stdint.h>

#include "gazetteer.h"
#include "litscan.h"
#include "scan.h"

/* A node of the flat trie: nodes in breadth-first order, the children of a node next to each
 * other (their bytes in one array: a lookup reads a cache line, not a list) */
struct gz_fnode {
    uint32_t first, count; /* children: first … first + count - 1 */
    int32_t entry;         /* index of the entry whose alias ends here, or -1 */
};

struct gz_table {
    const struct gz_entry *entries;
    size_t n;
    const struct gz_fnode *flat;
    const unsigned char *fbyte; /* the byte of each node */
    size_t nnodes;
    const uint32_t *root; /* 256: the node of each first byte, 0 = none */
    const struct scan_filter *starts;
    struct litscan_lits lits; /* the aliases' database (its blob is in litscan_blobs) */
    size_t tsv_len;           /* of the data/gazetteer.tsv it was made from */
};

/* build/gaztable_data.c; absent (weak) in the generators themselves */
extern const struct gz_table gazetteer_table __attribute__((weak));

/* The arrays of a loaded gazetteer (pointers into g), for src/tools/gazetteer_gen.c. */
void gazetteer_table_of(const struct gazetteer *g, struct gz_table *t);

#endif
