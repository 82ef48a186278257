/* openclass: the open class of names — instruments and bodies the gazetteer does not know,
 * read by a small grammar per language (data/lang/<code>.open.tsv: a head noun, its
 * modifiers, a link word and a complement up to a boundary; for Chinese a name ending in a
 * head noun), and the short forms ("the Convention", "该公约", "ladite Convention") resolved
 * to the entity of their head class named just before. Owns those word lists and the
 * `unknown:` ids of such names. */
#ifndef UNXREF_OPENCLASS_H
#define UNXREF_OPENCLASS_H

#include <stddef.h>
#include <stdint.h>

#include "lang.h"
#include "mention.h"
#include "scan.h"

struct arena;

/* The original bytes behind a folded text (normalize.h): map[i] is the offset in src of the
 * character that gave folded byte i. The open class reads capitals there. */
struct source_case {
    const char *src;
    size_t n; /* bytes of src */
    const uint32_t *map;
};

/* A body short form ("the Committee") with no antecedent of its class: the body of that
 * class which the resolution that set up the body named last before it also set up (the
 * sanctions committee of "its Panel of Experts"). find fills *m (its span aside) and
 * returns 1, or returns 0. */
struct openclass_sibling {
    int (*find)(const void *ctx, const struct mention *named, const char *cls, struct mention *m);
    /* the entry one of whose names is the folded text s (NUL-terminated): m filled, 1 */
    int (*named)(const void *ctx, const char *s, struct mention *m);
    const void *ctx;
};

/* Appends the open-class names found outside the claimed spans (known: 0, id
 * "unknown:NAME", type the head class) and the short forms that resolve; claims their
 * spans. A gazetteer body or instrument mention inside such a name (or adjacent before its
 * head: "OAU Convention …") is removed from out. sib (NULL: none) resolves the short forms
 * whose class has no antecedent. cs (NULL: none) gives the capitals the
 * language's param case asks for; without it a language that asks for them finds no name. */
void openclass_find(struct text t, const struct source_case *cs, const struct lang *lang,
                    const struct openclass_sibling *sib, struct arena *arena,
                    struct mentions *out, struct spans *claimed);

/* openclass_part.c: a book title [s, e) that is a part of the instrument named before in a
 * head-last language (zh 《条约第三号议定书》, the bare 《议定书》): the registry row of that
 * part in m, 1. */
int openclass_part_title(struct text t, const struct lang *L, size_t s, size_t e,
                         const struct mentions *out, const struct openclass_sibling *sib,
                         struct mention *m);

/* While on (names_find, from before openclass_marks to after openclass_find, on one text),
 * the open class's pass over the text runs once for the marks, heads and short forms;
 * 0 ends it (the hits kept are freed). Per thread. */
void openclass_hold(int on);

/* Where a word of the classes capital, thereto or plural may start in t (one pass over the
 * text for the three look-ups below, which each take the marks from index *i on and leave
 * *i after the one they return). */
struct openclass_marks {
    size_t *pos, n, cap;
};
void openclass_marks(struct text t, const struct lang *lang, struct openclass_marks *mk);
void openclass_marks_free(struct openclass_marks *mk);

/* The first word of the language's class capital from mark *i on that stands alone for
 * its body ("the Secretariat": a capital in cs, no capitalized word before or after it;
 * not "the secretariat of the Convention", "Commonwealth Secretariat"): its length (0:
 * none), *at its start, *id the gazetteer id the class gives it. */
size_t openclass_capital(struct text t, const struct source_case *cs, const struct lang *lang,
                         const struct openclass_marks *mk, size_t *i, size_t *at,
                         const char **id);

/* The first phrase of the language's class thereto from mark *i on ("the Optional
 * Protocols thereto", "及其任择议定书", "بروتوكولاتها الاختيارية"; it may start inside a word,
 * behind a fused conjunction): its length (0: none), *at its start, *words the English
 * words of the names of the instruments it stands for ("Optional Protocol"). */
size_t openclass_thereto(struct text t, const struct lang *lang,
                         const struct openclass_marks *mk, size_t *i, size_t *at,
                         const char **words);

/* The first plural head of the language's class plural from mark *i on ("Offices",
 * "conseillers spéciaux"): its length (0: none), *at its start, *singular the singular
 * (folded like the text). */
size_t openclass_plural(struct text t, const struct lang *lang,
                        const struct openclass_marks *mk, size_t *i, size_t *at,
                        const char **singular);

/* The database of the open class's heads and marks (litscan.h), for src/tools/litscan_gen.c. */
struct litscan;
const struct litscan *openclass_db(void);

/* Loads the built-in tables now; returns the number of bad lines reported (0 when all
 * six files are well formed). */
int openclass_check(void);

#endif
