/* outfile: atomic output (see outfile.h). */
#include "outfile.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"
#include "util.h"

static int make_tmp(struct outfile *o, const char *path)
{
    memset(o, 0, sizeof *o);
    o->path = xstrdup(path);
    size_t n = strlen(path) + 16;
    o->tmp = xmalloc(n);
    const char *slash = strrchr(path, '/');
    int dirlen = slash ? (int)(slash - path + 1) : 0;
    snprintf(o->tmp, n, "%.*s.%s.XXXXXX", dirlen, path, slash ? slash + 1 : path);
    int fd = mkstemp(o->tmp);
    if (fd < 0) {
        diag_error(path, 0, "cannot write: %s", strerror(errno));
        free(o->tmp);
        free(o->path);
        memset(o, 0, sizeof *o);
        return -1;
    }
    /* mkstemp makes 0600; outputs are ordinary files */
    mode_t mask = umask(0);
    umask(mask);
    fchmod(fd, 0666 & ~mask);
    o->fp = fdopen(fd, "w");
    if (!o->fp) {
        close(fd);
        unlink(o->tmp);
        diag_error(path, 0, "cannot write: %s", strerror(errno));
        return -1;
    }
    setvbuf(o->fp, NULL, _IOFBF, 1 << 16); /* large outputs: fewer, larger writes */
    return 0;
}

int outfile_open(struct outfile *o, const char *path)
{
    struct stat st;
    memset(o, 0, sizeof *o);
    if (!path || strcmp(path, "-") == 0) {
        o->fp = stdout;
        return 0;
    }
    /* a device or a pipe (/dev/stdout, /dev/full, a FIFO) is written in place */
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
        o->fp = fopen(path, "w");
        if (!o->fp) {
            diag_error(path, 0, "cannot write: %s", strerror(errno));
            return -1;
        }
        o->path = xstrdup(path);
        return 0;
    }
    return make_tmp(o, path);
}

int outfile_open_path(struct outfile *o, const char *path)
{
    if (make_tmp(o, path) != 0)
        return -1;
    fclose(o->fp);
    o->fp = NULL;
    return 0;
}

int outfile_commit(struct outfile *o)
{
    int bad = 0, err = 0;
    if (o->fp) {
        bad = fflush(o->fp) != 0 || ferror(o->fp);
        if (o->tmp && !bad)
            bad = fsync(fileno(o->fp)) != 0 && errno != EINVAL;
        err = errno;
        if (o->fp != stdout && fclose(o->fp) != 0 && !bad)
            bad = 1, err = errno;
        o->fp = NULL;
    }
    if (o->tmp && !bad && rename(o->tmp, o->path) != 0)
        bad = 1, err = errno;
    if (bad) {
        diag_error(o->path ? o->path : "<stdout>", 0, "write failed: %s", strerror(err));
        if (o->tmp)
            unlink(o->tmp);
    }
    free(o->tmp);
    free(o->path);
    memset(o, 0, sizeof *o);
    return bad ? -1 : 0;
}

void outfile_abort(struct outfile *o)
{
    if (o->fp && o->fp != stdout)
        fclose(o->fp);
    if (o->tmp)
        unlink(o->tmp);
    free(o->tmp);
    free(o->path);
    memset(o, 0, sizeof *o);
}
