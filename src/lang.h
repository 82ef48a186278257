/* lang: what the recognizers know of each language, as data — keywords, list separators,
 * dates, organ names, generic body nouns, session and part markers — and language
 * detection. The words come from the lexicon files data/lang/<code>.tsv (docs/lexicon.md,
 * read by lexicon.c), written as the UN writes them and folded once (see normalize.h)
 * before use. A word ending in '*' matches as a prefix (Russian and Arabic inflections). */
#ifndef UNXREF_LANG_H
#define UNXREF_LANG_H

#include <stddef.h>

#include "symbol.h"

/* An organ name; ORGAN_SELF stands for "its"/"the Council": the document's own organ. */
#define ORGAN_SELF ((enum organ)99)
/* "its" in the masculine (ru его, ar قراره): a council — the document's organ when it is
 * one, else the council named last before. */
#define ORGAN_SELF_COUNCIL ((enum organ)98)
/* A body that is none of the four organs unxref numbers resolutions of (a functional or
 * regional commission, the African Commission on Human and Peoples' Rights, the
 * Commission on Human Rights, UN-Habitat's Assembly): named as the owner of a resolution
 * ("Commission on Crime Prevention and Criminal Justice resolution 32/1", "the
 * Commission, in its resolution"), it leaves the resolution without a GA, SC, ECOSOC or
 * HRC id. Bodies come from the gazetteer; the tables hold only "the Commission". */
#define ORGAN_OTHER ((enum organ)97)
struct organ_name {
    const char *text;
    enum organ organ;
};

/* A generic noun for a body that a resolution set up ("committee", "监测组"). */
struct body_noun {
    const char *text;
    const char *type;  /* gazetteer type it stands for */
    const char *label; /* English, for bodies the gazetteer does not know */
};

/* An ending of the words that inflect in a name (inflect.h): the ending of the citation form
 * (Russian nominative "ция") and, in the language's order of cases, its ending in each other
 * case ("ции", "ции", "цию", "цией", "ции"), NULL-terminated. */
#define INFLECT_ENDING_MAX 32 /* bytes of an ending, folded or not */
struct inflect_rule {
    const char *ending;
    const char *const *forms;
    unsigned char len[16]; /* the byte length of the ending, then of each form (folded) */
};

/* A session marker before a session number: "S-7/1", Arabic "دإ-10/2", "(د-15)". */
struct session_mark {
    const char *text;
    enum session_kind kind;
};

struct lang {
    const char *code;
    const char *script;              /* for detection: "latin", "cjk", "arabic", "cyrillic" */
    int keyword_after;               /* zh: "第…号决议", the keyword follows the list */
    int rtl;                         /* written right to left (ar) */
    const char *const *keywords;     /* "resolution", "resolutions" */
    const char *const *fillers;      /* allowed between keyword and first number: "no." */
    const char *const *item_prefix;  /* zh "第" */
    const char *const *item_suffix;  /* zh "号" */
    const char *const *separators;   /* ",", "and", ", and" */
    const char *const *date_intro;   /* "of", "dated" */
    const char *const *months;
    const unsigned char *month_numbers; /* month (1-12) of each name in months; NULL when
                                           months lists the twelve in order */
    const char *const *date_tail;    /* after a year: ru "года" */
    const char *const *day_suffix;   /* glued to a day: fr "1er" */
    const struct organ_name *organs_before; /* "general assembly" + keyword */
    const char *const *self_bridge;  /* organ + "in" + "its resolution": the organ named */
    const char *const *organ_after_intro;   /* keyword + list + "of the" + organ; also
                                               keyword + "del" + organ + list (es, ru, ar) */
    const char *const *self_keywords;      /* keywords that mean "its resolution" (ar قراره) */
    const char *const *self_keywords_fem;  /* … with a feminine "its": the Assembly (قرارها) */
    const char *const *word_prefixes;      /* letters fused to a word (ar و ب ل ف) */
    const char *const *elision_after;      /* a fused prefix ending so drops … (ar ل) */
    const char *const *elided;             /* … the first letter of the next word: "للجنة"
                                              = ل + اللجنة (ar ا) */
    const char *const *established;        /* en noun + "established pursuant to" + kw;
                                              zh list + "所设" + noun */
    const char *const *established_organ;  /* ... only after the noun and its organ
                                              (docs/lexicon.md) */
    const struct body_noun *nouns;
    const char *const *draft_words;  /* "draft" / zh "草案" after the name */
    const char *const *other_documents; /* "decision": no bare reference right after it */
    const char *const *other_bodies; /* bodies whose numbers are not the four organs':
                                        ar keyword + "اللجنة الإحصائية" + list */
    const char *const *other_body_intro; /* … after the list: ar "الصادر عن" + body */
    const char *const *topic_intros; /* zh "关于": an organ named after it in the same phrase
                                        is the topic, not the author ("关于设立人权理事会的") */
    const char *const *topic_stops;  /* … the phrase ends at these going back: "的", "，" */
    const char *const *owner_follows; /* zh: after a body's name, what makes it the owner of
                                         the resolution the sentence goes on to cite:
                                         "委员会题为“…”的…第32/1号决议", "…委员会…通过的" */
    const struct session_mark *sessions; /* besides "S-" and "ES-" */
    const char *const *part_letters; /* names of lettered parts, in order A, B, C, … */
    const char *const *pinpoints;    /* after a reference: "sect.", "para.", "annex" */
    const char *const *para_words;   /* "paragraph 8 of resolution …": "paragraph" */
    const char *const *para_links;   /* … and "of" ("" for a genitive: "пункт 8 резолюции") */
    const char *const *short_forms;  /* "the said resolution", "该决议": one antecedent */
    const char *const *short_forms_plural; /* "its previous resolutions": unresolved */
    const char *const *name_before;  /* a name word before a Council number: fr "comité" */
    const char *const *name_after;   /* … after it: en "sanctions list", zh "制裁名单" */
    const char *const *name_after_short; /* … after a number that cannot be a year: en
                                            "committee" ("the 751 Committee", not "in 1988
                                            Committee members") */
    const char *const *title_intros; /* "entitled" before a title in quotes after a
                                        reference: fr "intitulée", ru "озаглавленн*" */
    const char *const *year_after;   /* after a number that can be a year, makes it one and
                                        no Council number of a name: ru "года" ("доклад
                                        Комитета 2023 года") */
    const char *const *stopwords;    /* for detection */
    /* The head of a name in its cases (inflect.h): endings of its nouns and of the adjectives
     * before them, the words that join two heads ("и"), the words that are never part of a
     * head (prepositions: "о", "для"). Every rule of a language has as many forms. */
    const struct inflect_rule *inflect_nouns, *inflect_adjs;
    const char *const *inflect_and, *const *inflect_stop;
    const char *const *name_optional; /* a word a name also reads without (zh "of", "in the") */
    const char *const *adoption_line; /* the adoption line that ends a resolution's text
                                         in the Council's yearly compilation, as written
                                         (not folded): its first word, exact case, and
                                         words that follow it in that line or the next
                                         (ASCII case-insensitive): "Adopted unanimously
                                         at the 631st meeting."; NULL when not known */
    /* Word classes that refs.c and doc.c read in a text of any language, as the union of
     * every language's (lang_any()); see docs/lexicon.md */
    const char *const *articles;     /* "the", "la": before a name */
    const char *const *prepositions; /* "of", "de": a name after one is no subject */
    const char *const *conjunctions; /* "and", "et", zh "以及": join parts, list members */
    const char *const *range_words;  /* "to", "a": "paras. 61 to 76" */
    const char *const *part_ranges;  /* "to" of lettered parts: "A to D", "A a D", zh "A至C" */
    const char *const *after_parts;  /* may follow the last lettered part: "of", "adopted" */
    const char *const *title_words;  /* beside the number on a resolution's title line */
    /* … and classes of one language, read in its own texts */
    const char *const *date_units;   /* zh "年", "月", "日": year, month, day of a date */
    const char *const *para_suffix;  /* zh "段": "第8段" after the keyword */
    const char *const *list_topic_intro; /* zh "关于": a topic between the members of a list */
    const char *const *list_topic_end;   /* … ends at "的" */
    const char *const *other_resolutions; /* zh "以往各项": "和以往各项决议" ends a list */
    const char *const *addressed_intro;   /* zh "向" + organ + "提交": a report to the organ */
    const char *const *addressed_verb;
    const char *const *name_starts;  /* zh "关于": an instrument's name starts at it */
    const char *const *name_stops;   /* zh "和", "通过", "，": … starts after it */
    const char *const *draft_heads;  /* zh "公约草案": ends the name of a draft instrument */
    const char *const *draft_nouns;  /* "convention": "draft [words] convention" is one */
    const char *const *draft_preps;  /* … and its subject after "on", "relating to" */
    const char *const *draft_stops;  /* … ends before "and", "which" */
    /* … and in a 《book title》 of any text (lang_any()) */
    const char *const *generic_titles; /* a whole title that names no instrument: zh "公约" */
    const char *const *report_titles;  /* … a word that makes a title a report's: zh "报告" */
    /* … and around the name of a body of type organization ("United Nations"): the name is
     * a modifier or part of another name, not the organization, next to these */
    const char *const *part_after;  /* "system", ", treaty series": right after the name */
    const char *const *part_before; /* fr "système des": right before it */
    const char *const *part_link;   /* "of the", fr "de l'": between another body and it */
    /* "distr.": a body named right before it is the letterhead's ("General Assembly
     * Distr.: General"), no mention */
    const char *const *letterhead_after;
    /* the zh enumeration comma: a name right after one ends it carries the list's first name's start
     * ("United Nations Office at Geneva, Office at Vienna": names.c list_prefix_names) */
    const char *const *list_prefix_marks;
    /* fr "eu" (a past participle): a word of the language that is no gazetteer alias where
     * it is the whole match (the English "EU" folded) */
    const char *const *not_alias;
    /* Typography, as the folded text has it (not folded: docs/lexicon.md, "Marks"); each
     * language's own and those of data/lang/common.tsv */
    const char *const *sentence_ends;    /* "。", ";", ". ": for the organ search (any text:
                                            SENTENCE_ENDS) */
    const char *const *commas;           /* ",", ar "،": before a date after a reference */
    const char *const *list_topic_stops; /* zh "。", "、", "(": a list topic ends unfound */
    /* … and pairs of marks, flat: open, close, open, close, …, NULL */
    const char *const *quotes;      /* “ ”, « », „ “, " ": a title after a reference */
    const char *const *title_marks; /* zh 《 》: an instrument's title */
    /* Computed with the folding: where a keyword (behind a fused prefix), a short form, an
     * organ name (or a sentence end), a fused prefix can start. */
    const struct scan_filter *kw_filter, *short_filter, *organ_filter, *prefix_filter;
    /* … and all the starts refs visits, in one table (bits: enum lang_hit) */
    const struct scan_table *table;
};

/* What a candidate of lang.table may start: a keyword, a short form, a digit, a
 * document symbol ("s/", "a/", "e/"), an item prefix ("第", languages with the keyword
 * last only). */
enum lang_hit {
    HIT_KEYWORD = 1,
    HIT_SHORT = 2,
    HIT_DIGIT = 4,
    HIT_DOCSYM = 8,
    HIT_ITEM_PREFIX = 16,
};

/* What ends a sentence for the organ search, in a text of any language: every language's
 * sentence_ends ("。", ";", ". "). */
#define SENTENCE_ENDS (lang_any()->sentence_ends)

/* The table of a language code ("en"), or NULL. */
const struct lang *lang_get(const char *code);
/* The word classes of all the languages united (each list: every language's words, in the
 * languages' order, each once); the other fields are empty. */
const struct lang *lang_any(void);
/* Detects the language of folded text from its script and stop words; never NULL. */
const struct lang *lang_detect(const char *s, size_t n);
/* The codes of the languages (one per lexicon file, in their order), NULL-terminated. */
const char *const *lang_code_list(void);
#define lang_codes (lang_code_list())

#endif
