/* numbering: the UN's numbering facts in one table — the session calendars of the General
 * Assembly (regular, special and emergency special sessions), the Human Rights Council and
 * ECOSOC, the Security Council's first resolution number of each year, and the numbers of
 * the roman-numeral era — read from data/numbering.tsv (compiled in; see
 * data/NUMBERING.md). Past the table's last rows nothing stops: sessions and numbers go on
 * at the rates the table gives, and callers pass the latest year a text vouches for (its
 * own year, the date written after a reference) as the horizon. */
#ifndef UNXREF_NUMBERING_H
#define UNXREF_NUMBERING_H

#include <stddef.h>

#include "symbol.h"

/* Loads a table from text[0..n) (the format of data/numbering.tsv) in place of the built-in
 * one (--numbering FILE). On error returns 0 and keeps the table in use, with *line (1-based;
 * 0 when about no one line) and *why saying what is wrong. Not thread-safe: call before any
 * look-up runs in parallel. */
int numbering_load(const char *text, size_t n, long *line, const char **why);

/* The year the table's facts run to (its last Security Council row). */
int numbering_last_year(void);

/* Whether year lies within the table's margin past its last year (the Assembly's slack
 * of sessions: five years), so that a document's own symbol can move the horizon there
 * (A/HRC/RES/62/1: 2026) but not an absurd one (A/RES/150/1003). */
int numbering_within_margin(long year);

/* Year in which session `session` of kind k of organ opened (ECOSOC: its roman-era
 * sessions); past the table, regular sessions at the table's rate, special sessions the
 * year after the table (the earliest they can have opened; any later date fits them);
 * 0 when unknown. */
int session_year(enum organ organ, enum session_kind k, long session);

/* Whether a resolution of that session can be dated in year and month (1-12; 0 when the
 * month is not known): a regular session runs from its opening to the next one's, a special
 * session in its years of meetings (ES-10: 1997 and every year since). */
int session_fits_date(enum organ organ, enum session_kind k, long session, long year,
                      int month);

/* Sessions of kind k the organ had opened by the end of year `horizon` (extrapolated past
 * the table), plus, with `slack`, the table's margin for a number to read as a session at
 * all. */
long sessions_by(enum organ organ, enum session_kind k, long horizon, int slack);

/* The first session (ECOSOC: year) numbered "session/number". */
long first_slash_session(enum organ organ, enum session_kind k);

/* Whether a "YEAR/N" resolution of organ o (ECOSOC, the Commission on Human Rights, its
 * Sub-Commission) can be of that year: from its first such year (the `slash` row) to the
 * last year it adopted resolutions (the `ended` row; none: no end). */
int year_series_fits(enum organ o, long year);

/* Whether Security Council resolution num can have been adopted in year (the Council
 * numbers its resolutions consecutively; a few numbers of slack either side; past the
 * table, at most the table's rate a year). */
int sc_number_fits_year(long num, long year);
/* The year of Security Council resolution num from the table (exact to a few numbers at
 * the turn of a year); past the last row's first number, the year reached at the recent
 * rate, no later than the year `horizon` (or the table's last year); 0 for a number the
 * Council cannot have reached by then (the table's rate a year). */
int sc_year_of_number(long num, long horizon);
/* Whether num lies in a year the table closes (its year is known, not estimated). */
int sc_number_known(long num);

/* Whether resolution "num (SESSION)" of the General Assembly or ECOSOC (the roman-session
 * numbering, until 1975 and 1977) can have that number in that regular session. */
int roman_number_fits(enum organ organ, long num, long session);

#endif
