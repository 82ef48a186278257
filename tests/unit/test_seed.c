/* Unit test: the seed document (../shared/seed, copied to data/texts) must come out
 * exactly right. The expected lists were made by reading the Chinese text. */
#include <stdlib.h>

#include "doc.h"
#include "gazetteer.h"
#include "harness.h"
#include "input.h"

struct want {
    const char *kind, *id;
    int count;
};

static const struct want expected[] = {
    /* 1. 第 1373（2001）号、第 1390（2002）号和第 1455（2003）号决议; 2(c) 第 1267…1455;
     *    第 1363（2001）号决议所设监测组; 4. 1373; 4(iii) 1373 three times; 5. 1373 */
    {"resolution", "S/RES/1373 (2001)", 6},
    {"resolution", "S/RES/1390 (2002)", 2},
    {"resolution", "S/RES/1455 (2003)", 2},
    {"resolution", "S/RES/1267 (1999)", 1},
    {"resolution", "S/RES/1363 (2001)", 1},
    /* 《联合国宪章》 twice; 1999年《制止资助恐怖主义的国际公约》; the two drafts of 13. */
    {"convention", "charter-un", 2},
    {"convention", "icsft-1999", 1},
    {"convention", "comprehensive-convention-international-terrorism-draft", 1},
    {"convention", "icsant-2005", 1},
    /* the open class: the declaration the resolution adopts ("决定通过所附关于打击恐怖主义的宣言"),
     * not in the gazetteer */
    {"convention", "unknown:关于打击恐怖主义的宣言", 1},
    /* 安全理事会 ×10 and 安理会 ×4; 反恐怖主义委员会 ×2 and 反恐委员会 ×8; 秘书长; 监测组 */
    {"body", "security-council", 14},
    {"body", "counter-terrorism-committee", 11}, /* 10 names and "该委员会" */
    {"body", "secretary-general", 1},
    {"body", "monitoring-group-1363", 1},
    /* the Organization: "加强联合国在这方面的作用" (its role), not "联合国会员国" (Member
     * States, zh.tsv part_after) */
    {"body", "united-nations", 1},
};

int main(void)
{
    char *text;
    size_t n;
    const char *why;
    struct gazetteer *gaz = gazetteer_builtin();
    if (input_read(SEED, &text, &n, &why) != 0) {
        fprintf(stderr, "%s: %s\n", SEED, why);
        CHECK(0);
        return h_done("seed");
    }
    struct doc d;
    doc_extract(&d, SEED, text, n, NULL, gaz);
    CHECK_STR(d.lang, "zh");
    CHECK_STR(d.symbol, "S/RES/1456 (2003)");
    size_t total = 0;
    for (size_t w = 0; w < sizeof expected / sizeof *expected; w++) {
        int count = 0;
        for (size_t i = 0; i < d.mentions.n; i++)
            if (strcmp(d.mentions.v[i].id, expected[w].id) == 0 &&
                strcmp(mention_kind_name(d.mentions.v[i].kind), expected[w].kind) == 0)
                count++;
        if (count != expected[w].count)
            fprintf(stderr, "seed: %s %s\n", expected[w].kind, expected[w].id);
        CHECK_INT(count, expected[w].count);
        total += (size_t)expected[w].count;
    }
    CHECK_INT(d.mentions.n, total); /* nothing else, and not its own symbol */
    for (size_t i = 0; i < d.mentions.n; i++) {
        const struct mention *m = &d.mentions.v[i];
        CHECK(m->start < m->end && m->end <= n);
        if (strcmp(m->id, "S/RES/1363 (2001)") == 0)
            CHECK_INT(m->line, 76);
        if (strcmp(m->id, "icsant-2005") == 0)
            CHECK(m->draft);
    }
    /* "第 1390\n\n（2002）号": the mention's text is the user's bytes, line break included */
    int split = 0;
    for (size_t i = 0; i < d.mentions.n; i++)
        split |= strncmp(text + d.mentions.v[i].start, "1390\n\n（2002）",
                         d.mentions.v[i].end - d.mentions.v[i].start) == 0;
    CHECK(split);
    doc_release(&d);
    free(text);
    gazetteer_free(gaz);
    return h_done("seed");
}
