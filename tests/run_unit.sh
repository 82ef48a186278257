#!/bin/sh
# Runs the unit-test binaries given as arguments and adds up their counts.
passed=0 failed=0 crashed=0
for t in "$@"; do
    out=$("$t" 2>&1)
    rc=$?
    line=$(printf '%s\n' "$out" | grep -E '^[a-z_]+: [0-9]+ passed, [0-9]+ failed$' | tail -1)
    if [ -z "$line" ]; then
        printf '%s\n' "$out"
        echo "$t: crashed or printed no summary (exit $rc)"
        crashed=$((crashed + 1))
        continue
    fi
    p=$(echo "$line" | sed -E 's/.*: ([0-9]+) passed.*/\1/')
    f=$(echo "$line" | sed -E 's/.*passed, ([0-9]+) failed/\1/')
    passed=$((passed + p))
    failed=$((failed + f))
    if [ "$f" -ne 0 ] || [ "$rc" -ne 0 ]; then
        printf '%s\n' "$out"
    fi
done
echo "unit: $passed passed, $((failed + crashed)) failed"
[ "$failed" -eq 0 ] && [ "$crashed" -eq 0 ]
