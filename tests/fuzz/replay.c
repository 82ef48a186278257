/* replay: main() for a fuzz target without libFuzzer — runs it once on each file named
 * on the command line (directories: each file in them) and prints NAME: N passed, 0
 * failed. A crashing input aborts under the sanitizers, which is the failure. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fuzz.h"
#include "input.h"

static int replay_file(const char *path)
{
    char *data;
    size_t n;
    const char *why;
    if (input_read(path, &data, &n, &why) != 0) {
        fprintf(stderr, "replay: %s: %s\n", path, why);
        return 0;
    }
    LLVMFuzzerTestOneInput((const uint8_t *)data, n);
    free(data);
    return 1;
}

int main(int argc, char **argv)
{
    long ran = 0, missing = 0;
    for (int i = 1; i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode)) {
            struct dirent **names;
            int k = scandir(argv[i], &names, NULL, alphasort);
            for (int j = 0; j < k; j++) {
                if (names[j]->d_name[0] != '.') {
                    size_t len = strlen(argv[i]) + strlen(names[j]->d_name) + 2;
                    char *p = malloc(len);
                    snprintf(p, len, "%s/%s", argv[i], names[j]->d_name);
                    if (replay_file(p))
                        ran++;
                    else
                        missing++;
                    free(p);
                }
                free(names[j]);
            }
            free(names);
        } else if (replay_file(argv[i])) {
            ran++;
        } else {
            missing++;
        }
    }
    printf("%s: %ld passed, %ld failed\n", strrchr(argv[0], '/') ? strrchr(argv[0], '/') + 1
                                                                  : argv[0], ran, missing);
    return missing ? 1 : 0;
}
