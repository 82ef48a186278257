/* pdf: PDF text through poppler on PDFs built here (Helvetica, nothing embedded) —
 * running header and page numbers, two columns on the same baselines, positions by
 * page — and the failures (damaged PDF, no poppler). */
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "pdf.h"
#include "util.h"

struct line {
    int x, y; /* PDF points, from the bottom left */
    const char *text;
};

/* A PDF of pages[i] (n lines each, a 0-terminated list), A4. */
static char *make_pdf(const struct line *const *pages, int npages, size_t *len)
{
    struct buf objs[16];
    int nobj = 0;
    for (int p = 0; p < npages; p++) {
        struct buf st = BUF_INIT;
        buf_adds(&st, "");
        for (const struct line *l = pages[p]; l->text; l++)
            buf_printf(&st, "BT /F1 11 Tf %d %d Td (%s) Tj ET\n", l->x, l->y, l->text);
        objs[nobj] = (struct buf)BUF_INIT;
        buf_printf(&objs[nobj++], "<< /Length %zu >>\nstream\n%sendstream", st.len, st.data);
        buf_release(&st);
    }
    int font = nobj + 1, tree = nobj + 2;
    objs[nobj] = (struct buf)BUF_INIT;
    buf_adds(&objs[nobj++], "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    objs[nobj] = (struct buf)BUF_INIT;
    buf_adds(&objs[nobj], "<< /Type /Pages /Kids [");
    for (int p = 0; p < npages; p++)
        buf_printf(&objs[nobj], " %d 0 R", tree + 1 + p);
    buf_printf(&objs[nobj++], " ] /Count %d >>", npages);
    for (int p = 0; p < npages; p++) {
        objs[nobj] = (struct buf)BUF_INIT;
        buf_printf(&objs[nobj++],
                   "<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font "
                   "<< /F1 %d 0 R >> >> /Contents %d 0 R >>",
                   tree, font, p + 1);
    }
    objs[nobj] = (struct buf)BUF_INIT;
    buf_printf(&objs[nobj++], "<< /Type /Catalog /Pages %d 0 R >>", tree);
    struct buf out = BUF_INIT;
    size_t off[16];
    buf_adds(&out, "%PDF-1.4\n");
    for (int i = 0; i < nobj; i++) {
        off[i] = out.len;
        buf_printf(&out, "%d 0 obj\n%s\nendobj\n", i + 1, objs[i].data);
        buf_release(&objs[i]);
    }
    size_t xref = out.len;
    buf_printf(&out, "xref\n0 %d\n0000000000 65535 f \n", nobj + 1);
    for (int i = 0; i < nobj; i++)
        buf_printf(&out, "%010zu 00000 n \n", off[i]);
    buf_printf(&out, "trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%zu\n%%%%EOF\n", nobj + 1,
               nobj, xref);
    *len = out.len;
    return buf_detach(&out);
}

static const struct line P1[] = {{72, 800, "S/RES/2222 \\(2015\\) Advance version"},
                                 {72, 740, "The Security Council,"},
                                 {72, 724, "Recalling its resolution 1373 \\(2001\\) and"},
                                 {290, 30, "1"},
                                 {0, 0, NULL}};
static const struct line P2[] = {{72, 800, "S/RES/2222 \\(2015\\) Advance version"},
                                 {72, 740, "reaffirming resolution 2178 \\(2014\\),"},
                                 {290, 30, "- 2 -"},
                                 {0, 0, NULL}};
/* two columns on the same baselines: a short masthead on the left (which poppler runs
 * into the lines beside it), the text on the right */
static const struct line P3[] = {{72, 800, "S/RES/2222 \\(2015\\) Advance version"},
                                 {72, 740, "United Nations"},
                                 {72, 724, "A/RES/78/246"},
                                 {72, 690, "General Assembly"},
                                 {72, 674, "Distr.: General"},
                                 {310, 740, "The General Assembly,"},
                                 {310, 724, "Recalling its resolution 2231 \\(2015\\)"},
                                 {310, 708, "on the nuclear programme of the"},
                                 {310, 692, "Islamic Republic of Iran,"},
                                 {310, 676, "Takes note of the report."},
                                 {290, 30, "3/3"},
                                 {0, 0, NULL}};

#ifdef UNXREF_POPPLER
static size_t count(const char *s, const char *what)
{
    size_t n = 0;
    for (const char *p = s; (p = strstr(p, what)) != NULL; p++)
        n++;
    return n;
}
#endif

int main(void)
{
    CHECK(pdf_is_pdf_path("a/b.pdf"));
    CHECK(pdf_is_pdf_path("B.PDF"));
    CHECK(!pdf_is_pdf_path(".pdf"));
    CHECK(!pdf_is_pdf_path("a.pdf.txt"));

    const char *t = "one\nab\fcd\f\fef";
    struct pdf_pos pos = PDF_POS_INIT;
    pdf_page_of(t, 1, &pos);
    CHECK_INT(pos.page, 1);
    CHECK_INT(pos.page_start, 0);
    pdf_page_of(t, 8, &pos);
    CHECK_INT(pos.page, 2);
    CHECK_INT(pos.page_start, 7);
    pdf_page_of(t, 11, &pos);
    CHECK_INT(pos.page, 4);
    CHECK_INT(pos.page_start, 11);

    const struct line *pages[] = {P1, P2, P3};
    size_t n;
    char *pdf = make_pdf(pages, 3, &n);
    char *text = NULL;
    size_t len = 0;
    const char *why = NULL;
    int rc = pdf_to_text(pdf, n, &text, &len, &why);
#ifdef UNXREF_POPPLER
    CHECK_INT(rc, 0);
    if (rc == 0) {
        CHECK_INT(strlen(text), len);
        CHECK_INT(count(text, "\f"), 2);
        /* the running header once, at the top; no page number */
        CHECK_INT(count(text, "S/RES/2222"), 1);
        CHECK(strncmp(text, "S/RES/2222 (2015) Advance version\n", 34) == 0);
        CHECK(strstr(text, "\n1\n") == NULL && strstr(text, "- 2 -") == NULL &&
              strstr(text, "3/3") == NULL);
        CHECK(strstr(text, "Recalling its resolution 1373 (2001) and\n\freaffirming") != NULL);
        /* the left column whole, then the right one */
        const char *l = strstr(text, "United Nations\nA/RES/78/246\nGeneral Assembly\n"
                                     "Distr.: General\n");
        const char *r = strstr(text, "The General Assembly,\nRecalling its resolution 2231 "
                                     "(2015)\non the nuclear programme of the\nIslamic "
                                     "Republic of Iran,\nTakes note of the report.\n");
        CHECK(l != NULL && r != NULL && l < r);
        if (!l || !r)
            fprintf(stderr, "text:\n%s\n", text);
        struct pdf_pos p = PDF_POS_INIT;
        const char *at = strstr(text, "2231");
        pdf_page_of(text, (size_t)(at - text), &p);
        CHECK_INT(p.page, 3);
        CHECK(text[p.page_start - 1] == '\f');
    }
    free(text);
    /* damaged: the same PDF cut short */
    CHECK_INT(pdf_to_text(pdf, n / 3, &text, &len, &why), -1);
    CHECK(text == NULL);
    CHECK_STR(why, "not a readable PDF (damaged or incomplete?)");
    /* pages without text (an image-only scan) */
    static const struct line none[] = {{0, 0, NULL}};
    const struct line *blank[] = {none, none};
    char *scan = make_pdf(blank, 2, &n);
    CHECK_INT(pdf_to_text(scan, n, &text, &len, &why), -1);
    CHECK_STR(why, "no text in this PDF (scanned pages? they need OCR first)");
    free(scan);
#else
    CHECK_INT(rc, -1);
    CHECK(strstr(why, "pdftotext -layout") != NULL);
#endif
    free(pdf);
    return h_done("pdf");
}
