#!/bin/sh
# Fuzz smoke run: for each target named, replays tests/fuzz/regress/TARGET/ (every crash input
# found so far), then fuzzes for $FUZZ_SECONDS from build/fuzz/seeds/TARGET (+ the
# corpus it grew in build/fuzz/corpus/TARGET) with tests/fuzz/TARGET.dict when there is one.
# Prints executions, coverage and corpus size per target and the closing N passed line.
# FUZZ_MAX_LEN: the longest input tried (4096 for the smoke run; make fuzz-long: 1 MiB);
# FUZZ_TIMEOUT: seconds one input may take (10; make fuzz-long: 120, for the sanitizers'
# 10-20 times slower extraction of a dense 1 MiB line on a loaded machine).
# Usage: FUZZ_SECONDS=20 [FUZZ_MAX_LEN=N] run_fuzz.sh TARGET...
secs=${FUZZ_SECONDS:-20}
maxlen=${FUZZ_MAX_LEN:-4096}
timeout=${FUZZ_TIMEOUT:-10}
passed=0 failed=0
export ASAN_OPTIONS=detect_leaks=1:fast_unwind_on_malloc=0
export UBSAN_OPTIONS=print_stacktrace=1
export LSAN_OPTIONS=suppressions=$(pwd)/tests/lsan.supp:print_suppressions=0
for t in "$@"; do
    bin=build-fuzz/fuzz_$t
    log=build/fuzz/$t.log
    mkdir -p "tests/fuzz/regress/$t" "build/fuzz/corpus/$t" "build/fuzz/seeds/$t"
    dict=""
    [ -f "tests/fuzz/$t.dict" ] && dict="-dict=tests/fuzz/$t.dict"
    if ! $bin -runs=0 tests/fuzz/regress/$t tests/fuzz/seeds/$t >"$log.replay" 2>&1; then
        echo "tests/fuzz/$t: a regression input fails:"; tail -30 "$log.replay"
        failed=$((failed + 1)); continue
    fi
    # shellcheck disable=SC2086
    nice $bin -max_total_time="$secs" -max_len="$maxlen" -timeout="$timeout" -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="build/fuzz/crash-$t-" $dict \
        "build/fuzz/corpus/$t" "build/fuzz/seeds/$t" >"$log" 2>&1
    rc=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    cov=$(grep -E '^#[0-9]+' "$log" | tail -1 | sed -n 's/.*cov: \([0-9]*\) ft: \([0-9]*\) corp: \([0-9]*\).*/cov \1, features \2, corpus \3/p')
    if [ $rc -ne 0 ]; then
        echo "tests/fuzz/$t: FAILED (exit $rc); input in build/fuzz/crash-$t-*:"
        grep -E 'ERROR|invariant|SUMMARY|==[0-9]+==' "$log" | head -20
        failed=$((failed + 1))
    else
        echo "tests/fuzz/$t: ${execs:-?} executions in ${secs}s, $cov"
        passed=$((passed + 1))
    fi
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
