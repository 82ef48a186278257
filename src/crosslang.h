/* crosslang: one graph across languages. When the input documents are versions of the
 * same documents in more than one language, an entity that is not in the gazetteer and
 * is named by one language's versions only (a Chinese 《协议》 whose English, French, …
 * versions name something the gazetteer knows, or nothing) is not a node of its own:
 * it is left out and counted (struct xlang in graph.h), or kept with --keep-one-language.
 * Owns that rule and the report; a single-language graph is left as it is. */
#ifndef UNXREF_CROSSLANG_H
#define UNXREF_CROSSLANG_H

#include "graph.h"

/* The rule: node X is a one-language entity when it is not an input document, its id
 * is a name not in the gazetteer ("unknown:…", known false; an id made of a symbol, like
 * "panel@S/RES/2055 (2012)", names the same body in every language and stays), the
 * documents linking to it are all of one language L (X.cited_langs has one bit), and
 * every node linking to X is an input document that was also read in a language other
 * than L. (So the graph's inputs come
 * in at least two languages and share symbols.) After the last document is added and
 * before graph_sort: records the languages read, the documents read in several
 * languages and every one-language entity in g->xlang, and unless keep, removes those
 * nodes with their links. Entities already listed (read from a graph.json) stay listed. */
void crosslang_apply(struct graph *g, int keep);

/* Adds e (copied) to x; crosslang_apply sorts x by id and lists an id once. */
void xlang_add(struct xlang *x, const struct xlang_entity *e);
/* Entities not in the graph (dropped) or in it (kept), and the mentions of the dropped. */
size_t xlang_count(const struct xlang *x, int kept, long *mentions);
void xlang_copy(struct xlang *to, const struct xlang *from);
void xlang_release(struct xlang *x);

#endif
