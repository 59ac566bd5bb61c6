/* store_search.c: the search: words to an FTS5 plan, tiers of matches, a page of hits. */
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
#include "suggest.h"
#include "text.h"

/* --- search ---------------------------------------------------------- */

/* `s` as an FTS5 string: in double quotes, each one inside doubled. */
static void
fts_quote(struct buf *b, const char *s)
{
	buf_addc(b, '"');
	for (; *s; s++) {
		if (*s == '"')
			buf_addc(b, '"');
		buf_addc(b, *s);
	}
	buf_addc(b, '"');
}

/*
 * User input never reaches FTS5 as syntax: the text layer reduces it to
 * folded words, and each becomes a quoted prefix phrase ("word"*), so
 * quotes, operators and AND/OR/NEAR are plain text.  A word of one letter
 * is a prefix only when it is the whole query (it starts most words), and
 * with `whole` every word is matched whole.  With `terms`, a word the term
 * table spelled out is its terms instead, ("a" OR "b"), which FTS5
 * streams.  `cols` restricts the match to some columns.
 */
static char *
fts_query(const struct text_tokens *t, char *const *terms, const char *cols, int whole)
{
	struct buf b = BUF_INIT;

	if (cols)
		buf_printf(&b, "{%s} : (", cols);
	for (size_t i = 0; i < t->n; i++) {
		if (i)
			buf_adds(&b, " AND ");
		if (terms && terms[i] && !whole) {
			buf_adds(&b, terms[i]);
		} else {
			fts_quote(&b, t->v[i]);
			if (!whole && (t->n == 1 || t->v[i][1] != '\0'))
				buf_addc(&b, '*');
		}
	}
	if (cols)
		buf_addc(&b, ')');
	buf_addc(&b, '\0');
	return buf_finish(&b);
}

/* A word spelled out can be this many terms, in this many bytes (a
 * hostile term table could hold long ones); more stay a prefix.  Words
 * of up to PREFIX_INDEXED characters have prefix indexes of their own
 * (data/schema.sql: prefix = '1 2 3'), which FTS5 streams already. */
#define TERMS_MAX 64
#define TERMS_BYTES 4096
#define PREFIX_INDEXED 3

/*
 * The terms the term table holds that start with `word`, as ("a" OR "b"),
 * into *out; NULL for a word FTS5 has a prefix index for, or when there
 * are no such terms or more than TERMS_MAX (FTS5 then reads the prefix
 * itself).  A prefix of four letters or more has no index, and FTS5 merges
 * the postings of every term it starts before the first row, on every
 * keystroke; the terms spelled out, it streams.
 */
static int
spell_out(struct store *st, const char *word, char **out)
{
	sqlite3_stmt *s = stmt_begin(st, ST_TERMS);
	struct buf b = BUF_INIT, end = BUF_INIT;
	const char *term;
	size_t n = 0;
	int rc;

	*out = NULL;
	if (text_chars(word, strlen(word)) <= PREFIX_INDEXED || word[1] == '\0')
		return STORE_OK;
	buf_adds(&end, word);
	buf_addc(&end, '\xff');	/* after every term that starts so: no UTF-8 byte is 0xff */
	buf_addc(&end, '\0');
	sqlite3_bind_text(s, 1, word, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, end.data, -1, SQLITE_STATIC);
	sqlite3_bind_int(s, 3, TERMS_MAX + 1);
	buf_addc(&b, '(');
	while ((rc = stmt_step(st, s)) == SQLITE_ROW && b.len < TERMS_BYTES) {
		if ((term = (const char *)sqlite3_column_text(s, 0)) == NULL)
			continue;
		if (n++)
			buf_adds(&b, " OR ");
		fts_quote(&b, term);
	}
	buf_adds(&b, ")");
	buf_addc(&b, '\0');
	sqlite3_reset(s);
	if (rc < 0 || end.failed || b.failed || n == 0 || n > TERMS_MAX || b.len >= TERMS_BYTES) {
		rc = rc < 0 ? STORE_ERROR : end.failed || b.failed ? store_fail(st, "out of memory") : STORE_OK;
		buf_free(&end);
		buf_free(&b);
		return rc;
	}
	buf_free(&end);
	*out = buf_finish(&b);
	return STORE_OK;
}

/* The folded words joined by single spaces: what an exact name match is. */
static char *
joined_tokens(const struct text_tokens *t)
{
	struct buf b = BUF_INIT;

	for (size_t i = 0; i < t->n; i++) {
		if (i)
			buf_addc(&b, ' ');
		buf_adds(&b, t->v[i]);
	}
	buf_addc(&b, '\0');
	return buf_finish(&b);
}

/* A joined column of strings separated by U+001F, as an array, each cut to `max` bytes. */
static const char **
split_units(struct arena *a, const char *s, size_t max, size_t *n)
{
	size_t count = 1, i = 0;
	const char **v;

	*n = 0;
	if (!s || !*s)
		return NULL;
	for (const char *p = s; *p; p++)
		count += *p == 0x1f;
	if (!(v = arena_array(a, count, sizeof *v)))
		return NULL;
	for (const char *tok = s, *sep;; tok = sep + 1) {
		size_t len = (sep = strchr(tok, 0x1f)) != NULL ? (size_t)(sep - tok) : strlen(tok);

		v[i++] = capped_copy(a, tok, len, max);
		if (!sep)
			break;
	}
	*n = i;
	return v;
}

/*
 * The tiers of a search, in rank order, whatever the kind: a name, alias,
 * English name or acronym that is the query (from the exact table), then
 * every word whole in the names (name, aliases, English name), every word
 * a prefix there, every word in the names or summary, anywhere at all
 * (quotes).  Each later tier leaves out the ones before it, so the tiers
 * split the matches without overlap; within one, the kind order (rowid).
 */
enum { TIER_EXACT, TIER_WORDS, TIER_NAMES, TIER_TEXTS, TIER_ANY, TIERS };

/* Exact names are a handful; any beyond this rank in the words tier. */
#define EXACT_MAX 16
#define NAME_COLS "name alias en"

struct search_plan {
	char *all, *tier[TIERS];	/* FTS5 queries; the exact tier uses exact_ids */
	char *exact;			/* the words as one folded name */
	int64_t exact_ids[EXACT_MAX];
	size_t nexact;
	int64_t lo, hi;			/* the rowids searched (a filter's kind, lists) */
};

/* The page being gathered: `skip` matches pass first (the offset). */
struct gather {
	int64_t *ids;
	int *tiers;
	size_t n, want, skip, seen;
};

static void
plan_free(struct search_plan *p)
{
	free(p->all);
	for (int t = 0; t < TIERS; t++)
		free(p->tier[t]);
	free(p->exact);
}

/* `want` without the matches of the tier before it. */
static char *
fts_without(const char *want, const char *a)
{
	struct buf buf = BUF_INIT;

	buf_printf(&buf, "(%s) NOT %s", want, a);
	return buf_finish(&buf);
}

/*
 * The queries of a search.  Each word is spelled out as its terms where
 * the term table can, in every tier: a column filter does not spare FTS5
 * the merge of a prefix's postings, which is read again where a later
 * tier leaves the names out (the names tier of "teknologi diplom" at
 * 100,000 concepts: 9.6 ms as prefixes, 0.5 ms as terms).
 */
static int
plan_make(struct store *st, const struct text_tokens *t, struct search_plan *p)
{
	char *terms[TEXT_TOKENS_MAX] = { 0 }, *words = NULL, *names = NULL, *texts = NULL;
	int rc = STORE_OK;

	for (size_t i = 0; i < t->n && rc == STORE_OK; i++)
		rc = spell_out(st, t->v[i], &terms[i]);
	if (rc == STORE_OK) {
		p->all = fts_query(t, terms, NULL, 0);
		words = fts_query(t, NULL, NAME_COLS, 1);
		p->tier[TIER_WORDS] = fts_query(t, NULL, NAME_COLS, 1);
		names = fts_query(t, terms, NAME_COLS, 0);
		texts = fts_query(t, terms, NAME_COLS " summary", 0);
		p->exact = joined_tokens(t);
		if (p->all && words && names && texts) {
			p->tier[TIER_NAMES] = fts_without(names, words);
			p->tier[TIER_TEXTS] = fts_without(texts, names);
			p->tier[TIER_ANY] = fts_without(p->all, texts);
		}
		if (!p->all || !p->exact || !p->tier[TIER_WORDS] || !p->tier[TIER_NAMES] ||
		    !p->tier[TIER_TEXTS] || !p->tier[TIER_ANY])
			rc = store_fail(st, "out of memory");
	}
	for (size_t i = 0; i < t->n; i++)
		free(terms[i]);
	free(words);
	free(names);
	free(texts);
	return rc;
}

static int
is_exact(const struct search_plan *p, int64_t id)
{
	for (size_t i = 0; i < p->nexact; i++)
		if (p->exact_ids[i] == id)
			return 1;
	return 0;
}

/* Count a match; keep it when the offset is behind us.  1 when the page is full. */
static int
gather_one(struct gather *g, int64_t id, int tier)
{
	g->seen++;
	if (g->skip > 0) {
		g->skip--;
		return 0;
	}
	g->ids[g->n] = id;
	g->tiers[g->n++] = tier;
	return g->n == g->want;
}

/*
 * Tier 0: the concepts named or aliased exactly as the query.  Such a name
 * is the query's folded words and single spaces, which FTS5 reads as the
 * same words, so it is a match like any other: no need to ask FTS5 again.
 */
static int
gather_exact(struct store *st, struct search_plan *p, struct gather *g)
{
	sqlite3_stmt *s = stmt_begin(st, ST_SEARCH_EXACT);
	int rc;

	sqlite3_bind_text(s, 1, p->exact, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 2, p->lo);
	sqlite3_bind_int64(s, 3, p->hi);
	while ((rc = stmt_step(st, s)) == SQLITE_ROW && p->nexact < EXACT_MAX)
		p->exact_ids[p->nexact++] = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	if (rc < 0)
		return STORE_ERROR;
	for (size_t i = 0; i < p->nexact; i++)
		if (gather_one(g, p->exact_ids[i], TIER_EXACT))
			break;
	return STORE_OK;
}

/*
 * The other tiers stream in rowid order, which is display order: a page
 * reads as far as it shows and no further.  *more is set when a tier
 * was left before its end.
 */
static int
gather_tiers(struct store *st, const struct search_plan *p, struct gather *g, int *more)
{
	*more = g->n == g->want;
	for (int t = TIER_WORDS; t < TIERS && !*more; t++) {
		sqlite3_stmt *s = stmt_begin(st, ST_SEARCH_TIER);
		int rc = SQLITE_DONE;

		sqlite3_bind_text(s, 1, p->tier[t], -1, SQLITE_STATIC);
		sqlite3_bind_int64(s, 2, p->lo);
		sqlite3_bind_int64(s, 3, p->hi);
		while (!*more && (rc = stmt_step(st, s)) == SQLITE_ROW) {
			int64_t id = sqlite3_column_int64(s, 0);

			if (!is_exact(p, id))
				*more = gather_one(g, id, t);
		}
		sqlite3_reset(s);
		if (rc < 0)
			return STORE_ERROR;
	}
	return STORE_OK;
}

/*
 * Counting every match of a common word in a large reference costs more
 * than the page itself, on every keystroke; the count stops a good way
 * past the page instead, and the view says "over".
 */
static int
search_count(struct store *st, const struct search_plan *p, size_t upto, struct store_hits *out)
{
	sqlite3_stmt *s = stmt_begin(st, ST_SEARCH_COUNT);
	int rc;

	sqlite3_bind_text(s, 1, p->all, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 2, (sqlite3_int64)upto);
	sqlite3_bind_int64(s, 3, p->lo);
	sqlite3_bind_int64(s, 4, p->hi);
	rc = stmt_step(st, s);
	out->total = rc == SQLITE_ROW ? (size_t)sqlite3_column_int64(s, 0) : 0;
	out->total_is_floor = out->total >= upto;
	sqlite3_reset(s);
	return rc == SQLITE_ROW ? STORE_OK : STORE_ERROR;
}

/* The page's hits in gathered order; a row fills every slot of its id. */
struct hits_ctx {
	const struct gather *g;
	struct store_hit *v;
};

static int
hit_row(struct arena *a, sqlite3_stmt *s, void *ctx)
{
	const struct hits_ctx *c = ctx;
	int64_t id = sqlite3_column_int64(s, 0);

	for (size_t i = 0; i < c->g->n; i++) {
		struct store_hit *h = &c->v[i];

		if (c->g->ids[i] != id)
			continue;
		read_item(a, s, 0, &h->item);
		h->tier = c->g->tiers[i];
		h->aliases = split_units(a, (const char *)sqlite3_column_text(s, ITEM_NCOLS), STORE_NAME_MAX,
		    &h->naliases);
		h->summary = col_text(a, s, ITEM_NCOLS + 1, 0);
		h->quotes = split_units(a, (const char *)sqlite3_column_text(s, ITEM_NCOLS + 2), STORE_TEXT_MAX,
		    &h->nquotes);
	}
	return 0;
}

static int
has_list(const struct gather *g)
{
	for (size_t i = 0; i < g->n; i++)
		if (g->ids[i] >= STORE_LIST_BASE)
			return 1;
	return 0;
}

/* The gathered ids as a JSON array, all of them or those of one tier. */
static void
json_ids(struct buf *b, const struct gather *g, int tier)
{
	buf_addc(b, '[');
	for (size_t i = 0, n = 0; i < g->n; i++) {
		if (tier >= 0 && g->tiers[i] != tier)
			continue;
		if (n++)
			buf_addc(b, ',');
		buf_add_int(b, g->ids[i]);
	}
	buf_adds(b, "]");
}

/*
 * The texts of the gathered ids, which are only a page, in one statement:
 * the ids go in as a JSON array (one bound value, whatever the page's
 * size), and a statement run per hit cost more to start and stop than
 * its row did to read.  Quotes are read for the hits found only there
 * (the snippet of any other comes from a field before them): they were
 * a third of a search.  An id no concept has (a damaged index) is dropped.
 */
static int
read_hits(struct store *st, const struct gather *g, struct store_hits *out)
{
	struct hits_ctx c = { g, NULL };
	struct buf ids = BUF_INIT, quoted = BUF_INIT;
	sqlite3_stmt *s;
	int rc;

	if (g->n == 0)
		return STORE_OK;
	if ((c.v = arena_array(&out->mem, g->n, sizeof *c.v)) == NULL)
		return store_fail(st, "out of memory");
	json_ids(&ids, g, -1);
	json_ids(&quoted, g, TIER_ANY);
	if (ids.failed || quoted.failed) {
		rc = store_fail(st, "out of memory");
	} else {
		s = stmt_begin(st, ST_SEARCH_HIT);
		sqlite3_bind_text(s, 1, ids.data, (int)ids.len, SQLITE_STATIC);
		sqlite3_bind_text(s, 2, quoted.data, (int)quoted.len, SQLITE_STATIC);
		rc = each_row(st, &out->mem, s, hit_row, &c);
		if (rc == STORE_OK && has_list(g)) {
			s = stmt_begin(st, ST_SEARCH_LIST_HIT);
			sqlite3_bind_text(s, 1, ids.data, (int)ids.len, SQLITE_STATIC);
			rc = each_row(st, &out->mem, s, hit_row, &c);
		}
	}
	buf_free(&ids);
	buf_free(&quoted);
	if (rc != STORE_OK)
		return rc;
	out->v = c.v;
	for (size_t i = 0; i < g->n; i++)
		if (c.v[i].item.slug)
			c.v[out->n++] = c.v[i];
	return STORE_OK;
}

/* The rowids a filter word names ("kind:partner", "mitra:", "list:"), or
 * 0 when it names no kind: it is then words like any other. */
static int
filter_range(struct store *st, const char *word, size_t len, int64_t *lo, int64_t *hi)
{
	sqlite3_stmt *s;
	char *f = text_fold(word, len), slug[128] = "";
	int rc, found = 0;

	if (!f)
		return store_fail(st, "out of memory") ? -1 : -1;
	if (!strcmp(f, "list") || !strcmp(f, "lists") || !strcmp(f, "daftar")) {
		free(f);
		*lo = STORE_LIST_BASE;
		*hi = INT64_MAX;
		return 1;
	}
	s = stmt_begin(st, ST_KIND_NAMES);
	while (!found && (rc = stmt_step(st, s)) == SQLITE_ROW)
		for (int i = 0; i < 5 && !found; i++) {
			const char *n = (const char *)sqlite3_column_text(s, i);
			char *nf = n ? text_fold(n, strlen(n)) : NULL;

			if (nf && strcmp(nf, f) == 0 && n && strlen(n) < sizeof slug) {
				snprintf(slug, sizeof slug, "%s", (const char *)sqlite3_column_text(s, 0));
				found = slug[0] != '\0';
			}
			free(nf);
		}
	sqlite3_reset(s);
	free(f);
	if (!found)
		return 0;
	s = stmt_begin(st, ST_KIND_RANGE);
	sqlite3_bind_text(s, 1, slug, -1, SQLITE_STATIC);
	if ((rc = stmt_step(st, s)) == SQLITE_ROW && sqlite3_column_type(s, 0) != SQLITE_NULL) {
		*lo = sqlite3_column_int64(s, 0);
		*hi = sqlite3_column_int64(s, 1);
	} else {
		*lo = 1;
		*hi = 0;	/* a kind with no concepts: nothing */
	}
	sqlite3_reset(s);
	return rc < 0 ? -1 : 1;
}

/*
 * The query without its filter words, into `rest`; the range they name
 * into *lo, *hi.  A filter is a word "kind:NAME" or "NAME:" (then maybe a
 * word after the colon), NAME being a kind's slug or name, singular or
 * plural, in either language, or "list"; the last filter wins.
 */
static int
take_filters(struct store *st, const char *q, struct buf *rest, int64_t *lo, int64_t *hi)
{
	while (*q) {
		size_t sp = strspn(q, " \t"), len = strcspn(q + sp, " \t");
		const char *w = q + sp, *colon = memchr(w, ':', len);
		int r = 0;

		q = w + len;
		if (colon && colon - w == 4 && strncasecmp(w, "kind", 4) == 0) {
			if ((r = filter_range(st, colon + 1, len - 5, lo, hi)) > 0)
				continue;
		} else if (colon && colon > w) {
			if ((r = filter_range(st, w, (size_t)(colon - w), lo, hi)) > 0) {
				buf_addc(rest, ' ');
				buf_add(rest, colon + 1, len - (size_t)(colon + 1 - w));
				continue;
			}
		}
		if (r < 0)
			return STORE_ERROR;
		buf_addc(rest, ' ');
		buf_add(rest, w, len);
	}
	buf_addc(rest, '\0');
	return rest->failed ? store_fail(st, "out of memory") : STORE_OK;
}

/* 1 when some term of the index starts with `word` (is it, for a word of
 * one letter, which is never a prefix alone). */
static int
has_term(struct store *st, const char *word)
{
	sqlite3_stmt *s = stmt_begin(st, ST_TERMS);
	char end[TEXT_TOKEN_MAX + 2];
	int rc;

	snprintf(end, sizeof end, "%s%s", word, word[1] ? "\xff" : "\x01");
	sqlite3_bind_text(s, 1, word, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, end, -1, SQLITE_STATIC);
	sqlite3_bind_int(s, 3, 1);
	rc = stmt_step(st, s);
	sqlite3_reset(s);
	return rc < 0 ? -1 : rc == SQLITE_ROW;
}

/* The term nearest `word` that starts with its first character, into
 * `out`; 0 when none is near enough (see suggest.h), -1 on error. */
static int
near_term(struct store *st, const char *word, char *out, size_t size)
{
	sqlite3_stmt *s = stmt_begin(st, ST_TERM_NEAR);
	struct suggest best;
	size_t len = strlen(word), lead = text_char_length((unsigned char)word[0]);
	char from[8], to[8];
	int rc;

	if (lead == 0 || lead > len || lead > 4)
		return 0;
	memcpy(from, word, lead);
	from[lead] = '\0';
	memcpy(to, word, lead);
	to[lead] = '\xff';
	to[lead + 1] = '\0';
	suggest_begin(&best, word);
	if (best.max == 0)
		return 0;
	sqlite3_bind_text(s, 1, from, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, to, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 3, (sqlite3_int64)(len > (size_t)best.max ? len - (size_t)best.max : 1));
	sqlite3_bind_int64(s, 4, (sqlite3_int64)(len + (size_t)best.max));
	while ((rc = stmt_step(st, s)) == SQLITE_ROW) {
		const char *t = (const char *)sqlite3_column_text(s, 0);

		if (t)
			suggest_offer(&best, t, sqlite3_column_int64(s, 1));
	}
	sqlite3_reset(s);
	if (rc < 0)
		return -1;
	if (!best.found)
		return 0;
	snprintf(out, size, "%s", best.term);
	return 1;
}

/*
 * A word no term of the index starts with is a typo, or a word the
 * reference never uses: each such word becomes the nearest term, and
 * out->suggestion the query so corrected.  Words of digits are left.
 */
static int
correct(struct store *st, struct store_hits *out)
{
	struct text_tokens *t = &out->tokens;
	int changed = 0;

	for (size_t i = 0; i < t->n; i++) {
		char term[TEXT_TOKEN_MAX + 1];
		int r;

		if (strlen(t->v[i]) < 3 || strspn(t->v[i], "0123456789.") == strlen(t->v[i]))
			continue;
		if ((r = has_term(st, t->v[i])) != 0 || (r = near_term(st, t->v[i], term, sizeof term)) <= 0) {
			if (r < 0)
				return STORE_ERROR;
			continue;
		}
		memcpy(t->v[i], term, sizeof term);
		changed = 1;
	}
	if (changed) {
		char *j = joined_tokens(t);

		out->suggestion = j ? arena_strdup(&out->mem, j) : NULL;
		free(j);
		if (!out->suggestion)
			return store_fail(st, "out of memory");
	}
	return STORE_OK;
}

int
store_search(struct store *st, const char *query, size_t limit, size_t offset,
    struct store_hits *out)
{
	return store_search_ex(st, query, 0, limit, offset, out);
}

int
store_search_ex(struct store *st, const char *query, int flags, size_t limit, size_t offset,
    struct store_hits *out)
{
	struct search_plan plan;
	struct gather g = { 0 };
	struct buf words = BUF_INIT;
	int rc = STORE_ERROR, more = 0;

	begin_call(st);
	memset(out, 0, sizeof *out);
	memset(&plan, 0, sizeof plan);
	plan.lo = INT64_MIN;
	plan.hi = INT64_MAX;
	if (take_filters(st, query, &words, &plan.lo, &plan.hi) != STORE_OK) {
		buf_free(&words);
		return STORE_ERROR;
	}
	out->filtered = plan.lo != INT64_MIN || plan.hi != INT64_MAX;
	rc = text_tokens(words.data, strlen(words.data), &out->tokens);
	buf_free(&words);
	if (rc < 0)
		return store_fail(st, "out of memory");
	if (out->tokens.n == 0)
		return STORE_OK;	/* a blank query finds nothing, not everything */
	if (!(flags & STORE_SEARCH_EXACT) && (rc = correct(st, out)) != STORE_OK)
		goto done;
	g.want = limit ? limit : 1;
	g.skip = offset;
	g.ids = arena_array(&out->mem, g.want, sizeof *g.ids);
	g.tiers = arena_array(&out->mem, g.want, sizeof *g.tiers);
	if (!g.ids || !g.tiers) {
		rc = store_fail(st, "out of memory");
		goto done;
	}
	if ((rc = plan_make(st, &out->tokens, &plan)) != STORE_OK)
		goto done;
	if ((rc = gather_exact(st, &plan, &g)) != STORE_OK ||
	    (rc = gather_tiers(st, &plan, &g, &more)) != STORE_OK)
		goto done;
	/* a search read to its end has counted its matches on the way */
	out->total = g.seen;
	if (more && (rc = search_count(st, &plan, offset + g.want + STORE_COUNT_MAX,
	    out)) != STORE_OK)
		goto done;
	/* the count reads the words' index only: an exact name matched from
	 * the exact table, or a word it spells differently, is not in it */
	if (out->total < g.seen)
		out->total = g.seen;
	rc = read_hits(st, &g, out);
done:
	plan_free(&plan);
	if (rc != STORE_OK)
		store_hits_free(out);
	return rc;
}

void
store_hits_free(struct store_hits *h)
{
	arena_free(&h->mem);
	memset(h, 0, sizeof *h);
}
