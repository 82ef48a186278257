/* pdf: a PDF file as text — read page by page through poppler (poppler-glib), columns in
 * reading order (poppler's text layout), running headers, footers and page numbers
 * dropped (lines in the top or bottom margin band that repeat, digits aside, on other
 * pages, or that are only a page number); pages joined with "\n\f", so a position in the
 * text says its page (pdf_page_of). Built without poppler (no UNXREF_POPPLER), a PDF
 * fails with a message saying how to convert it (pdftotext -layout). */
#ifndef UNXREF_PDF_H
#define UNXREF_PDF_H

#include <stddef.h>

/* Whether path names a PDF: ends in ".pdf", any case. */
int pdf_is_pdf_path(const char *path);

/* The text of the PDF in bytes[0..n) into *text (NUL-terminated UTF-8, caller frees) and
 * *len. Returns 0, or -1 with a static message in *why. Thread-safe (one PDF at a time).
 */
int pdf_to_text(const char *bytes, size_t n, char **text, size_t *len, const char **why);

/* Where byte offset `off` of a text made by pdf_to_text is: p->page (1-based) and
 * p->page_start (the offset of that page's first byte). Start with PDF_POS_INIT and call
 * with non-decreasing offsets: linear in all. */
struct pdf_pos {
    long page;
    size_t page_start, scanned;
};
#define PDF_POS_INIT                                                                     \
    {                                                                                    \
        1, 0, 0                                                                          \
    }
void pdf_page_of(const char *text, size_t off, struct pdf_pos *p);

#endif
