/* test_doc.c: one document, every writer: the same link targets, quotes and counts in each output. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "doc.h"
#include "fixture.h"
#include "state.h"
#include "store.h"
#include "view.h"
#include "write.h"

static struct store *st;
static struct store_kinds kinds;

static int
setup(void **state)
{
	(void)state;
	if (!(st = fixture_bundled_open()))
		return -1;
	return store_kinds(st, &kinds) == STORE_OK ? 0 : -1;
}

static int
teardown(void **state)
{
	(void)state;
	store_kinds_free(&kinds);
	store_close(st);
	return 0;
}

/* Whitespace runs as one space, so that wrapped text reads as one line. */
static char *
squeeze(char *s)
{
	char *w = s;

	for (char *r = s; *r; r++) {
		int blank = *r == ' ' || *r == '\n' || *r == '\t';

		if (blank && (w == s || w[-1] == ' '))
			continue;
		*w++ = blank ? ' ' : *r;
	}
	*w = '\0';
	return s;
}

/* How a quote reads in format `f`: escaped as that writer escapes it. */
static char *
as_written(enum write_format f, const char *s)
{
	char *out = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&out, &len);

	assert_non_null(fp);
	if (f == FMT_JSON)
		write_json_str(fp, s);
	else if (f == FMT_MDOC)
		write_mdoc_escaped(fp, s, strlen(s), 1);
	else if (f == FMT_HTML)
		write_html_escaped(fp, s);
	else if (f == FMT_MARKDOWN)
		write_md_escaped(fp, s);
	else
		fputs(s, fp);
	assert_int_equal(fclose(fp), 0);
	if (f == FMT_JSON) {	/* without the surrounding quotes */
		memmove(out, out + 1, strlen(out));
		out[strlen(out) - 1] = '\0';
	}
	return squeeze(out);
}

/* Free text as the mdoc writer writes it: a sentence a line, each led by \&. */
static char *
mdoc_text(const char *s)
{
	char *out = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&out, &len);

	assert_non_null(fp);
	write_mdoc_text(fp, s);
	assert_int_equal(fclose(fp), 0);
	return squeeze(out);
}

/* Lines of `s` that start with `prefix`. */
static size_t
count_lines(const char *s, const char *prefix)
{
	size_t n = 0, len = strlen(prefix);

	for (const char *p = s; p && *p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL)
		n += strncmp(p, prefix, len) == 0;
	return n;
}

/* tekdip's own English (gloss, English summary) is never shown as a quote:
 * not after a quotation mark, not as a blockquote. */
static void
check_not_quoted(enum write_format f, const char *out, const char *d_slug, const char *text)
{
	static const char *const marks[] = { "“", "\"", "> ", "\\(lq", ".Dq \"\\&",
		"<blockquote lang=\"id\"><p>", "<q>" };
	char *q;

	if (!text || !*text)
		return;
	q = as_written(f, text);
	for (size_t m = 0; m < sizeof marks / sizeof *marks; m++) {
		char *quoted = malloc(strlen(marks[m]) + strlen(q) + 1);

		assert_non_null(quoted);
		strcpy(quoted, marks[m]);
		strcat(quoted, q);
		if (strstr(out, quoted))
			fail_msg("%s: %s: tekdip's English shown as a quote: %s", writers[f].name,
			    d_slug, quoted);
		free(quoted);
	}
	free(q);
}

static void
check_writer(enum write_format f, const struct doc *d)
{
	/* Wide enough that no slug is set apart from its name. */
	char *out = fixture_written(f, d, 100000);
	size_t lines[SEC_COUNT];

	for (int k = 0; k < SEC_COUNT; k++) {
		char key[32];

		snprintf(key, sizeof key, "%s\t", doc_sec_key((enum doc_sec)k));
		lines[k] = count_lines(out, key);
	}
	squeeze(out);

	for (int k = 0; k < SEC_COUNT; k++) {
		const struct doc_section *s = &d->sec[k];

		for (size_t i = 0; i < s->n; i++) {
			const struct doc_ref *r = &s->refs[i];

			if (k != SEC_CITATIONS && !strstr(out, r->to.slug))
				fail_msg("%s: %s: %s target %s missing", writers[f].name, d->self.slug,
				    doc_sec_key(s->type), r->to.slug);
			if (r->quote.text) {
				char *q = as_written(f, r->quote.text);

				if (!strstr(out, q))
					fail_msg("%s: %s: %s quote missing: %s", writers[f].name,
					    d->self.slug, doc_sec_key(s->type), q);
				free(q);
			}
		}
		if (f == FMT_TSV && d->type == DOC_CONCEPT)
			assert_int_equal(lines[k], s->n);
	}
	/* both summaries, in every format */
	if (d->summary_en && f != FMT_TSV && f != FMT_JSON) {
		char *en = f == FMT_MDOC ? mdoc_text(d->summary_en) : as_written(f, d->summary_en);

		if (!strstr(out, en))
			fail_msg("%s: %s: English summary missing", writers[f].name, d->self.slug);
		free(en);
	}
	if (f != FMT_JSON) {
		check_not_quoted(f, out, d->self.slug, d->self.gloss);
		check_not_quoted(f, out, d->self.slug, d->summary_en);
	}
	free(out);
}

/* The page: every link of the document is a link of the page, in order,
 * and every citation's passage is on it. */
static void
check_page(struct view_ctx *ctx, const struct doc *d)
{
	struct target t = target_make(V_CONCEPT, d->self.slug);
	struct page p;
	size_t next = 0;
	char *text;
	size_t len = 0;
	FILE *fp;

	assert_int_equal(view_build(ctx, &t, 400, &p), STORE_OK);
	for (size_t l = 0; l < p.nlinks; l++) {
		const struct doc_section *s = &d->sec[SEC_LINKS];

		if (next < s->n && p.links[l].view == V_CONCEPT &&
		    strcmp(p.links[l].key, s->refs[next].to.slug) == 0)
			next++;
	}
	assert_int_equal(next, d->sec[SEC_LINKS].n);
	fp = open_memstream(&text, &len);
	assert_non_null(fp);
	for (size_t r = 0; r < p.nrows; r++)
		fprintf(fp, "%s\n", p.rows[r].text);
	assert_int_equal(fclose(fp), 0);
	squeeze(text);
	for (size_t i = 0; i < d->sec[SEC_CITATIONS].n; i++) {
		char *q = as_written(FMT_TEXT, d->sec[SEC_CITATIONS].refs[i].quote.text);

		if (!strstr(text, q))
			fail_msg("page: %s: citation missing: %s", d->self.slug, q);
		free(q);
	}
	free(text);
	page_free(&p);
}

/* Every concept of the bundled reference, through every writer. */
static void
test_every_writer_same_facts(void **state)
{
	struct state user;
	struct view_ctx ctx;
	size_t concepts = 0;

	(void)state;
	memset(&user, 0, sizeof user);
	assert_int_equal(view_ctx_init(&ctx, st, &user), STORE_OK);
	for (size_t k = 0; k < kinds.n; k++) {
		struct doc kind;

		if (doc_kind(st, kinds.v[k].slug, &kind) != STORE_OK)
			continue;
		for (size_t i = 0; i < kind.sec[SEC_ITEMS].n; i++, concepts++) {
			struct doc d;

			assert_int_equal(doc_concept(st, kind.sec[SEC_ITEMS].refs[i].to.slug, 0, &d), STORE_OK);
			for (int f = 0; f < FMT_COUNT; f++)
				if (!WRITE_GRAPH(f))	/* graphs: test_map.c */
					check_writer((enum write_format)f, &d);
			check_page(&ctx, &d);
			doc_free(&d);
		}
		doc_free(&kind);
	}
	view_ctx_free(&ctx);
	assert_true(concepts > 300);
}

/* Lists are documents too: members in order and their passage. */
static void
test_lists_every_writer(void **state)
{
	struct store_lists ls;

	(void)state;
	assert_int_equal(store_lists(st, &ls), STORE_OK);
	assert_true(ls.n > 0);
	for (size_t i = 0; i < ls.n; i++) {
		struct doc d;

		assert_int_equal(doc_list(st, ls.v[i].slug, &d), STORE_OK);
		assert_int_equal(d.sec[SEC_ITEMS].n, (size_t)ls.v[i].count);
		assert_int_equal(d.sec[SEC_CITATIONS].n, 1);
		for (int f = 0; f < FMT_COUNT; f++)
			if (!WRITE_GRAPH(f))	/* graphs: test_map.c */
				check_writer((enum write_format)f, &d);
		doc_free(&d);
	}
	store_lists_free(&ls);
}

/* An article with no title is cited as untitled, never by a made-up name. */
static void
test_untitled_source(void **state)
{
	struct doc_source untitled = { "a", "Made-up name", NULL, "outlet", NULL, NULL };
	struct doc_source titled = { "b", "Name", "Real title", NULL, NULL, NULL };

	(void)state;
	assert_string_equal(doc_source_title(&untitled), "untitled");
	assert_string_equal(doc_source_title(&titled), "Real title");
}

/* Text no writer may pass on as markup: HTML, roff requests, a control. */
#define HOSTILE "A \033[31m<script>alert('x')</script> & \"q\" `b` *m* _u_ [l](u)\n.TH X\n'\\\" roff \\fB"

/* A document whose every text is hostile, as a damaged or crafted
 * database could hold it. */
static void
hostile_doc(struct doc *d, struct doc_source *src, struct doc_ref *refs, struct doc_group *g)
{
	static const char *aliases[] = { HOSTILE };

	memset(d, 0, sizeof *d);
	*src = (struct doc_source){ "a", HOSTILE, HOSTILE, HOSTILE, HOSTILE, HOSTILE };
	*g = (struct doc_group){ "rel", HOSTILE, HOSTILE, 1, 2 };
	d->type = DOC_CONCEPT;
	d->self = (struct doc_item){ "s", "partner", HOSTILE, HOSTILE, HOSTILE };
	d->summary = d->summary_en = d->vi = d->role = d->date = HOSTILE;
	d->aliases = aliases;
	d->naliases = 1;
	for (int i = 0; i < 2; i++) {
		refs[i] = (struct doc_ref){ .to = { "t", "technology", HOSTILE, HOSTILE, HOSTILE },
			.group = g, .quote = { HOSTILE, src } };
	}
	d->sec[SEC_LINKS] = (struct doc_section){ SEC_LINKS, refs, 2 };
	d->sec[SEC_CITATIONS] = (struct doc_section){ SEC_CITATIONS, refs, 2 };
	d->sources = src;
	d->nsources = 1;
}

/* HTML and markdown hold no tag or markup, JSON no raw control or bare
 * quote, roff no request line from the data, and no ESC reaches any of
 * them.  tests/fuzz/fuzz_write.c does the same for any text. */
static void
test_hostile_text(void **state)
{
	struct doc d;
	struct doc_source src;
	struct doc_ref refs[2];
	struct doc_group g;

	(void)state;
	hostile_doc(&d, &src, refs, &g);
	for (int f = 0; f < FMT_COUNT; f++) {
		char *out = fixture_written((enum write_format)f, &d, 80);

		if (f == FMT_HTML || f == FMT_JSON || f == FMT_MDOC) {
			if (strchr(out, '\033'))
				fail_msg("%s: ESC in the output", writers[f].name);
		}
		if (f == FMT_HTML && (strstr(out, "<script") || strstr(out, "'x'") || strstr(out, "\"q\"")))
			fail_msg("html: markup from the data");
		if (f == FMT_MARKDOWN && (strstr(out, " <script") || strstr(out, " *m*") || strstr(out, " [l](u)")))
			fail_msg("markdown: markup from the data");
		if (f == FMT_JSON && strstr(out, "\"q\""))
			fail_msg("json: a bare quote from the data");
		if (f == FMT_MDOC && (strstr(out, "\n.TH X") || strstr(out, "\n'\\\"")))
			fail_msg("mdoc: a request from the data");
		free(out);
	}
}

/* A citation in memo form says what the article states and nothing else:
 * no "untitled", no guessed date. */
static void
test_cite_memo_leaves_out_what_is_not_stated(void **state)
{
	struct doc_source all = { "a", "A", "Judul", "Media", "2025-08-27", "https://x.invalid/a" };
	struct doc_source some = { "a", "A", NULL, "Media", NULL, "https://x.invalid/a" };
	struct doc_source none = { "a", "A", NULL, NULL, NULL, NULL };
	char *m;

	(void)state;
	m = write_cite_memo("kutipan", &all);
	assert_string_equal(m, "“kutipan”\n— Judul, Media, 2025-08-27\nhttps://x.invalid/a\n");
	free(m);
	m = write_cite_memo("kutipan", &some);
	assert_string_equal(m, "“kutipan”\n— Media\nhttps://x.invalid/a\n");
	free(m);
	m = write_cite_memo("kutipan", &none);
	assert_string_equal(m, "“kutipan”\n");
	free(m);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_writer_same_facts),
		cmocka_unit_test(test_lists_every_writer),
		cmocka_unit_test(test_untitled_source),
		cmocka_unit_test(test_hostile_text),
		cmocka_unit_test(test_cite_memo_leaves_out_what_is_not_stated),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
