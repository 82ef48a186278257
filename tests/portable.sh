#!/bin/sh
# portable.sh DIR: prints the path of a copy of the program under test ($UNXREF, as
# tests/run_cli.sh sets it) that any user can run. For the cases that drop to an
# unprivileged user: the checkout may lie under a private directory (root's home, a
# `mktemp -d`) that such a user cannot enter, so nothing of the checkout may be run or read
# by it. DIR (made world-readable) gets the binary, the valgrind wrapper with its
# suppressions when $UNXREF is tests/valgrind.sh, and the LeakSanitizer suppressions that
# $LSAN_OPTIONS names; DIR/run sets the environment that points at those copies.
set -eu
dir=$1
mkdir -p "$dir"
case $UNXREF in
*/valgrind.sh)
    here=$(cd "$(dirname "$UNXREF")" && pwd)
    cp "$here/valgrind.sh" "$here/valgrind.supp" "$dir/"
    cp "$here/../unxref" "$dir/unxref"
    exec_line="UNXREF_BIN='$dir/unxref' VALGRIND_SUPP='$dir/valgrind.supp' exec sh '$dir/valgrind.sh' \"\$@\""
    ;;
*)
    cp "$UNXREF" "$dir/unxref"
    exec_line="exec '$dir/unxref' \"\$@\""
    ;;
esac
lsan=""
case ${LSAN_OPTIONS:-} in
*suppressions=*)
    supp=$(printf '%s\n' "$LSAN_OPTIONS" | tr ':' '\n' | sed -n 's/^suppressions=//p')
    cp "$supp" "$dir/lsan.supp"
    lsan="LSAN_OPTIONS='$(printf '%s' "$LSAN_OPTIONS" | sed "s|suppressions=[^:]*|suppressions=$dir/lsan.supp|")' "
    ;;
esac
printf '#!/bin/sh\n%s%s\n' "$lsan" "$exec_line" > "$dir/run"
chmod 755 "$dir" "$dir/run" "$dir/unxref"
chmod -R a+rX "$dir"
echo "$dir/run"
