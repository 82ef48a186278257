/* Unit tests: normalize (folding, whitespace, PDF noise, offsets, bad input). */
#include "harness.h"
#include "normalize.h"

static struct ntext norm(const char *s, unsigned flags)
{
    struct ntext t;
    struct norm_error e;
    if (normalize_text(s, strlen(s), flags, &t, &e) != NORM_OK)
        memset(&t, 0, sizeof t);
    return t;
}

static void check_fold(const char *in, const char *want)
{
    struct ntext t = norm(in, 0);
    CHECK_STR(t.s, want);
    ntext_release(&t);
}

static enum norm_status status_of(const char *s, size_t n, long *line)
{
    struct ntext t;
    struct norm_error e;
    enum norm_status st = normalize_text(s, n, NORM_PAGES, &t, &e);
    *line = e.line;
    if (st == NORM_OK)
        ntext_release(&t);
    return st;
}

/* ASCII text folds to want, each byte mapped to the offset of its own character (of the
 * first of a doubled space). */
static void check_runs(const char *in, const char *want)
{
    struct ntext t = norm(in, 0);
    CHECK_STR(t.s, want);
    size_t bad = 0;
    for (size_t i = 0, o = 0; t.s && i < t.len; i++) {
        bad += t.map[i] != o;
        o += in[o] == ' ' && in[o + 1] == ' ' ? 2 : 1;
    }
    CHECK_INT(bad, 0);
    ntext_release(&t);
}

int main(void)
{
    /* the eight-byte and two-byte runs of the folding loop: same text and offsets as
     * character by character (spaces at the edges of eight-byte blocks, doubled ones) */
    check_runs("ABCDEFGHIJ klmnopqrst UVW xyz0123456789", "abcdefghij klmnopqrst uvw xyz0123456789");
    check_runs("abcdefg  hijklmn opq r s t", "abcdefg hijklmn opq r s t");
    check_fold("S/RES/1 РЕЗОЛЮЦИЯ Совета  Безопасности",
               "s/res/1 резолюция совета безопасности");
    check_fold("ΑΒΓ Straße déjà-vu القرار ١٣٧٣", "αβγ strasse deja-vu القرار 1373");
    check_fold("安全理事会 第1456（2003）号决议 安全理事会", "安全理事会第1456(2003)号决议安全理事会");
    /* full-width forms, spaces next to CJK dropped */
    check_fold("第 1373（2001）号决议", "第1373(2001)号决议");
    check_fold("第 1390\n\n（2002）号", "第1390 (2002)号");
    check_fold("反恐\n\n委员会", "反恐委员会");
    check_fold("２００１", "2001");
    /* case, accents, whitespace */
    check_fold("Résolution  1373\t(2001)", "resolution 1373 (2001)");
    check_fold("  a \n\n b  ", "a b");
    /* hyphenation at line ends */
    check_fold("resolu- \ntion 1373", "resolution 1373");
    check_fold("Counter-\nTerrorism Committee", "counter-terrorism committee");
    check_fold("1325 و 2250 والقرا- \nرات ذات", "1325 و 2250 والقرارات ذات"); /* no case */
    check_fold("昆明-\n蒙特利尔", "昆明-蒙特利尔");
    /* invisible characters, Arabic-Indic digits */
    check_fold("reso\xc2\xadlution", "resolution");
    check_fold("a\xe2\x80\x8b" "b", "ab");
    check_fold("\xd9\xa1\xd9\xa3\xd9\xa7\xd9\xa3", "1373");
    check_fold("\xef\xbb\xbfresolution", "resolution");

    /* the offset map points into the original bytes */
    struct ntext t = norm("ＡＢ c", 0);
    CHECK_STR(t.s, "ab c");
    CHECK_INT(t.map[0], 0);
    CHECK_INT(t.map[1], 3);
    CHECK_INT(t.map[2], 6);
    CHECK_INT(t.map[3], 7);
    CHECK_INT(t.map[t.len], 8);
    ntext_release(&t);

    /* page furniture: job numbers, page numbers, the symbol as running header */
    t = norm("United Nations\nS/RES/1456 (2003)\nfirst line\n2/4\n03-21478 (E)\n\n"
             "S/RES/1456 (2003)\nsecond line\n",
             NORM_PAGES);
    CHECK_STR(t.header_symbol, "S/RES/1456 (2003)");
    CHECK_STR(t.s, "united nations first line second line");
    ntext_release(&t);
    /* a symbol deep in the text that occurs once is text, not furniture */
    t = norm("a\nb\nc\nd\ne\nf\ng\nh\ni\nS/2023/212\nj\n", NORM_PAGES);
    CHECK_STR(t.header_symbol, "");
    CHECK(strstr(t.s, "s/2023/212") != NULL);
    ntext_release(&t);

    /* lines: LF, CRLF and CR */
    t = norm("a\r\nb\rc\nd", 0);
    CHECK_INT(t.nlines, 4);
    CHECK_INT(ntext_line(&t, 0), 1);
    CHECK_INT(ntext_line(&t, 3), 2);
    CHECK_INT(ntext_line(&t, 5), 3);
    CHECK_INT(ntext_line(&t, 7), 4);
    ntext_release(&t);

    /* bad input */
    long line;
    CHECK_INT(status_of("ok\nbad \xff here\n", 13, &line), NORM_BAD_UTF8);
    CHECK_INT(line, 2);
    CHECK_INT(status_of("over\xc0\xaflong", 10, &line), NORM_BAD_UTF8);
    CHECK_INT(status_of("\xed\xa0\x80", 3, &line), NORM_BAD_UTF8); /* lone surrogate */
    CHECK_INT(status_of("trunc\xe4\xb8", 7, &line), NORM_BAD_UTF8);
    CHECK_INT(status_of("a\0b", 3, &line), NORM_NUL);
    CHECK_INT(status_of("\xff\xfe" "a\0", 4, &line), NORM_UTF16);
    CHECK_INT(status_of("", 0, &line), NORM_OK);
    return h_done("normalize");
}
