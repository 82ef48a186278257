/* emit_dot: the Graphviz outputs, through cgraph and gvc in-process — graph.dot (before
 * layout, deterministic) and rendered graph.svg/png/pdf. Shape and colour by kind,
 * size by PageRank, edge width by weight, CJK-capable font.
 * The only module that sees Graphviz types; Graphviz runs in one thread. */
#ifndef UNXREF_EMIT_DOT_H
#define UNXREF_EMIT_DOT_H

#include "graph.h"

struct dot_options {
    const char *engine;   /* layout engine, or NULL to choose by size */
    int want_dot;         /* write DIR/graph.dot */
    const char *render[4];/* rendered formats: "svg", "png", "pdf"; NULL-terminated */
};

/* Nodes above which the automatic choice is sfdp instead of dot. */
#define DOT_MAX_NODES 150

/* Writes the requested files into dir; returns 0, or -1 after reporting. */
int emit_dot(const struct graph *g, const char *dir, const struct dot_options *o);

#endif
