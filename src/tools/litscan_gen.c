/* litscan_gen: writes build/litscan_data.c, the vectorscan databases of the built-in
 * gazetteer, of the languages' candidates and of the open class's heads, compiled once at
 * build time (litscan.h), so that a run deserializes them instead of compiling them at
 * start-up. Run by the Makefile: litscan_gen > build/litscan_data.c */
#include <stdio.h>
#include <stdlib.h>

#include "gazetteer.h"
#include "litscan.h"
#include "openclass.h"
#include "scan.h"

static int put(FILE *out, int k, const struct litscan *db, uint64_t *fp)
{
    char *bytes;
    size_t len;
    if (!litscan_serialize(db, &bytes, &len, fp))
        return 0;
    fprintf(out, "static const unsigned char db%d[%zu] = {", k, len);
    for (size_t i = 0; i < len; i++)
        fprintf(out, "%s%u,", i % 24 ? "" : "\n", (unsigned char)bytes[i]);
    fputs("\n};\n", out);
    free(bytes);
    return 1;
}

int main(void)
{
    struct gazetteer *g = gazetteer_builtin();
    if (!g)
        return 1;
    const struct litscan *dbs[] = {scan_hits_db(), gazetteer_db(g), openclass_db()};
    enum { NDB = sizeof dbs / sizeof *dbs };
    uint64_t fp[NDB];
    int have[NDB];
    printf("/* written by src/tools/litscan_gen.c: do not edit */\n#include \"../src/litscan.h\"\n");
    for (int k = 0; k < NDB; k++)
        have[k] = put(stdout, k, dbs[k], &fp[k]);
    printf("const struct litscan_blob litscan_blobs[] = {\n");
    for (int k = 0; k < NDB; k++)
        if (have[k])
            printf("    {0x%016llxull, db%d, sizeof db%d},\n", (unsigned long long)fp[k], k, k);
    printf("    {0, NULL, 0}};\n");
    gazetteer_free(g);
    return ferror(stdout) ? 1 : 0;
}
