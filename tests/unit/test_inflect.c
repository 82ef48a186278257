/* Unit tests: the inflector (inflect.h) — a name's head in every case, the complement kept,
 * adjectives agreeing with their noun, heads joined by "and", the case a name reads best in,
 * hyphen variants; on a made-up language with rules written here, then on the Russian rules
 * of data/lang/ru.tsv with names made up here; and the gazetteer matching the forms of its
 * aliases, an alias written in the file winning over a form. */
#include <stdlib.h>

#include "gazetteer.h"
#include "harness.h"
#include "inflect.h"
#include "normalize.h"

/* The forms, one a line, each after a newline. */
struct forms {
    char text[8192];
};

static void collect(void *ctx, const char *s, size_t n)
{
    struct forms *f = ctx;
    size_t used = strlen(f->text);
    snprintf(f->text + used, sizeof f->text - used, "\n%.*s", (int)n, s);
}

/* inflect_forms of name folded; *count gets its return value. */
static const char *forms_of(const struct lang *L, const char *name, size_t *count)
{
    static struct forms f;
    struct ntext t;
    struct norm_error err;
    f.text[0] = 0;
    if (normalize_text(name, strlen(name), 0, &t, &err) != NORM_OK)
        return "(not normalized)";
    *count = inflect_forms(L, t.s, t.len, collect, &f);
    ntext_release(&t);
    return f.text;
}

/* form (folded here) is one of the forms of name */
static int has(const struct lang *L, const char *name, const char *form)
{
    size_t count;
    const char *all = forms_of(L, name, &count);
    char want[512];
    struct ntext t;
    struct norm_error err;
    if (normalize_text(form, strlen(form), 0, &t, &err) != NORM_OK)
        return 0;
    snprintf(want, sizeof want, "\n%s\n", t.s);
    ntext_release(&t);
    char both[8200];
    snprintf(both, sizeof both, "%s\n", all);
    return strstr(both, want) != NULL;
}

/* A made-up language, already folded: nouns "-o" (cases: o, i, u), "-elo" (a longer ending
 * than "-o": elo, ela, ele), adjectives "-ra" (ra, ri, ru) and "-bro" (bro, broi, brou: a
 * word "abro" reads both ways), joined by "ta". */
static const char *const F_O[] = {"i", "u", NULL}, *const F_ELO[] = {"ela", "ele", NULL},
                         *const F_RA[] = {"ri", "ru", NULL}, *const F_BRO[] = {"broi", "brou", NULL};
static const struct inflect_rule TOY_NOUNS[] = {
    {"o", F_O, {1, 1, 1}}, {"elo", F_ELO, {3, 3, 3}}, {NULL, NULL, {0}}};
static const struct inflect_rule TOY_ADJS[] = {
    {"ra", F_RA, {2, 2, 2}}, {"bro", F_BRO, {3, 4, 4}}, {NULL, NULL, {0}}};
static const char *const TOY_AND[] = {"ta", NULL}, *const TOY_STOP[] = {"po", NULL};

static void made_up_language(void)
{
    struct lang toy = {.code = "xx", .inflect_nouns = TOY_NOUNS, .inflect_adjs = TOY_ADJS,
                       .inflect_and = TOY_AND, .inflect_stop = TOY_STOP};
    size_t n;
    /* the head is the adjective and the first noun; "pen dalo" after it stays */
    CHECK_STR(forms_of(&toy, "mara kado pen dalo", &n), "\nmari kadi pen dalo\nmaru kadu pen dalo");
    CHECK_INT(n, 2);
    /* the longest ending: "melo" is "m" + "elo", not "mel" + "o" */
    CHECK(has(&toy, "melo", "mela"));
    CHECK(has(&toy, "melo", "mele"));
    CHECK(!has(&toy, "melo", "meli"));
    /* a name already in the second case gives the first and the third */
    CHECK(has(&toy, "mari kadi pen", "mara kado pen"));
    CHECK(has(&toy, "mari kadi pen", "maru kadu pen"));
    /* two heads joined by "ta"; two adjectives joined by "ta" */
    CHECK(has(&toy, "kado ta lura pemo sen", "kadi ta luri pemi sen"));
    CHECK(has(&toy, "mara ta lura pemo", "mari ta luri pemi"));
    /* "ta" not followed by a head: the head ends before it */
    CHECK(has(&toy, "kado ta sen", "kadi ta sen"));
    /* "abro" reads as an adjective (its ending "bro" is longer than the noun's "o") */
    CHECK(has(&toy, "abro kado", "abroi kadi"));
    CHECK(!has(&toy, "abro kado", "abri kado"));
    /* … and as a noun when no noun follows it */
    CHECK(has(&toy, "abro sen", "abri sen"));
    /* no head: a name that starts with a word no rule reads, a number, a compound */
    CHECK_STR(forms_of(&toy, "sen kado", &n), "");
    CHECK_INT(n, 0);
    CHECK_STR(forms_of(&toy, "2030 kado", &n), "");
    CHECK_STR(forms_of(&toy, "o", &n), ""); /* nothing left of the word before the ending */
    /* a stop word is no noun, though it ends like one ("p" + "o") */
    CHECK_STR(forms_of(&toy, "mara po kado", &n), "");
    CHECK(has(&toy, "lura kado po dalo", "luri kadi po dalo"));
    /* hyphens between word characters: as a space, as nothing, and each of those inflected */
    CHECK(has(&toy, "mara-kado sen", "mara kado sen"));
    CHECK(has(&toy, "mara-kado sen", "marakado sen"));
    CHECK(has(&toy, "mara-kado sen", "mari kadi sen"));
    CHECK(!has(&toy, "mara-kado sen", "mari-kado sen")); /* the first part of a compound */
    CHECK_STR(forms_of(&toy, "sen - pen", &n), "");       /* a dash set off by spaces */
    /* no rules at all: the hyphen variants only */
    CHECK_STR(forms_of(NULL, "anti-lock treaty", &n), "\nanti lock treaty\nantilock treaty");
    CHECK_INT(n, 2);
    CHECK_STR(forms_of(NULL, "treaty", &n), "");
}

/* Names made up here, read with data/lang/ru.tsv. */
static void russian(void)
{
    const struct lang *ru = lang_get("ru");
    CHECK(ru && ru->inflect_nouns && ru->inflect_adjs);
    if (!ru)
        return;
    /* adjective + feminine noun; the genitive complement "морей" stays */
    const char *charter = "Всемирная хартия морей";
    CHECK(has(ru, charter, "всемирной хартии морей"));  /* genitive, dative, prepositional */
    CHECK(has(ru, charter, "всемирную хартию морей"));  /* accusative */
    CHECK(has(ru, charter, "всемирной хартией морей")); /* instrumental */
    CHECK(!has(ru, charter, "всемирной хартии морям"));
    /* masculine noun, the complement after a preposition stays */
    const char *pact = "Северный договор о лесах";
    CHECK(has(ru, pact, "северного договора о лесах"));
    CHECK(has(ru, pact, "северному договору о лесах"));
    CHECK(has(ru, pact, "северным договором о лесах"));
    CHECK(has(ru, pact, "северном договоре о лесах"));
    /* neuter -ние, no adjective */
    CHECK(has(ru, "Соглашение о рыболовстве", "соглашением о рыболовстве"));
    /* two heads joined by и, each in the case */
    CHECK(has(ru, "Лесная декларация и Программа посадок", "лесную декларацию и программу посадок"));
    /* two adjectives joined by и */
    CHECK(has(ru, "Научный и Технический совет", "научного и технического совета"));
    /* an alias in the genitive gives the nominative and the other cases */
    CHECK(has(ru, "Морской комиссии по рыболовству", "морская комиссия по рыболовству"));
    CHECK(has(ru, "Морской комиссии по рыболовству", "морскую комиссию по рыболовству"));
    /* -ый before a noun in -ь; a noun in -ка */
    CHECK(has(ru, "Главный наблюдатель", "главным наблюдателем"));
    CHECK(has(ru, "Горная стратегия", "горной стратегии"));
    CHECK(has(ru, "Повестка работ", "повестку работ"));
}

/* The gazetteer adds the forms of its aliases; an alias written in the file wins over the
 * form of another entry's alias, whichever comes first. */
static void gazetteer(void)
{
    static const char TSV[] =
        "forest-pact\tconvention\ttreaty\t2001\t-\tNorthern Forest Pact\tseed\t-\t-\t-\t-\t"
        "Северный договор о лесах\t-\n"
        /* its dative is the name of another entry, written after it */
        "forest-fund\tbody\tother\t2002\t-\tForest Fund\tseed\t-\t-\t-\t-\t"
        "Северному договору о лесах\t-\n"
        "anti-lock\tconvention\ttreaty\t2003\t-\tAnti-Lock Treaty\tseed\t-\t-\t-\t-\t-\t-\n";
    struct gazetteer *g = gazetteer_load(TSV, strlen(TSV), "forms.tsv");
    CHECK(g != NULL);
    if (!g)
        return;
    const struct gz_entry *e;
    const char *text = "о северным договором о лесах и";
    CHECK_INT(gazetteer_match(g, text, strlen(text), strlen("о "), &e),
              strlen("северным договором о лесах"));
    CHECK_STR(e ? e->id : NULL, "forest-pact");
    e = gazetteer_lookup(g, "северному договору о лесах", strlen("северному договору о лесах"));
    CHECK_STR(e ? e->id : NULL, "forest-fund");
    /* the fund's alias read as a dative gives the nominative: the pact's own alias, kept */
    e = gazetteer_lookup(g, "северныи договор о лесах", strlen("северныи договор о лесах"));
    CHECK_STR(e ? e->id : NULL, "forest-pact");
    /* an inner hyphen as a space or as nothing */
    e = gazetteer_lookup(g, "antilock treaty", strlen("antilock treaty"));
    CHECK_STR(e ? e->id : NULL, "anti-lock");
    e = gazetteer_lookup(g, "anti lock treaty", strlen("anti lock treaty"));
    CHECK_STR(e ? e->id : NULL, "anti-lock");
    gazetteer_free(g);
}

int main(void)
{
    made_up_language();
    russian();
    gazetteer();
    return h_done("inflect");
}
