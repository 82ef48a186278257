#!/usr/bin/python3
"""Accuracy evaluation of `unxref extract` against the UN hyperlink ground truth.

Usage (from anywhere; default paths are resolved relative to the repository root):

  /usr/bin/python3 scripts/eval.py [--unxref ./unxref] [--corpus ../shared/corpus]
        [--sets unxml-sc-res,unxml-ga78,...] [--langs zh,en,...] [--variants clean,noisy]
        [--markdown FILE] [--errors-dir DIR] [--cross-lang]
        [--min-sc-precision 0.99 --min-sc-recall 0.99] [--min-lang-detected 0.95]
  /usr/bin/python3 scripts/eval.py --selftest

Ground truth: `<corpus>/<set>/_links.tsv` (hyperlinks put in by UN editors). A document's gold set is
the set of DISTINCT resolution targets linked in it, normalised to unxref's canonical ids
(`S/RES/1373 (2001)`, `A/RES/60/288`, `A/RES/2625 (XXV)`, `E/RES/1996/31`, `A/HRC/RES/5/1`,
`E/CN.4/RES/2005/69` and `E/CN.4/Sub.2/RES/1999/12`: class CHR), minus the
document's own symbol. Non-resolution targets (PRST, letters, agenda, S/AC., A/ documents...) are only
tallied. Every `*.txt` file of the set in the chosen languages counts, including files without links.

Matching is done on a *match key*: for Security Council resolutions the number alone (the
Council numbers its resolutions in order, and texts and links sometimes mistype the year:
"2140 (2015)" for 2140 (2014)); otherwise the canonical id without GA/HRC/ECOSOC part letters
(`A/RES/61/250 B` -> `A/RES/61/250`), applied to both gold and found ids. Found ids that are not
exactly canonical are still matched (after normalisation) but counted in the "non-canonical ids" note,
so a formatting bug in unxref shows up without hiding the extraction quality.

Variants: `clean` = the corpus files; `noisy` = every file passed through
`<corpus>/../tools/pdfnoise.py --lang L --symbol SYM --seed crc32(file name)`, cached in
build/eval/noisy/<set>/ (regenerated when older than the source, this script or pdfnoise.py).

Exit status: 0 all given thresholds hold on every row; 1 some row fails (listed on stderr);
2 usage error, or unxref cannot be run / gives unreadable output.
"""
import argparse
import json
import multiprocessing
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zlib
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

REPO = Path(__file__).resolve().parent.parent
ALL_LANGS = ['zh', 'en', 'fr', 'es', 'ru', 'ar']     # the six (pdfnoise.py knows these)


def known_langs():
    """The six, then every language added as data (data/lang/<code>.tsv: German, `de`)."""
    extra = sorted(p.stem for p in (REPO / 'data' / 'lang').glob('*.tsv')   # a code: no
                   if p.stem not in ALL_LANGS and p.stem.isalpha() and len(p.stem) <= 3)  # common, x.open
    return ALL_LANGS + extra
RES_CLASSES = ('SC', 'GA', 'HRC', 'ECOSOC', 'CHR')


class UsageError(Exception):
    pass


class ToolError(Exception):
    pass


# ----------------------------------------------------------------------------------------------
# Symbol normalisation
# ----------------------------------------------------------------------------------------------

# SC resolution number -> year, used to complete year-less SC targets (`S/RES/1998`). Filled by
# load_sc_years(); a dict {number: year}.
SC_YEARS = {}
MAX_YEAR = time.localtime().tm_year + 1     # later 'years' in links are typos (S/RES/2140(2140))

_ROMAN = [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'), (50, 'L'), (40, 'XL'),
          (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]


def to_roman(n):
    out = ''
    for v, s in _ROMAN:
        while n >= v:
            out += s
            n -= v
    return out


def from_roman(s):
    vals = {'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
    total = 0
    for i, c in enumerate(s):
        v = vals[c]
        total += -v if i + 1 < len(s) and vals[s[i + 1]] > v else v
    return total if to_roman(total) == s else None


class Norm:
    """Result of normalising one symbol.

    cls   SC | GA | HRC | ECOSOC for resolutions; otherwise a non-resolution category
          (PRST, AGENDA, S-AC, S-DOC, A-DOC, HRC-DOC, E-DOC, DECISION, OTHER, EMPTY, MALFORMED-RES)
    canon canonical id (with part letters, e.g. `A/RES/61/250 B`)
    key   match key (canon without part letters); None for non-resolutions
    repaired  short description of what had to be fixed beyond the usual `(` spacing, or ''
    """
    __slots__ = ('raw', 'cls', 'canon', 'key', 'repaired')

    def __init__(self, raw, cls, canon, key=None, repaired=''):
        self.raw, self.cls, self.canon, self.key, self.repaired = raw, cls, canon, key, repaired

    @property
    def is_res(self):
        return self.cls in RES_CLASSES

    def __repr__(self):
        return f'Norm({self.raw!r} -> {self.cls} {self.canon!r} key={self.key!r} {self.repaired})'


_PARTS = r'(?:\s*([A-Z](?:\s*-\s*[A-Z])?))?'          # part letters: B, A-C
_SESSION_PAREN = r'\(\s*((?:E?S\s*-\s*)?[IVXLC]+|(?:\u062f\s*-\s*)?\d{1,2})\s*\)'


def _session(tok):
    """Roman session in brackets: `xxv` -> `XXV`, `s-iv` -> `S-IV`, Arabic `د-21` -> `XXI`."""
    tok = re.sub(r'\s+', '', tok)
    m = re.fullmatch(r'(?:\u062f-)?(\d{1,2})', tok)
    if m:
        return to_roman(int(m.group(1)))
    m = re.fullmatch(r'((?:E?S-)?)([IVXLC]+)', tok)
    if m and from_roman(m.group(2)):
        return m.group(1) + m.group(2)
    return None


def _parts(p):
    return re.sub(r'\s+', '', p) if p else ''


def normalize(raw):
    """Normalise a hyperlink target or an unxref id. Never raises."""
    s = (raw or '').strip()
    fixes = []
    # undocs.org "Home/Mobile?FinalSymbol=A%2FRES%2F70%2F1&Language=E..." style links
    if 'FinalSymbol=' in s:
        q = parse_qs(urlsplit(s).query or s.split('?', 1)[-1])
        if q.get('FinalSymbol'):
            s = q['FinalSymbol'][0]
            fixes.append('url-query')
    for _ in range(3):
        if '%' in s and re.search(r'%[0-9A-Fa-f]{2}', s):
            s = unquote(s)
            fixes.append('url-decode')
    t = s.replace('\u00a0', ' ').replace('\u3000', ' ').replace('（', '(').replace('）', ')')
    t = t.replace('\u2010', '-').replace('\u2011', '-').replace('\u2013', '-').replace('\u2212', '-')
    t = re.sub(r'\s+', ' ', t).strip().rstrip('.,;:')
    if t.startswith('/'):
        t = t.lstrip('/')
        fixes.append('leading-slash')
    if '//' in t:
        t = re.sub(r'/{2,}', '/', t)
        fixes.append('double-slash')
    t = re.sub(r'\s*/\s*', '/', t)
    u = t.upper()
    if u != t:
        fixes.append('case')

    # misplaced prefixes / typos seen in the UN links
    if u.startswith('HRC/A/RES/'):
        u = 'A/HRC/RES/' + u[len('HRC/A/RES/'):]
        fixes.append('hrc/A-prefix')
    if re.match(r'B/RES/\d+/\d+', u):
        u = 'A' + u[1:]
        fixes.append('B/RES-typo')
    m = re.match(r'A/RES/(?!E?S-)([A-Z]{1,6}(?:[./]).*)$', u)
    if m:                                   # `A/RES/A/59/2005`, `A/RES/S/INF/69`: another symbol behind
        u = m.group(1)
        fixes.append('A/RES-prefix')
        t = t[t.upper().index(u):] if u in t.upper() else u
    m = re.match(r'A/RES(\d+/\d+.*)$', u)
    if m:
        u = 'A/RES/' + m.group(1)
        fixes.append('missing-slash')
    if re.fullmatch(r'\d{2}/\d{1,3}\s*[A-Z]?', u):      # bare `46/152` link (zh GA texts)
        u = 'A/RES/' + u
        fixes.append('bare-number->GA')
    rep = ','.join(dict.fromkeys(fixes))

    def res(cls, canon, key, extra=''):
        r = ','.join(x for x in (rep, extra) if x)
        return Norm(raw, cls, canon, key, r)

    # ---- Security Council -------------------------------------------------------------------
    m = re.fullmatch(r'(S|A|E)/RES/(\d{1,4})\s*(?:\(\s*(\d{4})\s*\)?)', u)
    if m and 1946 <= int(m.group(3)) <= MAX_YEAR:
        num, year = int(m.group(2)), m.group(3)
        extra = '' if m.group(1) == 'S' else f'{m.group(1)}/RES-with-year->SC'
        c = f'S/RES/{num} ({year})'
        return res('SC', c, f'S/RES/{num}', extra)
    m = re.fullmatch(r'S/RES/(\d{1,4})\s*(\([^)]*\)?)?', u)
    if m:
        num = int(m.group(1))
        year = SC_YEARS.get(num) or _interpolate_sc_year(num)
        if year:
            c = f'S/RES/{num} ({year})'
            return res('SC', c, f'S/RES/{num}', 'year-inferred')
        return res('MALFORMED-RES', t, None, 'sc-year-unknown')
    # ---- Human Rights Council ---------------------------------------------------------------
    m = re.fullmatch(r'A/HRC/RES/((?:S-)?\d+)/(\d+)' + _PARTS, u)
    if m:
        key = f'A/HRC/RES/{m.group(1)}/{m.group(2)}'
        p = _parts(m.group(3))
        return res('HRC', key + (' ' + p if p else ''), key)
    # ---- Commission on Human Rights (1946-2006) and its Sub-Commission: E/CN.4/RES/YYYY/N ------
    m = re.fullmatch(r'E/CN\.4/(SUB\.2/)?RES/(\d{4})/(\d+)', u)
    if m:
        key = f'E/CN.4/{"Sub.2/" if m.group(1) else ""}RES/{m.group(2)}/{m.group(3)}'
        # the symbol's own lower case ("Sub.2") is no case repair
        return Norm(raw, 'CHR', key, key, '' if t == key else rep)
    # ---- General Assembly (A/RES/…) and ECOSOC (E/RES/…): numbered and session forms ------
    for organ, head, first in (('GA', 'A', r'(?:E?S-)?\d+'), ('ECOSOC', 'E', r'\d{4}')):
        m = re.fullmatch(head + r'/RES/(' + first + r')/(\d+)' + _PARTS, u)
        if m:
            sess, num, extra = m.group(1), m.group(2), ''
            if organ == 'GA' and sess.isdigit() and int(sess) > MAX_GA_SESSION >= int(num):
                # a pair reversed by right-to-left text: "A/RES/125/77" for 77/125
                sess, num, extra = num, sess, 'reversed'
            key = f'{head}/RES/{sess}/{num}'
            p = _parts(m.group(3))
            return res(organ, key + (' ' + p if p else ''), key, extra)
        m = re.fullmatch(head + r'/RES/(\d+)' + _PARTS + r'\s*' + _SESSION_PAREN + _PARTS, u)
        if m:
            sess = _session(m.group(3))
            if sess:
                key = f'{head}/RES/{m.group(1)} ({sess})'
                p = _parts(m.group(2) or m.group(4))
                canon = f'{head}/RES/{m.group(1)}' + (' ' + p if p else '') + f' ({sess})'
                return res(organ, canon, key)
    # ---- everything else -------------------------------------------------------------------
    if not u:
        cat = 'EMPTY'
    elif re.match(r'(S|A|E|A/HRC)/RES\b', u) or re.match(r'[A-Z]/RES/', u):
        cat = 'MALFORMED-RES'
    elif '/DEC/' in u:
        cat = 'DECISION'
    else:
        prefixes = (('S/PRST/', 'PRST'), ('S/AGENDA', 'AGENDA'), ('S/AC.', 'S-AC'),
                    ('S/', 'S-DOC'), ('A/HRC/', 'HRC-DOC'), ('A/', 'A-DOC'), ('E/', 'E-DOC'))
        cat = next((c for pre, c in prefixes if u.startswith(pre)), 'OTHER')
    return Norm(raw, cat, t, None, rep)


MAX_GA_SESSION = 85  # the General Assembly held its 79th session in 2024-2025


def _interpolate_sc_year(num):
    """SC resolutions are numbered in date order: if the nearest known numbers below and above
    have the same year, so has this one."""
    if not SC_YEARS:
        return None
    lo = max((n for n in SC_YEARS if n < num), default=None)
    hi = min((n for n in SC_YEARS if n > num), default=None)
    if lo is not None and hi is not None and SC_YEARS[lo] == SC_YEARS[hi]:
        return SC_YEARS[lo]
    return None


def load_sc_years(corpus):
    """Number -> year for SC resolutions, from every SC symbol with a year found in the corpus."""
    pat = re.compile(r'S/RES/(\d{1,4}) ?\((\d{4})\)')
    years = Counter()
    for f in list(corpus.glob('*/_links.tsv')) + list(corpus.glob('*/_manifest.tsv')) + \
            list(corpus.glob('*/nodes.tsv')):
        try:
            with open(f, encoding='utf-8') as fh:
                for line in fh:
                    for m in pat.finditer(unquote(line)):
                        years[(int(m.group(1)), m.group(2))] += 1
        except OSError:
            pass
    best = {}
    for (n, y), c in years.items():
        if n not in best or c > years[(n, best[n])]:
            best[n] = y
    SC_YEARS.clear()
    SC_YEARS.update(best)


# ----------------------------------------------------------------------------------------------
# Self-test
# ----------------------------------------------------------------------------------------------

SELFTEST = [
    # raw gold target / unxref id                     cls        canon                       key
    ('S/RES/2042(2012)', 'SC', 'S/RES/2042 (2012)', 'S/RES/2042'),
    ('S/RES/2042 (2012)', 'SC', 'S/RES/2042 (2012)', 'S/RES/2042'),
    ('/S/RES/2399(2018)', 'SC', 'S/RES/2399 (2018)', 'S/RES/2399'),
    ('S/res/2166(2014)', 'SC', 'S/RES/2166 (2014)', 'S/RES/2166'),
    ('S/Res/1325(2000)', 'SC', 'S/RES/1325 (2000)', 'S/RES/1325'),
    ('S/RES//2455(2019)', 'SC', 'S/RES/2455 (2019)', 'S/RES/2455'),
    ('S/RES/1325%282000%29', 'SC', 'S/RES/1325 (2000)', 'S/RES/1325'),
    ('S/RES/2282(2016', 'SC', 'S/RES/2282 (2016)', 'S/RES/2282'),
    ('S/RES/1998', 'SC', 'S/RES/1998 (2011)', 'S/RES/1998'),          # year from the map
    ('S/RES/2244(pp.4)', 'SC', 'S/RES/2244 (2015)', 'S/RES/2244'),
    ('S/RES/2241(2241)', 'SC', 'S/RES/2241 (2015)', 'S/RES/2241'),    # impossible year: use the map
    ('46/152', 'GA', 'A/RES/46/152', 'A/RES/46/152'),                       # bare link target
    ('75/290B', 'GA', 'A/RES/75/290 B', 'A/RES/75/290'),
    ('A/RES72/276', 'GA', 'A/RES/72/276', 'A/RES/72/276'),
    ('S/RES/', 'MALFORMED-RES', None, None),
    ('S/RES/9999', 'MALFORMED-RES', None, None),                            # year unknown
    ('A/RES/2286(2016)', 'SC', 'S/RES/2286 (2016)', 'S/RES/2286'),    # mislabelled SC link
    ('E/RES/1325(2000)', 'SC', 'S/RES/1325 (2000)', 'S/RES/1325'),
    ('S/RES/1373（2001）', 'SC', 'S/RES/1373 (2001)', 'S/RES/1373'),
    ('A/RES/78/123', 'GA', 'A/RES/78/123', 'A/RES/78/123'),
    ('A/RES/60/288', 'GA', 'A/RES/60/288', 'A/RES/60/288'),
    ('A/res/78/1', 'GA', 'A/RES/78/1', 'A/RES/78/1'),
    ('A/RES/2625(XXV)', 'GA', 'A/RES/2625 (XXV)', 'A/RES/2625 (XXV)'),
    ('A/RES/2625 (XXV)', 'GA', 'A/RES/2625 (XXV)', 'A/RES/2625 (XXV)'),
    ('A/res/3211(xxix)', 'GA', 'A/RES/3211 (XXIX)', 'A/RES/3211 (XXIX)'),
    ('A/RES/1874(s-iv)', 'GA', 'A/RES/1874 (S-IV)', 'A/RES/1874 (S-IV)'),
    ('A/RES/2200(\u062f-21)', 'GA', 'A/RES/2200 (XXI)', 'A/RES/2200 (XXI)'),
    ('A/RES/2200A(XXI)', 'GA', 'A/RES/2200 A (XXI)', 'A/RES/2200 (XXI)'),
    ('A/RES/S-10/2', 'GA', 'A/RES/S-10/2', 'A/RES/S-10/2'),
    ('A/RES/s-26/2', 'GA', 'A/RES/S-26/2', 'A/RES/S-26/2'),
    ('A/RES/ES-10/15', 'GA', 'A/RES/ES-10/15', 'A/RES/ES-10/15'),
    ('A/RES/75/290b', 'GA', 'A/RES/75/290 B', 'A/RES/75/290'),
    ('A/RES/54/237a-c', 'GA', 'A/RES/54/237 A-C', 'A/RES/54/237'),
    ('A/RES/78/80 A-B', 'GA', 'A/RES/78/80 A-B', 'A/RES/78/80'),
    ('B/RES/77/292', 'GA', 'A/RES/77/292', 'A/RES/77/292'),
    ('Home/Mobile?FinalSymbol=A%2FRES%2F70%2F1&Language=E&DeviceType=Desktop&LangRequested=False',
     'GA', 'A/RES/70/1', 'A/RES/70/1'),
    ('Home/Mobile?FinalSymbol=A%2FRES%2F2200(XXI)&Language=E', 'GA', 'A/RES/2200 (XXI)', 'A/RES/2200 (XXI)'),
    ('A/HRC/RES/5/1', 'HRC', 'A/HRC/RES/5/1', 'A/HRC/RES/5/1'),
    ('A/hrc/RES/52/28', 'HRC', 'A/HRC/RES/52/28', 'A/HRC/RES/52/28'),
    ('A/hrc/res/S-35/1', 'HRC', 'A/HRC/RES/S-35/1', 'A/HRC/RES/S-35/1'),
    ('hrc/A/RES/28/6', 'HRC', 'A/HRC/RES/28/6', 'A/HRC/RES/28/6'),
    ('E/RES/1996/31', 'ECOSOC', 'E/RES/1996/31', 'E/RES/1996/31'),
    ('E/Res/2023/1', 'ECOSOC', 'E/RES/2023/1', 'E/RES/2023/1'),
    ('E/RES/1566(l)', 'ECOSOC', 'E/RES/1566 (L)', 'E/RES/1566 (L)'),
    ('E/CN.4/RES/2005/69', 'CHR', 'E/CN.4/RES/2005/69', 'E/CN.4/RES/2005/69'),
    ('E/CN.4/Sub.2/RES/1999/12', 'CHR', 'E/CN.4/Sub.2/RES/1999/12', 'E/CN.4/Sub.2/RES/1999/12'),
    ('E/CN.4/1998/53/Add.2', 'E-DOC', None, None),
    ('S/PRST/2013/15', 'PRST', None, None),
    ('/S/PRST/2019/1', 'PRST', None, None),
    ('S/2023/123', 'S-DOC', None, None),
    ('S/AC.26/2000/1', 'S-AC', None, None),
    ('S/Agenda/8001', 'AGENDA', None, None),
    ('A/RES/A/59/2005', 'A-DOC', 'A/59/2005', None),
    ('A/RES/S/INF/69', 'S-DOC', 'S/INF/69', None),
    ('A/78/123', 'A-DOC', None, None),
    ('UNEP/EA.5/Res.14', 'OTHER', None, None),
    ('', 'EMPTY', None, None),
]


FORM_CASES_FILE = 'tests/eval/forms-cases.tsv'   # hand-made strings per form and language


def selftest_forms():
    """Failures of the cases of FORM_CASES_FILE and of placing split anchors and footnote links."""
    try:
        load_form_words()
        cases = [r for r in read_tsv(REPO / FORM_CASES_FILE) if not r['lang'].startswith('#')]
    except (UsageError, OSError) as e:
        return [f'  {e}']
    bad = []
    for r in cases:
        lang, text, anchor, key, shape = (r[c] for c in ('lang', 'text', 'anchor', 'key', 'shape'))
        ctx = [x.strip() for x in r['contexts'].split(';') if x.strip()]
        t = text.translate(_DIGITS)
        s = t.find(anchor.translate(_DIGITS))
        got = classify_form(t, s, s + len(anchor), key, lang) if s >= 0 else None
        if got != (shape, ctx):
            bad.append(f'  classify_form({lang}, {text!r}, {anchor!r}): got {got}, want {(shape, ctx)}')
    got = classify_form('see resolution 1111 (1997)', 15, 26, 'S/RES/1111', 'en', footnote=True)
    if got != ('N (YYYY)', ['footnote']):
        bad.append(f'  classify_form with footnote=True: got {got}')
    # an anchor in pieces is one link; a footnote link is looked for from the footnotes' line
    text = 'Recalling resolution 1111 (1997) and 60/1,1\n__________\n1 Resolution 60/1.\n'
    rows = [(normalize('S/RES/1111(1997)'), {'anchor': a, 'eId': 'c1', 'in_footnote': '0'})
            for a in ('1111', '(', '1997', ')')]
    rows += [(normalize('A/RES/60/1'), {'anchor': '60/1', 'eId': e, 'in_footnote': fn})
             for e, fn in (('c1', '0'), ('c2', '1'))]
    got = [(text[p['start']:p['end']], p['footnote'], p['start'] > text.index('_'))
           for p in place_links(rows, text)]
    want = [('1111 (1997)', False, False), ('60/1', False, False), ('60/1', True, True)]
    if got != want:
        bad.append(f'  place_links: got {got}, want {want}')
    if len(cases) < 40:
        bad.append(f'  {FORM_CASES_FILE}: {len(cases)} cases, fewer than the 40 written')
    return bad


def selftest():
    saved = dict(SC_YEARS)
    SC_YEARS.clear()
    SC_YEARS.update({1997: '2011', 1998: '2011', 1999: '2011', 2241: '2015', 2250: '2015'})
    bad = []
    try:
        for raw, cls, canon, key in SELFTEST:
            n = normalize(raw)
            ok = n.cls == cls and (canon is None or n.canon == canon) and n.key == key
            if not ok:
                bad.append(f'  {raw!r}: got cls={n.cls} canon={n.canon!r} key={n.key!r}; '
                           f'want cls={cls} canon={canon!r} key={key!r}')
        # canonical ids must be fixed points
        for raw, cls, canon, key in SELFTEST:
            if canon and cls in RES_CLASSES:
                n = normalize(canon)
                if n.canon != canon or n.key != key or n.repaired:
                    bad.append(f'  canonical {canon!r} not a fixed point: {n}')
        # the number of a resolution in any digit form (cross-language classes)
        for key, text, want in (('S/RES/2532', 'القرار ٢٥٣٢ (٢٠٢٠)', True),
                                ('S/RES/2532', '第２５３２号决议', True),
                                ('S/RES/2532', 'resolution 25 32 and', True),
                                ('S/RES/1989', 'the 1267/1989/2253 Committee', True),
                                ('S/RES/2532', 'resolution 25320', False),
                                ('A/RES/46/182', 'قرار الجمعية العامة 182/46', True),
                                ('A/RES/76/3', 'resolution A/76/3,', True),
                                ('A/RES/21/38', 'order No. 21/038', False),
                                ('A/RES/2625 (XXV)', 'resolution 2625 (XXV)', True)):
            if (number_in_text(key, text.translate(_DIGITS)) is not None) != want:
                bad.append(f'  number_in_text({key!r}, {text!r}) should be {want}')
        # an id whose year is given must never be touched by the year map
        n = normalize('S/RES/1998 (2010)')
        if n.canon != 'S/RES/1998 (2010)':
            bad.append(f'  explicit year overridden: {n}')
        bad += selftest_forms()
    finally:
        SC_YEARS.clear()
        SC_YEARS.update(saved)
    if bad:
        print('SELFTEST FAILED: target normalisation or form classes are broken:', file=sys.stderr)
        print('\n'.join(bad), file=sys.stderr)
        return 1
    print(f'selftest ok ({len(SELFTEST)} normalisation cases, form cases of {FORM_CASES_FILE})')
    return 0


# ----------------------------------------------------------------------------------------------
# Corpus
# ----------------------------------------------------------------------------------------------

def read_tsv(path):
    with open(path, encoding='utf-8', newline='') as fh:
        lines = fh.read().split('\n')
    head = lines[0].rstrip('\r').split('\t')
    rows = []
    for ln in lines[1:]:
        ln = ln.rstrip('\r')
        if not ln:
            continue
        cells = ln.split('\t')
        cells += [''] * (len(head) - len(cells))
        rows.append(dict(zip(head, cells)))
    return rows


def file_lang(name):
    m = re.search(r'\.([a-z]{2})\.txt$', name)
    return m.group(1) if m else None


class GoldSet:
    """Ground truth of one corpus folder."""

    def __init__(self, folder, langs):
        self.folder = folder
        self.name = folder.name
        self.langs = langs
        links = folder / '_links.tsv'
        if not links.is_file():
            raise UsageError(f'{folder} has no _links.tsv (no ground truth)')
        manifest = {}
        if (folder / '_manifest.tsv').is_file():
            for r in read_tsv(folder / '_manifest.tsv'):
                manifest[r['file']] = r
        # documents: every *.txt of the chosen languages
        self.docs = {}               # file -> dict(lang, symbol)
        for p in sorted(folder.glob('*.txt')):
            m = manifest.get(p.name, {})
            lang = m.get('lang') or file_lang(p.name)
            if lang in langs:
                self.docs[p.name] = {'lang': lang, 'symbol': m.get('symbol', '')}
        self.gold = {f: {} for f in self.docs}   # file -> key -> {'norm', 'anchors', 'footnote'}
        self.tally = Counter()                  # category -> distinct (file, target) pairs
        self.res_tally = Counter()              # SC/GA/... distinct (file, key) pairs
        self.repairs = Counter()                # repair description -> distinct (file, target)
        self.self_links = 0
        self.malformed = Counter()              # raw target -> count
        self.links_without_file = set()
        self.link_rows = {}                     # file -> [(norm, row)] of resolution links (forms)
        seen = set()
        for r in read_tsv(links):
            f = r['file']
            if f not in self.docs:
                if not (folder / f).exists():
                    self.links_without_file.add(f)
                continue
            if not self.docs[f]['symbol']:
                self.docs[f]['symbol'] = r.get('symbol', '')
            n = normalize(r.get('target', ''))
            first = (f, r.get('target', '')) not in seen
            seen.add((f, r.get('target', '')))
            if not n.is_res:
                if first:
                    self.tally[n.cls] += 1
                    if n.cls == 'MALFORMED-RES':
                        self.malformed[r.get('target', '')] += 1
                continue
            if first and n.repaired:
                for x in n.repaired.split(','):
                    self.repairs[x] += 1
            own = normalize(self.docs[f]['symbol'])
            if own.key == n.key:
                if first:
                    self.self_links += 1
                continue
            g = self.gold[f].setdefault(n.key, {'norm': n, 'anchors': [], 'footnote': False})
            self.link_rows.setdefault(f, []).append((n, r))   # every hyperlink, in text order
            a = r.get('anchor', '').strip()
            if a and a not in g['anchors']:
                g['anchors'].append(a)
            g['footnote'] = g['footnote'] or r.get('in_footnote') == '1'
        for f in self.gold:
            for k, g in self.gold[f].items():
                self.res_tally[g['norm'].cls] += 1


# ----------------------------------------------------------------------------------------------
# Noisy variant
# ----------------------------------------------------------------------------------------------

def _noise_one(job):
    src, dst, lang, symbol, seed, pdfnoise = job
    env = dict(os.environ, PYTHONIOENCODING='utf-8', PYTHONUTF8='1')
    with open(src, 'rb') as fh:
        data = fh.read()
    p = subprocess.run([sys.executable, str(pdfnoise), '--lang', lang, '--symbol', symbol, '--seed', str(seed)],
                       input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    if p.returncode != 0:
        return f'{src}: pdfnoise exit {p.returncode}: {p.stderr.decode("utf-8", "replace").strip()[:300]}'
    tmp = dst.with_name(dst.name + f'.tmp{os.getpid()}')
    with open(tmp, 'wb') as fh:
        fh.write(p.stdout)
    os.replace(tmp, dst)
    return None


def noise_seed(name):
    return zlib.crc32(name.encode('utf-8')) & 0x7fffffff


def make_noisy(gs, cache_root, pdfnoise, jobs):
    out = cache_root / gs.name
    out.mkdir(parents=True, exist_ok=True)
    newest_dep = max(Path(__file__).stat().st_mtime, pdfnoise.stat().st_mtime)
    todo = []
    for f, d in gs.docs.items():
        src, dst = gs.folder / f, out / f
        lang = d['lang'] if d['lang'] in ALL_LANGS else 'en'   # de: noised as Latin-script en
        if dst.exists() and dst.stat().st_mtime > max(newest_dep, src.stat().st_mtime):
            continue
        todo.append((str(src), dst, lang, d['symbol'], noise_seed(f), pdfnoise))
    if todo:
        t0 = time.time()
        print(f'[eval] {gs.name}: generating {len(todo)} noisy files in {out} ({jobs} processes)...',
              file=sys.stderr, flush=True)
        with multiprocessing.Pool(jobs) as pool:
            errs = [e for e in pool.imap_unordered(_noise_one, todo, chunksize=8) if e]
        if errs:
            raise ToolError('pdfnoise failed:\n' + '\n'.join(errs[:10]))
        print(f'[eval] {gs.name}: noisy files done in {time.time() - t0:.1f}s', file=sys.stderr, flush=True)
    return out


# ----------------------------------------------------------------------------------------------
# Running unxref
# ----------------------------------------------------------------------------------------------

def run_unxref(unxref, src_dir, files, timeout, extra_args):
    """Run unxref once on src_dir (if it holds exactly `files`), else on a temp dir of hard links /
    copies of those files. Returns (json, seconds, returncode, stderr)."""
    present = {p.name for p in src_dir.rglob('*.txt')}
    tmpdir = Path(tempfile.mkdtemp(prefix='unxref-eval-'))
    try:
        if present == set(files) and len(present) == len(list(src_dir.rglob('*.txt'))):
            target = src_dir
        else:
            target = tmpdir / 'in'
            target.mkdir()
            for f in files:
                try:
                    os.link(src_dir / f, target / f)
                except OSError:
                    shutil.copy2(src_dir / f, target / f)
        out = tmpdir / 'out.json'
        cmd = [str(unxref), 'extract', '--lang', 'auto', *extra_args, str(target), '-o', str(out)]
        t0 = time.time()
        try:
            p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
        except (OSError, subprocess.SubprocessError) as e:
            raise ToolError(f'cannot run {" ".join(cmd)}: {e}')
        secs = time.time() - t0
        err = p.stderr.decode('utf-8', 'replace')
        try:
            with open(out, encoding='utf-8') as fh:
                data = json.load(fh)
        except (OSError, ValueError) as e:
            raise ToolError(f'{" ".join(cmd)} exited {p.returncode} and gave no readable JSON ({e});'
                            f' stderr: {err.strip()[:1000]}')
        if not isinstance(data, dict) or not isinstance(data.get('documents'), list):
            raise ToolError(f'{" ".join(cmd)}: JSON has no "documents" list')
        return data, secs, p.returncode, err
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


# ----------------------------------------------------------------------------------------------
# Adjudication: gold links that are the editors' errors
# ----------------------------------------------------------------------------------------------
# The raw figures score every editors' link. The adjudicated figures score the same links minus
# those the text shows to be wrong, or with the id the text actually cites. Classes decided from
# the (clean) text and the link itself are rules here; the rest are listed, one verified case a
# line, in tests/eval/adjudicated.tsv. Every decision is written to <errors-dir>/*.adjudicated.tsv.

ADJ_FILE = 'tests/eval/adjudicated.tsv'
GA_FIRST_SLASH_SESSION = 31   # the Assembly numbered N (ROMAN) until its 30th session (1975)
MAX_GA_SESSION = 85           # as in src/refs.c: a larger first part is no session
_DIGITS = str.maketrans('٠١٢٣٤٥٦٧٨٩０１２３４５６７８９', '01234567890123456789')
_HYPHENS = '-‐‑‒–—'
# a special-session mark right before a session/number: S-, ES-, Arabic دإ- / دإط-
_SPECIAL_MARK = re.compile(r'(?:(ES|S)|(\u062f\u0625\u0637|\u062f\u0625))\s*[' + _HYPHENS + r']\s*$')


def _fold_text(t):
    return t.translate(_DIGITS)


def _slash_parts(key):
    """'A/RES/54/26' -> ('A/RES/', '', 54, 26); None for other forms."""
    m = re.fullmatch(r'(A/RES/|A/HRC/RES/|E/RES/)(S-|ES-)?(\d+)/(\d+)', key)
    return (m.group(1), m.group(2) or '', int(m.group(3)), int(m.group(4))) if m else None


def _occurrences(text, a, b, rtl=False):
    """Where 'a/b' is written (not inside a longer number before it; digits may follow: a
    footnote marker glued to the number); with rtl also 'b/a' when b cannot be a session
    (Arabic texts reverse the pair: '98/73' for 73/98)."""
    occ = [m.start() for m in re.finditer(r'(?<![\d/])%d\s*/\s*%d' % (a, b), text)]
    if rtl and b > MAX_GA_SESSION:
        occ += [m.start() for m in re.finditer(r'(?<![\d/])%d\s*/\s*%d' % (b, a), text)]
    return occ


def _anchor_number(anchors):
    """The one session/number the anchor texts spell out (zh anchors come in pieces)."""
    nums = {m for a in anchors for m in re.findall(r'(?<![\d/])(\d{1,4}/\d{1,4})(?![\d/])', _fold_text(a))}
    joined = re.findall(r'(?<![\d/])(\d{1,4}/\d{1,4})(?![\d/])',
                        _fold_text(''.join(a.replace(' ', '') for a in anchors)))
    nums |= set(joined)
    return nums.pop() if len(nums) == 1 else None


def auto_verdict(key, g, text, doc_symbol, lang):
    """(rule, corrected key or None) for a gold link the text shows to be wrong, else None."""
    n = g['norm']
    if n.cls == 'SC':
        m = re.search(r'\((\d{4})\)', n.canon)
        true_year = SC_YEARS.get(int(re.search(r'(\d+)', n.canon).group(1)))
        if m and true_year and abs(int(m.group(1)) - int(true_year)) > 2:
            return ('sc-number-year-impossible', None)
        return None
    sp = _slash_parts(key)
    if not sp:
        return None
    head, mark, a, b = sp
    occ = _occurrences(text, a, b, lang == 'ar')
    if not mark and occ:
        marks = set()
        for i in occ:
            mm = _SPECIAL_MARK.search(text[max(0, i - 8):i])
            marks.add(('ES-' if mm.group(1) == 'ES' or mm.group(2) == '\u062f\u0625\u0637' else 'S-')
                      if mm else '')
        if '' not in marks and len(marks) == 1:
            return ('special-session-mark', f'{head}{marks.pop()}{a}/{b}')
    if not occ:
        # the linked number is nowhere in the text: the anchor's number, if it is there
        an = _anchor_number(g['anchors'])
        if an:
            x, y = (int(v) for v in an.split('/'))
            if (x, y) != (a, b) and _occurrences(text, x, y, lang == 'ar'):
                return ('linked-number-not-in-text', f'{head}{mark}{x}/{y}')
        return ('linked-number-not-in-text', None)
    if head == 'E/RES/' and b > 200:
        return ('ecosoc-decision-number', None)
    if head == 'A/RES/' and not mark and b > 400:
        return ('ga-decision-number', None)
    if head == 'A/HRC/RES/' and not mark and b > 100:
        return ('hrc-decision-number', None)
    if head == 'A/RES/' and not mark and a < GA_FIRST_SLASH_SESSION:
        if doc_symbol.startswith('A/HRC/'):
            return ('no-such-ga-session', f'A/HRC/RES/{a}/{b}')
        return ('no-such-ga-session', None)
    return None


def load_adjudicated(path):
    """(set, file, gold key) -> (verdict, corrected key or None, reason)."""
    out = {}
    if not path or not Path(path).is_file():
        return out
    for i, r in enumerate(read_tsv(path), 2):
        if r.get('set', '').startswith('#') or not r.get('set'):
            continue
        v = r.get('verdict', '')
        n = normalize(r.get('gold', ''))
        if not n.is_res or not (v in ('drop', 'missing') or v.startswith('cites ')):
            raise UsageError(f'{path}:{i}: bad row (gold must be a resolution id, verdict "drop", '
                             f'"cites ID" or "missing")')
        fix = None
        if v.startswith('cites '):
            c = normalize(v[len('cites '):])
            if not c.is_res:
                raise UsageError(f'{path}:{i}: "{v}" cites no resolution id')
            fix = c.key
        if v == 'missing':
            fix = n.key   # the text cites it; the editors did not link it
        out[(r['set'], r['file'], n.key)] = (v, fix, r.get('reason', ''))
    return out


class Adjudication:
    """The adjudicated gold of one set: file -> key -> (rule, corrected key or None)."""

    def __init__(self, gs, listed):
        self.decisions = {}
        self.added = {}   # file -> ids the text cites that the editors did not link ("missing")
        self.tally = Counter()
        # rows of this set, for the languages being scored (file names end in .<lang>.txt)
        self.unused = [k for k in listed if k[0] == gs.name and
                       k[1].rsplit('.', 2)[-2] in gs.langs]
        for (s, f, k), row in listed.items():
            if s == gs.name and row[0] == 'missing' and f in gs.gold and k not in gs.gold[f]:
                self.unused.remove((s, f, k))
                self.added.setdefault(f, set()).add(k)
                self.tally['cited-not-linked'] += 1
        for f, gold in gs.gold.items():
            text = None
            for k, g in gold.items():
                row = listed.get((gs.name, f, k))
                if row and row[0] != 'missing':
                    self.unused.remove((gs.name, f, k))
                    d = ('listed: ' + row[2], row[1])
                else:
                    if text is None:
                        text = _fold_text((gs.folder / f).read_text(encoding='utf-8', errors='replace'))
                    d = auto_verdict(k, g, text, gs.docs[f]['symbol'], gs.docs[f]['lang'])
                if d:
                    self.decisions.setdefault(f, {})[k] = d
                    self.tally[d[0].split(':')[0] if d[0].startswith('listed') else d[0]] += 1

    def gold(self, f, gold):
        """The adjudicated gold keys of one file."""
        out = set()
        for k in gold:
            d = self.decisions.get(f, {}).get(k)
            if not d:
                out.add(k)
            elif d[1]:
                out.add(d[1])
        return out | self.added.get(f, set())


# ----------------------------------------------------------------------------------------------
# Scoring
# ----------------------------------------------------------------------------------------------

class Stats:
    def __init__(self):
        self.docs = 0
        self.sc_gold = self.sc_found = self.sc_tp = 0
        self.all_gold = self.all_found = self.all_tp = 0
        self.other_organ = 0   # gold GA/HRC session/number found under the other organ
        self.adj_gold = self.adj_tp = 0   # adjudicated gold (see Adjudication)
        self.adj_sc_tp = 0                # SC ids found that are in the adjudicated gold

    def add(self, o):
        for k in vars(self):
            setattr(self, k, getattr(self, k) + getattr(o, k))


def ratio(a, b):
    return None if b == 0 else a / b


def pct(x):
    return 'n/a' if x is None else f'{100 * x:.2f} %'


def other_organ_key(key):
    """A/RES/S/N <-> A/HRC/RES/S/N: the same session/number under the other organ. UN editors
    sometimes link a Human Rights Council resolution to the Assembly's symbol and back."""
    if key.startswith('A/HRC/RES/'):
        return 'A/RES/' + key[len('A/HRC/RES/'):]
    if key.startswith('A/RES/') and '(' not in key:
        return 'A/HRC/RES/' + key[len('A/RES/'):]
    return None


def found_ids(doc):
    """key -> {'norm', 'mentions': [...]} for resolution mentions of one unxref document."""
    out = {}
    for m in doc.get('mentions') or []:
        if not isinstance(m, dict) or m.get('kind') != 'resolution' or m.get('id') is None:
            continue
        n = normalize(str(m.get('id', '')))
        key = n.key if n.is_res else 'UNRECOGNISED:' + str(m.get('id', ''))
        e = out.setdefault(key, {'norm': n, 'mentions': []})
        e['mentions'].append(m)
    return out


def clean_cell(x):
    return re.sub(r'[\t\r\n]+', ' ', str(x if x is not None else ''))


class Run:
    """Scores of one (set, variant)."""

    def __init__(self, gs, variant, data, secs, rc, stderr, adj=None):
        self.gs, self.variant, self.secs, self.rc = gs, variant, secs, rc
        self.adj = adj
        self.stderr = stderr
        self.errors = data.get('errors') or []
        by_name = {}
        self.extra_docs = 0
        for d in data['documents']:
            name = os.path.basename(str(d.get('path', '')))
            if name in gs.docs:
                by_name[name] = d
            else:
                self.extra_docs += 1
        self.missing_docs = sorted(f for f in gs.docs if f not in by_name)
        self.lang_mismatch = []
        self.symbol_mismatch = []
        self.noncanonical = Counter()
        self.unrecognised = Counter()
        self.found = {}            # file -> key -> entry
        self.per_lang = defaultdict(Stats)
        self.rows = defaultdict(list)   # lang -> error rows
        for f, meta in gs.docs.items():
            d = by_name.get(f, {})
            if d:
                if d.get('language') and d.get('language') != meta['lang']:
                    self.lang_mismatch.append((f, d.get('language')))
                if meta['symbol'] and normalize(str(d.get('symbol', ''))).canon != normalize(meta['symbol']).canon:
                    self.symbol_mismatch.append((f, d.get('symbol')))
            fnd = found_ids(d)
            self.found[f] = fnd
            for k, e in fnd.items():
                if not e['norm'].is_res:
                    self.unrecognised[str(e['mentions'][0].get('id'))] += 1
                else:
                    for m in e['mentions']:
                        if str(m.get('id')) != e['norm'].canon:
                            self.noncanonical[str(m.get('id'))] += 1
            gold = gs.gold[f]
            st = Stats()
            st.docs = 1
            for k, e in fnd.items():
                sc = e['norm'].cls == 'SC'
                st.all_found += 1
                st.sc_found += sc
                if k in gold:
                    st.all_tp += 1
                    st.sc_tp += sc
                else:
                    m = e['mentions'][0]
                    self.rows[meta['lang']].append(
                        (f, 'FP', e['norm'].cls if e['norm'].is_res else '?', str(m.get('id')),
                         clean_cell(m.get('text')), m.get('line', ''), len(e['mentions'])))
            for k, g in gold.items():
                sc = g['norm'].cls == 'SC'
                st.all_gold += 1
                st.sc_gold += sc
                if k not in fnd and other_organ_key(k) in fnd:
                    st.other_organ += 1
                if k not in fnd:
                    self.rows[meta['lang']].append(
                        (f, 'FN', g['norm'].cls, g['norm'].canon, clean_cell(' | '.join(g['anchors'])),
                         '', 'footnote' if g['footnote'] else ''))
            if adj:
                ag = adj.gold(f, gold)
                st.adj_gold, st.adj_tp = len(ag), len(ag & set(fnd))
                st.adj_sc_tp = sum(1 for k in ag & set(fnd) if fnd[k]['norm'].cls == 'SC')
            self.per_lang[meta['lang']].add(st)

    def table_rows(self, langs):
        rows = []
        total = Stats()
        for lang in langs:
            if lang in self.per_lang:
                rows.append((lang, self.per_lang[lang]))
                total.add(self.per_lang[lang])
        if len(rows) > 1:
            rows.append(('all', total))
        return rows

    def write_errors(self, d):
        for lang, rows in self.rows.items():
            p = d / f'{self.gs.name}.{self.variant}.{lang}.tsv'
            with open(p, 'w', encoding='utf-8') as fh:
                fh.write('file\tkind\tclass\tid\ttext\tline\tnote\n')
                # SC first, then by file
                for r in sorted(rows, key=lambda r: (r[2] != 'SC', r[0], r[1], r[3])):
                    note = r[6]
                    if r[1] == 'FP':
                        note = f'{note} mention(s)' if note else ''
                    fh.write('\t'.join(clean_cell(x) for x in (*r[:6], note)) + '\n')
        if self.adj:
            p = d / f'{self.gs.name}.{self.variant}.adjudicated.tsv'
            with open(p, 'w', encoding='utf-8') as fh:
                fh.write('file\tgold\trule\tscored as\tfound\n')
                for f, ds in sorted(self.adj.decisions.items()):
                    for k, (rule, fix) in sorted(ds.items()):
                        fh.write(f'{f}\t{k}\t{clean_cell(rule)}\t{fix or "(dropped)"}\t'
                                 f'{"yes" if (fix or k) in self.found.get(f, {}) else "no"}\n')
                for f, ks in sorted(self.adj.added.items()):
                    for k in sorted(ks):
                        fh.write(f'{f}\t(none)\tcited-not-linked\t{k}\t'
                                 f'{"yes" if k in self.found.get(f, {}) else "no"}\n')
        p = d / f'{self.gs.name}.{self.variant}.unxref-notes.tsv'
        with open(p, 'w', encoding='utf-8') as fh:
            fh.write('file\tkind\tdetail\n')
            for e in self.errors:
                if isinstance(e, dict):
                    fh.write(f'{clean_cell(os.path.basename(str(e.get("path", ""))))}\tunxref-error\t'
                             f'line {clean_cell(e.get("line", ""))}: {clean_cell(e.get("message", ""))}\n')
                else:
                    fh.write(f'\tunxref-error\t{clean_cell(e)}\n')
            for f in self.missing_docs:
                fh.write(f'{f}\tmissing-in-output\t\n')
            for f, l in self.lang_mismatch:
                fh.write(f'{f}\tlanguage-mismatch\tunxref says {clean_cell(l)}\n')
            for f, s in self.symbol_mismatch:
                fh.write(f'{f}\tsymbol-mismatch\tunxref says {clean_cell(s)}; manifest '
                         f'{self.gs.docs[f]["symbol"]}\n')
            for i, c in self.noncanonical.most_common():
                fh.write(f'\tnon-canonical-id\t{clean_cell(i)} ({c}x)\n')
            for i, c in self.unrecognised.most_common():
                fh.write(f'\tunrecognised-id\t{clean_cell(i)} ({c}x)\n')


# digits as the six languages write them: Arabic-Indic, Eastern Arabic-Indic, full-width
_DIGITS = str.maketrans({**{chr(0x660 + i): str(i) for i in range(10)},
                         **{chr(0x6f0 + i): str(i) for i in range(10)},
                         **{chr(0xff10 + i): str(i) for i in range(10)}, '\uff0f': '/'})
_GAP = r'[ \u00a0\u2009\u202f]?'      # a space that noisy text may put between digits


def _digits_re(num):
    return _GAP.join(re.escape(d) for d in num)


def number_patterns(key):
    """Regexes for the number of a resolution key as any language version writes it:
    `S/RES/2532` -> 2532; `A/RES/76/3` -> 76/3 (or 3/76, reversed in right-to-left text);
    `A/RES/2625 (XXV)` -> 2625; `E/RES/2024/5` -> 2024/5. Digits may be spaced."""
    m = re.match(r'(?:S|A|E|A/HRC)/RES/(?:((?:E?S-)?\d+)/(\d+)|(\d+))', key)
    if not m:
        return []
    edge_l, edge_r = r'(?<!\d)', r'(?!\d)'     # 'A/RES/76/3' and '1267/1989/2253' count
    if m.group(3):
        return [edge_l + _digits_re(m.group(3)) + edge_r]
    sess, num = m.group(1), m.group(2)
    sl = _GAP + '/' + _GAP
    # a special-session mark as every language writes it: S- / ES- (not the S of ES-), ar
    # دإ- / دإط-: "ES-11/1" and "دإ-11/1" are different sessions, a text difference
    mark = re.match(r'(E?S)-', sess)
    if mark:
        dash = r'\s*[-\u2010\u2011\u2013]\s*'
        head = (r'(?:ES|\u062f\s?\u0625\s?\u0637)' if mark.group(1) == 'ES'
                else r'(?:(?<![A-Za-z])S|\u062f\s?\u0625(?!\s?\u0637))') + dash
        sess = sess[len(mark.group(0)):]
        return [head + _digits_re(sess) + sl + _digits_re(num) + edge_r]
    return [edge_l + _digits_re(sess) + sl + _digits_re(num) + edge_r,
            edge_l + _digits_re(num) + sl + _digits_re(sess) + edge_r]


def number_in_text(key, text):
    """(start, end) of the first place the number of `key` is written in text, or None.
    text must be passed through str.translate(_DIGITS) first."""
    for pat in number_patterns(key):
        m = re.search(pat, text)
        if m:
            return m.span()
    return None


def snippet(text, span, width=70):
    a, b = span
    s = text[max(0, a - width):b + width // 2]
    return ('…' if a > width else '') + re.sub(r'\s+', ' ', s).strip() + '…'


def cross_lang(run, texts):
    """Compare resolution-id sets across the languages of each symbol.

    texts(file) -> the text unxref read. Every id found in some but not all language versions
    of a document is one disagreement, classed by reading the texts:
      text-differs  the number of the resolution is written nowhere in at least one version
                    that lacks the id (in any digit form): the versions say different things
      unxref        the number is written in every version: unxref missed it where it lacks
                    the id (or read it wrongly where it has it)
    'agree_own' counts the documents whose only disagreements are text-differs ones."""
    by_sym = defaultdict(dict)
    for f, meta in run.gs.docs.items():
        by_sym[meta['symbol'] or re.sub(r'\.[a-z]{2}\.txt$', '', f)][meta['lang']] = f
    multi = {s: v for s, v in by_sym.items() if len(v) > 1}
    res = {'symbols': len(multi), 'agree_all': 0, 'agree_sc': 0, 'gold_agree_all': 0,
           'agree_own': 0, 'agree_sc_own': 0, 'rows': [], 'classes': Counter()}
    order = lambda x: ALL_LANGS.index(x) if x in ALL_LANGS else 99
    for sym, lf in sorted(multi.items()):
        sets = {l: {k for k, e in run.found[f].items() if e['norm'].is_res} for l, f in lf.items()}
        sc = {l: {k for k in s if k.startswith('S/RES/')} for l, s in sets.items()}
        gold = {l: set(run.gs.gold[f]) for l, f in lf.items()}
        res['agree_all'] += len({frozenset(s) for s in sets.values()}) == 1
        res['agree_sc'] += len({frozenset(s) for s in sc.values()}) == 1
        res['gold_agree_all'] += len({frozenset(s) for s in gold.values()}) == 1
        split = set().union(*sets.values()) - set.intersection(*sets.values())
        own = set()
        body = {}
        for k in sorted(split):
            have = sorted((l for l in sets if k in sets[l]), key=order)
            lack = sorted((l for l in sets if k not in sets[l]), key=order)
            where = {}
            for l in lack + have:
                if l not in body:
                    body[l] = texts(lf[l]).translate(_DIGITS)
                where[l] = number_in_text(k, body[l])
            absent = [l for l in lack if where[l] is None]
            cls = 'text-differs' if absent else 'unxref'
            res['classes'][cls] += 1
            if cls == 'unxref':
                own.add(k)
            # the snippet shows the place to read: the miss, else the version that has it
            show = next((l for l in lack if where[l]), None) or next((l for l in have if where[l]), None)
            snip = f'{show}: {snippet(body[show], where[show])}' if show else ''
            res['rows'].append((sym, k, cls, ','.join(have), ','.join(lack),
                                ','.join(absent), snip))
        res['agree_own'] += not own
        res['agree_sc_own'] += not any(k.startswith('S/RES/') for k in own)
    return res


# ----------------------------------------------------------------------------------------------
# Forms: how the text writes each linked reference (the "per form" recall)
# ----------------------------------------------------------------------------------------------
# Every resolution hyperlink of _links.tsv (the same gold as above: resolution targets, no
# self-links) is placed in the clean text: its anchor is searched from where the previous
# link of its zone (body text, or footnotes: from the first `____` line) was found; an anchor
# split in pieces (ar `2042` `(` `2012` `)`) is one link. It is then classed from the text
# around that place alone, never from unxref's output, with the words of tests/eval/forms.tsv:
#   shape (one per link): `S/RES/…` (the symbol written out), `S-/ES- SESS/N`, `YYYY/N`,
#       `SESS/N`, `N/SESS` (the pair reversed: right-to-left text), `N (YYYY)`, `N (ROMAN)` (the
#       old Assembly's, ar `(د-21)`), `N` (a bare number), `other` (the id's number is not
#       written at the anchor), `not located` (the anchor is not in the text);
#   context (any number of them): `lettered part` (`78/1 A`, `2200 A (XXI)`, ar `باء`),
#       `range` (a range word or dash between it and a neighbouring reference: `1267 (1999) to
#       1989 (2011)`, `1–3`), `list: first` (a separator and another reference follow, none
#       before), `list: member` (another reference and a separator or range word before it: it
#       shares the list's keyword; a date of adoption or a footnote marker may stand between:
#       "73/263 of 22 December 2018, 74/168", "73/263,15 74/168"), `organ before` (an organ's name ends at most 30 characters before
#       the list's first reference, in the same clause: "Security Council resolution", ru
#       "резолюции Совета Безопасности", zh "安全理事会第"), `organ after` (an organ's name
#       right after the list's last reference, behind a genitive word in en/fr/es/de: "of the
#       General Assembly", "du Conseil", ru "Совета Безопасности", ar "للجمعية العامة"),
#       `zh 第…号` (the list is wrapped in 第…号), `footnote` (the link's in_footnote column).
# A link is found when unxref reports a mention of the same match key whose bytes overlap the
# link's place (clean text only: the noisy text moves the places).

_LETTER_PARTS = 'ألف|باء|جيم|دال|هاء|واو|زاي|حاء|طاء|ياء'   # ar names of the letters A..J
_PART = r'(?:[A-Z]|' + _LETTER_PARTS + r')(?:\s*[-‐‑–]\s*(?:[A-Z]|' + _LETTER_PARTS + r'))?' \
        r'(?![A-Za-z/\u0621-\u064a])'
_PAREN = r'\(\s*(?:\d{4}|(?:E?S-)?[IVXLC]+|\u062f\s*-\s*\d{1,2})\s*\)'
_SYM = r'[A-Z](?:/HRC)?/RES/\s*'
_MARK = r'(?:E?S|\u062f\u0625\u0637?)\s*[-‐‑–]\s*'
# one reference as the texts write it (to find a list's or a range's neighbours)
_REF = (r'(?<![\dA-Za-z/])(?:' + _SYM + r')?(?:' + _MARK + r')?\d{1,4}(?:\s*/\s*\d{1,4})?'
        r'(?:\s*(?:' + _PART + r'))?(?:\s*' + _PAREN + r')?(?:\s*(?:' + _PART + r'))?')
_TAIL = re.compile(r'(\s*(?:' + _PART + r'))?(\s*' + _PAREN + r')?(\s*(?:' + _PART + r'))?')
_CLAUSE_END = r'[;。；\n]|\.\s'

_DASHES = r'[-‐‑–—]'
FORM_FILE = 'tests/eval/forms.tsv'   # the word classes per language (sep, rng, date, gen, org)
FORM_CLASSES = ('sep', 'rng', 'date', 'gen', 'org')
FORM_WORDS = {}                      # lang -> class -> one regex (the rows joined with |)


def load_form_words(path=None):
    """FORM_WORDS from FORM_FILE: list separators, range words, dates of adoption, the genitive
    word before an organ named after the number ('' = the name follows directly, ru ar zh),
    organ names. Raises UsageError on a bad row."""
    path = Path(path) if path else REPO / FORM_FILE
    words = defaultdict(lambda: defaultdict(list))
    try:
        rows = read_tsv(path)
    except OSError as e:
        raise UsageError(f'{path}: cannot read ({e.strerror})')
    for i, r in enumerate(rows, 2):
        if r['lang'].startswith('#'):
            continue
        try:
            re.compile(r['pattern'])
        except re.error as e:
            raise UsageError(f'{path}:{i}: bad pattern ({e})')
        if r['class'] not in FORM_CLASSES or not r['pattern']:
            raise UsageError(f'{path}:{i}: class must be one of {", ".join(FORM_CLASSES)}, with a pattern')
        words[r['lang']][r['class']].append(r['pattern'])
    if 'en' not in words:
        raise UsageError(f'{path}: no en rows (the fallback language)')
    FORM_WORDS.clear()
    FORM_WORDS.update({l: {c: '|'.join(w[c]) for c in FORM_CLASSES} for l, w in words.items()})
    _FORM_RES.clear()


FORM_SHAPES = ('S/RES/… symbol', 'S-/ES- SESS/N', 'YYYY/N', 'SESS/N', 'N/SESS (reversed)',
               'N (YYYY)', 'N (ROMAN)', 'N', 'other', 'not located')
FORM_CONTEXTS = ('lettered part', 'range', 'list: first', 'list: member', 'organ before',
                 'organ after', 'zh 第…号', 'footnote')


def _form_res(lang):
    """The compiled neighbour and organ patterns of one language (cached)."""
    if lang in _FORM_RES:
        return _FORM_RES[lang]
    if not FORM_WORDS:
        load_form_words()
    w = FORM_WORDS.get(lang, FORM_WORDS['en'])
    # a separator; a date may stand before it ("73/263 of 22 December 2018, 74/168") or, in
    # zh, after it; a footnote marker before it (glued: "76/17918 and") or after it ("73/263,15
    # 74/168")
    date = r'(?:\s*,?\s*(?:' + w['date'] + r'))?'
    link = date + r'\d{0,3}\s*(?:号\s*)?(?:' + w['sep'] + r')\s*(?:\d{1,3}\s+)?' + date + r'\s*(?:第\s*)?'
    rng = r'\s*(?:号\s*)?(?:' + w['rng'] + '|' + _DASHES + r')\s*(?:第\s*)?'
    r = {'prev_sep': re.compile('(' + _REF + ')(?:' + link + r')+$'),
         'prev_rng': re.compile('(' + _REF + ')' + rng + '$'),
         'next_sep': re.compile('(?:' + link + ')+(' + _REF + ')'),
         'next_rng': re.compile(rng + '(' + _REF + ')'),
         'org': re.compile(w['org']),
         'org_after': re.compile(r'\s*(?:' + w['gen'] + r')' + ('' if w['gen'] else '?') +
                                 '(?:' + w['org'] + ')')}
    _FORM_RES[lang] = r
    return r


_FORM_RES = {}


def _strong(ref, bare_ok):
    """A neighbour counts as a reference when it has a slash, a bracket or a symbol (a bare
    number only next to a bare-number link: 'resolutions 1325 and 2250')."""
    return bare_ok or '/' in ref or '(' in ref


def _neighbour(text, start, end, lang, bare_ok, back):
    """The reference before `start` (back) or after `end`, and how it is joined: ('sep'|'rng',
    its start or end) or None."""
    r = _form_res(lang)
    if back:
        win = text[max(0, start - 120):start]
        for kind in ('rng', 'sep'):
            m = r['prev_' + kind].search(win)
            if m and _strong(m.group(1), bare_ok):
                return kind, start - len(win) + m.start(1)
    else:
        win = text[end:end + 120]
        for kind in ('rng', 'sep'):
            m = r['next_' + kind].match(win)
            # a bare number followed by a word is no reference ("and 5 April")
            if m and _strong(m.group(1), bare_ok) and \
                    not (not _strong(m.group(1), False) and re.match(r'\s*\w', win[m.end(1):])):
                return kind, end + m.end(1)
    return None


def _number_at(text, s, e, key):
    """(start, end, reversed) of the id's number written nearest the anchor text[s:e], or None;
    failing that, the number with digits glued after it inside the anchor (a footnote marker:
    "59/3009" for 59/300 and note 9)."""
    lo, hi = max(0, s - 12), min(len(text), e + 12)
    for glued in (False, True):
        best = None
        for i, pat in enumerate(number_patterns(key)):
            if glued:
                pat = pat[:-len('(?!\\d)')] if pat.endswith('(?!\\d)') else pat
            for m in re.finditer(pat, text[lo:hi]):
                a, b = lo + m.start(), lo + m.end()
                score = (min(b, e) - max(a, s), -abs(a - s))
                if (not glued or score[0] > 0) and (best is None or score > best[0]):
                    best = (score, a, b, i == 1)
        if best:
            return best[1:]
    return None


def classify_form(text, s, e, key, lang, footnote=False):
    """(shape, [contexts]) of the link citing `key` whose anchor is text[s:e]; text with its
    digits folded (_DIGITS); see the comment above FORM_WORDS."""
    ctx = ['footnote'] if footnote else []
    at = _number_at(text, s, e, key)
    if at is None:
        return 'other', ctx
    ns, ne, rev = at
    num = text[ns:ne]
    # a special-session mark the id may lack (a link to A/RES/10/21 for ES-10/21)
    mark = None if re.match(r'\D', num) else _SPECIAL_MARK.search(text[max(0, ns - 8):ns])
    ms = ns - len(mark.group(0)) if mark else ns
    sym = re.search(_SYM + r'$', text[max(0, ms - 14):ms])
    tail = _TAIL.match(text, ne)
    rs, rend = (ms - len(sym.group(0)) if sym else ms), tail.end()
    rend += len(re.match(r'\d{0,3}', text[rend:]).group(0))    # a footnote marker
    if tail.group(1) or tail.group(3):
        ctx.append('lettered part')
    if sym:
        shape = 'S/RES/… symbol'
    elif '/' in num:
        if rev and len(set(re.findall(r'\d+', num))) > 1:
            shape = 'N/SESS (reversed)'
        elif mark or re.match(r'\D', num):
            shape = 'S-/ES- SESS/N'
        else:
            shape = 'YYYY/N' if len(re.match(r'[\d \u00a0\u2009\u202f]+', num).group(0).replace(' ', '')) == 4 \
                else 'SESS/N'
    elif tail.group(2):
        shape = 'N (YYYY)' if re.search(r'\d{4}', tail.group(2)) else 'N (ROMAN)'
    else:
        shape = 'N'
    bare = shape == 'N'
    prev = _neighbour(text, rs, rend, lang, bare, True)
    nxt = _neighbour(text, rs, rend, lang, bare, False)
    if (prev and prev[0] == 'rng') or (nxt and nxt[0] == 'rng'):
        ctx.append('range')
    if prev:
        ctx.append('list: member')
    elif nxt:
        ctx.append('list: first')
    # the list's first and last references
    head, last, n = rs, rend, 0
    while prev and n < 60:
        head, n = prev[1], n + 1
        prev = _neighbour(text, head, head, lang, bare, True)
    n = 0
    while nxt and n < 60:
        last, n = nxt[1], n + 1
        nxt = _neighbour(text, last, last, lang, bare, False)
    before = re.split(_CLAUSE_END, text[max(0, head - 60):head])[-1]
    r = _form_res(lang)
    if any(m.end() >= len(before) - 30 for m in r['org'].finditer(before)):
        ctx.append('organ before')
    after = re.split(_CLAUSE_END, text[last:last + 60])[0]
    if r['org_after'].match(after):
        ctx.append('organ after')
    if lang == 'zh' and re.search(r'第\s*$', text[max(0, head - 3):head]) and re.match(r'\s*号', text[last:]):
        ctx.append('zh 第…号')
    return shape, ctx


_NUM_RES = {}


def _number_res(key):
    if key not in _NUM_RES:
        _NUM_RES[key] = [re.compile(p) for p in number_patterns(key)]
    return _NUM_RES[key]


def _anchor_re(anchor):
    parts = anchor.translate(_DIGITS).split()
    return re.compile(r'\s*'.join(re.escape(p) for p in parts)) if parts else None


def _find_link(text, cur, pat, key):
    """(start, end, has the number) of the first place from cur where the anchor is written
    with the id's number at it; else where the number is; else where the anchor is."""
    if pat:
        for m in pat.finditer(text, cur):
            if _number_at(text, m.start(), m.end(), key):
                return m.start(), m.end()
    hits = [m.span() for p in _number_res(key) for m in [p.search(text, cur)] if m]
    if hits:
        return min(hits)
    m = pat.search(text, cur) if pat else None
    return m.span() if m else None


def place_links(rows, text):
    """The places (char offsets in text, digits folded) of one file's resolution hyperlinks:
    [{'norm', 'key', 'start', 'end', 'footnote'}], start None when not located. Each zone (body,
    footnotes) is read in the links' order; pieces of one anchor are joined."""
    fn = re.search(r'^_{3,}\s*$', text, re.M)
    cursor = {False: 0, True: fn.start() if fn else 0}
    out = []
    for n, r in rows:
        foot = r.get('in_footnote') == '1'
        anchor = r.get('anchor', '').strip()
        pat = _anchor_re(anchor)
        prev = out[-1] if out else None
        if prev and prev['start'] is not None and prev['norm'].raw == n.raw and \
                prev['eid'] == r.get('eId', '') and prev['footnote'] == foot:
            m = re.compile(r'\s*' + pat.pattern).match(text, prev['end']) if pat else None
            if m or not anchor:          # the next piece of the same anchor
                prev['end'] = m.end() if m else prev['end']
                cursor[foot] = prev['end']
                continue
        link = {'norm': n, 'key': n.key, 'start': None, 'end': None, 'footnote': foot,
                'eid': r.get('eId', '')}
        out.append(link)
        for cur in dict.fromkeys((cursor[foot], 0)):
            at = _find_link(text, cur, pat, n.key)
            if at:
                link['start'], link['end'] = at
                cursor[foot] = at[1]
                break
    return out


def form_links(gs, f):
    """The linked places of file f with their forms: [(key, shape, contexts, byte start, byte
    end, snippet)], byte start None when not located. Cached on the gold set (the clean text)."""
    cache = gs.__dict__.setdefault('_forms', {})
    if f not in cache:
        with open(gs.folder / f, encoding='utf-8', errors='replace', newline='') as fh:
            raw = fh.read()
        text = raw.translate(_DIGITS)
        lang = gs.docs[f]['lang']
        res = []
        for ln in place_links(gs.link_rows.get(f, []), text):
            if ln['start'] is None:
                res.append((ln['key'], 'not located', ['footnote'] if ln['footnote'] else [], None, None, ''))
                continue
            shape, ctx = classify_form(text, ln['start'], ln['end'], ln['key'], lang, ln['footnote'])
            b0 = len(raw[:ln['start']].encode('utf-8'))
            res.append((ln['key'], shape, ctx, b0, b0 + len(raw[ln['start']:ln['end']].encode('utf-8')),
                        snippet(raw, (ln['start'], ln['end']), 50)))
        cache[f] = res
    return cache[f]


def form_recall(run):
    """((lang, form) -> [links, found at their place], [missed links]) for a clean run; every
    link counts under its shape, each of its contexts and 'all links'."""
    tally = defaultdict(lambda: [0, 0])
    missed = []
    for f, meta in run.gs.docs.items():
        fnd = run.found.get(f, {})
        for key, shape, ctx, b0, b1, snip in form_links(run.gs, f):
            ok = b0 is not None and any(
                isinstance(m.get('start'), int) and isinstance(m.get('end'), int) and
                m['start'] < b1 and m['end'] > b0 for m in fnd.get(key, {}).get('mentions', []))
            for form in ('all links', shape, *ctx):
                t = tally[(meta['lang'], form)]
                t[0] += 1
                t[1] += ok
            if not ok:
                others = sorted(k for k, e in fnd.items() if b0 is not None and any(
                    isinstance(m.get('start'), int) and isinstance(m.get('end'), int) and
                    m['start'] < b1 and m['end'] > b0 for m in e['mentions']))
                missed.append((f, key, shape, '; '.join(ctx), ', '.join(others), snip))
    return tally, missed


def form_section(runs, langs, errdir=None):
    """The 'per form' report: one row per (set, form), one column per language; with errdir
    the missed links in <errdir>/<set>.clean.forms-missed.tsv."""
    clean = [r for r in runs if r.variant == 'clean']
    if not clean:
        return []
    cols = [l for l in langs if any(l in r.per_lang for r in clean)]
    out = ['### recall per form (every linked place in the clean text)\n',
           'Each resolution hyperlink of the editors (the gold above, counted at every place it is linked, '
           'not once per document) is placed in the clean text by its anchor, and classed by how the text '
           'writes the reference there, from the text alone, never from unxref\'s output (`classify_form` in '
           f'scripts/eval.py, with the words of {FORM_FILE}: list separators, range words, dates, organ '
           f'names; its cases in {FORM_CASES_FILE}, run by `eval.py --selftest` in make accuracy). A link '
           'has one shape (how the number is written) and any number of contexts, and counts under each '
           'of them and under "all links". A cell is recall (links): found = unxref reports the same id '
           '(match key) over that place. "List: member" is a reference after another one and a separator '
           'or range word: it shares the list\'s keyword (a date or a footnote marker may stand between: '
           '"73/263 of 22 December 2018, 74/168"); "list: first" one followed by more. "Organ before/'
           'after": the Council\'s or Assembly\'s name before the list\'s first reference or after its '
           'last. "Other": the id\'s number is not written at the anchor (often an editors\' error: '
           '`linked-number-not-in-text` above); "not located": the anchor is not in the text. The links '
           'are scored raw, as the editors made them: a link to A/RES/10/21 where the text writes ES-10/21 '
           '(ar `دإط-10/21`; the `special-session-mark` rule above) is classed `S-/ES- SESS/N` and missed '
           'when unxref reads ES-10/21 there. Every missed link, with the ids unxref found at its place: '
           '`<errors-dir>/<set>.clean.forms-missed.tsv`. The noisy variant moves the places, so only the '
           'clean runs are classed.\n',
           '| set | form | ' + ' | '.join(cols) + ' | all |',
           '| --- | --- | ' + ' | '.join('---:' for _ in cols) + ' | ---: |']
    for r in clean:
        t, missed = form_recall(r)
        if errdir:
            with open(errdir / f'{r.gs.name}.clean.forms-missed.tsv', 'w', encoding='utf-8') as fh:
                fh.write('file\tgold\tshape\tcontexts\tunxref ids there\tsnippet\n')
                for row in missed:
                    fh.write('\t'.join(clean_cell(x) for x in row) + '\n')
        for form in ('all links',) + FORM_SHAPES + FORM_CONTEXTS:
            cells = [t.get((l, form), [0, 0]) for l in cols]
            tot = [sum(c[0] for c in cells), sum(c[1] for c in cells)]
            if not tot[0]:
                continue
            fmt = lambda c: f'{pct(ratio(c[1], c[0]))} ({c[0]})' if c[0] else ''
            out.append(f'| {r.gs.name} | {form} | ' + ' | '.join(fmt(c) for c in cells) + f' | {fmt(tot)} |')
    out.append('')
    return out


# ----------------------------------------------------------------------------------------------
# Main
# ----------------------------------------------------------------------------------------------

def find_path(p, default):
    """Explicit relative paths: cwd first, then the repository root; defaults: repository root."""
    if p is None:
        return (REPO / default).resolve()
    q = Path(p).expanduser()
    if q.is_absolute() or q.exists():
        return q.resolve()
    return (REPO / q).resolve()


def split_list(s):
    return [x.strip() for x in s.split(',') if x.strip()]


KEPT_MARK = '<!-- not written by scripts/eval.py: kept as it is -->'


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split('\n\n', 1)[1])
    ap.add_argument('--unxref', help='unxref binary (default: <repo>/unxref)')
    ap.add_argument('--corpus', help='corpus root (default: <repo>/../shared/corpus)')
    ap.add_argument('--sets', default='unxml-sc-res', help='comma-separated corpus folders with _links.tsv')
    ap.add_argument('--langs', default='zh,en', help='comma-separated languages (zh,en,fr,es,ru,ar; '
                    'and those of data/lang/*.tsv: de)')
    ap.add_argument('--variants', default='clean,noisy', help='clean,noisy')
    ap.add_argument('--markdown', help='also write the report to this Markdown file')
    ap.add_argument('--include', action='append', default=[],
                    help='a Markdown file measured by another command (make entities) appended to '
                         'the report (repeatable)')
    ap.add_argument('--errors-dir', help='write FN/FP lists and notes (TSV) here')
    ap.add_argument('--cross-lang', action='store_true', help='compare found ids across the languages of a symbol')
    ap.add_argument('--min-sc-precision', type=float, help='threshold (fraction, e.g. 0.99) for every row')
    ap.add_argument('--min-sc-recall', type=float, help='threshold (fraction, e.g. 0.99) for every row')
    ap.add_argument('--min-lang-detected', type=float,
                    help='threshold (fraction, e.g. 0.95) of the files of every run detected as their language')
    ap.add_argument('--noisy-cache', help='noisy file cache (default: <repo>/build/eval/noisy)')
    ap.add_argument('--pdfnoise', help='pdfnoise.py (default: <corpus>/../tools/pdfnoise.py)')
    ap.add_argument('--jobs', type=int, default=2, help='processes for noisy file generation (default 2)')
    ap.add_argument('--timeout', type=float, default=1800, help='seconds per unxref run (default 1800)')
    ap.add_argument('--unxref-arg', action='append', default=[], help='extra argument for unxref extract (repeatable)')
    ap.add_argument('--adjudicated', help=f'verified editors\' errors (default: <repo>/{ADJ_FILE}); '
                    '"none" to leave the adjudicated column out')
    ap.add_argument('--selftest', action='store_true', help='check the target normalisation and exit')
    a = ap.parse_args(argv)

    if a.selftest:
        return selftest()

    try:
        for t in (a.min_sc_precision, a.min_sc_recall, a.min_lang_detected):
            if t is not None and not 0 <= t <= 1:
                raise UsageError('thresholds are fractions between 0 and 1 (e.g. 0.99)')
        corpus = find_path(a.corpus, '../shared/corpus')
        if not corpus.is_dir():
            raise UsageError(f'corpus not found: {corpus}')
        sets = split_list(a.sets)
        langs = split_list(a.langs)
        variants = split_list(a.variants)
        if not sets or not langs or not variants:
            raise UsageError('--sets, --langs and --variants must not be empty')
        bad = [l for l in langs if l not in known_langs()]
        if bad:
            raise UsageError(f'unknown language(s): {",".join(bad)} (known: {",".join(known_langs())})')
        bad = [v for v in variants if v not in ('clean', 'noisy')]
        if bad:
            raise UsageError(f'unknown variant(s): {",".join(bad)} (clean, noisy)')
        for s in sets:
            if not (corpus / s / '_links.tsv').is_file():
                raise UsageError(f'set {s}: {corpus / s}/_links.tsv not found')
        unxref = find_path(a.unxref, 'unxref')
        if not unxref.is_file() or not os.access(unxref, os.X_OK):
            raise ToolError(f'unxref binary not found or not executable: {unxref}')
        pdfnoise = find_path(a.pdfnoise, str(corpus.parent / 'tools' / 'pdfnoise.py'))
        if 'noisy' in variants and not pdfnoise.is_file():
            raise UsageError(f'pdfnoise.py not found: {pdfnoise}')
        cache = find_path(a.noisy_cache, 'build/eval/noisy')
        errdir = Path(a.errors_dir).resolve() if a.errors_dir else None
        if errdir:
            errdir.mkdir(parents=True, exist_ok=True)
        if a.jobs < 1:
            raise UsageError('--jobs must be >= 1')
        load_sc_years(corpus)
        load_form_words()
        listed = None if a.adjudicated == 'none' else load_adjudicated(find_path(a.adjudicated, ADJ_FILE))
        runs = []
        for s in sets:
            gs = GoldSet(corpus / s, langs)
            adj = Adjudication(gs, listed) if listed is not None else None
            if adj and adj.unused:
                raise UsageError(f'adjudicated rows that match no gold link: {adj.unused[:5]}')
            if not gs.docs:
                print(f'[eval] {s}: no documents in languages {",".join(langs)}', file=sys.stderr)
            for v in variants:
                src = gs.folder if v == 'clean' else make_noisy(gs, cache, pdfnoise, a.jobs)
                print(f'[eval] {s}/{v}: running unxref on {len(gs.docs)} files...', file=sys.stderr, flush=True)
                data, secs, rc, err = run_unxref(unxref, src, list(gs.docs), a.timeout, a.unxref_arg)
                run = Run(gs, v, data, secs, rc, err, adj)
                run.src = src
                runs.append(run)
                if errdir:
                    run.write_errors(errdir)
    except UsageError as e:
        print(f'eval.py: usage error: {e}', file=sys.stderr)
        return 2
    except ToolError as e:
        print(f'eval.py: {e}', file=sys.stderr)
        return 2

    # ---- report ------------------------------------------------------------------------------
    out = []
    out.append('## unxref accuracy (gold: UN editors\' hyperlinks)\n')
    out.append('| set | variant | lang | docs | SC gold | SC found | SC precision | SC precision, adjudicated '
               '| SC recall | all-res recall '
               '| all-res recall, either organ | all-res recall, adjudicated | all-res gold | adjudicated gold '
               '| all-res found | all-res precision (info) |')
    out.append('| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
    failures = []
    for r in runs:
        for lang, st in r.table_rows(langs):
            p, rc = ratio(st.sc_tp, st.sc_found), ratio(st.sc_tp, st.sc_gold)
            ap = ratio(st.adj_sc_tp, st.sc_found) if r.adj else None
            out.append(f'| {r.gs.name} | {r.variant} | {lang} | {st.docs} | {st.sc_gold} | {st.sc_found} | '
                       f'{pct(p)} | {pct(ap) if r.adj else "n/a"} | {pct(rc)} | {pct(ratio(st.all_tp, st.all_gold))} | '
                       f'{pct(ratio(st.all_tp + st.other_organ, st.all_gold))} | '
                       f'{pct(ratio(st.adj_tp, st.adj_gold)) if r.adj else "n/a"} | {st.all_gold} | '
                       f'{st.adj_gold if r.adj else "n/a"} | '
                       f'{st.all_found} | {pct(ratio(st.all_tp, st.all_found))} |')
            why = []
            # the gate reads the adjudicated precision when there is one: the editors' links
            # miss some citations the text makes (listed, with the text, in ADJ_FILE)
            gp = ap if r.adj else p
            if a.min_sc_precision is not None and gp is not None and gp < a.min_sc_precision:
                why.append(f'SC precision{", adjudicated," if r.adj else ""} {pct(gp)} < '
                           f'{pct(a.min_sc_precision)}')
            if a.min_sc_recall is not None and rc is not None and rc < a.min_sc_recall:
                why.append(f'SC recall {pct(rc)} < {pct(a.min_sc_recall)}')
            if why:
                failures.append(f'{r.gs.name} {r.variant} {lang}: ' + '; '.join(why))
    out.append('')
    out.append('Precision/recall are micro-averaged over distinct (document, resolution id) pairs. GA/HRC/ECOSOC '
               'links are partial, so "all-res precision" is informational only. "Either organ" also counts a '
               'linked General Assembly session/number that unxref found as the Human Rights Council\'s (or the '
               'reverse): the editors\' links confuse the two (e.g. "its resolution 13/22" in a Council '
               'resolution linked to A/RES/13/22); the FN lists show each case. '
               '"Adjudicated" scores the same links after removing those the text shows to be the editors\' '
               'errors, or scoring them as the id the text cites (see below); the raw columns are unchanged.\n')
    adj_sets = []
    for r in runs:
        if r.adj and r.gs.name not in [x.gs.name for x in adj_sets]:
            adj_sets.append(r)
    if adj_sets:
        out.append('### adjudicated gold links (editors\' errors, decided from the text)\n')
        out.append('Rules (automatic, from the clean text and the link): `special-session-mark` — an A/RES/N/M or '
                   'A/HRC/RES/N/M link where the text writes N/M only with a special-session mark (S-, ES-, ar '
                   '`دإ-`, `دإط-`): scored as the S-/ES- id; `linked-number-not-in-text` — the linked session/'
                   'number occurs nowhere in the document: scored as the anchor\'s number when the anchor spells '
                   'out another number that the text has, else dropped; `ga-decision-number` (A/RES/S/N, N > 400), '
                   '`ecosoc-decision-number` (E/RES/Y/N, N > 200), `hrc-decision-number` (A/HRC/RES/S/N, N > 100): '
                   'the numbering of decisions, not resolutions — dropped; `no-such-ga-session` — A/RES/N/M with '
                   f'N < {GA_FIRST_SLASH_SESSION} (the Assembly wrote N (ROMAN) until 1975): in a Council text '
                   'scored as A/HRC/RES/N/M, else dropped (other bodies\' decisions: CBD `15/4`, IMO `LC 30/16`); '
                   '`sc-number-year-impossible` — an S/RES link whose year is far from the number\'s (CEDAW '
                   'general recommendation `38 (2020)`) — dropped. `listed` — one case verified by reading, with '
                   f'its evidence, in {ADJ_FILE}; `cited-not-linked` — listed there too: an id the text '
                   'cites that the editors did not link ("Security Council resolutions 1325 and 2250", '
                   '"القرارات 1267/1989/2253"), added to the adjudicated gold; "SC precision, adjudicated" '
                   'scores the SC ids found against that gold (the accuracy gate in make check reads it). Every decision: `<errors-dir>/<set>.<variant>.adjudicated.tsv`.\n')
        out.append('| set | gold links adjudicated | by rule |')
        out.append('| --- | ---: | --- |')
        for r in adj_sets:
            out.append(f'| {r.gs.name} | {sum(r.adj.tally.values())} | '
                       + ', '.join(f'{k} {n}' for k, n in r.adj.tally.most_common()) + ' |')
        out.append('')

    out.append('### unxref runs\n')
    out.append('| set | variant | seconds | exit | docs in output | missing docs | other docs | unxref errors '
               '| language mismatches | detected as the file\'s language | symbol mismatches | non-canonical ids '
               '| unrecognised ids |')
    out.append('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
    for r in runs:
        det = ratio(len(r.gs.docs) - len(r.missing_docs) - len(r.lang_mismatch), len(r.gs.docs))
        if a.min_lang_detected is not None and det is not None and det < a.min_lang_detected:
            failures.append(f'{r.gs.name} {r.variant}: files detected as their language {pct(det)} < '
                            f'{pct(a.min_lang_detected)}')
        out.append(f'| {r.gs.name} | {r.variant} | {r.secs:.1f} | {r.rc} | {len(r.gs.docs) - len(r.missing_docs)} | '
                   f'{len(r.missing_docs)} | {r.extra_docs} | {len(r.errors)} | {len(r.lang_mismatch)} | '
                   f'{pct(det)} | '
                   f'{len(r.symbol_mismatch)} | {sum(r.noncanonical.values())} | {sum(r.unrecognised.values())} |')
    out.append('')

    out.append('### ground truth (distinct (document, target) pairs in the chosen languages)\n')
    seen_sets = []
    for r in runs:
        if r.gs in seen_sets:
            continue
        seen_sets.append(r.gs)
        g = r.gs
        res = ', '.join(f'{c} {g.res_tally[c]}' for c in RES_CLASSES)
        other = ', '.join(f'{c} {n}' for c, n in g.tally.most_common()) or 'none'
        rep = ', '.join(f'{c} {n}' for c, n in g.repairs.most_common()) or 'none'
        out.append(f'- **{g.name}**: {len(g.docs)} docs, {sum(1 for f in g.gold if g.gold[f])} with resolution links. '
                   f'Resolution targets: {res}. Self-links dropped: {g.self_links}. '
                   f'Repaired targets: {rep}. Non-resolution targets (not scored): {other}.')
        if g.malformed:
            out.append(f'  Unusable resolution targets: '
                       + ', '.join(f'`{t}` ({n}x)' for t, n in g.malformed.most_common(10)))
    out.append('')

    out += form_section(runs, langs, errdir)

    if a.cross_lang:
        out.append('### cross-language agreement (resolution ids found per language of the same symbol)\n')
        out.append('| set | variant | symbols in >1 lang | all-res sets agree | SC sets agree '
                   '| all-res, unxref\'s own misses only | SC, unxref\'s own misses only '
                   '| disagreements: text differs / unxref | gold sets agree (ref.) |')
        out.append('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
        for r in runs:
            c = cross_lang(r, lambda f, r=r: (r.src / f).read_text(encoding='utf-8', errors='replace'))
            n = c['symbols']
            out.append(f'| {r.gs.name} | {r.variant} | {n} | {pct(ratio(c["agree_all"], n))} | '
                       f'{pct(ratio(c["agree_sc"], n))} | {pct(ratio(c["agree_own"], n))} | '
                       f'{pct(ratio(c["agree_sc_own"], n))} | {c["classes"]["text-differs"]} / '
                       f'{c["classes"]["unxref"]} | {pct(ratio(c["gold_agree_all"], n))} |')
            if errdir:
                with open(errdir / f'{r.gs.name}.{r.variant}.crosslang.tsv', 'w', encoding='utf-8') as fh:
                    fh.write('symbol\tid\tclass\tfound_in\tmissing_in\tnumber_absent_in\tsnippet\n')
                    # unxref's own misses first
                    for row in sorted(c['rows'], key=lambda x: (x[2] != 'unxref', x[0], x[1])):
                        fh.write('\t'.join(clean_cell(x) for x in row) + '\n')
        out.append('')
        out.append('A disagreement is an id found in some but not all language versions of a document. '
                   '"Text differs": the resolution\'s number (in any digit form: ASCII, Arabic-Indic, '
                   'full-width, spaced) is written nowhere in a version that lacks the id, so the versions '
                   'say different things (a translation cites a resolution the others do not, a typing '
                   'error in a number). "unxref": the number is written in every version, so unxref missed '
                   'it in one (or misread it in another). The "own misses only" columns count a document as '
                   'agreeing when all its disagreements are text differences. Each disagreement is listed '
                   'with its class and a snippet in `build/eval/errors/<set>.<variant>.crosslang.tsv`.\n')

    if failures:
        out.append('### FAILED thresholds\n')
        out += [f'- {x}' for x in failures]
        out.append('')
    for inc in a.include:
        out += ['', Path(inc).read_text(encoding='utf-8').rstrip('\n'), '']
    text = '\n'.join(out)
    print(text)
    if a.markdown:
        # sections measured by other commands, after KEPT_MARK, stay as they are
        md = Path(a.markdown)
        old = md.read_text(encoding='utf-8') if md.exists() else ''
        kept = old[old.index(KEPT_MARK):] if KEPT_MARK in old else ''
        md.write_text(text + '\n' + ('\n' + kept if kept else ''), encoding='utf-8')
    if errdir:
        print(f'[eval] FN/FP lists written to {errdir}', file=sys.stderr)
    if failures:
        print('eval.py: thresholds not met:\n  ' + '\n  '.join(failures), file=sys.stderr)
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main())
