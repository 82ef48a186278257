/* diag: every message the user sees on stderr goes through here.
 * Format: "unxref: path:line: message" (line omitted when 0), lowercase, no final stop. */
#ifndef UNXREF_DIAG_H
#define UNXREF_DIAG_H

void diag_error(const char *path, long line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void diag_warn(const char *path, long line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* A note (timings): printed unless quiet. */
void diag_note(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* --timings: when on, diag_timing prints "unxref: timing: STAGE S s, peak N MiB" (the
 * seconds since *since, which it then sets to now; the process's peak resident memory so
 * far) even when quiet. */
void diag_set_timings(int on);
void diag_timing(const char *stage, double *since);
/* Number of diag_error calls so far. */
long diag_error_count(void);
/* When set, warnings are not printed (errors always are). */
void diag_set_quiet(int quiet);

#endif
