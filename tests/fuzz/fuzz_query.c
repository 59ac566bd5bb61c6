/* fuzz_query.c: libFuzzer target for a search: any bytes as a query against the fixture database, with snippets. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../fixture.h"
#include "fuzz.h"
#include "search.h"
#include "store.h"
#include "text.h"

#ifndef TOP_SRCDIR
#define TOP_SRCDIR "."
#endif

static struct store *st;

/* Once per process: build the fixture (it reads $top_srcdir/data/schema.sql)
 * and open it; the file goes at once, the open store keeps it. */
static void
setup(void)
{
	char *path, *err = NULL;

	if (getenv("top_srcdir") == NULL && setenv("top_srcdir", TOP_SRCDIR, 0) != 0)
		fuzz_fail("query: setenv failed");
	path = fixture_db();
	if ((st = store_open(path, &err)) == NULL)
		fuzz_fail("query: cannot open the fixture: %s", err);
	fixture_remove(path);
}

static void
check_snippet(const struct store_hit *h, const struct text_tokens *t, size_t width)
{
	char *snip = search_snippet(h, t, width);
	size_t len;

	if (snip == NULL)
		fuzz_fail("search_snippet: NULL for %s", h->item.slug);
	len = strlen(snip);
	if (!fuzz_clean_text(snip, len))
		fuzz_fail("search_snippet: not clean text for %s", h->item.slug);
	if (text_width(snip, len) > width)
		fuzz_fail("search_snippet: %zu columns in %zu for %s",
		    text_width(snip, len), width, h->item.slug);
	free(snip);
}

static void
search(const char *q, size_t limit, size_t offset, size_t width)
{
	struct store_hits hits;
	int rc = store_search(st, q, limit, offset, &hits);

	if (rc != STORE_OK)
		fuzz_fail("store_search: %s", rc == STORE_ERROR ?
		    store_error(st) : "not STORE_OK");
	if (hits.n > (limit ? limit : 1) || hits.n > hits.total ||
	    (offset == 0 && hits.n < hits.total && hits.n < limit))
		fuzz_fail("store_search: %zu hits of %zu, limit %zu offset %zu",
		    hits.n, hits.total, limit, offset);
	if (hits.tokens.n == 0 && hits.total != 0)
		fuzz_fail("store_search: no words, %zu hits", hits.total);
	for (size_t i = 0; i < hits.n; i++) {
		const struct store_hit *h = &hits.v[i];

		if (h->tier < 0 || h->tier > 4)
			fuzz_fail("store_search: tier %d", h->tier);
		if (i > 0 && h->tier < hits.v[i - 1].tier)
			fuzz_fail("store_search: tier %d after %d", h->tier,
			    hits.v[i - 1].tier);
		check_snippet(h, &hits.tokens, width);
		check_snippet(h, &hits.tokens, 1);
	}
	store_hits_free(&hits);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct text_tokens t;
	char *q;

	if (st == NULL)
		setup();
	if (text_tokens((const char *)data, size, &t) != 0)
		fuzz_fail("text_tokens: -1");
	if ((q = malloc(size + 1)) == NULL)
		fuzz_fail("query: out of memory");
	memcpy(q, data, size);
	q[size] = '\0';
	search(q, 50, 0, 80);
	/* a page further on, and a narrow screen */
	search(q, 1, size > 0 ? data[0] % 4 : 0, size > 0 ? data[0] % 120 : 0);
	free(q);
	return 0;
}
