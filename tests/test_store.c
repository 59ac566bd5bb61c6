/* test_store.c: every store call on a fixture database, and every refusal. */
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
#include <sqlite3.h>

#include "fixture.h"
#include "store.h"
#include "store_build.h"
#include "store_private.h"

static void
test_kinds_with_counts(void **state)
{
	struct store_kinds k;

	assert_int_equal(store_kinds(*state, &k), STORE_OK);
	assert_int_equal(k.n, 6);
	assert_string_equal(k.v[0].slug, "pillar");
	assert_int_equal(k.v[0].count, 1);
	assert_string_equal(k.v[1].slug, "task");
	assert_int_equal(k.v[1].count, 2);
	assert_string_equal(k.v[5].plural_en, "Articles");
	store_kinds_free(&k);
}

static void
test_concepts_of_kind_sorted(void **state)
{
	struct store_items it;

	assert_int_equal(store_concepts(*state, "task", &it), STORE_OK);
	assert_int_equal(it.n, 2);
	/* sorted by folded name: "aturan main" before "meneliti tren" */
	assert_string_equal(it.v[0].slug, "tugas-dua");
	assert_string_equal(it.v[1].slug, "tugas-satu");
	store_items_free(&it);
	assert_int_equal(store_concepts(*state, "nonsense", &it), STORE_NOTFOUND);
	store_items_free(&it);
}

static void
test_lookup_keeps_order_and_skips_unknown(void **state)
{
	const char *slugs[] = { "korea-selatan", "no-such-slug", "pham-minh-chinh" };
	struct store_items it;

	assert_int_equal(store_lookup(*state, slugs, 3, &it), STORE_OK);
	assert_int_equal(it.n, 2);
	assert_string_equal(it.v[0].slug, "korea-selatan");
	assert_string_equal(it.v[1].name, "Phạm Minh Chính");
	assert_string_equal(it.v[1].kind, "actor");
	store_items_free(&it);
}

static void
test_concept_page(void **state)
{
	struct store_concept c;

	assert_int_equal(store_concept(*state, "pham-minh-chinh", &c), STORE_OK);
	assert_string_equal(c.self.name, "Phạm Minh Chính");
	assert_string_equal(c.self.kind, "actor");
	assert_string_equal(c.role, "Perdana Menteri");
	assert_null(c.date);
	assert_int_equal(c.naliases, 1);
	assert_string_equal(c.aliases[0], "Pham Minh Chinh");
	assert_int_equal(c.ncites, 1);
	assert_string_equal(c.cites[0].article, "art-one");
	assert_string_equal(c.cites[0].outlet, "Báo Quốc Tế");
	assert_string_equal(c.cites[0].date, "2025-08-27");
	store_concept_free(&c);
}

static void
test_links_and_backlinks(void **state)
{
	struct store_concept c;

	assert_int_equal(store_concept(*state, "pilar-iptek", &c), STORE_OK);
	assert_int_equal(c.nlinks, 2);
	assert_string_equal(c.links[0].label_en, "contains");
	assert_string_equal(c.links[0].target.slug, "tugas-dua");
	assert_string_equal(c.links[1].target.slug, "tugas-satu");
	assert_int_equal(c.nbacklinks, 0);
	store_concept_free(&c);

	assert_int_equal(store_concept(*state, "kecerdasan-buatan", &c), STORE_OK);
	assert_int_equal(c.nlinks, 0);
	assert_int_equal(c.nbacklinks, 1);
	assert_string_equal(c.backlinks[0].label_en, "cooperation partners");
	assert_string_equal(c.backlinks[0].target.slug, "korea-selatan");
	store_concept_free(&c);
}

/* The preview's counts are the page's, without reading the rows. */
static void
test_brief_counts_what_the_page_shows(void **state)
{
	static const char *const slugs[] = {
		"pilar-iptek", "kecerdasan-buatan", "korea-selatan", "tugas-satu", "art-one",
	};
	struct store_concept c;
	struct store_brief b;

	for (size_t i = 0; i < sizeof slugs / sizeof *slugs; i++) {
		assert_int_equal(store_concept(*state, slugs[i], &c), STORE_OK);
		assert_int_equal(store_brief(*state, slugs[i], &b), STORE_OK);
		assert_string_equal(b.self.name, c.self.name);
		assert_string_equal(b.summary, c.summary);
		assert_int_equal(b.nlinks, c.nlinks);
		assert_int_equal(b.nbacklinks, c.nbacklinks);
		assert_int_equal(b.nlists, c.nlists);
		assert_int_equal(b.ncites, c.ncites);
		store_brief_free(&b);
		store_concept_free(&c);
	}
	assert_int_equal(store_brief(*state, "pilar-iptek", &b), STORE_OK);
	assert_int_equal(b.nlinks, 2);	/* not all zero by accident */
	store_brief_free(&b);
	assert_int_equal(store_brief(*state, "missing", &b), STORE_NOTFOUND);
}

/* The reader streams in id order, so the builder refuses any other. */
static void
test_builder_wants_ids_in_display_order(void **state)
{
	static const char *const names[2][2] = { { "Apel", "zebra" }, { "Zebra", "apel" } };
	char *schema = fixture_schema(), *path, *err;

	(void)state;
	for (int bad = 0; bad < 2; bad++) {
		struct builder *b;

		path = fixture_file("order.db", "", 0);
		assert_non_null(b = build_open(path, schema, &err));
		assert_int_equal(build_kind(b, 1, "pillar", "Pilar", "Pillar", "Pilar", "Pillars", "g"), 0);
		for (int i = 0; i < 2; i++)
			assert_int_equal(build_concept(b, i + 1, names[bad][i], 1,
			    names[bad][i], "en", "g", "s", NULL, NULL), 0);
		if (!bad) {
			assert_int_equal(build_finish(b, &err), 0);
		} else {
			assert_int_equal(build_finish(b, &err), -1);
			assert_non_null(strstr(err, "out of display order"));
			assert_int_equal(access(path, F_OK), -1);	/* nothing half-built is left */
			free(err);
		}
		fixture_remove(path);
	}
	free(schema);
}

/* `n` bytes of "€" (three bytes each), so a cut at 512 or 4096 falls inside
 * a character. */
static char *
euros(size_t n)
{
	char *t = malloc(n + 1);

	assert_non_null(t);
	for (size_t i = 0; i < n; i++)
		t[i] = "\xe2\x82\xac"[i % 3];
	t[n - n % 3] = '\0';
	return t;
}

/* How a text cut by the store ends: whole characters, then "…". */
static void
assert_cut(const char *t, size_t max)
{
	size_t n = strlen(t);

	if (n > max + strlen("…"))
		fail_msg("%zu bytes, more than %zu and \"…\"", n, max);
	assert_true(n > max - 4);
	assert_string_equal(t + n - strlen("…"), "…");
	assert_int_equal((n - strlen("…")) % 3, 0);	/* whole euros */
}

/* A hostile file's long texts and many rows are cut at the store's
 * bounds, and the cut is said (issue 21): "…", or `more`. */
static void
test_reads_are_bounded(void **state)
{
	char *schema = fixture_schema(), *path, *err, *name = euros(3 * 10000), *text = euros(3 * 20000);
	struct builder *b;
	struct store *st;
	struct store_kinds k;
	struct store_items it;
	struct store_concept c;
	char slug[32];
	const int nconcepts = 4000, hub = nconcepts;	/* long names: past STORE_ANSWER_MAX */
	char *longish = euros(STORE_NAME_MAX + 100);

	(void)state;
	path = fixture_file("bounded.db", "", 0);
	assert_non_null(b = build_open(path, schema, &err));
	for (int i = 1; i <= STORE_KINDS_MAX + 1; i++) {
		snprintf(slug, sizeof slug, "kind-%d", i);
		assert_int_equal(build_kind(b, i, slug, name, "en", name, "en", "g"), 0);
	}
	for (int i = 1; i <= nconcepts; i++) {
		snprintf(slug, sizeof slug, "c-%05d", i);
		assert_int_equal(build_concept(b, i, slug, 1, i == hub ? name : longish, longish,
		    longish, i == hub ? text : "s", NULL, NULL), 0);
	}
	for (int i = 1; i <= STORE_PART_MAX + 1; i++)
		assert_int_equal(build_alias(b, hub, i, name), 0);
	assert_int_equal(build_relation(b, 1, "r", "r", "r", "r", "r"), 0);
	for (int i = 1; i < hub; i++)	/* backlinks of rows past STORE_ANSWER_MAX */
		assert_int_equal(build_link(b, i, 1, hub, 1, "q"), 0);
	if (build_finish(b, &err) != 0)
		fail_msg("%s", err);
	assert_non_null(st = store_open(path, &err));

	assert_int_equal(store_kinds(st, &k), STORE_OK);
	assert_int_equal(k.n, STORE_KINDS_MAX);
	assert_true(k.more);
	assert_cut(k.v[0].name, STORE_NAME_MAX);
	assert_cut(k.v[0].plural, STORE_NAME_MAX);
	store_kinds_free(&k);

	assert_int_equal(store_concepts(st, "kind-1", &it), STORE_OK);
	assert_true(it.n > 1000 && it.n < (size_t)nconcepts - 1);
	assert_true(it.more);
	assert_true(it.mem.bytes < STORE_ANSWER_MAX + 16384);
	assert_cut(it.v[0].name, STORE_NAME_MAX);
	store_items_free(&it);

	snprintf(slug, sizeof slug, "c-%05d", hub);
	assert_int_equal(store_concept(st, slug, &c), STORE_OK);
	assert_cut(c.self.name, STORE_NAME_MAX);
	assert_cut(c.summary, STORE_TEXT_MAX);
	assert_int_equal(c.naliases, STORE_PART_MAX);
	assert_cut(c.aliases[0], STORE_NAME_MAX);
	assert_true(c.more);
	store_concept_free(&c);

	assert_int_equal(store_relation(st, slug, 1, 1, &c), STORE_OK);
	assert_true(c.nbacklinks > 1000 && c.nbacklinks < (size_t)hub - 1);
	assert_int_equal(c.backlinks[0].total, hub - 1);
	assert_true(c.more);
	store_concept_free(&c);

	store_close(st);
	fixture_remove(path);
	free(name);
	free(longish);
	free(text);
	free(schema);
}

/* A hub's page keeps a fair share of each relation and says how many
 * there are; the relation's own view has them all. */
/*
 * Every page names its sources from the articles, a handful of rows: the
 * statement must walk the article table and look each one's concept up,
 * not walk every concept looking for articles (20 ms of each page at
 * 100,000 concepts, make bench's hub).  The plan, as SQLite makes it.
 */
static void
test_sources_walk_the_articles(void **state)
{
	char *path = fixture_db(), *first = NULL;
	sqlite3 *db;
	sqlite3_stmt *s;
	char *sql;

	(void)state;
	assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	assert_non_null(sql = sqlite3_mprintf("EXPLAIN QUERY PLAN %s", stmt_sql[ST_SOURCES]));
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &s, NULL), SQLITE_OK);
	while (sqlite3_step(s) == SQLITE_ROW) {
		const char *detail = (const char *)sqlite3_column_text(s, 3);

		if (!first)
			first = strdup(detail);
		/* and no sort: the articles come in id order */
		assert_null(strstr(detail, "TEMP B-TREE"));
	}
	assert_non_null(first);
	assert_string_equal(first, "SCAN ar");
	free(first);
	sqlite3_finalize(s);
	sqlite3_free(sql);
	sqlite3_close(db);
	fixture_remove(path);
}

static void
test_hub_page_shares_a_budget(void **state)
{
	char *path;
	struct store *st = fixture_many_open(10, &path);
	static const size_t budgets[][4] = {	/* budget: shown of 5, 3 and 1 */
		{ 6, 2, 2, 1 }, { 3, 1, 1, 1 }, { 8, 4, 3, 1 }, { 9, 5, 3, 1 }, { 0, 5, 3, 1 },
	};
	struct store_concept c;

	(void)state;
	assert_non_null(st);
	for (size_t b = 0; b < sizeof budgets / sizeof *budgets; b++) {
		size_t shown[4] = { 0 };

		assert_int_equal(store_concept_page(st, "konsep-00001", budgets[b][0], &c), STORE_OK);
		for (size_t i = 0; i < c.nbacklinks; i++) {
			shown[c.backlinks[i].relation_pos]++;
			assert_int_equal(c.backlinks[i].total, budgets[4][c.backlinks[i].relation_pos]);
			if (i > 0 && c.backlinks[i].relation_pos == c.backlinks[i - 1].relation_pos)
				assert_true(c.backlinks[i].target.id > c.backlinks[i - 1].target.id);
		}
		for (int r = 1; r <= 3; r++)
			if (shown[r] != budgets[b][r])
				fail_msg("budget %zu: relation %d shows %zu, not %zu",
				    budgets[b][0], r, shown[r], budgets[b][r]);
		store_concept_free(&c);
	}
	assert_int_equal(store_relation(st, "konsep-00001", 1, 1, &c), STORE_OK);
	assert_int_equal(c.nbacklinks, 5);
	assert_int_equal(c.nlinks, 0);
	assert_string_equal(c.backlinks[4].target.slug, "konsep-00006");
	store_concept_free(&c);
	assert_int_equal(store_relation(st, "konsep-00001", 1, 0, &c), STORE_NOTFOUND);
	assert_int_equal(store_relation(st, "konsep-00001", 9, 1, &c), STORE_NOTFOUND);
	fixture_store_close(st, path);
}

static void
test_lists(void **state)
{
	struct store_lists ls;
	struct store_list l;
	struct store_concept c;

	assert_int_equal(store_lists(*state, &ls), STORE_OK);
	assert_int_equal(ls.n, 1);
	assert_string_equal(ls.v[0].slug, "tiga-tugas");
	assert_int_equal(ls.v[0].count, 2);
	store_lists_free(&ls);

	assert_int_equal(store_list(*state, "tiga-tugas", &l), STORE_OK);
	assert_int_equal(l.items.n, 2);
	/* the article's order, not alphabetical */
	assert_string_equal(l.items.v[0].slug, "tugas-satu");
	assert_string_equal(l.items.v[1].slug, "tugas-dua");
	store_list_free(&l);
	assert_int_equal(store_list(*state, "nope", &l), STORE_NOTFOUND);

	assert_int_equal(store_concept(*state, "tugas-satu", &c), STORE_OK);
	assert_int_equal(c.nlists, 1);
	assert_int_equal(c.lists[0].pos, 1);
	assert_int_equal(c.lists[0].count, 2);
	store_concept_free(&c);
}

static void
test_article_mentions_in_order(void **state)
{
	struct store_concept c;

	assert_int_equal(store_concept(*state, "art-one", &c), STORE_OK);
	assert_string_equal(c.title, "Diplomasi sains");
	assert_string_equal(c.url, "https://example.invalid/a");
	assert_int_equal(c.nmentions, 6);
	/* the fixture quotes the actor first */
	assert_string_equal(c.mentions[0].item.slug, "pham-minh-chinh");
	assert_string_equal(c.mentions[5].item.slug, "pilar-iptek");
	store_concept_free(&c);
	assert_int_equal(store_concept(*state, "missing", &c), STORE_NOTFOUND);
}

/* The article's text, every passage at its offset, in order; a passage
 * read again as y reads it. */
static void
test_article_text_and_passages(void **state)
{
	struct store_article a;
	struct store_citation c;
	size_t at[7];

	assert_int_equal(store_article(*state, "art-one", &a), STORE_OK);
	assert_int_equal(a.nparas, 1);
	assert_int_equal(a.paras[0].offset, 0);
	assert_string_equal(a.src.url, "https://example.invalid/a");
	assert_int_equal(a.npassages, 7);
	assert_string_equal(a.passages[0].quote, "Diplomasi sains");
	assert_int_equal(store_article_lost(&a, at), 0);
	for (size_t i = 0; i < a.npassages; i++) {
		const struct store_passage *p = &a.passages[i];

		assert_true(i == 0 || p->offset >= a.passages[i - 1].offset);
		assert_memory_equal(a.paras[0].text + p->offset, p->quote, strlen(p->quote));
		assert_int_equal(at[i], p->offset);	/* the one paragraph starts at 0 */
	}
	assert_int_equal(store_citation(*state, a.passages[1].id, &c), STORE_OK);
	assert_string_equal(c.quote, "a quote");
	assert_string_equal(c.concept, a.passages[1].concept.slug);
	assert_string_equal(c.src.title, "Diplomasi sains");
	assert_int_equal(c.offset, a.passages[1].offset);
	store_citation_free(&c);
	store_article_free(&a);
	assert_int_equal(store_article(*state, "korea-selatan", &a), STORE_NOTFOUND);
	assert_int_equal(store_citation(*state, 12345, &c), STORE_NOTFOUND);
}

static void
assert_refused(const char *path, const char *reason)
{
	char *err = NULL;
	struct store *st = store_open(path, &err);

	assert_null(st);
	assert_non_null(err);
	if (!strstr(err, reason))
		fail_msg("refusal of %s: \"%s\" lacks \"%s\"", path, err, reason);
	free(err);
}

static void
test_refuses_missing_and_directory(void **state)
{
	(void)state;
	assert_refused("/nonexistent/tekdip.db", "No such file");
	assert_refused("/", "directory");
	/* nothing was created */
	assert_int_equal(access("/nonexistent/tekdip.db", F_OK), -1);
}

static void
test_refuses_empty_and_text(void **state)
{
	char *empty = fixture_file("empty.db", "", 0);
	char *text = fixture_file("text.db", "hello, world\n", 13);
	char junk[4096];
	char *random;

	(void)state;
	for (size_t i = 0; i < sizeof junk; i++)
		junk[i] = (char)(i * 7919 % 251);
	random = fixture_file("random.db", junk, sizeof junk);
	assert_refused(empty, "empty");
	assert_refused(text, "not a tekdip database");
	assert_refused(random, "not a tekdip database");
	fixture_remove(empty);
	fixture_remove(text);
	fixture_remove(random);
}

static char *
foreign_db(const char *name, const char *sql)
{
	char *path = fixture_file(name, "", 0);
	sqlite3 *db;

	unlink(path);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	return path;
}

static void
test_refuses_other_sqlite_files(void **state)
{
	char *other = foreign_db("other.db", "CREATE TABLE t(x); PRAGMA application_id = 42;");
	char *version = foreign_db("version.db",
	    "CREATE TABLE t(x); PRAGMA application_id = " STORE_APPLICATION_ID_SQL "; PRAGMA user_version = 99;");
	char *schema = foreign_db("schema.db",
	    "CREATE TABLE t(x); " STORE_STAMPS_SQL);

	(void)state;
	assert_refused(other, "wrong application id");
	assert_refused(version, "version");
	assert_refused(schema, "damaged");
	fixture_remove(other);
	fixture_remove(version);
	fixture_remove(schema);
}

/* A computed column needs the keyword AS; quotes and comments hide it. */
static void
test_refuses_computed_columns(void **state)
{
#define STAMPS "; " STORE_STAMPS_SQL
	static const char *const computed[] = {
		"CREATE TABLE t(w, x INT GENERATED ALWAYS AS (1))" STAMPS,
		"CREATE TABLE t(w, x INT as (1) STORED)" STAMPS,
		"CREATE TABLE t(w, x INT /* \"as\" */ AS(1))" STAMPS,
		"CREATE TABLE \"q\"\"t\"(x INT, y\tAs\n(x + 1))" STAMPS,
	};
	static const char *const plain[] = {
		"CREATE TABLE t(\"as\" INT, [xas] INT, `asx` INT, y TEXT DEFAULT 'as', z INT -- as\n)" STAMPS,
		"CREATE TABLE t(\"a\"\"s\" INT, y TEXT DEFAULT 'it''s as', w INT /* AS */)" STAMPS,
		"CREATE TABLE t(asx INT, xas INT, \"AS\" INT)" STAMPS,
		"CREATE TABLE t([as] INT); CREATE TABLE u(`as` INT)" STAMPS,
	};
	char name[32];

	(void)state;
	for (size_t i = 0; i < sizeof computed / sizeof *computed; i++) {
		char *db;

		snprintf(name, sizeof name, "computed%zu.db", i);
		db = foreign_db(name, computed[i]);
		assert_refused(db, "computed columns");
		fixture_remove(db);
	}
	for (size_t i = 0; i < sizeof plain / sizeof *plain; i++) {
		char *db, *err = NULL;
		struct store *st;

		snprintf(name, sizeof name, "plain%zu.db", i);
		db = foreign_db(name, plain[i]);
		st = store_open(db, &err);
		assert_null(st);
		if (!err || strstr(err, "computed") || !strstr(err, "damaged"))
			fail_msg("%s: %s", plain[i], err ? err : "(no reason)");
		free(err);
		fixture_remove(db);
	}
#undef STAMPS
}

static void
test_uri_like_names_are_files(void **state)
{
	char *err = NULL;
	struct store *st;
	char cwd[4096];

	(void)state;
	/* "file:x.db?mode=rwc" must be a file name, never a URI that creates */
	assert_non_null(getcwd(cwd, sizeof cwd));
	st = store_open("file:x.db?mode=rwc", &err);
	assert_null(st);
	free(err);
	assert_int_equal(access("x.db", F_OK), -1);
	assert_int_equal(access("file:x.db?mode=rwc", F_OK), -1);
}

/* The bytes of a file, malloc'd. */
static unsigned char *
read_bytes(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	unsigned char *data;
	long n;

	assert_non_null(fp);
	assert_int_equal(fseek(fp, 0, SEEK_END), 0);
	assert_true((n = ftell(fp)) > 0);
	rewind(fp);
	assert_non_null(data = malloc((size_t)n));
	assert_int_equal(fread(data, 1, (size_t)n, fp), (size_t)n);
	fclose(fp);
	*len = (size_t)n;
	return data;
}

static void
test_open_image(void **state)
{
	char *path = fixture_db(), *err = NULL;
	struct store_kinds k;
	struct store *st;
	unsigned char *data;
	size_t len;

	(void)state;
	data = read_bytes(path, &len);
	fixture_remove(path);
	st = store_open_image(data, len, &err);
	if (!st)
		fail_msg("store_open_image: %s", err);
	assert_null(err);
	/* the store has its own copy */
	memset(data, 0, len);
	free(data);
	assert_int_equal(store_kinds(st, &k), STORE_OK);
	assert_int_equal(k.n, 6);
	assert_string_equal(k.v[0].slug, "pillar");
	store_kinds_free(&k);
	store_close(st);
}

static void
assert_image_refused(const void *data, size_t len, const char *reason)
{
	char *err = NULL;
	struct store *st = store_open_image(data, len, &err);

	assert_null(st);
	assert_non_null(err);
	if (!strstr(err, reason) || strchr(err, '\n'))
		fail_msg("image refusal: \"%s\" lacks \"%s\"", err, reason);
	free(err);
}

static void
test_image_refusals(void **state)
{
	char junk[4096];
	char *other = foreign_db("image-other.db", "CREATE TABLE t(x); PRAGMA application_id = 42;");
	unsigned char *data;
	size_t len;

	(void)state;
	for (size_t i = 0; i < sizeof junk; i++)
		junk[i] = (char)(i * 7919 % 251);
	assert_image_refused("", 0, "empty");
	assert_image_refused("hello, world\n", 13, "not a tekdip database");
	assert_image_refused(junk, sizeof junk, "not a tekdip database");
	data = read_bytes(other, &len);
	assert_image_refused(data, len, "wrong application id");
	free(data);
	fixture_remove(other);
	/* a cut image: the stamps are there, most of the schema is not */
	other = fixture_db();
	data = read_bytes(other, &len);
	assert_true(len > 4096);
	assert_image_refused(data, 4096, "tekdip database");
	free(data);
	fixture_remove(other);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kinds_with_counts),
		cmocka_unit_test(test_reads_are_bounded),
		cmocka_unit_test(test_concepts_of_kind_sorted),
		cmocka_unit_test(test_lookup_keeps_order_and_skips_unknown),
		cmocka_unit_test(test_concept_page),
		cmocka_unit_test(test_links_and_backlinks),
		cmocka_unit_test(test_brief_counts_what_the_page_shows),
		cmocka_unit_test(test_builder_wants_ids_in_display_order),
		cmocka_unit_test(test_hub_page_shares_a_budget),
		cmocka_unit_test(test_sources_walk_the_articles),
		cmocka_unit_test(test_lists),
		cmocka_unit_test(test_article_mentions_in_order),
		cmocka_unit_test(test_article_text_and_passages),
		cmocka_unit_test(test_refuses_missing_and_directory),
		cmocka_unit_test(test_refuses_empty_and_text),
		cmocka_unit_test(test_refuses_other_sqlite_files),
		cmocka_unit_test(test_refuses_computed_columns),
		cmocka_unit_test(test_uri_like_names_are_files),
		cmocka_unit_test(test_open_image),
		cmocka_unit_test(test_image_refusals),
	};

	return cmocka_run_group_tests_name("store", tests, fixture_open, fixture_close);
}
