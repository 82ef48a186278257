/* names: conventions and bodies — every gazetteer alias in the text (longest match,
 * whole words), instruments in book-title marks 《…》, and draft conventions
 * ("…公约草案", "draft … convention …") the gazetteer does not know. */
#ifndef UNXREF_NAMES_H
#define UNXREF_NAMES_H

#include "gazetteer.h"
#include "lang.h"
#include "mention.h"
#include "openclass.h"
#include "scan.h"

struct arena;

/* Appends the mentions found outside the claimed spans; claims their spans too. cs: the
 * original text's capitals for the open class (openclass.h; NULL: none). */
void names_find(struct text t, const struct source_case *cs, const struct lang *lang,
                const struct gazetteer *gaz,
                struct arena *arena, struct mentions *out, struct spans *claimed);

#endif
