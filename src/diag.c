/* diag: messages to stderr (see diag.h). */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <sys/resource.h>

#include "util.h"

static long errors;
static int quiet;
static int timings;

static void emit(const char *kind, const char *path, long line, const char *fmt, va_list ap)
{
    fputs("unxref: ", stderr);
    if (path) {
        if (line > 0)
            fprintf(stderr, "%s:%ld: ", path, line);
        else
            fprintf(stderr, "%s: ", path);
    }
    if (kind)
        fputs(kind, stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
}

void diag_error(const char *path, long line, const char *fmt, ...)
{
    va_list ap;
    errors++;
    va_start(ap, fmt);
    emit(NULL, path, line, fmt, ap);
    va_end(ap);
}

void diag_warn(const char *path, long line, const char *fmt, ...)
{
    if (quiet)
        return;
    va_list ap;
    va_start(ap, fmt);
    emit("warning: ", path, line, fmt, ap);
    va_end(ap);
}

void diag_note(const char *fmt, ...)
{
    if (quiet)
        return;
    va_list ap;
    va_start(ap, fmt);
    emit(NULL, NULL, 0, fmt, ap);
    va_end(ap);
}

long diag_error_count(void) { return errors; }

void diag_set_quiet(int q) { quiet = q; }

void diag_set_timings(int on) { timings = on; }

void diag_timing(const char *stage, double *since)
{
    double now = clock_seconds();
    if (timings) {
        struct rusage ru;
        long peak = getrusage(RUSAGE_SELF, &ru) == 0 ? ru.ru_maxrss / 1024 : -1;
        fprintf(stderr, "unxref: timing: %s %.3f s, peak %ld MiB\n", stage, now - *since, peak);
    }
    *since = now;
}
