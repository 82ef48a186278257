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
    /* a footnote marker glued to the number: the next in the sequence, or the only split */
    CHECK_STR(found("A/RES/78/253\nHuman Rights Council in its resolutions 54/9 of 11 October "
                    "202336 and 54/18,37 54/22,38 54/2639 and 54/3340 of 12 October 2023;", "en"),
              "A/HRC/RES/54/9 A/HRC/RES/54/18 A/HRC/RES/54/22 A/HRC/RES/54/26 A/HRC/RES/54/33");
    CHECK_STR(found("et rappelle ses résolutions 73/29623 du 28 mai 2019, 76/25424 du 15 mars "
                    "2022 et 76/25025 du 20 janvier 2022 ;", "fr"),
              "A/RES/73/296 A/RES/76/254 A/RES/76/250");
    /* … and not when the split is a guess */
    CHECK_STR(found("resolution 54/2639 of 12 October 2023", "en"), "A/RES/54/2639");
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

/* Which organ's resolution, from the sentence (unxml-ga78) */
static void organ_from_sentence(void)
{
    /* "Council" alone in the Assembly's text: the council named before in the sentence */
    CHECK_STR(found("A/RES/78/221\nto submit an interim report to the Human Rights Council at "
                    "its fifty-sixth session, to be followed by an interactive dialogue, in "
                    "accordance with Council resolution 53/30 of 14 July 2023;", "en"),
              "A/HRC/RES/53/30");
    CHECK_STR(found("A/RES/78/204\nوقرار المجلس 51/31 المؤرخ 7 تشرين الأول/أكتوبر 2022", "ar"),
              "A/RES/51/31");
    /* an inflected organ name earlier in the sentence */
    CHECK_STR(found("A/RES/78/219\nи ссылаясь на резолюции и решения Совета по правам человека, "
                    "последними из которых являются резолюции 53/26 от 14 июля 2023 года3, "
                    "52/31 от 4 апреля 2023 года4", "ru"),
              "A/HRC/RES/53/26 A/HRC/RES/52/31");
    /* masculine "its" with the Assembly named between it and the Council */
    CHECK_STR(found("A/RES/78/203\nبأن مجلس حقوق الإنسان قدم إلى الجمعية العامة ضمن قراره "
                    "54/18 المؤرخ 12 تشرين الأول/أكتوبر 2023", "ar"),
              "A/HRC/RES/54/18");
    /* zh: the Council as the topic ("on establishing the Council") is not the author */
    CHECK_STR(found("A/RES/78/186\n回顾其2006年3月15日关于设立人权理事会的第60/251号决议和2011年"
                    "6月17日关于审查人权理事会的第65/281号决议，", "zh"),
              "A/RES/60/251 A/RES/65/281");
    CHECK_STR(found("A/RES/78/207\n回顾其2013年12月18日关于了解真相的权利的第68/165号决议以及人权"
                    "理事会关于寻求真相、正义、赔偿和杜绝再犯问题特别报告员的2017年9月28日第36/7号决议",
                    "zh"),
              "A/RES/68/165 A/HRC/RES/36/7");
    /* a session the Council has not reached is the Assembly's */
    CHECK_STR(found("A/RES/78/206\n17 Human Rights Council resolution 51/19.\n18 See resolution "
                    "70/1.\n19 Resolution 71/256, annex.", "en"),
              "A/HRC/RES/51/19 A/RES/70/1 A/RES/71/256");
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
    CHECK_STR(found("A/RES/78/202\nوإلى مقرر مجلس حقوق الإنسان 18/120 المؤرخ 30 أيلول/سبتمبر "
                    "2011(1) وقراراته 24/14 المؤرخ 27 أيلول/سبتمبر 2013", "ar"),
              "A/HRC/RES/24/14");
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
    organ_from_sentence();
    not_resolutions();
    gazetteer_free(gaz);
    return h_done("refs_recall");
}
