/* Unit tests: the recognizers (refs, names) through doc_extract, on the phrasings the
 * UN uses in Chinese and English, clean and as PDF extraction leaves them. */
#include <stdlib.h>

#include "doc.h"
#include "gazetteer.h"
#include "harness.h"

static struct gazetteer *gaz;

/* The ids of the document's mentions of one kind, joined by "|". */
static char *ids(const char *text, const char *lang, enum mention_kind kind)
{
    static char out[4096];
    struct doc d;
    doc_extract(&d, "t", text, strlen(text), lang, gaz);
    out[0] = 0;
    for (size_t i = 0; i < d.mentions.n; i++) {
        if (d.mentions.v[i].kind != kind || !d.mentions.v[i].id)
            continue;
        if (out[0])
            strcat(out, "|");
        strcat(out, d.mentions.v[i].id);
    }
    doc_release(&d);
    return out;
}

#define RES(text, lang, want) CHECK_STR(ids(text, lang, MK_RESOLUTION), want)

static void english(void)
{
    RES("Recalling its resolution 1373 (2001),", "en", "S/RES/1373 (2001)");
    RES("resolutions 2042 (2012), 2043 (2012) and 2449 (2018)", "en",
        "S/RES/2042 (2012)|S/RES/2043 (2012)|S/RES/2449 (2018)");
    RES("resolutions 661 (1990) of 6 August 1990, 986 (1995) of 14 April 1995 and "
        "1483 (2003)", "en", "S/RES/661 (1990)|S/RES/986 (1995)|S/RES/1483 (2003)");
    RES("resolutions 2393 (2017) 2401 (2018), and 2449 (2018)", "en",
        "S/RES/2393 (2017)|S/RES/2401 (2018)|S/RES/2449 (2018)");
    RES("General Assembly resolution 46/182", "en", "A/RES/46/182");
    RES("the GA resolution 46/182 and", "en", "A/RES/46/182");
    RES("as adopted in A/RES/60/288 and S/RES/1373(2001)", "en",
        "A/RES/60/288|S/RES/1373 (2001)");
    RES("Human Rights Council resolutions 5/1 and 5/2", "en", "A/HRC/RES/5/1|A/HRC/RES/5/2");
    RES("mandated by the Human Rights Council in its resolution 45/34", "en",
        "A/HRC/RES/45/34");
    RES("Economic and Social Council resolution 1996/31", "en", "E/RES/1996/31");
    RES("General Assembly resolution 2625 (XXV)", "en", "A/RES/2625 (XXV)");
    /* PDF noise: a line break and hyphenation inside the reference */
    RES("its resolu-\ntion 1373\n(2001) and", "en", "S/RES/1373 (2001)");
    RES("resolutions\n2042 (2012),\n2043\n(2012)", "en", "S/RES/2042 (2012)|S/RES/2043 (2012)");
    /* a list far from its keyword: kept when the number fits the year */
    RES("its previous resolutions concerning Sudan, in particular 1591 (2005), 1651 (2005)",
        "en", "S/RES/1591 (2005)|S/RES/1651 (2005)");
    RES("paragraph 11 (2022) of the report", "en", "");
    RES("Decides that resolution 99999999999999999999 (2001) is absurd", "en", "");
    RES("paragraphs 2 and 3 of resolution 2165 (2014)", "en", "S/RES/2165 (2014)");
}

static void chinese(void)
{
    RES("回顾第 1373（2001）号决议", "zh", "S/RES/1373 (2001)");
    /* alone on the first line it is the title: the document itself, not a citation */
    RES("第 1373（2001）号决议", "zh", "");
    RES("特别是第 1373（2001）号、第 1390\n\n（2002）号和第 1455（2003）号决议：", "zh",
        "S/RES/1373 (2001)|S/RES/1390 (2002)|S/RES/1455 (2003)");
    RES("回顾第2042(2012)、2043(2012)、2118(2013)和2449(2018)号决议，", "zh",
        "S/RES/2042 (2012)|S/RES/2043 (2012)|S/RES/2118 (2013)|S/RES/2449 (2018)");
    RES("回顾大会第46/182号决议规定的", "zh", "A/RES/46/182");
    RES("大会2005年10月24日第60/1号决议", "zh", "A/RES/60/1");
    RES("人权理事会第5/1号决议", "zh", "A/HRC/RES/5/1");
    RES("第 1267（1999）号决议、第 1989（2011）号决议", "zh",
        "S/RES/1267 (1999)|S/RES/1989 (2011)");
    /* numbers that are not resolutions */
    RES("安全理事会第 4688次会议通过", "zh", "");
    RES("2003年 1月 20日", "zh", "");
}

static void languages(void)
{
    RES("Rappelant ses résolutions 1503 (2003) du 28 août 2003 et 1534 (2004)", "fr",
        "S/RES/1503 (2003)|S/RES/1534 (2004)");
    RES("conformément à la résolution 46/182 de l’Assemblée générale", "fr", "A/RES/46/182");
    RES("Recordando sus resoluciones 1267 (1999), de 15 de octubre de 1999, y 1333 (2000)", "es",
        "S/RES/1267 (1999)|S/RES/1333 (2000)");
    RES("ссылаясь на свою резолюцию 733 (1992) от 23 января 1992 года", "ru", "S/RES/733 (1992)");
    RES("в резолюциях 1267 (1999) и 1333 (2000)", "ru", "S/RES/1267 (1999)|S/RES/1333 (2000)");
    RES("ссылаясь на резолюции Совета по правам человека 35/17 и 36/5", "ru",
        "A/HRC/RES/35/17|A/HRC/RES/36/5");
    RES("إذ يشير إلى القرارين 1267 (1999) و1333 (2000)", "ar",
        "S/RES/1267 (1999)|S/RES/1333 (2000)");
    RES("إذ يشير إلى القرار ١٣٧٣ (٢٠٠١)", "ar", "S/RES/1373 (2001)");
    RES("قرار الجمعية العامة 1514 (د-15) و دإ-10/2 ودإط-10/15", "ar",
        "A/RES/1514 (XV)|A/RES/S-10/2|A/RES/ES-10/15");
    RES("回顾第二六二五(二十五)号决议", "zh", "A/RES/2625 (XXV)");
    RES("回顾其1946年1月24日第一㈠号决议", "zh", "A/RES/1 (I)");
}

static void forms(void)
{
    RES("General Assembly resolutions 377 A (V) and 3379 A and B (XXX)", "en",
        "A/RES/377 (V)|A/RES/3379 (XXX)");
    RES("its resolutions 40/151 A to D of 16 December 1985", "en", "A/RES/40/151");
    RES("resolutions S-7/1, ES-10/21, 1000 (ES-I) and 2252 (ES-V)", "en",
        "A/RES/S-7/1|A/RES/ES-10/21|A/RES/1000 (ES-I)|A/RES/2252 (ES-V)");
    RES("Recalling resolution 161 A (1961)", "en", "S/RES/161 (1961)");
    RES("Economic and Social Council resolutions 1996/31 and 1296 (XLIV)", "en",
        "E/RES/1996/31|E/RES/1296 (XLIV)");
    RES("see A/HRC/RES/54/1 and A/RES/78/1", "en", "A/HRC/RES/54/1|A/RES/78/1");

    /* parts, pinpoints, ambiguity, short forms, other documents */
    struct doc d;
    const char *text = "Recalling paragraph 8 of resolution 2231 (2015) and resolutions 377 A (V) "
                       "and 40/151 A to D,\nNoting the said resolution,\nRecalling resolution "
                       "35/1 and its previous resolutions,\nRecalling S/PRST/2011/16 and "
                       "S/2023/123";
    doc_extract(&d, "t", text, strlen(text), "en", gaz);
    const char *want[][2] = {{"S/RES/2231 (2015)", "8"}, {"A/RES/377 (V)", "A"},
                             {"A/RES/40/151", "A-D"}};
    CHECK(d.mentions.n == 8);
    for (size_t i = 0; i < 3 && i < d.mentions.n; i++)
        CHECK_STR(d.mentions.v[i].id, want[i][0]);
    if (d.mentions.n == 8) {
        CHECK_STR(d.mentions.v[0].paragraph, "8");
        CHECK_STR(d.mentions.v[1].parts, "A");
        CHECK_STR(d.mentions.v[2].parts, "A-D");
        CHECK(d.mentions.v[3].unresolved && !d.mentions.v[3].id); /* three before it */
        CHECK(d.mentions.v[4].ambiguous);                          /* no organ, no symbol */
        CHECK_STR(d.mentions.v[4].candidates, "A/RES/35/1|A/HRC/RES/35/1");
        CHECK(d.mentions.v[5].unresolved);
        CHECK_STR(d.mentions.v[6].id, "S/PRST/2011/16");
        CHECK_INT(d.mentions.v[6].kind, MK_DOCUMENT);
        CHECK_STR(d.mentions.v[7].id, "S/2023/123");
    }
    doc_release(&d);
    text = "Recalling its resolution 1540 (2004),\nNoting that the said resolution";
    doc_extract(&d, "t", text, strlen(text), "en", gaz);
    CHECK_INT(d.mentions.n, 2);
    if (d.mentions.n == 2) {
        CHECK_STR(d.mentions.v[1].id, "S/RES/1540 (2004)");
        CHECK(d.mentions.v[1].short_form != NULL);
    }
    doc_release(&d);
    CHECK_STR(ids("回顾第2231(2015)号决议第8段。该决议", "zh", MK_RESOLUTION),
              "S/RES/2231 (2015)|S/RES/2231 (2015)");
}

/* Phrasings behind disagreements between the language versions of one document (eval.py
 * --cross-lang, build/eval/errors/SET.VARIANT.crosslang.tsv) */
static void cross_language(void)
{
    /* S/RES/2612 (2021): a national order, not resolution 21/38 (ar reverses it) */
    RES("in accordance with order No. 21/038 of 5 July 2021 and", "en", "");
    RES("وفقا للأمر رقم 038/21 المؤرخ 5 تموز/يوليه 2021،", "ar", "");
    /* a Council number without its year: kept when the Council is named or issues the text */
    RES("Recalling United Nations Security Council resolutions 1325 and 2250 and related "
        "resolutions;", "en", "S/RES/1325 (2000)|S/RES/2250 (2015)");
    RES("وإذ يشير إلى قراري مجلس الأمن التابع للأمم المتحدة 1325 و 2250 والقرارات ذات الصلة؛",
        "ar", "S/RES/1325 (2000)|S/RES/2250 (2015)");
    RES("ссылаясь на резолюции Совета Безопасности 1325 и 2250 и другие", "ru",
        "S/RES/1325 (2000)|S/RES/2250 (2015)");
    RES("回顾联合国安全理事会第1325和2250号决议及相关决议；", "zh",
        "S/RES/1325 (2000)|S/RES/2250 (2015)");
    RES("非洲联盟和平与安全理事会…关于南苏丹共和国人权状况的第542(LXXIII)2022号决议", "zh", "");
    RES("General Assembly resolution 2625 and resolution 2391", "en", ""); /* no organ: no */
    const char *sc = "United Nations\nS/RES/2539 (2020)\nSecurity Council\n";
    char buf[1024];
    snprintf(buf, sizeof buf, "%s%s", sc,
             "and called upon the international community, including international "
             "organizations, to do so,\nCommending UNIFIL and recalling resolution 2532 and its "
             "request");
    RES(buf, "en", "S/RES/2532 (2020)"); /* "organizations" does not name the GA */
    snprintf(buf, sizeof buf, "%s%s", sc,
             "with this resolution and resolutions 2214 (2015) and 2253 (2015);\n100. Directs "
             "the Committee and paragraph 13 of resolution 2391 and 500 troops");
    RES(buf, "en", "S/RES/2214 (2015)|S/RES/2253 (2015)|S/RES/2391 (2017)");
    RES("على النحو المطلوب في القرار 2568 (2021()والمشار إليه", "ar", "S/RES/2568 (2021)");
    /* the organ "of the United Nations" between keyword and number */
    RES("(قرار الجمعية العامة للأمم المتحدة 46/182)، بما", "ar", "A/RES/46/182");
}

/* Detection: short texts whose commonest words French and Spanish share ("de", "la", "en") */
static void detection(void)
{
    static const char *const texts[][2] = {
        {"Otorgamiento de la condición de observadora en la Asamblea General a la Organización "
         "de Estados Iberoamericanos para la Educación, la Ciencia y la Cultura", "es"},
        {"Octroi du statut d’observateur auprès de l’Assemblée générale à l’Organisation des "
         "États ibéro-américains pour l’éducation, la science et la culture", "fr"},
        {"Granting of observer status in the General Assembly to the Organization of "
         "Ibero-American States for Education, Science and Culture", "en"},
        {"Предоставление Организации иберо-американских государств статуса наблюдателя", "ru"},
        {"منح منظمة الدول الأيبيرية الأمريكية للتربية والعلم والثقافة مركز المراقب", "ar"},
        {"给予伊比利亚美洲国家教育、科学和文化组织大会观察员地位", "zh"},
    };
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        struct doc d;
        doc_extract(&d, "t", texts[i][0], strlen(texts[i][0]), NULL, gaz);
        CHECK_STR(d.lang, texts[i][1]);
        doc_release(&d);
    }
}

static void positions(void)
{
    const char *text = "标题\n特别是第 1390\n\n（2002）号决议";
    struct doc d;
    doc_extract(&d, "t", text, strlen(text), "zh", gaz);
    CHECK_INT(d.mentions.n, 1);
    if (d.mentions.n == 1) {
        const struct mention *m = &d.mentions.v[0];
        CHECK_INT(m->line, 2);
        CHECK(strncmp(text + m->start, "1390\n\n（2002）", m->end - m->start) == 0);
        CHECK_INT(m->end - m->start, strlen("1390\n\n（2002）"));
    }
    doc_release(&d);
}

static void bodies_and_conventions(void)
{
    const char *text = "与第 1363（2001）号决议所设监测组充分合作；请反恐\n\n委员会和秘书长；"
                       "《联合国宪章》；《日内瓦公报》；通过关于外层空间的全面公约草案";
    struct doc d;
    doc_extract(&d, "t", text, strlen(text), "zh", gaz);
    const char *want[][3] = {
        {"resolution", "S/RES/1363 (2001)", NULL},
        {"body", "monitoring-group-1363", "S/RES/1363 (2001)"},
        {"body", "counter-terrorism-committee", "S/RES/1373 (2001)"},
        {"body", "secretary-general", NULL},
        {"convention", "charter-un", NULL},
        {"convention", "unknown:日内瓦公报", NULL},
        {"convention", "unknown:关于外层空间的全面公约草案", NULL},
    };
    size_t n = sizeof want / sizeof *want;
    CHECK_INT(d.mentions.n, n);
    for (size_t i = 0; i < n && i < d.mentions.n; i++) {
        const struct mention *m = &d.mentions.v[i];
        CHECK_STR(mention_kind_name(m->kind), want[i][0]);
        CHECK_STR(m->id, want[i][1]);
        if (want[i][2])
            CHECK_STR(m->established_by, want[i][2]);
    }
    if (d.mentions.n == n) {
        CHECK(d.mentions.v[6].draft);
        CHECK(!d.mentions.v[5].known);
    }
    doc_release(&d);

    CHECK_STR(ids("the Security Council Committee established pursuant to resolution 1267 "
                  "(1999) concerning",
                  "en", MK_BODY),
              "isil-al-qaida-sanctions-committee");
    /* the noun, then its organ in the genitive, then the phrase (lexicon established,
     * established_organ) */
    CHECK_STR(ids("désignés par le Comité du Conseil de sécurité faisant suite aux résolutions "
                  "1267 (1999), 1989 (2011) et 2253 (2015), et",
                  "fr", MK_BODY),
              "isil-al-qaida-sanctions-committee");
    CHECK_STR(ids("informer le Comité du Conseil de sécurité créé par la résolution 1988 (2011) "
                  "des mesures",
                  "fr", MK_BODY),
              "sanctions-committee-1988");
    CHECK_STR(ids("designados por el Comité del Consejo de Seguridad dimanante de las "
                  "resoluciones 1267 (1999), 1989 (2011) y 2253 (2015), y",
                  "es", MK_BODY),
              "isil-al-qaida-sanctions-committee");
    CHECK_STR(ids("включенных в перечень Комитетом Совета Безопасности в соответствии с "
                  "резолюциями 1267 (1999), 1989 (2011) и 2253 (2015), и",
                  "ru", MK_BODY),
              "isil-al-qaida-sanctions-committee");
    CHECK_STR(ids("لجنة مجلس الأمن العاملة بموجب القرارات 1267 (1999) و 1989 (2011) و 2253 "
                  "(2015)",
                  "ar", MK_BODY),
              "isil-al-qaida-sanctions-committee");
    /* "в соответствии с" after a bare noun names no body: members of the committee, in
     * accordance with a resolution */
    CHECK_STR(ids("призывает государства — члены комитета в соответствии с резолюцией 1325 "
                  "(2000) Совета Безопасности",
                  "ru", MK_BODY),
              "security-council");
    CHECK_STR(ids("the Panel of Experts established pursuant to resolution 1000 (1995)", "en",
                  MK_BODY),
              "panel@S/RES/1000 (1995)");
    CHECK_STR(ids("the draft comprehensive convention on international terrorism, and",
                  "en", MK_CONVENTION),
              "comprehensive-convention-international-terrorism-draft");
    CHECK_STR(ids("the draft convention on the protection of outer space, and", "en",
                  MK_CONVENTION),
              "unknown:draft convention on the protection of outer space");
    /* the draft phrase's words are en.tsv's (draft_nouns, draft_preps, draft_stops): its
     * subject after "relating to" ends before "which"; fr has no draft_nouns */
    CHECK_STR(ids("a draft convention relating to outer space which", "en", MK_CONVENTION),
              "unknown:draft convention relating to outer space");
    CHECK_STR(ids("the draft convention on the protection of outer space, and", "fr",
                  MK_CONVENTION),
              "");
    /* zh.tsv's generic_titles and report_titles: no instrument; name_starts "关于" */
    CHECK_STR(ids("《公约》和《秘书长关于外层空间的报告》", "zh", MK_CONVENTION), "");
    /* the letterhead around the cover's symbol line is furniture, no body mention */
    CHECK_STR(ids("United Nations\nA/HRC/RES/56/14\nGeneral Assembly\nDistr.: General\n"
                  "The Human Rights Council,\nRecalling General Assembly resolution 60/251,\n",
                  "en", MK_BODY),
              "human-rights-council|general-assembly");
    CHECK_STR(ids("联合国\nA/HRC/RES/56/14\n大会\nDistr.: General\n人权理事会，\n回顾大会第60/251号决议，\n",
                  "zh", MK_BODY),
              "human-rights-council|general-assembly");
    /* … one rule for the three letterheads (names_drop_letterhead): the cover's symbol line,
     * a body before the distribution mark (letterhead_after) and the Organization before a
     * symbol on its line, in every language; any other body before a symbol is cited */
    CHECK_STR(ids("Assemblée générale Distr. générale\nL'Assemblée générale,\n", "fr", MK_BODY),
              "general-assembly");
    CHECK_STR(ids("Генеральная Ассамблея Distr.: General\nГенеральная Ассамблея,\n", "ru", MK_BODY),
              "general-assembly");
    CHECK_STR(ids("الجمعية العامة Distr.: General\nإن الجمعية العامة،\n", "ar", MK_BODY),
              "general-assembly");
    CHECK_STR(ids("Naciones Unidas S/RES/2667 (2022)\nConsejo de Seguridad Distr. general\n"
                  "El Consejo de Seguridad,\n", "es", MK_BODY),
              "security-council");
    CHECK_STR(ids("Noting the letter to the Security Council S/2023/1 of the United Nations,", "en",
                  MK_BODY),
              "security-council|united-nations");
    CHECK_STR(ids("Vereinte Nationen\nS/RES/2667 (2022)\nSicherheitsrat\nDer Sicherheitsrat,\n", "de",
                  MK_BODY),
              "security-council");
    /* the organization's name before a decade's ("for All") is a modifier */
    CHECK_STR(ids("支持落实联合国人人享有可持续能源十年，", "zh", MK_BODY), "");
    CHECK_STR(ids("《条约》、《行动计划》、《联合国日刊》和《会议通过的决议》", "zh", MK_CONVENTION),
              "");
    /* a short title in brackets right after a full one names the same instrument, there
     * and wherever the document uses it again; elsewhere it is a title of its own */
    CHECK_STR(ids("《关于海底碎片的议定书》(《第一议定书》)和《关于浮标的议定书》（《第二议定书》），"
                  "又欢迎《第一议定书》的缔约国", "zh", MK_CONVENTION),
              "unknown:关于海底碎片的议定书|unknown:关于海底碎片的议定书|unknown:关于浮标的议定书|"
              "unknown:关于浮标的议定书|unknown:关于海底碎片的议定书");
    /* poppler's order of a CJK column: the brackets on lines of their own */
    CHECK_STR(ids("《关于浮标的议定书》《第二议定书》\n(\n)和《第二议定书》", "zh", MK_CONVENTION),
              "unknown:关于浮标的议定书|unknown:关于浮标的议定书|unknown:关于浮标的议定书");
    CHECK_STR(ids("《关于无法检测的碎片的议定书》(《第一议定书》)", "zh", MK_CONVENTION),
              "ccw-protocol-i-1980|ccw-protocol-i-1980");
    CHECK_STR(ids("又欢迎《第一议定书》的缔约国", "zh", MK_CONVENTION), "unknown:第一议定书");
    /* a known title inside a longer alias that ends with its close mark: the longer one */
    CHECK_STR(ids("《禁止或限制使用地雷、诱杀装置和其他装置的议定书》；1996年修正的"
                  "《禁止或限制使用地雷、诱杀装置和其他装置的议定书》", "zh", MK_CONVENTION),
              "ccw-protocol-ii-1980|ccw-protocol-ii-amended-1996");
    CHECK_STR(ids("审议了关于外层空间的议定书草案", "zh", MK_CONVENTION),
              "unknown:关于外层空间的议定书草案");
    CHECK_STR(ids("the Counter-Terrorism Committee (CTC) and the CTC", "en", MK_BODY),
              "counter-terrorism-committee|counter-terrorism-committee|"
              "counter-terrorism-committee");
    CHECK_STR(ids("the CTCX and xCTC", "en", MK_BODY), "");
    /* a body's alias that an instrument's overlaps on the right is the instrument's start:
     * UN-Water / "Water Convention", "secretariat of the United Nations" / UNFCCC */
    const char *w = "the accession to the UN Water Convention, and UN Water and UN Women";
    CHECK_STR(ids(w, "en", MK_CONVENTION), "water-convention-1992");
    CHECK_STR(ids(w, "en", MK_BODY), "un-water|un-women");
    w = "the secretariat of the United Nations Framework Convention on Climate Change";
    CHECK_STR(ids(w, "en", MK_CONVENTION), "unfccc-1992");
    CHECK_STR(ids(w, "en", MK_BODY), "");
    /* an organization (type organization) where its name stands for it, in every language;
     * not as a modifier (part_after, part_before), in a letterhead or in another body's name */
    CHECK_STR(ids("the role of the United Nations, the United Nations system, United Nations "
                  "personnel, the Secretary-General of the United Nations",
                  "en", MK_BODY),
              "united-nations|secretary-general");
    CHECK_STR(ids("United Nations S/RES/1 (1946) and United Nations, Treaty Series, vol. 1", "en",
                  MK_BODY),
              "");
    CHECK_STR(ids("加强联合国在这方面的作用，联合国系统和联合国会员国", "zh", MK_BODY),
              "united-nations");
    CHECK_STR(ids("entre l'Organisation des Nations Unies et le système des Nations Unies", "fr",
                  MK_BODY),
              "united-nations");
    CHECK_STR(ids("las Naciones Unidas harán todo lo posible; el sistema de las Naciones Unidas",
                  "es", MK_BODY),
              "united-nations");
    CHECK_STR(ids("призывая Организацию Объединенных Наций; системы Организации Объединенных "
                  "Наций",
                  "ru", MK_BODY),
              "united-nations");
    CHECK_STR(ids("دور الأمم المتحدة ومنظومة الأمم المتحدة", "ar", MK_BODY), "united-nations");
    /* ... nor inside the title of a work that is no instrument (a conference's report) */
    CHECK_STR(ids("见《第五次联合国最不发达国家问题会议报告》", "zh", MK_BODY), "");
    CHECK_STR(ids("见《第五次联合国最不发达国家问题会议报告》；加强联合国的作用", "zh", MK_BODY),
              "united-nations");
}

static void own_symbol(void)
{
    const char *text = "第 1456（2003）号决议\n安全理事会，\n回顾第 1456（2003）号决议和"
                       "第 1373（2001）号决议";
    struct doc d;
    doc_extract(&d, "t", text, strlen(text), NULL, gaz);
    CHECK_STR(d.lang, "zh");
    CHECK_STR(d.symbol, "S/RES/1456 (2003)");
    size_t res = 0;
    for (size_t i = 0; i < d.mentions.n; i++)
        if (d.mentions.v[i].kind == MK_RESOLUTION) {
            res++;
            CHECK_STR(d.mentions.v[i].id, "S/RES/1373 (2001)");
        }
    CHECK_INT(res, 1);
    doc_release(&d);

    text = "United Nations\nS/RES/2504 (2020)\nSecurity Council\nResolution 2504 (2020)\n"
           "Recalling its resolution 2449 (2018)";
    doc_extract(&d, "t", text, strlen(text), NULL, gaz);
    CHECK_STR(d.lang, "en");
    CHECK_STR(d.symbol, "S/RES/2504 (2020)");
    CHECK_STR(ids(text, NULL, MK_RESOLUTION), "S/RES/2449 (2018)");
    doc_release(&d);
}

int main(void)
{
    gaz = gazetteer_builtin();
    CHECK(gaz != NULL);
    if (!gaz)
        return h_done("extract");
    english();
    chinese();
    languages();
    forms();
    detection();
    positions();
    bodies_and_conventions();
    own_symbol();
    cross_language();
    gazetteer_free(gaz);
    return h_done("extract");
}
