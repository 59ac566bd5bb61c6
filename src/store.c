/* store.c: answering the browser's questions: kinds, concepts, links, lists, sources. */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>

#include <sqlite3.h>

#include "buf.h"
#include "store_private.h"
#include "text.h"

const char *const stmt_sql[ST_COUNT] = {
#define S(id, sql) [ST_##id] = sql,
	STATEMENTS
#undef S
};

/* --- running statements ---------------------------------------------- */

/* Statement `id`, prepared the first time it is needed: opening a
 * database prepares none, so a reader who looks and quits pays for none.
 * NULL after recording the error; the calls that follow take NULL as a
 * statement that failed. */
sqlite3_stmt *
stmt_begin(struct store *st, enum stmt_id id)
{
	sqlite3_stmt *s = st->stmt[id];

	if (!s && sqlite3_prepare_v3(st->db, stmt_sql[id], -1, SQLITE_PREPARE_PERSISTENT,
	    &st->stmt[id], NULL) != SQLITE_OK) {
		store_fail(st, "damaged tekdip database");
		return NULL;
	}
	s = st->stmt[id];
	sqlite3_reset(s);
	sqlite3_clear_bindings(s);
	return s;
}

/* SQLITE_ROW, SQLITE_DONE, or -1 after recording the error. */
int
stmt_step(struct store *st, sqlite3_stmt *s)
{
	int rc;

	if (!s)
		return -1;	/* stmt_begin said why */
	rc = sqlite3_step(s);

	if (rc == SQLITE_ROW || rc == SQLITE_DONE)
		return rc;
	store_fail(st, "database error");
	sqlite3_reset(s);
	return -1;
}

/* A cleaned copy of `len` bytes in the arena: a clean text, which is
 * nearly every one, is copied once instead of cleaned, copied and freed. */
const char *
clean_copy(struct arena *a, const char *t, size_t len)
{
	if (text_is_clean(t, len))
		return arena_strndup(a, t, len);
	return arena_take(a, text_clean(t, len));
}

/* The cut is made at a character, before cleaning, so that a hostile
 * text of megabytes is never cleaned or copied whole. */
const char *
capped_copy(struct arena *a, const char *t, size_t len, size_t max)
{
	const char *head;
	char *cut;
	size_t n;

	if (len <= max)
		return clean_copy(a, t, len);
	while (max > 0 && text_char_continues((unsigned char)t[max]))
		max--;
	if ((head = clean_copy(a, t, max)) == NULL)
		return NULL;
	n = strlen(head);
	if ((cut = arena_alloc(a, n + sizeof "…")) == NULL)
		return NULL;
	memcpy(cut, head, n);
	memcpy(cut + n, "…", sizeof "…");
	return cut;
}

static const char *
col_capped(struct arena *a, sqlite3_stmt *s, int col, int nullable, size_t max)
{
	const char *t = (const char *)sqlite3_column_text(s, col);

	if (!t)
		return nullable ? NULL : arena_strdup(a, "");
	return capped_copy(a, t, (size_t)sqlite3_column_bytes(s, col), max);
}

/* A cleaned copy of column `col`, or NULL for SQL NULL when `nullable`. */
const char *
col_text(struct arena *a, sqlite3_stmt *s, int col, int nullable)
{
	return col_capped(a, s, col, nullable, STORE_TEXT_MAX);
}

const char *
col_name(struct arena *a, sqlite3_stmt *s, int col, int nullable)
{
	return col_capped(a, s, col, nullable, STORE_NAME_MAX);
}

/* Column `col` as text, or NULL when it is NULL or empty: the summaries
 * a fixture's builder leaves as ''. */
const char *
col_given(struct arena *a, sqlite3_stmt *s, int col)
{
	const char *t = col_text(a, s, col, 1);

	return t && *t ? t : NULL;
}

void
read_item(struct arena *a, sqlite3_stmt *s, int col, struct store_item *it)
{
	it->id = sqlite3_column_int64(s, col);
	it->slug = col_name(a, s, col + 1, 0);
	it->kind = col_name(a, s, col + 2, 0);
	it->name = col_name(a, s, col + 3, 0);
	it->name_en = col_name(a, s, col + 4, 0);
	it->gloss = col_name(a, s, col + 5, 0);
}

/* Run statement `s` to its end, calling `row` for each result row. */
int
each_row_max(struct store *st, struct arena *a, sqlite3_stmt *s,
    int (*row)(struct arena *, sqlite3_stmt *, void *), void *ctx, size_t max, int *more)
{
	size_t n = 0;
	int rc;

	while ((rc = stmt_step(st, s)) == SQLITE_ROW) {
		if (n++ == max || a->bytes > STORE_ANSWER_MAX) {
			if (more)
				*more = 1;
			rc = SQLITE_DONE;
			break;
		}
		if (row(a, s, ctx) < 0 || a->failed) {
			sqlite3_reset(s);
			snprintf(st->err, sizeof st->err, "out of memory");
			return STORE_ERROR;
		}
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? STORE_OK : STORE_ERROR;
}

int
each_row(struct store *st, struct arena *a, sqlite3_stmt *s,
    int (*row)(struct arena *, sqlite3_stmt *, void *), void *ctx)
{
	return each_row_max(st, a, s, row, ctx, STORE_ROWS_MAX, NULL);
}

/* --- kinds ------------------------------------------------------------ */

struct kinds_ctx {
	struct store_kinds *out;
	size_t cap;
};

static int
kind_row(struct arena *a, sqlite3_stmt *s, void *ctx)
{
	struct kinds_ctx *c = ctx;
	struct store_kind *k = VEC_PUSH(a, c->out->v, c->out->n, c->cap);

	if (!k)
		return -1;
	k->slug = col_name(a, s, 0, 0);
	k->name = col_name(a, s, 1, 0);
	k->name_en = col_name(a, s, 2, 0);
	k->plural = col_name(a, s, 3, 0);
	k->plural_en = col_name(a, s, 4, 0);
	k->gloss = col_name(a, s, 5, 0);
	k->count = sqlite3_column_int(s, 6);
	return 0;
}

int
store_kinds(struct store *st, struct store_kinds *out)
{
	struct kinds_ctx c = { out, 0 };

	int rc;

	begin_call(st);
	memset(out, 0, sizeof *out);
	if ((rc = each_row_max(st, &out->mem, stmt_begin(st, ST_KINDS), kind_row, &c,
	    STORE_KINDS_MAX, &out->more)) != STORE_OK)
		store_kinds_free(out);	/* no half answers */
	return rc;
}

void
store_kinds_free(struct store_kinds *k)
{
	arena_free(&k->mem);
	memset(k, 0, sizeof *k);
}

/* --- lists of concepts ----------------------------------------------- */

struct items_ctx {
	struct store_items *out;
	size_t cap;
};

static int
item_row(struct arena *a, sqlite3_stmt *s, void *ctx)
{
	struct items_ctx *c = ctx;
	struct store_item *it = VEC_PUSH(a, c->out->v, c->out->n, c->cap);

	if (!it)
		return -1;
	read_item(a, s, 0, it);
	return 0;
}

int
store_concepts(struct store *st, const char *kind, struct store_items *out)
{
	struct items_ctx c = { out, 0 };
	sqlite3_stmt *s = stmt_begin(st, ST_CONCEPTS);
	int rc;

	begin_call(st);
	memset(out, 0, sizeof *out);
	sqlite3_bind_text(s, 1, kind, -1, SQLITE_STATIC);
	rc = each_row_max(st, &out->mem, s, item_row, &c, STORE_ROWS_MAX, &out->more);
	if (rc == STORE_OK && out->n == 0)
		rc = STORE_NOTFOUND;
	if (rc == STORE_ERROR)
		store_items_free(out);
	return rc;
}

int
store_lookup(struct store *st, const char *const *slugs, size_t n, struct store_items *out)
{
	struct items_ctx c = { out, 0 };
	int rc = STORE_OK;

	begin_call(st);
	memset(out, 0, sizeof *out);
	for (size_t i = 0; rc == STORE_OK && i < n; i++) {
		sqlite3_stmt *s = stmt_begin(st, ST_ITEM);

		sqlite3_bind_text(s, 1, slugs[i], -1, SQLITE_STATIC);
		rc = each_row(st, &out->mem, s, item_row, &c);
	}
	if (rc != STORE_OK)
		store_items_free(out);
	return rc;
}

static void
copy_col(sqlite3_stmt *s, int col, char *out, size_t size)
{
	const char *t = (const char *)sqlite3_column_text(s, col);

	snprintf(out, size, "%s", t && strlen(t) < size ? t : "");
}

int
store_list_place(struct store *st, const char *slug, const char *list, struct store_place *out)
{
	sqlite3_stmt *s;
	int rc;

	begin_call(st);
	memset(out, 0, sizeof *out);
	s = stmt_begin(st, ST_LIST_PLACE);
	sqlite3_bind_text(s, 1, slug, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, list ? list : "", -1, SQLITE_STATIC);
	if ((rc = stmt_step(st, s)) == SQLITE_ROW) {
		copy_col(s, 0, out->list, sizeof out->list);
		out->pos = sqlite3_column_int(s, 1);
		out->count = sqlite3_column_int(s, 2);
		copy_col(s, 3, out->prev, sizeof out->prev);
		copy_col(s, 4, out->next, sizeof out->next);
	}
	sqlite3_reset(s);
	return rc < 0 ? STORE_ERROR : rc == SQLITE_ROW ? STORE_OK : STORE_NOTFOUND;
}

void
store_items_free(struct store_items *it)
{
	arena_free(&it->mem);
	memset(it, 0, sizeof *it);
}

/* --- one concept ------------------------------------------------------ */

struct concept_ctx {
	struct store_concept *c;
	size_t cap;
	size_t total;		/* links of the relation being read */
};

static int
alias_row(struct arena *a, sqlite3_stmt *s, void *ctx)
{
	struct concept_ctx *cc = ctx;
	const char **p = VEC_PUSH(a, cc->c->aliases, cc->c->naliases, cc->cap);

	if (!p)
		return -1;
	*p = col_name(a, s, 0, 0);
	return 0;
}

static int
cite_row(struct arena *a, sqlite3_stmt *s, void *ctx)
{
	struct concept_ctx *cc = ctx;
	struct store_cite *ci = VEC_PUSH(a, cc->c->cites, cc->c->ncites, cc->cap);

	if (!ci)
		return -1;
	ci->article = col_name(a, s, 0, 0);
	ci->article_name = col_name(a, s, 1, 0);
	ci->title = col_name(a, s, 2, 1);
	ci->outlet = col_name(a, s, 3, 1);
	ci->date = col_name(a, s, 4, 1);
	ci->quote = col_text(a, s, 5, 0);
	ci->id = sqlite3_column_int64(s, 6);
	ci->offset = sqlite3_column_int64(s, 7);
	return 0;
}

static int
read_link(struct arena *a, sqlite3_stmt *s, struct store_link *l, size_t total)
{
	if (!l)
		return -1;
	l->total = total;
	l->relation = col_text(a, s, 0, 0);
	l->label = col_text(a, s, 1, 0);
	l->label_en = col_text(a, s, 2, 0);
	read_item(a, s, 3, &l->target);
	l->article = col_text(a, s, 3 + ITEM_NCOLS, 0);
	l->quote = col_text(a, s, 4 + ITEM_NCOLS, 0);
	l->relation_pos = sqlite3_column_int(s, 5 + ITEM_NCOLS);
	l->passage = sqlite3_column_int64(s, 6 + ITEM_NCOLS);
	l->offset = sqlite3_column_int64(s, 7 + ITEM_NCOLS);
	return 0;
}

static int
link_row(struct arena *a, sqlite3_stmt *s, void *ctx)
{
	struct concept_ctx *cc = ctx;

	return read_link(a, s, VEC_PUSH(a, cc->c->links, cc->c->nlinks, cc->cap), cc->total);
}

static int
backlink_row(struct arena *a, sqlite3_stmt *s, void *ctx)
{
	struct concept_ctx *cc = ctx;

	return read_link(a, s, VEC_PUSH(a, cc->c->backlinks, cc->c->nbacklinks, cc->cap), cc->total);
}

static void
read_listref(struct arena *a, sqlite3_stmt *s, struct store_listref *r)
{
	r->slug = col_name(a, s, 0, 0);
	r->name = col_name(a, s, 1, 0);
	r->name_en = col_name(a, s, 2, 0);
	r->article = col_name(a, s, 3, 0);
	r->pos = sqlite3_column_int(s, 4);
	r->count = sqlite3_column_int(s, 5);
	r->article_name = NULL;
}

static int
listref_row(struct arena *a, sqlite3_stmt *s, void *ctx)
{
	struct concept_ctx *cc = ctx;
	struct store_listref *r = VEC_PUSH(a, cc->c->lists, cc->c->nlists, cc->cap);

	if (!r)
		return -1;
	read_listref(a, s, r);
	return 0;
}

static int
about_row(struct arena *a, sqlite3_stmt *s, void *ctx)
{
	struct concept_ctx *cc = ctx;
	struct store_listref *r = VEC_PUSH(a, cc->c->about, cc->c->nabout, cc->cap);

	if (!r)
		return -1;
	read_listref(a, s, r);
	return 0;
}

static int
mention_row(struct arena *a, sqlite3_stmt *s, void *ctx)
{
	struct concept_ctx *cc = ctx;
	struct store_mention *m = VEC_PUSH(a, cc->c->mentions, cc->c->nmentions, cc->cap);

	if (!m)
		return -1;
	read_item(a, s, 0, &m->item);
	m->quote = col_text(a, s, ITEM_NCOLS, 0);
	m->cite = sqlite3_column_int64(s, ITEM_NCOLS + 2);
	return 0;
}

static int
article_row(struct arena *a, sqlite3_stmt *s, void *ctx)
{
	struct concept_ctx *cc = ctx;

	cc->c->title = col_name(a, s, 0, 1);
	cc->c->outlet = col_name(a, s, 1, 1);
	cc->c->url = col_text(a, s, 2, 1);
	return 0;
}

/* The parts of a concept page, each one statement keyed by the concept id. */
static const struct {
	enum stmt_id stmt;
	int (*row)(struct arena *, sqlite3_stmt *, void *);
} concept_parts[] = {
	{ ST_ALIASES, alias_row },
	{ ST_CITES, cite_row },
	{ ST_LISTREFS, listref_row },
	{ ST_ABOUT_LISTS, about_row },
	{ ST_ARTICLE, article_row },
	{ ST_MENTIONS, mention_row },
};

static int
concept_head(struct store *st, const char *slug, struct store_concept *out)
{
	struct arena *a = &out->mem;
	sqlite3_stmt *s = stmt_begin(st, ST_CONCEPT);
	int rc;

	sqlite3_bind_text(s, 1, slug, -1, SQLITE_STATIC);
	rc = stmt_step(st, s);
	if (rc == SQLITE_DONE)
		return STORE_NOTFOUND;
	if (rc != SQLITE_ROW)
		return STORE_ERROR;
	read_item(a, s, 0, &out->self);
	out->summary = col_text(a, s, ITEM_NCOLS, 0);
	out->role = col_name(a, s, ITEM_NCOLS + 1, 1);
	out->date = col_name(a, s, ITEM_NCOLS + 2, 1);
	out->summary_en = col_given(a, s, ITEM_NCOLS + 3);
	out->vi = col_name(a, s, ITEM_NCOLS + 4, 1);
	sqlite3_reset(s);
	return a->failed ? STORE_ERROR : STORE_OK;
}

/* A relation of one direction's links, and how many it has. */
struct link_group {
	int64_t relation;
	size_t count;
};

/* The relations one direction has links of, in order, into the arena. */
static int
link_groups(struct store *st, struct arena *a, enum stmt_id groups, int64_t id,
    struct link_group **out, size_t *n)
{
	sqlite3_stmt *s = stmt_begin(st, groups);
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	sqlite3_bind_int64(s, 1, id);
	while ((rc = stmt_step(st, s)) == SQLITE_ROW) {
		struct link_group *g = VEC_PUSH(a, *out, *n, cap);

		if (!g) {
			sqlite3_reset(s);
			return store_fail(st, "out of memory");
		}
		g->relation = sqlite3_column_int64(s, 0);
		g->count = (size_t)sqlite3_column_int64(s, 1);
	}
	sqlite3_reset(s);
	return rc < 0 ? STORE_ERROR : STORE_OK;
}

/*
 * How many links of each relation fit `budget`: the most that keeps the
 * sum within it, and at least one; -1 (all) without a budget or when all fit.
 */
static int64_t
fair_share(const struct link_group *g, size_t n, size_t budget)
{
	size_t all = 0;

	for (size_t i = 0; i < n; i++)
		all += g[i].count;
	if (!budget || all <= budget)
		return -1;
	for (size_t keep = 1;; keep++) {
		size_t sum = 0, bigger = 0;

		for (size_t i = 0; i < n; i++) {
			sum += g[i].count < keep + 1 ? g[i].count : keep + 1;
			bigger += g[i].count > keep;
		}
		if (sum > budget || !bigger)
			return (int64_t)keep;
	}
}

/*
 * One direction's links: of `relation` only when not 0, a fair share of
 * `budget` when not 0.  Each relation is its own statement, which reads
 * its share and stops; the counts come from the index, once.
 */
static int
concept_links(struct store *st, struct store_concept *out, int backlinks, int relation,
    size_t budget)
{
	struct concept_ctx cc = { out, 0, 0 };
	struct link_group *g;
	size_t n;
	int64_t keep;
	int rc = link_groups(st, &out->mem, backlinks ? ST_BACKLINK_GROUPS : ST_LINK_GROUPS,
	    out->self.id, &g, &n);

	keep = fair_share(g, n, budget);
	if (keep < 0 || keep > STORE_ROWS_MAX)
		keep = STORE_ROWS_MAX;	/* one relation's page is bounded too */
	for (size_t i = 0; rc == STORE_OK && i < n; i++) {
		sqlite3_stmt *s;

		if (relation && g[i].relation != relation)
			continue;
		s = stmt_begin(st, backlinks ? ST_BACKLINKS : ST_LINKS);
		sqlite3_bind_int64(s, 1, out->self.id);
		sqlite3_bind_int64(s, 2, g[i].relation);
		sqlite3_bind_int64(s, 3, keep);
		cc.total = g[i].count;
		out->more |= g[i].count > (size_t)keep && !budget;
		rc = each_row_max(st, &out->mem, s, backlinks ? backlink_row : link_row, &cc,
		    STORE_ROWS_MAX, budget ? NULL : &out->more);
	}
	return rc;
}

/* The concept's head and links either way; with `parts`, the rest of its
 * page too (concept_parts). */
static int
concept_read(struct store *st, const char *slug, size_t budget, int parts, struct store_concept *out)
{
	int rc;

	begin_call(st);
	memset(out, 0, sizeof *out);
	rc = concept_head(st, slug, out);
	for (size_t i = 0; parts && rc == STORE_OK && i < sizeof concept_parts / sizeof *concept_parts; i++) {
		struct concept_ctx cc = { out, 0, 0 };
		sqlite3_stmt *s = stmt_begin(st, concept_parts[i].stmt);

		sqlite3_bind_int64(s, 1, out->self.id);
		rc = each_row_max(st, &out->mem, s, concept_parts[i].row, &cc,
		    concept_parts[i].stmt == ST_MENTIONS ? STORE_ROWS_MAX : STORE_PART_MAX, &out->more);
	}
	for (int back = 0; rc == STORE_OK && back < 2; back++)
		rc = concept_links(st, out, back, 0, budget);
	if (rc != STORE_OK)
		store_concept_free(out);
	return rc;
}

int
store_concept_page(struct store *st, const char *slug, size_t budget, struct store_concept *out)
{
	return concept_read(st, slug, budget, 1, out);
}

int
store_concept(struct store *st, const char *slug, struct store_concept *out)
{
	return store_concept_page(st, slug, 0, out);
}

int
store_relation(struct store *st, const char *slug, int relation, int backlinks,
    struct store_concept *out)
{
	int rc;

	begin_call(st);
	memset(out, 0, sizeof *out);
	rc = concept_head(st, slug, out);
	if (rc == STORE_OK)
		rc = relation > 0 ? concept_links(st, out, backlinks, relation, 0) : STORE_NOTFOUND;
	if (rc == STORE_OK && (backlinks ? out->nbacklinks : out->nlinks) == 0)
		rc = STORE_NOTFOUND;
	if (rc != STORE_OK)
		store_concept_free(out);
	return rc;
}

int
store_neighbours(struct store *st, const char *slug, size_t budget, struct store_concept *out)
{
	return concept_read(st, slug, budget, 0, out);
}

void
store_concept_free(struct store_concept *c)
{
	arena_free(&c->mem);
	memset(c, 0, sizeof *c);
}

int
store_brief(struct store *st, const char *slug, struct store_brief *out)
{
	sqlite3_stmt *s = stmt_begin(st, ST_BRIEF);
	int rc;

	begin_call(st);
	memset(out, 0, sizeof *out);
	sqlite3_bind_text(s, 1, slug, -1, SQLITE_STATIC);
	if ((rc = stmt_step(st, s)) == SQLITE_ROW) {
		read_item(&out->mem, s, 0, &out->self);
		out->summary = col_text(&out->mem, s, ITEM_NCOLS, 0);
		out->nlinks = (size_t)sqlite3_column_int64(s, ITEM_NCOLS + 1);
		out->nbacklinks = (size_t)sqlite3_column_int64(s, ITEM_NCOLS + 2);
		out->nlists = (size_t)sqlite3_column_int64(s, ITEM_NCOLS + 3);
		out->ncites = (size_t)sqlite3_column_int64(s, ITEM_NCOLS + 4);
		out->summary_en = col_given(&out->mem, s, ITEM_NCOLS + 5);
	}
	sqlite3_reset(s);
	if (rc == SQLITE_ROW && !out->mem.failed)
		return STORE_OK;
	store_brief_free(out);
	if (rc == SQLITE_ROW)
		snprintf(st->err, sizeof st->err, "out of memory");
	return rc == SQLITE_DONE ? STORE_NOTFOUND : STORE_ERROR;
}

void
store_brief_free(struct store_brief *b)
{
	arena_free(&b->mem);
	memset(b, 0, sizeof *b);
}

/* --- enumerated lists ------------------------------------------------ */

struct lists_ctx {
	struct store_lists *out;
	size_t cap;
};

static int
lists_row(struct arena *a, sqlite3_stmt *s, void *ctx)
{
	struct lists_ctx *c = ctx;
	struct store_listref *r = VEC_PUSH(a, c->out->v, c->out->n, c->cap);

	if (!r)
		return -1;
	read_listref(a, s, r);
	r->article_name = col_name(a, s, 6, 0);
	return 0;
}

int
store_lists(struct store *st, struct store_lists *out)
{
	struct lists_ctx c = { out, 0 };
	sqlite3_stmt *s;
	int rc, more = 0;

	begin_call(st);
	memset(out, 0, sizeof *out);
	rc = each_row_max(st, &out->mem, stmt_begin(st, ST_LISTS), lists_row, &c, STORE_ROWS_MAX,
	    &more);
	out->total = out->n;
	if (rc == STORE_OK && more) {
		s = stmt_begin(st, ST_LIST_COUNT);
		if (stmt_step(st, s) == SQLITE_ROW)
			out->total = (size_t)sqlite3_column_int64(s, 0);
		else
			rc = STORE_ERROR;
		sqlite3_reset(s);
	}
	if (rc != STORE_OK)
		store_lists_free(out);
	return rc;
}

void
store_lists_free(struct store_lists *l)
{
	arena_free(&l->mem);
	memset(l, 0, sizeof *l);
}

int
store_list(struct store *st, const char *slug, struct store_list *out)
{
	sqlite3_stmt *s = stmt_begin(st, ST_LIST);
	struct items_ctx c = { &out->items, 0 };
	int64_t id;
	int rc;

	begin_call(st);
	memset(out, 0, sizeof *out);
	sqlite3_bind_text(s, 1, slug, -1, SQLITE_STATIC);
	rc = stmt_step(st, s);
	if (rc != SQLITE_ROW)
		return rc == SQLITE_DONE ? STORE_NOTFOUND : STORE_ERROR;
	read_listref(&out->mem, s, &out->ref);
	out->quote = col_text(&out->mem, s, 6, 0);
	id = sqlite3_column_int64(s, 7);
	out->summary = col_given(&out->mem, s, 8);
	out->summary_en = col_given(&out->mem, s, 9);
	out->passage = sqlite3_column_int64(s, 10);
	sqlite3_reset(s);
	s = stmt_begin(st, ST_LIST_ITEMS);
	sqlite3_bind_int64(s, 1, id);
	rc = each_row_max(st, &out->mem, s, item_row, &c, STORE_ROWS_MAX, &out->items.more);
	if (rc == STORE_OK) {
		struct items_ctx subjects = { &out->subjects, 0 };

		s = stmt_begin(st, ST_LIST_SUBJECTS);
		sqlite3_bind_int64(s, 1, id);
		rc = each_row(st, &out->mem, s, item_row, &subjects);
	}
	if (rc != STORE_OK)
		store_list_free(out);
	return rc;
}

void
store_list_free(struct store_list *l)
{
	arena_free(&l->mem);
	memset(l, 0, sizeof *l);
}

/* --- sources ------------------------------------------------------------ */

struct sources_ctx {
	struct store_sources *out;
	size_t cap;
};

static int
source_row(struct arena *a, sqlite3_stmt *s, void *ctx)
{
	struct sources_ctx *c = ctx;
	struct store_source *src = VEC_PUSH(a, c->out->v, c->out->n, c->cap);

	if (!src)
		return -1;
	src->slug = col_text(a, s, 0, 0);
	src->name = col_text(a, s, 1, 0);
	src->title = col_text(a, s, 2, 1);
	src->outlet = col_text(a, s, 3, 1);
	src->date = col_text(a, s, 4, 1);
	src->url = col_text(a, s, 5, 1);
	return 0;
}

int
store_sources(struct store *st, struct store_sources *out)
{
	struct sources_ctx c = { out, 0 };
	sqlite3_stmt *s;

	begin_call(st);
	memset(out, 0, sizeof *out);
	s = stmt_begin(st, ST_SOURCES);
	sqlite3_bind_int64(s, 1, STORE_SOURCES_MAX);
	return each_row(st, &out->mem, s, source_row, &c);
}

void
store_sources_free(struct store_sources *s)
{
	arena_free(&s->mem);
	memset(s, 0, sizeof *s);
}
