/* emit_json: the JSON outputs, through jansson — `extract` results (documents and their
 * mentions, one document at a time) and graph.json (node-link form read by networkx's
 * node_link_graph and D3: "nodes" with "id", "links" with "source"/"target") and
 * the stats report.
 * The only module that sees jansson types. */
#ifndef UNXREF_EMIT_JSON_H
#define UNXREF_EMIT_JSON_H

#include <stdio.h>

#include "doc.h"
#include "graph.h"
#include "stats.h"

struct extract_writer;

/* Starts the extract document on fp. */
struct extract_writer *extract_writer_new(FILE *fp);
/* Writes one document; text is its original bytes (mention texts are cut from it). */
void extract_writer_doc(struct extract_writer *w, const struct doc *d, const char *text);
/* Records a failed input for the "errors" list. */
void extract_writer_error(struct extract_writer *w, const char *path, long line,
                          const char *message);
/* Closes the document and frees w. */
void extract_writer_finish(struct extract_writer *w);

/* Writes graph.json; returns 0 or -1 (write error, reported by the caller's outfile). */
int emit_graph_json(const struct graph *g, FILE *fp);

/* Writes the `unxref stats --json` report; returns 0 or -1. */
int emit_stats_json(const struct stats_report *r, FILE *fp);

/* A Graphviz layout as plain data (filled by emit_dot.c): positions in points, origin at
 * the top left, y growing downwards (as on a web page); node centre x, y and size. */
struct layout_node {
    const char *id;
    double x, y, width, height;
};
struct layout_edge {
    const char *source, *target, *type;
    double weight;
    double *points;   /* x0, y0, x1, y1, ...: the cubic B-spline control points */
    size_t npoints;
};
struct layout {
    const char *engine;
    double width, height;
    struct layout_node *nodes;
    size_t nnodes;
    struct layout_edge *edges;
    size_t nedges;
};
/* Writes layout.json; returns 0 or -1. */
int emit_layout_json(const struct layout *l, FILE *fp);

#endif
