#!/usr/bin/python3
"""Lines of src/ whose C string or char literals hold non-ASCII bytes (raw or escaped).

  scripts/nonascii.py [-v] [--max N]     (run from the checkout's root)

Prints the count (-v: each line first). With --max N, exits 1 when the count is above N:
the gate of `make unit` (issue 14: no language word in C; what stays is the typography of
our own output — diagram glyphs, the report's arrows and dashes). Comments do not count.
"""
import argparse
import glob
import re
import sys

TOKEN = re.compile(r'/\*.*?\*/|//[^\n]*|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'', re.S)
NON_ASCII = re.compile(r'[^\x00-\x7f]|\\x[89a-fA-F][0-9a-fA-F]|\\[23][0-7]{2}')


def lines_with_non_ascii(root='src'):
    for f in sorted(glob.glob(f'{root}/**/*.[ch]', recursive=True)):
        s = open(f, encoding='utf-8').read()
        seen = set()
        for m in TOKEN.finditer(s):
            x = m.group(0)
            if x.startswith('/') or not NON_ASCII.search(x):
                continue
            ln = s.count('\n', 0, m.start()) + 1
            if ln not in seen:
                seen.add(ln)
                yield f, ln, s.splitlines()[ln - 1].strip()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('-v', action='store_true', help='list the lines')
    ap.add_argument('--max', type=int, help='exit 1 above this many lines')
    a = ap.parse_args()
    found = list(lines_with_non_ascii())
    if a.v:
        for f, ln, text in found:
            print(f'{f}:{ln}: {text[:100]}')
    if a.max is None:
        print(len(found))
        return 0
    if len(found) > a.max:
        print(f'nonascii: {len(found)} lines of src/ with non-ASCII string literals, at most '
              f'{a.max} (scripts/nonascii.py -v lists them; language words belong in data/lang/)',
              file=sys.stderr)
        return 1
    print(f'nonascii: {len(found)} lines of src/ with non-ASCII string literals (at most {a.max})')
    return 0


if __name__ == '__main__':
    sys.exit(main())
