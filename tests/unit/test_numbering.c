/* Unit tests: the numbering table (data/numbering.tsv) — session calendars, the Council's
 * numbers, extrapolation past the last rows — and what extraction and the graph make of
 * it: years of special and emergency special sessions, dates over the calendar, sessions
 * and numbers beyond today's table (GA 81 and 90, HRC 61-63, SC 2900). */
#include <stdlib.h>

#include "doc.h"
#include "gazetteer.h"
#include "graph.h"
#include "found.h"
#include "harness.h"
#include "numbering.h"
#include "symbol.h"

static struct gazetteer *gaz;

static int show_year(char *out, size_t cap, const struct mention *m)
{
    return snprintf(out, cap, "%s:%d%s", m->id, m->year, m->corrected ? "!" : "");
}

/* The resolution mentions of a text as "id:year" joined by " ", in text order. */
static const char *found(const char *text, const char *lang)
{
    return found_as(text, lang, gaz, show_year);
}

static void calendars(void)
{
    /* the table's rows */
    CHECK_INT(numbering_last_year(), 2025);
    CHECK_INT(session_year(ORGAN_GA, SESS_REGULAR, 1), 1946);
    CHECK_INT(session_year(ORGAN_GA, SESS_REGULAR, 79), 2024);
    CHECK_INT(session_year(ORGAN_GA, SESS_SPECIAL, 14), 1986);
    CHECK_INT(session_year(ORGAN_GA, SESS_SPECIAL, 32), 2021);
    CHECK_INT(session_year(ORGAN_GA, SESS_EMERGENCY, 1), 1956);
    CHECK_INT(session_year(ORGAN_GA, SESS_EMERGENCY, 10), 1997);
    CHECK_INT(session_year(ORGAN_GA, SESS_EMERGENCY, 11), 2022);
    CHECK_INT(session_year(ORGAN_HRC, SESS_REGULAR, 1), 2006);
    CHECK_INT(session_year(ORGAN_HRC, SESS_REGULAR, 60), 2025);
    CHECK_INT(session_year(ORGAN_HRC, SESS_SPECIAL, 29), 2021);
    CHECK_INT(session_year(ORGAN_ECOSOC, SESS_REGULAR, 44), 1968);
    /* past the last rows: one Assembly session a year, three of the Council's */
    CHECK_INT(session_year(ORGAN_GA, SESS_REGULAR, 81), 2026);
    CHECK_INT(session_year(ORGAN_GA, SESS_REGULAR, 90), 2035);
    CHECK_INT(session_year(ORGAN_HRC, SESS_REGULAR, 61), 2026);
    CHECK_INT(session_year(ORGAN_HRC, SESS_REGULAR, 63), 2026);
    CHECK_INT(session_year(ORGAN_HRC, SESS_REGULAR, 64), 2027);
    /* a special session past the table: the year after it at the earliest, any later date */
    CHECK_INT(session_year(ORGAN_GA, SESS_SPECIAL, 33), 2026);
    CHECK(session_fits_date(ORGAN_GA, SESS_SPECIAL, 33, 2031, 0));
    CHECK(!session_fits_date(ORGAN_GA, SESS_SPECIAL, 33, 2025, 0));
    CHECK_INT(session_year(ORGAN_ECOSOC, SESS_REGULAR, 64), 0); /* the roman era closed */
    CHECK_INT(sessions_by(ORGAN_GA, SESS_REGULAR, 2025, 0), 80);
    CHECK_INT(sessions_by(ORGAN_GA, SESS_REGULAR, 2025, 1), 85);
    CHECK_INT(sessions_by(ORGAN_GA, SESS_REGULAR, 2026, 0), 81);
    CHECK_INT(sessions_by(ORGAN_HRC, SESS_REGULAR, 2024, 0), 57);
    CHECK_INT(sessions_by(ORGAN_HRC, SESS_REGULAR, 2026, 0), 63);
    CHECK_INT(first_slash_session(ORGAN_GA, SESS_REGULAR), 31);
    /* the Commission on Human Rights numbered year/number from 1982 until it ended in 2006;
     * ECOSOC from 1978 with no end */
    CHECK(!year_series_fits(ORGAN_CHR, 1981));
    CHECK(year_series_fits(ORGAN_CHR, 1982));
    CHECK(year_series_fits(ORGAN_SUBCOM, 2006));
    CHECK(!year_series_fits(ORGAN_CHR, 2007));
    CHECK(year_series_fits(ORGAN_ECOSOC, 2024));
    CHECK(!year_series_fits(ORGAN_GA, 2024));
    /* dates in a session */
    CHECK(session_fits_date(ORGAN_GA, SESS_REGULAR, 76, 2021, 12));
    CHECK(session_fits_date(ORGAN_GA, SESS_REGULAR, 76, 2022, 7));
    CHECK(!session_fits_date(ORGAN_GA, SESS_REGULAR, 76, 2022, 12));
    CHECK(!session_fits_date(ORGAN_GA, SESS_REGULAR, 76, 2021, 3));
    CHECK(session_fits_date(ORGAN_GA, SESS_REGULAR, 1, 1946, 2)); /* London, January 1946 */
    CHECK(session_fits_date(ORGAN_GA, SESS_REGULAR, 81, 2026, 10));
    CHECK(session_fits_date(ORGAN_GA, SESS_EMERGENCY, 10, 2023, 10));
    CHECK(session_fits_date(ORGAN_GA, SESS_EMERGENCY, 10, 1997, 4));
    CHECK(!session_fits_date(ORGAN_GA, SESS_EMERGENCY, 10, 1996, 0));
    CHECK(session_fits_date(ORGAN_GA, SESS_EMERGENCY, 7, 1982, 0));
    CHECK(!session_fits_date(ORGAN_GA, SESS_EMERGENCY, 7, 1983, 0));
    CHECK(!session_fits_date(ORGAN_GA, SESS_EMERGENCY, 11, 2021, 0));
    CHECK(session_fits_date(ORGAN_GA, SESS_SPECIAL, 14, 1986, 9));
    CHECK(!session_fits_date(ORGAN_GA, SESS_SPECIAL, 14, 1987, 0));
    CHECK(session_fits_date(ORGAN_HRC, SESS_REGULAR, 62, 2026, 7));
    CHECK(!session_fits_date(ORGAN_HRC, SESS_REGULAR, 62, 2027, 0));
    CHECK(!session_fits_date(ORGAN_HRC, SESS_REGULAR, 0, 2006, 0));
}

static void council_numbers(void)
{
    CHECK_INT(sc_year_of_number(1, 0), 1946);
    CHECK_INT(sc_year_of_number(1373, 0), 2001);
    CHECK_INT(sc_year_of_number(2766, 0), 2024);
    CHECK(sc_number_known(2766) && !sc_number_known(2900));
    /* 2900 cannot have been reached in 2025 (at most the table's rate, 80 a year) … */
    CHECK_INT(sc_year_of_number(2900, 2025), 0);
    /* … and in a text of 2027 it is 2027's at the recent rate (about 52 a year) */
    CHECK_INT(sc_year_of_number(2900, 2027), 2027);
    CHECK_INT(sc_year_of_number(2900, 2030), 2027);
    CHECK(sc_number_fits_year(2900, 2027));
    CHECK(!sc_number_fits_year(2900, 2020));
    CHECK(sc_number_fits_year(1373, 2001) && !sc_number_fits_year(1373, 2011));
    CHECK(roman_number_fits(ORGAN_GA, 3541, 30) && !roman_number_fits(ORGAN_GA, 3542, 30));
    CHECK(!roman_number_fits(ORGAN_GA, 10, 31));
    CHECK(roman_number_fits(ORGAN_ECOSOC, 2076, 62));
}

static void symbol_years(void)
{
    CHECK_INT(symbol_year("A/RES/ES-11/1"), 2022);
    CHECK_INT(symbol_year("A/RES/ES-10/21"), 1997); /* undated: the session's first year */
    CHECK_INT(symbol_year("A/RES/S-14/1"), 1986);
    CHECK_INT(symbol_year("A/RES/3314 (XXIX)"), 1974);
    CHECK_INT(symbol_year("A/RES/1001 (ES-I)"), 1956);
    CHECK_INT(symbol_year("A/RES/3362 (S-VII)"), 1975);
    CHECK_INT(symbol_year("A/HRC/RES/S-29/1"), 2021);
    CHECK_INT(symbol_year("A/HRC/RES/62/1"), 2026);
    CHECK_INT(symbol_year("A/RES/81/1"), 2026);
    CHECK_INT(symbol_year("E/RES/1296 (XLIV)"), 1968);
    CHECK_INT(symbol_year("E/RES/2023/1"), 2023);
    /* ECOSOC numbered year/number from 1978 only */
    struct resref r = {ORGAN_ECOSOC, 5, 1975, 0, 0, SESS_REGULAR};
    char sym[SYMBOL_MAX];
    CHECK_INT(resref_symbol(&r, sym), 0);
    r.year = 1978;
    CHECK(resref_symbol(&r, sym) > 0);
    CHECK_STR(sym, "E/RES/1978/5");
}

/* Years of resolution mentions: the date written in the text over the calendar */
static void mention_years(void)
{
    CHECK_STR(found("Recalling its resolutions ES-11/1 of 2 March 2022, ES-10/21 of 27 October "
                    "2023 and ES-11/4, and resolution A/RES/S-14/1,", "en"),
              "A/RES/ES-11/1:2022 A/RES/ES-10/21:2023 A/RES/ES-11/4:2022 A/RES/S-14/1:1986");
    CHECK_STR(found("Rappelant sa résolution ES-10/21 du 27 octobre 2023,", "fr"),
              "A/RES/ES-10/21:2023");
    /* a date outside the session is a typing error: the calendar stays */
    CHECK_STR(found("Recalling its resolution ES-11/4 of 12 October 2012,", "en"),
              "A/RES/ES-11/4:2022");
    CHECK_STR(found("Recalling its resolutions 76/300 of 28 July 2022 and 76/5 of 2 December "
                    "2022,", "en"),
              "A/RES/76/300:2022 A/RES/76/5:2021");
}

/* Sessions and numbers past today's table */
static void beyond_the_table(void)
{
    /* the Human Rights Council's 61st and 62nd sessions (2026), named or dated */
    CHECK_STR(found("A/HRC/RES/61/5\n\nThe Human Rights Council,\nRecalling Human Rights "
                    "Council resolution 61/1 of 3 April 2026,", "en"),
              "A/HRC/RES/61/1:2026");
    CHECK_STR(found("A/HRC/RES/62/5\n\nThe Human Rights Council,\nRecalling its resolutions "
                    "62/1 and 61/3,", "en"),
              "A/HRC/RES/62/1:2026 A/HRC/RES/61/3:2026");
    CHECK_STR(found("Recalling Human Rights Council resolution 62/1 of 8 July 2026,", "en"),
              "A/HRC/RES/62/1:2026");
    /* with no date and no year of its own, a text of the table's years: the Council has
     * held 60 sessions, 61/295 is the Assembly's */
    CHECK_STR(found("A/HRC/RES/30/5\n\nThe Human Rights Council,\nRecalling Human Rights "
                    "Council resolution 5/1, and resolution 61/295,", "en"),
              "A/HRC/RES/5/1:2007 A/RES/61/295:2006");
    /* the Assembly's 81st session (2026) and its 90th (2035, past the table's margin):
     * accepted when dated, no session at all when not */
    CHECK_STR(found("Recalling General Assembly resolution 81/1 of 15 September 2026,", "en"),
              "A/RES/81/1:2026");
    CHECK_STR(found("Recalling General Assembly resolution 90/2 of 15 October 2035,", "en"),
              "A/RES/90/2:2035");
    CHECK_STR(found("Recalling General Assembly resolution 90/2,", "en"), "");
    /* the Council's resolution 2900: its year as written, none guessed for a text of the
     * table's years, the year of the numbering in a text of 2027 */
    CHECK_STR(found("Recalling its resolution 2900 (2027),", "en"), "S/RES/2900 (2027):2027");
    CHECK_STR(found("S/RES/2905 (2027)\n\nThe Security Council,\nRecalling its resolution 2900 "
                    "and resolution 2899 (2027),", "en"),
              "S/RES/2900 (2027):2027 S/RES/2899 (2027):2027");
    CHECK_STR(found("S/RES/2000 (2011)\n\nThe Security Council,\nRecalling its resolution 2900,",
                    "en"), "");
    /* a number the table knows keeps its correction */
    CHECK_STR(found("Recalling resolution 2639 (2002),", "en"), "S/RES/2639 (2022):2022!");
}

/* A node's year: the latest any mention gives (a date in its session), in any order */
static void node_years(void)
{
    const char *texts[2] = {"Recalling resolution ES-10/21,",
                            "Recalling resolution ES-10/21 of 27 October 2023,"};
    for (int order = 0; order < 2; order++) {
        struct graph *g = graph_new();
        for (int k = 0; k < 2; k++) {
            struct doc d;
            const char *t = texts[(k + order) % 2];
            char path[8];
            snprintf(path, sizeof path, "d%d", k);
            doc_extract(&d, path, t, strlen(t), "en", gaz);
            graph_add_doc(g, &d);
            doc_release(&d);
        }
        int year = 0;
        for (size_t i = 0; i < g->nnodes; i++)
            if (strcmp(g->nodes[i].id, "A/RES/ES-10/21") == 0)
                year = g->nodes[i].year;
        CHECK_INT(year, 2023);
        graph_free(g);
    }
}

extern unsigned char numbering_tsv[];
extern unsigned int numbering_tsv_len;

/* Another table: errors say where, and a loaded table is the one used */
static void loading(void)
{
    long line;
    const char *why;
    const char *bad = "# c\nsession\tGA\tregular\t1\t1946-01\t-\tx\nsession\tGA\tregular\t3\t1948\t-\tx\n";
    CHECK(!numbering_load(bad, strlen(bad), &line, &why));
    CHECK_INT(line, 3);
    CHECK_STR(why, "session row: sessions must be numbered 1, 2, 3, ... in order");
    const char *bad2 = "sc\t1946\t1\tx\nsession\tGA\tregular\t1\t1946-13\t-\tx\n";
    CHECK(!numbering_load(bad2, strlen(bad2), &line, &why));
    CHECK_INT(line, 2);
    CHECK_STR(why, "session row: OPENED must be YYYY or YYYY-MM");
    const char *bad3 = "sc\t1946\t1\tx\n";
    CHECK(!numbering_load(bad3, strlen(bad3), &line, &why));
    CHECK_INT(line, 0);
    const char *bad4 = "sc\t1946\t1\tx\nended\tCHR\t20x6\tx\n";
    CHECK(!numbering_load(bad4, strlen(bad4), &line, &why));
    CHECK_INT(line, 2);
    CHECK_STR(why, "ended row: want ended ORGAN YEAR SOURCE");
    CHECK_INT(numbering_last_year(), 2025); /* a failed load keeps the table */
    /* the built-in table with one more year of the Council's numbers */
    size_t n = numbering_tsv_len;
    char *more = malloc(n + 32);
    memcpy(more, numbering_tsv, n);
    n += (size_t)snprintf(more + n, 32, "sc\t2026\t2812\tx\n");
    CHECK(numbering_load(more, n, &line, &why));
    CHECK_INT(numbering_last_year(), 2026);
    CHECK_INT(sc_year_of_number(2811, 0), 2025);
    CHECK(sc_number_known(2811));
    CHECK(numbering_load((const char *)numbering_tsv, numbering_tsv_len, &line, &why));
    CHECK_INT(numbering_last_year(), 2025);
    free(more);
}

int main(void)
{
    gaz = gazetteer_builtin();
    CHECK(gaz != NULL);
    if (!gaz)
        return h_done("numbering");
    calendars();
    council_numbers();
    symbol_years();
    mention_years();
    beyond_the_table();
    node_years();
    loading();
    gazetteer_free(gaz);
    return h_done("numbering");
}
