/* emit_json: JSON through jansson (see emit_json.h). */
#include "emit_json.h"

#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "crosslang.h"
#include "lang.h"
#include "normalize.h"
#include "pdf.h"
#include "util.h"

#define DUMP_FLAGS (JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(15))

/* json_dumpf writes token by token (one fwrite each); this batches them in 64 KiB
 * blocks, and indents what it is given by `indent` more spaces (jansson's line breaks
 * come as pieces of their own: strings never hold a raw one). */
enum { MEMO_ID, MEMO_NAME, MEMO_TYPE, MEMO_ESTABLISHED, MEMO_TEXT, NMEMO, MEMO_NONE = -1 };
struct dumpbuf {
    FILE *fp;
    size_t len;
    int indent;
    /* the last MEMO_KEEP strings of each such field found plain (json_plain): a mention's
     * is most often one of them, and comparing costs less than checking (mention_write) */
    struct memo {
        struct memo_str {
            char *s;
            size_t n, cap;
            int set;
        } v[4];
        unsigned next;
    } memo[NMEMO];
    char data[65536];
};

static int dump_piece(const char *s, size_t n, void *arg)
{
    static const char spaces[] = "\n                ";
    struct dumpbuf *b = arg;
    if (n == 1 && s[0] == '\n' && b->indent > 0) {
        s = spaces;
        n = 1 + (size_t)(b->indent < 16 ? b->indent : 16);
    }
    if (b->len + n > sizeof b->data) {
        fwrite(b->data, 1, b->len, b->fp);
        b->len = 0;
        if (n > sizeof b->data)
            return fwrite(s, 1, n, b->fp) == n ? 0 : -1;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    return 0;
}

static void dumpbuf_flush(struct dumpbuf *b)
{
    fwrite(b->data, 1, b->len, b->fp);
    b->len = 0;
}

static int dump(const json_t *j, FILE *fp)
{
    struct dumpbuf *b = xmalloc(sizeof *b);
    b->fp = fp;
    b->len = 0;
    b->indent = 0;
    int rc = json_dump_callback(j, dump_piece, b, DUMP_FLAGS);
    dumpbuf_flush(b);
    free(b);
    return rc;
}

struct extract_writer {
    FILE *fp;
    size_t ndocs;
    json_t *errors;
    struct dumpbuf buf; /* everything goes through it, in order */
};

/* A JSON string of s, which should be UTF-8 but need not be (file names are bytes):
 * each invalid byte becomes U+FFFD, so the key is never silently dropped. */
static json_t *str_or_null(const char *s)
{
    if (!s)
        return json_null();
    json_t *j = json_string(s);
    if (j)
        return j;
    struct buf b = BUF_INIT;
    size_t n = strlen(s);
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        size_t k = utf8_decode((const unsigned char *)s + i, n - i, &cp);
        if (k)
            buf_add(&b, s + i, k), i += k;
        else
            buf_adds(&b, "\xef\xbf\xbd"), i++;
    }
    j = json_stringn(b.data ? b.data : "", b.len);
    buf_release(&b);
    return j;
}

/* A JSON string from bytes that may end inside a character: never invalid. */
static json_t *bytes_string(const char *s, size_t n)
{
    json_t *j = json_stringn(s, n);
    return j ? j : json_string("");
}

struct extract_writer *extract_writer_new(FILE *fp)
{
    struct extract_writer *w = xcalloc(1, sizeof *w);
    w->fp = fp;
    w->buf.fp = fp;
    w->errors = json_array();
    fputs("{\n\"documents\": [", fp);
    return w;
}

/* A mention object at depth 2, the bytes jansson would write (DUMP_FLAGS), written
 * field by field: strings that need escaping (or are not valid UTF-8) and the rare
 * candidates list are dumped by jansson; plain strings, numbers and literals are written
 * here. No object per mention, no hashtable. */
struct fields {
    struct dumpbuf *b;
    int n; /* fields written */
};

/* dump_piece of a piece that is not a line break of jansson's: copied when it fits */
static void put_bytes(struct dumpbuf *b, const char *s, size_t n)
{
    if (b->len + n <= sizeof b->data) {
        memcpy(b->data + b->len, s, n);
        b->len += n;
    } else {
        dump_piece(s, n, b);
    }
}

/* A field's key: KEY("id") gives it with its length */
#define KEY(k) k, sizeof k - 1

static void field_key(struct fields *f, const char *key, size_t klen)
{
    struct dumpbuf *b = f->b;
    const char *lead = f->n++ ? ",\n      \"" : "{\n      \""; /* both 9 bytes */
    if (b->len + 12 + klen <= sizeof b->data) {
        char *o = b->data + b->len;
        memcpy(o, lead, 9);
        memcpy(o + 9, key, klen);
        memcpy(o + 9 + klen, "\": ", 3);
        b->len += 12 + klen;
        return;
    }
    put_bytes(b, lead, 9);
    put_bytes(b, key, klen);
    put_bytes(b, "\": ", 3);
}

/* Writes j into b as json_dumpf would at nesting depth `depth` (2 spaces a
 * level), and frees it. */
static void dump_at(struct dumpbuf *b, json_t *j, int depth)
{
    b->indent = 2 * depth;
    json_dump_callback(j, dump_piece, b, DUMP_FLAGS | JSON_ENCODE_ANY);
    json_decref(j);
}

static void field_json(struct fields *f, const char *key, size_t klen, json_t *j)
{
    field_key(f, key, klen);
    dump_at(f->b, j, 3);
}

/* Whether s[0..n) is valid UTF-8 that JSON writes as it is: no control character, quote
 * or backslash (what jansson would escape, without JSON_ENSURE_ASCII or
 * JSON_ESCAPE_SLASH). */
static int json_plain(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    for (size_t i = 0; i < n;) {
        uint64_t w;
        if (n - i >= 8 && (memcpy(&w, u + i, 8), 1)) {
            /* eight bytes at a time while they are ASCII above 0x1f, no '"' nor '\\' */
            uint64_t q = w ^ (ones * '"'), bs = w ^ (ones * '\\');
            uint64_t flag = (w | ((w - ones * 0x20) & ~w) | ((q - ones) & ~q) |
                             ((bs - ones) & ~bs)) & highs;
            if (!flag) {
                i += 8;
                continue;
            }
        }
        if (u[i] < 0x80) {
            if (u[i] < 0x20 || u[i] == '"' || u[i] == '\\')
                return 0;
            i++;
            continue;
        }
        uint32_t cp;
        size_t k = utf8_decode_multi(u + i, n - i, &cp);
        if (!k)
            return 0;
        i += k;
    }
    return 1;
}

/* Whether s[0..n) is plain (json_plain), through memo k (MEMO_NONE: none). */
static int plain_memo(struct dumpbuf *b, int k, const char *s, size_t n)
{
    if (k == MEMO_NONE)
        return json_plain(s, n);
    struct memo *mm = &b->memo[k];
    for (int i = 0; i < 4; i++)
        if (mm->v[i].set && mm->v[i].n == n && memcmp(mm->v[i].s, s, n) == 0)
            return 1;
    if (!json_plain(s, n))
        return 0;
    struct memo_str *m = &mm->v[mm->next];
    mm->next = (mm->next + 1) % 4;
    xgrow((void **)&m->s, &m->cap, n + 1, 1);
    memcpy(m->s, s, n);
    m->n = n;
    m->set = 1;
    return 1;
}

/* A string field: written as it is when it needs no escaping, else quoted by jansson
 * (with str_or_null's or bytes_string's handling of invalid UTF-8). */
static void field_str(struct fields *f, const char *key, size_t klen, const char *s, size_t n,
                      int bytes, int memo)
{
    if (!s || !plain_memo(f->b, memo, s, n)) {
        field_json(f, key, klen, bytes ? bytes_string(s, n) : str_or_null(s));
        return;
    }
    field_key(f, key, klen);
    struct dumpbuf *b = f->b;
    if (b->len + n + 2 <= sizeof b->data) {
        b->data[b->len] = '"';
        memcpy(b->data + b->len + 1, s, n);
        b->data[b->len + 1 + n] = '"';
        b->len += n + 2;
        return;
    }
    put_bytes(b, "\"", 1);
    put_bytes(b, s, n);
    put_bytes(b, "\"", 1);
}

static void field_text(struct fields *f, const char *key, size_t klen, const char *s, int memo)
{
    field_str(f, key, klen, s, s ? strlen(s) : 0, 0, memo);
}

static void field_int(struct fields *f, const char *key, size_t klen, long long v)
{
    char digits[24], *p = digits + sizeof digits;
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    do
        *--p = (char)('0' + u % 10);
    while (u /= 10);
    if (v < 0)
        *--p = '-';
    field_key(f, key, klen);
    put_bytes(f->b, p, (size_t)(digits + sizeof digits - p));
}

static void field_literal(struct fields *f, const char *key, size_t klen, const char *lit)
{
    field_key(f, key, klen);
    put_bytes(f->b, lit, strlen(lit));
}

/* pos: where the mention stands in a PDF (its page and that page's start), or NULL */
static void mention_write(struct dumpbuf *b, const struct mention *m, const char *text,
                          const struct pdf_pos *pos)
{
    struct fields f = {b, 0};
    field_text(&f, KEY("kind"), mention_kind_name(m->kind), MEMO_NONE);
    field_text(&f, KEY("id"), m->id, MEMO_ID);
    if (m->kind == MK_CONVENTION || m->kind == MK_BODY) {
        field_text(&f, KEY("name"), m->name, MEMO_NAME);
        field_literal(&f, KEY("known"), m->known ? "true" : "false");
    }
    field_str(&f, KEY("text"), m->text ? m->text : text + m->start, m->end - m->start, 1,
              MEMO_TEXT);
    field_int(&f, KEY("start"), (long long)m->start);
    field_int(&f, KEY("end"), (long long)m->end);
    field_int(&f, KEY("line"), m->line);
    if (pos) {
        field_int(&f, KEY("page"), pos->page);
        field_int(&f, KEY("page_offset"), (long long)(m->start - pos->page_start));
    }
    if (m->type)
        field_text(&f, KEY("type"), m->type, MEMO_TYPE);
    if (m->year)
        field_int(&f, KEY("year"), m->year);
    if (m->parts)
        field_text(&f, KEY("parts"), m->parts, MEMO_NONE);
    if (m->paragraph)
        field_text(&f, KEY("paragraph"), m->paragraph, MEMO_NONE);
    if (m->short_form)
        field_literal(&f, KEY("short_form"), "true");
    if (m->corrected)
        field_literal(&f, KEY("corrected"), "true");
    if (m->in_name)
        field_literal(&f, KEY("in_name"), "true");
    if (m->editorial)
        field_literal(&f, KEY("editorial"), "true");
    if (m->unresolved)
        field_literal(&f, KEY("unresolved"), "true");
    if (m->ambiguous) {
        field_literal(&f, KEY("ambiguous"), "true");
        json_t *c = json_array();
        for (const char *p = m->candidates; p && *p;) {
            size_t n = strcspn(p, "|");
            json_array_append_new(c, json_stringn(p, n));
            p += n + (p[n] == '|');
        }
        field_json(&f, KEY("candidates"), c);
    }
    if (m->established_by)
        field_text(&f, KEY("established_by"), m->established_by, MEMO_ESTABLISHED);
    if (m->draft)
        field_literal(&f, KEY("draft"), "true");
    dump_piece("\n    }", 6, b);
}


static void put_piece(struct dumpbuf *b, const char *s) { dump_piece(s, strlen(s), b); }

static void put_str(struct extract_writer *w, const char *s) { put_piece(&w->buf, s); }

/* One document, a mention at a time: the mentions of a huge input never stand in
 * memory as one JSON tree. Same bytes as dumping the whole object. */
void extract_writer_doc(struct extract_writer *w, const struct doc *d, const char *text)
{
    put_str(w, w->ndocs++ ? ",\n{\n  \"path\": " : "\n{\n  \"path\": ");
    dump_at(&w->buf, str_or_null(d->path), 1);
    put_str(w, ",\n  \"language\": ");
    dump_at(&w->buf, str_or_null(d->lang), 1);
    put_str(w, ",\n  \"symbol\": ");
    dump_at(&w->buf, str_or_null(d->symbol), 1);
    put_str(w, ",\n  \"symbol_source\": ");
    dump_at(&w->buf, str_or_null(d->symbol ? d->symbol_source : NULL), 1);
    put_str(w, ",\n  \"mentions\": [");
    struct pdf_pos pos = PDF_POS_INIT;
    struct doc_cursor c;
    const struct mention *m;
    size_t i = 0;
    for (doc_cursor_start(&c, d); (m = doc_cursor_next(&c)); i++) {
        put_str(w, i ? ",\n    " : "\n    ");
        if (d->from_pdf)
            pdf_page_of(text, m->start, &pos);
        mention_write(&w->buf, m, text, d->from_pdf ? &pos : NULL);
    }
    doc_cursor_end(&c);
    put_str(w, i ? "\n  ]\n}" : "]\n}");
    dumpbuf_flush(&w->buf);
}

void extract_writer_error(struct extract_writer *w, const char *path, long line,
                          const char *message)
{
    json_t *e = json_object();
    json_object_set_new(e, "path", str_or_null(path));
    json_object_set_new(e, "line", json_integer(line));
    json_object_set_new(e, "message", str_or_null(message));
    json_array_append_new(w->errors, e);
}

void extract_writer_finish(struct extract_writer *w)
{
    fputs(w->ndocs ? "\n],\n\"errors\": " : "],\n\"errors\": ", w->fp);
    dump(w->errors, w->fp);
    fputs("\n}\n", w->fp);
    json_decref(w->errors);
    for (int k = 0; k < NMEMO; k++)
        for (int i = 0; i < 4; i++)
            free(w->buf.memo[k].v[i].s);
    free(w);
}

/* The codes of the languages in bits (bit i: lang_codes[i]). */
static json_t *langs_json(unsigned bits)
{
    json_t *a = json_array();
    for (unsigned i = 0; lang_codes[i]; i++)
        if (bits & (1u << i))
            json_array_append_new(a, str_or_null(lang_codes[i]));
    return a;
}

static json_t *lang_json(unsigned bit);

/* The names the other language versions gave node id (crosslang.h), each once; NULL when
 * none. */
static json_t *names_json(const struct xlang *x, const char *id)
{
    size_t first, n = xlang_names(x, id, &first);
    if (!n)
        return NULL;
    json_t *list = json_array();
    for (size_t i = first; i < first + n; i++) {
        const struct xlang_pair *p = &x->aligned.v[i];
        if (i > first && p->lang_a == p[-1].lang_a && strcmp(p->a, p[-1].a) == 0)
            continue;
        json_t *e = json_object();
        json_object_set_new(e, "language", lang_json(p->lang_a));
        json_object_set_new(e, "name", str_or_null(strncmp(p->a, "unknown:", 8) ? p->a : p->a + 8));
        json_array_append_new(list, e);
    }
    return list;
}

static json_t *node_json(const struct graph *g, const struct gnode *n)
{
    json_t *j = json_object();
    json_object_set_new(j, "id", str_or_null(n->id));
    json_object_set_new(j, "kind", str_or_null(node_kind_name(n->kind)));
    json_object_set_new(j, "label", str_or_null(n->label ? n->label : n->id));
    json_object_set_new(j, "name", str_or_null(n->name));
    json_object_set_new(j, "type", str_or_null(n->type));
    json_object_set_new(j, "year", n->year ? json_integer(n->year) : json_null());
    json_object_set_new(j, "known", json_boolean(n->known));
    json_object_set_new(j, "input", json_boolean(n->input));
    json_object_set_new(j, "languages", langs_json(n->langs));
    json_t *names = names_json(&g->xlang, n->id);
    if (names)
        json_object_set_new(j, "names", names);
    /* what crosslang.c decides on, so that graph --from can decide again */
    if (!n->known && !n->input)
        json_object_set_new(j, "mentioned_in", langs_json(n->cited_langs));
    json_object_set_new(j, "path", str_or_null(n->path));
    json_object_set_new(j, "symbol_source", str_or_null(n->symbol_source));
    json_object_set_new(j, "in_degree", json_integer(n->in_degree));
    json_object_set_new(j, "out_degree", json_integer(n->out_degree));
    json_object_set_new(j, "in_strength", json_integer((json_int_t)n->in_strength));
    json_object_set_new(j, "out_strength", json_integer((json_int_t)n->out_strength));
    json_object_set_new(j, "pagerank", json_real(n->pagerank));
    json_object_set_new(j, "citation_pagerank",
                        isnan(n->citation_pagerank) ? json_null() : json_real(n->citation_pagerank));
    json_object_set_new(j, "betweenness", json_real(n->betweenness));
    json_object_set_new(j, "hub", json_real(n->hub));
    json_object_set_new(j, "authority", json_real(n->authority));
    json_object_set_new(j, "coreness", json_integer(n->coreness));
    json_object_set_new(j, "closeness", isnan(n->closeness) ? json_null() : json_real(n->closeness));
    json_object_set_new(j, "component", json_integer(n->component));
    json_object_set_new(j, "community", json_integer(n->community));
    json_object_set_new(j, "louvain", n->louvain >= 0 ? json_integer(n->louvain) : json_null());
    return j;
}

/* A partition's summary: algorithm, modularity and every part with its size and label. */
static json_t *partition_json(const struct partition *p, const char *algorithm)
{
    if (p->n == 0)
        return json_null();
    json_t *j = json_object();
    json_object_set_new(j, "algorithm", str_or_null(algorithm));
    json_object_set_new(j, "graph", str_or_null("undirected, weights summed"));
    json_object_set_new(j, "modularity", json_real(p->modularity));
    json_object_set_new(j, "count", json_integer(p->n));
    json_t *parts = json_array();
    for (long i = 0; i < p->n; i++) {
        json_t *c = json_object();
        json_object_set_new(c, "id", json_integer(i));
        json_object_set_new(c, "size", json_integer((json_int_t)p->size[i]));
        json_object_set_new(c, "label", str_or_null(p->label[i]));
        json_array_append_new(parts, c);
    }
    json_object_set_new(j, "parts", parts);
    return j;
}

static json_t *size_json(size_t nodes, size_t links)
{
    json_t *j = json_object();
    json_object_set_new(j, "nodes", json_integer((json_int_t)nodes));
    json_object_set_new(j, "links", json_integer((json_int_t)links));
    return j;
}

/* Which graph the metrics belong to: the whole graph read, or a selection of it (the
 * options, its size and that of the graph it was taken from; with --top, the graph the
 * N nodes were ranked on); and the resolution citation graph of citation_pagerank. */
static json_t *metrics_graph_json(const struct graph *g)
{
    json_t *j = json_object();
    json_object_set_new(j, "graph", str_or_null(g->selection ? "selection" : "whole graph"));
    json_object_set_new(j, "selection", str_or_null(g->selection));
    json_object_set_new(j, "nodes", json_integer((json_int_t)g->nnodes));
    json_object_set_new(j, "links", json_integer((json_int_t)g->nedges));
    json_object_set_new(j, "whole_graph", g->selection ? size_json(g->full_nnodes, g->full_nedges)
                                                       : json_null());
    json_object_set_new(j, "top_ranked_on", g->ranked_nnodes
                                                ? size_json(g->ranked_nnodes, g->ranked_nedges)
                                                : json_null());
    json_t *c = size_json(g->citation_nnodes, g->citation_nedges);
    json_object_set_new(c, "graph", str_or_null("resolutions and the cites links between them"));
    json_object_set_new(j, "citation_graph", c);
    return j;
}

static json_t *lang_json(unsigned bit)
{
    json_t *l = langs_json(bit), *one = json_array_size(l) ? json_incref(json_array_get(l, 0)) : json_null();
    json_decref(l);
    return one;
}

/* Pairs of ids of one entity in two versions (crosslang.h): keys for a and b. */
static json_t *xpairs_json(const struct xlang_pairs *p, const char *a, const char *b)
{
    json_t *list = json_array();
    for (size_t i = 0; i < p->n; i++) {
        json_t *e = json_object();
        json_object_set_new(e, "symbol", str_or_null(p->v[i].symbol));
        json_object_set_new(e, "language", lang_json(p->v[i].lang_a));
        json_object_set_new(e, a, str_or_null(p->v[i].a));
        json_object_set_new(e, "other_language", lang_json(p->v[i].lang_b));
        json_object_set_new(e, b, str_or_null(p->v[i].b));
        json_array_append_new(list, e);
    }
    return list;
}

/* The alignment of the language versions (crosslang.h). */
static json_t *alignment_json(const struct xlang *x)
{
    json_t *j = json_object();
    static const char *const when[] = {"before", "after"};
    for (int i = 0; i < 2; i++) {
        json_t *c = json_object();
        json_object_set_new(c, "entities", json_integer((json_int_t)x->entities[i]));
        json_object_set_new(c, "one_id", json_integer((json_int_t)x->one_id[i]));
        json_object_set_new(j, when[i], c);
    }
    json_object_set_new(j, "aligned", xpairs_json(&x->aligned, "id", "to"));
    json_object_set_new(j, "disagreements", xpairs_json(&x->disagree, "id", "other"));
    return j;
}

/* The cross-language report (crosslang.h). */
static json_t *cross_language_json(const struct graph *g)
{
    const struct xlang *x = &g->xlang;
    long mentions;
    json_t *j = json_object(), *list = json_array();
    json_object_set_new(j, "languages", langs_json(x->langs));
    json_object_set_new(j, "documents_in_several_languages", json_integer((json_int_t)x->multi));
    json_object_set_new(j, "one_language_dropped", json_integer((json_int_t)xlang_count(x, 0, &mentions)));
    json_object_set_new(j, "one_language_dropped_mentions", json_integer(mentions));
    json_object_set_new(j, "one_language_kept", json_integer((json_int_t)xlang_count(x, 1, NULL)));
    for (size_t i = 0; i < x->n; i++) {
        json_t *e = json_object();
        json_object_set_new(e, "id", str_or_null(x->v[i].id));
        json_object_set_new(e, "label", str_or_null(x->v[i].label));
        json_t *lang = langs_json(x->v[i].lang);
        json_object_set(e, "language", json_array_size(lang) ? json_array_get(lang, 0) : json_null());
        json_decref(lang);
        json_object_set_new(e, "documents", json_integer((json_int_t)x->v[i].documents));
        json_object_set_new(e, "mentions", json_integer(x->v[i].mentions));
        json_object_set_new(e, "in_graph", json_boolean(x->v[i].kept));
        json_array_append_new(list, e);
    }
    json_object_set_new(j, "one_language_entities", list);
    json_object_set_new(j, "alignment", alignment_json(x));
    return j;
}

int emit_graph_json(const struct graph *g, FILE *fp)
{
    json_t *meta = json_object();
    json_object_set_new(meta, "generator", str_or_null("unxref " UNXREF_VERSION));
    json_object_set_new(meta, "documents", json_integer((json_int_t)g->ndocs));
    json_object_set_new(meta, "nodes", json_integer((json_int_t)g->nnodes));
    json_object_set_new(meta, "links", json_integer((json_int_t)g->nedges));
    json_object_set_new(meta, "pagerank", str_or_null("PRPACK, damping 0.85, weighted"));
    json_object_set_new(meta, "betweenness", str_or_null(g->betweenness_method));
    json_object_set_new(meta, "closeness", str_or_null(g->closeness_method));
    json_object_set_new(meta, "components", json_integer(g->components.n));
    json_object_set_new(meta, "communities", partition_json(&g->leiden, "Leiden"));
    json_object_set_new(meta, "louvain", partition_json(&g->louvain, "Louvain"));
    json_object_set_new(meta, "metrics_graph", metrics_graph_json(g));
    json_object_set_new(meta, "cross_language", cross_language_json(g));
    /* the whole document as jansson would dump it, a node and a link at a time: a
     * million-node graph never stands in memory as one JSON tree */
    struct dumpbuf *b = xmalloc(sizeof *b);
    b->fp = fp;
    b->len = 0;
    put_piece(b, "{\n  \"directed\": true,\n  \"multigraph\": false,\n  \"graph\": ");
    dump_at(b, meta, 1);
    put_piece(b, ",\n  \"nodes\": [");
    for (size_t i = 0; i < g->nnodes; i++) {
        put_piece(b, i ? ",\n    " : "\n    ");
        dump_at(b, node_json(g, &g->nodes[i]), 2);
    }
    put_piece(b, g->nnodes ? "\n  ],\n  \"links\": [" : "],\n  \"links\": [");
    b->indent = 0;
    /* links by hand (the same bytes), with each id quoted by jansson once */
    char **quoted = xmalloc((g->nnodes + 1) * sizeof *quoted);
    for (size_t i = 0; i < g->nnodes; i++) {
        json_t *j = str_or_null(g->nodes[i].id);
        quoted[i] = json_dumps(j, JSON_ENCODE_ANY);
        json_decref(j);
    }
    for (size_t i = 0; i < g->nedges; i++) {
        const struct gedge *e = &g->edges[i];
        char line[96];
        put_piece(b, i ? ",\n    {\n      \"source\": " : "\n    {\n      \"source\": ");
        put_piece(b, quoted[e->from]);
        put_piece(b, ",\n      \"target\": ");
        put_piece(b, quoted[e->to]);
        snprintf(line, sizeof line, ",\n      \"type\": \"%s\",\n      \"weight\": %lld\n    }",
                 edge_type_name(e->type), (long long)e->weight);
        put_piece(b, line);
    }
    for (size_t i = 0; i < g->nnodes; i++)
        free(quoted[i]);
    free(quoted);
    put_piece(b, g->nedges ? "\n  ]\n}\n" : "]\n}\n");
    dumpbuf_flush(b);
    free(b);
    return ferror(fp) ? -1 : 0;
}

/* ---- the stats report ---- */

static json_t *link_pair(const struct graph *g, size_t e)
{
    json_t *j = json_object();
    json_object_set_new(j, "source", str_or_null(g->nodes[g->edges[e].from].id));
    json_object_set_new(j, "target", str_or_null(g->nodes[g->edges[e].to].id));
    return j;
}

static json_t *links_json(const struct graph *g, const size_t *v, size_t n)
{
    json_t *a = json_array();
    for (size_t i = 0; i < n; i++)
        json_array_append_new(a, link_pair(g, v[i]));
    return a;
}

/* which: 0 PageRank, 1 in-degree, 2 betweenness, 3 PageRank on the resolution citation
 * graph (as in stats.c) */
static json_t *top_json(const struct stats_report *r, const size_t *v, size_t nv, int which)
{
    json_t *a = json_array();
    for (size_t k = 0; k < nv; k++) {
        const struct gnode *n = &r->g->nodes[v[k]];
        json_t *j = json_object();
        json_object_set_new(j, "id", str_or_null(n->id));
        json_object_set_new(j, "label", str_or_null(n->label ? n->label : n->id));
        json_object_set_new(j, "year", n->year ? json_integer(n->year) : json_null());
        json_object_set_new(j, "value", which == 1   ? json_integer(n->in_degree)
                                        : which == 3 ? json_real(n->citation_pagerank)
                                                     : json_real(which == 0 ? n->pagerank
                                                                            : n->betweenness));
        if (which == 3)
            json_object_set_new(j, "citing", json_integer(n->citation_in_degree));
        json_array_append_new(a, j);
    }
    return a;
}

static json_t *established_json(const struct stats_report *r)
{
    json_t *a = json_array();
    for (size_t k = 0; k < r->nestablished; k++) {
        const struct gedge *e = &r->g->edges[r->established[k]];
        const struct gnode *b = &r->g->nodes[e->from];
        json_t *j = json_object();
        json_object_set_new(j, "body", str_or_null(b->id));
        json_object_set_new(j, "label", str_or_null(b->label ? b->label : b->id));
        json_object_set_new(j, "mentions", json_integer(b->in_degree));
        json_object_set_new(j, "resolution", str_or_null(r->g->nodes[e->to].id));
        json_array_append_new(a, j);
    }
    return a;
}

static json_t *pairs_json(const struct graph *g, const struct node_pair *p, size_t n,
                          double visits)
{
    if (visits > COCITE_MAX_VISITS)
        return json_null();
    json_t *a = json_array();
    for (size_t i = 0; i < n; i++) {
        json_t *j = json_object();
        json_object_set_new(j, "a", str_or_null(g->nodes[p[i].a].id));
        json_object_set_new(j, "b", str_or_null(g->nodes[p[i].b].id));
        json_object_set_new(j, "count", json_integer(p[i].count));
        json_array_append_new(a, j);
    }
    return a;
}

static json_t *counts_json(const struct year_count *v, size_t n, const char *key)
{
    json_t *a = json_array();
    for (size_t i = 0; i < n; i++) {
        json_t *j = json_object();
        json_object_set_new(j, key, json_integer(v[i].year));
        json_object_set_new(j, "count", json_integer(v[i].n));
        json_array_append_new(a, j);
    }
    return a;
}

static json_t *main_path_json(const struct stats_report *r)
{
    const struct mainpath *mp = &r->mp;
    const struct graph *g = r->g;
    json_t *j = json_object();
    json_object_set_new(j, "graph", str_or_null("cites links between resolutions, acyclic"));
    json_object_set_new(j, "links", json_integer((json_int_t)mp->narcs));
    json_object_set_new(j, "paths", json_real(mp->npaths));
    json_t *path = json_array();
    for (size_t i = 0; i < mp->npath; i++)
        json_array_append_new(path, str_or_null(g->nodes[mp->path[i]].id));
    json_object_set_new(j, "global", path);
    json_object_set_new(j, "global_spc", json_real(mp->npaths > 0 ? mp->path_spc / mp->npaths : 0));
    json_object_set_new(j, "key_routes", json_integer((json_int_t)r->keys));
    json_t *kr = json_array();
    for (size_t i = 0; i < mp->nkeyroute; i++) {
        json_t *l = link_pair(g, mp->keyroute[i]);
        json_object_set_new(l, "spc", json_real(mp->npaths > 0 ? mp->spc[mp->keyroute[i]] / mp->npaths : 0));
        json_array_append_new(kr, l);
    }
    json_object_set_new(j, "key_route", kr);
    json_object_set_new(j, "dropped_later", links_json(g, mp->forward, mp->nforward));
    json_object_set_new(j, "dropped_cycles", links_json(g, mp->cycle, mp->ncycle));
    return j;
}

static json_t *time_json(const struct stats_report *r)
{
    json_t *j = json_object();
    json_object_set_new(j, "citations_per_year", counts_json(r->per_year, r->nper_year, "year"));
    json_object_set_new(j, "citation_age", counts_json(r->ages, r->nages, "age"));
    json_t *dec = json_array();
    for (size_t d = 0; d < r->ndecades; d++) {
        json_t *o = json_object(), *top = json_array();
        json_object_set_new(o, "decade", json_integer(r->decades[d].decade));
        for (size_t k = 0; k < r->decades[d].n; k++) {
            const struct gnode *n = &r->g->nodes[r->decades[d].top[k]];
            json_t *t = json_object();
            json_object_set_new(t, "id", str_or_null(n->id));
            json_object_set_new(t, "in_degree", json_integer(n->in_degree));
            json_array_append_new(top, t);
        }
        json_object_set_new(o, "most_cited", top);
        json_array_append_new(dec, o);
    }
    json_object_set_new(j, "most_cited_per_decade", dec);
    json_object_set_new(j, "anomalies", links_json(r->g, r->anomalies, r->nanomalies));
    return j;
}

int emit_stats_json(const struct stats_report *r, FILE *fp)
{
    const struct graph *g = r->g;
    json_t *root = json_object(), *size = json_object(), *top = json_object();
    json_object_set_new(size, "documents", json_integer((json_int_t)g->ndocs));
    json_object_set_new(size, "nodes", json_integer((json_int_t)g->nnodes));
    json_object_set_new(size, "links", json_integer((json_int_t)g->nedges));
    for (int k = 0; k < 4; k++)
        json_object_set_new(size, node_kind_name((enum node_kind)k), json_integer((json_int_t)r->kinds[k]));
    for (int t = 0; t < 3; t++)
        json_object_set_new(size, edge_type_name((enum edge_type)t), json_integer((json_int_t)r->types[t]));
    json_object_set_new(size, "density", json_real(r->density));
    json_object_set_new(size, "components", json_integer(g->components.n));
    json_object_set_new(size, "largest_component",
                        json_integer(g->components.n ? (json_int_t)g->components.size[0] : 0));
    json_object_set_new(size, "isolated", json_integer((json_int_t)r->isolated));
    json_object_set_new(size, "betweenness", str_or_null(g->betweenness_method));
    json_object_set_new(size, "closeness", str_or_null(g->closeness_method));
    json_object_set_new(root, "graph", size);
    json_object_set_new(size, "metrics_graph", metrics_graph_json(g));
    json_object_set_new(size, "cross_language", cross_language_json(g));
    json_object_set_new(top, "resolutions", top_json(r, r->resolutions, r->nresolutions, 3));
    json_object_set_new(top, "bodies", top_json(r, r->bodies, r->nbodies, 1));
    json_object_set_new(top, "conventions", top_json(r, r->conventions, r->nconventions, 1));
    json_object_set_new(top, "unknowns", top_json(r, r->unknowns, r->nunknowns, 1));
    json_object_set_new(top, "established_by", established_json(r));
    json_object_set_new(top, "pagerank", top_json(r, r->by_pagerank, r->ntop, 0));
    json_object_set_new(top, "in_degree", top_json(r, r->by_in_degree, r->ntop, 1));
    json_object_set_new(top, "betweenness", top_json(r, r->by_betweenness, r->ntop, 2));
    json_object_set_new(root, "top", top);
    json_object_set_new(root, "communities", partition_json(&g->leiden, "Leiden"));
    json_object_set_new(root, "louvain", partition_json(&g->louvain, "Louvain"));
    json_object_set_new(root, "main_path", main_path_json(r));
    json_object_set_new(root, "cocitation",
                        pairs_json(g, r->cocitation, r->ncocitation, r->cocitation_visits));
    json_object_set_new(root, "coupling",
                        pairs_json(g, r->coupling, r->ncoupling, r->coupling_visits));
    json_object_set_new(root, "time", time_json(r));
    int rc = json_dumpf(root, fp, DUMP_FLAGS);
    fputc('\n', fp);
    json_decref(root);
    return rc == 0 ? 0 : -1;
}

static json_t *point_json(double x, double y)
{
    json_t *pt = json_array();
    json_array_append_new(pt, json_real(x));
    json_array_append_new(pt, json_real(y));
    return pt;
}

int emit_layout_json(const struct layout *l, FILE *fp)
{
    json_t *root = json_object();
    json_object_set_new(root, "generator", str_or_null("unxref " UNXREF_VERSION));
    json_object_set_new(root, "engine", str_or_null(l->engine));
    json_object_set_new(root, "units", str_or_null("points (1/72 inch), origin top left, y down"));
    json_object_set_new(root, "width", json_real(l->width));
    json_object_set_new(root, "height", json_real(l->height));
    json_t *nodes = json_array();
    for (size_t i = 0; i < l->nnodes; i++) {
        const struct layout_node *n = &l->nodes[i];
        json_t *j = json_object();
        json_object_set_new(j, "id", str_or_null(n->id));
        json_object_set_new(j, "x", json_real(n->x));
        json_object_set_new(j, "y", json_real(n->y));
        json_object_set_new(j, "width", json_real(n->width));
        json_object_set_new(j, "height", json_real(n->height));
        json_array_append_new(nodes, j);
    }
    json_object_set_new(root, "nodes", nodes);
    json_t *links = json_array();
    for (size_t i = 0; i < l->nedges; i++) {
        const struct layout_edge *e = &l->edges[i];
        json_t *j = json_object(), *pts = json_array();
        json_object_set_new(j, "source", str_or_null(e->source));
        json_object_set_new(j, "target", str_or_null(e->target));
        json_object_set_new(j, "type", str_or_null(e->type));
        json_object_set_new(j, "weight", json_integer((json_int_t)e->weight));
        for (size_t k = 0; k < e->npoints; k++)
            json_array_append_new(pts, point_json(e->points[2 * k], e->points[2 * k + 1]));
        json_object_set_new(j, "points", pts);
        json_array_append_new(links, j);
    }
    json_object_set_new(root, "links", links);
    int rc = json_dumpf(root, fp, JSON_INDENT(1) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(6));
    fputc('\n', fp);
    json_decref(root);
    return rc == 0 ? 0 : -1;
}
