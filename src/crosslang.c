/* crosslang: one graph across languages (see crosslang.h) — the alignment of the language
 * versions of each document, which gives an entity one id in all of them, and the
 * entities named in one language only. */
#include "crosslang.h"

#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "lang.h"
#include "util.h"

static int one_bit(unsigned b) { return b && !(b & (b - 1)); }

static int cmp_entity(const void *a, const void *b)
{
    return strcmp(((const struct xlang_entity *)a)->id, ((const struct xlang_entity *)b)->id);
}

/* Removes the nodes marked in drop and every link of theirs. */
static void remove_nodes(struct graph *g, const char *drop)
{
    size_t *map = xmalloc((g->nnodes + 1) * sizeof *map), n = 0, m = 0;
    for (size_t i = 0; i < g->nnodes; i++) {
        struct gnode *v = &g->nodes[i];
        if (drop[i]) {
            free(v->id);
            free(v->label);
            free(v->name);
            free(v->type);
            free(v->path);
            continue;
        }
        map[i] = n;
        g->nodes[n++] = *v;
    }
    for (size_t i = 0; i < g->nedges; i++) {
        struct gedge e = g->edges[i];
        if (drop[e.from] || drop[e.to])
            continue;
        e.from = map[e.from];
        e.to = map[e.to];
        g->edges[m++] = e;
    }
    g->nnodes = n;
    g->nedges = m;
    free(map);
    graph_reindex(g);
}

/* ---- the alignment of the language versions of a document ---- */

/* The mentions of one version read (crosslang_record), in text order. */
struct xversion {
    char *symbol;
    unsigned lang;
    struct xalign_item *v;
    size_t n;
};
struct xlang_versions {
    struct xversion *v;
    size_t n, cap;
};

static int is_unknown(const struct xalign_item *m) { return !m->known; }
static int entity_kind(enum mention_kind k) { return k == MK_CONVENTION || k == MK_BODY; }

struct pos {
    const char *id;
    size_t i;
};

static int cmp_pos(const void *a, const void *b)
{
    const struct pos *x = a, *y = b;
    int c = strcmp(x->id, y->id);
    return c ? c : (x->i > y->i) - (x->i < y->i);
}

/* The known items of v[0..n) by id, then position. */
static struct pos *known_positions(const struct xalign_item *v, size_t n, size_t *count)
{
    struct pos *p = xmalloc((n + 1) * sizeof *p);
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        if (v[i].known)
            p[k++] = (struct pos){v[i].id, i};
    if (k > 1)
        qsort(p, k, sizeof *p, cmp_pos);
    *count = k;
    return p;
}

static int has_id(const struct pos *p, size_t n, const char *id)
{
    struct pos key = {id, 0};
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (strcmp(p[mid].id, key.id) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && strcmp(p[lo].id, id) == 0;
}

/* Pairs of positions by the first, then the second. */
static int cmp_index_pair(const void *a, const void *b)
{
    const size_t *x = a, *y = b;
    if (x[0] != y[0])
        return x[0] < y[0] ? -1 : 1;
    return (x[1] > y[1]) - (x[1] < y[1]);
}

/* The anchors: the k-th mention of a known id in a with its k-th in b, for the ids both
 * name the same number of times, then the longest chain of them in the order of both. */
static size_t anchors(const struct pos *pa, size_t ka, const struct pos *pb, size_t kb,
                      size_t (*out)[2])
{
    size_t n = 0;
    for (size_t i = 0, j = 0; i < ka && j < kb;) {
        int c = strcmp(pa[i].id, pb[j].id);
        size_t ei = i, ej = j;
        while (ei < ka && strcmp(pa[ei].id, pa[i].id) == 0)
            ei++;
        while (ej < kb && strcmp(pb[ej].id, pb[j].id) == 0)
            ej++;
        if (c == 0 && ei - i == ej - j)
            for (size_t t = 0; t < ei - i; t++) {
                out[n][0] = pa[i + t].i;
                out[n++][1] = pb[j + t].i;
            }
        if (c <= 0)
            i = ei;
        if (c >= 0)
            j = ej;
    }
    /* by position in a, then the longest increasing run of positions in b */
    if (n > 1)
        qsort(out, n, sizeof *out, cmp_index_pair);
    size_t *tail = xmalloc((n + 1) * sizeof *tail), *prev = xmalloc((n + 1) * sizeof *prev), len = 0;
    for (size_t i = 0; i < n; i++) {
        size_t lo = 0, hi = len;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (out[tail[mid]][1] < out[i][1])
                lo = mid + 1;
            else
                hi = mid;
        }
        prev[i] = lo ? tail[lo - 1] : (size_t)-1;
        tail[lo] = i;
        if (lo == len)
            len++;
    }
    size_t (*chain)[2] = xmalloc((len + 1) * sizeof *chain);
    for (size_t k = len, i = len ? tail[len - 1] : 0; k > 0; k--, i = prev[i]) {
        chain[k - 1][0] = out[i][0];
        chain[k - 1][1] = out[i][1];
    }
    memcpy(out, chain, len * sizeof *chain);
    free(chain);
    free(tail);
    free(prev);
    return len;
}

/* The first mention of each entity of kind k in v[lo..hi), in order, but for an id the
 * other side's gap names too (the same entity, not to pair). A known id the other version
 * names elsewhere (a mention the anchors missed) is listed, not to be paired: a bit in
 * blocked. */
static size_t gap_entities(const struct xalign_item *v, size_t lo, size_t hi, enum mention_kind k,
                           const struct xalign_item *w, size_t wlo, size_t whi,
                           const struct pos *wknown, size_t nwknown, size_t *out, char *blocked)
{
    size_t n = 0;
    for (size_t i = lo; i < hi; i++) {
        if (v[i].kind != k)
            continue;
        int skip = 0;
        for (size_t j = 0; j < n && !skip; j++)
            skip = strcmp(v[out[j]].id, v[i].id) == 0;
        for (size_t j = wlo; j < whi && !skip; j++)
            skip = w[j].kind == k && strcmp(w[j].id, v[i].id) == 0;
        if (skip)
            continue;
        blocked[n] = v[i].known && has_id(wknown, nwknown, v[i].id);
        out[n++] = i;
    }
    return n;
}

/* The years of an entity: its mention's, and those a name or id writes (four digits,
 * 1800-2099, not part of a longer number: "1997年私营职业介绍所公约", "ilo-c181-1997"). */
static size_t years_of(const struct xalign_item *m, int *y, size_t max)
{
    size_t n = 0;
    if (m->year)
        y[n++] = m->year;
    for (const char *p = m->id; *p && n < max; p++) {
        if (*p < '0' || *p > '9' || (p > m->id && p[-1] >= '0' && p[-1] <= '9'))
            continue;
        size_t len = strspn(p, "0123456789");
        int v = len == 4 ? atoi(p) : 0;
        if (v >= 1800 && v < 2100)
            y[n++] = v;
    }
    return n;
}

/* Both give years and none is the same: not one entity. */
static int years_differ(const struct xalign_item *x, const struct xalign_item *y)
{
    int a[8], b[8];
    size_t na = years_of(x, a, 8), nb = years_of(y, b, 8);
    for (size_t i = 0; i < na; i++)
        for (size_t j = 0; j < nb; j++)
            if (a[i] == b[j])
                return 0;
    return na && nb;
}

/* The year of ga[i] when no other entity of the list has it, else 0. */
static int unique_year(const struct xalign_item *v, const size_t *g, size_t n, size_t i)
{
    for (size_t j = 0; j < n; j++)
        if (j != i && v[g[j]].year == v[g[i]].year)
            return 0;
    return v[g[i]].year;
}

/* Pairs the entities of one gap: in order when both sides list as many, else those whose
 * year is the only one of its list on both sides, one of them unknown; never an unknown
 * and an entity whose years differ, never one blocked (gap_entities). */
static size_t pair_gap(const struct xalign_item *a, const size_t *ga, const char *ba, size_t na,
                       const struct xalign_item *b, const size_t *gb, const char *bb, size_t nb,
                       size_t (*out)[2])
{
    size_t n = 0;
    for (size_t i = 0; i < na; i++)
        for (size_t j = 0; j < nb; j++) {
            int unknown = is_unknown(&a[ga[i]]) || is_unknown(&b[gb[j]]);
            /* a shared year alone is evidence for an unknown only, not for a disagreement */
            int ok = na == nb ? i == j
                              : unknown && unique_year(a, ga, na, i) &&
                                    unique_year(a, ga, na, i) == unique_year(b, gb, nb, j);
            /* two known ids are paired whatever their years: a disagreement to report */
            if (ok && !ba[i] && !bb[j] && (!unknown || !years_differ(&a[ga[i]], &b[gb[j]])) &&
                (unknown || strcmp(a[ga[i]].id, b[gb[j]].id) != 0)) {
                out[n][0] = ga[i];
                out[n++][1] = gb[j];
            }
        }
    return n;
}

size_t xlang_align_pair(const struct xalign_item *a, size_t na, const struct xalign_item *b,
                        size_t nb, size_t (*out)[2])
{
    size_t ka, kb;
    struct pos *pa = known_positions(a, na, &ka), *pb = known_positions(b, nb, &kb);
    size_t (*anc)[2] = xmalloc((ka + 1) * sizeof *anc);
    size_t nanc = anchors(pa, ka, pb, kb, anc), n = 0;
    size_t *ga = xmalloc((na + 1) * sizeof *ga), *gb = xmalloc((nb + 1) * sizeof *gb);
    char *ba = xmalloc(na + 1), *bb = xmalloc(nb + 1);
    static const enum mention_kind kinds[] = {MK_CONVENTION, MK_BODY};
    for (size_t g = 0; g <= nanc; g++) {
        size_t alo = g ? anc[g - 1][0] + 1 : 0, ahi = g < nanc ? anc[g][0] : na;
        size_t blo = g ? anc[g - 1][1] + 1 : 0, bhi = g < nanc ? anc[g][1] : nb;
        for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) {
            size_t nga = gap_entities(a, alo, ahi, kinds[k], b, blo, bhi, pb, kb, ga, ba);
            size_t ngb = gap_entities(b, blo, bhi, kinds[k], a, alo, ahi, pa, ka, gb, bb);
            n += pair_gap(a, ga, ba, nga, b, gb, bb, ngb, out + n);
        }
    }
    free(ga);
    free(gb);
    free(ba);
    free(bb);
    free(anc);
    free(pa);
    free(pb);
    return n;
}

void crosslang_record(struct graph *g, const struct doc *d)
{
    unsigned lang = graph_lang_bit(d->lang);
    if (!d->symbol || !lang)
        return;
    struct xlang_versions *vs = g->xlang.versions;
    if (!vs)
        vs = g->xlang.versions = xcalloc(1, sizeof *vs);
    xgrow((void **)&vs->v, &vs->cap, vs->n + 1, sizeof *vs->v);
    struct xversion *v = &vs->v[vs->n++];
    v->symbol = xstrdup(d->symbol);
    v->lang = lang;
    v->v = NULL;
    v->n = 0;
    /* in text order: (start, index in the list) pairs sorted; through the cursor, since a
     * huge document's mentions may be in its temporary file (doc.h) */
    struct xalign_item *items = NULL;
    size_t (*order)[2] = NULL, n = 0, cap = 0, icap = 0;
    struct doc_cursor c;
    const struct mention *m;
    for (doc_cursor_start(&c, d); (m = doc_cursor_next(&c));) {
        if (!graph_uses_mention(g, m) || strcmp(m->id, d->symbol) == 0)
            continue;
        if (n == XLANG_MAX_MENTIONS) { /* too long to align: the version is left as it is */
            n++;
            break;
        }
        xgrow((void **)&order, &cap, n + 1, sizeof *order);
        xgrow((void **)&items, &icap, n + 1, sizeof *items);
        order[n][0] = m->start;
        order[n][1] = n;
        items[n++] = (struct xalign_item){xstrdup(m->id), m->kind, m->known, m->year};
    }
    doc_cursor_end(&c);
    if (n > XLANG_MAX_MENTIONS) {
        for (size_t i = 0; i < XLANG_MAX_MENTIONS; i++)
            free((char *)items[i].id);
        free(items);
        free(order);
        free(v->symbol);
        vs->n--;
        return;
    }
    if (n > 1)
        qsort(order, n, sizeof *order, cmp_index_pair);
    v->v = xmalloc((n + 1) * sizeof *v->v);
    for (size_t i = 0; i < n; i++)
        v->v[v->n++] = items[order[i][1]];
    free(items);
    free(order);
}

static void versions_free(struct xlang_versions *vs)
{
    for (size_t i = 0; vs && i < vs->n; i++) {
        for (size_t j = 0; j < vs->v[i].n; j++)
            free((char *)vs->v[i].v[j].id);
        free(vs->v[i].v);
        free(vs->v[i].symbol);
    }
    if (vs)
        free(vs->v);
    free(vs);
}

static int cmp_version(const void *a, const void *b)
{
    const struct xversion *x = a, *y = b;
    int c = strcmp(x->symbol, y->symbol);
    if (c)
        return c;
    if (x->lang != y->lang)
        return x->lang < y->lang ? -1 : 1;
    return (x->n < y->n) - (x->n > y->n); /* the fuller of two files of one version first */
}

/* An entity of one version of a document: its id in that version's language. */
struct xent {
    const char *id;
    size_t version; /* index in the document's versions */
    int known;
    size_t mentions, parent;
    const char *target; /* the id the alignment gives it */
    size_t from;        /* the version whose id that is */
};

struct vote {
    size_t a, b, n;
};

static int cmp_vote(const void *x, const void *y)
{
    const struct vote *p = x, *q = y;
    if (p->a != q->a)
        return p->a < q->a ? -1 : 1;
    return (p->b > q->b) - (p->b < q->b);
}

static size_t find_root(struct xent *e, size_t i)
{
    while (e[i].parent != i)
        i = e[i].parent = e[e[i].parent].parent;
    return i;
}

/* The entity of version vi with this id (e is sorted by version, then id), or -1. */
static size_t ent_of(const struct xent *e, size_t n, size_t vi, const char *id)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = e[mid].version != vi ? (e[mid].version < vi ? -1 : 1) : strcmp(e[mid].id, id);
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && e[lo].version == vi && strcmp(e[lo].id, id) == 0 ? lo : (size_t)-1;
}

/* The votes of a for the entities of version vb (v sorted by a, then b). */
static size_t votes_for(const struct vote *v, size_t nv, size_t a, const struct xent *e, size_t vb)
{
    size_t lo = 0, hi = nv, n = 0;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (v[mid].a < a)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (; lo < nv && v[lo].a == a; lo++)
        if (e[v[lo].b].version == vb)
            n += v[lo].n;
    return n;
}

/* An entity (i) by a string (its id or target) and a number (its version or root). */
struct key {
    const char *s;
    size_t n, i;
};

static int cmp_key(const void *a, const void *b)
{
    const struct key *x = a, *y = b;
    int c = x->s && y->s ? strcmp(x->s, y->s) : 0;
    if (!c && x->n != y->n)
        c = x->n < y->n ? -1 : 1;
    return c ? c : (x->i > y->i) - (x->i < y->i);
}

static struct key *sorted_keys(struct key *k, size_t n)
{
    if (n > 1)
        qsort(k, n, sizeof *k, cmp_key);
    return k;
}

/* The entities of e by id (target = 0) or target (1), then version: groups of one id. */
static struct key *by_id(const struct xent *e, size_t n, int target)
{
    struct key *k = xmalloc((n + 1) * sizeof *k);
    for (size_t i = 0; i < n; i++)
        k[i] = (struct key){target ? e[i].target : e[i].id, e[i].version, i};
    return sorted_keys(k, n);
}

/* The end of the group of k[i] (same string). */
static size_t group_end(const struct key *k, size_t n, size_t i)
{
    size_t j = i + 1;
    while (j < n && strcmp(k[j].s, k[i].s) == 0)
        j++;
    return j;
}

static void pair_add(struct xlang_pairs *p, const char *symbol, unsigned la, const char *a,
                     unsigned lb, const char *b)
{
    xgrow((void **)&p->v, &p->cap, p->n + 1, sizeof *p->v);
    p->v[p->n++] = (struct xlang_pair){xstrdup(symbol), la, lb, xstrdup(a), xstrdup(b)};
}

/* The rank of a language for the canonical id: English, then the order of lang_codes
 * (the UN's: ar zh en fr ru es). */
static unsigned lang_rank(unsigned bit) { return bit == graph_lang_bit("en") ? 0 : bit; }

/* Whether entity a (rather than b) gives a component without a known id its id. */
static int better_canonical(const struct xent *a, const struct xent *b, const struct xversion *v)
{
    unsigned ra = lang_rank(v[a->version].lang), rb = lang_rank(v[b->version].lang);
    if (ra != rb)
        return ra < rb;
    if (a->mentions != b->mentions)
        return a->mentions > b->mentions;
    return strcmp(a->id, b->id) < 0;
}

/* Counts the instruments and bodies of the document and those every version names with
 * one id: with the ids as read (after = 0) or as aligned (after = 1). */
static void count_one_id(struct xlang *x, const struct xent *e, size_t n, size_t k, int after)
{
    struct key *key = by_id(e, n, after);
    for (size_t i = 0, j; i < n; i = j) {
        unsigned seen = 0;
        for (j = i; j < group_end(key, n, i); j++)
            seen |= 1u << key[j].n;
        x->entities[after]++;
        x->one_id[after] += seen == (1u << k) - 1;
    }
    free(key);
}

/* Merges the entities the versions' votes pair both ways (each the other's choice in more
 * than half of its pairings with that version). Two known ids so paired are reported
 * when neither version names the other's id. */
static void merge_votes(struct xlang *x, struct xent *e, size_t ne, struct vote *v, size_t nv,
                        const struct xversion *ver)
{
    if (nv > 1)
        qsort(v, nv, sizeof *v, cmp_vote);
    size_t m = 0;
    for (size_t i = 0; i < nv; i++) {
        if (m && v[m - 1].a == v[i].a && v[m - 1].b == v[i].b)
            v[m - 1].n += v[i].n;
        else
            v[m++] = v[i];
    }
    nv = m;
    for (size_t i = 0; i < nv; i++) {
        size_t a = v[i].a, b = v[i].b;
        if (a > b)
            continue; /* each pair once: votes are recorded both ways */
        if (2 * v[i].n <= votes_for(v, nv, a, e, e[b].version) ||
            2 * v[i].n <= votes_for(v, nv, b, e, e[a].version))
            continue;
        if (e[a].known && e[b].known) {
            if (ent_of(e, ne, e[b].version, e[a].id) == (size_t)-1 &&
                ent_of(e, ne, e[a].version, e[b].id) == (size_t)-1)
                pair_add(&x->disagree, ver[0].symbol, ver[e[a].version].lang, e[a].id,
                         ver[e[b].version].lang, e[b].id);
            continue;
        }
        e[find_root(e, a)].parent = find_root(e, b);
    }
}

/* Gives each component of e its id: the one known id among its members; else (no known
 * id) the canonical member's; a component with several known ids keeps its ids and is
 * reported, one whose known id comes from one version of k > 2 keeps its ids. */
static void choose_targets(struct xlang *x, struct xent *e, size_t ne, const struct xversion *ver,
                           size_t k)
{
    struct key *c = xmalloc((ne + 1) * sizeof *c);
    for (size_t i = 0; i < ne; i++)
        c[i] = (struct key){NULL, find_root(e, i), i};
    sorted_keys(c, ne); /* by component */
    for (size_t r = 0, end; r < ne; r = end) {
        for (end = r; end < ne && c[end].n == c[r].n;)
            end++;
        size_t best = c[r].i, known = (size_t)-1, nk = 0, versions = 0;
        for (size_t m = r; m < end; m++) {
            size_t i = c[m].i;
            versions += (size_t)e[i].known;
            if (e[i].known && (known == (size_t)-1 || strcmp(e[i].id, e[known].id))) {
                if (known != (size_t)-1)
                    pair_add(&x->disagree, ver[0].symbol, ver[e[known].version].lang,
                             e[known].id, ver[e[i].version].lang, e[i].id);
                known = i;
                nk++;
            } else if (e[i].known && better_canonical(&e[i], &e[known], ver))
                known = i; /* the version the id is taken from: the same rule */
            if (better_canonical(&e[i], &e[best], ver))
                best = i;
        }
        /* several known ids: none chosen; a known id from one version of three or more is
         * one guess: no new id */
        if (nk > 1 || (nk == 1 && versions < 2 && k > 2))
            continue;
        if (nk == 1)
            best = known;
        for (size_t m = r; m < end; m++) {
            e[c[m].i].target = e[best].id;
            e[c[m].i].from = e[best].version;
        }
    }
    free(c);
}

/* A link of the graph to move: from document s, to node u, now to node t. */
struct move {
    size_t s, u, t;
    unsigned langs;
};

/* Aligns the k versions ver[0..k) of one document: collects the moves of its links. */
static void align_document(struct graph *g, const struct xversion *ver, size_t k,
                           struct move **mv, size_t *nmv, size_t *mvcap)
{
    struct xlang *x = &g->xlang;
    size_t ne = 0, cap = 0, nv = 0, vcap = 0;
    struct xent *e = NULL;
    struct vote *v = NULL;
    /* the entities, by version then id */
    for (size_t vi = 0; vi < k; vi++) {
        struct key *key = xmalloc((ver[vi].n + 1) * sizeof *key);
        size_t nk = 0;
        for (size_t i = 0; i < ver[vi].n; i++)
            if (entity_kind(ver[vi].v[i].kind))
                key[nk++] = (struct key){ver[vi].v[i].id, 0, i};
        sorted_keys(key, nk);
        for (size_t i = 0, j; i < nk; i = j) {
            j = group_end(key, nk, i);
            xgrow((void **)&e, &cap, ne + 1, sizeof *e);
            e[ne] = (struct xent){key[i].s, vi, ver[vi].v[key[i].i].known, j - i, ne, key[i].s, vi};
            ne++;
        }
        free(key);
    }
    for (size_t a = 0; a < k; a++)
        for (size_t b = a + 1; b < k; b++) {
            size_t (*p)[2] = xmalloc((ver[a].n + 1) * sizeof *p);
            size_t np = xlang_align_pair(ver[a].v, ver[a].n, ver[b].v, ver[b].n, p);
            for (size_t i = 0; i < np; i++) {
                size_t ea = ent_of(e, ne, a, ver[a].v[p[i][0]].id);
                size_t eb = ent_of(e, ne, b, ver[b].v[p[i][1]].id);
                xgrow((void **)&v, &vcap, nv + 2, sizeof *v);
                v[nv++] = (struct vote){ea, eb, 1};
                v[nv++] = (struct vote){eb, ea, 1};
            }
            free(p);
        }
    merge_votes(x, e, ne, v, nv, ver);
    choose_targets(x, e, ne, ver, k);
    count_one_id(x, e, ne, k, 0);
    count_one_id(x, e, ne, k, 1);
    /* the moves: a link to an id is moved when every version naming the id gives it the
     * same new id */
    int created;
    size_t s = graph_node(g, ver[0].symbol, NK_DOCUMENT, &created);
    struct key *key = by_id(e, ne, 0);
    for (size_t i = 0, j; i < ne; i = j) {
        j = group_end(key, ne, i);
        const struct xent *a = &e[key[i].i];
        int move = strcmp(a->target, a->id) != 0;
        unsigned langs = 0;
        for (size_t m = i; m < j; m++) {
            move &= strcmp(e[key[m].i].target, a->target) == 0;
            langs |= ver[key[m].n].lang;
        }
        if (!move)
            continue;
        xgrow((void **)mv, mvcap, *nmv + 1, sizeof **mv);
        (*mv)[(*nmv)++] = (struct move){s, graph_node(g, a->id, NK_CONVENTION, &created),
                                        graph_node(g, a->target, NK_CONVENTION, &created), langs};
        for (size_t m = i; m < j; m++)
            pair_add(&x->aligned, ver[0].symbol, ver[key[m].n].lang, a->id,
                     ver[a->from].lang, a->target);
    }
    free(key);
    free(e);
    free(v);
}

static int cmp_move(const void *a, const void *b)
{
    const struct move *x = a, *y = b;
    if (x->s != y->s)
        return x->s < y->s ? -1 : 1;
    return (x->u > y->u) - (x->u < y->u);
}

/* Moves the links of mv[0..n) and removes the nodes left without a link. */
static void apply_moves(struct graph *g, struct move *mv, size_t n)
{
    if (!n)
        return;
    qsort(mv, n, sizeof *mv, cmp_move);
    size_t ne = g->nedges;
    char *del = xcalloc(ne + 1, 1);
    for (size_t i = 0; i < ne; i++) {
        struct move key = {g->edges[i].from, g->edges[i].to, 0, 0};
        const struct move *m = bsearch(&key, mv, n, sizeof *mv, cmp_move);
        if (!m)
            continue;
        del[i] = 1;
        struct gnode *t = &g->nodes[m->t];
        t->cited_langs |= m->langs;
        if (g->nodes[m->u].year > t->year)
            t->year = g->nodes[m->u].year;
        graph_link(g, m->s, m->t, g->edges[i].type, g->edges[i].weight);
    }
    size_t k = 0;
    for (size_t i = 0; i < g->nedges; i++)
        if (i >= ne || !del[i])
            g->edges[k++] = g->edges[i];
    g->nedges = k;
    free(del);
    char *linked = xcalloc(g->nnodes + 1, 1), *drop = xcalloc(g->nnodes + 1, 1);
    for (size_t i = 0; i < g->nedges; i++)
        linked[g->edges[i].from] = linked[g->edges[i].to] = 1;
    for (size_t i = 0; i < n; i++)
        drop[mv[i].u] = !linked[mv[i].u] && !g->nodes[mv[i].u].input;
    remove_nodes(g, drop);
    free(linked);
    free(drop);
}

static int cmp_pair_aligned(const void *a, const void *b)
{
    const struct xlang_pair *x = a, *y = b;
    int c = strcmp(x->b, y->b);
    if (!c && x->lang_a != y->lang_a)
        c = x->lang_a < y->lang_a ? -1 : 1;
    if (!c)
        c = strcmp(x->a, y->a);
    return c ? c : strcmp(x->symbol, y->symbol);
}

static int cmp_pair_disagree(const void *a, const void *b)
{
    const struct xlang_pair *x = a, *y = b;
    int c = strcmp(x->symbol, y->symbol);
    if (!c)
        c = strcmp(x->a, y->a);
    if (!c)
        c = strcmp(x->b, y->b);
    if (!c && x->lang_a != y->lang_a)
        c = x->lang_a < y->lang_a ? -1 : 1;
    return c ? c : (x->lang_b > y->lang_b) - (x->lang_b < y->lang_b);
}

static void pair_free(struct xlang_pair *p)
{
    free(p->symbol);
    free(p->a);
    free(p->b);
}

/* Sorts p with cmp and lists a pair once. */
static void pairs_sort(struct xlang_pairs *p, int (*cmp)(const void *, const void *))
{
    if (p->n > 1)
        qsort(p->v, p->n, sizeof *p->v, cmp);
    size_t n = 0;
    for (size_t i = 0; i < p->n; i++) {
        if (n && cmp(&p->v[n - 1], &p->v[i]) == 0 && p->v[n - 1].lang_b == p->v[i].lang_b)
            pair_free(&p->v[i]);
        else
            p->v[n++] = p->v[i];
    }
    p->n = n;
}

void xlang_pairs_sort(struct xlang *x)
{
    pairs_sort(&x->aligned, cmp_pair_aligned);
    pairs_sort(&x->disagree, cmp_pair_disagree);
}

/* Aligns the versions of every document read in several languages (once). */
static void align_versions(struct graph *g)
{
    struct xlang_versions *vs = g->xlang.versions;
    if (!vs)
        return;
    if (vs->n > 1)
        qsort(vs->v, vs->n, sizeof *vs->v, cmp_version);
    struct move *mv = NULL;
    size_t nmv = 0, mvcap = 0;
    struct xversion *doc = xmalloc((vs->n + 1) * sizeof *doc);
    for (size_t i = 0; i < vs->n;) {
        size_t j = i, k = 0;
        for (; j < vs->n && strcmp(vs->v[j].symbol, vs->v[i].symbol) == 0; j++)
            if (!k || doc[k - 1].lang != vs->v[j].lang)
                doc[k++] = vs->v[j];
        if (k > 1)
            align_document(g, doc, k, &mv, &nmv, &mvcap);
        i = j;
    }
    free(doc);
    apply_moves(g, mv, nmv);
    free(mv);
    versions_free(vs);
    g->xlang.versions = NULL;
    xlang_pairs_sort(&g->xlang);
}

size_t xlang_names(const struct xlang *x, const char *id, size_t *first)
{
    size_t lo = 0, hi = x->aligned.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (strcmp(x->aligned.v[mid].b, id) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    *first = lo;
    while (hi < x->aligned.n && strcmp(x->aligned.v[hi].b, id) == 0)
        hi++;
    return hi - lo;
}

void xlang_add(struct xlang *x, const struct xlang_entity *e)
{
    xgrow((void **)&x->v, &x->cap, x->n + 1, sizeof *x->v);
    struct xlang_entity *d = &x->v[x->n++];
    *d = *e;
    d->id = xstrdup(e->id);
    d->label = xstrdup(e->label ? e->label : e->id);
}

/* Sorts x by id; entries with the same id (two graph.json files read) become one with the
 * larger counts (the files may share documents). */
static void xlang_sort(struct xlang *x)
{
    if (x->n > 1)
        qsort(x->v, x->n, sizeof *x->v, cmp_entity);
    size_t n = 0;
    for (size_t i = 0; i < x->n; i++) {
        if (n && strcmp(x->v[n - 1].id, x->v[i].id) == 0) {
            struct xlang_entity *e = &x->v[n - 1];
            e->kept |= x->v[i].kept;
            if (x->v[i].documents > e->documents)
                e->documents = x->v[i].documents;
            if (x->v[i].mentions > e->mentions)
                e->mentions = x->v[i].mentions;
            free(x->v[i].id);
            free(x->v[i].label);
            continue;
        }
        x->v[n++] = x->v[i];
    }
    x->n = n;
}

size_t xlang_count(const struct xlang *x, int kept, long *mentions)
{
    size_t n = 0;
    if (mentions)
        *mentions = 0;
    for (size_t i = 0; i < x->n; i++)
        if (x->v[i].kept == kept) {
            n++;
            if (mentions)
                *mentions += x->v[i].mentions;
        }
    return n;
}

void xlang_add_pair(struct xlang_pairs *p, const struct xlang_pair *e)
{
    pair_add(p, e->symbol, e->lang_a, e->a, e->lang_b, e->b);
}

static void pairs_release(struct xlang_pairs *p)
{
    for (size_t i = 0; i < p->n; i++)
        pair_free(&p->v[i]);
    free(p->v);
}

void xlang_copy(struct xlang *to, const struct xlang *from)
{
    memset(to, 0, sizeof *to);
    to->langs = from->langs;
    to->multi = from->multi;
    for (size_t i = 0; i < from->n; i++)
        xlang_add(to, &from->v[i]);
    xlang_sort(to);
    for (size_t i = 0; i < from->aligned.n; i++)
        xlang_add_pair(&to->aligned, &from->aligned.v[i]);
    for (size_t i = 0; i < from->disagree.n; i++)
        xlang_add_pair(&to->disagree, &from->disagree.v[i]);
    memcpy(to->entities, from->entities, sizeof to->entities);
    memcpy(to->one_id, from->one_id, sizeof to->one_id);
}

void xlang_release(struct xlang *x)
{
    for (size_t i = 0; i < x->n; i++) {
        free(x->v[i].id);
        free(x->v[i].label);
    }
    free(x->v);
    pairs_release(&x->aligned);
    pairs_release(&x->disagree);
    versions_free(x->versions);
    memset(x, 0, sizeof *x);
}

/* Forgets the listed entities that are nodes of g (read again, they are judged again). */
static void forget_nodes(struct xlang *x, const struct graph *g)
{
    xlang_sort(x);
    char *node = xcalloc(x->n + 1, 1);
    for (size_t i = 0; x->n && i < g->nnodes; i++) {
        struct xlang_entity key = {.id = g->nodes[i].id};
        const struct xlang_entity *e = bsearch(&key, x->v, x->n, sizeof *x->v, cmp_entity);
        if (e)
            node[e - x->v] = 1;
    }
    size_t n = 0;
    for (size_t i = 0; i < x->n; i++) {
        if (node[i]) {
            free(x->v[i].id);
            free(x->v[i].label);
        } else
            x->v[n++] = x->v[i];
    }
    x->n = n;
    free(node);
}

void crosslang_apply(struct graph *g, int keep)
{
    struct xlang *x = &g->xlang;
    align_versions(g);
    forget_nodes(x, g);
    x->langs = 0;
    x->multi = 0;
    for (size_t i = 0; i < g->nnodes; i++)
        if (g->nodes[i].input) {
            x->langs |= g->nodes[i].langs;
            x->multi += g->nodes[i].langs && !one_bit(g->nodes[i].langs);
        }
    /* candidates, then every link into them must come from another language's version */
    char *drop = xcalloc(g->nnodes + 1, 1);
    size_t *docs = xcalloc(g->nnodes + 1, sizeof *docs);
    long *mentions = xcalloc(g->nnodes + 1, sizeof *mentions);
    for (size_t i = 0; i < g->nnodes; i++) {
        const struct gnode *v = &g->nodes[i];
        drop[i] = !v->input && !v->known && strncmp(v->id, "unknown:", 8) == 0 &&
                  one_bit(v->cited_langs);
    }
    for (size_t i = 0; i < g->nedges; i++) {
        const struct gedge *e = &g->edges[i];
        const struct gnode *from = &g->nodes[e->from];
        if (!drop[e->to])
            continue;
        if (!from->input || !(from->langs & ~g->nodes[e->to].cited_langs))
            drop[e->to] = 0;
        docs[e->to]++;
        mentions[e->to] += (long)e->weight;
    }
    size_t n = 0;
    for (size_t i = 0; i < g->nnodes; i++) {
        if (!drop[i] || !docs[i]) {
            drop[i] = 0;
            continue;
        }
        const struct gnode *v = &g->nodes[i];
        struct xlang_entity e = {v->id, v->label, v->cited_langs, docs[i], mentions[i], keep};
        xlang_add(x, &e);
        n++;
    }
    xlang_sort(x);
    if (n && !keep)
        remove_nodes(g, drop);
    free(drop);
    free(docs);
    free(mentions);
}
