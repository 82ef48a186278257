/* inflect: the case forms and hyphen variants of a name (see inflect.h).
 *
 * A rule is an ending in each case: the citation form's ending, then the other cases'
 * (Russian "ция → ции|ции|цию|цией|ции": genitive, dative, accusative, instrumental,
 * prepositional). A word of the name reads in case c by the rules whose ending in c ends
 * it, the longest such ending only, with something left before it (the stem). The head is
 * read in one case at a time — every word of it in the same case, so the forms agree:
 * adjectives (one rule class), a noun (the other), and heads joined by an inflect_and word
 * ("венская декларация и программа действий"); it ends at the first noun that no joined head
 * follows. Where a word reads both ways, the longer ending goes first ("всеобщая": adjective
 * "ая" before noun "а"; "управление": noun "ние" before adjective "ие"), the other is tried
 * when the first leaves no head. An inflect_stop word (a preposition) is no word of a head. Each case the head reads in gives the name in every case:
 * the gazetteer's genitive aliases ("конвенции о правах ребенка") give the nominative and
 * the rest too. A reading that is no word of the language ("комитета" read as a feminine
 * nominative) gives forms no text writes: they cost trie nodes, never a match. A
 * name_optional word inside a name (a Chinese particle) gives the name without it. */
#include "inflect.h"

#include <stdlib.h>
#include <string.h>

#include "normalize.h"
#include "util.h"

enum { MAX_TOKENS = 12, MAX_READINGS = 4, MAX_FORMS = 64, MAX_CASES = 16 };
enum cls { C_NONE, C_ADJ, C_NOUN, C_AND };

struct token {
    size_t b, e;  /* the word's bytes in the name */
    int cont;     /* a single space follows it: the head may go on */
    enum cls cls; /* what the head parse made of it */
    /* readings in the case being read: as a noun, as an adjective */
    const struct inflect_rule *noun[MAX_READINGS], *adj[MAX_READINGS];
    size_t nnoun, nadj, noun_len, adj_len;
    size_t read_in; /* the case + 1 the readings are of, 0: none yet */
};

struct head {
    const struct lang *L;
    const char *s;
    size_t n, ntok;
    size_t c; /* the case being read */
    struct token tok[MAX_TOKENS];
};

/* The ending of rule r in case c (0: the citation form). */
static const char *ending(const struct inflect_rule *r, size_t c)
{
    return c == 0 ? r->ending : r->forms[c - 1];
}

static size_t ncases(const struct lang *L)
{
    const struct inflect_rule *r = L->inflect_nouns ? L->inflect_nouns : L->inflect_adjs;
    size_t k = 0;
    while (r && r->forms[k])
        k++;
    return r ? k + 1 : 0;
}

/* The rules of one class that read word w[0..n) in case c: the longest ending only. */
static size_t readings(const struct inflect_rule *rules, size_t c, const char *w, size_t n,
                       const struct inflect_rule **out, size_t *len)
{
    size_t k = 0;
    *len = 0;
    for (const struct inflect_rule *r = rules; r && r->ending; r++) {
        size_t l = r->len[c];
        if (l >= n || l < *len || memcmp(w + n - l, ending(r, c), l) != 0)
            continue;
        if (l > *len)
            k = 0, *len = l;
        if (k < MAX_READINGS)
            out[k++] = r;
    }
    return k;
}

/* Token i is one of the words of list. */
static int is_in(const struct head *h, size_t i, const char *const *list)
{
    const struct token *t = &h->tok[i];
    for (const char *const *a = list; a && *a; a++)
        if (strlen(*a) == t->e - t->b && memcmp(*a, h->s + t->b, t->e - t->b) == 0)
            return 1;
    return 0;
}

/* Reads a head from token i on: adjectives (two joined by an and-word), a noun, and joined
 * heads after it. Returns the token after the head, or 0 when none reads. */
static size_t phrase(struct head *h, size_t i)
{
    if (i >= h->ntok || is_in(h, i, h->L->inflect_stop))
        return 0;
    struct token *t = &h->tok[i];
    if (t->read_in != h->c + 1) {
        const char *w = h->s + t->b;
        size_t wl = t->e - t->b;
        t->nnoun = readings(h->L->inflect_nouns, h->c, w, wl, t->noun, &t->noun_len);
        t->nadj = readings(h->L->inflect_adjs, h->c, w, wl, t->adj, &t->adj_len);
        t->read_in = h->c + 1;
    }
    int noun_first = t->noun_len >= t->adj_len;
    for (int pass = 0; pass < 2; pass++) {
        if ((pass == 0) == noun_first && t->nnoun) {
            t->cls = C_NOUN;
            size_t end = i + 1, more;
            if (t->cont && end + 1 < h->ntok && is_in(h, end, h->L->inflect_and) && h->tok[end].cont &&
                (more = phrase(h, end + 1))) {
                h->tok[end].cls = C_AND;
                return more;
            }
            return end;
        }
        if ((pass == 0) != noun_first && t->nadj && t->cont) {
            size_t end;
            t->cls = C_ADJ;
            if ((end = phrase(h, i + 1)))
                return end;
            if (i + 2 < h->ntok && is_in(h, i + 1, h->L->inflect_and) && h->tok[i + 1].cont &&
                (end = phrase(h, i + 2))) {
                h->tok[i + 1].cls = C_AND;
                return end;
            }
        }
    }
    t->cls = C_NONE;
    return 0;
}

/* The words at the start of the name, up to the first that is not followed by a space. */
static void tokenize(struct head *h)
{
    h->ntok = 0;
    for (size_t p = 0; p < h->n && h->ntok < MAX_TOKENS;) {
        size_t e = p;
        uint32_t cp;
        size_t k;
        while (e < h->n && (k = utf8_decode((const unsigned char *)h->s + e, h->n - e, &cp)) &&
               cp_is_word(cp))
            e += k;
        if (e == p || (e < h->n && h->s[e] == '-'))
            return; /* a compound ("социально-экономический"): its last part inflects */
        struct token *t = &h->tok[h->ntok++];
        t->b = p, t->e = e;
        t->cont = e + 1 < h->n && h->s[e] == ' ' && h->s[e + 1] != ' ';
        if (!t->cont)
            return;
        p = e + 1;
    }
}

struct out {
    char *buf; /* room for the name with every head word's ending the longest there is */
    inflect_emit emit;
    void *ctx;
    size_t calls;
    char *seen; /* the forms emitted, one after the other, each after its length */
    size_t nseen, seencap;
};

/* Emits s[0..n) unless it is the name orig or was emitted already. */
static void put(struct out *o, const char *s, size_t n, const char *orig, size_t on)
{
    if (n == on && memcmp(s, orig, n) == 0)
        return;
    for (size_t i = 0; i < o->nseen;) {
        size_t len;
        memcpy(&len, o->seen + i, sizeof len);
        if (len == n && memcmp(o->seen + i + sizeof len, s, n) == 0)
            return;
        i += sizeof len + len;
    }
    xgrow((void **)&o->seen, &o->seencap, o->nseen + sizeof n + n, 1);
    memcpy(o->seen + o->nseen, &n, sizeof n);
    memcpy(o->seen + o->nseen + sizeof n, s, n);
    o->nseen += sizeof n + n;
    o->emit(o->ctx, s, n);
    o->calls++;
}

/* The name with its head, read in case c, in case c2: every choice of readings. */
static void generate(struct head *h, size_t end, size_t c, size_t c2, struct out *o)
{
    size_t choice[MAX_TOKENS] = {0}, combos = 0;
    for (;;) {
        size_t len = 0;
        for (size_t i = 0; i < end; i++) {
            const struct token *t = &h->tok[i];
            size_t wl = t->e - t->b;
            if (t->cls == C_AND) {
                memcpy(o->buf + len, h->s + t->b, wl);
                len += wl;
            } else {
                const struct inflect_rule *r = t->cls == C_NOUN ? t->noun[choice[i]]
                                                                : t->adj[choice[i]];
                size_t stem = wl - r->len[c];
                memcpy(o->buf + len, h->s + t->b, stem);
                memcpy(o->buf + len + stem, ending(r, c2), r->len[c2]);
                len += stem + r->len[c2];
            }
            size_t sep = (i + 1 < end ? h->tok[i + 1].b : t->e) - t->e;
            memcpy(o->buf + len, h->s + t->e, sep);
            len += sep;
        }
        size_t rest = h->n - h->tok[end - 1].e;
        memcpy(o->buf + len, h->s + h->tok[end - 1].e, rest);
        put(o, o->buf, len + rest, h->s, h->n);
        /* the next choice of readings */
        size_t i = 0;
        for (; i < end; i++) {
            const struct token *t = &h->tok[i];
            size_t nr = t->cls == C_NOUN ? t->nnoun : t->cls == C_ADJ ? t->nadj : 1;
            if (++choice[i] < nr)
                break;
            choice[i] = 0;
        }
        if (i == end || ++combos >= MAX_FORMS)
            return;
    }
}

/* Reads the head in case c; returns the token after it (0: none) and its score, the
 * length of the endings read. */
static size_t read_case(struct head *h, size_t c, size_t *score)
{
    h->c = c;
    size_t end = phrase(h, 0);
    *score = 0;
    for (size_t i = 0; i < end; i++)
        *score += h->tok[i].cls == C_NOUN ? h->tok[i].noun_len
                  : h->tok[i].cls == C_ADJ ? h->tok[i].adj_len : 0;
    return end;
}

/* The name in every case, from the cases its head reads best in: the most letters of
 * endings read ("рамочного соглашения": the genitive's "ого" + "ния", not the nominative
 * of a noun "рамочног-о"). */
static void cases(const struct lang *L, const char *s, size_t n, struct out *o)
{
    size_t k = L ? ncases(L) : 0, best = 0, score[MAX_CASES];
    if (!k)
        return;
    struct head h = {.L = L, .s = s, .n = n};
    tokenize(&h);
    for (size_t c = 0; c < k && c < MAX_CASES; c++)
        if (read_case(&h, c, &score[c]) && score[c] > best)
            best = score[c];
    for (size_t c = 0; best && c < k && c < MAX_CASES; c++) {
        if (score[c] != best)
            continue;
        size_t end = read_case(&h, c, &score[c]);
        for (size_t c2 = 0; c2 < k; c2++)
            if (c2 != c)
                generate(&h, end, c, c2, o);
    }
}

/* s with every hyphen between two word characters replaced by rep (" " or ""); 0 when s
 * has none. */
static size_t unhyphen(const char *s, size_t n, const char *rep, char *buf)
{
    size_t len = 0, found = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t a, b;
        if (s[i] == '-' && i > 0 && i + 1 < n &&
            utf8_decode_back((const unsigned char *)s, i, &a) && cp_is_word(a) &&
            utf8_decode((const unsigned char *)s + i + 1, n - i - 1, &b) && cp_is_word(b)) {
            memcpy(buf + len, rep, strlen(rep));
            len += strlen(rep);
            found++;
        } else {
            buf[len++] = s[i];
        }
    }
    return found ? len : 0;
}

/* s without the word w of L->name_optional wherever it stands inside it (not first, not
 * last): the Chinese "measures in the activities" written without "in the"; 0 when s has
 * none. */
static size_t unoptional(const char *s, size_t n, const char *w, char *buf)
{
    size_t len = 0, found = 0, wn = strlen(w);
    for (size_t i = 0; i < n;) {
        if (wn && i > 0 && i + wn < n && memcmp(s + i, w, wn) == 0) {
            i += wn;
            found++;
        } else {
            buf[len++] = s[i++];
        }
    }
    return found ? len : 0;
}

size_t inflect_forms(const struct lang *L, const char *s, size_t n, inflect_emit emit, void *ctx)
{
    struct out o = {xmalloc(n + MAX_TOKENS * INFLECT_ENDING_MAX + 1), emit, ctx, 0, NULL, 0, 0};
    char *variant = xmalloc(n + 1);
    cases(L, s, n, &o);
    static const char *const REPS[] = {" ", ""};
    for (size_t v = 0; v < 2; v++) {
        size_t vn = unhyphen(s, n, REPS[v], variant);
        if (!vn)
            break;
        put(&o, variant, vn, s, n);
        cases(L, variant, vn, &o);
    }
    for (const char *const *w = L ? L->name_optional : NULL; w && *w; w++) {
        size_t vn = unoptional(s, n, *w, variant);
        if (vn)
            put(&o, variant, vn, s, n);
    }
    free(variant);
    free(o.buf);
    free(o.seen);
    return o.calls;
}
