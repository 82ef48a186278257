/* The open class (src/openclass.c): instrument and body names the gazetteer does not know,
 * in the six languages, and their short forms. The sentences are written here (invented
 * names, so that no gazetteer entry can match them). */
#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "harness.h"
#include "openclass.h"

static struct gazetteer *gaz;

/* The convention and body mentions of text: "id" each, "=id" for a short form, joined by
 * " | " in text order. */
static const char *names(const char *text, const char *lang)
{
    static char out[4096];
    struct doc d;
    size_t n = 0;
    doc_extract(&d, "t", text, strlen(text), lang, gaz);
    out[0] = 0;
    for (size_t i = 0; i < d.mentions.n; i++) {
        const struct mention *m = &d.mentions.v[i];
        if ((m->kind != MK_CONVENTION && m->kind != MK_BODY) || !m->id ||
            strcmp(m->id, "general-assembly") == 0)
            continue;
        int w = snprintf(out + n, sizeof out - n, "%s%s%s", n ? " | " : "",
                         m->short_form ? "=" : "", m->id);
        if (w < 0 || (size_t)w >= sizeof out - n)
            break;
        n += (size_t)w;
    }
    doc_release(&d);
    return out;
}

/* The settings of data/lang/<code>.open.tsv (docs/openclass.md): en — capitals on the head
 * and every content word, names emitted on first reading; fr/es/ru — a capital on the first
 * word, not at a sentence's start only, fr/es names once when their complement shows a
 * capital, else when read twice; ar — names read twice. The sentences name each invented
 * name twice unless a test is about a single one. */
static void english(void)
{
    /* a capitalized name whose words are inside a known name of its kind named in the text:
     * a short form of it */
    CHECK_STR(names("Welcoming the work of the United Nations Verification Mission in Colombia, "
                    "and the report on the Verification Mission,", "en"),
              "unvmc | =unvmc");
    CHECK_STR(names("Recalling the Convention on the Protection of Migratory Songbirds of 3 May "
                    "2019, and stressing that the Convention remains open for signature, urges "
                    "States to ratify the Convention on the Protection of Migratory Songbirds,",
                    "en"),
              "unknown:convention on the protection of migratory songbirds | "
              "=unknown:convention on the protection of migratory songbirds | "
              "unknown:convention on the protection of migratory songbirds");
    /* read once: enough in English (param instruments on) */
    CHECK_STR(names("Recalling the Convention on the Protection of Migratory Songbirds,", "en"),
              "unknown:convention on the protection of migratory songbirds");
    /* guidelines, agendas, concluding documents, courts and commissions "for" (en.open.tsv) */
    CHECK_STR(names("Welcoming the Guidelines for the Safe Storage of Lunar Samples and the Court "
                    "of Appeals for the Eleventh Circuit, and the Commission for Truth and Repair,",
                    "en"),
              "unknown:guidelines for the safe storage of lunar samples | "
              "unknown:court of appeals for the eleventh circuit | "
              "unknown:commission for truth and repair");
    CHECK_STR(names("Recalling the guidelines for the meeting,", "en"), "");
    /* a body named before the head is part of the instrument's name */
    CHECK_STR(names("Welcoming the African Union Convention on Cross-Border Inland Fisheries and "
                    "the African Union Convention on Cross-Border Inland Fisheries,",
                    "en"),
              "unknown:african union convention on cross-border inland fisheries | "
              "unknown:african union convention on cross-border inland fisheries");
    /* the gazetteer wins */
    CHECK_STR(names("Recalling the Convention on the Rights of the Child and the Convention,", "en"),
              "crc-1989 | =crc-1989");
    /* "and" inside a name; a comma list inside a name; the name ends before a verb */
    CHECK_STR(names("the Treaty on the Production and Stockpiling of Tidal Turbines entered into "
                    "force; the Treaty on the Production and Stockpiling of Tidal Turbines binds",
                    "en"),
              "unknown:treaty on the production and stockpiling of tidal turbines | "
              "unknown:treaty on the production and stockpiling of tidal turbines");
    CHECK_STR(names("the Protocol on the Recruitment, Use, Financing and Training of Lighthouse "
                    "Keepers, adopted in 2020, and the Protocol on the Recruitment, Use, "
                    "Financing and Training of Lighthouse Keepers,",
                    "en"),
              "unknown:protocol on the recruitment, use, financing and training of lighthouse "
              "keepers | unknown:protocol on the recruitment, use, financing and training of "
              "lighthouse keepers");
    /* the name ends before the first lower-case content word */
    CHECK_STR(names("Welcomes the Working Group on Coastal Erosion Monitoring and its findings, "
                    "and invites the Working Group on Coastal Erosion Monitoring to report;",
                    "en"),
              "unknown:working group on coastal erosion monitoring | "
              "unknown:working group on coastal erosion monitoring");
    /* running text: no capitals, no name */
    CHECK_STR(names("Decides to report to the committee on the findings of the mission, and asks "
                    "the committee on the findings of the mission to act;",
                    "en"),
              "");
    /* common nouns and unresolvable short forms: nothing */
    CHECK_STR(names("Notes that a convention on the protection of songbirds is discussed, that "
                    "States reached agreement on the text, and that the Convention matters;",
                    "en"),
              "");
    CHECK_STR(names("Requests the Working Group on its activities to report;", "en"), "");
}

static void other_languages(void)
{
    CHECK_STR(names("Rappelant la Convention sur la protection des oiseaux migrateurs, adoptée le "
                    "3 mai 2019, notant que ladite Convention est ouverte, et invitant à ratifier "
                    "la Convention sur la protection des oiseaux migrateurs,",
                    "fr"),
              "unknown:convention sur la protection des oiseaux migrateurs | "
              "=unknown:convention sur la protection des oiseaux migrateurs | "
              "unknown:convention sur la protection des oiseaux migrateurs");
    /* a nationality adjective (postmod of value nation) names its head as a capital does:
     * alone, or before a lower-case complement read once (a lower-case head: a short form) */
    CHECK_STR(names("Respectant la Charte malgache, salue la Commission malgache indépendante "
                    "pour la protection des oiseaux et note que la charte malgache change;",
                    "fr"),
              "unknown:charte malgache | "
              "unknown:commission malgache independante pour la protection des oiseaux | "
              "=unknown:charte malgache");
    CHECK_STR(names("Respetando la Carta malgache y la Comisión malgache para la protección de "
                    "las aves;",
                    "es"),
              "unknown:carta malgache | "
              "unknown:comision malgache para la proteccion de las aves");
    /* no capital on the head; a capital at a sentence's start only: no name */
    CHECK_STR(names("Rappelant la convention sur la protection des oiseaux migrateurs et la "
                    "convention sur la protection des oiseaux migrateurs,",
                    "fr"),
              "");
    CHECK_STR(names("1. Convention sur la protection des oiseaux migrateurs est ouverte. "
                    "Convention sur la protection des oiseaux migrateurs est signée.",
                    "fr"),
              "");
    CHECK_STR(names("Recordando la Convención sobre la Protección de las Aves Migratorias, aprobada "
                    "el 3 de mayo de 2019, y observando que dicha Convención está abierta a la "
                    "Convención sobre la Protección de las Aves Migratorias,",
                    "es"),
              "unknown:convencion sobre la proteccion de las aves migratorias | "
              "=unknown:convencion sobre la proteccion de las aves migratorias | "
              "unknown:convencion sobre la proteccion de las aves migratorias");
    /* with capitals the name ends before a lower-case content word */
    CHECK_STR(names("la Convención sobre las Aves Migratorias como documento y la Convención "
                    "sobre las Aves Migratorias como guía",
                    "es"),
              "unknown:convencion sobre las aves migratorias | "
              "unknown:convencion sobre las aves migratorias");
    CHECK_STR(names("ссылаясь на Конвенцию о защите перелетных певчих птиц и отмечая, что "
                    "указанная Конвенция открыта для Конвенцию о защите перелетных певчих птиц,",
                    "ru"),
              "unknown:конвенции о защите перелетных певчих птиц | "
              "=unknown:конвенции о защите перелетных певчих птиц | "
              "unknown:конвенции о защите перелетных певчих птиц");
    CHECK_STR(names("إذ تشير إلى اتفاقية حماية الطيور المهاجرة، وإذ تلاحظ أن الاتفاقية مفتوحة للتوقيع، "
                    "وإذ تشير إلى اتفاقية حماية الطيور المهاجرة،",
                    "ar"),
              "unknown:اتفاقية حماية الطيور المهاجرة | =unknown:اتفاقية حماية الطيور المهاجرة | "
              "unknown:اتفاقية حماية الطيور المهاجرة");
    CHECK_STR(names("ترحب بعمل الفريق العامل المعني برصد تآكل السواحل؛ وتدعو الفريق العامل المعني "
                    "برصد تآكل السواحل؛",
                    "ar"),
              "unknown:الفريق العامل المعني برصد تاكل السواحل | "
              "unknown:الفريق العامل المعني برصد تاكل السواحل");
    /* read once: a body's name with a namelink word ("concerned with") is one, another not */
    CHECK_STR(names("ترحب بعمل الفريق العامل المعني برصد تآكل السواحل؛", "ar"),
              "unknown:الفريق العامل المعني برصد تاكل السواحل");
    CHECK_STR(names("ترحب بعمل الفريق العامل بشأن رصد تآكل السواحل؛", "ar"), "");
    /* ar: "regarding" ends a name; "national", "independent" after the head, before the
     * namelink; a mechanism, a unit in construct state read twice, not one whose only content
     * word is a named mention (the Organization's "آلية الأمم المتحدة"); "agreed" ends a name */
    static const char *const ar_heads[][2] = {
        {"توصيات لجنة رصد تآكل السواحل: متابعة؛ وما قدمته لجنة رصد تآكل السواحل فيما يتعلق "
         "بالحاجة إلى التنفيذ؛",
         "unknown:لجنة رصد تاكل السواحل | unknown:لجنة رصد تاكل السواحل"},
        {"ترحب بعمل اللجنة الوطنية المستقلة المعنية برصد تآكل السواحل؛",
         "unknown:اللجنة الوطنية المستقلة المعنية برصد تاكل السواحل"},
        {"ترحب بعمل آلية المتابعة، وتدعو إلى إيفاد آلية المتابعة، ",
         "unknown:الية المتابعة | unknown:الية المتابعة"},
        {"من خلال آلية الأمم المتحدة، وفي إطار آلية الأمم المتحدة، ", "united-nations | united-nations"},
        {"تدعم وحدة دعم التنفيذ المتفق عليها، وتشيد بعمل وحدة دعم التنفيذ المتفق عليه، ",
         "unknown:وحدة دعم التنفيذ | unknown:وحدة دعم التنفيذ"},
    };
    for (size_t i = 0; i < sizeof ar_heads / sizeof ar_heads[0]; i++)
        CHECK_STR(names(ar_heads[i][0], "ar"), ar_heads[i][1]);
    CHECK_STR(names("回顾关于保护候鸟的公约，并注意到该公约已开放供签署，", "zh"),
              "unknown:关于保护候鸟的公约 | =unknown:关于保护候鸟的公约");
    /* "所有关于…的公约": all conventions on a subject, no name */
    CHECK_STR(names("吁请各国加入所有关于保护候鸟的公约，", "zh"), "");
}

/* ru and ar (issue 17): one id for the case forms of a name and for a name cut short where
 * read again; heads with a genitive complement (ru "Кодекс поведения …"), "к" for protocols,
 * no name in "… протокол к ней" (footnote glued); ar heads of sets of principles, codes of
 * conduct, groups of governmental experts, "open-ended" after the head, and an indefinite
 * head with an adjective as a common noun. */
static void inflected_and_heads(void)
{
    /* two case forms are one name read twice */
    CHECK_STR(names("ссылаясь на доклад Независимого эксперта по вопросу о защите прибрежных "
                    "лесов и приветствуя работу, проделанную Независимым экспертом по вопросу о "
                    "защите прибрежных лесов,",
                    "ru"),
              "unknown:независимое эксперт по вопросу о защите прибрежных лесов | "
              "unknown:независимое эксперт по вопросу о защите прибрежных лесов");
    /* read once: with the title link "по" (namelink, param bodies capitals) a name, with
     * "о" none */
    CHECK_STR(names("ссылаясь на доклад Независимого эксперта по вопросу о защите прибрежных "
                    "лесов,",
                    "ru"),
              "unknown:независимое эксперт по вопросу о защите прибрежных лесов");
    CHECK_STR(names("ссылаясь на доклад Независимого эксперта о защите прибрежных лесов,", "ru"),
              "");
    CHECK_STR(names("ссылаясь на Конвенцию о защите перелетных певчих птиц и лесных пчел и "
                    "Конвенцией о защите перелетных певчих птиц,",
                    "ru"),
              "unknown:конвенции о защите перелетных певчих птиц и лесных пчел | "
              "unknown:конвенции о защите перелетных певчих птиц и лесных пчел");
    CHECK_STR(names("приветствуя доклад Группы правительственных экспертов по мерам защиты "
                    "прибрежных лесов и работу Группы правительственных экспертов по мерам "
                    "защиты прибрежных лесов,",
                    "ru"),
              "unknown:группа правительственных экспертов по мерам защиты прибрежных лесов | "
              "unknown:группа правительственных экспертов по мерам защиты прибрежных лесов");
    CHECK_STR(names("ссылаясь на Кодекс поведения наблюдателей прибрежных лесов,", "ru"),
              "unknown:кодекс поведения наблюдателеи прибрежных лесов");
    CHECK_STR(names("подтверждая Дополнительный протокол к Конвенции о правах инвалидов о защите "
                    "прибрежных лесов,",
                    "ru"),
              "unknown:дополнительныи протокол к конвенции о правах инвалидов о защите "
              "прибрежных лесов");
    CHECK_STR(names("подтверждая Конвенцию о правах инвалидов2 и Факультативный протокол к ней3, "
                    "Конвенцию,",
                    "ru"),
              "crpd-2006 | =crpd-2006");
    /* a part of the treaty named before, by its short form after "к" (the capital shows it):
     * the treaty's id; "договоренностям" (arrangements) and "договорным" no short forms */
    CHECK_STR(names("ссылаясь на Договор о нераспространении ядерного оружия, призывает к "
                    "договоренностям и договорным органам и государства, упомянутые в протоколе "
                    "III к Договору,",
                    "ru"),
              "npt-1968 | unknown:протоколе iii к npt-1968");
    /* a constitution and a court with a genitive that shows a capital; not one starting with
     * a named body or a function word, nor a lower-case one */
    CHECK_STR(names("в соответствии с Конституцией Атлантиды и решениями, переданными Суду Советом "
                    "Безопасности, включая Суд Атлантиды, Суда или его камер и Конституции "
                    "территории,",
                    "ru"),
              "unknown:конституции атлантиды | security-council | unknown:суд атлантиды");
    /* capitalized words alone that begin a known name of the text: that name
     * ("Манильской декларации" after "Манильской декларации о мирном разрешении …"; the
     * case forms too, as inflect.h reads them), no new one */
    CHECK_STR(names("подтверждая осуществление Манильской декларации о мирном разрешении "
                    "международных споров и осуществление Манильской декларации,",
                    "ru"),
              "manila-declaration-1982 | =manila-declaration-1982");
    /* an open-ended working group, which the UN writes in lower case, read once */
    CHECK_STR(names("приветствует работу, которую провела рабочая группа открытого состава по "
                    "защите прибрежных лесов,",
                    "ru"),
              "unknown:рабочая группа открытого состава по защите прибрежных лесов");
    /* a lower-case instrument head that a span of years ends (param period), even after a
     * nolink ("стратегия по"), not without the years; a known body's name in lower case
     * after capitalized adjectives ends a longer name (openclass_within), with its own
     * capital it is the known body */
    static const char *const evidence[][2] = {
        {"приветствует стратегию по защите прибрежных лесов на 2018–2028 годы,",
         "unknown:стратегии по защите прибрежных лесов на 20182028 годы"},
        {"приветствует стратегию по защите прибрежных лесов в регионе,", ""},
        {"отмечает сотрудничество с Национальной независимой комиссией по правам человека,",
         "unknown:национальная независимая комиссиея по правам человека"},
        {"отмечает сотрудничество с Комиссией по правам человека,", "commission-on-human-rights"},
    };
    for (size_t i = 0; i < sizeof evidence / sizeof *evidence; i++)
        CHECK_STR(names(evidence[i][0], "ru"), evidence[i][1]);
    /* a short form 3,000 bytes and more after its antecedent (param reach: Cyrillic takes
     * two bytes a letter); a link of other heads after it ("в": missions and offices) */
    {
        static char long_text[8192];
        strcpy(long_text, "ссылаясь на Договор о нераспространении ядерного оружия, ");
        while (strlen(long_text) < 4000)
            strcat(long_text, "отмечает усилия государств региона, ");
        strcat(long_text, "приветствует присоединение к Договору в этом году,");
        CHECK_STR(names(long_text, "ru"), "npt-1968 | =npt-1968");
    }
    CHECK_STR(names("وإذ تشير إلى مدونة قواعد السلوك المتعلقة بمراقبة تآكل السواحل، وإذ تشير إلى "
                    "مدونة قواعد السلوك المتعلقة بمراقبة تآكل السواحل،",
                    "ar"),
              "unknown:مدونة قواعد السلوك المتعلقة بمراقبة تاكل السواحل | "
              "unknown:مدونة قواعد السلوك المتعلقة بمراقبة تاكل السواحل");
    CHECK_STR(names("ترحب بعمل فريق الخبراء الحكوميين المعني برصد تآكل السواحل؛ وتدعو فريق "
                    "الخبراء الحكوميين المعني برصد تآكل السواحل؛",
                    "ar"),
              "unknown:فريق الخبراء الحكوميين المعني برصد تاكل السواحل | "
              "unknown:فريق الخبراء الحكوميين المعني برصد تاكل السواحل");
    CHECK_STR(names("ترحب بعمل الفريق العامل المفتوح باب العضوية المعني برصد تآكل السواحل؛ وتدعو "
                    "الفريق العامل المفتوح باب العضوية المعني برصد تآكل السواحل؛",
                    "ar"),
              "unknown:الفريق العامل المفتوح باب العضوية المعني برصد تاكل السواحل | "
              "unknown:الفريق العامل المفتوح باب العضوية المعني برصد تاكل السواحل");
    /* the dual head shared by two names, the conjunction fused to the second ("وفيينا") */
    CHECK_STR(names("بواسطة جهات تشمل مكتبي الأمم المتحدة في جنيف وفيينا، وكذلك مراكز الإعلام",
                    "ar"),
              "unog | unov");
    /* a head behind a fused prefix ("بمشروع"): the name starts behind it; a constitution
     * named as its kind of document; guidelines "governing" (a link) */
    static const char *const forms[][2] = {
        {"وإذ ترحب بمشروع المعاهدة المتعلقة بحماية الطيور المهاجرة،",
         "unknown:مشروع المعاهدة المتعلقة بحماية الطيور المهاجرة"},
        {"وإذ يرحب بأحكام الوثيقة الدستورية المتعلقة بحماية الطيور المهاجرة،",
         "unknown:الوثيقة الدستورية المتعلقة بحماية الطيور المهاجرة"},
        {"يشير إلى المبادئ التوجيهية المنظمة لرصد الطيور المهاجرة،",
         "unknown:المبادي التوجيهية المنظمة لرصد الطيور المهاجرة"},
        /* the protocols of the treaty named before, the link's preposition fused to the
         * short form ("الملحقة بالمعاهدة") */
        {"وإذ تشير إلى معاهدة عدم انتشار الأسلحة النووية، تهيب بالدول أن توقع البروتوكولات "
         "الملحقة بالمعاهدة،",
         "npt-1968 | unknown:البروتوكولات الملحقة npt-1968"},
        /* behind a prefix too, a nolink phrase is none ("a strategy on") */
        {"وإذ ترحب باستراتيجية بشأن حماية الطيور المهاجرة،", ""},
    };
    for (size_t i = 0; i < sizeof forms / sizeof *forms; i++)
        CHECK_STR(names(forms[i][0], "ar"), forms[i][1]);
    /* "اتفاقية شاملة": a comprehensive convention, no name */
    CHECK_STR(names("تدعو إلى اتفاقية شاملة بشأن الطيور المهاجرة، وإلى اتفاقية شاملة بشأن الطيور "
                    "المهاجرة،",
                    "ar"),
              "");
}

/* Known entities read from evidence around their words (issue 17): a capitalized common
 * noun (class capital), the instruments of the one named before (class thereto), two names
 * sharing a plural head (class plural), a committee by its panel's resolution, the
 * letterhead (lexicon class letterhead_after), a footnote glued to a name's year. */
static void evidence(void)
{
    /* capital: the Secretariat, written with a capital and alone */
    CHECK_STR(names("Requests the Secretariat to report on the matter;", "en"), "secretariat");
    CHECK_STR(names("The Secretariat shall report;", "en"), "secretariat");
    CHECK_STR(names("Prie le Secrétariat de continuer ses travaux;", "fr"), "secretariat");
    CHECK_STR(names("Solicita a la Secretaría que informe;", "es"), "secretariat");
    CHECK_STR(names("просит Секретариат представить доклад;", "ru"), "secretariat");
    /* … not in lower case, not after or before another capitalized word */
    CHECK_STR(names("Requests the secretariat of the forum to report;", "en"), "");
    CHECK_STR(names("Welcomes the Commonwealth Secretariat and its work;", "en"), "commonwealth");
    CHECK_STR(names("Invites the Secretariat of the Harbour Forum to report;", "en"), "");
    CHECK_STR(names("просит Секретариат Форума представить доклад;", "ru"), "");
    CHECK_STR(names("Encourage le Secrétariat technique à redoubler d’efforts;", "fr"), "");
    /* … without capitals (zh): alone after a start word, not after a name or "其" */
    CHECK_STR(names("请秘书处提交报告，", "zh"), "secretariat");
    CHECK_STR(names("请论坛秘书处提交报告，", "zh"), "");
    CHECK_STR(names("并请其秘书处提交报告，", "zh"), "");
    /* a bare head (short_alone): alone after a start word, of a known committee named
     * before whose English name is a committee's; not in a name ("执行委员会"), not a body
     * whose Chinese name only ends so (the Gulf Cooperation Council) */
    CHECK_STR(names("回顾人权事务委员会的意见，请委员会提交报告，", "zh"),
              "human-rights-committee | =human-rights-committee");
    CHECK_STR(names("回顾人权事务委员会的意见，请执行委员会提交报告，", "zh"),
              "human-rights-committee");
    CHECK_STR(names("欢迎海湾合作委员会的努力，请委员会提交报告，", "zh"), "gcc");
    /* thereto: the protocols of the instrument named just before */
    CHECK_STR(names("Recalling the Convention on the Rights of the Child and the Optional "
                    "Protocols thereto,",
                    "en"),
              "crc-1989 | =crc-opac-2000 | =crc-opic-2011 | =crc-opsc-2000");
    CHECK_STR(names("the Geneva Conventions of 12 August 1949 and the Additional Protocols "
                    "thereto of 8 June 1977,",
                    "en"),
              "geneva-conventions-1949 | =geneva-additional-protocols-1977");
    CHECK_STR(names("回顾《儿童权利公约》及其任择议定书，", "zh"),
              "crc-1989 | =crc-opac-2000 | =crc-opic-2011 | =crc-opsc-2000");
    /* … not across a clause, nor after something else */
    CHECK_STR(names("Recalling the Convention on the Rights of the Child; the Optional Protocols "
                    "thereto",
                    "en"),
              "crc-1989");
    CHECK_STR(names("Recalling the report and the Optional Protocols thereto,", "en"), "");
    /* plural: two names sharing a plural head, both in the gazetteer */
    CHECK_STR(names("at the United Nations Offices at Geneva and Vienna,", "en"), "unog | unov");
    CHECK_STR(names("les Offices des Nations Unies à Genève et à Vienne,", "fr"), "unog | unov");
    CHECK_STR(names("the Special Advisers to the Secretary-General on the Prevention of Genocide "
                    "and on the Responsibility to Protect,",
                    "en"),
              "special-adviser-genocide | special-adviser-r2p");
    /* … not when the second is no gazetteer name */
    CHECK_STR(names("at the United Nations Offices at Geneva and Harbourtown,", "en"),
              "united-nations");
    /* a committee by the resolution that set up the panel named before it */
    CHECK_STR(names("Decides to extend the mandate of the Panel of Experts established pursuant "
                    "to resolution 2140 (2014) and requests it to report to the Committee;",
                    "en"),
              "panel-of-experts-2140 | =sanctions-committee-2140");
    CHECK_STR(names("Prorroga el mandato del Grupo de Expertos establecido en virtud de la "
                    "resolución 2140 (2014) y toma nota del informe del Grupo de Expertos;",
                    "es"),
              "panel-of-experts-2140 | =panel-of-experts-2140");
    /* ... also beyond the reach of the panel's name, after a short form of it in reach */
    {
        char buf[4096] = "Decides to extend the mandate of the Panel of Experts established "
                         "pursuant to resolution 2140 (2014);";
        for (int i = 0; i < 90; i++)
            strcat(buf, i == 50 ? " urges all States to assist the Panel;"
                                : " calls upon all States to cooperate fully;");
        strcat(buf, " requests the Panel to report to the Committee;");
        CHECK_STR(names(buf, "en"),
                  "panel-of-experts-2140 | =panel-of-experts-2140 | =sanctions-committee-2140");
    }
    /* es: the bare "Grupo" set up by a resolution (es.tsv nouns) */
    CHECK_STR(names("Decide prorrogar el mandato de los miembros del Grupo establecido en virtud "
                    "de la resolución 2140 (2014) y le pide que informe al Comité;",
                    "es"),
              "panel-of-experts-2140 | =sanctions-committee-2140");
    /* the letterhead's organ is no mention */
    CHECK_STR(names("United Nations A/HRC/RES/56/14\nGeneral Assembly Distr.: General\n"
                    "The Security Council,",
                    "en"),
              "security-council");
    /* a footnote marker glued to the year that ends a name */
    CHECK_STR(names("Rappelant le Document final du Sommet mondial de 20053,", "fr"),
              "world-summit-outcome-2005");
    CHECK_STR(names("Rappelant le Document final du Sommet mondial de 2005a,", "fr"), "");
}

/* Boundaries and evidence of issue 17 in fr, es and en: param … capitals (a name read once
 * whose complement shows a capital), the heads of principles sets, codes of conduct,
 * guidelines, concluding documents and courts, a capitalized function word after a content
 * word, a postmod adjective after a capitalized word, a passive's agent; en: capitalized
 * words before a head. */
static void capitals_evidence(void)
{
    /* fr/es: read once, a capital in the complement; lower case only: twice needed */
    CHECK_STR(names("Rappelant le Plan d’action de Villebrume,", "fr"),
              "unknown:plan d'action de villebrume");
    CHECK_STR(names("Recordando el Plan de Acción de Villaluz,", "es"),
              "unknown:plan de accion de villaluz");
    /* … or an article (nounstart) before two content words; not a committee's */
    CHECK_STR(names("Rappelant le Plan d’action sur les oiseaux migrateurs,", "fr"),
              "unknown:plan d'action sur les oiseaux migrateurs");
    CHECK_STR(names("Rappelant le Plan d’action pour oiseaux migrateurs,", "fr"), "");
    CHECK_STR(names("Informe le Comité sur la période considérée,", "fr"), "");
    /* an attest word (value: instruments) after a weak head's one-word name: it is one;
     * not after a body's */
    CHECK_STR(names("Rappelant la Déclaration de Villebrume adoptée en 2090,", "fr"),
              "unknown:declaration de villebrume");
    CHECK_STR(names("Rappelant la Déclaration de Villebrume,", "fr"), "");
    /* param capitals: a named entity written with a capital in the complement shows one */
    CHECK_STR(names("Rappelant le Protocole se rapportant au Traité de Pelindaba,", "fr"),
              "unknown:protocole se rapportant au traite de pelindaba");
    /* fr: bodies and instruments the UN writes in lower case (lowerhead), a formal title
     * link (namelink), read once; a nolink phrase ("fonds d") inside a longer head starts a
     * name; a protocol (a part number) to a short form after a one-word link ("au"): the
     * protocol of the treaty named before */
    static const char *const fr[][2] = {
        {"Engage les États à verser des contributions au fonds d’affectation spéciale à "
         "l’appui des gardiens de phare,",
         "unknown:fonds d'affectation speciale a l'appui des gardiens de phare"},
        {"Prend note des travaux du Groupe d’experts gouvernementaux chargé d’étudier les "
         "phares côtiers,",
         "unknown:groupe d'experts gouvernementaux charge d'etudier les phares cotiers"},
        {"Prend note des travaux du groupe de travail sur les phares côtiers,", ""},
        /* a mechanism "de" one content word, read twice */
        {"Salue le Mécanisme de vigie et le déploiement du Mécanisme de vigie,",
         "unknown:mecanisme de vigie | unknown:mecanisme de vigie"},
        {"Rappelle les directives régissant la protection des phares côtiers,",
         "unknown:directives regissant la protection des phares cotiers"},
        {"Rappelant le Traité de Pelindaba, les Protocoles au Traité et le Protocole III au "
         "Traité,",
         "pelindaba-treaty-1996 | protocols-to-the-african-nuclear-weapon-free-zone-treaty | "
         "protocol-iii-to-the-african-nuclear-weapon-free-zone-treaty"},
        /* a part the registry does not list: the part of the antecedent, unknown */
        {"Rappelant le Traité sur la non-prolifération des armes nucléaires et le Protocole II "
         "au Traité,",
         "npt-1968 | unknown:protocole ii au npt-1968"},
    };
    for (size_t i = 0; i < sizeof fr / sizeof *fr; i++)
        CHECK_STR(names(fr[i][0], "fr"), fr[i][1]);
    CHECK_STR(names("Recordando el Plan de Acción para fortalecer la aplicación del Tratado de Bangkok,", "es"),
              "unknown:plan de accion para fortalecer la aplicacion del tratado de bangkok");
    CHECK_STR(names("Recordando las directrices del Comité para la realización de su labor aprobadas,", "es"),
              "");
    /* a capitalized article right after a content word starts a new sentence; after a
     * function word it belongs to the name */
    CHECK_STR(names("Recordando la Convención sobre las Aves Migratorias La Asamblea General "
                    "decide",
                    "es"),
              "unknown:convencion sobre las aves migratorias");
    CHECK_STR(names("Recordando el Protocolo de La Gomera sobre las Aves Migratorias,", "es"),
              "unknown:protocolo de la gomera sobre las aves migratorias");
    /* a part number and a link ending in an article (artlink "del") before a short form:
     * a part of its antecedent (here the registry's rows of the parts: their English names
     * made of head, number and the antecedent's English name); a bare "de" before another
     * head is no such link */
    CHECK_STR(names("Recordando el Tratado de Pelindaba, el Protocolo III del Tratado y los "
                    "Protocolos del Tratado,",
                    "es"),
              "pelindaba-treaty-1996 | protocol-iii-to-the-african-nuclear-weapon-free-zone-treaty | "
              "protocols-to-the-african-nuclear-weapon-free-zone-treaty");
    CHECK_STR(names("Recordando la Declaración de Principios,", "es"), "");
    /* zh: a knownext word ("independent") between a name's words and a known body: one
     * longer name of its own, not the known body (the known body after a start word); a
     * book title of the bare head of the instrument named before, an item number and a
     * part's head: the registry's row of that part (a number it lists no row for: none),
     * the bare head alone its parts' */
    static const char *const zh[][2] = {
        {"继续与阿富汗政府、阿富汗独立人权委员会和民间社会合作，", "unknown:阿富汗独立人权委员会"},
        {"回顾人权委员会和独立人权委员会，", "commission-on-human-rights | commission-on-human-rights"},
        {"回顾《非洲无核武器区条约》，促请《条约第三号议定书》所考虑的国家，",
         "pelindaba-treaty-1996 | protocol-iii-to-the-african-nuclear-weapon-free-zone-treaty"},
        {"回顾《非洲无核武器区条约》，促请《条约第九号议定书》所考虑的国家，",
         "pelindaba-treaty-1996 | unknown:条约第九号议定书"},
        {"回顾《非洲无核武器区条约》，已签署与其有关的《议定书》的国家，",
         "pelindaba-treaty-1996 | protocols-to-the-african-nuclear-weapon-free-zone-treaty"},
    };
    for (size_t i = 0; i < sizeof zh / sizeof *zh; i++)
        CHECK_STR(names(zh[i][0], "zh"), zh[i][1]);
    /* lower-case heads (lowerhead): a draft, an open-ended working group; a lower-case
     * complement after an article counts as a capital (nounstart) */
    CHECK_STR(names("Acoge con beneplácito el proyecto de tratado para la protección de las aves "
                    "migratorias y el grupo de trabajo de composición abierta sobre la protección "
                    "de los faros,",
                    "es"),
              "unknown:proyecto de tratado para la proteccion de las aves migratorias | "
              "unknown:grupo de trabajo de composicion abierta sobre la proteccion de los faros");
    CHECK_STR(names("Acoge con beneplácito el grupo de trabajo sobre la protección de los faros,",
                    "es"),
              "");
    /* a trust fund "in support of", a board "of", a prosecutor's office of one word */
    CHECK_STR(names("Toma nota del fondo fiduciario en apoyo de las fuerzas de seguridad de "
                    "Villaluz administrado por la Oficina, de la Junta Mixta de Coordinación de "
                    "Faros y de la Fiscalía General de Villaluz,",
                    "es"),
              "unknown:fondo fiduciario en apoyo de las fuerzas de seguridad de villaluz | "
              "unknown:junta mixta de coordinacion de faros | "
              "unknown:fiscalia general de villaluz");
    CHECK_STR(names("Celebra el fallo del tribunal militar de la antigua provincia de Villaluz,",
                    "es"),
              "unknown:tribunal militar de la antigua provincia de villaluz");
    /* en: only before a name (titles capitalize "Against") */
    CHECK_STR(names("Recalling the Convention on the Protection of Migratory Songbirds The "
                    "General Assembly decides",
                    "en"),
              "unknown:convention on the protection of migratory songbirds");
    CHECK_STR(names("Recalling the Convention on the Elimination of Noise Against Songbirds,",
                    "en"),
              "unknown:convention on the elimination of noise against songbirds");
    /* an adjective after a capitalized word goes on ("Sommet mondial"), a lower-case noun
     * after it ends the name */
    CHECK_STR(names("Rappelant le Programme d’action du Sommet mondial pour les oiseaux "
                    "migrateurs,",
                    "fr"),
              "unknown:programme d'action du sommet mondial");
    /* a nolink phrase ("stratégie de", "déclaration de") starts a name only when the complement shows a
     * capital */
    CHECK_STR(names("Rappelant la Stratégie de Villebrume pour les Phares du Nord,", "fr"),
              "unknown:strategie de villebrume pour les phares du nord");
    CHECK_STR(names("Rappelant la Déclaration de principe sur les phares et la Déclaration de "
                    "principe sur les phares,",
                    "fr"),
              "");
    /* the agent of a passive ends a name */
    CHECK_STR(names("Acoge con beneplácito el Grupo de Trabajo de Expertos sobre Conectividad "
                    "Marina por la Comisión Económica y Social para Asia y el Pacífico,",
                    "es"),
              "unknown:grupo de trabajo de expertos sobre conectividad marina | escap");
    /* heads: principles sets, codes of conduct, guidelines, courts, governmental experts */
    CHECK_STR(names("Rappelant l’Ensemble de principes pour la protection des phares et "
                    "l’Ensemble de principes pour la protection des phares,",
                    "fr"),
              "unknown:ensemble de principes pour la protection des phares | "
              "unknown:ensemble de principes pour la protection des phares");
    CHECK_STR(names("Rappelant le Code de conduite pour les gardiens de phare et le Code de "
                    "conduite pour les gardiens de phare,",
                    "fr"),
              "unknown:code de conduite pour les gardiens de phare | "
              "unknown:code de conduite pour les gardiens de phare");
    CHECK_STR(names("Recordando el Código de Conducta para los Guardianes de Faros,", "es"),
              "unknown:codigo de conducta para los guardianes de faros");
    CHECK_STR(names("Rappelant les Lignes directrices aux fins de la protection des phares et "
                    "les Lignes directrices aux fins de la protection des phares,",
                    "fr"),
              "unknown:lignes directrices aux fins de la protection des phares | "
              "unknown:lignes directrices aux fins de la protection des phares");
    CHECK_STR(names("Recordando las Directrices relativas a la Protección de los Faros,", "es"),
              "unknown:directrices relativas a la proteccion de los faros");
    CHECK_STR(names("Prend note des travaux de la Cour de Villebrume,", "fr"),
              "unknown:cour de villebrume");
    CHECK_STR(names("Toma nota del Tribunal de Villaluz,", "es"), "unknown:tribunal de villaluz");
    CHECK_STR(names("Acoge con beneplácito el Grupo de Expertos Gubernamentales sobre Faros "
                    "Costeros,",
                    "es"),
              "unknown:grupo de expertos gubernamentales sobre faros costeros");
    /* en: capitalized words before the head name it, no complement needed */
    CHECK_STR(names("Welcoming the Villebrook Action Plan,", "en"), "unknown:villebrook action plan");
    CHECK_STR(names("Welcoming the work of the Harbour Support Unit,", "en"),
              "unknown:harbour support unit");
    CHECK_STR(names("Notes the work of the Harbourmaster General’s Office;", "en"),
              "unknown:harbourmaster general's office");
    /* … one word alone only if the text never writes it in lower case */
    CHECK_STR(names("Welcomes the Development Framework,", "en"), "unknown:development framework");
    CHECK_STR(names("Welcomes the development of the Development Framework,", "en"), "");
    /* … not a sentence's first word, not after "a" */
    CHECK_STR(names("Harbour Unit. Welcomes a Villebrook Action Plan,", "en"), "");
}

int main(void)
{
    gaz = gazetteer_builtin();
    CHECK(gaz != NULL);
    CHECK_INT(openclass_check(), 0); /* the six data/lang/CODE.open.tsv files load cleanly */
    english();
    other_languages();
    inflected_and_heads();
    evidence();
    capitals_evidence();
    gazetteer_free(gaz);
    return h_done("openclass");
}
