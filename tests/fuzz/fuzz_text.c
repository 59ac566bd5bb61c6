/* fuzz_text.c: libFuzzer target for src/text.c: every function on any bytes, with its promises checked. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unictype.h>

#include "fuzz.h"
#include "suggest.h"
#include "text.h"

#define WALK_BACK_FULL 256	/* text_prev_char is linear: walk back all of
				 * a text up to this size, a few steps of more */
#define WALK_BACK_STEPS 64
#define MAX_SPANS 8

static const char ellipsis[] = "\u2026";

/* Which offsets start a code point, and which start a character (a code
 * point with the combining marks after it), as the text layer sees them. */
struct bounds {
	char *cp, *ch;
};

static void
bounds_walk(const char *s, size_t len, struct bounds *b)
{
	size_t off, next, steps;

	if ((b->cp = calloc(len + 1, 1)) == NULL ||
	    (b->ch = calloc(len + 1, 1)) == NULL)
		fuzz_fail("text: out of memory");
	b->cp[len] = b->ch[len] = 1;
	for (off = 0; off < len; off = next) {
		unsigned long uc = text_char(s, len, off, &next);

		if (next <= off || next > len)
			fuzz_fail("text_char: at %zu of %zu, next is %zu", off, len, next);
		if (uc > 0x10ffff || (uc >= 0xd800 && uc <= 0xdfff))
			fuzz_fail("text_char: U+%lX at %zu is not a character", uc, off);
		b->cp[off] = 1;
	}
	for (off = 0, steps = 0; off < len; off = next, steps++) {
		next = text_next_char(s, len, off);
		if (next <= off || next > len)
			fuzz_fail("text_next_char: at %zu of %zu, next is %zu", off, len, next);
		if (!b->cp[next])
			fuzz_fail("text_next_char: %zu is inside a code point", next);
		b->ch[off] = 1;
	}
	if (text_next_char(s, len, len) != len)
		fuzz_fail("text_next_char: moves past the end");
	if (text_prev_char(s, len, 0) != 0)
		fuzz_fail("text_prev_char: moves before the start");
	steps = 0;
	for (off = len; off > 0 && (len <= WALK_BACK_FULL || steps < WALK_BACK_STEPS);
	    off = next, steps++) {
		next = text_prev_char(s, len, off);
		if (next >= off || !b->ch[next])
			fuzz_fail("text_prev_char: from %zu of %zu to %zu, not the "
			    "start of a character before it", off, len, next);
		if (text_next_char(s, len, next) != off)
			fuzz_fail("text_prev_char: %zu, then text_next_char: not "
			    "back at %zu", next, off);
	}
}

static void
bounds_free(struct bounds *b)
{
	free(b->cp);
	free(b->ch);
}

static void
check_clean(const char *s, size_t len)
{
	char *c = text_clean(s, len), *again;
	size_t clen;

	if (c == NULL)
		fuzz_fail("text_clean: NULL for %zu bytes", len);
	clen = strlen(c);
	if (!fuzz_clean_text(c, clen))
		fuzz_fail("text_clean: output is not clean UTF-8");
	/* the widest growth: one invalid byte becomes U+FFFD */
	if (clen > 3 * len)
		fuzz_fail("text_clean: %zu bytes from %zu", clen, len);
	if ((again = text_clean(c, clen)) == NULL || strcmp(again, c) != 0)
		fuzz_fail("text_clean: cleaning clean text changes it");
	free(again);
	free(c);
}

static void
check_fold(const char *s, size_t len)
{
	char *f = text_fold(s, len);
	const unsigned char *u = (const unsigned char *)f;
	size_t flen, n;
	unsigned long cp;

	if (f == NULL)
		fuzz_fail("text_fold: NULL for %zu bytes", len);
	flen = strlen(f);
	if (!fuzz_clean_text(f, flen))
		fuzz_fail("text_fold: output is not clean UTF-8");
	for (size_t i = 0; i < flen; i += n) {
		if ((n = fuzz_utf8(u + i, flen - i, &cp)) == 0)
			fuzz_fail("text_fold: not UTF-8 at %zu", i);
		if (uc_is_general_category((ucs4_t)cp, UC_CATEGORY_M))
			fuzz_fail("text_fold: combining mark U+%04lX kept", cp);
		if (cp == 0x0110 || cp == 0x0111)
			fuzz_fail("text_fold: đ kept");
	}
	free(f);
}

/* text_fit: the longest prefix within `width`, ending between characters. */
static void
check_fit(const char *s, size_t len, size_t width, const struct bounds *b)
{
	size_t used = (size_t)-1, fit = text_fit(s, len, width, &used), next;

	if (fit > len || !b->cp[fit])
		fuzz_fail("text_fit: %zu of %zu is not between code points", fit, len);
	if (used > width || text_width(s, fit) != used)
		fuzz_fail("text_fit: used %zu, width %zu, prefix width %zu",
		    used, width, text_width(s, fit));
	if (fit < len) {
		(void)text_char(s, len, fit, &next);
		if (used + text_width(s + fit, next - fit) <= width)
			fuzz_fail("text_fit: stopped at %zu, but the next code point fits", fit);
	}
	if (text_fit(s, len, width, NULL) != fit)
		fuzz_fail("text_fit: differs without `used`");
}

static void
check_truncate(const char *s, size_t len, size_t width)
{
	char *t = text_truncate(s, len, width);
	size_t fit;

	if (t == NULL)
		fuzz_fail("text_truncate: NULL");
	if (text_width(s, len) <= width) {
		if (memcmp(t, s, len) != 0 || t[len] != '\0')
			fuzz_fail("text_truncate: a text that fits was changed");
	} else if (width == 0) {
		if (t[0] != '\0')
			fuzz_fail("text_truncate: width 0 is not empty");
	} else {
		fit = text_fit(s, len, width - 1, NULL);
		if (memcmp(t, s, fit) != 0 ||
		    memcmp(t + fit, ellipsis, sizeof ellipsis) != 0)
			fuzz_fail("text_truncate: not a prefix and an ellipsis");
		if (text_width(t, fit + sizeof ellipsis - 1) > width)
			fuzz_fail("text_truncate: %zu columns in %zu",
			    text_width(t, fit + sizeof ellipsis - 1), width);
	}
	free(t);
}

/* Lines in order, between characters, only spaces between them, each
 * within `width` unless it is a single character wider than that. */
static void
check_wrap(const char *s, size_t len, size_t width, const struct bounds *b)
{
	struct text_line *lines = NULL;
	long n = text_wrap(s, len, width, &lines);
	size_t at = 0;
	int blank = 1;

	if (n < 0)
		fuzz_fail("text_wrap: -1 for %zu bytes", len);
	for (size_t i = 0; i < len; i++)
		blank &= s[i] == ' ';
	if ((n == 0) != blank)
		fuzz_fail("text_wrap: %ld lines for %s text", n, blank ? "a blank" : "a");
	for (long i = 0; i < n; i++) {
		size_t off = lines[i].off, end = off + lines[i].len;

		if (off < at || lines[i].len == 0 || end > len || end < off)
			fuzz_fail("text_wrap: line %ld is [%zu, %zu) after %zu of %zu",
			    i, off, end, at, len);
		if (!b->cp[off] || !b->cp[end])
			fuzz_fail("text_wrap: line %ld [%zu, %zu) cuts a code point",
			    i, off, end);
		for (; at < off; at++)
			if (s[at] != ' ')
				fuzz_fail("text_wrap: byte %zu (0x%02x) is in no line",
				    at, (unsigned char)s[at]);
		if (text_width(s + off, end - off) > width &&
		    text_next_char(s, len, off) < end)
			fuzz_fail("text_wrap: line %ld takes %zu columns of %zu",
			    i, text_width(s + off, end - off), width);
		at = end;
	}
	for (; at < len; at++)
		if (s[at] != ' ')
			fuzz_fail("text_wrap: byte %zu (0x%02x) is past the last line",
			    at, (unsigned char)s[at]);
	free(lines);
}

/* Search words: the limits hold, and every matched word starts with one. */
static void
check_tokens(const char *s, size_t len, const char *text, size_t tlen)
{
	struct text_tokens t;
	struct text_span spans[MAX_SPANS];
	size_t found, at = 0;

	if (text_tokens(s, len, &t) != 0)
		fuzz_fail("text_tokens: -1");
	if (t.n > TEXT_TOKENS_MAX || (len > TEXT_QUERY_MAX && !t.truncated))
		fuzz_fail("text_tokens: %zu words, truncated %d", t.n, t.truncated);
	for (size_t i = 0; i < t.n; i++) {
		size_t n = strnlen(t.v[i], TEXT_TOKEN_MAX + 1);

		if (n == 0 || n > TEXT_TOKEN_MAX || !fuzz_clean_text(t.v[i], n))
			fuzz_fail("text_tokens: word %zu is bad", i);
	}
	found = text_match(text, tlen, &t, spans, MAX_SPANS);
	if (t.n == 0 && found != 0)
		fuzz_fail("text_match: %zu words match no words", found);
	for (size_t i = 0; i < found && i < MAX_SPANS; i++) {
		char *f;
		size_t k;

		if (spans[i].off < at || spans[i].len == 0 ||
		    spans[i].off + spans[i].len > tlen)
			fuzz_fail("text_match: span %zu [%zu, +%zu) of %zu", i,
			    spans[i].off, spans[i].len, tlen);
		at = spans[i].off + spans[i].len;
		/* the span read as the index reads it: "A.I." is the word ai */
		if ((f = text_index_form(text + spans[i].off, spans[i].len)) == NULL)
			fuzz_fail("text_index_form: NULL");
		for (k = 0; k < t.n; k++)
			if (strncmp(f, t.v[k], strlen(t.v[k])) == 0)
				break;
		if (k == t.n)
			fuzz_fail("text_match: span %zu starts with no word", i);
		free(f);
	}
}

/* All of it on one text, raw or cleaned. */
static void
check_all(const char *s, size_t len, size_t width)
{
	struct bounds b;
	size_t used;

	bounds_walk(s, len, &b);
	if (text_fit(s, len, (size_t)-1, &used) != len || used != text_width(s, len))
		fuzz_fail("text_fit: an unlimited width does not take all");
	check_fit(s, len, width, &b);
	check_fit(s, len, 0, &b);
	check_truncate(s, len, width);
	check_truncate(s, len, 0);
	check_truncate(s, len, 1);
	check_wrap(s, len, width, &b);
	bounds_free(&b);
}

/* Issue 17's tokenizer and suggester: words are never empty and lie
 * inside the text; the index form is the query's words, joined; the edit
 * distance is symmetric, bounded, and zero only for the same word. */
static void
check_words_and_suggest(const char *s, size_t len)
{
	struct text_tokens t, u;
	struct suggest sg;
	char *idx;
	size_t off = 0, start, end;

	while (off < len) {
		if ((end = text_word(s, len, off, &start)) == start)
			break;
		if (start < off || end > len || end <= start)
			fuzz_fail("text_word: [%zu, %zu) from %zu of %zu", start, end, off, len);
		off = end;
	}
	if ((idx = text_index_form(s, len)) == NULL)
		fuzz_fail("text_index_form: NULL");
	if (text_tokens(s, len, &t) != 0 || text_tokens(idx, strlen(idx), &u) != 0)
		fuzz_fail("text_tokens: -1");
	/* the index form, read again, is the same words (when not cut short) */
	if (!t.truncated && !u.truncated && strlen(idx) <= TEXT_QUERY_MAX) {
		if (t.n != u.n)
			fuzz_fail("text_index_form: %zu words, the query %zu", u.n, t.n);
		for (size_t i = 0; i < t.n; i++)
			if (strcmp(t.v[i], u.v[i]) != 0)
				fuzz_fail("text_index_form: word %zu is %s, the query's %s", i, u.v[i], t.v[i]);
	}
	free(idx);
	for (size_t i = 0; i + 1 < t.n; i++) {
		const char *a = t.v[i], *b = t.v[i + 1];
		int d = suggest_distance(a, strlen(a), b, strlen(b), 2);

		if (d != suggest_distance(b, strlen(b), a, strlen(a), 2) || d < 0 || d > 3)
			fuzz_fail("suggest_distance: %s/%s is %d", a, b, d);
		if ((d == 0) != (strcmp(a, b) == 0))
			fuzz_fail("suggest_distance: %s/%s is %d", a, b, d);
		suggest_begin(&sg, a);
		suggest_offer(&sg, b, i);
		if (sg.found && (sg.dist > sg.max || strcmp(sg.term, b) != 0))
			fuzz_fail("suggest_offer: %s for %s at %d", sg.term, a, sg.dist);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = size > 0 ? (const char *)data + 1 : "";
	size_t len = size > 0 ? size - 1 : 0;
	size_t width = size > 0 ? (size_t)data[0] % 200 + 1 : 80;
	char *clean;

	check_clean(s, len);
	check_fold(s, len);
	check_all(s, len, width);
	if ((clean = text_clean(s, len)) == NULL)
		fuzz_fail("text_clean: NULL");
	check_all(clean, strlen(clean), width);
	check_tokens(s, len, clean, strlen(clean));
	check_words_and_suggest(s, len);
	free(clean);
	return 0;
}
