/* Unit test: what keeps extraction linear in the number of mentions and its memory
 * bounded — the mention index (mention.h) answers as a scan of the whole list does, and
 * visits a bounded number of mentions per query however long the list (work counted, not
 * timed); a mapped file (input_map, doc_extract_mapped) gives the mentions of the file read
 * whole, each with its own bytes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "doc.h"
#include "gazetteer.h"
#include "harness.h"
#include "input.h"
#include "mention.h"
#include "util.h"

static const char *const IDS[] = {"S/RES/1 (1946)", "S/RES/2 (1946)", "A/RES/60/288",
                                  "E/RES/1996/31", NULL};

/* n mentions on a text of `len` bytes, in a fixed pseudo-random order; some without id */
static void fill(struct mentions *ms, size_t n, size_t len, unsigned seed)
{
    for (size_t i = 0; i < n; i++) {
        seed = seed * 1103515245u + 12345u;
        struct mention m = {0};
        m.nstart = (seed >> 4) % len;
        m.nend = m.nstart + 1 + (seed >> 20) % 30;
        m.kind = (seed >> 8) % 3 ? MK_RESOLUTION : MK_BODY;
        m.id = IDS[(seed >> 12) % 5];
        mentions_push(ms, &m);
    }
}

/* the queries of refs.c: the first of those that end last in [lo, hi]; whether any
 * mention overlaps [a, b); whether an id was seen — indexed and by scanning */
static long visits;

static size_t last_ending(struct mention_index *x, size_t lo, size_t hi)
{
    struct mindex_iter it;
    const struct mention *m, *best = NULL;
    size_t i, first = (size_t)-1;
    for (mindex_range(x, lo, hi, &it); (m = mindex_next(x, &it, &i));) {
        visits++;
        if (m->id && (!best || m->nend > best->nend || (m->nend == best->nend && i < first)))
            best = m, first = i;
    }
    return first;
}

static size_t last_ending_scan(const struct mentions *ms, size_t lo, size_t hi)
{
    size_t first = (size_t)-1;
    for (size_t i = 0; i < ms->n; i++) {
        const struct mention *m = &ms->v[i];
        if (m->id && m->nend >= lo && m->nend <= hi &&
            (first == (size_t)-1 || m->nend > ms->v[first].nend))
            first = i;
    }
    return first;
}

static int overlaps(struct mention_index *x, size_t a, size_t b)
{
    struct mindex_iter it;
    const struct mention *m;
    size_t i;
    mindex_sync(x);
    for (mindex_range(x, a + 1, b + x->maxlen, &it); (m = mindex_next(x, &it, &i));)
        if (m->nstart < b)
            return 1;
    return 0;
}

static int overlaps_scan(const struct mentions *ms, size_t a, size_t b)
{
    for (size_t i = 0; i < ms->n; i++)
        if (ms->v[i].nstart < b && a < ms->v[i].nend)
            return 1;
    return 0;
}

static void index_agrees(void)
{
    enum { LEN = 20000 };
    struct mentions ms = {0};
    struct mention_index x;
    mindex_init(&x, &ms, LEN + 64);
    int bad = 0;
    unsigned seed = 7;
    for (int round = 0; round < 20; round++) { /* mentions added between the queries */
        fill(&ms, 50, LEN, seed += 101);
        for (size_t p = 0; p < LEN + 40; p += 37) {
            size_t lo = p > 400 ? p - 400 : 0;
            bad += last_ending(&x, lo, p) != last_ending_scan(&ms, lo, p);
            bad += overlaps(&x, p, p + 5) != overlaps_scan(&ms, p, p + 5);
        }
    }
    CHECK_INT(bad, 0);
    CHECK(mindex_has_id(&x, "A/RES/60/288"));
    CHECK(!mindex_has_id(&x, "A/RES/60/289"));
    mindex_release(&x);
    mentions_release(&ms);
}

/* one mention every 20 bytes, one query per mention: the mentions visited per query stay
 * the same when the list is 4 times longer (a scan of the list would visit 4 times more) */
static long work(size_t n)
{
    struct mentions ms = {0};
    struct mention_index x;
    mindex_init(&x, &ms, 20 * n + 64);
    visits = 0;
    for (size_t i = 0; i < n; i++) {
        struct mention m = {0};
        m.kind = MK_RESOLUTION;
        m.id = IDS[i % 4];
        m.nstart = 20 * i;
        m.nend = 20 * i + 11;
        mentions_push(&ms, &m);
        last_ending(&x, m.nend > 400 ? m.nend - 400 : 0, m.nend + 5);
    }
    mindex_release(&x);
    mentions_release(&ms);
    return visits;
}

static void work_is_linear(void)
{
    long w1 = work(5000), w4 = work(20000);
    CHECK(w1 > 0);
    /* 4 times the queries, 4 times the work (within 1 %: the first queries, near the
     * start of the text, find fewer), not 16 times */
    CHECK(w4 * 100 <= 4 * w1 * 101);
}

/* a file mapped (its pages given back as the parts are searched) gives the mentions of
 * the file read whole; every mention carries its own bytes */
static void mapped_same(const struct gazetteer *gaz)
{
    char path[] = "/tmp/unxref-test-linear-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    struct buf b = BUF_INIT;
    for (int i = 0; i < 3000; i++)
        buf_printf(&b, "The Council recalls its resolutions %d (2001) and 1390 (2002); the "
                       "Counter-Terrorism Committee. ",
                   1300 + i % 90);
    CHECK(write(fd, b.data, b.len) == (ssize_t)b.len);
    close(fd);
    char *text, *mtext;
    size_t n, mn;
    const char *why;
    CHECK(input_map(path, b.len, &text, &n, &why) == 0); /* not above: read */
    CHECK(input_map(path, 1000, &mtext, &mn, &why) == 1);
    CHECK_INT(mn, n);
    CHECK(mtext[mn] == 0);
    struct doc whole, mapped;
    doc_extract(&whole, path, text, n, "auto", gaz);
    doc_extract_mapped(&mapped, path, mtext, mn, "auto", gaz, 20000);
    input_unmap(mtext, mn);
    CHECK(whole.mentions.n > 3000);
    CHECK_INT(mapped.mentions.n, whole.mentions.n);
    int bad = 0;
    for (size_t i = 0; i < whole.mentions.n && i < mapped.mentions.n; i++) {
        const struct mention *a = &whole.mentions.v[i], *m = &mapped.mentions.v[i];
        bad += a->start != m->start || a->end != m->end || a->line != m->line || !m->text ||
               a->text || memcmp(m->text, text + a->start, a->end - a->start) != 0 ||
               strcmp(a->id ? a->id : "-", m->id ? m->id : "-") != 0;
    }
    CHECK_INT(bad, 0);
    doc_release(&whole);
    doc_release(&mapped);
    free(text);
    buf_release(&b);
    unlink(path);
}

int main(void)
{
    struct gazetteer *gaz = gazetteer_builtin();
    index_agrees();
    work_is_linear();
    mapped_same(gaz);
    gazetteer_free(gaz);
    return h_done("linear");
}
