/* cli: the command line — subcommands, options, usage text — into struct options. */
#ifndef UNXREF_CLI_H
#define UNXREF_CLI_H

#include "emit_dot.h"
#include "symbol.h"
#include "subgraph.h"

enum command { CMD_NONE, CMD_EXTRACT, CMD_GRAPH, CMD_STATS };

/* Exit codes (documented in --help and the man page). */
enum { EXIT_OK = 0, EXIT_INPUT = 1, EXIT_USAGE = 2 };

struct options {
    enum command cmd;
    const char *output;     /* -o: file (extract) or directory (graph) */
    const char *lang;       /* "auto" or a code */
    const char *gazetteer;  /* file, or NULL for the built-in one */
    const char *numbering;  /* --numbering: file, or NULL for the built-in data/numbering.tsv */
    const char *attribution; /* --attribution: file, or NULL for data/attribution.tsv */
    const char *engine;     /* layout engine or NULL */
    int formats;            /* bit set of FMT_* */
    int quiet;
    int jobs;               /* -j: worker threads, 0 = all cores */
    struct subgraph_options select;  /* --focus, --top, … (graph, stats) */
    struct dot_options diagram;      /* --cluster, --size, … (graph) */
    int from_json;          /* --from: PATHs are extract output or graph.json */
    int json;               /* stats --json */
    long list;              /* stats --list: length of the top lists, 0 = default */
    const char *plots;      /* stats --plots DIR: the charts, or NULL */
    int timings;            /* --timings: per-stage report on stderr */
    double exact_limit;     /* --exact-limit, or -1 for the default */
    char symbol[SYMBOL_MAX]; /* --symbol, canonical, or "" */
    int keep_one_language;  /* --keep-one-language (graph, stats; crosslang.h) */
    int editorial;          /* --editorial: editorial text cites too (graph, stats) */
    char **paths;
    int npaths;
};

enum {
    FMT_JSON = 1, FMT_DOT = 2, FMT_SVG = 4, FMT_PNG = 8, FMT_PDF = 16, FMT_LAYOUT = 32,
    FMT_GRAPHML = 64, FMT_GEXF = 128, FMT_CSV = 256, FMT_HTML = 512, FMT_CYJS = 1024,
    FMT_PAJEK = 2048, FMT_VOSVIEWER = 4096
};

/* Parses argv. Returns -1 to go on, or the exit code when done (help, version, usage
 * error — reported). */
int cli_parse(int argc, char **argv, struct options *o);
/* "unxref: MSG 'ARG'; HINT" on stderr (arg, hint optional) and the pointer to --help;
 * returns EXIT_USAGE. For usage errors found after parsing (main.c). */
int cli_usage_error(const char *msg, const char *arg, const char *hint);

#endif
