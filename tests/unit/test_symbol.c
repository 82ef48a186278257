/* Unit tests: symbol (parsing written-out symbols, canonical ids, numbering). */
#include "harness.h"
#include "numbering.h"
#include "symbol.h"

static void check_parse(const char *in, const char *want, enum organ organ)
{
    char out[SYMBOL_MAX];
    struct resref r;
    size_t k = symbol_parse(in, strlen(in), out, &r);
    if (!want) {
        CHECK(k != strlen(in)); /* not one whole symbol */
        return;
    }
    CHECK_INT(k, strlen(in));
    {
        CHECK_STR(out, want);
        CHECK_INT(r.organ, organ);
    }
}

int main(void)
{
    check_parse("S/RES/1373 (2001)", "S/RES/1373 (2001)", ORGAN_SC);
    check_parse("s/res/1373(2001)", "S/RES/1373 (2001)", ORGAN_SC);
    check_parse("A/RES/60/288", "A/RES/60/288", ORGAN_GA);
    check_parse("A/RES/2625 (XXV)", "A/RES/2625 (XXV)", ORGAN_GA);
    check_parse("E/RES/1996/31", "E/RES/1996/31", ORGAN_ECOSOC);
    check_parse("A/HRC/RES/5/1", "A/HRC/RES/5/1", ORGAN_HRC);
    /* the Commission on Human Rights and its Sub-Commission: the years of their series */
    check_parse("E/CN.4/RES/2005/69", "E/CN.4/RES/2005/69", ORGAN_CHR);
    check_parse("e/cn.4/sub.2/res/1999/12", "E/CN.4/Sub.2/RES/1999/12", ORGAN_SUBCOM);
    check_parse("E/CN.4/RES/2010/3", "E/CN.4/RES/2010/3", ORGAN_NONE); /* no longer: a document */
    check_parse("E/CN.4/RES/1975/3", "E/CN.4/RES/1975/3", ORGAN_NONE); /* "N (XXXI)" then */
    /* the UN's symbol of a lettered part is the resolution's id */
    check_parse("A/RES/75/290B", "A/RES/75/290", ORGAN_GA);
    check_parse("A/RES/75/290BX", "A/RES/75/290BX", ORGAN_NONE); /* not a part letter */
    check_parse("S/2023/212", "S/2023/212", ORGAN_NONE);
    check_parse("S/PRST/2011/16", "S/PRST/2011/16", ORGAN_NONE);
    check_parse("resolution", NULL, ORGAN_NONE);
    check_parse("S/RES/1373 (20010)", NULL, ORGAN_NONE);

    struct resref r = {ORGAN_SC, 1373, 2001, 0, 0};
    char out[SYMBOL_MAX];
    CHECK_INT(resref_symbol(&r, out), 17);
    CHECK_STR(out, "S/RES/1373 (2001)");
    r = (struct resref){ORGAN_SC, 1373, 1900, 0, 0};
    CHECK_INT(resref_symbol(&r, out), 0);
    r = (struct resref){ORGAN_GA, 2625, 0, 25, 1};
    resref_symbol(&r, out);
    CHECK_STR(out, "A/RES/2625 (XXV)");

    CHECK_INT(symbol_organ("A/HRC/RES/5/1"), ORGAN_HRC);
    CHECK_INT(symbol_organ("S/2023/212"), ORGAN_SC);
    CHECK_INT(symbol_organ("E/CN.4/RES/2005/69"), ORGAN_CHR);
    CHECK_INT(symbol_organ("E/CN.4/1998/53/ADD.2"), ORGAN_CHR);
    CHECK_INT(symbol_organ("E/CN.4/SUB.2/1999/12"), ORGAN_SUBCOM);
    CHECK_INT(symbol_organ("E/RES/1996/31"), ORGAN_ECOSOC);
    CHECK_INT(symbol_year("E/CN.4/Sub.2/RES/1999/12"), 1999);
    CHECK_STR(organ_code(ORGAN_CHR), "CHR");
    CHECK_STR(organ_code(ORGAN_NONE), "");
    r = (struct resref){ORGAN_CHR, 113, 2005, 0, 0};
    CHECK(resref_decision_number(&r)); /* "decision 2005/113" */
    CHECK_INT(symbol_year("S/RES/1373 (2001)"), 2001);
    CHECK_INT(symbol_year("A/RES/78/1"), 2023);
    CHECK_INT(symbol_year("A/HRC/RES/54/1"), 2023);
    symbol_label("S/RES/1373 (2001)", out, sizeof out);
    CHECK_STR(out, "1373 (2001)");

    CHECK_INT(roman_value("XXV", 3), 25);
    CHECK_INT(roman_value("xliv", 4), 44);
    CHECK_INT(roman_value("IIII", 4), 0);
    roman_format(44, out);
    CHECK_STR(out, "XLIV");
    /* every value reads back what roman_format writes, in either case; nothing else reads */
    int round_trip = 0;
    for (int v = 1; v < 100; v++) {
        roman_format(v, out);
        round_trip += roman_value(out, strlen(out)) == v;
        for (char *q = out; *q; q++)
            *q = (char)(*q | 0x20);
        round_trip += roman_value(out, strlen(out)) == v;
    }
    CHECK_INT(round_trip, 2 * 99);
    static const char *const not_roman[] = {"", "vv", "xxxx", "ic", "il", "vx", "lxl", "ivi",
                                            "c", "xix ", "xm", "iiv"};
    for (size_t i = 0; i < sizeof not_roman / sizeof *not_roman; i++)
        CHECK_INT(roman_value(not_roman[i], strlen(not_roman[i])), 0);

    /* Security Council numbering: resolution 1373 was adopted in 2001 */
    CHECK(sc_number_fits_year(1373, 2001));
    CHECK(sc_number_fits_year(2504, 2020));
    CHECK(sc_number_fits_year(1, 1946));
    CHECK(!sc_number_fits_year(11, 2022));
    CHECK(!sc_number_fits_year(1373, 2011));
    CHECK(!sc_number_fits_year(2020, 2020));
    return h_done("symbol");
}
