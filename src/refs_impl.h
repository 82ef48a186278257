/* refs_impl: what the modules of the reference recognizer share (refs.c: the passes over
 * a text; refs_item.c: the forms of one reference and of a list; refs_organ.c: which
 * organ issued a reference, and the mentions emitted): the state of one text, the item
 * read, and the functions one module calls in another. Not for use outside refs*.c. */
#ifndef UNXREF_REFS_IMPL_H
#define UNXREF_REFS_IMPL_H

#include <stdint.h>

#include "refs.h"

/* FORM_BARE: a Security Council number without its year ("recalling resolution 2532",
 * "Security Council resolutions 1325 and 2250"), read only after a keyword and kept only
 * when the organ is the Council; the year comes from the Council's numbering */
enum form { FORM_YEAR, FORM_ROMAN, FORM_SLASH, FORM_BARE };

struct item {
    size_t start, end;  /* the reference proper, e.g. "1373 (2001)" */
    enum organ organ;   /* an organ named inside the list before this item, or NONE */
    long first, second; /* year form: number, year; roman: number, session;
                           slash: session (or ECOSOC year), number */
    enum form form;
    enum session_kind skind;
    char parts[24];     /* lettered parts: "A", "A,B", "A-D"; "" when none */
    int turned;         /* right-to-left text wrote the pair number first */
};

struct ctx {
    const struct refs_input *in;
    struct text t;
    const struct lang *L;
    struct item *items;
    size_t nitems, cap;
    struct mentions *out;
    struct spans *claimed;
    /* [position, organ] of every keyword with a named organ, in text order; the last one
     * carries to the next keyword: "Human Rights Council resolutions, in particular
     * resolutions 7/34 …" */
    struct spans organ_at;
    size_t glued_at;       /* a reference glued to its keyword starts here ("القرار2565") */
    struct scan_hits hits; /* where a keyword, digit, … may start (lang.table) */
    long last_marker;      /* the last footnote marker seen glued to a year or a comma */
    int bare_ok;           /* FORM_BARE may be read: the list follows a keyword */
    int organ_guessed;     /* the organ of the list being emitted was not named at its
                              keyword: found in the sentence or carried from the last one */
    size_t turned_end;     /* the last slash pair read ends here, and was written turned */
    int last_turned;       /* round (right-to-left: "125/77 …، والقرار 77/78") */
    long horizon;          /* the latest year the text vouches for: the numbering table's last
                              year or the document's own, if later */
    struct mention_index *found; /* c->out by where each mention ends, and its ids */
    uint16_t *other_memo;  /* other_body_at(p) + 1 once known, else 0 (the look-backs
                              of organ_before ask for the same positions again and again) */
    struct sentence_memo {  /* the last organ_in_sentence_of look-back of each kind: */
        size_t p, q;        /* it started at p, found q (an organ or a sentence end; */
        enum organ o;       /* (size_t)-1: none in reach), which gave o */
        int valid;
    } sentence_memo[2];
    const struct lang *any; /* the word classes of every language (lang_any) */
    unsigned char *organ_last; /* [i]: the last byte of L->organs_before[i], 0 when it
                                  ends in '*' or is empty (organ_before's first test) */
};

/* The candidates of kind `bit` at or after next, in order: for (size_t hi = 0, p, next = 0;
 * (p = next_hit(c, bit, &hi, next)) != NO_HIT;) — the caller sets next past what it read. */
enum { NO_HIT = (size_t)-1 };
static inline size_t next_hit(const struct ctx *c, unsigned bit, size_t *i, size_t next)
{
    const struct scan_hits *h = &c->hits;
    for (; *i < h->n; (*i)++)
        if ((h->mask[*i] & bit) && h->pos[*i] >= next)
            return h->pos[(*i)++];
    return NO_HIT;
}

enum { ORGAN_REACH = 300 }; /* bytes over which a named organ carries to the next keyword */


/* refs_item.c: forms, items, dates, lists */
int session_held(const struct ctx *c, const struct item *it, enum organ o,
                 long session, int slack);
long max_special(const struct ctx *c);
long ga_first_slash(void);
int after_parts_ok(struct ctx *c, size_t q);
size_t skip_letters(struct ctx *c, size_t p, char *parts, size_t cap);
size_t parse_item(struct ctx *c, size_t p, struct item *it);
size_t skip_date_year(struct ctx *c, size_t p, long *year_out, int *month_out);
size_t skip_date(struct ctx *c, size_t p);
size_t skip_zh_date(const struct lang *L, struct text t, size_t p);
size_t skip_zh_date_back(const struct lang *L, struct text t, size_t p);
void push_item(struct ctx *c, const struct item *it);
size_t skip_marker(struct text t, size_t p);
size_t item_start_back(struct ctx *c, size_t p);
struct text cut_glued_digit(struct text t, size_t p, size_t reach);
size_t skip_item_tail(struct ctx *c, size_t p);
size_t other_word_at(const struct ctx *c, size_t p);
size_t other_body_at(const struct ctx *c, size_t p);
size_t other_body_before(const struct ctx *c, size_t b);
enum organ organ_name_at(struct ctx *c, size_t p, int allow_self, size_t *end);
size_t parse_list(struct ctx *c, size_t p);
/* The keyword of a zh list after a topic: "第71/19号、…和第77/20号关于联合国与非洲联盟合作的
 * 决议" — the position after the keyword, or 0. */
size_t keyword_after_topic(struct ctx *c, size_t p);

/* refs_organ.c: organs, ids, emission */
/* "the Commission" at p (ORGAN_OTHER in lang.organs_before) named after the commission named
 * last before it in the sentence: the Commission on Human Rights or its Sub-Commission when
 * that one is theirs (no other body between), else ORGAN_OTHER. */
enum organ commission_meant(struct ctx *c, size_t p);
enum organ organ_before(struct ctx *c, size_t b, size_t *start);
/* The organ named right before b (the longest name), or ORGAN_NONE; *start gets its start. */
enum organ organ_via_bridge(struct ctx *c, size_t b, size_t *start);
enum organ organ_at(struct ctx *c, size_t p, int allow_self, size_t *end);
enum organ own_organ(enum organ o);
enum organ organ_after(struct ctx *c, size_t p);
enum organ subject_after(struct ctx *c, size_t p);
size_t keyword_at(struct ctx *c, size_t p, int *self);
enum organ item_organ(const struct ctx *c, const struct item *it, enum organ ctx);
const char *item_id(struct ctx *c, const struct item *it, enum organ organ);
void add_resolution(struct ctx *c, size_t a, size_t b, const char *id,
                    const char *parts);
void add_established(struct ctx *c, size_t a, size_t b, const struct body_noun *noun,
                     const char *res_id);
long year_after(struct ctx *c, size_t p, int *month);
long item_date_year(const struct ctx *c, const struct item *it);
const char *emit_items(struct ctx *c, enum organ o, const char *paragraph);
const char *paragraph_before(struct ctx *c, size_t b);
const char *paragraph_after_zh(struct ctx *c, size_t k);
size_t noun_before(struct ctx *c, size_t b, const struct body_noun **which);
/* The body noun before an organ named in the genitive that ends at b ("Comité du Conseil
 * de sécurité", "Комитет Совета Безопасности"): its start, or (size_t)-1. */
size_t noun_of_organ_before(struct ctx *c, size_t b, const struct body_noun **which);
size_t noun_after(struct ctx *c, size_t p, const struct body_noun **which);
enum organ organ_in_sentence(struct ctx *c, size_t p);
enum organ chain_organ(struct ctx *c, size_t p);
/* The organ kept at the keyword or organ named last before p, when within twice
 * ORGAN_REACH, or ORGAN_NONE (the evidence of a bare reference). */
enum organ organ_named_last(struct ctx *c, size_t p);
enum organ council_self(struct ctx *c, size_t p);
int guess_fits(struct ctx *c, enum organ o);
/* The organ a report is submitted to right after a zh list whose keyword ends at k, or
 * ORGAN_NONE. */
enum organ organ_addressed(struct ctx *c, size_t k);

/* refs_attr.c: the attribution rules (data/attribution.tsv) and their driver */
enum attr_set { ATTR_KEYWORD_FIRST, ATTR_KEYWORD_LAST, ATTR_BARE, ATTR_SETS };
/* What the rules read of one list, and what they give back. */
struct attr {
    size_t at;          /* the keyword (keyword-first), the list's start (keyword-last) or
                           the reference (bare) */
    size_t back;        /* where an organ named before would end */
    size_t after;       /* where an organ named after the list would start */
    size_t end;         /* the list's end (bare: the reference's), 0 when no list was read */
    int self;           /* the keyword says "its": 1, a feminine one: 2 (keyword_at) */
    enum organ between; /* the organ named between the keyword and its list */
    size_t ostart;      /* in: at; out: where the organ's name starts */
    enum organ o;       /* out: the organ (ORGAN_NONE for none) */
    int by;             /* out: the rule of the set that found it, -1 for none */
    int guessed;        /* out: that rule is marked guess */
};
/* Walks the rules of set once, in order; returns a->o. */
enum organ attribute(struct ctx *c, enum attr_set set, struct attr *a);

#endif
