/* lang: per-language recognizer data and language detection (see lang.h). */
#include "lang.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "normalize.h"
#include "scan.h"
#include "util.h"

#define L(...) ((const char *const[]){__VA_ARGS__, NULL})

static const char *const months_en[] = {"january", "february", "march", "april", "may",
    "june", "july", "august", "september", "october", "november", "december", NULL};

static const struct organ_name organs_en[] = {
    {"security council", ORGAN_SC},
    {"general assembly", ORGAN_GA},
    {"ga", ORGAN_GA},
    {"human rights council", ORGAN_HRC},
    {"economic and social council", ORGAN_ECOSOC},
    {"ecosoc", ORGAN_ECOSOC},
    {"council", ORGAN_SELF_COUNCIL},
    {"its", ORGAN_SELF},
    {"its own", ORGAN_SELF},
    {"assembly", ORGAN_GA},
    {"commission", ORGAN_OTHER}, /* "reaffirmed by the Commission in its resolution 64/2" */
    {NULL, ORGAN_NONE},
};

static const struct body_noun nouns_en[] = {
    {"committee", "committee", "Committee"},
    {"security council committee", "committee", "Committee"},
    {"panel of experts", "panel", "Panel of Experts"},
    {"group of experts", "panel", "Group of Experts"},
    {"panel", "panel", "Panel of Experts"},
    {"monitoring group", "monitoring-group", "Monitoring Group"},
    {"monitoring team", "monitoring-group", "Monitoring Team"},
    {"working group", "working-group", "Working Group"},
    {"mission", "mission", "Mission"},
    {"office", "office", "Office"},
    {NULL, NULL, NULL},
};

static const struct lang lang_en = {
    .code = "en",
    .keywords = L("resolution", "resolutions"),
    .fillers = L("no.", "nos."),
    .separators = L(",", "and", ", and", "as well as", ", as well as", "&", ";"),
    .pinpoints = L("sect.", "section", "para.", "paras.", "paragraph", "paragraphs", "annex",
                   "annexes", "chap.", "part", "art."),
    .para_words = L("paragraph", "paragraphs", "para.", "paras.", "operative paragraph",
                    "operative paragraphs"),
    .para_links = L("of", "of its", "of the"),
    .short_forms = L("the said resolution", "that resolution", "the above-mentioned resolution",
                     "the aforementioned resolution", "the same resolution",
                     "the above resolution"),
    .short_forms_plural = L("its previous resolutions", "its earlier resolutions",
                            "all its previous resolutions", "its prior resolutions"),
    .date_intro = L("of", "dated", "adopted on", "adopted", "on"),
    .months = months_en,
    .organs_before = organs_en,
    .self_bridge = L("in", ", in", ",", "by"), /* "adopted by the General Assembly by its" */
    .organ_after_intro = L("of the", "by the", "adopted by the"),
    .established = L("established pursuant to", "established by", "established under",
                     "established in", "created pursuant to", "created by", "set up by",
                     "set up pursuant to", "pursuant to"),
    .nouns = nouns_en,
    .draft_words = L("draft"),
    .other_documents = L("decision", "decisions", "agreed conclusions"),
    .relative_intros = L("in which", "by which", "whereby"),
    .name_after = L("sanctions committee", "sanctions list"),
    .name_after_short = L("committee"),
    .stopwords = L("the", "of", "and", "to", "in", "its", "that", "with", "for"),
    .adoption_line = L("Adopted", "at the"),
};

static const struct organ_name organs_zh[] = {
    {"安全理事会", ORGAN_SC},
    {"安理会", ORGAN_SC},
    {"大会", ORGAN_GA},
    {"联合国大会", ORGAN_GA},
    {"人权理事会", ORGAN_HRC},
    {"经济及社会理事会", ORGAN_ECOSOC},
    {"经社理事会", ORGAN_ECOSOC},
    {"理事会", ORGAN_SELF_COUNCIL},
    {"该委员会", ORGAN_OTHER}, /* "该委员会2020年3月9日通过的第64/2号决议" */
    {NULL, ORGAN_NONE},
};

static const struct body_noun nouns_zh[] = {
    {"委员会", "committee", "Committee"},
    {"监测组", "monitoring-group", "Monitoring Group"},
    {"监测小组", "monitoring-group", "Monitoring Group"},
    {"专家小组", "panel", "Panel of Experts"},
    {"专家组", "panel", "Group of Experts"},
    {"工作组", "working-group", "Working Group"},
    {"特派团", "mission", "Mission"},
    {"办公室", "office", "Office"},
    {NULL, NULL, NULL},
};

static const struct lang lang_zh = {
    .code = "zh",
    .keyword_after = 1,
    .keywords = L("决议"),
    .item_prefix = L("第"),
    .item_suffix = L("号"),
    .separators = L("、", "和", "及", "以及", ",", "与"),
    .organs_before = organs_zh,
    .established = L("所设立的", "所设的", "所设", "设立的", "所成立的", "成立的"),
    .nouns = nouns_zh,
    .draft_words = L("草案"),
    .topic_intros = L("关于", "设立"), /* "大会…设立人权理事会的第60/251号决议": the body set up */
    .topic_stops = L("的", "，", "、", "；", "。", "和"),
    .owner_follows = L("题为", "通过的", "关于"),
    .short_forms = L("该决议", "上述决议", "该项决议", "前述决议"),
    .short_forms_plural = L("以往各项决议", "其以往各项决议", "以往的各项决议"),
    .name_after = L("制裁委员会", "制裁名单"),
    .name_after_short = L("委员会"),
    .stopwords = L("的", "和", "决议", "安全理事会", "大会"),
};

static const char *const months_fr[] = {"janvier", "fevrier", "mars", "avril", "mai", "juin",
    "juillet", "aout", "septembre", "octobre", "novembre", "decembre", NULL};

static const struct organ_name organs_fr[] = {
    {"conseil de securite", ORGAN_SC},
    {"assemblee generale", ORGAN_GA},
    {"conseil des droits de l'homme", ORGAN_HRC},
    {"conseil economique et social", ORGAN_ECOSOC},
    {"ses", ORGAN_SELF},
    {"sa", ORGAN_SELF},
    {"ses propres", ORGAN_SELF},
    {"sa propre", ORGAN_SELF},
    {"ses précédentes", ORGAN_SELF},
    {"sa précédente", ORGAN_SELF},
    {"conseil", ORGAN_SELF_COUNCIL},
    {"assemblée", ORGAN_GA},
    {"commission", ORGAN_OTHER},
    {NULL, ORGAN_NONE},
};

static const struct body_noun nouns_fr[] = {
    {"comite", "committee", "Committee"},
    {"groupe d'experts", "panel", "Panel of Experts"},
    {"equipe de surveillance", "monitoring-group", "Monitoring Team"},
    {"groupe de controle", "monitoring-group", "Monitoring Group"},
    {"groupe de travail", "working-group", "Working Group"},
    {NULL, NULL, NULL},
};

static const struct lang lang_fr = {
    .code = "fr",
    .keywords = L("resolution", "resolutions"),
    .separators = L(",", "et", ", et", "ainsi que", ";"),
    .pinpoints = L("sect.", "section", "par.", "paragraphe", "paragraphes", "annexe", "annexes",
                   "chap.", "partie", "art."),
    .para_words = L("paragraphe", "paragraphes", "par."),
    .para_links = L("de la", "de sa", "de"),
    .short_forms = L("ladite résolution", "cette résolution", "la même résolution",
                     "la résolution susmentionnée", "la résolution précitée"),
    .short_forms_plural = L("ses résolutions antérieures", "ses résolutions précédentes",
                            "toutes ses résolutions antérieures"),
    .date_intro = L("du", "en date du", "adoptee le"),
    .months = months_fr,
    .organs_before = organs_fr,
    .self_bridge = L("dans", ", dans", ",", "au", "a adopté dans", "a adoptés dans", "a adoptée dans",
                     "a adoptées dans"),
    .day_suffix = L("er"),
    .organ_after_intro = L("de l'", "du", "de la", "des", "par le", "par la", "par l'",
                           "adoptée par la", "adoptée par le", "adoptée par l'",
                           "adoptées par la", "adoptées par le", "adoptées par l'"),
    .established = L("cree par", "cree en application de", "creee par",
                     "cree en application de la", "cree par la", "creee en application de la"),
    .nouns = nouns_fr,
    .draft_words = L("projet de"),
    .other_documents = L("décision", "décisions", "conclusions concertées"),
    .relative_intros = L("dans laquelle", "par laquelle", "aux termes de laquelle"),
    .name_before = L("comité", "comité des sanctions"),
    .stopwords = L("le", "les", "des", "et", "du", "au", "aux", "est", "une", "sur", "qui", "ses"),
};

static const char *const months_es[] = {"enero", "febrero", "marzo", "abril", "mayo",
    "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre", NULL};

static const struct organ_name organs_es[] = {
    {"consejo de seguridad", ORGAN_SC},
    {"asamblea general", ORGAN_GA},
    {"consejo de derechos humanos", ORGAN_HRC},
    {"consejo economico y social", ORGAN_ECOSOC},
    {"sus", ORGAN_SELF},
    {"su", ORGAN_SELF},
    {"sus propias", ORGAN_SELF},
    {"su propia", ORGAN_SELF},
    {"consejo", ORGAN_SELF_COUNCIL},
    {"asamblea", ORGAN_GA},
    {"comisión", ORGAN_OTHER},
    {NULL, ORGAN_NONE},
};

static const struct body_noun nouns_es[] = {
    {"comite", "committee", "Committee"},
    {"grupo de expertos", "panel", "Panel of Experts"},
    {"equipo de vigilancia", "monitoring-group", "Monitoring Team"},
    {"grupo de vigilancia", "monitoring-group", "Monitoring Group"},
    {"grupo de trabajo", "working-group", "Working Group"},
    {NULL, NULL, NULL},
};

static const struct lang lang_es = {
    .code = "es",
    .keywords = L("resolucion", "resoluciones"),
    .separators = L(",", "y", "e", ", y", "asi como", ";"),
    .pinpoints = L("secc.", "seccion", "parr.", "parrs.", "parrafo", "parrafos", "anexo",
                   "anexos", "cap.", "parte", "art."),
    .para_words = L("párrafo", "párrafos", "párr.", "párrs."),
    .para_links = L("de la", "de su", "de"),
    .short_forms = L("dicha resolución", "esa resolución", "la citada resolución",
                     "la mencionada resolución", "la misma resolución"),
    .short_forms_plural = L("sus resoluciones anteriores", "todas sus resoluciones anteriores"),
    .date_intro = L("de", ", de", "del", "aprobada el"),
    .months = months_es,
    .date_tail = L("de"),
    .organs_before = organs_es,
    .self_bridge = L("en", ", en", ",", "en el", "mediante"),
    .organ_after_intro = L("de la", "del", "de los", "aprobada por la", "aprobada por el",
                           "aprobadas por la", "aprobadas por el"),
    .established = L("establecido en virtud de la", "establecido en virtud de",
                     "creado en virtud de la", "creado en virtud de", "establecido por la",
                     "creado por la", "dimanante de la"),
    .nouns = nouns_es,
    .draft_words = L("proyecto de"),
    .other_documents = L("decisión", "decisiones", "conclusiones convenidas"),
    .relative_intros = L("en la que", "en la cual", "por la que", "por la cual", "mediante la cual"),
    .name_before = L("comité", "comité de sanciones", "lista de sanciones"),
    .stopwords = L("el", "los", "las", "del", "y", "que", "por", "sus", "una", "con", "para"),
};

static const char *const months_ru[] = {"январ*", "феврал*", "март*", "апрел*", "ма*",
    "июн*", "июл*", "август*", "сентябр*", "октябр*", "ноябр*", "декабр*", NULL};

static const struct organ_name organs_ru[] = {
    {"совет* безопасности", ORGAN_SC},
    {"генеральн* ассамбле*", ORGAN_GA},
    {"совет* по правам человека", ORGAN_HRC},
    {"экономическ* и социальн* совет*", ORGAN_ECOSOC},
    {"сво*", ORGAN_SELF},
    {"его", ORGAN_SELF_COUNCIL},
    {"ее", ORGAN_GA},
    {"совет*", ORGAN_SELF_COUNCIL},
    {"ассамбле*", ORGAN_GA},
    {"комисси*", ORGAN_OTHER},
    {NULL, ORGAN_NONE},
};

static const struct body_noun nouns_ru[] = {
    {"комитет*", "committee", "Committee"},
    {"групп* экспертов", "panel", "Panel of Experts"},
    {"групп* по наблюдению", "monitoring-group", "Monitoring Team"},
    {"групп* по мониторингу", "monitoring-group", "Monitoring Group"},
    {"рабоч* групп*", "working-group", "Working Group"},
    {"групп*", "panel", "Group of Experts"},
    {NULL, NULL, NULL},
};

static const struct lang lang_ru = {
    .code = "ru",
    .keywords = L("резолюци*"),
    .separators = L(",", "и", ", и", "а также", ", а также", ";"),
    .pinpoints = L("разд.", "раздел", "пункт", "пункты", "п.", "пп.", "приложение", "глава",
                   "гл.", "часть"),
    .para_words = L("пункт*", "п.", "пп."),
    .para_links = L("", "своей", "своих"),
    .short_forms = L("указанн* резолюци*", "эт* резолюци*", "данн* резолюци*",
                     "вышеупомянут* резолюци*"),
    .short_forms_plural = L("свои предыдущие резолюции", "своих предыдущих резолюциях",
                            "свои прежние резолюции"),
    .date_intro = L("от"),
    .months = months_ru,
    .date_tail = L("года", "г."),
    .organs_before = organs_ru,
    .self_bridge = L("в", ", в", ","),
    .organ_after_intro = L(""),
    .established = L("учрежденн* во исполнение", "учрежденн* согласно", "учрежденн* в соответствии с",
                     "созданн* во исполнение", "созданн* согласно", "созданн* в соответствии с",
                     "учрежденн*", "созданн*"), /* "Группы, учрежденной резолюцией 2140 (2014)" */
    .nouns = nouns_ru,
    .draft_words = L("проект*"),
    .other_documents = L("решени*", "согласованн* вывод*"),
    .relative_intros = L("в которой", "которой"),
    .name_before = L("комитет*", "перечн*"),
    .stopwords = L("и", "в", "на", "по", "что", "с", "о", "для"),
};

static const char *const months_ar[] = {"يناير", "كانون الثاني", "فبراير", "شباط", "مارس",
    "آذار", "ابريل", "نيسان", "مايو", "ايار", "يونيه", "يونيو", "حزيران", "يوليه", "يوليو",
    "تموز", "اغسطس", "آب", "سبتمبر", "ايلول", "اكتوبر", "تشرين الاول", "نوفمبر",
    "تشرين الثاني", "ديسمبر", "كانون الاول", NULL};
static const unsigned char month_numbers_ar[] = {1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 6, 7, 7,
    7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12};

static const struct organ_name organs_ar[] = {
    {"مجلس الامن", ORGAN_SC},
    {"الجمعية العامة", ORGAN_GA},
    /* "قراري مجلس الأمن التابع للأمم المتحدة 1325 و 2250", "قرار الجمعية العامة للأمم
     * المتحدة 46/182": the organ "of the United Nations" between keyword and number */
    {"مجلس الأمن التابع للأمم المتحدة", ORGAN_SC},
    {"الجمعية العامة للأمم المتحدة", ORGAN_GA},
    {"مجلس حقوق الانسان", ORGAN_HRC},
    {"المجلس الاقتصادي والاجتماعي", ORGAN_ECOSOC},
    {"المجلس", ORGAN_SELF_COUNCIL},
    {"الجمعية", ORGAN_GA},
    {"اللجنة", ORGAN_OTHER}, /* "قرار اللجنة 1998/72": the Commission's */
    {NULL, ORGAN_NONE},
};

static const struct body_noun nouns_ar[] = {
    {"لجنة مجلس الأمن", "committee", "Committee"},
    {"اللجنة", "committee", "Committee"},
    {"لجنة", "committee", "Committee"},
    {"فريق الخبراء", "panel", "Panel of Experts"},
    {"فريق الرصد", "monitoring-group", "Monitoring Team"},
    {"الفريق العامل", "working-group", "Working Group"},
    {NULL, NULL, NULL},
};

static const struct session_mark sessions_ar[] = {
    {"دإط-", SESS_EMERGENCY},
    {"دإ-", SESS_SPECIAL},
    {"د-", SESS_REGULAR},
    {NULL, SESS_REGULAR},
};

static const struct lang lang_ar = {
    .rtl = 1,
    .sessions = sessions_ar,
    .fillers = L("السابق", "السابقة", "السابقين", "الأخير", "الأخيرة", "رقم"),
    .item_prefix = L("و", "ب", "ل"),
    .part_letters = L("ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء", "طاء", "ياء",
                      "كاف", "لام", "ميم", "نون", "سين", "عين", "فاء", "صاد", "قاف", "راء",
                      "شين", "تاء", "ثاء", "خاء", "ذال", "ضاد", "ظاء", "غين"),
    .code = "ar",
    .self_bridge = L("في", "، في"),
    /* "لقرار…": after the preposition ل the article loses its alif ("للقرار" = ل + القرار) */
    .keywords = L("القرار", "القرارين", "القراران", "القرارات", "قرار", "قرارات", "قراري",
                  "قرارا", "قراره", "قرارها", "قراريه", "قراريها", "قراراته", "قراراتها",
                  "لقرار", "لقرارين", "لقرارات"),
    .self_keywords = L("قراره", "قراريه", "قراراته"),
    .self_keywords_fem = L("قرارها", "قراريها", "قراراتها"),
    .word_prefixes = L("و", "ب", "ل", "ف", "ك", "وب", "ول", "فب", "فل", "وك"),
    .separators = L(",", "،", "و", "وكذلك"),
    .date_intro = L("المؤرخ", "المؤرخة", "المؤرخين", "المؤرخان", "الصادر في", "المؤرخ في"),
    .months = months_ar,
    .month_numbers = month_numbers_ar,
    .organs_before = organs_ar,
    .organ_after_intro = L(""),
    .established = L("المنشأة عملا", "المنشأ عملا", "المنشأة بموجب", "المنشأ بموجب",
                     "المنشأة عملاً", "المنشأ عملاً"),
    .nouns = nouns_ar,
    .draft_words = L("مشروع"),
    /* Arabic writes "قرار" for other bodies' decisions and resolutions too: "قرار جمعية موئل
     * الأمم المتحدة 2/7", "قرار اللجنة الإحصائية 53/113" (a decision), "القرار رقم 277
     * الصادر عن مجلس الإدارة" (of the Compensation Commission's Governing Council) */
    .other_bodies = L("جمعية موئل الأمم المتحدة", "جمعية الأمم المتحدة للبيئة",
                      "اللجنة الإحصائية", "مجلس الإدارة", "لجنة حقوق الإنسان",
                      "لجنة وضع المرأة", "لجنة المخدرات", "لجنة منع الجريمة والعدالة الجنائية",
                      "جمعية الصحة العالمية", "مؤتمر الأطراف"),
    .other_body_intro = L("الصادر عن", "الصادرة عن", "الذي اتخذه", "الذي اتخذته"),
    .other_documents = L("مقرر", "المقرر", "مقررها", "مقرره", "بالمقرر", "والمقرر", "للمقرر",
                         "المقررين", "المقررات", "مقرريها", "بالمقررين", "بالمقررات",
                         "المتفق عليها"), /* agreed conclusions: "استنتاجاته المتفق عليها 1997/2" */
    .para_words = L("الفقرة", "الفقرتين", "الفقرات", "للفقرة", "بالفقرة", "والفقرة"),
    .para_links = L("من"),
    .short_forms = L("القرار المذكور", "ذلك القرار", "القرار السالف الذكر",
                     "القرار المشار إليه"),
    .short_forms_plural = L("قراراته السابقة", "قراراتها السابقة"),
    .stopwords = L("في", "من", "على", "الى", "و", "ان"),
};

static const struct lang *const langs[] = {&lang_ar, &lang_zh, &lang_en, &lang_fr, &lang_ru, &lang_es};
enum { NLANGS = sizeof langs / sizeof *langs };

const char *const lang_codes[] = {"ar", "zh", "en", "fr", "ru", "es", NULL};

/* The tables folded the way the text is (lowercase, no accents, ASCII digits …). The
 * folded strings live as long as the program. */
static struct lang folded[NLANGS];
static pthread_once_t folded_once = PTHREAD_ONCE_INIT;

static const char *fold(const char *s)
{
    struct ntext t;
    struct norm_error err;
    if (!s || normalize_text(s, strlen(s), 0, &t, &err) != NORM_OK)
        return s;
    char *f = xstrndup(t.s, t.len);
    ntext_release(&t);
    return f;
}

static const char *const *fold_list(const char *const *l)
{
    size_t n = 0;
    if (!l)
        return NULL;
    while (l[n])
        n++;
    const char **f = xcalloc(n + 1, sizeof *f);
    for (size_t i = 0; i < n; i++)
        f[i] = fold(l[i]);
    return f;
}

const char *const SENTENCE_ENDS[] = {"。", ";", ". ", NULL};

static struct scan_filter *filter_of(const char *const *a, const char *const *b)
{
    struct scan_filter *f = xmalloc(sizeof *f);
    scan_filter_init(f);
    scan_filter_add(f, a);
    scan_filter_add(f, b);
    return f;
}

/* Where a keyword can start: the keywords, and each behind each fused prefix. */
static const struct scan_filter *keyword_filter(const char *const *kw, const char *const *pre)
{
    struct scan_filter *f = filter_of(kw, NULL);
    for (size_t i = 0; pre && pre[i]; i++)
        for (size_t j = 0; kw && kw[j]; j++) {
            char both[64];
            snprintf(both, sizeof both, "%s%s", pre[i], kw[j]);
            const char *const one[] = {both, NULL};
            scan_filter_add(f, one);
        }
    return f;
}

static void fold_all(void)
{
    for (size_t i = 0; i < NLANGS; i++) {
        struct lang *f = &folded[i];
        *f = *langs[i];
        f->keywords = fold_list(f->keywords);
        f->fillers = fold_list(f->fillers);
        f->item_prefix = fold_list(f->item_prefix);
        f->item_suffix = fold_list(f->item_suffix);
        f->separators = fold_list(f->separators);
        f->date_intro = fold_list(f->date_intro);
        f->months = fold_list(f->months);
        f->date_tail = fold_list(f->date_tail);
        f->day_suffix = fold_list(f->day_suffix);
        f->other_documents = fold_list(f->other_documents);
        f->relative_intros = fold_list(f->relative_intros);
        f->other_bodies = fold_list(f->other_bodies);
        f->other_body_intro = fold_list(f->other_body_intro);
        f->topic_intros = fold_list(f->topic_intros);
        f->topic_stops = fold_list(f->topic_stops);
        f->owner_follows = fold_list(f->owner_follows);
        f->self_bridge = fold_list(f->self_bridge);
        f->organ_after_intro = fold_list(f->organ_after_intro);
        f->established = fold_list(f->established);
        f->draft_words = fold_list(f->draft_words);
        f->stopwords = fold_list(f->stopwords);
        f->name_before = fold_list(f->name_before);
        f->name_after = fold_list(f->name_after);
        f->name_after_short = fold_list(f->name_after_short);
        f->part_letters = fold_list(f->part_letters);
        f->pinpoints = fold_list(f->pinpoints);
        f->para_words = fold_list(f->para_words);
        f->para_links = fold_list(f->para_links);
        f->short_forms = fold_list(f->short_forms);
        f->short_forms_plural = fold_list(f->short_forms_plural);
        f->self_keywords = fold_list(f->self_keywords);
        f->self_keywords_fem = fold_list(f->self_keywords_fem);
        f->word_prefixes = fold_list(f->word_prefixes);
        size_t n = 0;
        for (n = 0; f->organs_before && f->organs_before[n].text; n++)
            ;
        struct organ_name *o = xcalloc(n + 1, sizeof *o);
        for (size_t k = 0; k < n; k++)
            o[k] = (struct organ_name){fold(f->organs_before[k].text), f->organs_before[k].organ};
        f->organs_before = o;
        for (n = 0; f->nouns && f->nouns[n].text; n++)
            ;
        struct body_noun *bn = xcalloc(n + 1, sizeof *bn);
        for (size_t k = 0; k < n; k++)
            bn[k] = (struct body_noun){fold(f->nouns[k].text), f->nouns[k].type, f->nouns[k].label};
        f->nouns = bn;
        for (n = 0; f->sessions && f->sessions[n].text; n++)
            ;
        struct session_mark *sm = xcalloc(n + 1, sizeof *sm);
        for (size_t k = 0; k < n; k++)
            sm[k] = (struct session_mark){fold(f->sessions[k].text), f->sessions[k].kind};
        f->sessions = n ? sm : NULL;
        if (!n)
            free(sm);
        f->kw_filter = keyword_filter(f->keywords, f->word_prefixes);
        f->short_filter = filter_of(f->short_forms, f->short_forms_plural);
        f->prefix_filter = filter_of(f->word_prefixes, NULL);
        size_t no = 0;
        for (size_t k = 0; o[k].text; k++)
            no++;
        const char **names = xcalloc(no + 1, sizeof *names);
        for (size_t k = 0, j = 0; k < no; k++)
            if (o[k].organ != ORGAN_SELF) /* "the Council" alone: see refs.c */
                names[j++] = o[k].text;
        f->organ_filter = filter_of(names, SENTENCE_ENDS);
        free(names);
        static const char *const digits[] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9",
                                             NULL};
        static const char *const docsym[] = {"s/", "a/", "e/", NULL};
        const struct scan_filter *filters[] = { /* kept by the table: nothing to free */
            f->kw_filter, f->short_filter, filter_of(digits, NULL),
            filter_of(docsym, NULL),
            filter_of(f->keyword_after ? f->item_prefix : NULL, NULL)};
        struct scan_table *tab = xmalloc(sizeof *tab);
        scan_table_init(tab, filters, sizeof filters / sizeof *filters);
        f->table = tab;
    }
}

static const struct lang *folded_lang(size_t i)
{
    pthread_once(&folded_once, fold_all);
    return &folded[i];
}

const struct lang *lang_get(const char *code)
{
    for (size_t i = 0; i < NLANGS; i++)
        if (strcmp(langs[i]->code, code) == 0)
            return folded_lang(i);
    return NULL;
}

/* Counts whole-word occurrences of the stop words of a Latin-script language. */
static long stopword_hits(const struct lang *l, const char *s, size_t n)
{
    long hits = 0;
    size_t i = 0, longest = 0;
    for (const char *const *w = l->stopwords; *w; w++)
        if (strlen(*w) > longest)
            longest = strlen(*w);
    while (i < n) {
        while (i < n && s[i] == ' ')
            i++;
        size_t j = i;
        while (j < n && s[j] != ' ' && s[j] != ',' && s[j] != '.' && s[j] != ';')
            j++;
        for (const char *const *w = l->stopwords; *w && j - i <= longest; w++)
            if ((*w)[0] == s[i] && strncmp(*w, s + i, j - i) == 0 && (*w)[j - i] == 0)
                hits++;
        i = j + 1;
    }
    return hits;
}

const struct lang *lang_detect(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    long cjk = 0, arabic = 0, cyrillic = 0, latin = 0;
    if (n > 16384) /* the first 16 KB tell the script and the stop words */
        n = 16384;
    for (size_t i = 0, check = 4096; i < n;) {
        if (i >= check) { /* stop early once one script clearly leads */
            long c3 = cjk * 3, top = c3, second = 0, v[3] = {arabic, cyrillic, latin};
            for (int j = 0; j < 3; j++) {
                if (v[j] > top)
                    second = top, top = v[j];
                else if (v[j] > second)
                    second = v[j];
            }
            if (top >= 1000 && top >= 4 * second) {
                n = i;
                break;
            }
            check += 4096;
        }
        /* the common scripts by their lead bytes (no decoding): ASCII, Cyrillic U+0400–04FF
         * (D0–D3), Arabic U+0600–06FF (D8–DB), CJK U+4E00–9FFF (E4 B8 – E9 BF) */
        unsigned b = u[i];
        if (b < 0x80) {
            latin += b - 'a' < 26u;
            i++;
            continue;
        }
        if (b >= 0xD0 && b <= 0xDB && i + 1 < n && (u[i + 1] & 0xC0) == 0x80) {
            cyrillic += b <= 0xD3;
            arabic += b >= 0xD8;
            i += 2;
            continue;
        }
        if (b >= 0xE4 && b <= 0xE9 && i + 2 < n && (u[i + 1] & 0xC0) == 0x80 &&
            (u[i + 2] & 0xC0) == 0x80) {
            cjk += b > 0xE4 || u[i + 1] >= 0xB8;
            i += 3;
            continue;
        }
        uint32_t cp;
        size_t k = utf8_decode(u + i, n - i, &cp);
        if (!k) {
            i++;
            continue;
        }
        if (cp >= 0x4E00 && cp <= 0x9FFF)
            cjk++;
        else if (cp >= 0x0600 && cp <= 0x06FF)
            arabic++;
        else if (cp >= 0x0400 && cp <= 0x04FF)
            cyrillic++;
        else if (cp >= 'a' && cp <= 'z')
            latin++;
        i += k;
    }
    /* Chinese characters carry about three Latin letters' worth of text each. */
    if (cjk * 3 >= latin && cjk >= arabic && cjk >= cyrillic && cjk > 0)
        return lang_get("zh");
    if (arabic >= latin && arabic >= cyrillic && arabic > 0)
        return lang_get("ar");
    if (cyrillic >= latin && cyrillic > 0)
        return lang_get("ru");
    const struct lang *best = lang_get("en");
    long best_hits = -1;
    static const char *const latins[] = {"en", "fr", "es"};
    for (size_t i = 0; i < 3; i++) {
        const struct lang *l = lang_get(latins[i]);
        long h = stopword_hits(l, s, n < 6144 ? n : 6144); /* a thousand words tell */
        if (h > best_hits)
            best = l, best_hits = h;
    }
    return best;
}
