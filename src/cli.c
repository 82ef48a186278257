/* cli: option parsing and usage (see cli.h). */
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sys/stat.h>

#include "input.h"
#include "lang.h"
#include "util.h"

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
    "            graph.svg (and png, pdf, graphml, gexf, csv, html, cyjs, pajek,\n"
    "            vosviewer on request)\n"
    "  stats     the analysis report: size, components, top nodes, communities,\n"
    "            main path, co-citation, citations over time, anomalies\n"
    "\n"
    "PATH is a file, a directory (walked recursively; *.txt, *.text, *.pdf files) or -\n"
    "for stdin (a PDF is read through poppler);\n"
    "with --from (and for stats, files named *.json) earlier extract output or graph.json.\n"
    "\n"
    "options:\n"
    "  -o, --output FILE|DIR  output file (extract, stats) or directory (graph)\n"
    "  -l, --lang LANG        auto (default), ar, zh, en, fr, ru or es: read the texts as\n"
    "                         LANG; a directory then gives only its files named for LANG\n"
    "                         (NAME.LANG.txt) or for no language\n"
    "      --symbol SYM       the symbol of the document read from - (or of the only PATH)\n"
    "      --editorial        graph, stats: mentions in text that is not the document's\n"
    "                         own (a compilation's notes) cite too\n"
    "      --keep-one-language graph, stats: keep the entities not in the gazetteer that\n"
    "                         only one language's versions of the documents name\n"
    "                         (left out and counted by default)\n"
    "  -f, --format LIST      graph outputs: json,dot,svg,png,pdf,graphml,gexf,csv,\n"
    "                         html,cyjs,pajek,vosviewer (default json,dot,svg)\n"
    "      --from             PATHs are JSON: `unxref extract` output or graph.json\n"
    "      --json             stats: the report as JSON\n"
    "      --list N           stats: length of the top lists (default 20)\n"
    "      --plots DIR        stats: charts into DIR (citations per year, citation age,\n"
    "                         in-degree distribution, most cited) as SVG, PNG and PDF;\n"
    "                         needs gnuplot\n"
    "  -e, --engine NAME      Graphviz layout engine (default: dot, sfdp above 150 nodes)\n"
    "\n"
    "selection (graph, stats; metrics, communities and main path are computed on the\n"
    "selected nodes and links):\n"
    "  --focus ID             only nodes within --depth links of ID (repeatable)\n"
    "  --depth K              ego radius (default 1)\n"
    "  --direction D          both (default), out (what ID cites), in (what cites ID)\n"
    "  --kinds LIST           resolution,convention,body,document\n"
    "  --organ LIST           SC,GA,ECOSOC,HRC,CHR,SUBCOM (resolutions and documents)\n"
    "  --years Y1-Y2          resolutions and documents of these years\n"
    "  --min-weight W         drop links of fewer than W mentions (and lone nodes)\n"
    "  --top N                the N nodes highest by --by, ranked on the selection by\n"
    "                         the other options, then analysed as a graph of their own\n"
    "  --by METRIC            pagerank (default), in_degree, out_degree, in_strength,\n"
    "                         out_strength, betweenness, hub, authority, coreness, closeness,\n"
    "                         citation_pagerank (on the resolutions and their cites links)\n"
    "\n"
    "diagram (graph):\n"
    "  --cluster BY           community, organ or year: boxes around groups\n"
    "  --color BY             kind (default) or community\n"
    "  --size METRIC          label size by a metric (default pagerank; none)\n"
    "  --labels STYLE         short (default: 1373 (2001)) or full (S/RES/1373 (2001))\n"
    "  --link-lang LANG       language of the undocs.org links (ar zh en fr ru es);\n"
    "                         html: also of the labels\n"
    "  --no-timeline          dot: no year rows\n"
    "  --no-legend            no legend\n"
    "  -g, --gazetteer FILE   bodies and conventions to use instead of the built-in list\n"
    "  --numbering FILE       UN session calendars and Council numbers to use instead of\n"
    "                         the built-in data/numbering.tsv\n"
    "  --attribution FILE     the rules of which organ owns a reference, instead of the\n"
    "                         built-in data/attribution.tsv\n"
    "  -j, --jobs N           documents read in parallel (default: all cores); the\n"
    "                         output is the same for any N\n"
    "  -q, --quiet            no warnings and no progress line\n"
    "  --exact-limit STEPS    above STEPS = nodes x (nodes + links) (default 1e9),\n"
    "                         betweenness is sampled and closeness not computed\n"
    "  --timings              seconds and peak memory of each stage on stderr\n"
    "  -h, --help             this text\n"
    "  -V, --version          the version\n"
    "\n"
    "exit status: 0 all inputs read, 1 some input or output failed (the others'\n"
    "results are still written), 2 usage error.\n";

int cli_usage_error(const char *msg, const char *arg, const char *hint)
{
    fprintf(stderr, "unxref: %s%s%s%s%s%s\n", msg, arg ? " '" : "", arg ? arg : "", arg ? "'" : "",
            hint ? "; " : "", hint ? hint : "");
    fputs("Try 'unxref --help'.\n", stderr);
    return EXIT_USAGE;
}

static int usage_error(const char *msg, const char *arg)
{
    return cli_usage_error(msg, arg, NULL);
}

/* A usage error whose hint lists the valid values: "the formats are json, dot, …". */
static int usage_error_list(const char *msg, const char *arg, const char *what,
                            const char *const *names, size_t n)
{
    struct buf b = BUF_INIT;
    buf_printf(&b, "the %s are", what);
    for (size_t i = 0; i < n; i++)
        buf_printf(&b, "%s %s", i ? "," : "", names[i]);
    int rc = cli_usage_error(msg, arg, b.data);
    buf_release(&b);
    return rc;
}

/* The formats of --format; on an unknown one, a usage error naming it. */
static int parse_formats(const char *list, int *out)
{
    static const struct {
        const char *name;
        int bit;
    } fmts[] = {{"json", FMT_JSON}, {"dot", FMT_DOT}, {"svg", FMT_SVG}, {"png", FMT_PNG},
                {"pdf", FMT_PDF}, {"layout", FMT_LAYOUT}, {"graphml", FMT_GRAPHML},
                {"gexf", FMT_GEXF}, {"csv", FMT_CSV}, {"html", FMT_HTML}, {"cyjs", FMT_CYJS},
                {"pajek", FMT_PAJEK}, {"vosviewer", FMT_VOSVIEWER}};
    int bits = 0;
    const char *p = list;
    while (*p) {
        size_t n = strcspn(p, ",");
        int found = 0;
        for (size_t i = 0; i < sizeof fmts / sizeof *fmts; i++)
            if (strlen(fmts[i].name) == n && strncmp(fmts[i].name, p, n) == 0)
                bits |= fmts[i].bit, found = 1;
        if (!found || n == 0) {
            const char *names[sizeof fmts / sizeof *fmts];
            for (size_t i = 0; i < sizeof fmts / sizeof *fmts; i++)
                names[i] = fmts[i].name;
            char *bad = xstrndup(p, n);
            int rc = usage_error_list(n ? "unknown format" : "empty format in", n ? bad : list,
                                      "formats", names, sizeof fmts / sizeof *fmts);
            free(bad);
            return rc;
        }
        p += n;
        if (*p == ',')
            p++;
    }
    if (!bits)
        return usage_error("no format in", list);
    *out = bits;
    return -1;
}

/* --by, --size: a metric; on an unknown one, a usage error listing them. */
static int parse_metric(const char *text, enum metric *out)
{
    if ((*out = metric_parse(text)) != M_NONE)
        return -1;
    const char *names[M_COUNT];
    for (int i = 0; i < M_COUNT; i++)
        names[i] = metric_name((enum metric)i);
    return usage_error_list("unknown metric", text, "metrics", names, M_COUNT);
}

enum {
    OPT_FOCUS = 256, OPT_DEPTH, OPT_DIRECTION, OPT_KINDS, OPT_ORGAN, OPT_YEARS, OPT_MIN_WEIGHT,
    OPT_TOP, OPT_BY, OPT_CLUSTER, OPT_COLOR, OPT_SIZE, OPT_LABELS, OPT_LINK_LANG,
    OPT_NO_TIMELINE, OPT_NO_LEGEND, OPT_FROM, OPT_JSON, OPT_TIMINGS,
    OPT_EXACT_LIMIT, OPT_LIST, OPT_NUMBERING, OPT_ATTRIBUTION, OPT_PLOTS, OPT_SYMBOL, OPT_EDITORIAL,
    OPT_KEEP_ONE_LANGUAGE
};

/* A whole number in [lo, hi]; -1 when the text is not one. */
static long number(const char *s, long lo, long hi)
{
    char *end;
    long v = strtol(s, &end, 10);
    return *s && !*end && v >= lo && v <= hi ? v : -1;
}

/* Selection and diagram options; returns -1 to go on, or the exit code. */
static int diagram_option(int c, struct options *o)
{
    struct subgraph_options *s = &o->select;
    struct dot_options *d = &o->diagram;
    char *end;
    switch (c) {
    case OPT_FOCUS:
        if (s->nfocus == SUBGRAPH_MAX_FOCUS)
            return usage_error("too many --focus nodes", NULL);
        s->focus[s->nfocus++] = optarg;
        return -1;
    case OPT_DEPTH:
        return (s->depth = (int)number(optarg, 0, 1000)) < 0
                   ? usage_error("--depth needs a number from 0 to 1000, not", optarg)
                   : -1;
    case OPT_DIRECTION:
        return subgraph_parse_direction(optarg, &s->direction) != 0
                   ? usage_error("--direction is in, out or both, not", optarg)
                   : -1;
    case OPT_KINDS:
        return subgraph_parse_kinds(optarg, &s->kinds) != 0
                   ? usage_error("unknown kind in", optarg)
                   : -1;
    case OPT_ORGAN:
        return subgraph_parse_organs(optarg, &s->organs) != 0
                   ? usage_error("unknown organ in", optarg)
                   : -1;
    case OPT_YEARS:
        return subgraph_parse_years(optarg, &s->year_from, &s->year_to) != 0
                   ? usage_error("--years needs YEAR or YEAR-YEAR, not", optarg)
                   : -1;
    case OPT_MIN_WEIGHT:
        s->min_weight = strtod(optarg, &end);
        return *end || !*optarg || !(s->min_weight >= 0)
                   ? usage_error("--min-weight needs a number, not", optarg)
                   : -1;
    case OPT_TOP:
        return (s->top = number(optarg, 1, 100000000)) < 0
                   ? usage_error("--top needs a positive number, not", optarg)
                   : -1;
    case OPT_BY:
        return parse_metric(optarg, &s->by);
    case OPT_CLUSTER:
        return dot_parse_cluster(optarg, &d->cluster) != 0
                   ? usage_error("--cluster is community, organ or year, not", optarg)
                   : -1;
    case OPT_COLOR:
        if (strcmp(optarg, "kind") != 0 && strcmp(optarg, "community") != 0)
            return usage_error("--color is kind or community, not", optarg);
        d->color_community = strcmp(optarg, "community") == 0;
        return -1;
    case OPT_SIZE:
        if (strcmp(optarg, "none") == 0)
            d->size = M_NONE;
        else
            return parse_metric(optarg, &d->size);
        return -1;
    case OPT_LABELS:
        if (strcmp(optarg, "short") != 0 && strcmp(optarg, "full") != 0)
            return usage_error("--labels is short or full, not", optarg);
        d->full_labels = strcmp(optarg, "full") == 0;
        return -1;
    case OPT_LINK_LANG:
        if (!lang_get(optarg))
            return usage_error("unknown language", optarg);
        d->link_lang = optarg;
        return -1;
    case OPT_NO_TIMELINE:
        d->no_timeline = 1;
        return -1;
    default:
        d->no_legend = 1;
        return -1;
    }
}

/* One option; returns -1 to go on, or the exit code. */
static int option(int c, struct options *o, char **argv, int *fmt_given, int *diagram_given)
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
        *fmt_given = 1;
        return parse_formats(optarg, &o->formats);
    case 'e':
        o->engine = optarg;
        return -1;
    case 'g':
        o->gazetteer = optarg;
        return -1;
    case 'q':
        o->quiet = 1;
        return -1;
    case 'j': {
        char *end;
        long n = strtol(optarg, &end, 10);
        if (end == optarg || *end || n < 1 || n > 256)
            return usage_error("--jobs needs a number from 1 to 256, not", optarg);
        o->jobs = (int)n;
        return -1;
    }
    case OPT_FROM:
        o->from_json = 1;
        return -1;
    case OPT_NUMBERING:
        o->numbering = optarg;
        return -1;
    case OPT_ATTRIBUTION:
        o->attribution = optarg;
        return -1;
    case OPT_EDITORIAL:
        o->editorial = 1;
        return -1;
    case OPT_KEEP_ONE_LANGUAGE:
        o->keep_one_language = 1;
        return -1;
    case OPT_SYMBOL:
        if (!input_symbol_whole(optarg, strlen(optarg), o->symbol))
            return usage_error("--symbol needs a UN document symbol (S/RES/2600 (2021), "
                               "A/RES/78/144, S/2023/212), not", optarg);
        return -1;
    case OPT_JSON:
        o->json = 1;
        return -1;
    case OPT_TIMINGS:
        o->timings = 1;
        return -1;
    case OPT_LIST:
        return (o->list = number(optarg, 1, 100000000)) < 0
                   ? usage_error("--list needs a positive number, not", optarg)
                   : -1;
    case OPT_PLOTS:
        o->plots = optarg;
        return -1;
    case OPT_EXACT_LIMIT: {
        char *end;
        double x = strtod(optarg, &end);
        if (end == optarg || *end || !(x >= 0 && x <= 1e18))
            return usage_error("--exact-limit needs a number of steps (0 to 1e18), not", optarg);
        o->exact_limit = x;
        return -1;
    }
    case 'h':
        fputs(USAGE, stdout);
        return EXIT_OK;
    case 'V':
        printf("unxref %s\n", UNXREF_VERSION);
        return EXIT_OK;
    case OPT_FOCUS:
    case OPT_DEPTH:
    case OPT_DIRECTION:
    case OPT_KINDS:
    case OPT_ORGAN:
    case OPT_YEARS:
    case OPT_MIN_WEIGHT:
    case OPT_TOP:
    case OPT_BY:
    case OPT_CLUSTER:
    case OPT_COLOR:
    case OPT_SIZE:
    case OPT_LABELS:
    case OPT_LINK_LANG:
    case OPT_NO_TIMELINE:
    case OPT_NO_LEGEND:
        *diagram_given = 1;
        return diagram_option(c, o);
    case ':':
        return usage_error("option needs a value:", argv[optind - 1]);
    default:
        return usage_error("unknown option", argv[optind - 1]);
    }
}

/* Whether graph's -o names a file rather than a directory: an existing file that is
 * no directory, or a name (not an existing directory) whose last part ends in a file
 * extension ("out.json", "g.svg"). */
static int names_a_file(const char *path)
{
    struct stat st;
    if (stat(path, &st) == 0)
        return !S_ISDIR(st.st_mode);
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    if (!dot || dot == base || !dot[1] || strlen(dot + 1) > 5)
        return 0;
    for (const char *p = dot + 1; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')))
            return 0;
    return 1;
}

int cli_parse(int argc, char **argv, struct options *o)
{
    static const struct option longopts[] = {
        {"output", required_argument, NULL, 'o'}, {"lang", required_argument, NULL, 'l'},
        {"format", required_argument, NULL, 'f'}, {"engine", required_argument, NULL, 'e'},
        {"gazetteer", required_argument, NULL, 'g'}, {"quiet", no_argument, NULL, 'q'},
        {"jobs", required_argument, NULL, 'j'},
        {"help", no_argument, NULL, 'h'},         {"version", no_argument, NULL, 'V'},
        {"from", no_argument, NULL, OPT_FROM},
        {"numbering", required_argument, NULL, OPT_NUMBERING},
        {"attribution", required_argument, NULL, OPT_ATTRIBUTION},
        {"symbol", required_argument, NULL, OPT_SYMBOL},
        {"editorial", no_argument, NULL, OPT_EDITORIAL},
        {"keep-one-language", no_argument, NULL, OPT_KEEP_ONE_LANGUAGE},
        {"json", no_argument, NULL, OPT_JSON},
        {"timings", no_argument, NULL, OPT_TIMINGS},
        {"list", required_argument, NULL, OPT_LIST},
        {"plots", required_argument, NULL, OPT_PLOTS},
        {"exact-limit", required_argument, NULL, OPT_EXACT_LIMIT},
        {"focus", required_argument, NULL, OPT_FOCUS},
        {"depth", required_argument, NULL, OPT_DEPTH},
        {"direction", required_argument, NULL, OPT_DIRECTION},
        {"kinds", required_argument, NULL, OPT_KINDS},
        {"organ", required_argument, NULL, OPT_ORGAN},
        {"years", required_argument, NULL, OPT_YEARS},
        {"min-weight", required_argument, NULL, OPT_MIN_WEIGHT},
        {"top", required_argument, NULL, OPT_TOP},
        {"by", required_argument, NULL, OPT_BY},
        {"cluster", required_argument, NULL, OPT_CLUSTER},
        {"color", required_argument, NULL, OPT_COLOR},
        {"size", required_argument, NULL, OPT_SIZE},
        {"labels", required_argument, NULL, OPT_LABELS},
        {"link-lang", required_argument, NULL, OPT_LINK_LANG},
        {"no-timeline", no_argument, NULL, OPT_NO_TIMELINE},
        {"no-legend", no_argument, NULL, OPT_NO_LEGEND},
        {NULL, 0, NULL, 0}};
    memset(o, 0, sizeof *o);
    o->lang = "auto";
    o->exact_limit = -1;
    o->formats = FMT_JSON | FMT_DOT | FMT_SVG;
    subgraph_options_init(&o->select);
    dot_options_init(&o->diagram);
    int fmt_given = 0, diagram_given = 0, c, rc;
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
    while ((c = getopt_long(argc, argv, ":o:l:f:e:g:j:qhV", longopts, NULL)) != -1)
        if ((rc = option(c, o, argv, &fmt_given, &diagram_given)) >= 0)
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
    if (o->cmd == CMD_GRAPH && names_a_file(o->output))
        return cli_usage_error("graph writes a directory of files; -o names a file:",
                                o->output, "give a directory, e.g. -o graphs/");
    if (o->engine) {
        struct buf hint = BUF_INIT;
        char *engines = dot_layout_engines();
        buf_printf(&hint, "the engines of this Graphviz are %s", engines);
        rc = dot_engine_known(engines, o->engine)
                 ? -1
                 : cli_usage_error("unknown Graphviz layout engine", o->engine, hint.data);
        free(engines);
        buf_release(&hint);
        if (rc >= 0)
            return rc;
    }
    if (o->cmd != CMD_GRAPH && fmt_given)
        return usage_error("--format is for 'unxref graph'", NULL);
    if (o->cmd == CMD_EXTRACT && diagram_given)
        return usage_error("selection and diagram options are for 'unxref graph'", NULL);
    if (o->cmd == CMD_EXTRACT && o->from_json)
        return usage_error("--from is for 'unxref graph' and 'unxref stats'", NULL);
    if (o->cmd == CMD_EXTRACT && o->keep_one_language)
        return usage_error("--keep-one-language is for 'unxref graph' and 'unxref stats'", NULL);
    if (o->cmd == CMD_EXTRACT && o->editorial)
        return usage_error("--editorial is for 'unxref graph' and 'unxref stats' (extract "
                           "marks those mentions \"editorial\": true)", NULL);
    if (o->from_json && o->symbol[0])
        return usage_error("--symbol is for texts, not with --from", NULL);
    if (o->cmd != CMD_STATS && o->json)
        return usage_error("--json is for 'unxref stats'", NULL);
    if (o->cmd != CMD_STATS && o->list)
        return usage_error("--list is for 'unxref stats'", NULL);
    if (o->cmd != CMD_STATS && o->plots)
        return usage_error("--plots is for 'unxref stats'", NULL);
    return -1;
}
