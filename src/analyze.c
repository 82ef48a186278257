/* analyze: igraph metrics (see analyze.h). */
#include "analyze.h"

#include <igraph.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "diag.h"
#include "subgraph.h"
#include "util.h"

void analyze_init(void)
{
    igraph_set_error_handler(igraph_error_handler_printignore);
    igraph_set_warning_handler(igraph_warning_handler_ignore);
}

static int failed(const char *what, igraph_error_t rc)
{
    diag_error(NULL, 0, "igraph: %s failed: %s", what, igraph_strerror(rc));
    return -1;
}

/* igraph returns -0.0 and 1e-17 noise for scores that are zero. */
static double clean(double x) { return fabs(x) < 1e-15 ? 0.0 : x; }

/* The directed graph G (weights w) and its undirected simple version U (weights uw). */
struct ig {
    igraph_t G, U;
    igraph_vector_t w, uw;
};

struct upair {
    size_t a, b;
    double w;
};

static int cmp_upair(const void *x, const void *y)
{
    const struct upair *p = x, *q = y;
    if (p->a != q->a)
        return p->a < q->a ? -1 : 1;
    return p->b < q->b ? -1 : p->b > q->b;
}

static igraph_error_t ig_build(struct ig *ig, const struct graph *g)
{
    igraph_vector_int_t edges;
    size_t n = g->nnodes, m = g->nedges, k = 0;
    IGRAPH_CHECK(igraph_vector_int_init(&edges, (igraph_integer_t)(2 * m)));
    IGRAPH_FINALLY(igraph_vector_int_destroy, &edges);
    IGRAPH_CHECK(igraph_vector_init(&ig->w, (igraph_integer_t)m));
    IGRAPH_FINALLY(igraph_vector_destroy, &ig->w);
    for (size_t i = 0; i < m; i++) {
        VECTOR(edges)[2 * i] = (igraph_integer_t)g->edges[i].from;
        VECTOR(edges)[2 * i + 1] = (igraph_integer_t)g->edges[i].to;
        VECTOR(ig->w)[i] = g->edges[i].weight;
    }
    IGRAPH_CHECK(igraph_create(&ig->G, &edges, (igraph_integer_t)n, IGRAPH_DIRECTED));
    IGRAPH_FINALLY(igraph_destroy, &ig->G);

    /* undirected: one link per unordered pair, weights summed */
    struct upair *p = xmalloc((m + 1) * sizeof *p);
    for (size_t i = 0; i < m; i++) {
        size_t a = g->edges[i].from, b = g->edges[i].to;
        p[i] = (struct upair){a < b ? a : b, a < b ? b : a, g->edges[i].weight};
    }
    qsort(p, m, sizeof *p, cmp_upair);
    for (size_t i = 0; i < m; i++) {
        if (k && p[k - 1].a == p[i].a && p[k - 1].b == p[i].b)
            p[k - 1].w += p[i].w;
        else
            p[k++] = p[i];
    }
    igraph_error_t rc = igraph_vector_int_resize(&edges, (igraph_integer_t)(2 * k));
    if (!rc)
        rc = igraph_vector_init(&ig->uw, (igraph_integer_t)k);
    if (rc) {
        free(p);
        IGRAPH_ERROR("undirected graph", rc);
    }
    for (size_t i = 0; i < k; i++) {
        VECTOR(edges)[2 * i] = (igraph_integer_t)p[i].a;
        VECTOR(edges)[2 * i + 1] = (igraph_integer_t)p[i].b;
        VECTOR(ig->uw)[i] = p[i].w;
    }
    free(p);
    IGRAPH_FINALLY(igraph_vector_destroy, &ig->uw);
    IGRAPH_CHECK(igraph_create(&ig->U, &edges, (igraph_integer_t)n, IGRAPH_UNDIRECTED));
    igraph_vector_int_destroy(&edges);
    IGRAPH_FINALLY_CLEAN(4);
    return IGRAPH_SUCCESS;
}

static void ig_free(struct ig *ig)
{
    igraph_destroy(&ig->U);
    igraph_destroy(&ig->G);
    igraph_vector_destroy(&ig->uw);
    igraph_vector_destroy(&ig->w);
}

/* ---- partitions: renumbered by size (largest first, then lowest member), labelled ---- */

struct part_order {
    const size_t *size, *first;
};

static const struct part_order *sort_ctx;

static int cmp_part(const void *x, const void *y)
{
    size_t a = *(const size_t *)x, b = *(const size_t *)y;
    if (sort_ctx->size[a] != sort_ctx->size[b])
        return sort_ctx->size[a] > sort_ctx->size[b] ? -1 : 1;
    return sort_ctx->first[a] < sort_ctx->first[b] ? -1 : sort_ctx->first[a] > sort_ctx->first[b];
}

static int cmp_rank_ctx(const struct graph *g, size_t a, size_t b)
{
    if (g->nodes[a].pagerank != g->nodes[b].pagerank)
        return g->nodes[a].pagerank > g->nodes[b].pagerank ? -1 : 1;
    return a < b ? -1 : a > b;
}

#define LABEL_MEMBERS 3

/* Stores memb (values 0..k-1) into each node's field at offset off and fills p. */
static void set_partition(struct graph *g, const igraph_vector_int_t *memb, size_t off,
                          struct partition *p)
{
    size_t n = g->nnodes, k = 0;
    for (size_t i = 0; i < n; i++)
        if ((size_t)VECTOR(*memb)[i] + 1 > k)
            k = (size_t)VECTOR(*memb)[i] + 1;
    size_t *size = xcalloc(k + 1, sizeof *size), *first = xmalloc((k + 1) * sizeof *first);
    size_t *order = xmalloc((k + 1) * sizeof *order), *newid = xmalloc((k + 1) * sizeof *newid);
    for (size_t c = 0; c < k; c++)
        first[c] = (size_t)-1, order[c] = c;
    for (size_t i = 0; i < n; i++) {
        size_t c = (size_t)VECTOR(*memb)[i];
        if (size[c]++ == 0)
            first[c] = i;
    }
    struct part_order ctx = {size, first};
    sort_ctx = &ctx;
    qsort(order, k, sizeof *order, cmp_part);
    partition_release(p);
    p->size = xcalloc(k + 1, sizeof *p->size);
    p->label = xcalloc(k + 1, sizeof *p->label);
    size_t (*top)[LABEL_MEMBERS] = xmalloc((k + 1) * sizeof *top);
    for (size_t r = 0; r < k; r++) {
        newid[order[r]] = r;
        p->size[r] = size[order[r]];
        for (int j = 0; j < LABEL_MEMBERS; j++)
            top[r][j] = (size_t)-1;
    }
    for (size_t r = 0; r < k && size[order[r]]; r++)
        p->n = (long)r + 1;
    for (size_t i = 0; i < n; i++) {
        size_t c = newid[VECTOR(*memb)[i]];
        *(long *)((char *)&g->nodes[i] + off) = (long)c;
        /* keep the LABEL_MEMBERS highest PageRanks, in order */
        size_t x = i;
        for (int j = 0; j < LABEL_MEMBERS; j++)
            if (top[c][j] == (size_t)-1 || cmp_rank_ctx(g, x, top[c][j]) < 0) {
                size_t t = top[c][j];
                top[c][j] = x;
                if ((x = t) == (size_t)-1)
                    break;
            }
    }
    for (long r = 0; r < p->n; r++) {
        struct buf b = BUF_INIT;
        for (int j = 0; j < LABEL_MEMBERS && top[r][j] != (size_t)-1; j++) {
            const struct gnode *m = &g->nodes[top[r][j]];
            buf_printf(&b, "%s%s", j ? "; " : "", m->label ? m->label : m->id);
        }
        p->label[r] = b.data ? buf_detach(&b) : xstrdup("");
    }
    free(top);
    free(size);
    free(first);
    free(order);
    free(newid);
}

/* ---- Louvain guard: igraph 0.10.2 can loop forever; its pass loop checks for
 * interruption once per pass, so a cap on passes ends it — a count, not a clock, so the
 * result does not depend on the machine's load ---- */

#define LOUVAIN_MAX_PASSES 5000
static long louvain_passes;

static igraph_error_t pass_counter(void *data)
{
    (void)data;
    return ++louvain_passes > LOUVAIN_MAX_PASSES ? IGRAPH_INTERRUPTED : IGRAPH_SUCCESS;
}

#define LEIDEN_SEED 20240501
#define LEIDEN_MAX_ROUNDS 10
#define LEIDEN_MIN_GAIN 1e-3 /* relative gain of quality that earns another round */

/* Stores the partition memb (node field at offset off) and its modularity into p. */
static igraph_error_t keep_partition(struct graph *g, struct ig *ig,
                                     const igraph_vector_int_t *memb, size_t off,
                                     struct partition *p)
{
    igraph_real_t q;
    IGRAPH_CHECK(igraph_modularity(&ig->U, memb, &ig->uw, 1.0, IGRAPH_UNDIRECTED, &q));
    set_partition(g, memb, off, p);
    p->modularity = q;
    return IGRAPH_SUCCESS;
}

/* Community detection runs from this many seeds (one above COMMUNITY_RUNS_MAX nodes +
 * links), the partition of highest modularity kept: one run of these randomised heuristics
 * spreads by about ±10 % of modularity on a graph of a few hundred links. */
#define COMMUNITY_RUNS 7
#define COMMUNITY_RUNS_MAX 2e5

static int community_runs(const struct graph *g)
{
    return (double)g->nnodes + (double)g->nedges > COMMUNITY_RUNS_MAX ? 1 : COMMUNITY_RUNS;
}

/* Keeps memb in best when its modularity beats *qbest. */
static igraph_error_t keep_best(struct ig *ig, const igraph_vector_int_t *memb,
                                igraph_vector_int_t *best, igraph_real_t *qbest)
{
    igraph_real_t q;
    IGRAPH_CHECK(igraph_modularity(&ig->U, memb, &ig->uw, 1.0, IGRAPH_UNDIRECTED, &q));
    if (q > *qbest || igraph_vector_int_size(best) == 0) { /* q is NaN without links */
        *qbest = q;
        IGRAPH_CHECK(igraph_vector_int_update(best, memb));
    }
    return IGRAPH_SUCCESS;
}

/* Leiden into memb (work vector nw), stored in g->leiden: from each seed, rounds until the
 * quality grows by less than 0.1 %; the best partition of community_runs() seeds. */
static igraph_error_t leiden(struct graph *g, struct ig *ig, igraph_vector_int_t *memb,
                             igraph_vector_t *nw)
{
    igraph_integer_t nc;
    igraph_real_t quality = 0, prev, qbest = -2;
    double m2 = 0;
    for (igraph_integer_t i = 0; i < igraph_vector_size(&ig->uw); i++)
        m2 += 2 * VECTOR(ig->uw)[i];
    IGRAPH_CHECK(igraph_strength(&ig->U, nw, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS, &ig->uw));
    igraph_vector_int_t best;
    IGRAPH_CHECK(igraph_vector_int_init(&best, 0));
    IGRAPH_FINALLY(igraph_vector_int_destroy, &best);
    /* Leiden optimises modularity with node weights = strengths and resolution 1/2m;
     * iterate from the last partition until the quality grows by less than 0.1 %
     * (at most LEIDEN_MAX_ROUNDS rounds of 2 iterations) */
    double tr = clock_seconds();
    for (int k = 0, runs = community_runs(g); k < runs; k++) {
        igraph_rng_seed(igraph_rng_default(), LEIDEN_SEED + (unsigned long)k);
        quality = 0;
        for (int round = 0; round < LEIDEN_MAX_ROUNDS; round++) {
            prev = quality;
            IGRAPH_CHECK(igraph_community_leiden(&ig->U, &ig->uw, nw, m2 > 0 ? 1.0 / m2 : 1.0,
                                                 0.01, round > 0, 2, memb, &nc, &quality));
            char stage[64];
            snprintf(stage, sizeof stage, "Leiden seed %d round %d (quality %.6f)", k + 1,
                     round + 1, quality);
            diag_timing(stage, &tr);
            if (round > 0 && quality <= prev + LEIDEN_MIN_GAIN * fabs(prev))
                break;
        }
        IGRAPH_CHECK(keep_best(ig, memb, &best, &qbest));
    }
    igraph_error_t rc = keep_partition(g, ig, &best, offsetof(struct gnode, community), &g->leiden);
    igraph_vector_int_destroy(&best);
    IGRAPH_FINALLY_CLEAN(1);
    return rc;
}

/* Louvain into memb (work vector mods), stored in g->louvain unless it had to be stopped:
 * the best partition of community_runs() seeds. */
static igraph_error_t louvain(struct graph *g, struct ig *ig, igraph_vector_int_t *memb,
                              igraph_vector_t *mods)
{
    if ((double)g->nnodes + (double)g->nedges > ANALYZE_LOUVAIN_MAX) {
        diag_warn(NULL, 0, "no louvain communities above %.0f nodes + links (leiden's are "
                  "computed)", ANALYZE_LOUVAIN_MAX);
        return IGRAPH_SUCCESS;
    }
    int runs = community_runs(g);
    igraph_vector_int_t best;
    igraph_real_t qbest = -2;
    igraph_error_t rc = igraph_vector_int_init(&best, 0);
    for (int k = 0; !rc && k < runs; k++) {
        igraph_rng_seed(igraph_rng_default(), LEIDEN_SEED + (unsigned long)k);
        louvain_passes = 0;
        igraph_set_interruption_handler(pass_counter);
        igraph_set_error_handler(igraph_error_handler_ignore);
        rc = igraph_community_multilevel(&ig->U, &ig->uw, 1.0, memb, NULL, mods);
        igraph_set_error_handler(igraph_error_handler_printignore);
        igraph_set_interruption_handler(NULL);
        if (!rc)
            rc = keep_best(ig, memb, &best, &qbest);
    }
    if (rc == IGRAPH_INTERRUPTED) {
        igraph_vector_int_destroy(&best);
        diag_warn(NULL, 0, "louvain stopped after %d passes; no louvain communities",
                  LOUVAIN_MAX_PASSES);
        return IGRAPH_SUCCESS;
    }
    if (!rc)
        rc = keep_partition(g, ig, &best, offsetof(struct gnode, louvain), &g->louvain);
    igraph_vector_int_destroy(&best);
    return rc;
}

static int communities(struct graph *g, struct ig *ig)
{
    igraph_vector_int_t memb;
    igraph_vector_t work;
    double t = clock_seconds();
    igraph_vector_int_init(&memb, 0);
    igraph_vector_init(&work, 0);
    igraph_error_t rc = leiden(g, ig, &memb, &work);
    diag_timing("Leiden", &t);
    igraph_error_t rc2 = rc ? rc : louvain(g, ig, &memb, &work);
    if (!rc && (double)g->nnodes + (double)g->nedges <= ANALYZE_LOUVAIN_MAX)
        diag_timing("Louvain", &t); /* skipped above the limit: no timing, "not run" */
    igraph_vector_destroy(&work);
    igraph_vector_int_destroy(&memb);
    return rc ? failed("Leiden", rc) : rc2 ? failed("Louvain", rc2) : 0;
}

/* ---- per-node metrics ---- */

static int degrees(struct graph *g, struct ig *ig)
{
    igraph_vector_int_t deg;
    igraph_vector_t v;
    igraph_error_t rc;
    size_t n = g->nnodes;
    igraph_vector_int_init(&deg, 0);
    igraph_vector_init(&v, 0);
    for (int in = 0; in < 2; in++) {
        igraph_neimode_t mode = in ? IGRAPH_IN : IGRAPH_OUT;
        if ((rc = igraph_degree(&ig->G, &deg, igraph_vss_all(), mode, IGRAPH_LOOPS)) ||
            (rc = igraph_strength(&ig->G, &v, igraph_vss_all(), mode, IGRAPH_LOOPS, &ig->w))) {
            igraph_vector_destroy(&v);
            igraph_vector_int_destroy(&deg);
            return failed("degree", rc);
        }
        for (size_t i = 0; i < n; i++) {
            struct gnode *x = &g->nodes[i];
            *(in ? &x->in_degree : &x->out_degree) = (long)VECTOR(deg)[i];
            *(in ? &x->in_strength : &x->out_strength) = VECTOR(v)[i];
        }
    }
    igraph_vector_destroy(&v);
    igraph_vector_int_destroy(&deg);
    return 0;
}

static int coreness(struct graph *g, struct ig *ig)
{
    igraph_vector_int_t deg;
    igraph_vector_int_init(&deg, 0);
    igraph_error_t rc = igraph_coreness(&ig->U, &deg, IGRAPH_ALL);
    for (size_t i = 0; !rc && i < g->nnodes; i++)
        g->nodes[i].coreness = (long)VECTOR(deg)[i];
    igraph_vector_int_destroy(&deg);
    return rc ? failed("coreness", rc) : 0;
}

static int components(struct graph *g, struct ig *ig)
{
    igraph_vector_int_t memb;
    igraph_integer_t no;
    igraph_vector_int_init(&memb, 0);
    igraph_error_t rc = igraph_connected_components(&ig->G, &memb, NULL, &no, IGRAPH_WEAK);
    if (rc) {
        igraph_vector_int_destroy(&memb);
        return failed("components", rc);
    }
    set_partition(g, &memb, offsetof(struct gnode, component), &g->components);
    igraph_vector_int_destroy(&memb);
    return 0;
}

static int pagerank(struct graph *g, struct ig *ig)
{
    igraph_vector_t v;
    igraph_real_t value;
    igraph_vector_init(&v, 0);
    igraph_error_t rc = igraph_pagerank(&ig->G, IGRAPH_PAGERANK_ALGO_PRPACK, &v, &value,
                                        igraph_vss_all(), IGRAPH_DIRECTED, 0.85, &ig->w, NULL);
    for (size_t i = 0; !rc && i < g->nnodes; i++)
        g->nodes[i].pagerank = clean(VECTOR(v)[i]);
    igraph_vector_destroy(&v);
    return rc ? failed("PageRank", rc) : 0;
}

/* PageRank on the resolution citation graph: the resolution nodes and the "cites" links
 * between them (weighted, PRPACK, damping 0.85, as on the whole graph), and the number of
 * resolutions citing each; every other node gets NAN and 0 */
static int citation_rank(struct graph *g, struct ig *ig)
{
    (void)ig;
    size_t n = g->nnodes, nr = 0, m = 0;
    size_t *sub = xmalloc((n + 1) * sizeof *sub);
    for (size_t i = 0; i < n; i++) {
        struct gnode *x = &g->nodes[i];
        sub[i] = x->kind == NK_RESOLUTION ? nr++ : (size_t)-1;
        x->citation_pagerank = NAN;
        x->citation_in_degree = 0;
    }
    igraph_vector_int_t edges;
    igraph_vector_t w, v;
    igraph_t R;
    igraph_real_t value;
    igraph_vector_int_init(&edges, 0);
    igraph_vector_init(&w, 0);
    igraph_vector_init(&v, 0);
    igraph_error_t rc = IGRAPH_SUCCESS;
    for (size_t i = 0; !rc && i < g->nedges; i++) {
        const struct gedge *e = &g->edges[i];
        if (e->type != ET_CITES || sub[e->from] == (size_t)-1 || sub[e->to] == (size_t)-1)
            continue;
        if (!(rc = igraph_vector_int_push_back(&edges, (igraph_integer_t)sub[e->from])) &&
            !(rc = igraph_vector_int_push_back(&edges, (igraph_integer_t)sub[e->to])))
            rc = igraph_vector_push_back(&w, e->weight);
        g->nodes[e->to].citation_in_degree++;
        m++;
    }
    g->citation_nnodes = nr;
    g->citation_nedges = m;
    if (!rc && nr > 0 && !(rc = igraph_create(&R, &edges, (igraph_integer_t)nr, IGRAPH_DIRECTED))) {
        rc = igraph_pagerank(&R, IGRAPH_PAGERANK_ALGO_PRPACK, &v, &value, igraph_vss_all(),
                             IGRAPH_DIRECTED, 0.85, &w, NULL);
        igraph_destroy(&R);
    }
    for (size_t i = 0; !rc && nr > 0 && i < n; i++)
        if (sub[i] != (size_t)-1)
            g->nodes[i].citation_pagerank = clean(VECTOR(v)[sub[i]]);
    igraph_vector_destroy(&v);
    igraph_vector_destroy(&w);
    igraph_vector_int_destroy(&edges);
    free(sub);
    return rc ? failed("PageRank of the resolution citation graph", rc) : 0;
}

static double exact_limit = ANALYZE_EXACT_LIMIT;


/* node × (node + link) steps of one search from every node */
static int is_exact(const struct graph *g)
{
    return (double)g->nnodes * (double)(g->nnodes + g->nedges) <= exact_limit;
}

/* splitmix64 (Steele, Lea & Flood 2014): the sample generator, simple enough for
 * tests/analysis/check_graph.py to repeat */
static uint64_t splitmix64(uint64_t *state)
{
    uint64_t z = (*state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/* k of the n nodes, in increasing order: the first k of a Fisher-Yates shuffle of 0..n-1
 * driven by splitmix64 from ANALYZE_SAMPLE_SEED, position i swapped with
 * i + (next value mod (n - i)). */
static void sample_nodes(size_t n, size_t k, igraph_vector_int_t *out)
{
    igraph_integer_t *idx = xmalloc((n + 1) * sizeof *idx);
    uint64_t state = ANALYZE_SAMPLE_SEED;
    for (size_t i = 0; i < n; i++)
        idx[i] = (igraph_integer_t)i;
    for (size_t i = 0; i < k; i++) {
        size_t j = i + (size_t)(splitmix64(&state) % (uint64_t)(n - i));
        igraph_integer_t t = idx[i];
        idx[i] = idx[j];
        idx[j] = t;
    }
    igraph_vector_int_view(out, idx, (igraph_integer_t)k);
    igraph_vector_int_sort(out);
}

/* exact Brandes betweenness, or above the exact limit the source-sampling estimate
 * (Brandes & Pich 2007): shortest paths from k random sources to every node, the sums
 * scaled by n / k, with k = limit / (nodes + links) so the work stays within the limit */
static int betweenness(struct graph *g, struct ig *ig)
{
    static char method[160];
    igraph_vector_t v;
    igraph_error_t rc;
    size_t n = g->nnodes, k = n;
    double scale = 1;
    igraph_vector_init(&v, 0);
    if (is_exact(g)) {
        rc = igraph_betweenness(&ig->G, &v, igraph_vss_all(), IGRAPH_DIRECTED, NULL);
        g->betweenness_method = "exact, directed, unweighted";
    } else {
        igraph_vector_int_t src;
        double kk = floor(exact_limit / (double)(n + g->nedges));
        k = kk < 1 ? 1 : kk > (double)n ? n : (size_t)kk;
        scale = (double)n / (double)k;
        sample_nodes(n, k, &src);
        rc = igraph_betweenness_subset(&ig->G, &v, igraph_vss_all(), IGRAPH_DIRECTED,
                                       igraph_vss_vector(&src), igraph_vss_all(), NULL);
        free(VECTOR(src));
        snprintf(method, sizeof method,
                 "sampled: directed, unweighted, shortest paths from %zu of %zu nodes chosen "
                 "at random (splitmix64 seed %llu), scaled by %zu/%zu",
                 k, n, (unsigned long long)ANALYZE_SAMPLE_SEED, n, k);
        g->betweenness_method = method;
    }
    for (size_t i = 0; !rc && i < n; i++)
        g->nodes[i].betweenness = clean(VECTOR(v)[i] * scale);
    igraph_vector_destroy(&v);
    return rc ? failed("betweenness", rc) : 0;
}

/* ---- closeness: a breadth-first search from every node over the undirected graph in
 * compressed rows, split over threads (plain C: igraph is not thread-safe); per node the
 * same sum in any thread, so the result does not depend on the thread count ---- */

struct csr {
    size_t n;
    size_t *off;     /* n + 1 row starts */
    int32_t *adj;    /* neighbours */
};

struct bfs_job {
    const struct csr *c;
    size_t first, step;  /* sources first, first + step, … */
    double *out;         /* closeness per source */
};

static void *bfs_worker(void *arg)
{
    struct bfs_job *j = arg;
    const struct csr *c = j->c;
    int32_t *dist = xmalloc((c->n + 1) * sizeof *dist), *queue = xmalloc((c->n + 1) * sizeof *queue);
    for (size_t i = 0; i < c->n; i++)
        dist[i] = -1;
    for (size_t s = j->first; s < c->n; s += j->step) {
        size_t head = 0, tail = 0;
        double sum = 0;
        dist[s] = 0;
        queue[tail++] = (int32_t)s;
        while (head < tail) {
            int32_t v = queue[head++], d = dist[v] + 1;
            for (size_t e = c->off[v]; e < c->off[v + 1]; e++)
                if (dist[c->adj[e]] < 0) {
                    dist[c->adj[e]] = d;
                    queue[tail++] = c->adj[e];
                    sum += d;
                }
        }
        /* igraph's normalised closeness: (reached - 1) / sum of distances; NaN alone */
        j->out[s] = tail > 1 ? (double)(tail - 1) / sum : NAN;
        for (size_t i = 0; i < tail; i++)
            dist[queue[i]] = -1;
    }
    free(dist);
    free(queue);
    return NULL;
}

static int analyze_threads = 1;

void analyze_configure(double steps, int threads)
{
    if (steps >= 0)
        exact_limit = steps;
    analyze_threads = threads > 0 ? threads : (int)sysconf(_SC_NPROCESSORS_ONLN);
}

static igraph_error_t closeness_all(struct ig *ig, size_t n, double *out)
{
    igraph_vector_int_t el;
    IGRAPH_CHECK(igraph_vector_int_init(&el, 0));
    IGRAPH_FINALLY(igraph_vector_int_destroy, &el);
    IGRAPH_CHECK(igraph_get_edgelist(&ig->U, &el, 0));
    size_t m = (size_t)igraph_vector_int_size(&el) / 2;
    struct csr c = {n, xcalloc(n + 2, sizeof *c.off), xmalloc((2 * m + 1) * sizeof *c.adj)};
    for (size_t i = 0; i < 2 * m; i++)
        c.off[VECTOR(el)[i] + 2]++;
    for (size_t i = 2; i <= n + 1; i++)
        c.off[i] += c.off[i - 1];
    for (size_t i = 0; i < m; i++) { /* row starts shifted by one while filling */
        size_t a = (size_t)VECTOR(el)[2 * i], b = (size_t)VECTOR(el)[2 * i + 1];
        c.adj[c.off[a + 1]++] = (int32_t)b;
        c.adj[c.off[b + 1]++] = (int32_t)a;
    }
    igraph_vector_int_destroy(&el);
    IGRAPH_FINALLY_CLEAN(1);
    int nt = analyze_threads < 1 ? 1 : analyze_threads > 64 ? 64 : analyze_threads;
    pthread_t tid[64];
    struct bfs_job jobs[64];
    int running[64] = {0};
    for (int t = 0; t < nt; t++)
        jobs[t] = (struct bfs_job){&c, (size_t)t, (size_t)nt, out};
    for (int t = 1; t < nt; t++)
        running[t] = pthread_create(&tid[t], NULL, bfs_worker, &jobs[t]) == 0;
    for (int t = 0; t < nt; t++) /* a share whose thread did not start is done here */
        if (!running[t])
            bfs_worker(&jobs[t]);
    for (int t = 1; t < nt; t++)
        if (running[t])
            pthread_join(tid[t], NULL);
    free(c.off);
    free(c.adj);
    return IGRAPH_SUCCESS;
}

/* exact closeness, or above the exact limit none (NaN, null in the outputs) */
static int closeness(struct graph *g, struct ig *ig)
{
    int exact = is_exact(g);
    double *v = xmalloc((g->nnodes + 1) * sizeof *v);
    igraph_error_t rc = exact ? closeness_all(ig, g->nnodes, v) : IGRAPH_SUCCESS;
    g->closeness_method = exact ? "exact, undirected, unweighted, within the component"
                                : "not computed: graph above the exact limit";
    for (size_t i = 0; !rc && i < g->nnodes; i++)
        g->nodes[i].closeness = !exact || isnan(v[i]) ? NAN : clean(v[i]);
    free(v);
    return rc ? failed("closeness", rc) : 0;
}

static int hits(struct graph *g, struct ig *ig)
{
    igraph_vector_t v, v2;
    igraph_real_t value;
    igraph_error_t rc = 0;
    if (g->nedges == 0)
        return 0;
    igraph_vector_init(&v, 0);
    igraph_vector_init(&v2, 0);
    rc = igraph_hub_and_authority_scores(&ig->G, &v, &v2, &value, 1, &ig->w, NULL);
    for (size_t i = 0; !rc && i < g->nnodes; i++) {
        g->nodes[i].hub = clean(VECTOR(v)[i]);
        g->nodes[i].authority = clean(VECTOR(v2)[i]);
    }
    igraph_vector_destroy(&v2);
    igraph_vector_destroy(&v);
    return rc ? failed("HITS", rc) : 0;
}

int analyze_metrics(struct graph *g)
{
    struct ig ig;
    double t = clock_seconds();
    if (g->nnodes == 0)
        return 0;
    igraph_error_t rc = ig_build(&ig, g);
    if (rc)
        return failed("graph construction", rc);
    diag_timing("igraph graphs", &t);
    static const struct {
        const char *name;
        int (*fn)(struct graph *, struct ig *);
    } steps[] = {{"degrees", degrees},         {"coreness", coreness},
                 {"PageRank", pagerank},       {"citation PageRank", citation_rank},
                 {"betweenness", betweenness},
                 {"closeness", closeness},     {"HITS", hits},
                 {"components", components},   {"communities", communities}};
    int ret = 0;
    for (size_t i = 0; !ret && i < sizeof steps / sizeof *steps; i++) {
        ret = steps[i].fn(g, &ig);
        diag_timing(steps[i].name, &t);
    }
    ig_free(&ig);
    return ret;
}

struct graph *analyze_selection(struct graph *full, const struct subgraph_options *o)
{
    double t = clock_seconds();
    graph_sort(full);
    diag_timing("graph sort", &t);
    struct subgraph_options rest = *o;
    rest.top = 0;
    struct graph *ranked = subgraph_active(&rest) ? subgraph_select(full, &rest) : full;
    if (!ranked)
        return NULL;
    if (analyze_metrics(ranked) != 0) {
        if (ranked != full)
            graph_free(ranked);
        return NULL;
    }
    if (ranked != full && ranked->nnodes == 0)
        diag_warn(NULL, 0, "the selection (%s) holds no node", ranked->selection);
    if (o->top <= 0)
        return ranked;
    /* the other rules leave a selection as it is, so o applied to it adds only --top */
    struct graph *sel = subgraph_select(ranked, o);
    if (sel) {
        sel->ranked_nnodes = ranked->nnodes;
        sel->ranked_nedges = ranked->nedges;
    }
    if (ranked != full)
        graph_free(ranked);
    if (sel && analyze_metrics(sel) != 0) {
        graph_free(sel);
        return NULL;
    }
    return sel;
}
