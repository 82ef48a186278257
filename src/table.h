/* table: the node attributes the tabular writers (CSV, GraphML, GEXF) write — one list,
 * so every format carries the same columns with the same types — and XML text escaping. */
#ifndef UNXREF_TABLE_H
#define UNXREF_TABLE_H

#include <stdio.h>

#include "graph.h"

enum attr_type { AT_STRING, AT_INT, AT_REAL, AT_BOOL };

struct attr {
    const char *name;
    enum attr_type type;
};

extern const struct attr node_attrs[];
extern const size_t n_node_attrs;

enum escape { ESC_NONE, ESC_XML };

/* The value of attribute k of n as text, escaped as esc says (reals with 17 significant
 * digits, booleans true/false, languages comma-separated); the caller frees it. NULL when
 * the node has no value: year 0, NaN closeness, a Louvain community not computed. */
char *attr_string(const struct gnode *n, size_t k, enum escape esc);
/* Writes s with &, <, >, " escaped. */
void xml_puts(FILE *fp, const char *s);

#endif
