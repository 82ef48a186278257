#!/bin/sh
# Big single-line input: time and peak memory of `unxref extract` on a file of MB
# megabytes made of one line (the seed's text and English reference sentences, line ends
# turned into spaces), against its size. The file is made under DIR and removed after.
# Usage: scripts/bench-big.sh [MB] [DIR]   (make bench-big BIG_MB=1024)
set -eu
mb=${1:-1024}
dir=${2:-build/bench}
mkdir -p "$dir"
f="$dir/big-$mb.txt"
/usr/bin/python3 - "$f" "$mb" <<'PY'
import sys
path, mb = sys.argv[1], int(sys.argv[2])
seed = open("data/texts/S_RES_1456_2003.zh.txt", encoding="utf-8").read().replace("\n", " ")
en = ("The Council recalls its resolutions 1267 (1999), 1373 (2001) and 1390 (2002), "
      "the Counter-Terrorism Committee established pursuant to resolution 1373 (2001) "
      "and the Charter of the United Nations; it decides to remain seized of the matter. ")
block = (seed + " " + en * 40).encode()
with open(path, "wb") as f:
    left = mb << 20
    while left > 0:
        chunk = block[:left] if left < len(block) else block
        if left < len(block):  # end on a character boundary
            chunk = chunk.decode("utf-8", "ignore").encode()
            left = len(chunk)
        f.write(chunk)
        left -= len(chunk)
    f.write(b"\n")
PY
size=$(stat -c %s "$f")
/usr/bin/time -f "%e %M" -o "$dir/time.txt" ${UNXREF:-./unxref} extract "$f" -o "$dir/big.json"
read -r secs kb < "$dir/time.txt"
mentions=$(grep -c '"kind"' "$dir/big.json")
echo "bench-big: $size bytes on one line: $secs s, peak RSS $((kb / 1024)) MiB, $mentions mentions"
rm -f "$f" "$dir/big.json"
