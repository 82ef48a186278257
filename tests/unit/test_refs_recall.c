/* Unit tests: resolution forms found by reading the references that unxref missed on
 * ../shared/corpus (unxml-ga78, unxml-hrc, unxml-ecosoc2024), in the UN's own phrasing,
 * and the look-alikes that must stay out (other bodies' numbers, decisions). */
#include <stdlib.h>

#include "doc.h"
#include "gazetteer.h"
#include "harness.h"

static struct gazetteer *gaz;

/* The resolution mentions of a text as "id[parts]" joined by " ", in text order. */
static const char *found(const char *text, const char *lang)
{
    static char out[2048];
    struct doc d;
    size_t n = 0;
    doc_extract(&d, "t", text, strlen(text), lang, gaz);
    out[0] = 0;
    for (size_t i = 0; i < d.mentions.n && n + 64 < sizeof out; i++) {
        const struct mention *m = &d.mentions.v[i];
        if (m->kind != MK_RESOLUTION || !m->id)
            continue;
        n += (size_t)snprintf(out + n, sizeof out - n, "%s%s%s%s%s", n ? " " : "", m->id,
                              m->parts ? "[" : "", m->parts ? m->parts : "",
                              m->parts ? "]" : "");
    }
    doc_release(&d);
    return out;
}

/* Arabic keyword forms: the dual, and ل + القرار written "للقرار" */
static void arabic_keywords(void)
{
    CHECK_STR(found("24 () القراران 68/191 و 70/176.", "ar"), "A/RES/68/191 A/RES/70/176");
    CHECK_STR(found("وفقا للقرار 3331 باء (د-29) المؤرخ 17 كانون الأول/ديسمبر 1974، است", "ar"),
              "A/RES/3331 (XXIX)[B]");
}

/* A keyword or an organ name with a number glued to it */
static void glued(void)
{
    CHECK_STR(found("إذ تشير إلى قراراتها61/89 المؤرخ 6 كانون الأول/ديسمبر 2006 و 63/240 "
                    "المؤرخ 24 كانون الأول/ديسمبر 2008", "ar"),
              "A/RES/61/89 A/RES/63/240");
    CHECK_STR(found("1 () القرار70/1.", "ar"), "A/RES/70/1");
    CHECK_STR(found("وإذ يشير إلى القرار2565 (2021) ويؤكد مرة أخرى", "ar"), "S/RES/2565 (2021)");
    CHECK_STR(found("publié en application de la résolution 51/4 du Conseil des droits de "
                    "l’homme18, et encourage", "fr"), "A/HRC/RES/51/4");
}

/* Lettered parts: Cyrillic look-alikes, doubled letters, letters before 号, Arabic و */
static void parts(void)
{
    CHECK_STR(found("ссылаясь на свои резолюции 45/55 В от 4 декабря 1990 года и 48/74 В от "
                    "16 декабря 1993 года, в которых", "ru"),
              "A/RES/45/55[B] A/RES/48/74[B]");
    CHECK_STR(found("回顾其1994年12月15日第49/75 I号、1998年12月4日第53/77 AA号和1999年12月1日"
                    "第54/54 U号决议", "zh"),
              "A/RES/49/75[I] A/RES/53/77[AA] A/RES/54/54[U]");
    CHECK_STR(found("ses résolutions 53/77 AA du 4 décembre 1998, 54/54 U du 1er décembre 1999",
                    "fr"), "A/RES/53/77[AA] A/RES/54/54[U]");
    CHECK_STR(found("1 () القراران 53/243 ألف وباء.", "ar"), "A/RES/53/243[A,B]");
    /* a Russian preposition after the number is no part */
    CHECK_STR(found("резолюции 60/1 в которой", "ru"), "A/RES/60/1");
}

/* What lies between the references of a list */
static void list_tails(void)
{
    /* a footnote marker before the date */
    CHECK_STR(found("وتشير إلى قراراتها 73/296(23) المؤرخ 28 أيار/مايو 2019 و 76/254(24) "
                    "المؤرخ 15 آذار/مارس 2022 و 76/250(25) المؤرخ 20 كانون الثاني/يناير 2022؛",
                    "ar"),
              "A/RES/73/296 A/RES/76/254 A/RES/76/250");
    /* pinpoint ranges */
    CHECK_STR(found("26 Résolutions 58/101 B, sect. V, par. 61 à 76 ; 59/126 B, sect. V, "
                    "par. 76 à 95 ; 60/109 B, sect. IV, par. 66 à 80.", "fr"),
              "A/RES/58/101[B] A/RES/59/126[B] A/RES/60/109[B]");
    CHECK_STR(found("26 Resoluciones 58/101 B, secc. V, párrs. 61 a 76; 59/126 B, secc. V, "
                    "párrs. 76 a 95; y 61/121 B, secc. IV, párrs. 65 a 77.", "es"),
              "A/RES/58/101[B] A/RES/59/126[B] A/RES/61/121[B]");
    /* "1er": a bare reference is kept by its date */
    CHECK_STR(found("Voir aussi 77/334 du 1er septembre 2023.", "fr"), "A/RES/77/334");
    /* a topic between two Council resolutions, with no comma */
    CHECK_STR(found("ссылаясь на резолюции Совета по правам человека 5/1 об институциональном "
                    "строительстве Совета и 5/2 о Кодексе поведения", "ru"),
              "A/HRC/RES/5/1 A/HRC/RES/5/2");
}

/* The organ named before "its" in another organ's text */
static void bridges(void)
{
    CHECK_STR(found("E/RES/2024/6\nссылаясь на руководящие принципы, принятые Советом по "
                    "правам человека в его резолюции 21/11 от 27 сентября 2012 года", "ru"),
              "A/HRC/RES/21/11");
    CHECK_STR(found("E/RES/2024/6\nRappelant les Principes directeurs, que le Conseil des "
                    "droits de l’homme a adoptés dans sa résolution 21/11 du 27 septembre 2012",
                    "fr"),
              "A/HRC/RES/21/11");
}

/* Look-alikes that are not resolutions */
static void not_resolutions(void)
{
    CHECK_STR(found("47 () هيئة مصايد أسماك التونة في المحيط الهندي، القراران 12/07 و 13/07.",
                    "ar"), "");
    CHECK_STR(found("Indian Ocean Tuna Commission resolutions 12/07 and 13/07.", "en"), "");
    CHECK_STR(found("2 () القراران 75/239 و 77/248 والمقررات 74/543 و 75/570 و 76/564 و "
                    "77/556.", "ar"), "A/RES/75/239 A/RES/77/248");
    CHECK_STR(found("Rappelant sa résolution 76/307 du 8 septembre 2022 sur les modalités et sa "
                    "décision 77/568 du 1er septembre 2023 sur la portée", "fr"), "A/RES/76/307");
    CHECK_STR(found("A/HRC/RES/56/22\nизложенных в резолюции 6/30 Совета от 14 декабря 2007 "
                    "года, решении 6/102 Совета от 27 сентября 2007 года", "ru"),
              "A/HRC/RES/6/30");
}

int main(void)
{
    gaz = gazetteer_builtin();
    CHECK(gaz != NULL);
    if (!gaz)
        return h_done("refs_recall");
    arabic_keywords();
    glued();
    parts();
    list_tails();
    bridges();
    not_resolutions();
    gazetteer_free(gaz);
    return h_done("refs_recall");
}
