/* openclass_impl: what the open class's loader (openclass_load.c: the tables of
 * data/lang/<code>.open.tsv and the database of their heads), its grammar (openclass.c)
 * and its marks (openclass_marks.c) share. Not for other modules. */
#ifndef UNXREF_OPENCLASS_IMPL_H
#define UNXREF_OPENCLASS_IMPL_H

#include "openclass.h"
#include "scan.h"

enum { CASE_NONE, CASE_FIRST, CASE_ALL };
enum { NAMES_ON, NAMES_REPEAT, NAMES_OFF, NAMES_CAPITALS };

enum oc_class {
    C_INSTRUMENT, /* head nouns of instruments; value: the head class */
    C_BODY,       /* head nouns of bodies; value: the head class */
    C_WEAK,       /* heads that need two content words */
    C_BARE,       /* heads that take their complement without a link (ar construct state) */
    C_NEEDMOD,    /* heads that need a postmodifier before their link (ar "الاتفاقية الدولية") */
    C_YEARNAME,   /* heads named by a year after their link: "the Protocol of 1978" */
    C_PREMOD,     /* words before the head that belong to the name (zh: alone, no name) */
    C_POSTMOD,    /* words right after the head that belong to it (fr "internationale") */
    C_LINK,       /* head → complement: "on", "sur", "о", "بشأن" */
    C_FUNCTION,   /* complement words that are not content: "the", "de" */
    C_AND,        /* "and" inside a complement: "Production and Stockpiling of" */
    C_COMMA,      /* "," inside a complement: "Recruitment, Use, Financing and Training" */
    C_NOLINK,     /* head + link that start no name: "commission of" (a crime) */
    C_NOBEFORE,   /* a word before the head that makes it a common noun: "a", "such" */
    C_NOSTART,    /* a complement starting with it is no name's: "on its activities" */
    C_STOP,       /* words that end a complement: verbs, relatives */
    C_STOPSUFFIX, /* … and words ending so (ru infinitives "-ать"), when longer than it */
    C_MONTH,      /* a link + month or number is a date: the name ends before */
    C_START,      /* zh: where a name ending in a head starts (after it) */
    C_WEAKSTART,  /* zh: … unless an opener comes before it ("的") */
    C_OPENER,     /* zh: a name starts at it ("关于") */
    C_SHORT,      /* short forms; value: the head class */
    C_SHORT_PLURAL,
    C_SHORT_ALONE, /* a bare head that is a short form only where it stands alone (zh
                      "the Committee" alone after a start word); value: the head class */
    C_NOTSHORT,   /* phrases that look like a short form and are none: "the treaty bodies" */
    C_CAPITAL,    /* a known body's common noun, its name where written with a capital
                     ("the Secretariat"); value: the gazetteer id (openclass_capital) */
    C_THERETO,    /* the instruments of the one named just before: "the Optional Protocols
                     thereto"; value: the English words of their names (openclass_thereto) */
    C_PLURAL,     /* a plural head shared by two coordinated names: "Offices"; value: its
                     singular (openclass_plural) */
    C_CAPMOD,     /* with case first: endings of the capitalized words (adjectives) before a
                     lower-case head that name it with no complement: ru "Cairo Declaration" */
    C_ATTEST,     /* words right after a name that show it is one ("adopted", ar "issued"):
                     it counts as read twice (param repeat), a weak head's needs one word */
    C_TITLELINK,  /* case all: a lower-case stop word a title keeps before a capitalized
                     content word ("Plan of Action to Strengthen ...") */
    C_NOUNSTART,  /* param … capitals: an article after the link that lets a lower-case
                     complement of two content words or more count ("Declaration on the
                     zone of peace …"); value: the head classes, |-separated (none: all) */
    C_LOWERHEAD,  /* case first: heads whose name the text writes in lower case (ru drafts,
                     "a body of principles"): their name needs no capital */
    C_NAMELINK,   /* link words that show a name as a capital does (param ... capitals): ar
                     "concerned with", the formal link of titles */
    C_ARTLINK,    /* link words that end in an article (es "del"): an instrument's name
                     ending in another's short form after one names a part of it ("Protocolo
                     III del Tratado"); any such word turns that reading on in case first */
    C_KNOWNEXT,   /* head-last: a word right before a known body that makes the words
                     before it and the body one longer name (zh "independent": "阿富汗独立" +
                     "人权委员会") */
    C_PERIOD,     /* case first: a word before a span of years that names a lower-case
                     instrument head's name ("на 2018–2028 годы"); value: how the word after
                     the years begins (openclass_period.c) */
    NCLASS
};

enum { START_ANY, START_OPENER, START_STRONG };

struct olist {
    const char **w; /* folded, NULL-terminated */
    const char **v; /* values (not folded), parallel */
    size_t n, cap;
};

struct oc_lang {
    const char *code;
    int head_last;   /* param order head-last: zh */
    int start[2]; /* param start (instruments, bodies): where a head-last name starts:
                   * START_ANY after any start word, START_OPENER at an opener only,
                   * START_STRONG after a start word without the value "soft" (no
                   * single character that also begins or ends words: zh "middle", "make"), a
                   * weakstart word, an opener or a name found before */
    int names[2];    /* params instruments, bodies: NAMES_ON (every name of the class the
                        grammar reads), NAMES_REPEAT (a name read twice in the text),
                        NAMES_OFF (none; short forms only), NAMES_CAPITALS (a name whose
                        complement shows a capital, else as repeat) */
    int no_named_before; /* param namedbefore off: a named body right before the head is
                            no part of the name (ru: a genitive or instrumental agent) */
    size_t reach;    /* param reach: bytes back to a short form's antecedent (0: 3000;
                        ru 6000: a Cyrillic letter takes two bytes) */
    int need_case;   /* param case: CASE_NONE (no capitals in the script), CASE_FIRST (the
                        name's first word), CASE_ALL (also every content word) */
    struct olist c[NCLASS];
    int every[3];                     /* OC_HEAD, OC_MARK, OC_SHORT: a word of no literal
                                         byte may start anywhere (every position is visited) */
    struct scan_back_filter premod_back, nobefore_back; /* where a premod / nobefore word
                                                           may end */
    struct scan_filter *filter[NCLASS]; /* for the long lists the complement reads at every
                                           word: where an entry may start (NULL: none) */
};

/* Where heads (also behind a fused prefix), the words of marks and short forms may start,
 * for every language in one vectorscan pass (litscan.h): bit OC_HEAD, OC_MARK or OC_SHORT
 * of byte i for table i. A literal is a word's first bytes (before a '*', at most 8: the
 * grammar matches them byte for byte). Tables past the eighth visit every position. */
enum { OC_HEAD = 1, OC_MARK = 2, OC_SHORT = 4, OC_DB_LANGS = 8 };

/* The table of language code, NULL when the language has none (loads every table first). */
const struct oc_lang *oc_get(const char *code);
/* The positions of t where a word of the kinds (OC_HEAD, OC_MARK, OC_SHORT, OR-ed) of o may
 * start, in order, each with the bits of the kinds that may (h is emptied first; release
 * with scan_hits_free). */
void oc_hits(const struct oc_lang *o, int kinds, struct text t, struct scan_hits *h);
/* Whether cls is a class of body heads in any language's table. */
int oc_body_class(const char *cls);

/* Mentions of conventions and bodies, by where they start, for the look-ups of the
 * grammar (what is claimed at p, what ends just before p). */
struct named {
    size_t *by_start, *by_end, n;
    const struct mentions *of;
    unsigned char *drop;
    const char **eng; /* per mention: first_class of its English name, NULL until asked */
    const struct source_case *cs;
    int capitals; /* capitalized content words the last complement read */
    int by_capitals; /* the head's class is emitted by its capitals (param ... capitals) */
    int content;  /* its content words, 0 when a nostart word (a possessive, an indefinite
                     article: "... of its work") is one of its words */
    int uncased;  /* the name read needs no capitals (a premod of value uncased) */
    int need_plain; /* its complement needs a content word that is no named mention */
};

/* The grammar's look-ups of the text (openclass.c), which the marks use too: */
/* the length of an entry of class c at p (which: its index), 0 when none */
size_t oc_any(const struct oc_lang *o, int c, struct text t, size_t p, size_t *which);
/* the word at p is exactly an entry of class c (or starts with a phrase of it) */
size_t oc_is_class(const struct oc_lang *o, int c, struct text t, size_t p);
/* past spaces and apostrophes */
size_t oc_gap(struct text t, size_t p);
/* the original character of folded byte p is a capital */
int oc_capital(const struct named *nm, size_t p);
/* A link with the value heads (NULL: all) joins a head of class cls. */
int oc_link_fits(const char *heads, const char *cls);
/* p starts a sentence (a capital there is no evidence of a name) */
int oc_sentence_start(struct text t, size_t p);
/* Without capitals: the word at p stands alone (the text starts or a start word ends right
 * before it, and no nobefore word) */
int oc_alone(const struct oc_lang *o, struct text t, size_t p);
/* the named mentions of out, indexed by start and by end (oc_lower: the first index whose
 * mention starts, or ends, at or after x) */
/* openclass_within: the start of the capitalized adjectives (capmod) right before a known
 * body's name written in lower case at h, which begin a longer name; (size_t)-1 when none */
size_t oc_adjectives_before(const struct oc_lang *o, struct text t, const struct named *nm,
                            size_t h);
/* openclass_period: the end of a span of years "<period word> 2018–2028 <value>…" at p,
 * 0 when none */
size_t oc_period_at(const struct oc_lang *o, struct text t, size_t p);
void oc_named_init(struct named *nm, const struct mentions *out);
void oc_named_release(struct named *nm);
size_t oc_lower(const struct named *nm, const size_t *a, int by_end, size_t x);
/* p is inside an ASCII word (a letter or digit on both sides) */
int oc_inside_ascii_word(struct text t, size_t p);
/* openclass_short.c: the antecedents of a short form at p of head class cls (up to want
 * distinct ids, indices in out; their number), and the short forms at the hits h
 * (OC_SHORT) of t, pushed to out */
size_t oc_antecedents(const struct oc_lang *o, struct text t, struct named *nm,
                      const struct mentions *out, size_t p, const char *cls, size_t want,
                      size_t *ante);
void oc_short_forms(const struct oc_lang *o, const struct lang *L, struct text t,
                    const struct scan_hits *h, const struct openclass_sibling *sib,
                    struct mentions *out, struct spans *claimed);
/* a word of class c ends at p, one without the value unless (NULL: any) */
int oc_class_ends_at(const struct oc_lang *o, int c, struct text t, size_t p,
                     const char *unless);
/* (openclass_marks.c) the start of the word that ends at e; whether the word [w, b) is
 * written somewhere in t in lower case */
size_t oc_word_back(struct text t, size_t e);
int oc_lower_elsewhere(struct text t, const struct named *nm, size_t w, size_t b);

/* A name the open class found (openclass.c), before its id is known. */
struct found_name {
    size_t s, e;
    int cls;          /* C_INSTRUMENT or C_BODY */
    const char *head; /* head class */
    size_t ndrop;     /* named mentions inside it (openclass_find) */
    int caps;         /* capitalized content words in its complement */
    int thin;         /* head-last: a weak head with fewer characters before it than its
                         value: emitted only when read twice */
    int bare_end;     /* head-first: capitalized modifiers and head, no complement */
    const char *to_short; /* the head class of a short form ending it, at short_at */
    size_t short_at;
};

/* The id key of f's words: the text, or with inflected nouns (ru) its shortest case form. */
char *oc_name_key(const struct lang *L, struct text t, const struct found_name *f);
/* openclass_part.c: names that are known entities. A part of the known instrument ante
 * ("Protocol III to the Treaty") that the registry lists: 1, m filled. */
int oc_registry_part(const struct openclass_sibling *sib, struct text t,
                     const struct found_name *f, const struct mention *ante, struct mention *m);
/* case all: the known mention of f's kind whose words hold f's ("Final Agreement"), or -1 */
size_t oc_known_whole(const struct oc_lang *o, const struct named *nm, struct text t,
                      const struct found_name *f);
/* f ends with a name found elsewhere (head 0), or is the first words of one (head 1: the
 * mention's index + 1); 0: none */
size_t oc_known_part(const struct lang *L, const struct named *nm, struct text t,
                     const struct found_name *f, int head);

#endif
