#!/bin/sh
# Golden command-line cases: every folder in tests/cli holds
#   cmd            a shell line, run in that folder with $UNXREF set (and $TMP, a fresh
#                  scratch directory)
#   status         the expected exit status
#   stdout         (optional) the exact expected standard output
#   stderr         (optional) lines that must each appear in standard error
#   check          (optional) a shell script run afterwards in the folder; must exit 0
#   slow           (optional) why the case is skipped when SKIP_SLOW is set (valgrind: big
#                  generated inputs, which run natively and under ASan)
# Usage: [SKIP_SLOW=1] [CASES='name ...'] run_cli.sh UNXREF   (CASES: only these cases)
UNXREF=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
export UNXREF
root=$(cd "$(dirname "$0")/cli" && pwd)
passed=0 failed=0 skipped=0
for dir in "$root"/*/; do
    name=$(basename "$dir")
    if [ -n "${CASES:-}" ]; then
        case " $CASES " in *" $name "*) ;; *) continue ;; esac
    fi
    if [ -n "${SKIP_SLOW:-}" ] && [ -f "$dir/slow" ]; then
        skipped=$((skipped + 1)); continue
    fi
    TMP=$(mktemp -d)
    export TMP
    (cd "$dir" && sh ./cmd >"$TMP/.out" 2>"$TMP/.err")
    rc=$?
    ok=1
    want=$(cat "$dir/status")
    if [ "$rc" != "$want" ]; then
        echo "cli/$name: exit status $rc, want $want"; ok=0
    fi
    if [ -f "$dir/stdout" ] && ! cmp -s "$dir/stdout" "$TMP/.out"; then
        echo "cli/$name: stdout differs:"; diff "$dir/stdout" "$TMP/.out" | head -20; ok=0
    fi
    if [ -f "$dir/stderr" ]; then
        while IFS= read -r line; do
            if ! grep -qF -- "$line" "$TMP/.err"; then
                echo "cli/$name: stderr lacks: $line"; ok=0
            fi
        done <"$dir/stderr"
    fi
    if [ -f "$dir/check" ] && ! (cd "$dir" && sh ./check); then
        echo "cli/$name: check failed"; ok=0
    fi
    if [ $ok = 1 ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "--- stderr of cli/$name:"; head -20 "$TMP/.err"
    fi
    rm -rf "$TMP"
done
if [ "$skipped" -gt 0 ]; then
    echo "cli: $passed passed, $failed failed, $skipped skipped"
else
    echo "cli: $passed passed, $failed failed"
fi
[ "$failed" -eq 0 ]
