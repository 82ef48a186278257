/* fuzz: the entry point every target in tests/fuzz/ defines. Built two ways: with clang's
 * -fsanitize=fuzzer (libFuzzer supplies main; `make fuzz`), or with tests/fuzz/replay.c, which
 * runs the target once over each file named on the command line (the regression inputs
 * in tests/fuzz/regress/, run by `make asan` without needing libFuzzer). */
#ifndef UNXREF_FUZZ_H
#define UNXREF_FUZZ_H

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Aborts (a crash libFuzzer reports, with the input) when cond is false. */
#define FUZZ_ASSERT(cond)                                                                 \
    do {                                                                                  \
        if (!(cond))                                                                      \
            fuzz_fail(#cond, __FILE__, __LINE__);                                         \
    } while (0)
void fuzz_fail(const char *what, const char *file, int line) __attribute__((noreturn));

#endif
