/* fuzz_write.c: libFuzzer target for the writers: hostile texts in a document, every format checked to parse as itself and to hold no markup from the data. */
#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "doc.h"
#include "fuzz.h"
#include "store.h"
#include "text.h"
#include "write.h"

/*
 * The input: a flags byte, a width byte, a byte of which sections are
 * present, then the document's texts, one after the other, each ended by
 * 0x00.  Texts the input does not reach read "d"; a text of the one byte
 * 0x01 is NULL where the model allows NULL.
 *
 * Every document is written twice: with the texts, and with each text
 * replaced by a placeholder ("" for "", spaces for blanks, else "x" and
 * two letters; the same placeholder for the same text), which holds no
 * markup.  What the writer made of the data is then the difference of the
 * two outputs: for every format its structure (JSON's shape, HTML's tags
 * and attributes, mdoc's macro lines, TSV's lines and fields, markdown's
 * blocks and unescaped markup) must be the same in both.
 *
 * Texts come in two kinds (flags bit 0).  Clean: as text_clean() leaves
 * them, which is what the store hands out (valid UTF-8, controls made
 * visible, no tab or newline).  Raw: valid UTF-8 with every control kept
 * (ESC, newline, tab, DEL, C1), as a briefing's --title or a damaged
 * document could hold them; JSON, HTML, mdoc and markdown must escape
 * those too, while text and TSV rely on the store and are checked on
 * clean texts only.
 */

enum slot {
	S_NAME, S_NAME_EN, S_GLOSS, S_KIND, S_SLUG,
	S_SUMMARY, S_SUMMARY_EN, S_VI, S_ROLE, S_DATE,
	S_ALIAS1, S_ALIAS2,
	S_SRC_TITLE, S_SRC_OUTLET, S_SRC_DATE, S_SRC_URL, S_SRC_SLUG,
	S_LABEL, S_LABEL_EN, S_RELATION,
	S_R_NAME, S_R_NAME_EN, S_R_GLOSS, S_R_KIND, S_R_SLUG,
	S_QUOTE, S_SNIPPET, S_R2_NAME, S_QUOTE2,
	S_TITLE, S_MADE, S_STAMP, S_NAMED_NAME, S_NAMED_GLOSS,
	S_COUNT
};

/* Texts the model allows to be NULL. */
#define BIT(s) ((uint64_t)1 << (s))
static const uint64_t nullable =
    BIT(S_SUMMARY) | BIT(S_SUMMARY_EN) | BIT(S_VI) | BIT(S_ROLE) | BIT(S_DATE) |
    BIT(S_SRC_TITLE) | BIT(S_SRC_OUTLET) | BIT(S_SRC_DATE) | BIT(S_SRC_URL) |
    BIT(S_QUOTE) | BIT(S_SNIPPET);

/* Texts the store reads up to STORE_TEXT_MAX bytes of; the others it
 * reads up to STORE_NAME_MAX. */
static const uint64_t long_texts =
    BIT(S_SUMMARY) | BIT(S_SUMMARY_EN) | BIT(S_QUOTE) | BIT(S_QUOTE2) | BIT(S_SNIPPET);

enum {
	F_RAW = 1, F_TYPE = 6, F_MEMBERS = 8, F_ARTICLE = 16, F_NUMBERED = 32,
	F_TWO_DOCS = 64, F_COLOR = 128
};

struct world {
	struct doc d, docs[2];
	struct doc timeline, compare;	/* the parts' documents, from the same texts */
	struct doc_part tparts[2], cparts[4];
	struct doc_ref dated[3];
	struct doc_source src;
	struct doc_group g[2];
	struct doc_ref links[3], refs[2], quoted[2];
	struct doc_item r0, r1, named;
	const char *aliases[2];
	struct doc_brief b;
	const struct doc_source *notes[1];
	int depth[2];
};

struct out {
	char *s;
	size_t len;
};

/* ---------------------------------------------------------------- input */

static int web_url(const char *s);

/* `s` with every invalid byte as U+FFFD: raw texts keep their controls but
 * are UTF-8, as every text of the model is. */
static char *
valid_utf8(const char *s, size_t len)
{
	char *out = malloc(len * 3 + 1), *w = out;
	unsigned long cp;
	size_t n;

	if (out == NULL)
		fuzz_fail("write: out of memory");
	for (size_t i = 0; i < len; i += n) {
		if ((n = fuzz_utf8((const unsigned char *)s + i, len - i, &cp)) == 0) {
			memcpy(w, "\xef\xbf\xbd", 3);
			w += 3;
			n = 1;
		} else {
			memcpy(w, s + i, n);
			w += n;
		}
	}
	*w = '\0';
	return out;
}

static int
is_blank_text(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s > ' ' && *s != 0x7f)
			return 0;
	return 1;
}

/* The texts of the input into t[], and their placeholders into p[]; both
 * malloc'd (or NULL). */
static void
split(const uint8_t *data, size_t size, int raw, char *t[S_COUNT], char *p[S_COUNT])
{
	size_t off = 0;

	for (int i = 0; i < S_COUNT; i++) {
		const char *s = "d";
		size_t len = 1;

		if (off < size) {
			const uint8_t *end = memchr(data + off, 0, size - off);

			s = (const char *)data + off;
			len = end ? (size_t)(end - (data + off)) : size - off;
			off += len + 1;
		}
		/* the store reads no more than this of a text (capped_copy) */
		if (len > ((long_texts & BIT(i)) ? STORE_TEXT_MAX : STORE_NAME_MAX)) {
			len = (long_texts & BIT(i)) ? STORE_TEXT_MAX : STORE_NAME_MAX;
			while (len > 0 && ((unsigned char)s[len] & 0xc0) == 0x80)
				len--;
		}
		if (len == 1 && s[0] == 1 && (nullable & BIT(i))) {
			t[i] = p[i] = NULL;
			continue;
		}
		t[i] = raw ? valid_utf8(s, len) : text_clean(s, len);
		if (t[i] == NULL)
			fuzz_fail("write: out of memory");
	}
	for (int i = 0; i < S_COUNT; i++) {
		int same = -1;

		if (t[i] == NULL)
			continue;
		for (int j = 0; j < i && same < 0; j++)
			if (t[j] && strcmp(t[i], t[j]) == 0)
				same = j;
		if ((p[i] = malloc(S_COUNT + 2)) == NULL)
			fuzz_fail("write: out of memory");
		if (same >= 0)
			strcpy(p[i], p[same]);
		else if (*t[i] == '\0')
			strcpy(p[i], "");
		else if (is_blank_text(t[i]))	/* blanks, unlike any other text's */
			snprintf(p[i], S_COUNT + 2, "%*s", i + 1, "");
		else	/* a web address stays one: HTML links only those */
			snprintf(p[i], 16, "%sx%c%c", web_url(t[i]) ? "http://" : "",
			    'a' + i / 26, 'a' + i % 26);
	}
}

/* ------------------------------------------------------------- document */

static const char *
nonnull(const char *s)
{
	return s ? s : "";
}

/* A document of every part, like one built from a hostile database. */
static void
build(struct world *w, char *const t[S_COUNT], unsigned flags, unsigned mask)
{
	enum doc_type type = (enum doc_type)((flags & F_TYPE) >> 1);
	int numbered = !!(flags & F_NUMBERED);
	const char *snippet = type == DOC_RESULTS ? t[S_SNIPPET] : NULL;
	struct doc *d = &w->d;

	memset(w, 0, sizeof *w);
	w->src = (struct doc_source){ t[S_SRC_SLUG], t[S_SRC_SLUG], t[S_SRC_TITLE], t[S_SRC_OUTLET], t[S_SRC_DATE], t[S_SRC_URL] };
	w->g[0] = (struct doc_group){ t[S_RELATION], t[S_LABEL], t[S_LABEL_EN], 1, 2 };
	w->g[1] = (struct doc_group){ t[S_RELATION], t[S_LABEL_EN], t[S_LABEL], 2, 1 };
	w->r0 = (struct doc_item){ t[S_R_SLUG], t[S_R_KIND], t[S_R_NAME], t[S_R_NAME_EN], t[S_R_GLOSS] };
	w->r1 = w->r0;
	w->r1.name = t[S_R2_NAME];
	w->links[0] = (struct doc_ref){ .to = w->r0, .group = &w->g[0],
		.quote = { t[S_QUOTE], &w->src, 1, 0 } };
	w->links[1] = (struct doc_ref){ .to = w->r1, .group = &w->g[0],
		.quote = { t[S_QUOTE2], NULL, 0, 0 } };
	w->links[2] = (struct doc_ref){ .to = w->r1, .group = &w->g[1] };
	for (int i = 0; i < 2; i++) {
		w->refs[i] = (struct doc_ref){ .to = i ? w->r1 : w->r0,
			.pos = numbered || type == DOC_RESULTS ? i + 1 : 0, .count = 2,
			.quote = { i ? t[S_QUOTE2] : t[S_QUOTE], &w->src, 1, 5 },
			.snippet = snippet, .tier = i };
		/* a mention or a citation always has its passage */
		w->quoted[i] = w->refs[i];
		w->quoted[i].quote.text = nonnull(w->refs[i].quote.text);
	}
	d->type = type;
	d->self = (struct doc_item){ t[S_SLUG], t[S_KIND], t[S_NAME], t[S_NAME_EN], t[S_GLOSS] };
	d->summary = t[S_SUMMARY];
	d->summary_en = t[S_SUMMARY_EN];
	d->vi = t[S_VI];
	d->role = t[S_ROLE];
	d->date = t[S_DATE];
	w->aliases[0] = t[S_ALIAS1];
	w->aliases[1] = t[S_ALIAS2];
	d->aliases = w->aliases;
	d->naliases = 2;
	d->article = flags & F_ARTICLE ? &w->src : NULL;
	for (int k = 0; k < SEC_COUNT; k++) {
		struct doc_ref *r = k == SEC_LINKS || k == SEC_BACKLINKS ? w->links :
		    k == SEC_MENTIONS || k == SEC_CITATIONS ? w->quoted : w->refs;
		size_t n = k == SEC_LINKS || k == SEC_BACKLINKS ? 3 : 2;

		if (mask & 1u << k)
			d->sec[k] = (struct doc_section){ (enum doc_sec)k, r, n };
		else
			d->sec[k] = (struct doc_section){ (enum doc_sec)k, NULL, 0 };
	}
	d->sources = &w->src;
	d->nsources = 1;

	/* a briefing of this document (and of its first link's), the second
	 * link named only, the one source a footnote */
	w->docs[0] = w->docs[1] = *d;
	w->docs[1].self = w->r0;
	w->depth[1] = 1;
	w->notes[0] = &w->src;
	w->b.title = t[S_TITLE];
	w->b.made = t[S_MADE];
	w->b.stamp = t[S_STAMP];
	w->b.docs = w->docs;
	w->b.depth = w->depth;
	w->b.ndocs = flags & F_TWO_DOCS ? 2 : 1;
	w->b.cap = 2;
	w->named = w->r1;
	w->named.name = t[S_NAMED_NAME];
	w->named.gloss = t[S_NAMED_GLOSS];
	w->b.named = &w->named;
	w->b.nnamed = 1;
	w->b.notes = w->notes;
	w->b.nnotes = 1;
}

/* A timeline of the document's references (a year's part, then one of
 * dates that are no year) and a comparison of the document and its first
 * link's target (both, one's only with more not shown, the other's, lists). */
static void
build_parts(struct world *w, char *const t[S_COUNT])
{
	const struct doc *d = &w->d;

	for (int i = 0; i < 3; i++) {
		w->dated[i] = w->refs[i % 2];
		w->dated[i].date = nonnull(t[i ? S_SRC_DATE : S_DATE]);
		w->dated[i].quote.src = i == 1 ? NULL : &w->src;
	}
	w->tparts[0] = (struct doc_part){ SEC_ITEMS, "1418", NULL, SIDE_BOTH, 2, w->dated, 2 };
	w->tparts[1] = (struct doc_part){ SEC_ITEMS, NULL, NULL, SIDE_BOTH, 1, &w->dated[2], 1 };
	w->timeline = (struct doc){ .type = DOC_TIMELINE, .self = d->self, .parts = w->tparts,
		.nparts = 2, .total = 3 };
	w->cparts[0] = (struct doc_part){ SEC_LINKS, NULL, &w->g[0], SIDE_BOTH, 2, w->links, 2 };
	w->cparts[1] = (struct doc_part){ SEC_LINKS, NULL, &w->g[0], SIDE_FIRST, 3, &w->links[1], 1 };
	w->cparts[2] = (struct doc_part){ SEC_BACKLINKS, NULL, &w->g[1], SIDE_SECOND, 1,
		&w->links[2], 1 };
	w->cparts[3] = (struct doc_part){ SEC_LISTS, NULL, NULL, SIDE_FIRST, 2, w->refs, 2 };
	w->compare = (struct doc){ .type = DOC_COMPARE, .self = d->self, .summary = d->summary,
		.summary_en = d->summary_en, .other = w->r0, .other_summary = t[S_QUOTE],
		.other_summary_en = t[S_SUMMARY_EN], .parts = w->cparts, .nparts = 4,
		.sources = &w->src, .nsources = 1 };
}

/* What is written of a world: the document, the briefing, the timeline
 * and the comparison. */
enum written { W_DOC, W_BRIEF, W_TIMELINE, W_COMPARE, W_COUNT };
static const char *const written_names[W_COUNT] = { "", " briefing", " timeline", " comparison" };

/* Format `f`'s output of `which` into o; 0 when the format writes no
 * briefing. */
static int
render(int f, const struct world *w, enum written which, unsigned flags, size_t width,
    struct out *o)
{
	const struct doc *docs[W_COUNT] = { &w->d, NULL, &w->timeline, &w->compare };
	struct write_opts wo = { .width = width, .color = !!(flags & F_COLOR),
		.members = !!(flags & F_MEMBERS) };
	int rc = 1;

	o->s = NULL;
	o->len = 0;
	if ((wo.fp = open_memstream(&o->s, &o->len)) == NULL)
		fuzz_fail("write: open_memstream failed");
	if (which == W_BRIEF)
		rc = write_brief((enum write_format)f, &w->b, &wo) == 0;
	else
		write_doc((enum write_format)f, docs[which], &wo);
	if (fclose(wo.fp) != 0)
		fuzz_fail("write: a memory stream failed");
	if (strlen(o->s) != o->len)
		fuzz_fail("%s: a NUL in the output", writers[f].name);
	return rc;
}

/* --------------------------------------------------------------- checks */

/* The checks are no code under test: libFuzzer's coverage of their
 * comparisons would only slow it and steer it at the checker. */
#if defined(__clang__)
#define CHECKER __attribute__((no_sanitize("coverage")))
#else
#define CHECKER
#endif

/* Where a check failed: the format, and the lines around `at`. */
static const char *what;
static int raw_mode;

static void fail_at(const struct out *o, size_t at, const char *why, ...)
    __attribute__((format(printf, 3, 4), noreturn));

static void
fail_at(const struct out *o, size_t at, const char *why, ...)
{
	size_t from = at > 120 ? at - 120 : 0, to = at + 80 < o->len ? at + 80 : o->len;
	char msg[256];
	va_list ap;

	va_start(ap, why);
	vsnprintf(msg, sizeof msg, why, ap);
	va_end(ap);
	fprintf(stderr, "fuzz: output around byte %zu:\n%.*s\n", at, (int)(to - from), o->s + from);
	fuzz_fail("%s (%s texts): %s at byte %zu", what, raw_mode ? "raw" : "clean", msg, at);
}

/* A growing string: a structure to compare. */
struct skel {
	char *s;
	size_t len, cap;
};

static CHECKER void
skel_add(struct skel *k, const char *s, size_t n)
{
	if (k->len + n + 1 > k->cap) {
		k->cap = (k->len + n + 1) * 2;
		if ((k->s = realloc(k->s, k->cap)) == NULL)
			fuzz_fail("write: out of memory");
	}
	memcpy(k->s + k->len, s, n);
	k->len += n;
	k->s[k->len] = '\0';
}

static CHECKER void
skel_put(struct skel *k, const char *s)
{
	skel_add(k, s, strlen(s));
}

/* Valid UTF-8; no C0 control but those in `allowed`, no DEL, no C1. */
static CHECKER void
check_chars(const struct out *o, const char *allowed)
{
	unsigned long cp;
	size_t n;

	for (size_t i = 0; i < o->len; i += n) {
		if ((n = fuzz_utf8((const unsigned char *)o->s + i, o->len - i, &cp)) == 0)
			fail_at(o, i, "invalid UTF-8");
		if ((cp < 0x20 && !strchr(allowed, (int)cp)) || (cp >= 0x7f && cp < 0xa0))
			fail_at(o, i, "control U+%04lX", cp);
	}
}

/* Both structures the same, or a failure that shows where they part;
 * `by_line` when each line of the output is one of the structure. */
static CHECKER void
same(const struct out *o, const struct skel *a, const struct skel *b, const char *of, int by_line)
{
	size_t i = 0, line = 0, at = 0;

	if (a->len == b->len && (a->len == 0 || memcmp(a->s, b->s, a->len) == 0))
		return;
	while (i < a->len && i < b->len && a->s[i] == b->s[i])
		i++;
	fprintf(stderr, "fuzz: %s of the data:        ...%.60s\n", of, a->s + (i > 20 ? i - 20 : 0));
	fprintf(stderr, "fuzz: %s of the placeholders: ...%.60s\n", of, b->s + (i > 20 ? i - 20 : 0));
	for (size_t j = 0; by_line && j < i; j++)
		line += a->s[j] == '\n';
	for (; by_line && line > 0 && at < o->len; at++)
		line -= o->s[at] == '\n';
	fail_at(o, at, "%s unlike the placeholders' output", of);
}

/* text: what a terminal shows as it is. */
static CHECKER void
check_text(const struct out *o, const struct out *p)
{
	(void)p;
	check_chars(o, "\n");
}

/* tsv: as many lines, and as many fields on each, as with placeholders. */
static CHECKER void
tsv_shape(const struct out *o, struct skel *k)
{
	char buf[32];
	size_t tabs = 0;

	for (size_t i = 0; i < o->len; i++) {
		if (o->s[i] == '\t')
			tabs++;
		else if (o->s[i] == '\n') {
			snprintf(buf, sizeof buf, "%zu\n", tabs);
			skel_put(k, buf);
			tabs = 0;
		}
	}
	if (o->len && o->s[o->len - 1] != '\n')
		fail_at(o, o->len, "a last line without its newline");
}

static CHECKER void
check_tsv(const struct out *o, const struct out *p)
{
	struct skel a = { 0 }, b = { 0 };

	check_chars(o, "\t\n");
	tsv_shape(o, &a);
	tsv_shape(p, &b);
	same(o, &a, &b, "fields a line", 1);
	free(a.s);
	free(b.s);
}

/* json: RFC 8259, strictly; the shape (keys, nesting, value types) into k. */
struct json {
	const struct out *o;
	size_t i;
	struct skel *k;
};

static void json_value(struct json *j, int depth);

static CHECKER void
json_ws(struct json *j)
{
	while (j->i < j->o->len && strchr(" \t\n\r", j->o->s[j->i]) && j->o->s[j->i])
		j->i++;
}

static CHECKER int
json_hex4(struct json *j, unsigned *v)
{
	*v = 0;
	for (int n = 0; n < 4; n++, j->i++) {
		char c = j->i < j->o->len ? j->o->s[j->i] : '\0';

		if (c >= '0' && c <= '9')
			*v = *v << 4 | (unsigned)(c - '0');
		else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
			*v = *v << 4 | (unsigned)((c | 0x20) - 'a' + 10);
		else
			return 0;
	}
	return 1;
}

/* A string; its text into the shape when `key`. */
static CHECKER void
json_string(struct json *j, int key)
{
	const struct out *o = j->o;
	size_t start = ++j->i;	/* past the '"' */
	unsigned long cp;
	unsigned v, lo;
	size_t n;

	for (;;) {
		if (j->i >= o->len)
			fail_at(o, start, "an unterminated string");
		unsigned char c = (unsigned char)o->s[j->i];

		if (c == '"')
			break;
		if (c < 0x20)
			fail_at(o, j->i, "a raw control 0x%02x in a string", c);
		if (c == '\\') {
			char e = j->i + 1 < o->len ? o->s[j->i + 1] : '\0';

			j->i += 2;
			if (e == 'u') {
				if (!json_hex4(j, &v))
					fail_at(o, j->i, "a bad \\u escape");
				if (v >= 0xdc00 && v <= 0xdfff)
					fail_at(o, j->i, "a lone low surrogate");
				if (v >= 0xd800 && v <= 0xdbff) {
					if (j->i + 2 > o->len || o->s[j->i] != '\\' || o->s[j->i + 1] != 'u')
						fail_at(o, j->i, "a lone high surrogate");
					j->i += 2;
					if (!json_hex4(j, &lo) || lo < 0xdc00 || lo > 0xdfff)
						fail_at(o, j->i, "a lone high surrogate");
				}
			} else if (e == '\0' || !strchr("\"\\/bfnrt", e)) {
				fail_at(o, j->i - 1, "a bad escape");
			}
			continue;
		}
		if ((n = fuzz_utf8((const unsigned char *)o->s + j->i, o->len - j->i, &cp)) == 0)
			fail_at(o, j->i, "invalid UTF-8 in a string");
		j->i += n;
	}
	if (key) {
		skel_add(j->k, o->s + start, j->i - start);
		skel_put(j->k, ":");
	} else {
		skel_put(j->k, "s");
	}
	j->i++;
}

static CHECKER void
json_number(struct json *j)
{
	const char *s = j->o->s;
	size_t i = j->i, len = j->o->len;

	if (i < len && s[i] == '-')
		i++;
	if (i < len && s[i] == '0')
		i++;
	else if (i < len && s[i] >= '1' && s[i] <= '9')
		while (i < len && s[i] >= '0' && s[i] <= '9')
			i++;
	else
		fail_at(j->o, i, "not a value");
	if (i < len && s[i] == '.') {
		if (++i >= len || s[i] < '0' || s[i] > '9')
			fail_at(j->o, i, "a bad fraction");
		while (i < len && s[i] >= '0' && s[i] <= '9')
			i++;
	}
	if (i < len && (s[i] | 0x20) == 'e') {
		i++;
		if (i < len && (s[i] == '+' || s[i] == '-'))
			i++;
		if (i >= len || s[i] < '0' || s[i] > '9')
			fail_at(j->o, i, "a bad exponent");
		while (i < len && s[i] >= '0' && s[i] <= '9')
			i++;
	}
	j->i = i;
	skel_put(j->k, "n");
}

static CHECKER void
json_seq(struct json *j, int depth, char close, int object)
{
	const struct out *o = j->o;

	j->i++;
	json_ws(j);
	if (j->i < o->len && o->s[j->i] == close) {
		j->i++;
		return;
	}
	for (;;) {
		if (object) {
			json_ws(j);
			if (j->i >= o->len || o->s[j->i] != '"')
				fail_at(o, j->i, "not a key");
			json_string(j, 1);
			json_ws(j);
			if (j->i >= o->len || o->s[j->i] != ':')
				fail_at(o, j->i, "no ':' after a key");
			j->i++;
		}
		json_value(j, depth + 1);
		json_ws(j);
		if (j->i < o->len && o->s[j->i] == ',') {
			j->i++;
			skel_put(j->k, ",");
			continue;
		}
		if (j->i < o->len && o->s[j->i] == close) {
			j->i++;
			return;
		}
		fail_at(o, j->i, "neither ',' nor '%c'", close);
	}
}

static CHECKER void
json_value(struct json *j, int depth)
{
	const struct out *o = j->o;
	static const char *const words[] = { "true", "false", "null" };

	if (depth > 64)
		fail_at(o, j->i, "nested too deep");
	json_ws(j);
	if (j->i >= o->len)
		fail_at(o, j->i, "a value missing");
	switch (o->s[j->i]) {
	case '{':
		skel_put(j->k, "{");
		json_seq(j, depth, '}', 1);
		skel_put(j->k, "}");
		return;
	case '[':
		skel_put(j->k, "[");
		json_seq(j, depth, ']', 0);
		skel_put(j->k, "]");
		return;
	case '"':
		json_string(j, 0);
		return;
	}
	for (size_t w = 0; w < 3; w++) {
		size_t n = strlen(words[w]);

		if (o->len - j->i >= n && memcmp(o->s + j->i, words[w], n) == 0) {
			j->i += n;
			skel_add(j->k, words[w], 1);
			return;
		}
	}
	json_number(j);
}

static CHECKER void
json_shape(const struct out *o, struct skel *k)
{
	struct json j = { o, 0, k };

	json_value(&j, 0);
	json_ws(&j);
	if (j.i != o->len)
		fail_at(o, j.i, "text after the value");
}

static CHECKER void
check_json(const struct out *o, const struct out *p)
{
	struct skel a = { 0 }, b = { 0 };

	json_shape(o, &a);
	json_shape(p, &b);
	same(o, &a, &b, "shape", 0);
	free(a.s);
	free(b.s);
}

/* html: every '<' starts a tag, comment or doctype and every '&' a
 * character reference; the tags and their attributes' names into k. */
static CHECKER int
html_name_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

static CHECKER void
html_ref(const struct out *o, size_t i)
{
	static const char *const named[] = { "amp;", "lt;", "gt;", "quot;", "apos;", "nbsp;" };
	const char *s = o->s + i + 1;
	size_t left = o->len - i - 1, n = 0;

	for (size_t k = 0; k < sizeof named / sizeof *named; k++)
		if (left >= strlen(named[k]) && memcmp(s, named[k], strlen(named[k])) == 0)
			return;
	if (left > 0 && s[0] == '#') {
		int hex = left > 1 && (s[1] | 0x20) == 'x';
		size_t d = 1 + hex;

		while (d + n < left && (hex ? strchr("0123456789abcdefABCDEF", s[d + n]) != NULL :
		    s[d + n] >= '0' && s[d + n] <= '9') && s[d + n])
			n++;
		if (n > 0 && n < 8 && d + n < left && s[d + n] == ';')
			return;
	}
	fail_at(o, i, "'&' that starts no character reference");
}

/* What the HTML writer may link to beside its own anchors. */
static CHECKER int
web_url(const char *s)
{
	return strncasecmp(s, "http://", 7) == 0 || strncasecmp(s, "https://", 8) == 0;
}

/* A tag from `i` (at its '<'); returns the index past it. */
static CHECKER size_t
html_tag(const struct out *o, size_t i, struct skel *k, char *name, size_t name_size)
{
	const char *s = o->s;
	size_t n = 0, start = i++;

	if (i < o->len && s[i] == '/')
		skel_add(k, s + i++, 1);
	while (i < o->len && html_name_char(s[i])) {
		if (n + 1 < name_size)
			name[n++] = s[i] | 0x20;
		i++;
	}
	name[n] = '\0';
	if (n == 0)
		fail_at(o, start, "'<' that starts no tag");
	skel_put(k, name);
	for (;;) {
		size_t a = i;

		while (i < o->len && (s[i] == ' ' || s[i] == '\n'))
			i++;
		if (i < o->len && s[i] == '>')
			break;
		if (i == a)
			fail_at(o, i, "no space before an attribute");
		a = i;
		while (i < o->len && html_name_char(s[i]))
			i++;
		if (i == a)
			fail_at(o, i, "a bad attribute name in <%s>", name);
		skel_put(k, " ");
		skel_add(k, s + a, i - a);
		if (i < o->len && s[i] == '=') {
			if (++i >= o->len || s[i] != '"')
				fail_at(o, i, "an attribute value not in double quotes");
			/* a link leads within the page or to the web: never javascript: */
			if (i - a == 5 && strncasecmp(s + a, "href", 4) == 0 && s[i + 1] != '#' &&
			    !web_url(s + i + 1))
				fail_at(o, i, "a link to neither an anchor nor the web");
			for (i++; i < o->len && s[i] != '"'; i++) {
				if (s[i] == '<')
					fail_at(o, i, "'<' in an attribute value");
				if (s[i] == '&')
					html_ref(o, i);
			}
			if (i >= o->len)
				fail_at(o, a, "an unterminated attribute value");
			i++;
		}
	}
	skel_put(k, ">");
	return i + 1;
}

static CHECKER void
html_shape(const struct out *o, struct skel *k)
{
	const char *s = o->s;
	char name[16];

	for (size_t i = 0; i < o->len;) {
		if (s[i] == '&') {
			html_ref(o, i);
			i++;
		} else if (s[i] != '<') {
			i++;
		} else if (o->len - i >= 4 && memcmp(s + i, "<!--", 4) == 0) {
			const char *end = strstr(s + i + 4, "-->");

			if (end == NULL)
				fail_at(o, i, "an unterminated comment");
			skel_put(k, "<!-->");
			i = (size_t)(end - s) + 3;
		} else if (o->len - i >= 9 && strncasecmp(s + i, "<!DOCTYPE", 9) == 0) {
			const char *end = strchr(s + i, '>');

			if (end == NULL)
				fail_at(o, i, "an unterminated doctype");
			skel_put(k, "<!doctype>");
			i = (size_t)(end - s) + 1;
		} else {
			int closing = i + 1 < o->len && s[i + 1] == '/';

			skel_put(k, "<");
			i = html_tag(o, i, k, name, sizeof name);
			/* raw text: only its end tag ends it */
			if (!closing && (strcmp(name, "style") == 0 || strcmp(name, "script") == 0)) {
				const char *end = strstr(s + i, strcmp(name, "style") ? "</script" : "</style");

				if (end == NULL)
					fail_at(o, i, "an unterminated <%s>", name);
				i = (size_t)(end - s);
			}
		}
	}
}

static CHECKER void
check_html(const struct out *o, const struct out *p)
{
	struct skel a = { 0 }, b = { 0 };

	check_chars(o, "\t\n");
	html_shape(o, &a);
	html_shape(p, &b);
	same(o, &a, &b, "tags", 0);
	free(a.s);
	free(b.s);
}

/* mdoc: ASCII, every escape one the writer makes, no blank line or line
 * led by a space; the macro lines, quoted arguments as Q, into k. */
static CHECKER void
mdoc_escape(const struct out *o, size_t i)
{
	const char *s = o->s + i + 1;
	size_t left = o->len - i - 1;

	if (left >= 1 && (s[0] == '&' || s[0] == 'e'))
		return;
	if (left >= 3 && memcmp(s, "(dq", 3) == 0)
		return;
	if (left >= 3 && memcmp(s, "[u", 2) == 0) {
		size_t n = 0;

		while (2 + n < left && strchr("0123456789ABCDEF", s[2 + n]) && s[2 + n])
			n++;
		if (n >= 4 && n <= 6 && 2 + n < left && s[2 + n] == ']')
			return;
	}
	fail_at(o, i, "an escape the writer never makes");
}

static CHECKER void
mdoc_shape(const struct out *o, struct skel *k)
{
	const char *s = o->s;

	for (size_t i = 0, line = 0; i < o->len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 0x7f || (c < 0x20 && c != '\n'))
			fail_at(o, i, "byte 0x%02x", c);
		if (c == '\\')
			mdoc_escape(o, i);
		if (i == line && (c == '\n' || c == ' '))
			fail_at(o, i, "a blank line or one led by a space");
		if (c == '\n')
			line = i + 1;
	}
	for (size_t i = 0; i < o->len;) {
		size_t end = i;

		while (end < o->len && s[end] != '\n')
			end++;
		if (end - i >= 7 && memcmp(s + i, ".Lk \"\\&", 7) == 0 && !web_url(s + i + 7))
			fail_at(o, i, "a link to other than the web");
		if (s[i] == '.' || s[i] == '\'') {
			for (size_t j = i; j < end; j++) {
				if (s[j] != '"') {
					skel_add(k, s + j, 1);
					continue;
				}
				if (j > i && s[j - 1] != ' ')
					fail_at(o, j, "a quote inside a word of a macro line");
				for (j++; j < end && (s[j] != '"' || (j + 1 < end && s[j + 1] == '"')); j++)
					if (s[j] == '"')
						j++;	/* "" is a quote inside the argument */
				if (j >= end)
					fail_at(o, i, "an unterminated quoted argument");
				skel_put(k, "Q");
			}
			skel_put(k, "\n");
		}
		i = end + 1;
	}
}

static CHECKER void
check_mdoc(const struct out *o, const struct out *p)
{
	struct skel a = { 0 }, b = { 0 };

	mdoc_shape(o, &a);
	mdoc_shape(p, &b);
	same(o, &a, &b, "macro lines", 0);
	free(a.s);
	free(b.s);
}

/* markdown: per line, the blocks it starts (heading, quote, list item,
 * fence, table row, HTML, rule) and the markup no backslash escapes. */
static CHECKER void
md_blocks(const char *s, const char *end, struct skel *k, int depth)
{
	const char *p = s;
	size_t n;

	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	if (p - s >= 4)
		skel_put(k, "indent ");
	if (p == end) {
		skel_put(k, "blank");
		return;
	}
	if (depth > 8) {
		skel_put(k, "deep");
		return;
	}
	for (n = 0; p + n < end && p[n] == '#'; n++)
		continue;
	if (n >= 1 && n <= 6 && (p + n == end || p[n] == ' ')) {
		skel_put(k, "heading");
		return;
	}
	if (*p == '>') {
		skel_put(k, "quote ");
		md_blocks(p + 1, end, k, depth + 1);
		return;
	}
	if (end - p >= 3 && (memcmp(p, "```", 3) == 0 || memcmp(p, "~~~", 3) == 0)) {
		skel_put(k, "fence");
		return;
	}
	if (strchr("-*_=", *p)) {
		const char *q = p;
		size_t marks = 0;

		for (; q < end && (*q == *p || *q == ' '); q++)
			marks += *q == *p;
		if (q == end && (marks >= 3 || *p == '='))
			skel_put(k, "rule");
		if (q == end && (marks >= 3 || *p == '='))
			return;
	}
	if (strchr("-+*", *p) && (p + 1 == end || p[1] == ' ')) {
		skel_put(k, "item ");
		md_blocks(p + 1, end, k, depth + 1);
		return;
	}
	for (n = 0; p + n < end && p[n] >= '0' && p[n] <= '9'; n++)
		continue;
	if (n >= 1 && n <= 9 && p + n < end && (p[n] == '.' || p[n] == ')') &&
	    (p + n + 1 == end || p[n + 1] == ' ')) {
		skel_put(k, "numbered ");
		md_blocks(p + n + 1, end, k, depth + 1);
		return;
	}
	if (*p == '|' || *p == '<' || *p == '[') {
		skel_add(k, p, 1);
		return;
	}
	skel_put(k, "text");
}

static CHECKER void
md_inline(const char *s, const char *end, struct skel *k)
{
	for (const char *p = s; p < end;) {
		if (*p == '\\') {
			p += p + 1 < end && strchr("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", p[1]) && p[1] ? 2 : 1;
		} else if (*p == '`') {
			const char *q = p, *close;
			size_t run, n = 0;

			while (q < end && *q == '`')
				q++;
			run = (size_t)(q - p);
			for (close = q; close < end; close += n ? n : 1) {
				for (n = 0; close + n < end && close[n] == '`'; n++)
					continue;
				if (n == run)
					break;
			}
			if (close < end) {
				skel_put(k, "`code`");
				p = close + run;
			} else {
				skel_add(k, p, run);
				p = q;
			}
		} else {
			if (strchr("*_[]<>#|~&", *p) && *p)
				skel_add(k, p, 1);
			p++;
		}
	}
}

static CHECKER void
md_shape(const struct out *o, struct skel *k)
{
	for (size_t i = 0; i < o->len;) {
		const char *s = o->s + i, *end = memchr(s, '\n', o->len - i);

		if (end == NULL)
			end = o->s + o->len;
		md_blocks(s, end, k, 0);
		skel_put(k, ": ");
		md_inline(s, end, k);
		skel_put(k, "\n");
		i = (size_t)(end - o->s) + 1;
	}
}

static CHECKER void
check_md(const struct out *o, const struct out *p)
{
	struct skel a = { 0 }, b = { 0 };

	check_chars(o, "\n");
	md_shape(o, &a);
	md_shape(p, &b);
	same(o, &a, &b, "markup", 1);
	free(a.s);
	free(b.s);
}

/* The check of each format, by its name: formats added later are written
 * (for crashes and leaks) but have no check until they get one here. */
static const struct {
	const char *name;
	void (*check)(const struct out *o, const struct out *p);
	int clean_only;		/* relies on the store's text_clean() */
} checks[] = {
	{ "text", check_text, 1 },
	{ "tsv", check_tsv, 1 },
	{ "json", check_json, 0 },
	{ "markdown", check_md, 0 },
	{ "mdoc", check_mdoc, 0 },
	{ "html", check_html, 0 },
};

static void
check(int f, enum written which, unsigned flags, const struct out *o, const struct out *p)
{
	static char buf[64];

	snprintf(buf, sizeof buf, "%s%s", writers[f].name, written_names[which]);
	what = buf;
	for (size_t i = 0; i < sizeof checks / sizeof *checks; i++) {
		if (strcmp(writers[f].name, checks[i].name) != 0)
			continue;
		if (checks[i].clean_only && (flags & F_RAW))
			return;
		if (f == FMT_TEXT && (flags & F_COLOR))
			return;	/* the bold is ESC sequences of its own */
		checks[i].check(o, p);
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned flags = size > 0 ? data[0] : 0;
	size_t width = size > 1 ? data[1] % 200 + 1 : 80;
	unsigned mask = size > 2 ? data[2] : 0xff;
	char *t[S_COUNT], *p[S_COUNT];
	struct world *w = malloc(sizeof *w), *wp = malloc(sizeof *wp);

	if (w == NULL || wp == NULL)
		fuzz_fail("write: out of memory");
	raw_mode = flags & F_RAW;
	split(data + (size > 3 ? 3 : size), size > 3 ? size - 3 : 0, raw_mode, t, p);
	build(w, t, flags, mask);
	build(wp, p, flags, mask);
	build_parts(w, t);
	build_parts(wp, p);
	for (int f = 0; f < FMT_COUNT; f++) {
		for (enum written which = 0; which < W_COUNT; which++) {
			struct out o, po;
			int has = render(f, w, which, flags, width, &o);

			if (render(f, wp, which, flags, width, &po) != has)
				fuzz_fail("%s: a briefing with one document and not the other",
				    writers[f].name);
			if (has && getenv("FUZZ_WRITE_SHOW"))	/* to see what a finding wrote */
				fprintf(stderr, "==== %s%s\n%s", writers[f].name, written_names[which], o.s);
			if (has)
				check(f, which, flags, &o, &po);
			free(o.s);
			free(po.s);
		}
	}
	for (int i = 0; i < S_COUNT; i++) {
		free(t[i]);
		free(p[i]);
	}
	free(w);
	free(wp);
	return 0;
}
