/* store_article.c: an article's text and the passages cited in it, and one citation by id. */
#include "config.h"

#include <string.h>

#include "store_private.h"

/* Offsets past any article's size (or negative) are a hostile file's: read
 * as -1, so no sum or difference of two offsets can overflow. */
#define OFFSET_MAX ((int64_t)1 << 40)

static int64_t
offset_col(sqlite3_stmt *s, int col)
{
	int64_t v = sqlite3_column_int64(s, col);

	return v < 0 || v > OFFSET_MAX ? -1 : v;
}

struct article_ctx {
	struct store_article *a;
	size_t cap;
};

static int
para_row(struct arena *a, sqlite3_stmt *s, void *ctx)
{
	struct article_ctx *ac = ctx;
	struct store_para *p = VEC_PUSH(a, ac->a->paras, ac->a->nparas, ac->cap);

	if (!p)
		return -1;
	p->offset = offset_col(s, 0);
	p->text = col_text(a, s, 1, 0);
	p->len = (size_t)sqlite3_column_bytes(s, 1);
	if (p->len > (size_t)OFFSET_MAX)
		p->len = 0;
	return 0;
}

static int
passage_row(struct arena *a, sqlite3_stmt *s, void *ctx)
{
	struct article_ctx *ac = ctx;
	struct store_passage *p = VEC_PUSH(a, ac->a->passages, ac->a->npassages, ac->cap);

	if (!p)
		return -1;
	p->id = sqlite3_column_int64(s, 0);
	p->offset = offset_col(s, 1);
	p->quote = col_text(a, s, 2, 0);
	read_item(a, s, 3, &p->concept);
	return 0;
}

static int
article_head(struct store *st, const char *slug, struct store_article *out)
{
	struct arena *a = &out->mem;
	sqlite3_stmt *s = stmt_begin(st, ST_ARTICLE_HEAD);
	int rc;

	sqlite3_bind_text(s, 1, slug, -1, SQLITE_STATIC);
	rc = stmt_step(st, s);
	if (rc == SQLITE_DONE)
		return STORE_NOTFOUND;
	if (rc != SQLITE_ROW)
		return STORE_ERROR;
	read_item(a, s, 0, &out->self);
	out->src.slug = out->self.slug;
	out->src.name = out->self.name;
	out->src.title = col_text(a, s, ITEM_NCOLS, 1);
	out->src.outlet = col_text(a, s, ITEM_NCOLS + 1, 1);
	out->src.date = col_text(a, s, ITEM_NCOLS + 2, 1);
	out->src.url = col_text(a, s, ITEM_NCOLS + 3, 1);
	sqlite3_reset(s);
	return a->failed ? store_fail(st, "out of memory") : STORE_OK;
}

int
store_article(struct store *st, const char *slug, struct store_article *out)
{
	static const struct {
		enum stmt_id stmt;
		int (*row)(struct arena *, sqlite3_stmt *, void *);
	} parts[] = { { ST_PARAGRAPHS, para_row }, { ST_PASSAGES, passage_row } };
	int rc;

	begin_call(st);
	memset(out, 0, sizeof *out);
	rc = article_head(st, slug, out);
	for (size_t i = 0; rc == STORE_OK && i < sizeof parts / sizeof *parts; i++) {
		struct article_ctx ac = { out, 0 };
		sqlite3_stmt *s = stmt_begin(st, parts[i].stmt);

		sqlite3_bind_int64(s, 1, out->self.id);
		rc = each_row(st, &out->mem, s, parts[i].row, &ac);
	}
	if (rc != STORE_OK)
		store_article_free(out);
	return rc;
}

void
store_article_free(struct store_article *a)
{
	arena_free(&a->mem);
	memset(a, 0, sizeof *a);
}

int
store_citation(struct store *st, int64_t id, struct store_citation *out)
{
	struct arena *a = &out->mem;
	sqlite3_stmt *s;
	int rc;

	begin_call(st);
	memset(out, 0, sizeof *out);
	s = stmt_begin(st, ST_CITATION);
	sqlite3_bind_int64(s, 1, id);
	rc = stmt_step(st, s);
	if (rc != SQLITE_ROW)
		return rc == SQLITE_DONE ? STORE_NOTFOUND : STORE_ERROR;
	out->id = sqlite3_column_int64(s, 0);
	out->offset = offset_col(s, 1);
	out->quote = col_text(a, s, 2, 0);
	out->concept = col_text(a, s, 3, 0);
	out->src.slug = col_text(a, s, 4, 0);
	out->src.name = col_text(a, s, 5, 0);
	out->src.title = col_text(a, s, 6, 1);
	out->src.outlet = col_text(a, s, 7, 1);
	out->src.date = col_text(a, s, 8, 1);
	out->src.url = col_text(a, s, 9, 1);
	sqlite3_reset(s);
	if (a->failed) {
		store_citation_free(out);
		return store_fail(st, "out of memory");
	}
	return STORE_OK;
}

void
store_citation_free(struct store_citation *c)
{
	arena_free(&c->mem);
	memset(c, 0, sizeof *c);
}

/* Whether passage `ps` is in `para` where its offset says; *at is then
 * its place in the paragraph. */
static int
passage_at(const struct store_para *para, const struct store_passage *ps, size_t *at)
{
	size_t tlen = strlen(para->text), qlen = strlen(ps->quote);
	int64_t rel = ps->offset - para->offset;

	/* offsets are -1 when the file's are out of range (offset_col) */
	if (ps->offset < 0 || para->offset < 0 || rel < 0 || qlen == 0 ||
	    (uint64_t)rel > tlen || qlen > tlen - (size_t)rel ||
	    memcmp(para->text + rel, ps->quote, qlen) != 0)
		return 0;
	*at = (size_t)rel;
	return 1;
}

size_t
store_article_lost(const struct store_article *a, size_t *at)
{
	size_t i = 0, nlost = 0;

	for (size_t j = 0; j < a->npassages; j++) {
		const struct store_passage *ps = &a->passages[j];

		while (i < a->nparas && a->paras[i].offset + (int64_t)a->paras[i].len <= ps->offset)
			i++;
		if (i == a->nparas || !passage_at(&a->paras[i], ps, &at[j])) {
			at[j] = STORE_PASSAGE_LOST;
			nlost++;
		}
	}
	return nlost;
}
