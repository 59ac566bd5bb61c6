/* text.c: the only user of libunistring: cleaning, folding, width and wrapping. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unictype.h>
#include <unilbrk.h>
#include <uninorm.h>
#include <uniwidth.h>
#include <unistr.h>

#include "buf.h"
#include "text.h"
#include "vec.h"

/* ncurses keeps a handful of combining marks per cell; more only slows
 * drawing and is never real text, so display copies keep at most this many. */
#define MAX_MARKS 4

/* The category lookup is slow and no mark comes before U+0300: most of
 * the text never needs it. */
static int
is_mark(ucs4_t uc)
{
	return uc >= 0x300 && uc_is_general_category(uc, UC_CATEGORY_M);
}

/* The bytes from `off` that are printable ASCII: one character each, never
 * a mark, unchanged by cleaning and by NFKD; folding only lowers their case. */
static size_t
ascii_run(const char *s, size_t len, size_t off)
{
	const uint64_t ones = UINT64_C(0x0101010101010101), highs = ones * 0x80;
	size_t end = off;

	/* eight bytes at a time: none below 0x20, none above 0x7e (the
	 * classic byte-wise compares, exact for "is there any") */
	for (uint64_t x; len - end >= 8; end += 8) {
		memcpy(&x, s + end, 8);
		if (((x - ones * 0x20) & ~x & highs) | (((x + ones * (127 - 0x7e)) | x) & highs))
			break;
	}
	while (end < len && s[end] >= 0x20 && s[end] < 0x7f)
		end++;
	return end - off;
}

static char
ascii_lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* Decode one character; invalid or truncated sequences read as U+FFFD. */
static size_t
next_uc(const char *s, size_t len, size_t off, ucs4_t *uc)
{
	int n = u8_mbtouc(uc, (const uint8_t *)s + off, len - off);

	return n > 0 ? (size_t)n : 1;
}

/* The bidirectional embeddings, overrides and isolates: they would
 * reorder what the terminal shows after them (a name drawn backwards, a
 * word hidden), so text never carries them to the screen. */
static int
is_bidi_control(ucs4_t uc)
{
	return (uc >= 0x202a && uc <= 0x202e) || (uc >= 0x2066 && uc <= 0x2069);
}

static void
put_visible_control(struct buf *b, ucs4_t uc)
{
	static const char hex[] = "0123456789ABCDEF";

	if (uc < 0x20 || uc == 0x7f) {
		buf_addc(b, '^');
		buf_addc(b, uc == 0x7f ? '?' : (char)(uc + '@'));
	} else {
		buf_addc(b, '<');
		buf_addc(b, hex[uc >> 4]);
		buf_addc(b, hex[uc & 0xf]);
		buf_addc(b, '>');
	}
}

char *
text_clean(const char *s, size_t len)
{
	struct buf b = BUF_INIT;
	int marks = 0;

	for (size_t off = 0; off < len;) {
		ucs4_t uc;
		size_t n = ascii_run(s, len, off);

		if (n > 0) {
			buf_add(&b, s + off, n);
			off += n;
			marks = 0;
			continue;
		}
		n = next_uc(s, len, off, &uc);
		if (uc == '\t' || uc == '\n') {
			buf_addc(&b, ' ');
		} else if (uc < 0x20 || (uc >= 0x7f && uc < 0xa0)) {
			put_visible_control(&b, uc);
		} else if (is_bidi_control(uc)) {
			/* dropped */
		} else if (is_mark(uc) && ++marks > MAX_MARKS) {
			/* dropped: see MAX_MARKS */
		} else {
			uint8_t tmp[6];
			int w = u8_uctomb(tmp, uc, sizeof tmp);

			buf_add(&b, (const char *)tmp, w > 0 ? (size_t)w : 0);
		}
		if (!is_mark(uc))
			marks = 0;
		off += n;
	}
	return buf_finish(&b);
}

int
text_is_clean(const char *s, size_t len)
{
	int marks = 0;

	for (size_t off = 0; off < len;) {
		ucs4_t uc;
		size_t n = ascii_run(s, len, off);
		int k;

		if (n > 0) {
			off += n;
			marks = 0;
			continue;
		}
		/* a control character, or an invalid sequence (u8_mbtoucr, unlike
		 * u8_mbtouc, tells it from a real U+FFFD) */
		if ((unsigned char)s[off] < 0x80 ||
		    (k = u8_mbtoucr(&uc, (const uint8_t *)s + off, len - off)) <= 0 ||
		    (uc >= 0x80 && uc < 0xa0) || is_bidi_control(uc))
			return 0;
		if (!is_mark(uc))
			marks = 0;
		else if (++marks > MAX_MARKS)
			return 0;
		off += (size_t)k;
	}
	return 1;
}

/* Letters NFKD leaves whole but a reader types without their stroke. */
static ucs4_t
strip_stroke(ucs4_t uc)
{
	switch (uc) {
	case 0x0111: return 'd';	/* đ (Đ is case-folded to it first) */
	case 0x00f8: return 'o';	/* ø */
	case 0x0142: return 'l';	/* ł */
	case 0x0127: return 'h';	/* ħ */
	default: return uc;
	}
}

char *
text_fold(const char *s, size_t len)
{
	char *clean;
	size_t flen = 0;
	uint8_t *folded;
	struct buf b = BUF_INIT;

	if (ascii_run(s, len, 0) == len) {
		char *lower = malloc(len + 1);

		for (size_t i = 0; lower && i < len; i++)
			lower[i] = ascii_lower(s[i]);
		if (lower)
			lower[len] = '\0';
		return lower;
	}
	if (!(clean = text_clean(s, len)))
		return NULL;
	folded = u8_casefold((const uint8_t *)clean, strlen(clean), NULL,
	    UNINORM_NFKD, NULL, &flen);
	free(clean);
	if (!folded)
		return NULL;
	for (size_t off = 0; off < flen;) {
		ucs4_t uc;
		size_t n = next_uc((const char *)folded, flen, off, &uc);

		off += n;
		if (is_mark(uc))
			continue;
		uc = strip_stroke(uc);
		uint8_t tmp[6];
		int w = u8_uctomb(tmp, uc, sizeof tmp);
		buf_add(&b, (const char *)tmp, w > 0 ? (size_t)w : 0);
	}
	free(folded);
	return buf_finish(&b);
}

/* What a character with no ASCII decomposition is written as in ASCII. */
static char
ascii_stand_in(ucs4_t uc)
{
	static const struct { ucs4_t uc; char c; } table[] = {
		{ 0x0110, 'D' }, { 0x0111, 'd' }, { 0x00d8, 'O' }, { 0x00f8, 'o' },
		{ 0x0141, 'L' }, { 0x0142, 'l' }, { 0x0126, 'H' }, { 0x0127, 'h' },
		{ 0x2018, '\'' }, { 0x2019, '\'' }, { 0x201c, '"' }, { 0x201d, '"' },
		{ 0x2013, '-' }, { 0x2014, '-' }, { 0x2212, '-' }, { 0x00b7, '.' },
		{ 0x2022, '*' }, { 0x203a, '>' }, { 0x2039, '<' }, { 0x00ab, '"' },
		{ 0x00bb, '"' }, { 0x00a0, ' ' },
	};

	for (size_t i = 0; i < sizeof table / sizeof *table; i++)
		if (table[i].uc == uc)
			return table[i].c;
	return '?';
}

char *
text_ascii(const char *s, size_t len)
{
	struct buf b = BUF_INIT;
	uint8_t *nfkd;
	size_t n = 0;

	if (ascii_run(s, len, 0) == len) {
		buf_add(&b, s, len);
		return buf_finish(&b);
	}
	/* compatibility forms apart: "ạ" is "a" and a mark, "…" is "..." */
	if ((nfkd = u8_normalize(UNINORM_NFKD, (const uint8_t *)s, len, NULL, &n)) == NULL)
		return NULL;
	for (size_t off = 0; off < n;) {
		ucs4_t uc;

		off += next_uc((const char *)nfkd, n, off, &uc);
		if (uc >= 0x20 && uc < 0x7f)
			buf_addc(&b, (char)uc);
		else if (!is_mark(uc))
			buf_addc(&b, uc < 0x20 || uc == 0x7f ? '?' : ascii_stand_in(uc));
	}
	free(nfkd);
	return buf_finish(&b);
}

static size_t
uc_columns(ucs4_t uc)
{
	int w = uc_width(uc, "UTF-8");

	return w > 0 ? (size_t)w : 0;
}

/* Printable ASCII is a column a byte: most of every text, measured
 * without asking libunistring. */
size_t
text_width(const char *s, size_t len)
{
	size_t cols = 0;

	for (size_t off = 0; off < len;) {
		ucs4_t uc;
		size_t n = ascii_run(s, len, off);

		if (n > 0) {
			cols += n;
			off += n;
			continue;
		}
		off += next_uc(s, len, off, &uc);
		cols += uc_columns(uc);
	}
	return cols;
}

size_t
text_fit(const char *s, size_t len, size_t width, size_t *used)
{
	size_t cols = 0, off = 0;

	while (off < len && cols < width) {
		ucs4_t uc;
		size_t n = ascii_run(s, len, off), w;

		if (n > 0) {
			n = n < width - cols ? n : width - cols;
			cols += n;
			off += n;
			continue;
		}
		n = next_uc(s, len, off, &uc);
		if (cols + (w = uc_columns(uc)) > width)
			break;
		cols += w;
		off += n;
	}
	/* marks and other zero-width characters after the last column fit too */
	while (off < len && cols == width) {
		ucs4_t uc;
		size_t n = next_uc(s, len, off, &uc);

		if (uc_columns(uc) != 0)
			break;
		off += n;
	}
	if (used)
		*used = cols;
	return off;
}

char *
text_truncate(const char *s, size_t len, size_t width)
{
	static const char ellipsis[] = "\u2026";
	struct buf b = BUF_INIT;
	size_t fit;

	/* fitting reads only as far as the width, measuring would read it all */
	if ((fit = text_fit(s, len, width, NULL)) == len) {
		buf_add(&b, s, len);
		return buf_finish(&b);
	}
	if (width == 0)
		return buf_finish(&b);
	fit = text_fit(s, len, width - 1, NULL);
	buf_add(&b, s, fit);
	buf_add(&b, ellipsis, sizeof ellipsis - 1);
	return buf_finish(&b);
}

size_t
text_next_char(const char *s, size_t len, size_t off)
{
	ucs4_t uc;

	if (off >= len)
		return len;
	off += next_uc(s, len, off, &uc);
	/* keep combining marks with their base */
	while (off < len) {
		size_t n = next_uc(s, len, off, &uc);
		if (!is_mark(uc))
			break;
		off += n;
	}
	return off;
}

size_t
text_prev_char(const char *s, size_t len, size_t off)
{
	size_t prev = 0;

	/* an ASCII byte is never inside a sequence nor a mark: a character of
	 * its own, found without reading the text from its start */
	if (off > 0 && off <= len && (unsigned char)s[off - 1] < 0x80)
		return off - 1;
	for (size_t at = 0; at < off && at < len; at = text_next_char(s, len, at))
		prev = at;
	return prev;
}

/* Wrapping state: where the current line starts, its width so far, and
 * the last place it may break (with the width up to there). */
struct wrap {
	struct text_line *lines;
	size_t n, cap;
	size_t start;
	int failed;
};

static void
wrap_emit(struct wrap *w, const char *s, size_t from, size_t to)
{
	struct text_line *nl;

	while (to > from && s[to - 1] == ' ')
		to--;
	if ((nl = vec_reserve(w->lines, &w->cap, w->n + 1, sizeof *nl)) == NULL) {
		w->failed = 1;
		return;
	}
	w->lines = nl;
	w->lines[w->n].off = from;
	w->lines[w->n].len = to - from;
	w->n++;
}

static size_t
skip_spaces(const char *s, size_t len, size_t off)
{
	while (off < len && s[off] == ' ')
		off++;
	return off;
}

/* Whether the `len` bytes at `s`, which need not end in a NUL, begin with `prefix`. */
static int
starts_with(const char *s, size_t len, const char *prefix)
{
	size_t n = strlen(prefix);

	return len >= n && memcmp(s, prefix, n) == 0;
}

/* A URL is one token: it may break after one of its own '/' (not before
 * another), never at a '-', '.' or '?' inside it as UAX #14 allows. */
static void
url_breaks(const char *s, size_t len, char *brk)
{
	for (size_t i = 0; i < len; i++) {
		size_t end;

		if ((i > 0 && s[i - 1] != ' ') || !(starts_with(s + i, len - i, "http://") ||
		    starts_with(s + i, len - i, "https://")))
			continue;
		for (end = i; end < len && s[end] != ' ' && s[end] != '\n'; end++)
			if (end > i)
				brk[end] = s[end - 1] == '/' && s[end] != '/'
				    ? UC_BREAK_POSSIBLE : UC_BREAK_PROHIBITED;
		i = end;
	}
}

long
text_wrap(const char *s, size_t len, size_t width, struct text_line **lines)
{
	struct wrap w = { 0 };
	char *brk;
	size_t cols = 0, last_brk = 0;

	*lines = NULL;
	if (width == 0)
		width = 1;
	brk = malloc(len ? len : 1);
	if (!brk)
		return -1;
	u8_possible_linebreaks((const uint8_t *)s, len, "UTF-8", brk);
	url_breaks(s, len, brk);
	w.start = skip_spaces(s, len, 0);
	for (size_t off = w.start; off < len && !w.failed;) {
		ucs4_t uc;
		size_t n = next_uc(s, len, off, &uc);
		size_t cw = uc_columns(uc);

		if (off > w.start && brk[off] == UC_BREAK_POSSIBLE)
			last_brk = off;
		/* spaces may hang past the edge: the line is trimmed when cut */
		while (uc != ' ' && off > w.start && cols + cw > width && !w.failed) {
			size_t cut = last_brk > w.start ? last_brk : off;

			wrap_emit(&w, s, w.start, cut);
			w.start = skip_spaces(s, len, cut);
			last_brk = 0;
			cols = w.start < off ? text_width(s + w.start, off - w.start) : 0;
		}
		if (off < w.start) {
			off = w.start;
			continue;
		}
		cols += cw;
		off += n;
	}
	if (w.start < len && !w.failed)
		wrap_emit(&w, s, w.start, len);
	free(brk);
	if (w.failed) {
		free(w.lines);
		return -1;
	}
	*lines = w.lines;
	return (long)w.n;
}

/* --- search words ------------------------------------------------------- */

/* Forward, once: stepping back from the end would restart at the start. */
size_t
text_cut(const char *s, size_t len, size_t max)
{
	size_t off = 0;

	while (off < len) {
		ucs4_t uc;
		size_t n = next_uc(s, len, off, &uc);

		if (off + n > max)
			break;
		off += n;
	}
	return off;
}

/* Letters and digits make words; marks stay with the letter they follow. */
static int
is_word_char(ucs4_t uc)
{
	if (uc < 0x80)
		return (unsigned)((uc | 0x20) - 'a') < 26 || (unsigned)(uc - '0') < 10;
	return uc_is_alnum(uc) || is_mark(uc);
}

static int
is_ascii_letter(char c)
{
	return (unsigned)((c | 0x20) - 'a') < 26;
}

static int
is_ascii_digit(char c)
{
	return (unsigned)(c - '0') < 10;
}

/* The end of the run from `off` of characters that are (`word`) or are
 * not word characters; ASCII, most of every text, is told without
 * decoding (snippets scan every field of every hit, at each keystroke). */
static size_t
skip_run(const char *s, size_t len, size_t off, int word)
{
	while (off < len) {
		ucs4_t uc = (unsigned char)s[off];
		size_t n = uc < 0x80 ? 1 : next_uc(s, len, off, &uc);

		if (is_word_char(uc) != word)
			break;
		off += n;
	}
	return off;
}

/* The end of an abbreviation of single letters and dots ("A.I.", "U.S.A")
 * from `off`, or `off` when there is none: two letters at least, each but
 * the last followed by a dot, and no word character after. */
static size_t
abbreviation(const char *s, size_t len, size_t off)
{
	size_t at = off, letters = 0;

	while (at + 1 < len && is_ascii_letter(s[at]) && s[at + 1] == '.') {
		letters++;
		at += 2;
	}
	if (at < len && is_ascii_letter(s[at]) && (at + 1 == len || skip_run(s, len, at + 1, 1) == at + 1)) {
		letters++;
		at++;
	}
	if (letters < 2 || (at < len && skip_run(s, len, at, 1) != at))
		return off;
	return at;
}

/*
 * The next word from `off`: its bytes [*start, returned end); the end is
 * *start when there is none.  A word is a run of letters and digits, and
 * holds whole what people write as one: "R&D", "S&T", "AT&T" (a `&`
 * between letters), "4.0" and "1.5" (a dot between digits), "A.I." (an
 * abbreviation).  The index and the query read words alike.
 */
size_t
text_word(const char *s, size_t len, size_t off, size_t *start)
{
	size_t end;

	*start = off = skip_run(s, len, off, 0);
	if ((end = abbreviation(s, len, off)) > off)
		return end;
	end = skip_run(s, len, off, 1);
	while (end > off && end + 1 < len &&
	    ((s[end] == '&' && is_ascii_letter(s[end - 1]) && is_ascii_letter(s[end + 1])) ||
	    (s[end] == '.' && is_ascii_digit(s[end - 1]) && is_ascii_digit(s[end + 1]))))
		end = skip_run(s, len, end + 1, 1);
	return end;
}

/*
 * Spellings that differ in the writing but not the meaning, each read as
 * its one form on both sides of a search (index and query): a query for
 * "data centre" finds "data center", "ecommerce" finds "e-commerce".
 * Joined words read as the words they join, so each still finds them
 * alone.  Sorted, for bsearch.
 */
static const struct spelling {
	const char *from, *to;
} spellings[] = {
	{ "bigdata", "big data" },
	{ "centre", "center" },
	{ "centres", "centers" },
	{ "cybersecurity", "cyber security" },
	{ "datacenter", "data center" },
	{ "datacentre", "data center" },
	{ "defence", "defense" },
	{ "ecommerce", "e commerce" },
	{ "egovernment", "e government" },
	{ "licence", "license" },
	{ "organisation", "organization" },
	{ "organisations", "organizations" },
	{ "programme", "program" },
	{ "programmes", "programs" },
};

static int
cmp_spelling(const void *key, const void *elem)
{
	return strcmp(key, ((const struct spelling *)elem)->from);
}

const char *
text_spelling(const char *word)
{
	const struct spelling *sp = bsearch(word, spellings, sizeof spellings / sizeof *spellings,
	    sizeof *spellings, cmp_spelling);

	return sp ? sp->to : NULL;
}

/*
 * One word of folded text as the search reads it, into out (TEXT_WORD_BUF
 * bytes): the dots of an abbreviation dropped ("a.i." is "ai"), a spelling
 * of the table in its one form (which may be two words, with a space),
 * cut to TEXT_TOKEN_MAX bytes on a character boundary.
 */
static void
norm_word(const char *w, size_t len, char *out)
{
	size_t n = 0;
	const char *to;
	int abbrev = len > 2 && abbreviation(w, len, 0) == len;

	/* a character past the limit is copied whole, so the cut below can
	 * drop it whole instead of keeping part of it */
	for (size_t i = 0; i < len && n < TEXT_TOKEN_MAX + 4; i++)
		if (!(abbrev && w[i] == '.'))
			out[n++] = w[i];
	n = text_cut(out, n, TEXT_TOKEN_MAX);
	/* a cut inside "R&D" or "4.0" would end the word on its joiner,
	 * which the word read again (from the index) does not keep */
	while (n > 0 && (out[n - 1] == '&' || out[n - 1] == '.'))
		n--;
	out[n] = '\0';
	if ((to = text_spelling(out)) != NULL)
		snprintf(out, TEXT_WORD_BUF, "%s", to);
}

/* Each word of folded text `s`, as norm_word() reads it, to `each`;
 * stops early when it returns nonzero. */
static int
each_word(const char *s, size_t n, int (*each)(const char *w, void *ctx), void *ctx)
{
	char w[TEXT_WORD_BUF];

	for (size_t off = 0, start, end; off < n; off = end) {
		if ((end = text_word(s, n, off, &start)) == start)
			break;
		norm_word(s + start, end - start, w);
		for (char *p = w, *sp;; p = sp + 1) {
			if ((sp = strchr(p, ' ')) != NULL)
				*sp = '\0';
			if (*p && each(p, ctx))
				return 1;
			if (!sp)
				break;
		}
	}
	return 0;
}

static int
add_token(const char *w, void *ctx)
{
	struct text_tokens *out = ctx;

	if (out->n == TEXT_TOKENS_MAX) {
		out->truncated = 1;
		return 1;
	}
	snprintf(out->v[out->n++], TEXT_TOKEN_MAX + 1, "%s", w);
	return 0;
}

int
text_tokens(const char *query, size_t len, struct text_tokens *out)
{
	char *fold;

	memset(out, 0, sizeof *out);
	if (len > TEXT_QUERY_MAX) {
		len = text_cut(query, len, TEXT_QUERY_MAX);
		out->truncated = 1;
	}
	if ((fold = text_fold(query, len)) == NULL)
		return -1;
	each_word(fold, strlen(fold), add_token, out);
	free(fold);
	return 0;
}

static int
add_index_word(const char *w, void *ctx)
{
	struct buf *b = ctx;

	if (b->len)
		buf_addc(b, ' ');
	buf_adds(b, w);
	return 0;
}

char *
text_index_form(const char *s, size_t len)
{
	struct buf b = BUF_INIT;
	char *fold = text_fold(s, len);

	if (!fold)
		return NULL;
	each_word(fold, strlen(fold), add_index_word, &b);
	free(fold);
	buf_addc(&b, '\0');
	return buf_finish(&b);
}

/* 1 when the word, read as norm_word() reads it, starts with one of the
 * tokens; -1 out of memory.  An ASCII word is lowered in place (it is most
 * of them, on every keystroke); any other is folded first. */
static int
word_matches(const char *w, size_t len, const struct text_tokens *t)
{
	char *fold = NULL, low[TEXT_WORD_BUF];
	int hit = 0;

	if (ascii_run(w, len, 0) < len) {
		if (!(fold = text_fold(w, len)))
			return -1;
		w = fold;
		len = strlen(fold);
	}
	if (len > TEXT_TOKEN_MAX)
		len = text_cut(w, len, TEXT_TOKEN_MAX);
	for (size_t i = 0; i < len; i++)
		low[i] = ascii_lower(w[i]);
	norm_word(low, len, low);
	for (size_t i = 0; !hit && i < t->n; i++) {
		const char *tok = t->v[i];
		size_t k = strlen(tok);

		/* a one-letter token is a whole word unless it is the whole query */
		hit = strncmp(low, tok, k) == 0 && (k > 1 || t->n == 1 || low[k] == '\0' || low[k] == ' ');
	}
	free(fold);
	return hit;
}

size_t
text_match(const char *s, size_t len, const struct text_tokens *t,
    struct text_span *spans, size_t max)
{
	size_t found = 0;

	/* the rest of a long text is not read once `max` are found: a
	 * snippet needs the first match of each field, no more */
	for (size_t off = 0; off < len && t->n && found < max;) {
		size_t start;
		int r;

		if ((off = text_word(s, len, off, &start)) == start)
			break;
		if ((r = word_matches(s + start, off - start, t)) < 0)
			break;
		if (r)
			spans[found++] = (struct text_span){ start, off - start };
	}
	return found;
}

unsigned long
text_char(const char *s, size_t len, size_t off, size_t *next)
{
	ucs4_t uc;

	*next = off + next_uc(s, len, off, &uc);
	return uc;
}

size_t
text_char_length(unsigned char lead)
{
	return lead < 0x80 ? 1 : lead < 0xc2 ? 0 : lead < 0xe0 ? 2 :
	    lead < 0xf0 ? 3 : lead < 0xf5 ? 4 : 0;
}

int
text_char_continues(unsigned char byte)
{
	return (byte & 0xc0) == 0x80;
}

size_t
text_control(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;

	if (len >= 1 && (p[0] < 0x20 || p[0] == 0x7f))
		return 1;
	return len >= 2 && p[0] == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f ? 2 : 0;
}

size_t
text_decode(const char *s, size_t len, unsigned long *cp)
{
	ucs4_t uc;
	int n = len ? u8_mbtoucr(&uc, (const uint8_t *)s, len) : -1;

	if (n <= 0)
		return 0;
	*cp = uc;
	return (size_t)n;
}

/* A code point typed as text: no C0 or C1 control, DEL or surrogate. */
static int
is_typed_text(unsigned long c)
{
	return !(c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0xd800 && c < 0xe000) ||
	    c > 0x10ffff);
}

size_t
text_encode(unsigned long c, char out[4])
{
	int n;

	if (!is_typed_text(c) || (n = u8_uctomb((uint8_t *)out, (ucs4_t)c, 4)) <= 0)
		return 0;
	return (size_t)n;
}

size_t
text_chars(const char *s, size_t len)
{
	return u8_mbsnlen((const uint8_t *)s, len);
}
