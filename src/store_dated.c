/* store_dated.c: the store's answers for the timeline (dated concepts) and for comparing two concepts. */
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
store_dated(struct store *st, struct store_dates *out)
{
	struct dated_ctx c = { out, 0 };
	sqlite3_stmt *s = stmt_begin(st, ST_DATED);
	int rc;

	begin_call(st);
	memset(out, 0, sizeof *out);
	rc = each_row_max(st, &out->mem, s, dated_row, &c, STORE_ROWS_MAX, &out->more);
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

struct pair_ctx {
	struct store_pair *out;
	size_t cap;
	enum store_pair_part part;
};

static int
pair_row(struct arena *a, sqlite3_stmt *s, void *ctx)
{
	struct pair_ctx *c = ctx;
	struct store_pair_row *r = VEC_PUSH(a, c->out->v, c->out->n, c->cap);

	if (!r)
		return -1;
	r->part = c->part;
	r->relation_pos = sqlite3_column_int(s, 0);
	r->relation = col_name(a, s, 1, 1);
	r->label = col_name(a, s, 2, 1);
	r->label_en = col_name(a, s, 3, 1);
	r->side = sqlite3_column_int(s, 4);
	r->total = (size_t)sqlite3_column_int64(s, 5);
	read_item(a, s, 6, &r->item);
	return 0;
}

int
store_pair(struct store *st, int64_t a, int64_t b, size_t budget, struct store_pair *out)
{
	static const enum stmt_id stmts[PAIR_PARTS] = {
		[PAIR_LINKS] = ST_PAIR_LINKS, [PAIR_BACKLINKS] = ST_PAIR_BACKLINKS,
		[PAIR_LISTS] = ST_PAIR_LISTS, [PAIR_ABOUT] = ST_PAIR_ABOUT,
	};
	struct pair_ctx c = { out, 0, PAIR_LINKS };
	int rc = STORE_OK;

	begin_call(st);
	memset(out, 0, sizeof *out);
	for (int p = 0; rc == STORE_OK && p < PAIR_PARTS; p++) {
		sqlite3_stmt *s = stmt_begin(st, stmts[p]);

		c.part = (enum store_pair_part)p;
		sqlite3_bind_int64(s, 1, a);
		sqlite3_bind_int64(s, 2, b);
		sqlite3_bind_int64(s, 3, budget ? (sqlite3_int64)budget : -1);
		rc = each_row_max(st, &out->mem, s, pair_row, &c, STORE_ROWS_MAX, &out->more);
	}
	if (rc != STORE_OK)
		store_pair_free(out);
	return rc;
}

void
store_pair_free(struct store_pair *p)
{
	arena_free(&p->mem);
	memset(p, 0, sizeof *p);
}
