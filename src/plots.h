/* plots: the charts of `unxref stats --plots DIR` — citations per citing year, citation
 * age, in-degree distribution (log-log) and the most cited nodes (top-N bars) — drawn by
 * gnuplot, run as a child process with the script and the data on its stdin, each chart as
 * DIR/NAME.svg, NAME.png and NAME.pdf (Noto Sans CJK through cairo/pango, which falls back
 * to Noto Sans Arabic for Arabic). The data come from the stats report; no drawing here. */
#ifndef UNXREF_PLOTS_H
#define UNXREF_PLOTS_H

#include "stats.h"

/* The charts' file names without extension, in the order written; NULL-terminated. */
extern const char *const plot_names[];

/* Writes every chart into the directory dir (which exists); each file complete or absent.
 * Returns 0, or -1 after reporting (gnuplot missing or failing). */
int plots_write(const struct stats_report *r, const char *dir);

#endif
