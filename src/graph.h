/* graph: the citation graph as plain C data — one node per document, resolution,
 * convention or body (an input document whose symbol another one cites is one node; the
 * language versions of a document are one node), typed weighted edges — built one
 * document at a time, then sorted for deterministic output. No library types here. */
#ifndef UNXREF_GRAPH_H
#define UNXREF_GRAPH_H

#include <stddef.h>

#include "doc.h"

enum node_kind { NK_RESOLUTION, NK_CONVENTION, NK_BODY, NK_DOCUMENT };
enum edge_type { ET_CITES, ET_MENTIONS, ET_ESTABLISHED_BY };

struct gnode {
    char *id;
    char *label;       /* short: "1373 (2001)", English name, … */
    char *name;        /* official English name, or NULL */
    char *type;        /* gazetteer type, or NULL */
    char *path;        /* first input file of this node (byte order), or NULL */
    const char *symbol_source; /* input documents: where that file's symbol was read
                                  ("header", "heading", "filename", "option"), else NULL */
    enum node_kind kind;
    int year;          /* 0 when unknown */
    int known;         /* in the gazetteer, or a resolution/document symbol */
    int input;         /* an input document */
    unsigned langs;    /* bit i: lang_codes[i] version read */
    unsigned cited_langs; /* bit i: a lang_codes[i] document links to it */
    /* metrics (analyze.c) */
    long in_degree, out_degree;
    double in_strength, out_strength;
    double pagerank, betweenness, hub, authority;
    long community;    /* Leiden community index (analyze.c), -1 before it is computed */
    long coreness;     /* k-core number */
    double closeness;  /* NAN where it does not mean anything */
    long louvain;      /* Louvain community index, -1 when not computed */
    long component;    /* weakly connected component, 0 = the largest */
    /* on the resolution citation graph (the resolutions and the "cites" links between
     * them; analyze.c): PageRank (NAN for other kinds) and the resolutions citing it */
    double citation_pagerank;
    long citation_in_degree;
};

/* A partition of the nodes (analyze.c): communities numbered by size, largest first. */
struct partition {
    long n;            /* number of parts; 0 when not computed */
    size_t *size;      /* n sizes */
    char **label;      /* n labels from the most central members (PageRank) */
    double modularity;
};

/* An entity left out of (or, with --keep-one-language, kept in) a cross-language graph
 * because it is named in one language only (crosslang.h). */
struct xlang_entity {
    char *id, *label;
    unsigned lang;     /* the one language bit */
    size_t documents;  /* documents linking to it */
    long mentions;     /* the weights of those links */
    int kept;          /* still a node of the graph (--keep-one-language) */
};

/* Two language versions' ids of one entity of a document (crosslang.h): an id the
 * alignment replaced (a, in language lang_a) by the id it gave the entity (b, the id of
 * language lang_b's version), or two known ids the versions disagree on. */
struct xlang_pair {
    char *symbol;      /* the document */
    unsigned lang_a, lang_b; /* language bits */
    char *a, *b;
};
struct xlang_pairs {
    struct xlang_pair *v;
    size_t n, cap;
};

/* The cross-language report (crosslang.c): the languages of the input documents, how
 * many are read in more than one, and the one-language entities not in the gazetteer;
 * the ids the alignment of the versions replaced, the known ids they disagree on, and
 * the instruments and bodies of documents read in several languages, and how many of
 * them carry one id in every version read, before [0] and after [1] the alignment. */
struct xlang {
    unsigned langs;
    size_t multi;
    struct xlang_entity *v;        /* by id */
    size_t n, cap;
    struct xlang_pairs aligned;    /* by b, language, a, symbol */
    struct xlang_pairs disagree;   /* by symbol, a, b */
    size_t entities[2], one_id[2];
    struct xlang_versions *versions; /* private (crosslang.c): the mentions of each version */
};

struct gedge {
    size_t from, to;
    enum edge_type type;
    double weight;
};

struct graph {
    struct gnode *nodes;
    size_t nnodes, ncap;
    struct gedge *edges;
    size_t nedges, ecap;
    size_t ndocs;                 /* input documents added */
    int cite_editorial;           /* --editorial: mentions in editorial text cite too */
    struct xlang xlang;           /* crosslang.c */
    /* analysis results (analyze.c) */
    struct partition leiden, louvain, components;
    const char *betweenness_method, *closeness_method;
    size_t citation_nnodes, citation_nedges;   /* the resolution citation graph */
    /* when this graph is a selection (subgraph.c) of a larger one: its description and
     * the size of the full graph it was taken from; else NULL, 0, 0. Metrics are always
     * those of this graph (main.c analyses the selection). With --top: the size of the
     * graph the N nodes were ranked on (the selection by the other options), else 0. */
    char *selection;
    size_t full_nnodes, full_nedges;
    size_t ranked_nnodes, ranked_nedges;
    struct graph_index *index;    /* private */
};

struct graph *graph_new(void);
/* Adds a document that was extracted successfully. Edge weights are the number of
 * mentions in one language version (the largest over versions). */
void graph_add_doc(struct graph *g, const struct doc *d);
/* Whether a mention of a document added is a link of the graph (an id, not ambiguous, not
 * editorial unless g->cite_editorial). */
int graph_uses_mention(const struct graph *g, const struct mention *m);
/* The language bit of a code (gnode.langs), 0 for none of the six. */
unsigned graph_lang_bit(const char *code);
/* The node with this id (created with kind when new; *created tells). */
size_t graph_node(struct graph *g, const char *id, enum node_kind kind, int *created);
/* Adds a link, or raises the weight of the same (from, to, type) link to w. */
void graph_link(struct graph *g, size_t from, size_t to, enum edge_type t, double w);
/* Sorts nodes by id and edges by (source, target, type); call once after the last add. */
void graph_sort(struct graph *g);
/* Rebuilds the id and edge indexes after nodes and edges were filled in directly. */
void graph_reindex(struct graph *g);
void graph_free(struct graph *g);
void partition_release(struct partition *p);

/* The static name of a symbol source ("header", "heading", "filename", "option") equal
 * to s, or NULL when s is none of them. */
const char *symbol_source_static(const char *s);
const char *node_kind_name(enum node_kind k);
const char *edge_type_name(enum edge_type t);

#endif
