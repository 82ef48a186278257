/* input: turning the PATH arguments into documents to read — files as given, directories
 * walked recursively (sorted, *.txt, *.text, *.pdf in any case only, no hidden entries,
 * symlink loops cut, with --lang only the files named for it), "-" for standard input —
 * reading one whole file, and what a corpus file name says (its symbol, its language). */
#ifndef UNXREF_INPUT_H
#define UNXREF_INPUT_H

#include <stddef.h>

struct input_list {
    char **paths;
    size_t n, cap;
    const char *lang;   /* --lang: a directory walk keeps the files named for this language
                           ("x.en.txt") and those named for none; NULL keeps all */
    size_t other_lang;  /* files the walk left out for being named for another language */
};

/* Appends the files that arg stands for: arg itself unless it is a directory (a path
 * that does not exist too: reading it reports the error), else the walk. Returns 0, or
 * -1 after reporting (unreadable directory, directory without text files). */
int input_expand(const char *arg, struct input_list *out);
/* Sorts the paths (byte order) and drops repeated ones: the documents of a run do not
 * depend on the order of the arguments. */
void input_list_sort(struct input_list *l);
void input_list_release(struct input_list *l);

/* The symbol a corpus file name stands for ("S_RES_2504_2020.en.txt" -> "S/RES/2504
 * (2020)", "A_RES_78_144.en.txt" -> "A/RES/78/144", "A_RES_78_183_A.zh.txt" ->
 * "A/RES/78/183"): the name up to its first '.', '_' read as '/', ' ', '(' or ')'; only
 * symbols of the S/, A/ and E/ series. Writes SYMBOL_MAX bytes; returns 0 when none. */
int input_symbol_from_name(const char *path, char *out);
/* The language tag of a file name ("x.en.txt" -> "en", also "de"), written into out (8
 * bytes); 0 when the name has none. */
int input_lang_from_name(const char *path, char *out);
/* Whether s[0..n) is one whole UN symbol (a symbol of a resolution series, "S/RES/…",
 * in a resolution's form); writes its canonical form into out (SYMBOL_MAX bytes). */
int input_symbol_whole(const char *s, size_t n, char *out);
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
