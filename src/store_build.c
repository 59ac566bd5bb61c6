/* store_build.c: the write side of the store: schema, rows, index, stamps. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <sqlite3.h>

#include "buf.h"
#include "store.h"
#include "store_build.h"
#include "text.h"

#define INSERTS \
	I(KIND, "INSERT INTO kind (pos, slug, name, name_en, plural, plural_en, gloss) " \
	    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)") \
	I(RELATION, "INSERT INTO relation VALUES (?1, ?2, ?3, ?4, ?5, ?6)") \
	I(CONCEPT, "INSERT INTO concept (id, slug, kind, name, name_en, gloss, summary, role, " \
	    "date, fold) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)") \
	I(CONCEPT_MORE, "UPDATE concept SET summary_en = ?2, vi = ?3 WHERE id = ?1") \
	I(LIST_SUMMARY, "UPDATE list SET summary = ?2, summary_en = ?3 WHERE id = ?1") \
	I(ARTICLE, "INSERT INTO article VALUES (?1, ?2, ?3, ?4, ?5)") \
	I(ALIAS, "INSERT INTO alias VALUES (?1, ?2, ?3, ?4)") \
	I(CITATION, "INSERT INTO citation (concept, article, offset, quote) VALUES (?1, ?2, ?3, ?4)") \
	I(LINK, "INSERT INTO link (src, relation, dst, article, quote, offset) " \
	    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)") \
	I(PARAGRAPH, "INSERT INTO paragraph VALUES (?1, ?2, ?3, ?4)") \
	I(LIST, "INSERT INTO list (id, slug, name, name_en, article, offset, quote) " \
	    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)") \
	I(LIST_ITEM, "INSERT INTO list_item VALUES (?1, ?2, ?3)") \
	I(LIST_ABOUT, "INSERT INTO list_about VALUES (?1, ?2, ?3)") \
	I(SEARCH, "INSERT INTO search (rowid, name, alias, en, summary, quote) " \
	    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")

enum insert_id {
#define I(id, sql) IN_##id,
	INSERTS
#undef I
	IN_COUNT
};

static const char *const insert_sql[IN_COUNT] = {
#define I(id, sql) [IN_##id] = sql,
	INSERTS
#undef I
};

struct builder {
	sqlite3 *db;
	sqlite3_stmt *ins[IN_COUNT];
	char *path;
	char err[512];
};

const char *
build_error(const struct builder *b)
{
	return b->err;
}

static int
fail(struct builder *b, const char *what)
{
	snprintf(b->err, sizeof b->err, "%s: %s", what, sqlite3_errmsg(b->db));
	return -1;
}

static char *
dup_error(const char *msg)
{
	struct buf s = BUF_INIT;

	buf_adds(&s, msg);
	return buf_finish(&s);
}

/* key(text): a text as the search reads it (text_index_form), which is
 * how a query's words are joined for an exact match. */
static void
fn_key(sqlite3_context *cx, int argc, sqlite3_value **argv)
{
	const char *t = (const char *)sqlite3_value_text(argv[0]);
	char *k;

	(void)argc;
	if (!t) {
		sqlite3_result_null(cx);
		return;
	}
	if (!(k = text_index_form(t, strlen(t)))) {
		sqlite3_result_error_nomem(cx);
		return;
	}
	sqlite3_result_text(cx, k, -1, free);
}

/* Words an acronym leaves out: "United States of America" is USA. */
static int
is_small_word(const char *w, size_t len)
{
	static const char *const small[] = { "and", "dan", "der", "di", "for", "ke", "of",
		"on", "the", "untuk", "yang" };

	for (size_t i = 0; i < sizeof small / sizeof *small; i++)
		if (strlen(small[i]) == len && strncmp(small[i], w, len) == 0)
			return 1;
	return 0;
}

/* acronym(text): the initials of a text's words ("pbb" for "Perserikatan
 * Bangsa-Bangsa", "eu" for "European Union"), or NULL for fewer than two:
 * a diplomat types the acronym of a name as often as the name. */
static void
fn_acronym(sqlite3_context *cx, int argc, sqlite3_value **argv)
{
	const char *t = (const char *)sqlite3_value_text(argv[0]);
	char *k, out[TEXT_TOKENS_MAX + 1];
	size_t n = 0;

	(void)argc;
	if (!t || !(k = text_index_form(t, strlen(t)))) {
		if (t)
			sqlite3_result_error_nomem(cx);
		else
			sqlite3_result_null(cx);
		return;
	}
	/* only of words of three letters or more: the initials of "AI
	 * Inklusif" are no name anyone types for it */
	for (char *w = k; *w && n < TEXT_TOKENS_MAX;) {
		size_t len = strcspn(w, " ");

		if (is_small_word(w, len)) {
			/* left out */
		} else if (len < 3 || (unsigned)(*w - 'a') >= 26) {
			n = 0;
			break;
		} else {
			out[n++] = *w;
		}
		w += len;
		w += *w == ' ';
	}
	free(k);
	out[n] = '\0';
	if (n >= 2)
		sqlite3_result_text(cx, out, -1, SQLITE_TRANSIENT);
	else
		sqlite3_result_null(cx);
}

static int
add_functions(sqlite3 *db)
{
	int rc = sqlite3_create_function(db, "tekdip_key", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
	    NULL, fn_key, NULL, NULL);

	return rc != SQLITE_OK ? rc : sqlite3_create_function(db, "tekdip_acronym", 1,
	    SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL, fn_acronym, NULL, NULL);
}

struct builder *
build_open(const char *path, const char *schema, char **err)
{
	struct builder *b = calloc(1, sizeof *b);

	*err = NULL;
	if (!b || !(b->path = strdup(path))) {
		free(b);
		*err = dup_error("out of memory");
		return NULL;
	}
	unlink(path);
	if (sqlite3_open_v2(path, &b->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK ||
	    add_functions(b->db) != SQLITE_OK ||
	    sqlite3_exec(b->db, "PRAGMA page_size = 4096; PRAGMA journal_mode = OFF;"
	        "PRAGMA synchronous = OFF; BEGIN", NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_exec(b->db, schema, NULL, NULL, NULL) != SQLITE_OK) {
		fail(b, "schema");
		goto bad;
	}
	for (int i = 0; i < IN_COUNT; i++) {
		if (sqlite3_prepare_v2(b->db, insert_sql[i], -1, &b->ins[i], NULL) != SQLITE_OK) {
			fail(b, "prepare");
			goto bad;
		}
	}
	return b;
bad:
	*err = dup_error(b->err);
	build_abort(b);
	return NULL;
}

/* Bind a text, or NULL for a NULL pointer. */
static void
bind_text(sqlite3_stmt *s, int col, const char *t)
{
	if (t)
		sqlite3_bind_text(s, col, t, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(s, col);
}

static int
run(struct builder *b, enum insert_id id)
{
	sqlite3_stmt *s = b->ins[id];
	int rc = sqlite3_step(s);

	sqlite3_reset(s);
	sqlite3_clear_bindings(s);
	return rc == SQLITE_DONE ? 0 : fail(b, "insert");
}

int
build_kind(struct builder *b, int pos, const char *slug, const char *name,
    const char *name_en, const char *plural, const char *plural_en, const char *gloss)
{
	sqlite3_stmt *s = b->ins[IN_KIND];

	sqlite3_bind_int(s, 1, pos);
	bind_text(s, 2, slug);
	bind_text(s, 3, name);
	bind_text(s, 4, name_en);
	bind_text(s, 5, plural);
	bind_text(s, 6, plural_en);
	bind_text(s, 7, gloss);
	return run(b, IN_KIND);
}

int
build_relation(struct builder *b, int pos, const char *slug, const char *name,
    const char *name_en, const char *inverse, const char *inverse_en)
{
	sqlite3_stmt *s = b->ins[IN_RELATION];

	sqlite3_bind_int(s, 1, pos);
	bind_text(s, 2, slug);
	bind_text(s, 3, name);
	bind_text(s, 4, name_en);
	bind_text(s, 5, inverse);
	bind_text(s, 6, inverse_en);
	return run(b, IN_RELATION);
}

int
build_concept(struct builder *b, int64_t id, const char *slug, int kind,
    const char *name, const char *name_en, const char *gloss, const char *summary,
    const char *role, const char *date)
{
	sqlite3_stmt *s = b->ins[IN_CONCEPT];
	char *fold = text_fold(name, strlen(name));
	int rc;

	if (!fold) {
		snprintf(b->err, sizeof b->err, "out of memory");
		return -1;
	}
	sqlite3_bind_int64(s, 1, id);
	bind_text(s, 2, slug);
	sqlite3_bind_int(s, 3, kind);
	bind_text(s, 4, name);
	bind_text(s, 5, name_en);
	bind_text(s, 6, gloss);
	bind_text(s, 7, summary);
	bind_text(s, 8, role);
	bind_text(s, 9, date);
	bind_text(s, 10, fold);
	rc = run(b, IN_CONCEPT);
	free(fold);
	return rc;
}

int
build_article(struct builder *b, int64_t id, const char *file, const char *title,
    const char *outlet, const char *url)
{
	sqlite3_stmt *s = b->ins[IN_ARTICLE];

	sqlite3_bind_int64(s, 1, id);
	bind_text(s, 2, file);
	bind_text(s, 3, title);
	bind_text(s, 4, outlet);
	bind_text(s, 5, url);
	return run(b, IN_ARTICLE);
}

int
build_alias(struct builder *b, int64_t concept, int pos, const char *alias)
{
	sqlite3_stmt *s = b->ins[IN_ALIAS];
	char *fold = text_fold(alias, strlen(alias));
	int rc;

	if (!fold) {
		snprintf(b->err, sizeof b->err, "out of memory");
		return -1;
	}
	sqlite3_bind_int64(s, 1, concept);
	sqlite3_bind_int(s, 2, pos);
	bind_text(s, 3, alias);
	bind_text(s, 4, fold);
	rc = run(b, IN_ALIAS);
	free(fold);
	return rc;
}

int
build_citation(struct builder *b, int64_t concept, int64_t article,
    int64_t offset, const char *quote)
{
	sqlite3_stmt *s = b->ins[IN_CITATION];

	sqlite3_bind_int64(s, 1, concept);
	sqlite3_bind_int64(s, 2, article);
	sqlite3_bind_int64(s, 3, offset);
	bind_text(s, 4, quote);
	return run(b, IN_CITATION);
}

int
build_link_at(struct builder *b, int64_t src, int relation, int64_t dst,
    int64_t article, int64_t offset, const char *quote)
{
	sqlite3_stmt *s = b->ins[IN_LINK];

	sqlite3_bind_int64(s, 1, src);
	sqlite3_bind_int(s, 2, relation);
	sqlite3_bind_int64(s, 3, dst);
	sqlite3_bind_int64(s, 4, article);
	bind_text(s, 5, quote);
	sqlite3_bind_int64(s, 6, offset);
	return run(b, IN_LINK);
}

int
build_link(struct builder *b, int64_t src, int relation, int64_t dst,
    int64_t article, const char *quote)
{
	return build_link_at(b, src, relation, dst, article, -1, quote);
}

int
build_paragraph(struct builder *b, int64_t article, int pos, int64_t offset,
    const char *text, size_t len)
{
	sqlite3_stmt *s = b->ins[IN_PARAGRAPH];

	sqlite3_bind_int64(s, 1, article);
	sqlite3_bind_int(s, 2, pos);
	sqlite3_bind_int64(s, 3, offset);
	sqlite3_bind_text(s, 4, text, (int)len, SQLITE_TRANSIENT);
	return run(b, IN_PARAGRAPH);
}

int
build_paragraphs(struct builder *b, int64_t article, const char *seed, size_t len)
{
	int pos = 0, rc = 0;

	/* a paragraph is a line of the seed; blank lines only separate them */
	for (size_t at = 0, end; rc == 0 && at < len; at = end + 1) {
		const char *nl = memchr(seed + at, '\n', len - at);

		end = nl ? (size_t)(nl - seed) : len;
		if (end > at && !(end == at + 1 && seed[at] == '\r'))
			rc = build_paragraph(b, article, ++pos, (int64_t)at, seed + at, end - at);
	}
	return rc;
}

int
build_list(struct builder *b, int64_t id, const char *slug, const char *name,
    const char *name_en, int64_t article, int64_t offset, const char *quote)
{
	sqlite3_stmt *s = b->ins[IN_LIST];

	sqlite3_bind_int64(s, 1, id);
	bind_text(s, 2, slug);
	bind_text(s, 3, name);
	bind_text(s, 4, name_en);
	sqlite3_bind_int64(s, 5, article);
	sqlite3_bind_int64(s, 6, offset);
	bind_text(s, 7, quote);
	return run(b, IN_LIST);
}

int
build_concept_more(struct builder *b, int64_t id, const char *summary_en, const char *vi)
{
	sqlite3_stmt *s = b->ins[IN_CONCEPT_MORE];

	sqlite3_bind_int64(s, 1, id);
	bind_text(s, 2, summary_en ? summary_en : "");
	bind_text(s, 3, vi);
	return run(b, IN_CONCEPT_MORE);
}

int
build_list_summary(struct builder *b, int64_t id, const char *summary, const char *summary_en)
{
	sqlite3_stmt *s = b->ins[IN_LIST_SUMMARY];

	sqlite3_bind_int64(s, 1, id);
	bind_text(s, 2, summary ? summary : "");
	bind_text(s, 3, summary_en ? summary_en : "");
	return run(b, IN_LIST_SUMMARY);
}

/* A row of list_item or list_about: (list, pos, concept). */
static int
list_row(struct builder *b, enum insert_id ins, int64_t list, int pos, int64_t concept)
{
	sqlite3_stmt *s = b->ins[ins];

	sqlite3_bind_int64(s, 1, list);
	sqlite3_bind_int(s, 2, pos);
	sqlite3_bind_int64(s, 3, concept);
	return run(b, ins);
}

int
build_list_about(struct builder *b, int64_t list, int pos, int64_t concept)
{
	return list_row(b, IN_LIST_ABOUT, list, pos, concept);
}

int
build_list_item(struct builder *b, int64_t list, int pos, int64_t concept)
{
	return list_row(b, IN_LIST_ITEM, list, pos, concept);
}

int
build_index(struct builder *b, int64_t concept, const struct build_search *in)
{
	const char *parts[5] = { in->name, in->aliases, in->en, in->summary, in->quotes };
	sqlite3_stmt *s = b->ins[IN_SEARCH];
	int rc;

	sqlite3_bind_int64(s, 1, concept);
	for (int i = 0; i < 5; i++) {
		const char *p = parts[i] ? parts[i] : "";
		char *fold = text_index_form(p, strlen(p));

		if (!fold) {
			snprintf(b->err, sizeof b->err, "out of memory");
			sqlite3_clear_bindings(s);
			return -1;
		}
		sqlite3_bind_text(s, i + 2, fold, -1, free);
	}
	rc = run(b, IN_SEARCH);
	return rc;
}

static void
finalize_all(struct builder *b)
{
	for (int i = 0; i < IN_COUNT; i++) {
		sqlite3_finalize(b->ins[i]);
		b->ins[i] = NULL;
	}
}

/* The reader streams in id order and counts nothing at open: check the
 * one, store the others. */
static int
finish_order(struct builder *b)
{
	static const char misplaced[] =
	    "SELECT count(*) FROM (SELECT id, row_number() OVER (ORDER BY id) AS n, "
	    "row_number() OVER (ORDER BY kind, fold, slug) AS at FROM concept) WHERE n <> at";
	sqlite3_stmt *s;
	int bad = -1;

	if (sqlite3_exec(b->db, "UPDATE kind SET count = "
	    "(SELECT count(*) FROM concept WHERE concept.kind = kind.pos);"
	    "UPDATE list SET count = (SELECT count(*) FROM list_item WHERE list_item.list = list.id)",
	    NULL, NULL, NULL) != SQLITE_OK)
		return fail(b, "counting");
	if (sqlite3_prepare_v2(b->db, misplaced, -1, &s, NULL) != SQLITE_OK)
		return fail(b, "checking the order");
	if (sqlite3_step(s) == SQLITE_ROW)
		bad = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	if (bad < 0)
		return fail(b, "checking the order");
	if (bad > 0) {
		snprintf(b->err, sizeof b->err, "%d concept ids are out of display order "
		    "(kind, folded name, slug)", bad);
		return -1;
	}
	return 0;
}

int
build_finish(struct builder *b, char **err)
{
	char sql[2048];
	int rc;

	*err = NULL;
	finalize_all(b);
	/* lists are searched beside concepts, with rowids of their own; the
	 * exact names are every name, alias, English name and acronym */
	snprintf(sql, sizeof sql,
	    "INSERT INTO search (rowid, name, alias, en, summary, quote) "
	    "SELECT %lld + id, tekdip_key(name), '', tekdip_key(name_en), tekdip_key(quote), '' FROM list;"
	    "INSERT OR IGNORE INTO exact SELECT key, id FROM ("
	    "SELECT tekdip_key(name) AS key, id FROM concept "
	    "UNION ALL SELECT tekdip_key(name_en), id FROM concept "
	    "UNION ALL SELECT tekdip_key(alias), concept FROM alias "
	    "UNION ALL SELECT tekdip_acronym(name), id FROM concept "
	    "UNION ALL SELECT tekdip_acronym(name_en), id FROM concept "
	    "UNION ALL SELECT tekdip_key(name), %lld + id FROM list "
	    "UNION ALL SELECT tekdip_key(name_en), %lld + id FROM list) WHERE key <> '';"
	    "INSERT INTO search (search) VALUES ('optimize');"
	    "CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, search, row);"
	    "INSERT INTO term SELECT term, doc FROM temp.vocab; DROP TABLE temp.vocab; COMMIT;"
	    "PRAGMA application_id = %d; PRAGMA user_version = %d; VACUUM",
	    (long long)STORE_LIST_BASE, (long long)STORE_LIST_BASE, (long long)STORE_LIST_BASE,
	    STORE_APPLICATION_ID, STORE_USER_VERSION);
	if (finish_order(b) < 0 ||
	    (sqlite3_exec(b->db, sql, NULL, NULL, NULL) != SQLITE_OK && fail(b, "finish") < 0)) {
		*err = dup_error(b->err);
		build_abort(b);
		return -1;
	}
	rc = sqlite3_close(b->db);
	b->db = NULL;
	free(b->path);
	free(b);
	if (rc != SQLITE_OK) {
		*err = dup_error("close failed");
		return -1;
	}
	return 0;
}

void
build_abort(struct builder *b)
{
	if (!b)
		return;
	finalize_all(b);
	sqlite3_close(b->db);
	if (b->path)
		unlink(b->path);
	free(b->path);
	free(b);
}
