/* Unit tests: the lexicon files (docs/lexicon.md) — a file read into its tables, every kind of
 * bad line refused with its line number, and the languages lang.c builds from the embedded
 * files (their codes, order and detection). */
#include <stdlib.h>

#include "harness.h"
#include "lang.h"
#include "lexicon.h"
#include "scan.h"

static const char GOOD[] = "# a comment\n"
                           "param\tscript\tlatin\n"
                           "param\torder\t7\n"
                           "param\tkeyword_after\t1\n"
                           "\n"
                           "keywords\tresolution\n"
                           "keywords\tresolutions\n"
                           "months\tjanuar\t1\n"
                           "months\tjänner\t1\n"
                           "organs_before\tsicherheitsrat\tsc\n"
                           "organs_before\tseine\tself\n"
                           "nouns\tausschuss\tcommittee|Committee\n"
                           "sessions\tS-\tspecial\n"
                           "organ_after_intro\t\"\"\n"
                           "established\teingesetzt*\n"
                           "adoption_line\tAngenommen\n"
                           "inflect_noun\tung\tung|ung|ung\n"
                           "inflect_adj\te\ten|en|e\n"
                           "inflect_and\tund\n";

/* The message lexicon_parse gives for text as file name path, or "ok". */
static const char *refused(const char *path, const char *text)
{
    static char err[256];
    struct lexicon_lang l;
    if (lexicon_parse(path, text, strlen(text), &l, err, sizeof err)) {
        lexicon_free(&l);
        return "ok";
    }
    return err;
}

/* Frees a list of lexicon_unite (its words are the languages'). */
static const char *const *free_union(const char *const *l)
{
    free((void *)l);
    return NULL;
}

/* Frees the lists of lexicon_unite: the words', the marks' and pairs'. */
static void free_united(struct lang *any)
{
    lexicon_map_lists(any, free_union);
    free((void *)any->sentence_ends), free((void *)any->commas);
    free((void *)any->list_topic_stops), free((void *)any->quotes), free((void *)any->title_marks);
}

static void reads_a_file(void)
{
    struct lexicon_lang l;
    char err[256];
    CHECK(lexicon_parse("data/lang/de.tsv", GOOD, sizeof GOOD - 1, &l, err, sizeof err));
    CHECK_STR(l.lang.code, "de");
    CHECK_STR(l.lang.script, "latin");
    CHECK_INT(l.order, 7);
    CHECK_INT(l.lang.keyword_after, 1);
    CHECK_INT(l.lang.rtl, 0);
    CHECK_STR(l.lang.keywords[1], "resolutions");
    CHECK(l.lang.keywords[2] == NULL);
    CHECK_STR(l.lang.months[1], "jänner");
    CHECK_INT(l.lang.month_numbers[1], 1);
    CHECK_INT(l.lang.organs_before[0].organ, ORGAN_SC);
    CHECK_INT(l.lang.organs_before[1].organ, ORGAN_SELF);
    CHECK(l.lang.organs_before[2].text == NULL);
    CHECK_STR(l.lang.nouns[0].type, "committee");
    CHECK_STR(l.lang.nouns[0].label, "Committee");
    CHECK_INT(l.lang.sessions[0].kind, SESS_SPECIAL);
    CHECK_STR(l.lang.organ_after_intro[0], ""); /* the empty word */
    CHECK_STR(l.lang.established[0], "eingesetzt*");
    CHECK_STR(l.lang.adoption_line[0], "Angenommen");
    CHECK(l.lang.fillers == NULL); /* a class not named */
    CHECK_STR(l.lang.inflect_nouns[0].ending, "ung");
    CHECK_STR(l.lang.inflect_nouns[0].forms[2], "ung");
    CHECK(l.lang.inflect_nouns[0].forms[3] == NULL && l.lang.inflect_nouns[1].ending == NULL);
    CHECK_STR(l.lang.inflect_adjs[0].forms[0], "en");
    CHECK_STR(l.lang.inflect_and[0], "und");
    lexicon_free(&l);
}

static void refuses_bad_lines(void)
{
    const char *head = "param\tscript\tlatin\nkeywords\tx\n";
    char buf[512];
#define BAD(line, want)                                                                    \
    do {                                                                                   \
        snprintf(buf, sizeof buf, "%s%s", head, line);                                     \
        CHECK_STR(refused("data/lang/xx.tsv", buf), want);                                 \
    } while (0)
    BAD("keyword\tresolution\n", "3: unknown class 'keyword' (docs/lexicon.md lists them)");
    BAD("months\tjanuary\t13\n", "3: month '13' is not 1 to 12");
    BAD("months\tjanuary\n", "3: class 'months' needs a value after a TAB");
    BAD("keywords\tresolution\tsc\n", "3: class 'keywords' takes no value (a TAB in the word?)");
    BAD("organs_before\tsecurity council\tscc\n",
        "3: unknown organ 'scc' (sc, ga, ecosoc, hrc, chr, subcom, self, self-council, other)");
    BAD("nouns\tpanel\tpanel\n", "3: noun value 'panel' is not TYPE|LABEL");
    BAD("sessions\tS-\tspecia\n", "3: unknown session kind 'specia' (regular, special, emergency)");
    BAD("param\trtl\t2\n", "3: parameter 'rtl': '2' is not 0 or 1");
    BAD("param\tscript\tgreek\n", "3: parameter 'script' given twice");
    BAD("param\tdirection\trtl\n", "3: unknown parameter 'direction' (order, script, keyword_after, rtl)");
    BAD("keywords\n", "3: a line is CLASS<TAB>WORD[<TAB>VALUE]: no TAB");
    BAD("keywords\t\n", "3: empty word (the empty word is written \"\")");
    BAD("a\tb\tc\td\n", "3: more than three TAB-separated columns");
    BAD("keywords\tx\r\n", "3: a carriage return (the files end lines with LF only)");
    BAD("keywords\t\xC3(\n", "3: not UTF-8 text");
    BAD("inflect_noun\tung\n", "3: class 'inflect_noun' needs a value after a TAB");
    BAD("inflect_noun\tung\tung||ung\n",
        "3: inflection 'ung||ung': an empty form (forms are ENDING|ENDING|...)");
    BAD("inflect_noun\ta\tb|c\ninflect_adj\tx\ty\n",
        "4: inflection 'y' has 1 forms, the first inflect row 2");
    BAD("inflect_adj\tx\tabcdefghijklmnopq\n",
        "3: inflection 'abcdefghijklmnopq': a form over 16 bytes");
    BAD("inflect_adj\tabcdefghijklmnopq\tx\n",
        "3: inflection ending 'abcdefghijklmnopq' over 16 bytes");
    /* typography: as the folded text has it (folding makes ’ ' and the en dash -) */
    BAD("quotes\t«\n", "3: class 'quotes' needs the closing mark after a TAB");
    BAD("sentence_ends\t.\tx\n", "3: class 'sentence_ends' takes no value (a TAB in the word?)");
    BAD("sentence_ends\t \n", "3: class 'sentence_ends': a mark of spaces only");
    BAD("commas\t\xE2\x80\x99\n", "3: class 'commas': mark '\xE2\x80\x99' reads ''' in the folded text: write that");
    BAD("quotes\t«\t\xE2\x80\x93\n", "3: class 'quotes': mark '\xE2\x80\x93' reads '-' in the folded text: write that");
    BAD("sentence_ends\t\xEF\xBC\x9B\n", "3: class 'sentence_ends': mark '\xEF\xBC\x9B' reads ';' in the folded text: write that");
#undef BAD
    /* common.tsv: typography only, no parameter, no keyword needed */
    CHECK_STR(refused("data/lang/common.tsv", "sentence_ends\t. \nquotes\t\"\t\"\n"), "ok");
    CHECK_STR(refused("data/lang/common.tsv", "keywords\tx\n"),
              "1: class 'keywords' in common.tsv, which holds typography only (docs/lexicon.md)");
    CHECK_STR(refused("data/lang/common.tsv", "param\tscript\tlatin\n"),
              "1: common.tsv takes no parameter");
    CHECK_STR(refused("data/lang/xx.tsv", "keywords\tx\n"), "0: no 'param<TAB>script' line");
    CHECK_STR(refused("data/lang/xx.tsv", "param\tscript\tcjk\n"), "0: no 'keywords' line");
    CHECK_STR(refused("data/lang/english.tsv", head),
              "0: the file name is not <code>.tsv with a code of 2 or 3 letters a-z");
    CHECK_STR(refused("data/lang/xx.tsv", head), "ok");
}

/* The classes every text uses: each language's words, in the languages' order, each once. */
static void unites(void)
{
    static const char A[] = "param\tscript\tlatin\nkeywords\tk\narticles\tthe\n"
                            "conjunctions\tand\n";
    static const char B[] = "param\tscript\tlatin\nkeywords\tk\narticles\tla\n"
                            "articles\tthe\narticles\tle\n";
    struct lexicon_lang l[2];
    char err[256];
    CHECK(lexicon_parse("a/aa.tsv", A, sizeof A - 1, &l[0], err, sizeof err));
    CHECK(lexicon_parse("a/bb.tsv", B, sizeof B - 1, &l[1], err, sizeof err));
    struct lang two[2] = {l[0].lang, l[1].lang}, any = {0};
    lexicon_unite(&any, two, 2);
    const char *const *a = any.articles;
    CHECK(a && a[0] && a[1] && a[2] && !a[3]);
    if (a && a[0] && a[1] && a[2]) {
        CHECK_STR(a[0], "the");
        CHECK_STR(a[1], "la");
        CHECK_STR(a[2], "le");
    }
    CHECK_STR(any.conjunctions[0], "and");
    CHECK(any.conjunctions[1] == NULL);
    CHECK(any.range_words && any.range_words[0] == NULL); /* no language has one */
    CHECK(any.keywords && any.keywords[0] && !any.keywords[1]); /* "k" once */
    free_united(&any);
    lexicon_free(&l[0]);
    lexicon_free(&l[1]);
}

/* Marks and pairs: a language's own, then common.tsv's it lacks; united like the words. */
static void typography(void)
{
    static const char A[] = "param\tscript\tcjk\nkeywords\tk\nsentence_ends\t\xE3\x80\x82\n"
                            "sentence_ends\t;\nquotes\t\xE2\x80\x9C\t\xE2\x80\x9D\n";
    static const char B[] = "param\tscript\tlatin\nkeywords\tk\nquotes\t«\t»\n"
                            "quotes\t\xE2\x80\x9E\t\xE2\x80\x9C\n";
    static const char C[] = "sentence_ends\t;\nsentence_ends\t. \nquotes\t\"\t\"\n"
                            "quotes\t«\t»\n";
    struct lexicon_lang l[3];
    char err[256];
    CHECK(lexicon_parse("a/aa.tsv", A, sizeof A - 1, &l[0], err, sizeof err));
    CHECK(lexicon_parse("a/bb.tsv", B, sizeof B - 1, &l[1], err, sizeof err));
    CHECK(lexicon_parse("a/common.tsv", C, sizeof C - 1, &l[2], err, sizeof err));
    CHECK_STR(l[1].lang.quotes[2], "\xE2\x80\x9E"); /* flat: open, close, open, close */
    CHECK_STR(l[1].lang.quotes[3], "\xE2\x80\x9C");
    CHECK(l[1].lang.quotes[4] == NULL && l[1].lang.sentence_ends == NULL);
    lexicon_merge_common(&l[0].lang, &l[2].lang);
    lexicon_merge_common(&l[1].lang, &l[2].lang);
    const char *const *se = l[0].lang.sentence_ends;
    CHECK(se && se[0] && se[1] && se[2] && !se[3]);
    if (se && se[0] && se[1] && se[2]) {
        CHECK_STR(se[0], "\xE3\x80\x82");
        CHECK_STR(se[1], ";"); /* once */
        CHECK_STR(se[2], ". "); /* the space kept: marks are not folded */
    }
    const char *const *q = l[1].lang.quotes; /* « » once, then " " */
    CHECK(q && q[4] && q[5] && !q[6]);
    if (q && q[4] && q[5]) {
        CHECK_STR(q[0], "«");
        CHECK_STR(q[4], "\"");
        CHECK_STR(q[5], "\"");
    }
    struct lang two[2] = {l[0].lang, l[1].lang}, any = {0};
    lexicon_unite(&any, two, 2);
    const char *const *u = any.quotes; /* “ ”, " ", « », „ “ */
    CHECK(u && u[6] && u[7] && !u[8]);
    if (u && u[6] && u[7]) {
        CHECK_STR(u[0], "\xE2\x80\x9C");
        CHECK_STR(u[2], "\"");
        CHECK_STR(u[4], "«");
        CHECK_STR(u[6], "\xE2\x80\x9E");
        CHECK_STR(u[7], "\xE2\x80\x9C");
    }
    free_united(&any);
    for (int i = 0; i < 3; i++)
        lexicon_free(&l[i]);
    /* the embedded files: every language has common.tsv's marks */
    for (const char *const *c = lang_codes; *c; c++) {
        const struct lang *L = lang_get(*c);
        struct text t = {". ", 2};
        CHECK(L && scan_prefix_any(t, 0, L->sentence_ends) == 2);
    }
    struct text zh = {"\xE3\x80\x8A", 3}; /* 《 */
    CHECK_INT(scan_pair_at(zh, 0, lang_any()->title_marks, 0, NULL), 3);
    CHECK_INT(scan_pair_at(zh, 0, lang_any()->title_marks, 1, NULL), 0);
}

/* The embedded files: one language each, in their order; detection by script, then by
 * the stop words of the languages that share one. */
static void embedded(void)
{
    const char *const *codes = lang_codes;
    char all[64] = "";
    for (size_t i = 0; codes[i]; i++)
        snprintf(all + strlen(all), sizeof all - strlen(all), "%s%s", i ? "," : "", codes[i]);
    /* the six first (a new language's file comes after them, by its order) */
    CHECK(strncmp(all, "ar,zh,en,fr,ru,es", 17) == 0 && (all[17] == 0 || all[17] == ','));
    for (size_t i = 0; codes[i]; i++) {
        const struct lang *L = lang_get(codes[i]);
        CHECK(L && L->keywords && L->keywords[0] && L->table && L->script);
    }
    CHECK(lang_get("xx") == NULL);
    const char *fr = "le conseil de securite, rappelant sa resolution et les mesures de la";
    const char *es = "el consejo de seguridad, recordando su resolucion y las medidas de la";
    CHECK_STR(lang_detect(fr, strlen(fr))->code, "fr");
    CHECK_STR(lang_detect(es, strlen(es))->code, "es");
    CHECK_STR(lang_detect("", 0)->code, "en");
}

int main(void)
{
    reads_a_file();
    refuses_bad_lines();
    unites();
    typography();
    embedded();
    return h_done("lexicon");
}
