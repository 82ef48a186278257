/* emit_html: graph.html, an interactive page in one self-contained file — the graph's
 * nodes, links and metrics as JSON inside the page, drawn by sigma.js + graphology
 * (vendor/, MIT, compiled into the binary with the page's own script and style from
 * data/html/) with search, filters by kind, organ, year and community, an ego view on
 * click, a legend, node sizes by a metric, labels of bodies and conventions in the chosen
 * language (the gazetteer's names) and undocs.org links. Opens with no network. */
#ifndef UNXREF_EMIT_HTML_H
#define UNXREF_EMIT_HTML_H

#include <stdio.h>

#include "gazetteer.h"
#include "graph.h"
#include "subgraph.h"

struct html_options {
    const char *lang;              /* labels and links (ar zh en fr ru es), or NULL: the
                                      language most input documents were read in */
    enum metric size;              /* node size (M_NONE: all the same) */
    const struct gazetteer *gaz;   /* names in each language, or NULL */
};

/* Sets the options the next emit_html calls use (the writer has the signature of the
 * other graph writers). o is copied. */
void emit_html_configure(const struct html_options *o);
/* The language the page opens in: lang when given, else the one most input documents of
 * g were read in — English when it has at least 90 % of that count (a corpus read in
 * several languages). */
const char *html_lang(const struct graph *g, const char *lang);
/* Nodes above which the page holds only this many, those of highest PageRank, with a
 * warning (a browser draws 10,000 nodes in about 13 s on a loaded 2-core machine). */
#define HTML_MAX_NODES 20000

/* Writes the page; 0, or -1 when the stream failed. */
int emit_html(const struct graph *g, FILE *fp);

#endif
