/* Unit tests: gazetteer loading (format errors) and alias matching; the built-in table
 * (gazetteer_table.h) equal to data/gazetteer.tsv loaded from its text. */
#include "gazetteer.h"
#include "gazetteer_table.h"
#include "harness.h"

extern unsigned char gazetteer_tsv[];
extern unsigned int gazetteer_tsv_len;

static int same_str(const char *a, const char *b) { return a == b || (a && b && !strcmp(a, b)); }

/* The table written at build time and the gazetteer loaded from the text: the same arrays. */
static void check_table(void)
{
    struct gazetteer *b = gazetteer_builtin();
    struct gazetteer *l = gazetteer_load((const char *)gazetteer_tsv, gazetteer_tsv_len, "tsv");
    CHECK(b && l);
    if (!b || !l)
        return;
    struct gz_table x, y;
    gazetteer_table_of(b, &x);
    gazetteer_table_of(l, &y);
    CHECK(&gazetteer_table != NULL && x.entries == gazetteer_table.entries); /* not loaded */
    CHECK_INT(x.n, y.n);
    CHECK_INT(x.nnodes, y.nnodes);
    CHECK_INT(x.lits.n, y.lits.n);
    if (x.n == y.n && x.nnodes == y.nnodes && x.lits.n == y.lits.n) {
        int ent = 1;
        for (size_t i = 0; i < x.n; i++) {
            const struct gz_entry *e = &x.entries[i], *f = &y.entries[i];
            ent &= same_str(e->id, f->id) && same_str(e->kind, f->kind) &&
                   same_str(e->type, f->type) && same_str(e->established_by, f->established_by) &&
                   same_str(e->name, f->name) && same_str(e->source, f->source) &&
                   e->year == f->year;
            for (size_t k = 0; k < sizeof e->names / sizeof *e->names; k++)
                ent &= same_str(e->names[k], f->names[k]);
        }
        CHECK(ent);
        CHECK(memcmp(x.flat, y.flat, x.nnodes * sizeof *x.flat) == 0);
        CHECK(memcmp(x.fbyte, y.fbyte, x.nnodes) == 0);
        CHECK(memcmp(x.root, y.root, 256 * sizeof *x.root) == 0);
        CHECK(memcmp(x.starts, y.starts, sizeof *x.starts) == 0);
        CHECK(x.lits.fingerprint == y.lits.fingerprint);
        CHECK(memcmp(x.lits.len, y.lits.len, x.lits.n * sizeof *x.lits.len) == 0);
        CHECK(memcmp(x.lits.bits, y.lits.bits, x.lits.n * sizeof *x.lits.bits) == 0);
        CHECK(memcmp(x.lits.tag, y.lits.tag, x.lits.n * sizeof *x.lits.tag) == 0);
    }
    gazetteer_free(b);
    gazetteer_free(l);
}

static const char GOOD[] =
    "# comment\n"
    "ctc\tbody\tcommittee\t2001\tS/RES/1373 (2001)\tCounter-Terrorism Committee\tseed\t"
    "反恐怖主义委员会|反恐委员会\tCTC\t-\t-\t-\t-\n"
    "\n"
    "charter\tconvention\tcharter\t1945\t-\tCharter of the United Nations\tseed\t联合国宪章\t"
    "UN Charter\tCharte des Nations Unies\t-\t-\t-\n"
    /* the optional 14th column: German aliases */
    "unsc\tbody\tprincipal-organ\t1945\t-\tSecurity Council\tseed\t安全理事会\t-\t-\t-\t-\t-\t"
    "Sicherheitsrat|Sicherheitsrats\n";

int main(void)
{
    struct gazetteer *g = gazetteer_load(GOOD, strlen(GOOD), "good.tsv");
    CHECK(g != NULL);
    if (!g)
        return h_done("gazetteer");
    CHECK_INT(gazetteer_size(g), 3);
    const struct gz_entry *e = gazetteer_lookup(g, "sicherheitsrats", strlen("sicherheitsrats"));
    CHECK(e && strcmp(e->id, "unsc") == 0);
    e = gazetteer_lookup(g, "反恐委员会", strlen("反恐委员会"));
    CHECK(e && strcmp(e->id, "ctc") == 0);
    CHECK_STR(e ? e->established_by : NULL, "S/RES/1373 (2001)");
    CHECK(gazetteer_lookup(g, "ctc", 3) != NULL);              /* folded: case-insensitive */
    CHECK(gazetteer_lookup(g, "charte des nations unies", 24) != NULL); /* accents folded */
    CHECK(gazetteer_lookup(g, "反恐", strlen("反恐")) == NULL);
    const char *s = "the ctc and ctcx";
    CHECK_INT(gazetteer_match(g, s, strlen(s), 4, &e), 3);
    CHECK_INT(gazetteer_match(g, s, strlen(s), 12, &e), 0); /* not a whole word */
    s = "the un charter3, un charter1234 un charter3x";  /* glued footnote marker */
    CHECK_INT(gazetteer_match(g, s, strlen(s), 4, &e), strlen("UN Charter"));
    CHECK_INT(gazetteer_match(g, s, strlen(s), 17, &e), 0);
    CHECK_INT(gazetteer_match(g, s, strlen(s), 32, &e), 0);
    s = "请反恐委员会报告";
    CHECK_INT(gazetteer_match(g, s, strlen(s), 3, &e), strlen("反恐委员会"));
    CHECK(gazetteer_established(g, "S/RES/1373 (2001)", "committee") != NULL);
    CHECK(gazetteer_established(g, "S/RES/1373 (2001)", "panel") == NULL);
    gazetteer_free(g);

    /* format errors are reported with their line, and nothing is loaded */
    const char *bad[] = {
        "x\tbody\n",                                                     /* columns */
        "Bad Id\tbody\tother\t-\t-\tName\ts\t-\t-\t-\t-\t-\t-\n",          /* id */
        "x\tthing\tother\t-\t-\tName\ts\t-\t-\t-\t-\t-\t-\n",              /* kind */
        "x\tbody\tother\t19\t-\tName\ts\t-\t-\t-\t-\t-\t-\n",              /* year */
        "x\tbody\tother\t-\tnot a symbol\tName\ts\t-\t-\t-\t-\t-\t-\n",    /* symbol */
        "x\tbody\tother\t-\t-\t-\ts\t-\t-\t-\t-\t-\t-\n",                  /* name */
        "x\tbody\tother\t-\t-\tA\ts\t-\t-\t-\t-\t-\t-\nx\tbody\tother\t-\t-\tB\ts\t-\t-\t-\t-\t-\t-\n",
        "x\tbody\tother\t-\t-\tName\ts\ta||b\t-\t-\t-\t-\t-\n",           /* empty alias */
        "x\tbody\tother\t-\t-\tName\ts\t-\t-\t-\t-\t-\t-\t-\t-\n",      /* 15 columns */
        "x\tbody\tother\t-\t-\tName\ts\t-\t-\t-\t-\t-\n",              /* 12 columns */
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        CHECK(gazetteer_load(bad[i], strlen(bad[i]), "bad.tsv") == NULL);

    /* the built-in gazetteer */
    g = gazetteer_builtin();
    CHECK(g != NULL);
    if (g) {
        CHECK(gazetteer_size(g) >= 1000);
        const char *need[] = {"security-council", "general-assembly", "secretary-general",
                              "counter-terrorism-committee", "charter-un", "icsft-1999",
                              "pelindaba-treaty-1996", "wto-trips-1994", "geneva-protocol-1925",
                              "unikom", "sr-education", "wg-arbitrary-detention"};
        for (size_t i = 0; i < sizeof need / sizeof *need; i++) {
            int found = 0;
            for (size_t k = 0; k < gazetteer_size(g); k++)
                found |= strcmp(gazetteer_entry(g, k)->id, need[i]) == 0;
            CHECK(found);
        }
        gazetteer_free(g);
    }
    check_table();
    return h_done("gazetteer");
}
