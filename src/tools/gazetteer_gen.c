/* gazetteer_gen: writes build/gaztable_data.c, the built-in gazetteer (data/gazetteer.tsv
 * with the inflected forms of its aliases) as it is once loaded: entries, flat trie, first
 * bytes filter and its database's literals (gazetteer_table.h), so that a run takes them as
 * they are. Run by the Makefile: gazetteer_gen > build/gaztable_data.c */
#include <stdio.h>
#include <stdlib.h>

#include "gazetteer.h"
#include "gazetteer_table.h"

/* s as a C string literal (NULL as is); every byte outside printable ASCII, quotes,
 * backslashes and '?' (trigraphs) in three-digit octal */
static void put_str(const char *s)
{
    if (!s) {
        fputs("NULL", stdout);
        return;
    }
    putchar('"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if (*p < 0x20 || *p >= 0x7F || *p == '"' || *p == '\\' || *p == '?')
            printf("\\%03o", *p);
        else
            putchar(*p);
    putchar('"');
}

static void put_bytes(const char *name, const unsigned char *b, size_t n)
{
    printf("%s = {", name);
    for (size_t i = 0; i < n; i++)
        printf("%s%u,", i % 32 ? "" : "\n", b[i]);
    printf("}");
}

int main(void)
{
    struct gazetteer *g = gazetteer_builtin();
    if (!g)
        return 1;
    struct gz_table t;
    gazetteer_table_of(g, &t);
    printf("/* written by src/tools/gazetteer_gen.c: do not edit */\n"
           "#include \"../src/gazetteer_table.h\"\n");
    printf("static const struct gz_entry entries[%zu] = {\n", t.n);
    for (size_t i = 0; i < t.n; i++) {
        const struct gz_entry *e = &t.entries[i];
        const char *s[] = {e->id, e->kind, e->type, e->established_by, e->name, e->source};
        putchar('{');
        for (size_t k = 0; k < sizeof s / sizeof *s; k++)
            put_str(s[k]), putchar(',');
        printf("%d,{", e->year);
        for (size_t k = 0; k < sizeof e->names / sizeof *e->names; k++)
            put_str(e->names[k]), putchar(',');
        printf("}},\n");
    }
    printf("};\nstatic const struct gz_fnode flat[%zu] = {", t.nnodes);
    for (size_t i = 0; i < t.nnodes; i++)
        printf("%s{%u,%u,%d},", i % 8 ? "" : "\n", (unsigned)t.flat[i].first,
               (unsigned)t.flat[i].count, (int)t.flat[i].entry);
    printf("};\n");
    put_bytes("static const unsigned char fbyte[]", t.fbyte, t.nnodes);
    printf(";\nstatic const uint32_t root[256] = {");
    for (size_t i = 0; i < 256; i++)
        printf("%s%u,", i % 16 ? "" : "\n", (unsigned)t.root[i]);
    const struct scan_filter *f = t.starts;
    printf("};\nstatic const struct scan_filter starts = {%u, %u,\n", f->any, f->used);
    put_bytes(".pair", f->pair, sizeof f->pair);
    put_bytes(",\n.short_", f->short_, sizeof f->short_);
    for (int k = 0; k < 3; k++) {
        char name[32];
        snprintf(name, sizeof name, ",\n.level[%d]", k);
        put_bytes(name, f->level[k], sizeof f->level[k]);
    }
    printf("};\nstatic const size_t lit_len[%zu] = {", t.lits.n);
    for (size_t i = 0; i < t.lits.n; i++)
        printf("%s%zu,", i % 16 ? "" : "\n", t.lits.len[i]);
    printf("};\nstatic const uint64_t lit_bits[%zu] = {", t.lits.n);
    for (size_t i = 0; i < t.lits.n; i++)
        printf("%s%llu,", i % 16 ? "" : "\n", (unsigned long long)t.lits.bits[i]);
    printf("};\nstatic const int32_t lit_tag[%zu] = {", t.lits.n);
    for (size_t i = 0; i < t.lits.n; i++)
        printf("%s%d,", i % 16 ? "" : "\n", (int)t.lits.tag[i]);
    printf("};\nconst struct gz_table gazetteer_table = {entries, %zu, flat, fbyte, %zu, root, "
           "&starts,\n    {0x%016llxull, %zu, lit_len, lit_bits, lit_tag}, %zu};\n",
           t.n, t.nnodes, (unsigned long long)t.lits.fingerprint, t.lits.n, t.tsv_len);
    gazetteer_free(g);
    return ferror(stdout) ? 1 : 0;
}
