#!/bin/sh
# The map step of unxref on many machines (README "Many machines"): reads input paths, one a
# line, on stdin (a Hadoop-streaming mapper gets its input split this way; GNU parallel
# gives it a block of the list), extracts them with `unxref extract` (one run, or more when the list is
# too long for one command line) and writes a line per run: a key (the first path), a tab,
# and that run's extract JSON on one line (JSON strings
# hold no raw line breaks, so dropping the line breaks between tokens keeps it valid).
# Files that cannot be read are in that JSON's "errors", so the reduce step reports them;
# the exit status is unxref's (1 when some file could not be read).
# Usage: mr-map.sh [UNXREF]   (default: $UNXREF, else unxref on PATH)
set -u
unxref=${1:-${UNXREF:-unxref}}
work=$(mktemp -d "${TMPDIR:-/tmp}/mr-map.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT
MR_WORK=$work
export MR_WORK
grep -v '^$' > "$work/list"
[ -s "$work/list" ] || exit 0
if grep -q '	' "$work/list"; then
    echo "mr-map: a path holds a tab; it cannot be a key" >&2
    exit 1
fi
# xargs runs unxref as often as the command-line length needs; one JSON file each
xargs -d '\n' sh -c 'exec "$0" extract -q -j 1 -o "$(mktemp -p "$MR_WORK" part.XXXXXX)" -- "$@"' \
    "$unxref" < "$work/list"
rc=$?
[ $rc -eq 0 ] || rc=1
first=$(head -n 1 "$work/list")
k=0
for part in "$work"/part.*; do
    if [ ! -s "$part" ]; then
        echo "mr-map: unxref extract wrote nothing" >&2
        exit 1
    fi
    k=$((k + 1))
    printf '%s#%d\t' "$first" "$k"
    tr -d '\n' < "$part"
    printf '\n'
done
exit $rc
