/* doc_timeline.c: the timeline's document: every dated concept in date order, a part per year. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "doc_private.h"
#include "i18n.h"

/* A date's year: four digits that end it or go on with "-" or "/"; NULL
 * for anything else (a date a hostile or future file writes otherwise). */
static const char *
year_of(struct doc *d, const char *date)
{
	char year[5];

	if (strspn(date, "0123456789") < 4 || (date[4] && date[4] != '-' && date[4] != '/'))
		return NULL;
	memcpy(year, date, 4);
	year[4] = '\0';
	return arena_strdup(&d->mem, year);
}

static int
same_year(const char *a, const char *b)
{
	return a && b ? strcmp(a, b) == 0 : a == b;
}

/* One part per run of entries of the same year; refs are the entries, in order. */
static void
add_years(struct doc *d, const struct store_dates *ds, struct doc_ref *refs)
{
	const char *year = NULL;

	for (size_t i = 0; i < ds->n; i++) {
		const char *y = year_of(d, ds->v[i].date);

		if (i == 0 || !same_year(y, year))
			d->parts[d->nparts++] = (struct doc_part){ SEC_ITEMS, y, NULL, SIDE_BOTH, 0,
				&refs[i], 0 };
		year = y;
		d->parts[d->nparts - 1].n++;
		d->parts[d->nparts - 1].total++;
	}
}

int
doc_timeline(struct store *st, size_t from, size_t limit, struct doc *out)
{
	struct store_dates ds;
	struct doc_ref *refs = NULL;
	int rc = doc_begin(st, out, DOC_TIMELINE);

	if (rc == STORE_OK)
		rc = store_dated(st, from, limit, &ds);
	if (rc != STORE_OK)
		return doc_finish(out, rc);
	out->self = (struct doc_item){ "timeline", "timeline", arena_strdup(&out->mem, _("Timeline")),
		"Timeline", "" };
	out->first = from;
	out->total = ds.total;
	/* all asked for, and not all read */
	out->cut = !limit && from + ds.n < ds.total;
	if (ds.n && (refs = arena_array(&out->mem, ds.n, sizeof *refs)) &&
	    (out->parts = arena_array(&out->mem, ds.n, sizeof *out->parts))) {
		for (size_t i = 0; i < ds.n; i++) {
			doc_dup_item(&out->mem, &refs[i].to, &ds.v[i].item);
			refs[i].date = arena_strdup(&out->mem, ds.v[i].date);
			refs[i].quote.src = doc_source_of(out, ds.v[i].article);
		}
		add_years(out, &ds, refs);
	}
	store_dates_free(&ds);
	return doc_finish(out, rc);
}

const char *
doc_date_shown(const char *date, char *buf, size_t n)
{
	const char *slash = strchr(date, '/');

	if (slash)	/* an ISO 8601 interval, read as a span */
		return doc_format(buf, n, "%.*s–%s", (int)(slash - date), date, slash + 1);
	return doc_format(buf, n, "%s", date);
}
