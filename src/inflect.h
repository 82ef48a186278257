/* inflect: the other forms of a name, from the rules of its language (docs/lexicon.md,
 * classes inflect_noun, inflect_adj, inflect_and): the head of the name — its adjectives and
 * first noun, and heads joined to it by "и" — in each case of the language, the rest (the
 * complement: a preposition, a genitive) unchanged ("всеобщая декларация прав человека" →
 * "всеобщую декларацию прав человека", …); and the name with its inner hyphens written as a
 * space or as nothing ("counter-terrorism" → "counter terrorism", "counterterrorism").
 * The gazetteer calls it on every alias it loads, so that an alias also matches its forms.
 * Works on folded text (normalize.h), with the folded rules of lang_get(). */
#ifndef UNXREF_INFLECT_H
#define UNXREF_INFLECT_H

#include <stddef.h>

#include "lang.h"

/* Receives one form (not NUL-terminated; valid during the call). */
typedef void (*inflect_emit)(void *ctx, const char *s, size_t n);

/* Calls emit once for each form of the folded name s[0..n) other than s itself: the hyphen variants, the name without each L->name_optional word inside it, and the cases of each when L (may be NULL: no rules)
 * has inflection rules and the name starts with a head they read. Returns the number of
 * calls. */
size_t inflect_forms(const struct lang *L, const char *s, size_t n, inflect_emit emit, void *ctx);

#endif
