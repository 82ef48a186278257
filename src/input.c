/* input: path expansion and file reading (see input.h). */
#include "input.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "diag.h"
#include "symbol.h"
#include "util.h"

enum { STREAM_TIMEOUT = 10 }; /* seconds a named pipe may stay silent */
#define STREAM_TIMEOUT_TEXT "10"

static void push(struct input_list *l, char *path)
{
    xgrow((void **)&l->paths, &l->cap, l->n + 1, sizeof *l->paths);
    l->paths[l->n++] = path;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The files a directory walk reads: *.txt, *.text and *.pdf, any case. The length of the
 * name's suffix, 0 when it has none of them. */
static size_t input_suffix(const char *name)
{
    static const char *const SUFFIXES[] = {".txt", ".text", ".pdf", NULL};
    size_t n = strlen(name);
    for (const char *const *s = SUFFIXES; *s; s++) {
        size_t k = strlen(*s);
        if (n > k && strcasecmp(name + n - k, *s) == 0)
            return k;
    }
    return 0;
}

static int is_input_name(const char *name) { return input_suffix(name) > 0; }

/* Whether a file name carries a language tag other than lang (NULL: keep all). */
static int named_for_other(const char *lang, const char *name)
{
    char tag[8];
    return lang && input_lang_from_name(name, tag) && strcmp(tag, lang) != 0;
}

struct visit {
    dev_t dev;
    ino_t ino;
    const struct visit *up;
};

static int walk(const char *dir, const struct visit *up, struct input_list *out, size_t *found)
{
    struct stat st;
    if (stat(dir, &st) != 0)
        return diag_error(dir, 0, "cannot read directory: %s", strerror(errno)), -1;
    for (const struct visit *v = up; v; v = v->up)
        if (v->dev == st.st_dev && v->ino == st.st_ino) {
            diag_warn(dir, 0, "directory loop (symbolic link), not followed");
            return 0;
        }
    struct visit here = {st.st_dev, st.st_ino, up};
    DIR *d = opendir(dir);
    if (!d)
        return diag_error(dir, 0, "cannot read directory: %s", strerror(errno)), -1;
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        xgrow((void **)&names, &cap, n + 1, sizeof *names);
        names[n++] = xstrdup(e->d_name);
    }
    closedir(d);
    if (n > 1)
        qsort(names, n, sizeof *names, cmp_str);
    int rc = 0;
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(dir) + strlen(names[i]) + 2;
        char *path = xmalloc(len);
        snprintf(path, len, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", names[i]);
        if (stat(path, &st) != 0) {
            /* a dangling or looping link: a text file is an input that fails to be read
             * (reported with the others), anything else is none of ours */
            if (is_input_name(names[i]))
                push(out, path), (*found)++;
            else
                free(path);
        } else if (S_ISDIR(st.st_mode)) {
            if (walk(path, &here, out, found) != 0)
                rc = -1;
            free(path);
        } else if (S_ISREG(st.st_mode) && is_input_name(names[i]) &&
                   !named_for_other(out->lang, names[i])) {
            push(out, path);
            (*found)++;
        } else if (S_ISREG(st.st_mode) && is_input_name(names[i])) {
            out->other_lang++;
            free(path);
        } else {
            /* a FIFO, a socket, a device: nothing a walk should open (a FIFO would wait
             * for a writer) */
            if (!S_ISREG(st.st_mode))
                diag_warn(path, 0, "not a regular file, skipped");
            free(path);
        }
        free(names[i]);
    }
    free(names);
    return rc;
}

int input_expand(const char *arg, struct input_list *out)
{
    struct stat st;
    if (strcmp(arg, "-") == 0) {
        push(out, xstrdup(arg));
        return 0;
    }
    if (stat(arg, &st) != 0 || !S_ISDIR(st.st_mode)) {
        /* files, and paths that cannot be read, go to the pipeline, which reports them
         * and lists them in extract's "errors" */
        push(out, xstrdup(arg));
        return 0;
    }
    size_t found = 0, other = out->other_lang;
    int rc = walk(arg, NULL, out, &found);
    if (rc == 0 && found == 0 && out->other_lang > other)
        return diag_error(arg, 0, "no .txt, .text or .pdf files named for language %s (NAME.%s.txt) or for none",
                          out->lang, out->lang), -1;
    if (rc == 0 && found == 0)
        return diag_error(arg, 0, "no .txt, .text or .pdf files in this directory"), -1;
    return rc;
}

void input_list_sort(struct input_list *l)
{
    if (l->n > 1)
        qsort(l->paths, l->n, sizeof *l->paths, cmp_str);
    size_t k = 0;
    for (size_t i = 0; i < l->n; i++) {
        if (k && strcmp(l->paths[k - 1], l->paths[i]) == 0)
            free(l->paths[i]);
        else
            l->paths[k++] = l->paths[i];
    }
    l->n = k;
}

void input_list_release(struct input_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->paths[i]);
    free(l->paths);
    memset(l, 0, sizeof *l);
}

/* Waits until fd (a named pipe, a device) has data or an end, at most STREAM_TIMEOUT
 * seconds. Returns 0, or -1 with *why set. */
static int wait_stream(int fd, const char **why)
{
    struct pollfd pf = {fd, POLLIN, 0};
    for (;;) {
        int k = poll(&pf, 1, STREAM_TIMEOUT * 1000);
        if (k > 0)
            return 0;
        if (k < 0 && errno == EINTR)
            continue;
        *why = k == 0 ? "not a regular file, and no data came for " STREAM_TIMEOUT_TEXT " s"
                      : strerror(errno);
        return -1;
    }
}

int input_read(const char *path, char **data, size_t *n, const char **why)
{
    /* not blocking: opening a named pipe would wait for a writer for ever */
    int fd = strcmp(path, "-") == 0 ? 0 : open(path, O_RDONLY | O_NONBLOCK);
    *data = NULL;
    *n = 0;
    if (fd < 0) {
        *why = strerror(errno);
        return -1;
    }
    struct stat st;
    if (fstat(fd, &st) != 0)
        memset(&st, 0, sizeof st);
    if (S_ISDIR(st.st_mode)) {
        *why = "is a directory";
        close(fd);
        return -1;
    }
    /* a named pipe or a device: read as a stream while data keeps coming */
    int stream = fd != 0 && !S_ISREG(st.st_mode);
    if (stream)
        diag_warn(path, 0, "not a regular file: read as a stream (until it ends, or no data "
                           "comes for " STREAM_TIMEOUT_TEXT " s)");
    /* the offsets of normalize.c are 32-bit; a device that never ends (/dev/zero) stops
     * here too instead of filling the memory */
    const size_t max = (size_t)UINT32_MAX - 1;
    if (S_ISREG(st.st_mode) && (uint64_t)st.st_size > max) {
        *why = "file too large (4 GiB or more)";
        if (fd)
            close(fd);
        return -1;
    }
    size_t cap = S_ISREG(st.st_mode) && st.st_size > 0 ? (size_t)st.st_size + 1 : 65536;
    char *buf = xmalloc(cap);
    size_t len = 0;
    for (;;) {
        if (len > max) {
            *why = "file too large (4 GiB or more)";
            free(buf);
            if (fd)
                close(fd);
            return -1;
        }
        if (len + 1 >= cap) {
            cap = cap * 2 > max + 2 ? max + 2 : cap * 2;
            buf = xrealloc(buf, cap);
        }
        if (stream && wait_stream(fd, why) != 0) {
            free(buf);
            close(fd);
            return -1;
        }
        ssize_t k = read(fd, buf + len, cap - len - 1);
        if (k < 0) {
            if (errno == EINTR || (stream && errno == EAGAIN))
                continue;
            *why = strerror(errno);
            free(buf);
            if (fd)
                close(fd);
            return -1;
        }
        if (k == 0)
            break;
        len += (size_t)k;
    }
    if (fd)
        close(fd);
    buf[len] = 0;
    *data = buf;
    *n = len;
    return 0;
}

/* ---- what a corpus file name says ---- */

int input_lang_from_name(const char *path, char *out)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    size_t n = strlen(base), k = input_suffix(base);
    if (k == 0 || n < k + 4)
        return 0;
    size_t e = n - k, a = e;
    while (a > 0 && base[a - 1] >= 'a' && base[a - 1] <= 'z')
        a--;
    if (a == 0 || base[a - 1] != '.' || e - a < 2 || e - a > 3)
        return 0;
    memcpy(out, base + a, e - a);
    out[e - a] = 0;
    return 1;
}

/* The file name's symbol read one way: '_' as '/', the last run as " (…)" when paren. */
static int name_try(const char *stem, size_t n, int paren, char *out)
{
    char cand[SYMBOL_MAX];
    size_t k = 0, last = (size_t)-1;
    if (n + 4 >= sizeof cand)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (stem[i] == '_')
            last = i;
    if (paren && last == (size_t)-1)
        return 0;
    for (size_t i = 0; i < n; i++) {
        if (paren && i == last) {
            cand[k++] = ' ';
            cand[k++] = '(';
        } else {
            cand[k++] = stem[i] == '_' ? '/' : stem[i];
        }
    }
    if (paren)
        cand[k++] = ')';
    cand[k] = 0;
    return input_symbol_whole(cand, k, out);
}

int input_symbol_whole(const char *s, size_t n, char *out)
{
    struct resref r;
    /* "A_RES_78_183_A" is not a document A/RES/78/183/A: a resolution series needs a
     * resolution's form */
    int res_series = memmem(s, n, "/RES/", 5) != NULL || memmem(s, n, "/res/", 5) != NULL;
    return n > 0 && n < SYMBOL_MAX && symbol_parse(s, n, out, &r) == n &&
           (!res_series || r.organ != ORGAN_NONE);
}

int input_symbol_from_name(const char *path, char *out)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    char stem[SYMBOL_MAX];
    size_t n = 0;
    /* the name up to its first '.', parentheses dropped and '_' runs made one */
    for (const char *c = base; *c && *c != '.' && n + 1 < sizeof stem; c++) {
        if (*c == '(' || *c == ')' || *c == ' ')
            continue;
        if (*c == '_' && (n == 0 || stem[n - 1] == '_'))
            continue;
        stem[n++] = *c;
    }
    while (n > 0 && stem[n - 1] == '_')
        n--;
    stem[n] = 0;
    if (n < 3 || !(stem[0] == 'S' || stem[0] == 'A' || stem[0] == 'E') || stem[1] != '_')
        return 0;
    for (int pass = 0; pass < 2; pass++) {
        if (name_try(stem, n, 1, out) || name_try(stem, n, 0, out))
            return 1;
        /* lettered parts "A_RES_78_183_A", "A_RES_78_80_A-B": the resolution's id */
        size_t u = n;
        while (u > 0 && stem[u - 1] != '_')
            u--;
        int part = u > 0 && n - u <= 3;
        for (size_t i = u; part && i < n; i++)
            part = (stem[i] >= 'A' && stem[i] <= 'Z') || stem[i] == '-';
        if (!part)
            break;
        n = u - 1;
    }
    out[0] = 0;
    return 0;
}

static size_t page_size(void)
{
    long p = sysconf(_SC_PAGESIZE);
    return p > 0 ? (size_t)p : 4096;
}

/* the mapping: the file's n bytes, then at least one zero byte (an anonymous page when n
 * ends on a page boundary) */
static size_t map_len(size_t n)
{
    size_t pg = page_size();
    return (n + 1 + pg - 1) / pg * pg;
}

int input_map(const char *path, size_t above, char **data, size_t *n, const char **why)
{
    struct stat st;
    int fd;
    *data = NULL;
    *n = 0;
    if (strcmp(path, "-") == 0 || stat(path, &st) != 0 || !S_ISREG(st.st_mode) ||
        (uint64_t)st.st_size <= above || (uint64_t)st.st_size > (size_t)UINT32_MAX - 1 ||
        (fd = open(path, O_RDONLY)) < 0)
        return input_read(path, data, n, why);
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || (uint64_t)st.st_size <= above) {
        close(fd);
        return input_read(path, data, n, why);
    }
    size_t len = (size_t)st.st_size, total = map_len(len);
    char *base = mmap(NULL, total, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (base == MAP_FAILED ||
        mmap(base, len, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd, 0) == MAP_FAILED) {
        *why = strerror(errno);
        if (base != MAP_FAILED)
            munmap(base, total);
        close(fd);
        return -1;
    }
    close(fd);
    madvise(base, len, MADV_SEQUENTIAL);
    *data = base;
    *n = len;
    return 1;
}

void input_drop(const char *data, size_t upto)
{
    size_t pg = page_size(), k = upto / pg * pg;
    if (k)
        madvise((void *)(uintptr_t)data, k, MADV_DONTNEED);
}

void input_unmap(char *data, size_t n)
{
    if (data)
        munmap(data, map_len(n));
}
