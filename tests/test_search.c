/* test_search.c: store_search on the fixture: folding, prefixes, ranking, hostile input. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <sqlite3.h>

#include "fixture.h"
#include "search.h"
#include "store.h"


/* The slugs found for `query`, space-separated, in rank order. */
static const char *
found(struct store *st, const char *query)
{
	static char out[512];
	struct store_hits h;

	assert_int_equal(store_search(st, query, 20, 0, &h), STORE_OK);
	out[0] = '\0';
	for (size_t i = 0; i < h.n; i++) {
		strcat(out, i ? " " : "");
		strcat(out, h.v[i].item.slug);
	}
	store_hits_free(&h);
	return out;
}

static void
test_folding(void **state)
{
	/* precomposed, combining (NFD), capitals, no diacritics at all */
	assert_string_equal(found(*state, "Phạm Minh Chính"), "pham-minh-chinh");
	assert_string_equal(found(*state, "Pha\xcc\xa3m Minh Chi\xcc\x81nh"), "pham-minh-chinh");
	assert_string_equal(found(*state, "PHAM MINH CHINH"), "pham-minh-chinh");
	assert_string_equal(found(*state, "pham minh"), "pham-minh-chinh");
	/* đ/Đ is d */
	assert_string_equal(found(*state, "da nang"), "kecerdasan-buatan");
	assert_string_equal(found(*state, "ĐÀ NẴNG"), "kecerdasan-buatan");
	assert_string_equal(found(*state, "đà"), "pilar-iptek kecerdasan-buatan");
}

static void
test_prefix_and_all_words(void **state)
{
	assert_string_equal(found(*state, "kecer"), "kecerdasan-buatan");
	assert_string_equal(found(*state, "k"), "kecerdasan-buatan korea-selatan");
	/* every word must match */
	assert_string_equal(found(*state, "korea mitra"), "korea-selatan");
	assert_string_equal(found(*state, "korea pham"), "");
}

static void
test_ranking(void **state)
{
	/* an exact alias first, then the rest */
	assert_string_equal(found(*state, "ai"), "kecerdasan-buatan korea-selatan");
	/* names (pillar, then article by kind) before a summary hit (partner) */
	assert_string_equal(found(*state, "diplomasi"), "pilar-iptek art-one korea-selatan");
	/* the exact name before a name that only starts the same way */
	assert_string_equal(found(*state, "diplomasi sains"), "art-one pilar-iptek");
	/* quotes come last: every concept is cited "a quote" */
	assert_string_equal(found(*state, "quote"),
	    "pilar-iptek tugas-dua tugas-satu kecerdasan-buatan korea-selatan pham-minh-chinh");
}

static void
test_tiers_and_snippets(void **state)
{
	struct store_hits h;
	char *snip;

	assert_int_equal(store_search(*state, "diplomasi", 20, 0, &h), STORE_OK);
	assert_int_equal(h.total, 3);
	assert_int_equal(h.v[0].tier, 1);
	assert_int_equal(h.v[2].tier, 3);	/* in the summary */
	snip = search_snippet(&h.v[0], &h.tokens, 40);
	assert_string_equal(snip, "");	/* the name says it */
	free(snip);
	snip = search_snippet(&h.v[2], &h.tokens, 40);
	assert_string_equal(snip, "…Diplomasi teknologi.");
	free(snip);
	store_hits_free(&h);
	/* quotes are read for the hits found only there, whose snippet they are */
	assert_int_equal(store_search(*state, "quote", 20, 0, &h), STORE_OK);
	assert_true(h.n > 0);
	for (size_t i = 0; i < h.n; i++) {
		assert_int_equal(h.v[i].tier, 4);
		assert_true(h.v[i].nquotes > 0);
		snip = search_snippet(&h.v[i], &h.tokens, 40);
		assert_non_null(strstr(snip, "quote"));
		free(snip);
	}
	store_hits_free(&h);
	assert_int_equal(store_search(*state, "diplomasi", 20, 0, &h), STORE_OK);
	for (size_t i = 0; i < h.n; i++) {
		assert_true(h.v[i].tier < 4);
		assert_int_equal(h.v[i].nquotes, 0);
	}
	store_hits_free(&h);
	assert_int_equal(store_search(*state, "nang", 20, 0, &h), STORE_OK);
	snip = search_snippet(&h.v[0], &h.tokens, 30);
	assert_non_null(strstr(snip, "Đà Nẵng"));
	free(snip);
	store_hits_free(&h);
}

static void
test_paging(void **state)
{
	struct store_hits h;

	assert_int_equal(store_search(*state, "quote", 2, 2, &h), STORE_OK);
	assert_int_equal(h.total, 6);
	assert_int_equal(h.n, 2);
	assert_string_equal(h.v[0].item.slug, "tugas-satu");
	store_hits_free(&h);
}

/* Pages of one, one after the other, are the page of fifty: the tiers
 * split the matches without losing or repeating one. */
static void
test_pages_of_one_make_the_page(void **state)
{
	static const char *const queries[] = {
		"ai", "diplomasi", "diplomasi sains", "quote", "a", "d", "k", "pham minh chinh",
	};

	for (size_t q = 0; q < sizeof queries / sizeof *queries; q++) {
		struct store_hits all, one;

		assert_int_equal(store_search(*state, queries[q], 50, 0, &all), STORE_OK);
		assert_false(all.total_is_floor);
		assert_int_equal(all.total, all.n);
		for (size_t i = 0; i <= all.n; i++) {
			assert_int_equal(store_search(*state, queries[q], 1, i, &one), STORE_OK);
			assert_int_equal(one.n, i < all.n);
			assert_int_equal(one.total, all.total);
			if (i < all.n) {
				assert_string_equal(one.v[0].item.slug, all.v[i].item.slug);
				assert_int_equal(one.v[0].tier, all.v[i].tier);
			}
			store_hits_free(&one);
		}
		store_hits_free(&all);
	}
}

/* A common word in a large reference: the page, and a count that stops a
 * thousand past it; read to the end, the count is exact again. */
static void
test_count_stops_past_the_page(void **state)
{
	char *path;
	struct store *st = fixture_many_open(1100, &path);
	struct store_hits h;

	(void)state;
	assert_non_null(st);
	assert_int_equal(store_search(st, "konsep", 50, 0, &h), STORE_OK);
	assert_int_equal(h.n, 50);
	assert_string_equal(h.v[49].item.slug, "konsep-00050");
	assert_true(h.total_is_floor);
	assert_int_equal(h.total, 50 + STORE_COUNT_MAX);
	store_hits_free(&h);
	assert_int_equal(store_search(st, "konsep", 50, 1080, &h), STORE_OK);
	assert_int_equal(h.n, 20);
	assert_string_equal(h.v[0].item.slug, "konsep-01081");
	assert_false(h.total_is_floor);
	assert_int_equal(h.total, 1100);
	store_hits_free(&h);
	/* a whole name: its one concept, found by the exact tier */
	assert_int_equal(store_search(st, "konsep 00007", 50, 0, &h), STORE_OK);
	assert_int_equal(h.n, 1);
	assert_int_equal(h.v[0].tier, 0);
	store_hits_free(&h);
	fixture_store_close(st, path);
}

/* The builder copies every term of the full-text index into the term table. */
static void
test_term_table_is_the_vocabulary(void **state)
{
	char *path = fixture_many_db(120);
	sqlite3 *db;
	int terms = -1, vocab = -2, missing = -1;

	(void)state;
	assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, search, row)",
	    NULL, NULL, NULL), SQLITE_OK);
	sqlite3_stmt *s;
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT (SELECT count(*) FROM term), "
	    "(SELECT count(*) FROM temp.v), "
	    "(SELECT count(*) FROM temp.v WHERE term NOT IN (SELECT term FROM term))", -1, &s, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	terms = sqlite3_column_int(s, 0);
	vocab = sqlite3_column_int(s, 1);
	missing = sqlite3_column_int(s, 2);
	sqlite3_finalize(s);
	sqlite3_close(db);
	fixture_remove(path);
	print_message("# %d terms, %d in the index, %d missing\n", terms, vocab, missing);
	assert_true(terms > 120);	/* every number, "konsep", "daftar"... */
	assert_int_equal(terms, vocab);
	assert_int_equal(missing, 0);
}

/* One search's page, tiers and count, as text. */
static void
search_text(struct store *st, const char *query, size_t offset, char *out, size_t size)
{
	struct store_hits h;
	size_t len;

	assert_int_equal(store_search(st, query, 50, offset, &h), STORE_OK);
	len = (size_t)snprintf(out, size, "%zu%s:", h.total, h.total_is_floor ? "+" : "");
	for (size_t i = 0; i < h.n && len < size; i++)
		len += (size_t)snprintf(out + len, size - len, " %s/%d", h.v[i].item.slug, h.v[i].tier);
	store_hits_free(&h);
}

/*
 * Words spelled out as terms find what the prefixes find: the same
 * pages, tiers and counts as the same database with its term table
 * emptied, where every word stays a prefix.  The numbers of 1,100
 * concepts give prefixes of one term ("01099"), of ten ("0109"), and of
 * more than a spelled-out word takes ("00").
 */
static void
test_spelled_out_words_find_what_prefixes_find(void **state)
{
	static const char *const queries[] = {
		"0109", "01099", "konsep 0109", "kons 0010", "konsep 00", "daft 0005",
		"0", "00", "000", "0000", "00001", "konsep", "kons", "k 01", "zzzz", "konsep 0109 0",
	};
	static const size_t offsets[] = { 0, 45, 1000 };
	char *path, *bare_path, *err = NULL, *image;
	struct store *st = fixture_many_open(1100, &path), *bare;
	FILE *fp = fopen(path, "rb");
	sqlite3 *db;
	long len;

	(void)state;
	/* the same file, its term table emptied */
	assert_non_null(fp);
	assert_int_equal(fseek(fp, 0, SEEK_END), 0);
	assert_true((len = ftell(fp)) > 0);
	rewind(fp);
	assert_non_null(image = malloc((size_t)len));
	assert_int_equal(fread(image, 1, (size_t)len, fp), (size_t)len);
	fclose(fp);
	bare_path = fixture_file("bare.db", image, (size_t)len);
	free(image);
	assert_int_equal(sqlite3_open_v2(bare_path, &db, SQLITE_OPEN_READWRITE, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "DELETE FROM term", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	assert_non_null(bare = store_open(bare_path, &err));
	for (size_t q = 0; q < sizeof queries / sizeof *queries; q++) {
		for (size_t o = 0; o < sizeof offsets / sizeof *offsets; o++) {
			char spelled[4096], prefixed[4096];

			search_text(st, queries[q], offsets[o], spelled, sizeof spelled);
			search_text(bare, queries[q], offsets[o], prefixed, sizeof prefixed);
			if (strcmp(spelled, prefixed) != 0)
				print_message("# %s at %zu:\n#  spelled: %.200s\n#  prefix:  %.200s\n",
				    queries[q], offsets[o], spelled, prefixed);
			assert_string_equal(spelled, prefixed);
		}
	}
	store_close(bare);
	fixture_remove(bare_path);
	fixture_store_close(st, path);
}

static void
test_hostile_queries_are_text(void **state)
{
	static const char *const hostile[] = {
		"\"", "\"\"", "'", "(", ")", "(korea", "korea)", "*", "korea*", "-korea", "korea -",
		":", "name:korea", "{name}: korea", "^korea", "korea AND", "AND", "OR", "NOT", "NEAR",
		"NEAR(korea ai)", "korea OR pham", "korea NOT ai", "+", "\\", "%", "_", "'; DROP TABLE concept; --",
		"!@#$%^&*()", "   ", "", "\xff\xfe", "\xc3", "\xed\xa0\x80", "\x1b[31m",
	};
	struct store_hits h;

	for (size_t i = 0; i < sizeof hostile / sizeof *hostile; i++) {
		int rc = store_search(*state, hostile[i], 20, 0, &h);

		if (rc != STORE_OK)
			fail_msg("query %zu `%s': %s", i, hostile[i], store_error(*state));
		store_hits_free(&h);
	}
	/* operators are words like any other: "korea OR pham" needs all three */
	assert_string_equal(found(*state, "korea OR pham"), "");
	assert_string_equal(found(*state, "(korea"), "korea-selatan");
	assert_string_equal(found(*state, "   "), "");
}

static void
test_long_query_is_cut(void **state)
{
	char q[400];
	struct store_hits h;

	memset(q, 'a', sizeof q - 1);
	q[sizeof q - 1] = '\0';
	assert_int_equal(store_search(*state, q, 20, 0, &h), STORE_OK);
	assert_true(h.tokens.truncated);
	store_hits_free(&h);
	assert_int_equal(store_search(*state, "a b c d e f g h i j k l m n o p q r s", 20, 0, &h), STORE_OK);
	assert_true(h.tokens.truncated);
	assert_int_equal(h.tokens.n, TEXT_TOKENS_MAX);
	store_hits_free(&h);
}

/* Random bytes: never an SQLite error, never a crash (ASan watches). */
static void
test_random_bytes(void **state)
{
	uint32_t seed = 0x7e6d1e;
	struct store_hits h;

	for (int i = 0; i < 10000; i++) {
		char q[64];
		size_t n = (seed = seed * 1103515245u + 12345u) >> 16 & 63;

		for (size_t k = 0; k < n; k++) {
			seed = seed * 1103515245u + 12345u;
			q[k] = (char)(seed >> 16 & 0xff);
			if (!q[k])
				q[k] = ' ';
		}
		q[n] = '\0';
		if (store_search(*state, q, 5, 0, &h) != STORE_OK)
			fail_msg("random query %d: %s", i, store_error(*state));
		for (size_t k = 0; k < h.n; k++) {
			char *snip = search_snippet(&h.v[k], &h.tokens, 30);

			assert_non_null(snip);
			free(snip);
		}
		store_hits_free(&h);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_folding),
		cmocka_unit_test(test_prefix_and_all_words),
		cmocka_unit_test(test_ranking),
		cmocka_unit_test(test_tiers_and_snippets),
		cmocka_unit_test(test_paging),
		cmocka_unit_test(test_pages_of_one_make_the_page),
		cmocka_unit_test(test_count_stops_past_the_page),
		cmocka_unit_test(test_term_table_is_the_vocabulary),
		cmocka_unit_test(test_spelled_out_words_find_what_prefixes_find),
		cmocka_unit_test(test_hostile_queries_are_text),
		cmocka_unit_test(test_long_query_is_cut),
		cmocka_unit_test(test_random_bytes),
	};

	return cmocka_run_group_tests(tests, fixture_open, fixture_close);
}
