/* fuzz_tour.c: libFuzzer target for tour files: any bytes as a tour against the fixture database, every slide laid out. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../fixture.h"
#include "fuzz.h"
#include "present.h"
#include "store.h"
#include "text.h"

#ifndef TOP_SRCDIR
#define TOP_SRCDIR "."
#endif

static struct store *st;

static void
setup(void)
{
	char *path, *err = NULL;

	if (getenv("top_srcdir") == NULL && setenv("top_srcdir", TOP_SRCDIR, 0) != 0)
		fuzz_fail("tour: setenv failed");
	path = fixture_db();
	if ((st = store_open(path, &err)) == NULL)
		fuzz_fail("tour: cannot open the fixture: %s", err);
	fixture_remove(path);
}

static void
check_clean(const char *what, const char *s)
{
	if (s && !fuzz_clean_text(s, strlen(s)))
		fuzz_fail("%s: not clean text", what);
}

/* Notes: clean lines joined by newlines. */
static void
check_notes(const char *notes)
{
	for (const char *s = notes; s; ) {
		const char *nl = strchr(s, '\n');

		if (!fuzz_clean_text(s, nl ? (size_t)(nl - s) : strlen(s)))
			fuzz_fail("notes: not clean text");
		s = nl ? nl + 1 : NULL;
	}
}

/* Every row of the slide within the text's width: wrapped, never past it. */
static void
check_layout(struct presenter *p, int cols, int rows)
{
	struct page pg;
	int x;

	present_layout(p, cols, rows, &pg, &x);
	if (x < 0 || x + (int)pg.width > cols)
		fuzz_fail("slide %d: text at %d, %zu wide, on %d columns", p->cur, x, pg.width, cols);
	for (size_t i = 0; i < pg.nrows; i++) {
		const struct row *r = &pg.rows[i];

		if (r->indent < 0 || text_width(r->text, strlen(r->text)) + (size_t)r->indent > pg.width)
			fuzz_fail("slide %d: row %zu wider than %zu", p->cur, i, pg.width);
	}
	if (p->top < 0 || (p->top > 0 && p->top + rows > (int)pg.nrows))
		fuzz_fail("slide %d: top %d of %zu rows", p->cur, p->top, pg.nrows);
	page_free(&pg);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct presenter p;
	struct deck d;
	char *err = NULL;
	int rc;

	if (!st)
		setup();
	rc = present_tour_text(st, "fuzz.tour", (const char *)data, size, &d, &err);
	if (rc != 0) {
		if (!err || (rc < 0 && strncmp(err, "fuzz.tour:", 10) != 0))
			fuzz_fail("a refused tour without file:line: %s", err ? err : "(none)");
		free(err);
		return 0;
	}
	if (!d.title || d.n == 0 || d.n > PRESENT_MAX_SLIDES)
		fuzz_fail("a tour of %zu steps, title %s", d.n, d.title ? "set" : "none");
	check_clean("title", d.title);
	check_notes(d.notes);
	for (size_t i = 0; i < d.n; i++)
		check_notes(d.v[i].notes);
	present_open(&p, st, &d);
	while (!p.done && p.cur <= (int)p.deck.n) {
		check_layout(&p, 40, 11);
		check_layout(&p, 81, 23);
		check_layout(&p, 200, 60);
		if (p.cur > 0 && !p.deck.v[p.cur - 1].item.slug)
			fuzz_fail("slide %d: no slug", p.cur);
		present_key(&p, ' ');
	}
	present_close(&p);
	return 0;
}
