/* Unit tests: a document's identity — its symbol from a heading of any era, a cover or
 * running header as PDF text extraction lays it out, its file name, --symbol — where it
 * came from, no citation of itself, text that is not its own (editorial), and the
 * language warnings. Texts are hand-written in the forms the UN prints. */
#include <stdlib.h>

#include "doc.h"
#include "gazetteer.h"
#include "graph.h"
#include "harness.h"
#include "input.h"
#include "symbol.h"

static struct gazetteer *gaz;

static void extract(struct doc *d, const char *path, const char *text, const char *lang,
                    const char *symbol)
{
    struct doc_options o = {lang, gaz, symbol, 0};
    doc_extract_with(d, path, text, strlen(text), &o);
}

/* "SYMBOL|SOURCE" of a text read from path */
static const char *identity(const char *path, const char *text)
{
    static char out[256];
    struct doc d;
    extract(&d, path, text, "auto", NULL);
    snprintf(out, sizeof out, "%s|%s", d.symbol ? d.symbol : "null",
             d.symbol_source ? d.symbol_source : "null");
    doc_release(&d);
    return out;
}

/* ids of the mentions, joined by "|", those in editorial text marked "*" */
static const char *mention_ids(const char *path, const char *text)
{
    static char out[1024];
    struct doc d;
    extract(&d, path, text, "auto", NULL);
    out[0] = 0;
    for (size_t i = 0; i < d.mentions.n; i++) {
        const struct mention *m = &d.mentions.v[i];
        if (m->kind != MK_RESOLUTION || !m->id)
            continue;
        if (out[0])
            strcat(out, "|");
        if (m->editorial)
            strcat(out, "*");
        strcat(out, m->id);
    }
    doc_release(&d);
    return out;
}

/* texts and their "SYMBOL|SOURCE" */
static const char *const IDENTITIES[][2] = {
    /* the Council's yearly compilation, 1946-1964 */
    {"186 (1964). Resolution of 4 March 1964\n[S/5575]\n\n"
     "The Security Council,\n\nRecalling its resolution 185 (1963),\n",
     "S/RES/186 (1964)|heading"},
    {"A COMMITTEE\n\n1 (1946) Resolution of 25 January 1946\n"
     "\nThe Security Council decides,\n",
     "S/RES/1 (1946)|heading"},
    /* a footnote mark after the date */
    {"6 (1946). Resolution of 17 May 1946 21\nThe Security Council,\n",
     "S/RES/6 (1946)|heading"},
    /* 1965 on */
    {"Resolution 208 (1965)\nof 10 August 1965\n\nThe Security Council,\n",
     "S/RES/208 (1965)|heading"},
    {"Resolution 477 (1980) of 30 July 1980\nThe Security Council,\n",
     "S/RES/477 (1980)|heading"},
    {"RESOLUTION 773 (1992)\n\nAdopted by the Security Council at its "
     "3108th meeting on 26 August 1992\n",
     "S/RES/773 (1992)|heading"},
    /* a sentence is no heading */
    {"Recalling its resolution 2504 (2020) of 10 January 2020,\n", "null|null"},
    {"Resolution 2504 (2020) and the report (S/2020/1),\n", "null|null"},
    /* pdftotext -layout: two columns, the symbol in one */
    {"                                                    S/RES/2504 (2020)\n"
     "United Nations                                      \n"
     "\nSecurity Council                     Distr.: General\n"
     "                                     10 January 2020\n",
     "S/RES/2504 (2020)|header"},
    {"United Nations                                  S/RES/2504 (2020)\n"
     "Security Council                     Distr.: General\n"
     "                                     10 January 2020\n"
     "Resolution 2504 (2020)\n",
     "S/RES/2504 (2020)|header"},
    /* the columns run together */
    {"United Nations S/RES/1445 (2002)\n\nSecurity Council Distr.: General\n",
     "S/RES/1445 (2002)|header"},
    {"Nations Unies A/RES/78/144\n\nAssemblée générale\n", "A/RES/78/144|header"},
    /* symbol and date on one line */
    {"S/RES/2600 (2021)   Distr.: General   21 October 2021\n"
     "Security Council\n",
     "S/RES/2600 (2021)|header"},
    {"S/RES/2600 (2021) Distr.: General\nSecurity Council\n", "S/RES/2600 (2021)|header"},
    /* the lettered parts of a resolution: the resolution's id */
    {"United Nations\nA/RES/78/183 A\nGeneral Assembly\n", "A/RES/78/183|header"},
    /* a symbol in a sentence near the top is another document */
    {"the situation described in document S/12636\nand others\n", "null|null"},
    {"S/8001 12 and S/8002, 12\nThe Security Council,\n", "null|null"},
    {"[without reference to a Main Committee (A/78/L.5)]\n", "null|null"},
};

static void headings_and_covers(void)
{
    for (size_t i = 0; i < sizeof IDENTITIES / sizeof *IDENTITIES; i++)
        CHECK_STR(identity("t", IDENTITIES[i][0]), IDENTITIES[i][1]);
    /* a running page header in layout mode is furniture, not a citation */
    CHECK_STR(mention_ids(
                  "t", "United Nations      S/RES/2600 (2021)\n\nThe Security Council,\n"
                       "Recalling its resolution 2504\n\n3/5         S/RES/2600 (2021)\n"
                       "\n(2020) and 2533 (2020),\n\nS/RES/2600 (2021)      4/5\n"),
              "S/RES/2504 (2020)|S/RES/2533 (2020)");
}

static void file_names(void)
{
    static const char *const names[][2] = {
        {"corpus/S_RES_2600_2021.en.txt", "S/RES/2600 (2021)"},
        {"S_RES_2504_(2020).zh.txt", "S/RES/2504 (2020)"},
        {"A_RES_78_144.en.txt", "A/RES/78/144"},
        {"A_RES_78_183_A.zh.txt", "A/RES/78/183"},
        {"A_RES_78_80_A-B.fr.txt", "A/RES/78/80"},
        {"A_HRC_RES_54_1.ar.txt", "A/HRC/RES/54/1"},
        {"E_RES_2024_1.ru.txt", "E/RES/2024/1"},
        {"A_RES_2625_XXV.en.txt", "A/RES/2625 (XXV)"},
        {"A_RES_ES-10_21.en.txt", "A/RES/ES-10/21"},
        {"S_2023_212.es.txt", "S/2023/212"},
        {"S_PRST_2011_16.en.txt", "S/PRST/2011/16"},
        {"notes_2020.txt", ""},
        {"s_res_1_1946.txt", ""},
        {"A_RES_X.txt", ""},
        {"S_RES_2600.en.txt", ""},
    };
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        char sym[SYMBOL_MAX];
        int ok = input_symbol_from_name(names[i][0], sym);
        CHECK_STR(ok ? sym : "", names[i][1]);
    }
    char tag[8];
    CHECK(input_lang_from_name("a/S_RES_1_1946.en.txt", tag) && strcmp(tag, "en") == 0);
    CHECK(input_lang_from_name("S_RES_1_1946.de.txt", tag) && strcmp(tag, "de") == 0);
    CHECK(!input_lang_from_name("S_RES_1_1946.txt", tag));
    CHECK(!input_lang_from_name("notes.english.txt", tag));
    /* the last resort: no symbol in the text */
    CHECK_STR(
        identity("d/S_RES_2600_2021.en.txt",
                 "The Security Council,\n\nRecalling its resolution 2504 (2020),\n"),
        "S/RES/2600 (2021)|filename");
    /* the text's symbol wins, and the disagreement is told */
    struct doc d;
    extract(&d, "S_RES_542_1983.en.txt", "Resolution 538 (1983)\n\nof 18 October 1983\n",
            "auto", NULL);
    CHECK_STR(d.symbol, "S/RES/538 (1983)");
    CHECK_INT(d.nwarn, 1);
    CHECK(d.nwarn == 1 && strstr(d.warn[0], "S/RES/542 (1983)") != NULL);
    doc_release(&d);
}

static void option(void)
{
    struct doc d;
    extract(&d, "-",
            "The Security Council,\nRecalling its resolutions 2504 (2020) and "
            "2600 (2021),\n",
            "auto", "S/RES/2600 (2021)");
    CHECK_STR(d.symbol, "S/RES/2600 (2021)");
    CHECK_STR(d.symbol_source, "option");
    size_t res = 0;
    for (size_t i = 0; i < d.mentions.n; i++)
        res += d.mentions.v[i].kind == MK_RESOLUTION;
    CHECK_INT(res, 1); /* 2504 (2020), not itself */
    CHECK_INT(d.nwarn, 0);
    doc_release(&d);
    extract(&d, "-", "Resolution 2601 (2021)\n\nThe Security Council,\n", "auto",
            "S/RES/2600 (2021)");
    CHECK_STR(d.symbol, "S/RES/2600 (2021)");
    CHECK(d.nwarn == 1 && strstr(d.warn[0], "S/RES/2601 (2021)") != NULL);
    doc_release(&d);
}

/* A compilation page: the resolution, its adoption line, the editor's notes, the
 * Council's decisions and the next resolution's heading. */
static const char COMPILATION[] =
    "Resolution 471 (1980)\nof 5 June 1980\n\nThe Security Council,\n\n"
    "Recalling its resolutions 468 (1980) and 469\n(1980),\n\n"
    "1. Decides to remain seized of the matter.\n\n"
    "Adopted at the 2226th meeting\nby 14 votes to none, with 1\nabstention.\n\n"
    "Decisions\n\nAt its next meeting the Council took note of the report of the "
    "Commission\nestablished under resolution 446 (1979).\n\n"
    "12 Ibid., resolution 142 (1960).\n\n"
    "Resolution 474 (1980)\nof 17 June 1980\n\nThe Security Council,\n\n"
    "Recalling its resolution 459 (1979),\n";

static void editorial(void)
{
    CHECK_STR(mention_ids("t", COMPILATION),
              "S/RES/468 (1980)|S/RES/469 (1980)|*S/RES/446 (1979)|*S/RES/142 (1960)|"
              "*S/RES/474 (1980)|*S/RES/459 (1979)");
    /* the adoption line wrapped: "Adopted unanimously at" / "the 879th meeting." */
    CHECK_STR(
        mention_ids("t",
                    "145 (1960). Resolution of 22 July 1960\n\nThe Security Council,\n"
                    "\nRecalling its resolution 143 (1960),\n\nAdopted unanimously at\n"
                    "the 879th meeting.\n\n12 Ibid., resolution 142 (1960).\n"),
        "S/RES/143 (1960)|*S/RES/142 (1960)");
    /* no adoption line of the compilation: footnotes are the document's own */
    CHECK_STR(
        mention_ids("t",
                    "United Nations\nA/HRC/RES/54/1\n\nResolution adopted by the Human "
                    "Rights Council on 11 October 2023\n\n29. Decides to remain "
                    "seized of the matter.\n46th meeting 11 October 2023\n[Adopted "
                    "without a vote.]\n__________\n2 Resolution 2504 (2020).\n"),
        "S/RES/2504 (2020)");
    /* lower case in a sentence is not the adoption line */
    CHECK_STR(mention_ids("t",
                          "65 (1948). Resolution of 28 January 1948\n\nRecalls its "
                          "resolution 30 (1947),\n"
                          "adopted on 25 August 1947, at the 194th meeting, and asks\n"
                          "for a report on resolution 31 (1947);\n"),
              "S/RES/30 (1947)|S/RES/31 (1947)");
    /* the text before the document's heading, below the top, is another's */
    CHECK_STR(
        mention_ids("S_RES_851_1993.en.txt",
                    "of the talks.\n\nAt its next meeting, the Council recalled\n"
                    "resolution 804 (1993) and decided\n\nto invite\n\nAngola\n\nEgypt\n"
                    "\nNamibia\n\nPortugal\n\nZambia\n\nZimbabwe\n\nand others\n\nto "
                    "take part\n\n"
                    "Resolution 851 (1993)\nof 15 July 1993\n\nThe Security Council,\n"
                    "\nReaffirming its resolution 696 (1991),\n"),
        "*S/RES/804 (1993)|S/RES/696 (1991)");
    /* editorial mentions make no citation */
    struct doc d;
    extract(&d, "t", COMPILATION, "auto", NULL);
    struct graph *g = graph_new();
    graph_add_doc(g, &d);
    size_t cites = 0;
    for (size_t i = 0; i < g->nedges; i++) {
        CHECK(g->edges[i].from != g->edges[i].to);
        cites += g->edges[i].type == ET_CITES;
    }
    CHECK_INT(cites, 2); /* 468 and 469 (1980) */
    CHECK_STR(g->nodes[0].symbol_source, "heading");
    graph_free(g);
    doc_release(&d);
}

static void languages(void)
{
    struct doc d;
    extract(&d, "x.txt",
            "Le Conseil de sécurité,\nRappelant sa résolution 2504 (2020) et les "
            "résolutions de l'Assemblée générale,\n",
            "en", NULL);
    CHECK_STR(d.lang, "en");
    CHECK_STR(d.detected, "fr");
    CHECK(d.nwarn == 1 && strstr(d.warn[0], "--lang") != NULL);
    doc_release(&d);
    extract(&d, "x.txt",
            "The Security Council,\nRecalling its resolution 2504 (2020) and the "
            "resolutions of the General Assembly,\n",
            "en", NULL);
    CHECK_INT(d.nwarn, 0);
    doc_release(&d);
}

int main(void)
{
    gaz = gazetteer_builtin();
    headings_and_covers();
    file_names();
    option();
    editorial();
    languages();
    gazetteer_free(gaz);
    return h_done("identity");
}
