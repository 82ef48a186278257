/* crosslang: one graph across languages. When the input documents are versions of the
 * same documents in more than one language (one document symbol, several languages):
 * 1. the versions of each document are aligned (the order of their mentions between the
 *    anchors all of them share: resolutions and known entities, and the years in the
 *    names), and an instrument or body one version names where another names a different
 *    id gets one id in all of them (below); known ids two versions disagree on are
 *    reported, never chosen between;
 * 2. an entity that is not in the gazetteer and is still named by one language's versions
 *    only is not a node of its own: it is left out and counted (struct xlang in graph.h),
 *    or kept with --keep-one-language.
 * Owns those rules and their report; a single-language graph is left as it is. */
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
 * before graph_sort: aligns the versions (above, once; not for a graph read from
 * JSON, which keeps no mention order), then records the languages read, the documents
 * read in several languages and every one-language entity in g->xlang, and unless keep,
 * removes those nodes with their links. Entities already listed (read from a graph.json) stay listed. */
void crosslang_apply(struct graph *g, int keep);

/* The alignment (step 1). For each document read in several languages, each pair of its
 * versions A, B: the anchors are the k-th mention of a known id (resolution, document,
 * gazetteer entity) in A with its k-th in B, for the ids both name equally often, then
 * the longest chain of those in the order of both texts. Between two consecutive anchors
 * (and before the first, after the last) the conventions, and apart the bodies, that the
 * two sides do not share are listed (each entity once, in order; a known id the other
 * version names elsewhere is listed but not paired: a mention the anchors missed); when
 * both sides list as many they are paired in order, else only an unknown and an entity
 * whose year is the only one of its list on both sides are; an unknown is never paired with an entity
 * whose years (the mention's, and four-digit years the name or id writes) all differ
 * from its own. Each pairing is a vote; two
 * entities of A and B are one when each is the other's choice in more than half of its
 * pairings with that version. The entities so joined (over all pairs of versions) take:
 * the known id among them; with none, the id of the English version's entity, else of
 * the first language in the order of lang_codes (ar zh fr ru es), the most mentioned
 * first; with a known id that only one version of three or more gives, no new id (one
 * guess); with two known ids, no new id (and the pair is reported in xlang.disagree, as
 * are two known ids paired when neither version names the other's). A link to an id is
 * moved to the new id when every version of the document naming that id gives it the
 * same one; a node left without links goes. Every id replaced is listed in xlang.aligned
 * (its language, the new id and the language of the version it comes from): those are
 * the other languages' names of the node. The counts in xlang.entities and one_id are of
 * the distinct conventions and bodies of each document read in several languages, and
 * those named with the same id by every version read. */

/* One mention of a version, in text order: what the alignment reads. */
struct xalign_item {
    const char *id;
    enum mention_kind kind;
    int known;
    int year;
};
/* The pairs (index in a, index in b) of entities of two versions the alignment pairs in
 * one gap between anchors (the first mention of each); out has room for na + 1. */
size_t xlang_align_pair(const struct xalign_item *a, size_t na, const struct xalign_item *b,
                        size_t nb, size_t (*out)[2]);
/* Called by graph_add_doc: keeps the order of the mentions of a document with a symbol
 * for the alignment (released by crosslang_apply). A version of more than
 * XLANG_MAX_MENTIONS mentions is not aligned (memory stays bounded for a huge document,
 * whose mentions are in its temporary file: doc.h). */
enum { XLANG_MAX_MENTIONS = 1 << 16 };
void crosslang_record(struct graph *g, const struct doc *d);
/* The ids the alignment replaced by id: *first and the count of x->aligned.v entries. */
size_t xlang_names(const struct xlang *x, const char *id, size_t *first);
/* Sorts the pair lists (after adding to them) and lists a pair once. */
void xlang_pairs_sort(struct xlang *x);
void xlang_add_pair(struct xlang_pairs *p, const struct xlang_pair *e);

/* Adds e (copied) to x; crosslang_apply sorts x by id and lists an id once. */
void xlang_add(struct xlang *x, const struct xlang_entity *e);
/* Entities not in the graph (dropped) or in it (kept), and the mentions of the dropped. */
size_t xlang_count(const struct xlang *x, int kept, long *mentions);
void xlang_copy(struct xlang *to, const struct xlang *from);
void xlang_release(struct xlang *x);

#endif
