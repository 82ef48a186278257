/* outfile: output files that are complete or absent — written to a temporary file in the
 * same directory, flushed, then renamed over the target. "-" or NULL is standard output. */
#ifndef UNXREF_OUTFILE_H
#define UNXREF_OUTFILE_H

#include <stdio.h>

struct outfile {
    FILE *fp;
    char *path;  /* target, NULL for stdout */
    char *tmp;   /* temporary file, NULL for stdout */
};

/* Opens; returns 0, or -1 after reporting. */
int outfile_open(struct outfile *o, const char *path);
/* The temporary path a renderer may write to itself (after outfile_open_path). */
int outfile_open_path(struct outfile *o, const char *path);
/* Flushes, closes and renames into place; returns 0, or -1 after reporting (and
 * removing the temporary file). */
int outfile_commit(struct outfile *o);
/* Removes the temporary file. */
void outfile_abort(struct outfile *o);

#endif
