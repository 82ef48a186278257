/* input: turning the PATH arguments into documents to read — files as given, directories
 * walked recursively (sorted, *.txt only, no hidden entries, symlink loops cut), "-" for
 * standard input — and reading one whole file. */
#ifndef UNXREF_INPUT_H
#define UNXREF_INPUT_H

#include <stddef.h>

struct input_list {
    char **paths;
    size_t n, cap;
};

/* Appends the files that arg stands for: arg itself unless it is a directory (a path
 * that does not exist too: reading it reports the error), else the walk. Returns 0, or
 * -1 after reporting (unreadable directory, directory without text files). */
int input_expand(const char *arg, struct input_list *out);
/* Sorts the paths (byte order) and drops repeated ones: the documents of a run do not
 * depend on the order of the arguments. */
void input_list_sort(struct input_list *l);
void input_list_release(struct input_list *l);

/* Reads a whole file ("-" = stdin) into *data (NUL-terminated, caller frees). Returns 0,
 * or -1 with a static message in *why. */
int input_read(const char *path, char **data, size_t *n, const char **why);

/* A regular file longer than `above` bytes is mapped instead of read (read-only, a NUL
 * after its end), so that the pages already searched can be given back (input_drop):
 * returns 1 then, with *data to pass to input_unmap. Anything else is read as by
 * input_read: returns 0 (free *data). -1 with *why on failure. */
int input_map(const char *path, size_t above, char **data, size_t *n, const char **why);
/* Gives back the pages of a mapping that lie wholly before data + upto (they are read
 * again from the file if touched). */
void input_drop(const char *data, size_t upto);
void input_unmap(char *data, size_t n);

#endif
