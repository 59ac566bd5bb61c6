/* store_dated.c: the store's answer for the timeline: the dated concepts in date order, a page at a time. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <sqlite3.h>

#include "store_private.h"

struct dated_ctx {
	struct store_dates *out;
	size_t cap;
};

static int
dated_row(struct arena *a, sqlite3_stmt *s, void *ctx)
{
	struct dated_ctx *c = ctx;
	struct store_dated *d = VEC_PUSH(a, c->out->v, c->out->n, c->cap);

	if (!d)
		return -1;
	read_item(a, s, 0, &d->item);
	d->date = col_name(a, s, ITEM_NCOLS, 0);
	d->article = col_name(a, s, ITEM_NCOLS + 1, 1);
	return 0;
}

int
store_dated(struct store *st, size_t from, size_t limit, struct store_dates *out)
{
	struct dated_ctx c = { out, 0 };
	sqlite3_stmt *s = stmt_begin(st, ST_DATED_COUNT);
	int rc;

	begin_call(st);
	memset(out, 0, sizeof *out);
	if ((rc = stmt_step(st, s)) == SQLITE_ROW)
		out->total = (size_t)sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	if (rc != SQLITE_ROW)
		return STORE_ERROR;
	s = stmt_begin(st, ST_DATED);
	sqlite3_bind_int64(s, 1, (sqlite3_int64)from);
	sqlite3_bind_int64(s, 2, limit && limit < STORE_ROWS_MAX ? (sqlite3_int64)limit : STORE_ROWS_MAX);
	rc = each_row(st, &out->mem, s, dated_row, &c);
	if (rc != STORE_OK)
		store_dates_free(out);
	return rc;
}

void
store_dates_free(struct store_dates *d)
{
	arena_free(&d->mem);
	memset(d, 0, sizeof *d);
}
