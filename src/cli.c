/* cli: option parsing and usage (see cli.h). */
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "lang.h"

static const char USAGE[] =
    "usage: unxref extract [options] PATH...\n"
    "       unxref graph [options] PATH... -o DIR\n"
    "       unxref stats [options] PATH...\n"
    "\n"
    "Finds the resolutions, conventions and UN bodies that United Nations texts cite,\n"
    "in Arabic, Chinese, English, French, Russian and Spanish.\n"
    "\n"
    "  extract   write the mentions of every document as JSON (stdout or -o FILE)\n"
    "  graph     build the citation graph, rank it, write DIR/graph.json, graph.dot,\n"
    "            graph.svg (and png, pdf, graphml, gexf, csv on request)\n"
    "  stats     the analysis report: size, components, top nodes, communities,\n"
    "            main path, co-citation, citations over time, anomalies\n"
    "\n"
    "PATH is a file, a directory (walked recursively; *.txt files) or - for stdin;\n"
    "with --from (and for stats, files named *.json) earlier extract output or graph.json.\n"
    "\n"
    "options:\n"
    "  -o, --output FILE|DIR  output file (extract, stats) or directory (graph)\n"
    "  -l, --lang LANG        auto (default), ar, zh, en, fr, ru or es\n"
    "  -f, --format LIST      graph outputs: json,dot,svg,png,pdf,graphml,gexf,csv\n"
    "                         (default json,dot,svg)\n"
    "      --from             PATHs are JSON: `unxref extract` output or graph.json\n"
    "      --json             stats: the report as JSON\n"
    "      --top N            stats: length of the top lists (default 20)\n"
    "  -e, --engine NAME      Graphviz layout engine (default: dot, sfdp above 150 nodes)\n"
    "  -g, --gazetteer FILE   bodies and conventions to use instead of the built-in list\n"
    "  -q, --quiet            no warnings\n"
    "  -h, --help             this text\n"
    "  -V, --version          the version\n"
    "\n"
    "exit status: 0 all inputs read, 1 some input or output failed (the others'\n"
    "results are still written), 2 usage error.\n";

static int usage_error(const char *msg, const char *arg)
{
    fprintf(stderr, "unxref: %s%s%s%s\n", msg, arg ? " '" : "", arg ? arg : "", arg ? "'" : "");
    fputs("Try 'unxref --help'.\n", stderr);
    return EXIT_USAGE;
}

static int parse_formats(const char *list, int *out)
{
    static const struct {
        const char *name;
        int bit;
    } fmts[] = {{"json", FMT_JSON}, {"dot", FMT_DOT}, {"svg", FMT_SVG}, {"png", FMT_PNG},
                {"pdf", FMT_PDF}, {"graphml", FMT_GRAPHML}, {"gexf", FMT_GEXF}, {"csv", FMT_CSV}};
    int bits = 0;
    const char *p = list;
    while (*p) {
        size_t n = strcspn(p, ",");
        int found = 0;
        for (size_t i = 0; i < sizeof fmts / sizeof *fmts; i++)
            if (strlen(fmts[i].name) == n && strncmp(fmts[i].name, p, n) == 0)
                bits |= fmts[i].bit, found = 1;
        if (!found || n == 0)
            return -1;
        p += n;
        if (*p == ',')
            p++;
    }
    if (!bits)
        return -1;
    *out = bits;
    return 0;
}

/* One option; returns -1 to go on, or the exit code. */
static int option(int c, struct options *o, char **argv, int *fmt_given)
{
    switch (c) {
    case 'o':
        o->output = optarg;
        return -1;
    case 'l':
        if (strcmp(optarg, "auto") != 0 && !lang_get(optarg))
            return usage_error("unknown language", optarg);
        o->lang = optarg;
        return -1;
    case 'f':
        if (parse_formats(optarg, &o->formats) != 0)
            return usage_error("unknown format in", optarg);
        *fmt_given = 1;
        return -1;
    case 'e':
        o->engine = optarg;
        return -1;
    case 'g':
        o->gazetteer = optarg;
        return -1;
    case 'q':
        o->quiet = 1;
        return -1;
    case 'F':
        o->from_json = 1;
        return -1;
    case 'j':
        o->json = 1;
        return -1;
    case 'n': {
        char *end;
        o->top = strtol(optarg, &end, 10);
        if (*end || end == optarg || o->top < 1 || o->top > 100000)
            return usage_error("--top needs a number from 1 to 100000, not", optarg);
        return -1;
    }
    case 'h':
        fputs(USAGE, stdout);
        return EXIT_OK;
    case 'V':
        printf("unxref %s\n", UNXREF_VERSION);
        return EXIT_OK;
    case ':':
        return usage_error("option needs a value:", argv[optind - 1]);
    default:
        return usage_error("unknown option", argv[optind - 1]);
    }
}

int cli_parse(int argc, char **argv, struct options *o)
{
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'}, {"lang", required_argument, NULL, 'l'},
        {"format", required_argument, NULL, 'f'}, {"engine", required_argument, NULL, 'e'},
        {"gazetteer", required_argument, NULL, 'g'}, {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},         {"version", no_argument, NULL, 'V'},
        {"from", no_argument, NULL, 'F'},         {"json", no_argument, NULL, 'j'},
        {"top", required_argument, NULL, 'n'},
        {NULL, 0, NULL, 0}};
    memset(o, 0, sizeof *o);
    o->lang = "auto";
    o->formats = FMT_JSON | FMT_DOT | FMT_SVG;
    o->top = 20;
    int fmt_given = 0, c, rc;
    if (argc >= 2) {
        if (strcmp(argv[1], "extract") == 0)
            o->cmd = CMD_EXTRACT;
        else if (strcmp(argv[1], "graph") == 0)
            o->cmd = CMD_GRAPH;
        else if (strcmp(argv[1], "stats") == 0)
            o->cmd = CMD_STATS;
    }
    /* Options may come before or after the paths (GNU getopt permutes argv). */
    optind = o->cmd == CMD_NONE ? 1 : 2;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":o:l:f:e:g:qhV", longopts, NULL)) != -1)
        if ((rc = option(c, o, argv, &fmt_given)) >= 0)
            return rc;
    if (o->cmd == CMD_NONE) {
        if (optind < argc)
            return usage_error("unknown command", argv[optind]);
        return usage_error("no command given (extract, graph or stats)", NULL);
    }
    o->paths = argv + optind;
    o->npaths = argc - optind;
    if (o->npaths == 0)
        return usage_error("no input PATH given", NULL);
    if (o->cmd == CMD_GRAPH && !o->output)
        return usage_error("graph needs an output directory: -o DIR", NULL);
    if (o->cmd != CMD_GRAPH && fmt_given)
        return usage_error("--format is for 'unxref graph'", NULL);
    if (o->cmd == CMD_EXTRACT && o->from_json)
        return usage_error("--from is for 'unxref graph' and 'unxref stats'", NULL);
    if (o->cmd != CMD_STATS && (o->json || o->top != 20))
        return usage_error("--json and --top are for 'unxref stats'", NULL);
    return -1;
}
