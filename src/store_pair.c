/* store_pair.c: the store's answer for comparing two concepts: their links' far ends and lists, merged. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "buf.h"
#include "store_private.h"

/*
 * Comparing two concepts.  Each one's far ends come from the link index
 * in (relation, far end) order, so the two runs merge in one pass; only
 * the rows shown are then read, by id.  Two hubs of thousands of links
 * cost two index scans, no sort.
 */

/* A far end of one concept's link (rel 0 for a list), as the index has it. */
struct far {
	int rel;
	int64_t id;
};

struct fars {
	struct far *v;
	size_t n, cap;
};

/* A far end of either, once, with whose it is; `total` of its relation and side. */
struct pick {
	int rel, side;
	int64_t id;
	size_t total;
};

struct picks {
	struct pick *v;
	size_t n, cap;
};

static int
far_cmp(const struct far *x, const struct far *y)
{
	if (x->rel != y->rel)
		return x->rel < y->rel ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

static int
read_fars(struct store *st, enum stmt_id id, int64_t concept, struct fars *out, int *more)
{
	sqlite3_stmt *s = stmt_begin(st, id);
	size_t n = 0;
	int rc;

	out->n = 0;
	sqlite3_bind_int64(s, 1, concept);
	while ((rc = stmt_step(st, s)) == SQLITE_ROW) {
		struct far *v;

		if (n++ == STORE_ROWS_MAX) {
			*more = 1;
			rc = SQLITE_DONE;
			break;
		}
		if (!(v = vec_reserve(out->v, &out->cap, out->n + 1, sizeof *v))) {
			snprintf(st->err, sizeof st->err, "out of memory");
			rc = -1;
			break;
		}
		out->v = v;
		v[out->n++] = (struct far){ sqlite3_column_int(s, 0), sqlite3_column_int64(s, 1) };
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? STORE_OK : STORE_ERROR;
}

static struct pick *
pick_push(struct picks *p)
{
	struct pick *v = vec_reserve(p->v, &p->cap, p->n + 1, sizeof *v);

	return v ? &(p->v = v)[p->n++] : NULL;
}

/* The two runs as one, each far end once (a link may be stated twice). */
static int
merge(const struct fars *a, const struct fars *b, struct picks *out)
{
	size_t i = 0, j = 0;

	out->n = 0;
	while (i < a->n || j < b->n) {
		int c = i == a->n ? 1 : j == b->n ? -1 : far_cmp(&a->v[i], &b->v[j]);
		struct far at = c <= 0 ? a->v[i] : b->v[j];
		struct pick *p = pick_push(out);

		if (!p)
			return -1;
		*p = (struct pick){ at.rel, c < 0 ? STORE_PAIR_FIRST : c > 0 ? STORE_PAIR_SECOND
			: STORE_PAIR_BOTH, at.id, 0 };
		while (i < a->n && far_cmp(&a->v[i], &at) == 0)
			i++;
		while (j < b->n && far_cmp(&b->v[j], &at) == 0)
			j++;
	}
	return 0;
}

/* How many of each relation's side to keep: `budget` (0: all) fairly
 * shared among the sides that have any, and never fewer than a few. */
static size_t
share(const struct picks *all, size_t budget)
{
	size_t groups = 0;

	for (size_t i = 0; i < all->n;) {
		int rel = all->v[i].rel;
		unsigned sides = 0;

		for (; i < all->n && all->v[i].rel == rel; i++)
			sides |= 1u << all->v[i].side;
		for (int side = STORE_PAIR_FIRST; side <= STORE_PAIR_BOTH; side++)
			groups += sides >> side & 1;
	}
	if (!budget || !groups)
		return budget;
	return budget / groups > STORE_PAIR_FEWEST ? budget / groups : STORE_PAIR_FEWEST;
}

/* Of each relation: both's first, then the first's, then the second's,
 * the first of each as share() says, each knowing how many it has. */
static int
choose(const struct picks *all, size_t budget, struct picks *out)
{
	static const int sides[] = { STORE_PAIR_BOTH, STORE_PAIR_FIRST, STORE_PAIR_SECOND };

	out->n = 0;
	budget = share(all, budget);
	for (size_t s = 0, e; s < all->n; s = e) {
		for (e = s; e < all->n && all->v[e].rel == all->v[s].rel; e++)
			continue;
		for (int k = 0; k < 3; k++) {
			size_t total = 0, first = out->n;

			for (size_t i = s; i < e; i++) {
				struct pick *p;

				if (all->v[i].side != sides[k])
					continue;
				if (!budget || total < budget) {
					if (!(p = pick_push(out)))
						return -1;
					*p = all->v[i];
				}
				total++;
			}
			for (size_t i = first; i < out->n; i++)
				out->v[i].total = total;
		}
	}
	return 0;
}
/* The relations' names, both ways, by their number. */
struct rel_names {
	struct rel_name {
		int pos;
		const char *slug, *name, *name_en, *inverse, *inverse_en;
	} *v;
	size_t n, cap;
};

static int
rel_row(struct arena *a, sqlite3_stmt *s, void *ctx)
{
	struct rel_names *r = ctx;
	struct rel_name *n = VEC_PUSH(a, r->v, r->n, r->cap);

	if (!n)
		return -1;
	n->pos = sqlite3_column_int(s, 0);
	n->slug = col_name(a, s, 1, 0);
	n->name = col_name(a, s, 2, 0);
	n->name_en = col_name(a, s, 3, 0);
	n->inverse = col_name(a, s, 4, 0);
	n->inverse_en = col_name(a, s, 5, 0);
	return 0;
}

static const struct rel_name *
rel_of(const struct rel_names *r, int pos)
{
	for (size_t i = 0; i < r->n; i++)
		if (r->v[i].pos == pos)
			return &r->v[i];
	return NULL;
}

/* The items the chosen ids name, read at once, by id. */
struct id_items {
	struct store_item *v;
	size_t n, cap;
};

static int
id_item_row(struct arena *a, sqlite3_stmt *s, void *ctx)
{
	struct id_items *it = ctx;
	struct store_item *i = VEC_PUSH(a, it->v, it->n, it->cap);

	if (!i)
		return -1;
	read_item(a, s, 0, i);
	return 0;
}

static const struct store_item *
item_of(const struct id_items *it, int64_t id)
{
	size_t lo = 0, hi = it->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (it->v[mid].id == id)
			return &it->v[mid];
		if (it->v[mid].id < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

static int
read_items(struct store *st, struct arena *a, int lists, const struct picks *chosen,
    struct id_items *out)
{
	struct buf b = BUF_INIT;
	sqlite3_stmt *s;
	char *json;
	int rc;

	buf_addc(&b, '[');
	for (size_t i = 0; i < chosen->n; i++) {
		if (i)
			buf_addc(&b, ',');
		buf_add_int(&b, chosen->v[i].id);
	}
	buf_adds(&b, "]");
	if (!(json = buf_finish(&b))) {
		snprintf(st->err, sizeof st->err, "out of memory");
		return STORE_ERROR;
	}
	s = stmt_begin(st, lists ? ST_PAIR_LIST_ITEMS : ST_PAIR_CONCEPTS);
	sqlite3_bind_text(s, 1, json, -1, SQLITE_TRANSIENT);
	free(json);
	rc = each_row(st, a, s, id_item_row, out);
	if (lists)	/* a list's item id is past every concept's */
		for (size_t i = 0; i < out->n; i++)
			out->v[i].id -= STORE_LIST_BASE;
	return rc;
}

/* The chosen rows of one part, as the answer's rows. */
static int
add_rows(struct store_pair *out, size_t *cap, enum store_pair_part part, const struct picks *chosen,
    const struct id_items *items, const struct rel_names *rels)
{
	for (size_t i = 0; i < chosen->n; i++) {
		const struct pick *c = &chosen->v[i];
		const struct store_item *it = item_of(items, c->id);
		const struct rel_name *r = part <= PAIR_BACKLINKS ? rel_of(rels, c->rel) : NULL;
		struct store_pair_row *row;

		if (!it || (part <= PAIR_BACKLINKS && !r))
			continue;	/* a hostile file's dangling link */
		if (!(row = VEC_PUSH(&out->mem, out->v, out->n, *cap)))
			return -1;
		*row = (struct store_pair_row){ part, r ? r->slug : NULL,
			r ? (part == PAIR_LINKS ? r->name : r->inverse) : NULL,
			r ? (part == PAIR_LINKS ? r->name_en : r->inverse_en) : NULL,
			c->rel, c->side, c->total, *it };
	}
	return 0;
}

int
store_pair(struct store *st, int64_t a, int64_t b, size_t budget, struct store_pair *out)
{
	static const enum stmt_id stmts[PAIR_PARTS] = {
		[PAIR_LINKS] = ST_PAIR_LINKS, [PAIR_BACKLINKS] = ST_PAIR_BACKLINKS,
		[PAIR_LISTS] = ST_PAIR_LISTS, [PAIR_ABOUT] = ST_PAIR_ABOUT,
	};
	struct fars fa = { 0 }, fb = { 0 };
	struct picks all = { 0 }, chosen = { 0 };
	struct rel_names rels = { 0 };
	size_t cap = 0;
	int rc;

	begin_call(st);
	memset(out, 0, sizeof *out);
	rc = each_row(st, &out->mem, stmt_begin(st, ST_PAIR_RELATIONS), rel_row, &rels);
	for (int p = 0; rc == STORE_OK && p < PAIR_PARTS; p++) {
		struct id_items items = { 0 };

		if ((rc = read_fars(st, stmts[p], a, &fa, &out->more)) != STORE_OK ||
		    (rc = read_fars(st, stmts[p], b, &fb, &out->more)) != STORE_OK)
			break;
		if (merge(&fa, &fb, &all) < 0 || choose(&all, budget, &chosen) < 0) {
			snprintf(st->err, sizeof st->err, "out of memory");
			rc = STORE_ERROR;
			break;
		}
		if (chosen.n && (rc = read_items(st, &out->mem, p >= PAIR_LISTS, &chosen, &items)) == STORE_OK &&
		    add_rows(out, &cap, (enum store_pair_part)p, &chosen, &items, &rels) < 0) {
			snprintf(st->err, sizeof st->err, "out of memory");
			rc = STORE_ERROR;
		}
	}
	free(fa.v);
	free(fb.v);
	free(all.v);
	free(chosen.v);
	if (rc == STORE_OK && out->mem.failed)
		rc = STORE_ERROR;
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
