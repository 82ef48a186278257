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

/* Drops from found the body mentions that are the document's letterhead, its furniture: a
 * body touching the cover's symbol line (cover_at, the space that stands for it in t, or
 * (size_t)-1: "United Nations / A/HRC/RES/56/14 / General Assembly"), named right before a
 * letterhead mark (lang->letterhead_after: "General Assembly Distr.: General"), or an
 * organization named right before a document symbol ("United Nations S/RES/2667 (2022)"). */
void names_drop_letterhead(struct text t, const struct lang *lang, size_t cover_at,
                           struct mentions *found);

#endif
