/* test_timeline.c: the timeline's and the comparison's documents: date order, intervals, shared and only-one targets, every writer. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "doc.h"
#include "fixture.h"
#include "store.h"
#include "state.h"
#include "store_build.h"
#include "view.h"
#include "write.h"

static struct store *st;
static char path[] = "/tmp/tekdip-timeline-XXXXXX";

/* Ids in display order (kind, folded name), as the builder requires. */
enum { AA = 1, BB, CC, DD, EE, JEPANG, KOREA, SINGAPURA, ART };

#define OK(call) assert_int_equal((call), 0)

/* Events dated out of the ids' order, an interval of years and one of
 * days, a date that is no year; three partners whose links overlap. */
static void
build(const char *file)
{
	char *schema = fixture_schema(), *err = NULL;
	struct builder *b = build_open(file, schema, &err);

	assert_non_null(b);
	free(schema);
	OK(build_kind(b, 1, "event", "Peristiwa", "Event", "Peristiwa", "Events", "g"));
	OK(build_kind(b, 2, "partner", "Mitra", "Partner", "Mitra", "Partners", "g"));
	OK(build_kind(b, 3, "article", "Artikel", "Article", "Artikel", "Articles", "g"));
	OK(build_relation(b, 1, "cooperates-on", "bekerja sama dalam", "cooperates on",
	    "kerja sama dari", "cooperated on by"));
	OK(build_relation(b, 2, "related-to", "terkait", "related to", "terkait", "related to"));
	OK(build_concept(b, AA, "aa", 1, "Aa", "Aa en", "g", "s", NULL, "2025-03-25/2025-03-26"));
	OK(build_concept(b, BB, "bb", 1, "Bb", "Bb en", "g", "s", NULL, "1418/1428"));
	OK(build_concept(b, CC, "cc", 1, "Cc", "Cc en", "g", "s", NULL, "2025"));
	OK(build_concept(b, DD, "dd-undated", 1, "Dd", "Dd en", "g", "s", NULL, NULL));
	OK(build_concept(b, EE, "ee", 1, "Ee", "Ee en", "g", "s", NULL, "abad ke-15"));
	OK(build_concept(b, JEPANG, "jepang", 2, "Jepang", "Japan", "g", "Jepang s", NULL, NULL));
	OK(build_concept(b, KOREA, "korea", 2, "Korea", "Korea en", "g", "Korea s", NULL, NULL));
	OK(build_concept(b, SINGAPURA, "singapura", 2, "Singapura", "Singapore", "g", "s", NULL, NULL));
	OK(build_concept(b, ART, "art", 3, "Art", "Art en", "g", "s", NULL, "2025-08-27"));
	OK(build_article(b, ART, "a.txt", "A title", "An outlet", NULL));
	OK(build_citation(b, AA, ART, 0, "q"));
	OK(build_link(b, KOREA, 1, AA, ART, "q"));
	OK(build_link(b, KOREA, 1, BB, ART, "q"));
	OK(build_link(b, KOREA, 1, CC, ART, "q"));
	OK(build_link(b, JEPANG, 1, BB, ART, "q"));
	OK(build_link(b, JEPANG, 1, CC, ART, "q"));
	OK(build_link(b, JEPANG, 1, DD, ART, "q"));
	OK(build_link(b, KOREA, 2, AA, ART, "q"));
	OK(build_link(b, KOREA, 2, BB, ART, "q"));
	OK(build_link(b, KOREA, 2, CC, ART, "q"));
	OK(build_link(b, KOREA, 2, EE, ART, "q"));
	OK(build_link(b, KOREA, 2, EE, ART, "stated twice"));
	OK(build_link(b, SINGAPURA, 2, KOREA, ART, "q"));
	OK(build_link(b, SINGAPURA, 2, JEPANG, ART, "q"));
	OK(build_list(b, 1, "both-list", "Both list", "Both list en", ART, 0, "q"));
	OK(build_list_item(b, 1, 1, KOREA));
	OK(build_list_item(b, 1, 2, JEPANG));
	OK(build_list(b, 2, "korea-list", "Korea list", "Korea list en", ART, 1, "q"));
	OK(build_list_about(b, 2, 1, KOREA));
	assert_int_equal(build_finish(b, &err), 0);
}

static int
setup(void **state)
{
	int fd = mkstemp(path);
	char *err = NULL;

	(void)state;
	if (fd < 0)
		return -1;
	close(fd);
	build(path);
	st = store_open(path, &err);
	free(err);
	return st ? 0 : -1;
}

static int
teardown(void **state)
{
	(void)state;
	store_close(st);
	unlink(path);
	return 0;
}

/* Every dated concept once, in date order (the dates compared as the
 * data writes them), undated ones left out. */
static void
test_timeline_order(void **state)
{
	static const char *const want[] = { "bb", "cc", "aa", "art", "ee" };
	struct doc d;
	size_t k = 0;
	const char *prev = "";

	(void)state;
	assert_int_equal(doc_timeline(st, 0, 0, &d), STORE_OK);
	assert_int_equal(d.type, DOC_TIMELINE);
	for (size_t i = 0; i < d.nparts; i++)
		for (size_t j = 0; j < d.parts[i].n; j++, k++) {
			const struct doc_ref *r = &d.parts[i].refs[j];

			assert_true(k < 5);
			assert_string_equal(r->to.slug, want[k]);
			assert_true(strcmp(prev, r->date) <= 0);
			prev = r->date;
		}
	assert_int_equal(k, 5);
	doc_free(&d);
}

/* A part a year; a date that is no year has a part of its own, untitled. */
static void
test_timeline_years(void **state)
{
	struct doc d;
	char buf[64];

	(void)state;
	assert_int_equal(doc_timeline(st, 0, 0, &d), STORE_OK);
	assert_int_equal(d.nparts, 3);
	assert_string_equal(d.parts[0].title, "1418");
	assert_int_equal(d.parts[0].n, 1);
	assert_string_equal(d.parts[1].title, "2025");
	assert_int_equal(d.parts[1].n, 3);
	assert_null(d.parts[2].title);
	assert_string_equal(doc_part_title(&d.parts[2], buf, sizeof buf), "Other dates");
	assert_true(doc_part_heads(&d, 1) && doc_part_heads(&d, 2));
	doc_free(&d);
}

/* An interval reads as a span; other dates as written; each entry names
 * its article (an article, itself). */
static void
test_timeline_intervals(void **state)
{
	struct doc d;
	char buf[64];

	(void)state;
	assert_string_equal(doc_date_shown("1418/1428", buf, sizeof buf), "1418–1428");
	assert_string_equal(doc_date_shown("2025-03-25/2025-03-26", buf, sizeof buf),
	    "2025-03-25–2025-03-26");
	assert_string_equal(doc_date_shown("abad ke-15", buf, sizeof buf), "abad ke-15");
	assert_int_equal(doc_timeline(st, 0, 0, &d), STORE_OK);
	assert_string_equal(d.parts[0].refs[0].date, "1418/1428");
	assert_null(d.parts[0].refs[0].quote.src);	/* bb is cited nowhere */
	assert_string_equal(d.parts[1].refs[1].to.slug, "aa");
	assert_non_null(d.parts[1].refs[1].quote.src);
	assert_string_equal(d.parts[1].refs[1].quote.src->slug, "art");
	assert_string_equal(d.parts[1].refs[2].quote.src->slug, "art");
	doc_free(&d);
}

/* A page of the timeline: `limit` entries from the `from`th, knowing how
 * many there are in all. */
static void
test_timeline_page(void **state)
{
	struct doc d;

	(void)state;
	assert_int_equal(doc_timeline(st, 1, 2, &d), STORE_OK);
	assert_int_equal(d.first, 1);
	assert_int_equal(d.total, 5);
	assert_int_equal(d.nparts, 1);
	assert_string_equal(d.parts[0].title, "2025");
	assert_int_equal(d.parts[0].n, 2);
	assert_string_equal(d.parts[0].refs[0].to.slug, "cc");
	assert_string_equal(d.parts[0].refs[1].to.slug, "aa");
	assert_false(d.cut);
	doc_free(&d);
}

/* The index of the link to `view` (and page) on `p`, or -1. */
static int
link_to(const struct page *p, enum view_type view, int page)
{
	for (size_t i = 0; i < p->nlinks; i++)
		if (p->links[i].view == view && p->links[i].page == page)
			return (int)i;
	return -1;
}

/* A long timeline in pages of VIEW_TIMELINE_PAGE: Later… on the first
 * leads to the second, which starts where the first ended and leads back. */
static void
test_timeline_pages_in_view(void **state)
{
	char file[] = "/tmp/tekdip-timeline-long-XXXXXX", *schema = fixture_schema(), *err = NULL;
	int fd = mkstemp(file), n = VIEW_TIMELINE_PAGE + 20;
	struct builder *b;
	struct store *big;
	struct state s;
	struct view_ctx ctx;
	struct target t = target_make(V_TIMELINE, NULL);
	struct page p;

	(void)state;
	assert_true(fd >= 0);
	close(fd);
	assert_non_null(b = build_open(file, schema, &err));
	free(schema);
	OK(build_kind(b, 1, "event", "Peristiwa", "Event", "Peristiwa", "Events", "g"));
	for (int i = 1; i <= n; i++) {
		char slug[32], name[32], date[16];

		snprintf(slug, sizeof slug, "e%03d", i);
		snprintf(name, sizeof name, "E%03d", i);
		snprintf(date, sizeof date, "%04d", 2100 - i);	/* dated in the ids' reverse */
		OK(build_concept(b, i, slug, 1, name, name, "g", "s", NULL, date));
	}
	assert_int_equal(build_finish(b, &err), 0);
	assert_non_null(big = store_open(file, &err));
	memset(&s, 0, sizeof s);
	assert_int_equal(view_ctx_init(&ctx, big, &s), STORE_OK);
	assert_int_equal(view_build(&ctx, &t, 78, &p), STORE_OK);
	assert_int_equal(link_to(&p, V_CONCEPT, 0) >= 0, 1);
	assert_string_equal(p.links[0].key, "e120");	/* the earliest first */
	assert_true(link_to(&p, V_TIMELINE, 1) >= 0);
	assert_int_equal(link_to(&p, V_TIMELINE, 0), -1);
	page_free(&p);
	t.page = 1;
	assert_int_equal(view_build(&ctx, &t, 78, &p), STORE_OK);
	assert_true(link_to(&p, V_TIMELINE, 0) >= 0);	/* Earlier… */
	assert_int_equal(link_to(&p, V_TIMELINE, 2), -1);
	assert_string_equal(p.links[1].key, "e020");	/* the 101st, after the Earlier link */
	page_free(&p);
	view_ctx_free(&ctx);
	store_close(big);
	unlink(file);
}

/* The slugs of part `i`, space-separated. */
static const char *
slugs(const struct doc *d, size_t i, char *buf, size_t n)
{
	size_t len = 0;

	buf[0] = '\0';
	for (size_t j = 0; j < d->parts[i].n && len < n; j++)
		len += (size_t)snprintf(buf + len, n - len, "%s%s", j ? " " : "", d->parts[i].refs[j].to.slug);
	return buf;
}

/* Relation by relation, each way, then the lists: what both have first,
 * then what only the first has, then only the second. */
static void
test_compare_shared_and_only(void **state)
{
	static const struct {
		enum doc_sec sec;
		const char *relation;
		enum doc_side side;
		const char *slugs;
	} want[] = {
		{ SEC_LINKS, "cooperates-on", SIDE_BOTH, "bb cc" },
		{ SEC_LINKS, "cooperates-on", SIDE_FIRST, "aa" },
		{ SEC_LINKS, "cooperates-on", SIDE_SECOND, "dd-undated" },
		{ SEC_LINKS, "related-to", SIDE_FIRST, "aa bb cc ee" },
		{ SEC_BACKLINKS, "related-to", SIDE_BOTH, "singapura" },
		{ SEC_LISTS, NULL, SIDE_BOTH, "both-list" },
		{ SEC_ABOUT_LISTS, NULL, SIDE_FIRST, "korea-list" },
	};
	struct doc d;
	char buf[256];

	(void)state;
	assert_int_equal(doc_compare(st, "korea", "jepang", 0, &d), STORE_OK);
	assert_int_equal(d.type, DOC_COMPARE);
	assert_string_equal(d.self.slug, "korea");
	assert_string_equal(d.other.slug, "jepang");
	assert_string_equal(d.summary, "Korea s");
	assert_string_equal(d.other_summary, "Jepang s");
	assert_int_equal(d.nparts, sizeof want / sizeof *want);
	for (size_t i = 0; i < d.nparts; i++) {
		assert_int_equal(d.parts[i].sec, want[i].sec);
		assert_int_equal(d.parts[i].side, want[i].side);
		assert_string_equal(slugs(&d, i, buf, sizeof buf), want[i].slugs);
		if (want[i].relation)
			assert_string_equal(d.parts[i].group->relation, want[i].relation);
		else
			assert_null(d.parts[i].group);
	}
	/* the sides of one relation share its heading */
	assert_true(doc_part_heads(&d, 0));
	assert_false(doc_part_heads(&d, 1));
	assert_false(doc_part_heads(&d, 2));
	assert_true(doc_part_heads(&d, 3));
	assert_string_equal(doc_side_title(&d, SIDE_FIRST, buf, sizeof buf), "Only Korea");
	assert_string_equal(doc_side_title(&d, SIDE_SECOND, buf, sizeof buf), "Only Jepang");
	doc_free(&d);
}

/* A budget keeps the first few of each side and says how many there are. */
static void
test_compare_budget(void **state)
{
	struct doc d;
	char buf[256];

	(void)state;
	assert_int_equal(doc_compare(st, "korea", "jepang", 1, &d), STORE_OK);
	assert_int_equal(d.parts[0].side, SIDE_BOTH);
	assert_int_equal(d.parts[0].n, 2);	/* never fewer than STORE_PAIR_FEWEST */
	assert_int_equal(d.parts[3].side, SIDE_FIRST);
	assert_string_equal(d.parts[3].group->relation, "related-to");
	assert_int_equal(d.parts[3].n, STORE_PAIR_FEWEST);
	assert_int_equal(d.parts[3].total, 4);
	assert_string_equal(slugs(&d, 3, buf, sizeof buf), "aa bb cc");
	doc_free(&d);
	assert_int_equal(doc_compare(st, "korea", "no-such", 0, &d), STORE_NOTFOUND);
	assert_int_equal(doc_compare(st, "no-such", "korea", 0, &d), STORE_NOTFOUND);
}

/* Every writer writes both documents whole: each entry, in order. */
static void
test_every_writer(void **state)
{
	struct doc t, c;

	(void)state;
	assert_int_equal(doc_timeline(st, 0, 0, &t), STORE_OK);
	assert_int_equal(doc_compare(st, "korea", "jepang", 0, &c), STORE_OK);
	for (int f = 0; f < FMT_COUNT; f++) {
		if (WRITE_GRAPH(f))
			continue;	/* refused for these (main.c) */
		char *a = fixture_written((enum write_format)f, &t, 80), *b = fixture_written((enum write_format)f, &c, 80);
		const char *bb = strstr(a, "bb"), *cc = strstr(a, "cc"), *aa = strstr(a, "aa");
		const char *ee = strstr(a, "ee");

		/* the slugs in date order, in every format */
		assert_true(bb && cc && aa && ee && bb < cc && cc < aa && aa < ee);
		assert_null(strstr(a, "dd-undated"));
		assert_non_null(strstr(a, f == FMT_TSV || f == FMT_JSON ? "1418/1428"
		    : f == FMT_MDOC ? "1418\\[u2013]1428" : "1418–1428"));
		for (const char *s = "singapura\0both-list\0korea-list\0dd-undated\0ee\0"; *s; s += strlen(s) + 1)
			assert_non_null(strstr(b, s));
		assert_non_null(strstr(b, "korea"));
		assert_non_null(strstr(b, "jepang"));
		free(a);
		free(b);
	}
	doc_free(&t);
	doc_free(&c);
}

/* Texts that read as markup, most where they start a line or an item: a
 * numbered item, a link, HTML, emphasis, a heading; a slug with a backtick. */
static void
test_markdown_escaped(void **state)
{
	struct doc_group g = { "r", "[a](b)", "*e*", 1, 2 };
	struct doc_ref refs[2] = {
		{ .to = { "x`y", "*k*", "1. x", "<b>", "" }, .group = &g, .date = "2025/<i>" },
		{ .to = { "z", "k", "# h", "_u_", "" }, .group = &g, .date = "1418" },
	};
	struct doc_part tparts[1] = { { SEC_ITEMS, "1418", NULL, SIDE_BOTH, 2, refs, 2 } };
	struct doc_part cparts[2] = {
		{ SEC_LINKS, NULL, &g, SIDE_BOTH, 2, refs, 2 },
		{ SEC_LINKS, NULL, &g, SIDE_FIRST, 1, refs, 1 },
	};
	struct doc t = { .type = DOC_TIMELINE, .self = { "t", "t", "# T", "T", "" },
		.parts = tparts, .nparts = 1 };
	struct doc c = { .type = DOC_COMPARE, .self = { "a", "kd", "1. x", "<b>", "" },
		.other = { "b", "kd", "[a](b)", "e", "" }, .summary = "- s", .summary_en = "<i>",
		.other_summary = "# s", .parts = cparts, .nparts = 2 };
	const char *raw[] = { "<b>", "<i>", "[a](b)", "\n1. x", "- 1. x", "**1. x**", "\n- s",
		"\n# s", "_u_", "*e*", "*k*" };

	(void)state;
	for (int k = 0; k < 2; k++) {
		char *out = fixture_written(FMT_MARKDOWN, k ? &c : &t, 80);

		for (size_t i = 0; i < sizeof raw / sizeof *raw; i++)
			if (strstr(out, raw[i]))
				fail_msg("%s: %s unescaped in:\n%s", k ? "compare" : "timeline", raw[i], out);
		assert_non_null(strstr(out, k ? "\\[a\\](b)" : "\\<b\\>"));
		assert_non_null(strstr(out, "``x`y``"));
		free(out);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_timeline_order),
		cmocka_unit_test(test_timeline_years),
		cmocka_unit_test(test_timeline_intervals),
		cmocka_unit_test(test_timeline_page),
		cmocka_unit_test(test_timeline_pages_in_view),
		cmocka_unit_test(test_compare_shared_and_only),
		cmocka_unit_test(test_compare_budget),
		cmocka_unit_test(test_every_writer),
		cmocka_unit_test(test_markdown_escaped),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
