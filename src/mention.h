/* mention: what the recognizers find — one reference to a resolution, a convention or a
 * body — and the list of them for one document; a huge list's temporary file (the
 * spill) and the tally of the distinct targets of a list. Strings point into the
 * document's arena or into the gazetteer. */
#ifndef UNXREF_MENTION_H
#define UNXREF_MENTION_H

#include <stddef.h>
#include <stdio.h>

enum mention_kind { MK_RESOLUTION, MK_CONVENTION, MK_BODY, MK_DOCUMENT };

struct mention {
    enum mention_kind kind;
    const char *id;             /* canonical symbol, gazetteer id or "unknown:…"; NULL
                                   when unresolved */
    const char *name;           /* official English name, or NULL */
    const char *type;           /* gazetteer type, or NULL */
    const char *established_by; /* for bodies a resolution set up, else NULL */
    const char *parts;          /* lettered parts of a resolution: "A", "A,B", "A-D" */
    const char *paragraph;      /* pinpoint: "paragraph 8 of resolution …" -> "8" */
    const char *candidates;     /* ambiguous: the possible ids, "|"-separated */
    const char *short_form;     /* "the said resolution", "该决议": the words used */
    const char *text;           /* the original bytes [start, end) when the document's text
                                   is not kept (a mapped file, see doc.h), else NULL */
    size_t nstart, nend;        /* span in the folded text */
    size_t start, end;          /* span in the original bytes (set by doc) */
    long line;                  /* 1-based line of start (set by doc) */
    int year;                   /* 0 when unknown */
    unsigned known : 1;         /* found in the gazetteer (always 1 for resolutions) */
    unsigned draft : 1;         /* "draft convention …" / "…公约草案" */
    unsigned ambiguous : 1;     /* context cannot decide the organ: see candidates */
    unsigned unresolved : 1;    /* a short form without a unique antecedent (id NULL) */
    unsigned corrected : 1;     /* the year as written does not fit the number ("2639
                                   (2002)"): the id carries the year of the numbering */
    unsigned in_name : 1;       /* a number inside a name: "the 751 Committee" */
    unsigned editorial : 1;     /* in text that is not the document's own (a compilation's
                                   notes after the adoption line, the next resolution's
                                   heading, text before the document's heading): no
                                   citation (set by doc) */
};

struct mentions {
    struct mention *v;
    size_t n, cap;
};

void mentions_push(struct mentions *m, const struct mention *x);
void mentions_release(struct mentions *m);
const char *mention_kind_name(enum mention_kind k);

/* A mention list in a temporary file (in $TMPDIR, else /tmp, unlinked at once), so that
 * the mentions of a huge document need no memory: written in order, read back in order
 * as often as needed. Each record holds every field and a copy of every string. */
struct mention_spill {
    FILE *fp;
    size_t n;       /* records written */
    int failed;     /* a write failed */
    char *rec;      /* the record being written */
    size_t cap;
    struct spill_keep *keep; /* the strings written last, each field's (mention.c) */
};
/* 0, or -1 when no temporary file can be made (s stays unused). */
int spill_open(struct mention_spill *s);
void spill_put(struct mention_spill *s, const struct mention *m);
/* Flushes what was written: 0, or -1 when a write failed. */
int spill_flush(struct mention_spill *s);
void spill_close(struct mention_spill *s);

/* Reading a spill back from its start; the mention returned (and its strings) lives
 * until the next call. Only one reader of a spill at a time. */
struct spill_reader {
    FILE *fp;
    size_t left;
    struct mention m;
    char *mem;      /* the strings of m */
    size_t cap;
    int failed;     /* the file ended early or could not be read */
    struct spill_keep *keep; /* the strings read last, as the writer kept them */
};
void spill_read_start(const struct mention_spill *s, struct spill_reader *r);
const struct mention *spill_read_next(struct spill_reader *r);
void spill_read_end(struct spill_reader *r);

/* The distinct targets of a mention list, by id and kind: how many mentions name each,
 * and a copy (strings too) of the first that does. tally_sort puts them in the order of
 * their ids (strcmp), then kinds. Memory grows with the targets, not the mentions. */
struct mention_count {
    struct mention m;
    size_t n;
};
struct mention_tally {
    struct mention_count *v;
    size_t n, cap;
    size_t *slot, nslot; /* open addressing: 1 + index in v, 0 empty */
    struct arena *strings;
};
void tally_add(struct mention_tally *t, const struct mention *m); /* m->id must be set */
void tally_sort(struct mention_tally *t);
void tally_release(struct mention_tally *t);

/* An index of a growing mention list for the look-backs of the recognizers ("the
 * resolution that ended just before p", "was this id cited already"), so that each costs
 * the same however many mentions came before: the mentions by where they end (nend), in
 * buckets of MINDEX_BUCKET bytes of the text, and their ids in a hash set. Mentions are
 * only ever appended; mindex_sync indexes the ones added since the last call (the queries
 * call it). A mention's kind, id and span must not change once it is in the list. */
enum { MINDEX_SHIFT = 6 }; /* buckets of 64 bytes */
struct mention_index {
    const struct mentions *of;
    size_t done;              /* mentions indexed so far */
    size_t nbuckets, maxlen;  /* maxlen: the longest span indexed (nend - nstart) */
    size_t *head;             /* per bucket: 1 + the last mention ending in it, 0 none */
    size_t *next, nextcap;    /* per mention: 1 + the one before it in its bucket */
    const char **ids;         /* open addressing, idcap a power of two */
    size_t idcap, nids;
};
void mindex_init(struct mention_index *x, const struct mentions *of, size_t text_len);
void mindex_sync(struct mention_index *x);
int mindex_has_id(struct mention_index *x, const char *id);
void mindex_release(struct mention_index *x);

/* The mentions that end in [lo, hi], the last added first within each bucket, buckets
 * from hi down: for (mindex_range(x, lo, hi, &it); (m = mindex_next(x, &it, &i));) */
struct mindex_iter {
    size_t lo, hi, b, j;
};
void mindex_range(struct mention_index *x, size_t lo, size_t hi, struct mindex_iter *it);
const struct mention *mindex_next(const struct mention_index *x, struct mindex_iter *it,
                                  size_t *index);

/* Spans of folded text already taken by a recognizer (sorted on demand). */
struct spans {
    size_t (*v)[2];
    size_t n, cap;
};
void spans_add(struct spans *s, size_t a, size_t b);
/* Nonzero when [a, b) overlaps a span. Call spans_sort after the last add. */
int spans_overlap(const struct spans *s, size_t a, size_t b);
void spans_sort(struct spans *s);
void spans_release(struct spans *s);

#endif
