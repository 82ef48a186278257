#!/bin/sh
# ./unxref under valgrind memcheck, for tests/run_cli.sh (make memcheck): an invalid read
# or write, a use of uninitialised memory or a definite/indirect leak makes the exit
# status 99, which no case expects. tests/valgrind.supp holds what Graphviz and the font
# stack keep until exit; nothing of unxref's own is suppressed. UNXREF_BIN and VALGRIND_SUPP
# point at copies (tests/portable.sh, for the cases that run as another user).
here=$(cd "$(dirname "$0")" && pwd)
exec valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect \
    --errors-for-leak-kinds=definite,indirect --track-fds=no \
    --suppressions="${VALGRIND_SUPP:-$here/valgrind.supp}" "${UNXREF_BIN:-$here/../unxref}" "$@"
