/* symbol: UN document symbols — parsing them where they are written out, and writing
 * the canonical form of a resolution reference (the project's node ids).
 * Canonical forms: S/RES/1373 (2001), A/RES/60/288, A/RES/2625 (XXV), E/RES/1996/31,
 * A/HRC/RES/5/1, E/CN.4/RES/2005/69 (the Commission on Human Rights, 1946-2006),
 * E/CN.4/Sub.2/RES/1999/12 (its Sub-Commission). */
#ifndef UNXREF_SYMBOL_H
#define UNXREF_SYMBOL_H

#include <stddef.h>

/* ORGAN_CHR: the Commission on Human Rights; ORGAN_SUBCOM: its Sub-Commission (on the
 * Promotion and Protection of Human Rights, until 1999 on Prevention of Discrimination and
 * Protection of Minorities). Both numbered "YEAR/N" like ECOSOC (data/numbering.tsv). */
enum organ { ORGAN_NONE, ORGAN_SC, ORGAN_GA, ORGAN_ECOSOC, ORGAN_HRC, ORGAN_CHR, ORGAN_SUBCOM };
#define ORGAN_LAST ORGAN_SUBCOM

/* The organ's code as --organ and the outputs spell it ("SC", "CHR"), "" for ORGAN_NONE. */
const char *organ_code(enum organ o);
/* The organs numbering "YEAR/N": ECOSOC, the Commission on Human Rights, its Sub-Commission. */
int organ_year_numbered(enum organ o);

/* Regular, special ("S-7/1", "(S-VII)") or emergency special ("ES-10/21", "(ES-V)")
 * session. */
enum session_kind { SESS_REGULAR, SESS_SPECIAL, SESS_EMERGENCY };

/* A resolution reference as read from the text. */
struct resref {
    enum organ organ;
    long num;       /* resolution number within its series */
    int year;       /* SC: year of adoption; ECOSOC, CHR, SUBCOM: year part of "1996/31" */
    int session;    /* GA/HRC "60/288" form: the session; "2625 (XXV)": the roman session */
    int roman;      /* 1 for the "N (ROMAN)" form (GA until 1975, ECOSOC until 1978) */
    enum session_kind skind;
    char part;      /* symbol_parse: a lettered part glued on ("A/RES/75/290B": 'B'), else 0;
                       not part of the id */
};

#define SYMBOL_MAX 64

/* Writes the canonical symbol of r into out (at least SYMBOL_MAX bytes); returns its
 * length, or 0 when r is not a complete reference. */
size_t resref_symbol(const struct resref *r, char *out);

/* Reads a written-out UN document symbol at s[0..n) (case-insensitive, spaces allowed
 * before the year in parentheses). On success returns the bytes read, writes the
 * canonical symbol into out (SYMBOL_MAX bytes) and, when it is a resolution, fills *ref
 * (ref->organ is ORGAN_NONE for other documents). Returns 0 when s holds no symbol. */
size_t symbol_parse(const char *s, size_t n, char *out, struct resref *ref);

/* The organ that issued a document, from its symbol. */
enum organ symbol_organ(const char *symbol);

/* Year of a resolution from its canonical symbol (a session/number: the year its session
 * opened, from data/numbering.tsv), 0 when unknown. */
int symbol_year(const char *symbol);

struct buf;
/* The official page of a document: https://undocs.org/[LANG/]S/RES/1373(2001) (spaces
 * dropped) into b (emptied first); lang NULL lets undocs.org choose. */
void symbol_url(const char *symbol, const char *lang, struct buf *b);

/* Short label of a resolution symbol: "1373 (2001)", "60/288"; copies other symbols. */
void symbol_label(const char *symbol, char *out, size_t cap);

/* "S-" (special) or "ES-" (emergency special) at s, case-insensitive: its length and kind;
 * 0 and SESS_REGULAR when neither. */
size_t session_kind_prefix(const char *s, size_t n, enum session_kind *k);

/* Roman numerals (case-insensitive): value of s[0..n), 0 when not a numeral. */
int roman_value(const char *s, size_t n);
void roman_format(int v, char *out);

/* Whether r's number lies in its organ's numbering of decisions, not resolutions: the
 * General Assembly numbers a session's decisions from 401 ("decision 58/520"), the
 * Economic and Social Council a year's from 201 ("decision 2023/313"), the Human Rights
 * Council a session's from 101 ("decision 18/120"), the Commission on Human Rights and its
 * Sub-Commission a year's from 101 ("decision 2005/113"); their resolutions stay far below. */
int resref_decision_number(const struct resref *r);

/* Whether a number as written can be the year of a UN resolution: 1946 to 2100, a bound
 * on the form (four-digit Security Council numbers above it are no years), not on the
 * calendar, which is data/numbering.tsv (numbering.h). */
int year_plausible(long y);

#endif
