#!/bin/sh
# Dense one-line inputs: CPU time (user + sys) of `unxref extract` on files of 2, 4 and 8 MB
# made of one reference form repeated on a single line, the hostile case of time quadratic
# in the number of mentions (each time the best of 3 runs). Prints a Markdown table; fails
# (exit 1) when 4 times the input takes more than MAX_RATIO (5) times the time of 2 MB: the
# time at most ~doubles with each doubling (4 is linear; the margin is for a shared
# machine) — the linearity test of `make bench`.
# Usage: scripts/bench-dense.sh [DIR]   (UNXREF=path to another binary; MAX_RATIO=5;
#        FORMS="sentences keyword …" to run only these)
set -eu
dir=${1:-build/bench-dense}
unxref=${UNXREF:-./unxref}
max=${MAX_RATIO:-5}
mkdir -p "$dir"
/usr/bin/python3 - "$dir" <<'PY'
import sys
forms = {
    # the sentences of scripts/bench-big.sh: lists, a body set up by a resolution, the Charter
    "sentences": "The Council recalls its resolutions 1267 (1999), 1373 (2001) and 1390 (2002), "
                 "the Counter-Terrorism Committee established pursuant to resolution 1373 (2001) "
                 "and the Charter of the United Nations; it decides to remain seized of the matter. ",
    "keyword": "resolution 1373 (2001) ",
    "organ": "Human Rights Council resolution 5/1 and resolution 7/34 ",
    "zh": "安理会第1373(2001)号、第1390(2002)号和第1455(2003)号决议；",
    "short": "resolution 1373 (2001) and the said resolution ",
    "names": "the 1267 Committee and the 1540 Committee ",
}
for name, block in forms.items():
    for mb in (2, 4, 8):
        n = mb << 20
        s = (block * (n // len(block.encode()) + 1)).encode()[:n].decode("utf-8", "ignore")
        open(f"{sys.argv[1]}/{name}-{mb}.txt", "w", encoding="utf-8").write(s + "\n")
PY
echo "| dense one-line input (\`scripts/bench-dense.sh\`, CPU s, best of 3) | mentions in 8 MB | 2 MB | 4 MB | 8 MB | 4 MB / 2 MB | 8 MB / 4 MB | 8 MB / 2 MB |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
fail=0
for name in ${FORMS:-sentences keyword organ zh short names}; do
    row="| $name"
    for mb in 2 4 8; do
        best=
        for _ in 1 2 3; do
            /usr/bin/time -f "%U %S" -o "$dir/.time" "$unxref" extract -q "$dir/$name-$mb.txt" \
                -o "$dir/out.json" || { echo "bench-dense: unxref failed on $name-$mb" >&2; exit 1; }
            best=$(awk -v b="$best" '{t = $1 + $2; printf "%.2f", (b == "" || t < b ? t : b)}' "$dir/.time")
        done
        eval "t$mb=$best"
    done
    m=$(grep -c '"kind"' "$dir/out.json")
    r1=$(awk -v a="$t4" -v b="$t2" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}')
    r2=$(awk -v a="$t8" -v b="$t4" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}')
    r=$(awk -v a="$t8" -v b="$t2" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}')
    echo "$row | $m | $t2 | $t4 | $t8 | $r1 | $r2 | $r |"
    if awk -v r="$r" -v m="$max" -v t="$t8" 'BEGIN {exit !(t >= 0.2 && r > m)}'; then
        echo "bench-dense: $name: 4 times the input took $r times the time (more than $max)" >&2
        fail=1
    fi
done
rm -f "$dir"/*.txt "$dir/out.json" "$dir/.time"
exit $fail
