/* Unit test: a huge document's mentions in a temporary file (the spill, mention.h) — a
 * record read back holds every field and string written; a document whose mentions are
 * spilled (doc_options.spill_at) gives the same extract JSON and graph.json, byte for
 * byte, as the one that keeps them in memory: the self-mentions dropped, the editorial
 * marks (text before the heading, the next resolution, the compilation's notes), a
 * mapped file's bytes; and the tally of a document's targets counts as the graph did. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "doc.h"
#include "emit_json.h"
#include "gazetteer.h"
#include "graph.h"
#include "harness.h"
#include "input.h"
#include "mention.h"
#include "util.h"

static struct gazetteer *gaz;

static int same_str(const char *a, const char *b)
{
    return a == b || (a && b && strcmp(a, b) == 0);
}

static void round_trip(void)
{
    struct mention_spill s;
    CHECK(spill_open(&s) == 0);
    static const char text[] = "res\0lution 1373"; /* a NUL inside a mention's bytes */
    struct mention v[3] = {{0}, {0}, {0}};
    v[0].kind = MK_BODY;
    v[0].id = "UN-CTC@S/RES/1373 (2001)";
    v[0].name = "Counter-Terrorism Committee \"CTC\"";
    v[0].type = "committee";
    v[0].established_by = "S/RES/1373 (2001)";
    v[0].text = text;
    v[0].start = (size_t)5 << 32; /* past 4 GiB */
    v[0].end = v[0].start + sizeof text - 1;
    v[0].nstart = 7, v[0].nend = 9, v[0].line = 123456789, v[0].year = -1;
    v[0].known = v[0].in_name = v[0].editorial = 1;
    v[1].kind = MK_RESOLUTION;
    v[1].unresolved = v[1].draft = v[1].corrected = 1;
    v[1].short_form = "the said resolution";
    v[1].start = 1, v[1].end = 2, v[1].line = 1;
    v[2].kind = MK_DOCUMENT;
    v[2].id = "A/RES/35/1";
    v[2].candidates = "A/RES/35/1|A/HRC/RES/35/1";
    v[2].parts = "A-D";
    v[2].paragraph = "8";
    v[2].ambiguous = 1, v[2].year = 1980, v[2].start = 3, v[2].end = 30, v[2].line = 2;
    for (int i = 0; i < 3; i++)
        spill_put(&s, &v[i]);
    CHECK(spill_flush(&s) == 0);
    CHECK_INT(s.n, 3);
    for (int pass = 0; pass < 2; pass++) { /* read back twice */
        struct spill_reader r;
        const struct mention *m;
        int i = 0, bad = 0;
        for (spill_read_start(&s, &r); (m = spill_read_next(&r)); i++) {
            const struct mention *w = &v[i];
            bad += m->kind != w->kind || m->start != w->start || m->end != w->end ||
                   m->nstart != w->nstart || m->nend != w->nend || m->line != w->line ||
                   m->year != w->year || m->known != w->known || m->draft != w->draft ||
                   m->ambiguous != w->ambiguous || m->unresolved != w->unresolved ||
                   m->corrected != w->corrected || m->in_name != w->in_name ||
                   m->editorial != w->editorial || !same_str(m->id, w->id) ||
                   !same_str(m->name, w->name) || !same_str(m->type, w->type) ||
                   !same_str(m->established_by, w->established_by) ||
                   !same_str(m->parts, w->parts) || !same_str(m->paragraph, w->paragraph) ||
                   !same_str(m->candidates, w->candidates) ||
                   !same_str(m->short_form, w->short_form) || (!m->text != !w->text) ||
                   (w->text && memcmp(m->text, w->text, w->end - w->start) != 0);
        }
        CHECK_INT(i, 3);
        CHECK_INT(bad, 0);
        CHECK(!r.failed);
        spill_read_end(&r);
    }
    spill_close(&s);
}

/* strings that repeat from record to record (a record then names one of the last kept by
 * its slot): names cycling through more than the slots hold, a name that comes back after
 * it was pushed out, the same bytes at another address, NULL between; each read back as
 * written, and the file smaller than writing them all */
static void repeated_strings(void)
{
    static const char *const names[] = {"Counter-Terrorism Committee", "1540 Committee",
                                        "Human Rights Council", "Commission on Human Rights",
                                        "Peacebuilding Commission", "Committee against Torture"};
    static const int order[] = {0, 1, 0, 1, 2, 3, 4, 5, 0, 5, 5, 1, 3, 3, 2, 0};
    enum { N = sizeof order / sizeof *order, REPEAT = 200 };
    struct mention_spill s;
    CHECK(spill_open(&s) == 0);
    char copy[64];
    for (int k = 0; k < REPEAT; k++)
        for (int i = 0; i < N; i++) {
            struct mention m = {0};
            m.kind = MK_BODY;
            snprintf(copy, sizeof copy, "%s", names[order[i]]); /* not the same pointer */
            m.name = (k + i) % 7 == 3 ? NULL : copy;
            m.id = names[order[(i + 1) % N]];
            m.start = (size_t)(k * N + i);
            m.end = m.start + 1;
            spill_put(&s, &m);
        }
    CHECK(spill_flush(&s) == 0);
    long size = ftell(s.fp);
    size_t all = 0;
    for (int i = 0; i < N; i++)
        all += strlen(names[order[i]]) + strlen(names[order[(i + 1) % N]]);
    /* smaller than the strings alone, were they written in full every time (six names
     * for four slots: many are written again, pushed out before they came back) */
    CHECK(size > 0 && (size_t)size < all * REPEAT);
    struct spill_reader r;
    const struct mention *m;
    int n = 0, bad = 0;
    for (spill_read_start(&s, &r); (m = spill_read_next(&r)); n++) {
        int k = n / N, i = n % N;
        bad += !same_str(m->name, (k + i) % 7 == 3 ? NULL : names[order[i]]) ||
               !same_str(m->id, names[order[(i + 1) % N]]) || m->start != (size_t)n;
    }
    CHECK_INT(n, N * REPEAT);
    CHECK_INT(bad, 0);
    CHECK(!r.failed);
    spill_read_end(&r);
    spill_close(&s);
}

/* the targets of a list, counted, the first mention of each kept */
static void tally(void)
{
    struct mention_tally t = {0};
    static const char *const ids[] = {"S/RES/2 (1946)", "S/RES/1 (1946)", "S/RES/2 (1946)",
                                      "A/RES/1/1", "S/RES/2 (1946)", "S/RES/1 (1946)"};
    char names[6][8];
    for (int i = 0; i < 6; i++) {
        struct mention m = {0};
        m.kind = i == 5 ? MK_DOCUMENT : MK_RESOLUTION;
        m.id = ids[i];
        snprintf(names[i], sizeof names[i], "n%d", i);
        m.name = names[i];
        tally_add(&t, &m);
    }
    for (int i = 0; i < 6; i++)
        names[i][0] = 'x'; /* the tally keeps copies */
    tally_sort(&t);
    CHECK_INT(t.n, 4);
    if (t.n == 4) {
        CHECK_STR(t.v[0].m.id, "A/RES/1/1");
        CHECK_STR(t.v[1].m.id, "S/RES/1 (1946)");
        CHECK_INT(t.v[1].m.kind, MK_RESOLUTION);
        CHECK_INT(t.v[1].n, 1);
        CHECK_STR(t.v[2].m.id, "S/RES/1 (1946)");
        CHECK_INT(t.v[2].m.kind, MK_DOCUMENT);
        CHECK_STR(t.v[3].m.name, "n0"); /* the first of three */
        CHECK_INT(t.v[3].n, 3);
    }
    tally_release(&t);
}

/* what the extract writer and graph.json (with and without --editorial) make of d */
static char *outputs(const struct doc *d, const char *text)
{
    char *out;
    size_t len;
    FILE *fp = open_memstream(&out, &len);
    struct extract_writer *w = extract_writer_new(fp);
    extract_writer_doc(w, d, text);
    extract_writer_finish(w);
    for (int ed = 0; ed < 2; ed++) {
        struct graph *g = graph_new();
        g->cite_editorial = ed;
        graph_add_doc(g, d);
        graph_sort(g);
        emit_graph_json(g, fp);
        graph_free(g);
    }
    fclose(fp);
    return out;
}

/* the mentions of d, and how many of them are editorial */
static size_t count(const struct doc *d, size_t *editorial)
{
    struct doc_cursor c;
    const struct mention *m;
    size_t k = 0;
    *editorial = 0;
    for (doc_cursor_start(&c, d); (m = doc_cursor_next(&c)); k++)
        *editorial += m->editorial;
    CHECK(doc_cursor_end(&c) == 0);
    return k;
}

/* text read in parts of `chunk` bytes, its mentions in memory and spilled after
 * spill_at: the same bytes out */
static void same(const char *path, const char *text, size_t n, size_t chunk,
                 size_t spill_at, size_t want_mentions, size_t want_editorial)
{
    struct doc mem, sp;
    struct doc_options o = {"auto", gaz, NULL, chunk};
    doc_extract_with(&mem, path, text, n, &o);
    o.spill_at = spill_at;
    doc_extract_with(&sp, path, text, n, &o);
    CHECK(mem.error == NULL && sp.error == NULL);
    CHECK(mem.spill == NULL);
    if (!sp.spill || sp.mentions.n)
        fprintf(stderr, "%s, chunk %zu: not spilled\n", path, chunk);
    CHECK(sp.spill != NULL && sp.mentions.n == 0);
    size_t ed, mem_ed;
    CHECK_INT(count(&sp, &ed), mem.mentions.n);
    count(&mem, &mem_ed);
    CHECK_INT(ed, mem_ed);
    if (want_mentions) {
        CHECK_INT(mem.mentions.n, want_mentions);
        CHECK_INT(ed, want_editorial);
    }
    char *a = outputs(&mem, text), *b = outputs(&sp, text);
    CHECK(strlen(a) > 100);
    if (strcmp(a, b) != 0)
        fprintf(stderr, "%s, chunk %zu, spill after %zu: outputs differ\n", path, chunk,
                spill_at);
    CHECK_STR(b, a);
    free(a);
    free(b);
    doc_release(&mem);
    doc_release(&sp);
}

/* A page of a compilation, below other text (before its heading: editorial), naming
 * itself, with the editor's notes after its adoption line and the next resolution's
 * heading. */
static void compilation(struct buf *b)
{
    for (int i = 0; i < 14; i++)
        buf_printf(b, "Item %d%s.\n\n", i + 1, i == 6 ? ", under resolution 800 (1993)" : "");
    buf_adds(b, "Resolution 827 (1993)\nof 25 May 1993\n\nThe Security Council,\n\n"
                "Reaffirming its resolutions 713 (1991) and 808\n(1993), and resolution "
                "827 (1993),\n\n2. Decides to remain actively seized of the matter.\n\n"
                "Adopted unanimously at the 3217th meeting.\n\n"
                "5 See resolution 780 (1992).\n\n"
                "Resolution 828 (1993)\nof 26 May 1993\n\nThe Security Council,\n\n"
                "Recalling its resolution 827 (1993),\n");
}

/* a header symbol that its title contradicts: the title is the document, not a citation */
static const char TITLE[] =
    "United Nations                                  S/RES/2510 (2019)\n"
    "Security Council                     Distr.: General\n\n"
    "Resolution 2510 (2020)\n\nThe Security Council,\n\n"
    "Recalling its resolutions 2510 (2019), 2486 (2019) and 2441 (2018),\n";

/* a file mapped, its mentions spilled: the bytes of each mention come back from the
 * temporary file (the text is unmapped before writing, as the pipeline does) */
static void mapped(void)
{
    struct buf b = BUF_INIT;
    for (int i = 0; i < 2000; i++)
        buf_printf(&b, "The Council recalls its resolutions %d (2001) and 1390 (2002); the "
                       "Counter-Terrorism Committee \"CTC\". ",
                   1300 + i % 90);
    char path[] = "/tmp/unxref-test-spill-XXXXXX";
    FILE *fp = fdopen(mkstemp(path), "w");
    CHECK(fp && fwrite(b.data, 1, b.len, fp) == b.len);
    if (fp)
        fclose(fp);
    char *text;
    size_t n;
    const char *why;
    CHECK(input_map(path, 1000, &text, &n, &why) == 1);
    struct doc whole, sp;
    doc_extract(&whole, path, b.data, b.len, "auto", gaz);
    struct doc_options o = {"auto", gaz, NULL, 20000, 1, 1000};
    doc_extract_with(&sp, path, text, n, &o);
    input_unmap(text, n);
    CHECK(sp.spill != NULL);
    CHECK(whole.mentions.n > 4000);
    char *x = outputs(&whole, b.data), *y = outputs(&sp, NULL);
    CHECK_STR(y, x);
    free(x);
    free(y);
    doc_release(&whole);
    doc_release(&sp);
    buf_release(&b);
    unlink(path);
}

int main(void)
{
    gaz = gazetteer_builtin();
    round_trip();
    repeated_strings();
    tally();
    char *seed;
    size_t n;
    const char *why;
    CHECK(input_read(SEED, &seed, &n, &why) == 0);
    /* its own symbol from the file name: dropped */
    for (size_t at = 1; at <= 16; at *= 4)
        same("S_RES_1456_2003.zh.txt", seed, n, 600, at, 0, 0);
    same("seed", seed, n, (size_t)4 << 20, 1, 0, 0); /* one part, spilled */
    struct buf b = BUF_INIT;
    compilation(&b);
    /* 827 itself dropped (twice); 4 editorial: 800 before the heading, 780 after the
     * adoption line, 828 and the Council of the next resolution */
    for (size_t chunk = 200; chunk <= 3200; chunk *= 4)
        same("S_RES_827_1993.en.txt", b.data, b.len, chunk, 2, 7, 4);
    buf_release(&b);
    same("t", TITLE, strlen(TITLE), 100, 1, 0, 0);
    mapped();
    free(seed);
    gazetteer_free(gaz);
    return h_done("spill");
}
