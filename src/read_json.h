/* read_json: earlier JSON outputs read back — `unxref extract` output (each document
 * handed on as the struct doc the pipeline would have made) and graph.json (its nodes and
 * links added to a graph). Parsing works on a buffer, so a fuzzer needs no files. A file
 * with any error contributes nothing. The only module besides emit_json that sees
 * jansson. */
#ifndef UNXREF_READ_JSON_H
#define UNXREF_READ_JSON_H

#include <stddef.h>

#include "doc.h"
#include "graph.h"

typedef void (*json_doc_fn)(void *ctx, const struct doc *d);

/* Hands every document of an extract output buf[0..n) to fn, in order. path names the
 * input in messages. Returns the number of documents, or -1 after reporting
 * "path:line: what is wrong" (then fn was not called). */
long read_extract_json(const char *buf, size_t n, const char *path, json_doc_fn fn, void *ctx);
/* Adds the nodes and links of a graph.json buf[0..n) to g (metrics are not read: they are
 * recomputed). Returns the number of nodes, or -1 after reporting (g unchanged). */
long read_graph_json(const char *buf, size_t n, const char *path, struct graph *g);
/* Either of the two, told apart by the top-level key "documents" or "nodes"; documents
 * go into g through graph_add_doc. */
long read_json_into_graph(const char *buf, size_t n, const char *path, struct graph *g);

#endif
