/* store.c: opening a tekdip database defensively and answering the browser's questions. */
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
#include "i18n.h"
#include "store.h"
#include "text.h"

/* The columns of a struct store_item for concept alias T joined to kind alias K. */
#define ITEM_COLS(T, K) \
	T ".id, " T ".slug, " K ".slug, " T ".name, " T ".name_en, " T ".gloss"
#define ITEM_NCOLS 6

/*
 * A concept's links of one relation in one direction, the first ?3 (all
 * for -1).  The index (near end, relation, far end) hands them over in
 * far-end id order, which is display order, so a hub with thousands of
 * backlinks reads only the rows it shows, and no sort runs.
 */
#define LINK_SQL(LABELS, FAR, NEAR) \
	"SELECT r.slug, " LABELS ", " ITEM_COLS("t", "k") ", a.slug, l.quote, r.pos " \
	"FROM link l JOIN relation r ON r.pos = l.relation " \
	"JOIN concept t ON t.id = l." FAR " JOIN kind k ON k.pos = t.kind " \
	"JOIN concept a ON a.id = l.article " \
	"WHERE l." NEAR " = ?1 AND l.relation = ?2 ORDER BY l." FAR ", l.id LIMIT ?3"
/* How many links each relation has that way, from the same index. */
#define LINK_GROUPS(NEAR) \
	"SELECT relation, count(*) FROM link WHERE " NEAR " = ?1 GROUP BY relation"

/* Every statement the reader runs, each prepared when first needed.  Concept ids
 * follow the display order (kind, fold, slug; tekdip-mkdb numbers them so
 * and checks it), so "ORDER BY c.id" and FTS5's rowid order need no sort. */
#define STATEMENTS \
	S(KINDS, "SELECT slug, name, name_en, plural, plural_en, gloss, count " \
	    "FROM kind ORDER BY pos") \
	S(CONCEPTS, "SELECT " ITEM_COLS("c", "k") " FROM concept c " \
	    "JOIN kind k ON k.pos = c.kind WHERE k.slug = ?1 ORDER BY c.id") \
	S(ITEM, "SELECT " ITEM_COLS("c", "k") " FROM concept c " \
	    "JOIN kind k ON k.pos = c.kind WHERE c.slug = ?1") \
	S(CONCEPT, "SELECT " ITEM_COLS("c", "k") ", c.summary, c.role, c.date " \
	    "FROM concept c JOIN kind k ON k.pos = c.kind WHERE c.slug = ?1") \
	S(BRIEF, "SELECT " ITEM_COLS("c", "k") ", c.summary, " \
	    "(SELECT count(*) FROM link WHERE src = c.id), " \
	    "(SELECT count(*) FROM link WHERE dst = c.id), " \
	    "(SELECT count(*) FROM list_item WHERE concept = c.id), " \
	    "(SELECT count(*) FROM citation WHERE concept = c.id) " \
	    "FROM concept c JOIN kind k ON k.pos = c.kind WHERE c.slug = ?1") \
	S(ALIASES, "SELECT alias FROM alias WHERE concept = ?1 ORDER BY pos") \
	S(CITES, "SELECT a.slug, a.name, ar.title, ar.outlet, a.date, ci.quote " \
	    "FROM citation ci JOIN concept a ON a.id = ci.article " \
	    "LEFT JOIN article ar ON ar.id = a.id WHERE ci.concept = ?1 ORDER BY ci.id") \
	S(LINKS, LINK_SQL("r.name, r.name_en", "dst", "src")) \
	S(BACKLINKS, LINK_SQL("r.inverse, r.inverse_en", "src", "dst")) \
	S(LINK_GROUPS, LINK_GROUPS("src")) \
	S(BACKLINK_GROUPS, LINK_GROUPS("dst")) \
	S(LISTREFS, "SELECT li.slug, li.name, li.name_en, a.slug, i.pos, " \
	    "li.count FROM list_item i " \
	    "JOIN list li ON li.id = i.list JOIN concept a ON a.id = li.article " \
	    "WHERE i.concept = ?1 ORDER BY li.id") \
	S(ARTICLE, "SELECT title, outlet, url FROM article WHERE id = ?1") \
	S(MENTIONS, "SELECT " ITEM_COLS("t", "k") ", ci.quote, min(ci.offset) AS first " \
	    "FROM citation ci JOIN concept t ON t.id = ci.concept " \
	    "JOIN kind k ON k.pos = t.kind WHERE ci.article = ?1 AND ci.concept <> ?1 " \
	    "GROUP BY ci.concept ORDER BY first, t.slug") \
	S(LISTS, "SELECT li.slug, li.name, li.name_en, a.slug, 0, " \
	    "li.count, a.name FROM list li " \
	    "JOIN concept a ON a.id = li.article ORDER BY li.article, li.offset, li.id LIMIT ?1") \
	S(LIST_COUNT, "SELECT count(*) FROM list") \
	S(LIST, "SELECT li.slug, li.name, li.name_en, a.slug, 0, " \
	    "li.count, li.quote, li.id " \
	    "FROM list li JOIN concept a ON a.id = li.article WHERE li.slug = ?1") \
	S(LIST_ITEMS, "SELECT " ITEM_COLS("c", "k") " FROM list_item i " \
	    "JOIN concept c ON c.id = i.concept JOIN kind k ON k.pos = c.kind " \
	    "WHERE i.list = ?1 ORDER BY i.pos") \
	S(SEARCH_COUNT, "SELECT count(*) FROM (SELECT 1 FROM search WHERE search MATCH ?1 LIMIT ?2)") \
	S(SEARCH_EXACT, "SELECT id FROM concept WHERE fold = ?1 " \
	    "UNION SELECT concept FROM alias WHERE fold = ?1") \
	S(SEARCH_TIER, "SELECT rowid FROM search WHERE search MATCH ?1 ORDER BY rowid") \
	S(TERMS, "SELECT term FROM term WHERE term >= ?1 AND term < ?2 ORDER BY term LIMIT ?3") \
	S(SEARCH_HIT, "SELECT " ITEM_COLS("c", "k") ", " \
	    "(SELECT group_concat(alias, char(31)) FROM (SELECT alias FROM alias WHERE concept = c.id ORDER BY pos)), " \
	    "c.summary, " \
	    "CASE WHEN c.id IN (SELECT value FROM json_each(?2)) THEN " \
	    "(SELECT group_concat(quote, char(31)) FROM (SELECT quote FROM citation WHERE concept = c.id ORDER BY id)) END " \
	    "FROM concept c JOIN kind k ON k.pos = c.kind " \
	    "WHERE c.id IN (SELECT value FROM json_each(?1)) ORDER BY c.id")

enum stmt_id {
#define S(id, sql) ST_##id,
	STATEMENTS
#undef S
	ST_COUNT
};

static const char *const stmt_sql[ST_COUNT] = {
#define S(id, sql) [ST_##id] = sql,
	STATEMENTS
#undef S
};

/* Every call gets this long; a hostile schema (a generated column that
 * costs seconds a row) is interrupted instead of hanging the browser. */
#define STORE_CALL_MS 1000
/* All of SQLite's memory; a hostile file cannot take more. */
#define STORE_HEAP_LIMIT (128 * 1024 * 1024)

struct store {
	sqlite3 *db;
	sqlite3_stmt *stmt[ST_COUNT];
	char err[256];
	struct timespec deadline;
};

const char *
store_error(const struct store *st)
{
	return st->err;
}

/* SQLite's message can quote the schema, which the file controls: it is
 * cleaned like any text from the database before it reaches a terminal. */
static int
store_fail(struct store *st, const char *what)
{
	const char *msg = sqlite3_errcode(st->db) == SQLITE_INTERRUPT
	    ? "a query took too long; the database may be hostile" : sqlite3_errmsg(st->db);
	char *clean = text_clean(msg, strlen(msg)), *cut;

	cut = text_truncate(clean ? clean : "", clean ? strlen(clean) : 0,
	    sizeof st->err - strlen(what) - 3);
	snprintf(st->err, sizeof st->err, "%s: %s", what, cut ? cut : "out of memory");
	free(clean);
	free(cut);
	return STORE_ERROR;
}

static void
begin_call(struct store *st)
{
	clock_gettime(CLOCK_MONOTONIC, &st->deadline);
	st->deadline.tv_sec += STORE_CALL_MS / 1000;
	st->deadline.tv_nsec += (STORE_CALL_MS % 1000) * 1000000L;
	if (st->deadline.tv_nsec >= 1000000000L) {
		st->deadline.tv_sec++;
		st->deadline.tv_nsec -= 1000000000L;
	}
}

/* SQLite calls this every few thousand steps: nonzero interrupts. */
static int
past_deadline(void *arg)
{
	const struct store *st = arg;
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return now.tv_sec > st->deadline.tv_sec ||
	    (now.tv_sec == st->deadline.tv_sec && now.tv_nsec > st->deadline.tv_nsec);
}

/* A URI with every unusual byte escaped, so no file name is read as a URI
 * parameter or an option; immutable=1 because the file is never written. */
static char *
path_uri(const char *path)
{
	static const char hex[] = "0123456789ABCDEF";
	struct buf b = BUF_INIT;

	buf_adds(&b, "file:");
	if (path[0] != '/')
		buf_adds(&b, "./");
	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || strchr("/._-", *p)) {
			buf_addc(&b, (char)*p);
		} else {
			buf_addc(&b, '%');
			buf_addc(&b, hex[*p >> 4]);
			buf_addc(&b, hex[*p & 15]);
		}
	}
	buf_adds(&b, "?mode=ro&immutable=1");
	return buf_finish(&b);
}

/* SQLite's advice for files from elsewhere: no schema code runs, small limits. */
static void
harden(sqlite3 *db)
{
	sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
	sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
	sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, NULL);
	sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, NULL);
	sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, NULL);
	sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 64 * 1024 * 1024);
	sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, 100000);
	sqlite3_limit(db, SQLITE_LIMIT_COLUMN, 100);
	sqlite3_limit(db, SQLITE_LIMIT_EXPR_DEPTH, 100);
	sqlite3_limit(db, SQLITE_LIMIT_COMPOUND_SELECT, 8);
	sqlite3_limit(db, SQLITE_LIMIT_VDBE_OP, 100000);
	sqlite3_limit(db, SQLITE_LIMIT_FUNCTION_ARG, 8);
	sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
	sqlite3_limit(db, SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 50);
	sqlite3_limit(db, SQLITE_LIMIT_VARIABLE_NUMBER, 10);
	sqlite3_limit(db, SQLITE_LIMIT_TRIGGER_DEPTH, 1);
}

static int
pragma_int(sqlite3 *db, const char *sql, int *value)
{
	sqlite3_stmt *s;
	int rc = sqlite3_prepare_v2(db, sql, -1, &s, NULL);

	if (rc == SQLITE_OK && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		*value = sqlite3_column_int(s, 0);
		rc = SQLITE_OK;
	}
	sqlite3_finalize(s);
	return rc;
}

/* "reason" or "reason (detail)", malloc'd. */
static char *
open_error(const char *reason, const char *detail)
{
	struct buf b = BUF_INIT;
	char *clean = detail ? text_clean(detail, strlen(detail)) : NULL;

	buf_adds(&b, _(reason));
	if (clean)
		buf_printf(&b, " (%s)", clean);
	free(clean);
	return buf_finish(&b);
}

/* Refuse what SQLite would otherwise accept quietly: a missing file, a
 * directory, a device. */
static char *
check_file(const char *path)
{
	struct stat sb;

	if (stat(path, &sb) != 0)
		return open_error(strerror(errno), NULL);
	if (S_ISDIR(sb.st_mode))
		return open_error(strerror(EISDIR), NULL);
	if (!S_ISREG(sb.st_mode))
		return open_error(N_("not a regular file"), NULL);
	if (sb.st_size == 0)
		return open_error(N_("empty file, not a tekdip database"), NULL);
	return NULL;
}

/* A private copy of `len` bytes as the read-only main database of `db`;
 * SQLite frees the copy, even when it refuses it. */
static int
load_image(sqlite3 *db, const void *data, size_t len)
{
	unsigned char *copy;

	if ((uint64_t)len > (uint64_t)INT64_MAX)
		return SQLITE_TOOBIG;
	if ((copy = sqlite3_malloc64(len)) == NULL)
		return SQLITE_NOMEM;
	memcpy(copy, data, len);
	return sqlite3_deserialize(db, "main", copy, (sqlite3_int64)len,
	    (sqlite3_int64)len,
	    SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_READONLY);
}

/*
 * The columns the statements read.  A file that lacks one is refused at
 * open, as damaged, rather than on the first page that needs it: the
 * statements themselves are prepared only when first run.  `search` is
 * FTS5's: it must be a virtual table with FTS5's own tables beside it.
 */
static const char *const required[] = {
	"kind pos slug name name_en plural plural_en gloss count",
	"relation pos slug name name_en inverse inverse_en",
	"concept id slug kind name name_en gloss summary role date fold",
	"article id file title outlet url",
	"alias concept pos alias fold",
	"citation id concept article offset quote",
	"link id src relation dst article quote",
	"list id slug name name_en article offset quote count",
	"list_item list pos concept",
	"search_data id block",
	"search_idx segid term pgno",
	"term term",
};

/* Past a quoted string or identifier: '...', "...", `...` (a doubled
 * quote is one quote inside) or [...]. */
static const char *
skip_quoted(const char *p)
{
	char close = *p == '[' ? ']' : *p;

	for (p++; *p; p++) {
		if (*p != close)
			continue;
		if (close != ']' && p[1] == close) {
			p++;
			continue;
		}
		return p + 1;
	}
	return p;
}

/*
 * Whether a CREATE statement has the keyword AS outside quotes and
 * comments.  A computed column cannot be declared without it ("GENERATED
 * ALWAYS AS (...)" or "AS (...)"), and tekdip's tables never use it:
 * computed columns are code the file brings along, run on every read, and
 * one call can take seconds beyond the progress handler's reach.
 */
static int
has_as_keyword(const char *sql)
{
	for (const char *p = sql; *p;) {
		if (*p == '\'' || *p == '"' || *p == '`' || *p == '[') {
			p = skip_quoted(p);
		} else if (p[0] == '-' && p[1] == '-') {
			p += strcspn(p, "\n");
		} else if (p[0] == '/' && p[1] == '*') {
			const char *end = strstr(p + 2, "*/");

			p = end ? end + 2 : p + strlen(p);
		} else if (isalnum((unsigned char)*p) || *p == '_' || *p == '$' || (unsigned char)*p >= 0x80) {
			const char *w = p;

			while (isalnum((unsigned char)*p) || *p == '_' || *p == '$' || (unsigned char)*p >= 0x80)
				p++;
			if (p - w == 2 && strncasecmp(w, "as", 2) == 0)
				return 1;
		} else {
			p++;
		}
	}
	return 0;
}

/* Every table's CREATE statement: none may have a computed column, and
 * `search` must be a virtual table. */
static char *
check_tables(sqlite3 *db)
{
	static const char sql[] = "SELECT name, sql FROM sqlite_schema WHERE type = 'table'";
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL), computed = 0, fts = 0;

	while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *name = (const char *)sqlite3_column_text(st, 0);
		const char *create = (const char *)sqlite3_column_text(st, 1);

		computed |= create && has_as_keyword(create);
		if (name && create && strcmp(name, "search") == 0)
			fts = strncasecmp(create, "CREATE VIRTUAL TABLE", 20) == 0;
		rc = SQLITE_OK;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return open_error(N_("damaged tekdip database"), sqlite3_errmsg(db));
	if (computed)
		return open_error("not a tekdip database (computed columns are not allowed)", NULL);
	/* FTS5 reads its own configuration (a format from the future, say)
	 * at the first search, which then fails as damaged: 0.15 ms of every
	 * start, and the rest of the reference still reads */
	if (!fts)
		return open_error(N_("damaged tekdip database"), "search is not a full-text index");
	return NULL;
}

/* The `n` bytes at `s` as a string in `dst` (of 32), cut to fit: the
 * names in `required`, copied without snprintf, which cost more than
 * the 61 lookups they are for. */
static void
name_copy(char dst[32], const char *s, size_t n)
{
	n = n < 31 ? n : 31;
	memcpy(dst, s, n);
	dst[n] = '\0';
}

/* The first required column that is not there, as a reason, or NULL. */
static char *
check_columns(sqlite3 *db)
{
	for (size_t t = 0; t < sizeof required / sizeof *required; t++) {
		char table[32], col[32];
		const char *p = required[t] + strcspn(required[t], " ");

		name_copy(table, required[t], (size_t)(p - required[t]));
		while (*p++) {
			size_t n = strcspn(p, " ");
			struct buf why = BUF_INIT;

			name_copy(col, p, n);
			p += n;
			if (sqlite3_table_column_metadata(db, "main", table, col,
			    NULL, NULL, NULL, NULL, NULL) == SQLITE_OK)
				continue;
			buf_printf(&why, "no column %s.%s", table, col);
			return buf_finish(&why);
		}
	}
	return NULL;
}

static char *
verify(struct store *st)
{
	char *err, *missing;
	int app = 0, ver = 0, rc;

	rc = pragma_int(st->db, "PRAGMA application_id", &app);
	if (rc == SQLITE_OK)
		rc = pragma_int(st->db, "PRAGMA user_version", &ver);
	if (rc != SQLITE_OK)
		return open_error(N_("not a tekdip database"), sqlite3_errstr(rc));
	if ((unsigned)app != STORE_APPLICATION_ID)
		return open_error("not a tekdip database (wrong application id)", NULL);
	if (ver != STORE_USER_VERSION)
		return open_error(N_("unsupported tekdip database version"), NULL);
	if ((err = check_tables(st->db)) != NULL)
		return err;
	if ((missing = check_columns(st->db)) != NULL) {
		err = open_error(N_("damaged tekdip database"), missing);
		free(missing);
	}
	return err;
}

/* tekdip reads from one thread, so SQLite's mutexes are a cost without a
 * use (a twentieth of a search).  Refused, harmlessly, once SQLite has
 * started: the setting is for the whole process. */
static void
single_thread(void)
{
	static int asked;

	if (!asked) {
		asked = 1;
		sqlite3_config(SQLITE_CONFIG_SINGLETHREAD);
	}
}

/*
 * The one way a store comes to be: open `name` with `flags`, harden the
 * connection, then load `image` into it when there is one and check it
 * (statements are prepared when first run).  NULL with *err on failure.
 */
static struct store *
store_start(const char *name, int flags, const void *image, size_t len,
    char **err)
{
	struct store *st;
	int rc;

	if ((st = calloc(1, sizeof *st)) == NULL) {
		*err = open_error(strerror(ENOMEM), NULL);
		return NULL;
	}
	single_thread();
	sqlite3_hard_heap_limit64(STORE_HEAP_LIMIT);
	rc = sqlite3_open_v2(name, &st->db, flags, NULL);
	if (rc == SQLITE_OK) {
		harden(st->db);
		begin_call(st);
		sqlite3_progress_handler(st->db, 1000, past_deadline, st);
		if (image != NULL)
			rc = load_image(st->db, image, len);
	}
	if (rc != SQLITE_OK) {
		*err = open_error(st->db && sqlite3_errcode(st->db) == rc ?
		    sqlite3_errmsg(st->db) : sqlite3_errstr(rc), NULL);
		store_close(st);
		return NULL;
	}
	if ((*err = verify(st)) != NULL) {
		store_close(st);
		return NULL;
	}
	return st;
}

struct store *
store_open(const char *path, char **err)
{
	struct store *st;
	char *uri;

	if ((*err = check_file(path)) != NULL)
		return NULL;
	if ((uri = path_uri(path)) == NULL) {
		*err = open_error(strerror(ENOMEM), NULL);
		return NULL;
	}
	st = store_start(uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL, 0, err);
	free(uri);
	return st;
}

struct store *
store_open_image(const void *data, size_t len, char **err)
{
	if (len == 0) {
		*err = open_error(N_("empty image, not a tekdip database"), NULL);
		return NULL;
	}
	return store_start(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY,
	    data, len, err);
}

void
store_close(struct store *st)
{
	if (!st)
		return;
	for (int i = 0; i < ST_COUNT; i++)
		sqlite3_finalize(st->stmt[i]);
	sqlite3_close(st->db);
	free(st);
}

/* --- running statements ---------------------------------------------- */

/* Statement `id`, prepared the first time it is needed: opening a
 * database prepares none, so a reader who looks and quits pays for none.
 * NULL after recording the error; the calls that follow take NULL as a
 * statement that failed. */
static sqlite3_stmt *
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
static int
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
static const char *
clean_copy(struct arena *a, const char *t, size_t len)
{
	if (text_is_clean(t, len))
		return arena_strndup(a, t, len);
	return arena_take(a, text_clean(t, len));
}

/* A cleaned copy of column `col`, or NULL for SQL NULL when `nullable`. */
static const char *
col_text(struct arena *a, sqlite3_stmt *s, int col, int nullable)
{
	const char *t = (const char *)sqlite3_column_text(s, col);

	if (!t)
		return nullable ? NULL : arena_strdup(a, "");
	return clean_copy(a, t, (size_t)sqlite3_column_bytes(s, col));
}

static void
read_item(struct arena *a, sqlite3_stmt *s, int col, struct store_item *it)
{
	it->id = sqlite3_column_int64(s, col);
	it->slug = col_text(a, s, col + 1, 0);
	it->kind = col_text(a, s, col + 2, 0);
	it->name = col_text(a, s, col + 3, 0);
	it->name_en = col_text(a, s, col + 4, 0);
	it->gloss = col_text(a, s, col + 5, 0);
}

/* Grow an arena array by one element (doubling; old space stays in the arena). */
static void *
push(struct arena *a, void *v, size_t *n, size_t *cap, size_t size)
{
	if (*n == *cap) {
		size_t ncap = *cap ? *cap * 2 : 8;
		void *nv = arena_array(a, ncap, size);

		if (!nv)
			return NULL;
		if (*n)
			memcpy(nv, v, *n * size);
		v = nv;
		*cap = ncap;
	}
	(*n)++;
	return v;
}

#define PUSH(a, arr, n, cap) \
	((arr) = push((a), (arr), &(n), &(cap), sizeof *(arr)), (arr) ? &(arr)[(n) - 1] : NULL)

/* Run statement `s` to its end, calling `row` for each result row. */
static int
each_row(struct store *st, struct arena *a, sqlite3_stmt *s,
    int (*row)(struct arena *, sqlite3_stmt *, void *), void *ctx)
{
	int rc;

	while ((rc = stmt_step(st, s)) == SQLITE_ROW) {
		if (row(a, s, ctx) < 0 || a->failed) {
			sqlite3_reset(s);
			snprintf(st->err, sizeof st->err, "out of memory");
			return STORE_ERROR;
		}
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE ? STORE_OK : STORE_ERROR;
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
	struct store_kind *k = PUSH(a, c->out->v, c->out->n, c->cap);

	if (!k)
		return -1;
	k->slug = col_text(a, s, 0, 0);
	k->name = col_text(a, s, 1, 0);
	k->name_en = col_text(a, s, 2, 0);
	k->plural = col_text(a, s, 3, 0);
	k->plural_en = col_text(a, s, 4, 0);
	k->gloss = col_text(a, s, 5, 0);
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
	if ((rc = each_row(st, &out->mem, stmt_begin(st, ST_KINDS), kind_row, &c)) != STORE_OK)
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
	struct store_item *it = PUSH(a, c->out->v, c->out->n, c->cap);

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
	rc = each_row(st, &out->mem, s, item_row, &c);
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
	const char **p = PUSH(a, cc->c->aliases, cc->c->naliases, cc->cap);

	if (!p)
		return -1;
	*p = col_text(a, s, 0, 0);
	return 0;
}

static int
cite_row(struct arena *a, sqlite3_stmt *s, void *ctx)
{
	struct concept_ctx *cc = ctx;
	struct store_cite *ci = PUSH(a, cc->c->cites, cc->c->ncites, cc->cap);

	if (!ci)
		return -1;
	ci->article = col_text(a, s, 0, 0);
	ci->article_name = col_text(a, s, 1, 0);
	ci->title = col_text(a, s, 2, 1);
	ci->outlet = col_text(a, s, 3, 1);
	ci->date = col_text(a, s, 4, 1);
	ci->quote = col_text(a, s, 5, 0);
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
	return 0;
}

static int
link_row(struct arena *a, sqlite3_stmt *s, void *ctx)
{
	struct concept_ctx *cc = ctx;

	return read_link(a, s, PUSH(a, cc->c->links, cc->c->nlinks, cc->cap), cc->total);
}

static int
backlink_row(struct arena *a, sqlite3_stmt *s, void *ctx)
{
	struct concept_ctx *cc = ctx;

	return read_link(a, s, PUSH(a, cc->c->backlinks, cc->c->nbacklinks, cc->cap), cc->total);
}

static void
read_listref(struct arena *a, sqlite3_stmt *s, struct store_listref *r)
{
	r->slug = col_text(a, s, 0, 0);
	r->name = col_text(a, s, 1, 0);
	r->name_en = col_text(a, s, 2, 0);
	r->article = col_text(a, s, 3, 0);
	r->pos = sqlite3_column_int(s, 4);
	r->count = sqlite3_column_int(s, 5);
	r->article_name = NULL;
}

static int
listref_row(struct arena *a, sqlite3_stmt *s, void *ctx)
{
	struct concept_ctx *cc = ctx;
	struct store_listref *r = PUSH(a, cc->c->lists, cc->c->nlists, cc->cap);

	if (!r)
		return -1;
	read_listref(a, s, r);
	return 0;
}

static int
mention_row(struct arena *a, sqlite3_stmt *s, void *ctx)
{
	struct concept_ctx *cc = ctx;
	struct store_mention *m = PUSH(a, cc->c->mentions, cc->c->nmentions, cc->cap);

	if (!m)
		return -1;
	read_item(a, s, 0, &m->item);
	m->quote = col_text(a, s, ITEM_NCOLS, 0);
	return 0;
}

static int
article_row(struct arena *a, sqlite3_stmt *s, void *ctx)
{
	struct concept_ctx *cc = ctx;

	cc->c->title = col_text(a, s, 0, 1);
	cc->c->outlet = col_text(a, s, 1, 1);
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
	out->role = col_text(a, s, ITEM_NCOLS + 1, 1);
	out->date = col_text(a, s, ITEM_NCOLS + 2, 1);
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
		struct link_group *g = PUSH(a, *out, *n, cap);

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
	for (size_t i = 0; rc == STORE_OK && i < n; i++) {
		sqlite3_stmt *s;

		if (relation && g[i].relation != relation)
			continue;
		s = stmt_begin(st, backlinks ? ST_BACKLINKS : ST_LINKS);
		sqlite3_bind_int64(s, 1, out->self.id);
		sqlite3_bind_int64(s, 2, g[i].relation);
		sqlite3_bind_int64(s, 3, keep);
		cc.total = g[i].count;
		rc = each_row(st, &out->mem, s, backlinks ? backlink_row : link_row, &cc);
	}
	return rc;
}

int
store_concept_page(struct store *st, const char *slug, size_t budget, struct store_concept *out)
{
	int rc;

	begin_call(st);
	memset(out, 0, sizeof *out);
	rc = concept_head(st, slug, out);
	for (size_t i = 0; rc == STORE_OK && i < sizeof concept_parts / sizeof *concept_parts; i++) {
		struct concept_ctx cc = { out, 0, 0 };
		sqlite3_stmt *s = stmt_begin(st, concept_parts[i].stmt);

		sqlite3_bind_int64(s, 1, out->self.id);
		rc = each_row(st, &out->mem, s, concept_parts[i].row, &cc);
	}
	for (int back = 0; rc == STORE_OK && back < 2; back++)
		rc = concept_links(st, out, back, 0, budget);
	if (rc != STORE_OK)
		store_concept_free(out);
	return rc;
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
 * quotes, operators and AND/OR/NEAR are plain text.  With `terms`, a word
 * the term table spelled out is its terms instead, ("a" OR "b"), which
 * FTS5 streams.  `cols` restricts the match to some columns.
 */
static char *
fts_query(const struct text_tokens *t, char *const *terms, const char *cols)
{
	struct buf b = BUF_INIT;

	if (cols)
		buf_printf(&b, "{%s} : (", cols);
	for (size_t i = 0; i < t->n; i++) {
		if (i)
			buf_adds(&b, " AND ");
		if (terms && terms[i]) {
			buf_adds(&b, terms[i]);
		} else {
			fts_quote(&b, t->v[i]);
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

/* Characters in a folded word, which is valid UTF-8. */
static size_t
word_chars(const char *s)
{
	size_t n = 0, len = strlen(s);

	for (size_t i = 0; i < len; n++) {
		size_t step = text_char_length((unsigned char)s[i]);

		i += step ? step : 1;
	}
	return n;
}

/*
 * The terms the term table holds that start with `word`, as ("a" OR "b"),
 * into *out; NULL for a word FTS5 has a prefix index for, or when there
 * are no such terms or more than TERMS_MAX (FTS5 then reads the prefix
 * itself).  A prefix of four letters or more has no index, and FTS5 merges
 * the postings of every term it starts before the first row: 10 ms for
 * "dipl" at 100,000 concepts, on every keystroke; spelled out, 0.1 ms.
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
	if (word_chars(word) <= PREFIX_INDEXED)
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

/* A joined column of strings separated by U+001F, as an array. */
static const char **
split_units(struct arena *a, const char *s, size_t *n)
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

		v[i++] = clean_copy(a, tok, len);
		if (!sep)
			break;
	}
	*n = i;
	return v;
}

/*
 * The tiers of a search, in rank order: a name or alias that is the query
 * (from an index), then every word in the names or aliases, in the English
 * name, gloss or summary, anywhere at all (quotes).  Each later tier leaves
 * out the ones before it, so the tiers split the matches without overlap.
 */
enum { TIER_EXACT, TIER_NAMES, TIER_TEXTS, TIER_ANY, TIERS };

/* Exact names are a handful; any beyond this rank in the names tier. */
#define EXACT_MAX 16

struct search_plan {
	char *all, *tier[TIERS];	/* FTS5 queries; the exact tier uses exact_ids */
	char *exact;			/* the words as one folded name */
	int64_t exact_ids[EXACT_MAX];
	size_t nexact;
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

/* `want` without the matches of the tiers before it (`b` may be NULL). */
static char *
fts_without(const char *want, const char *a, const char *b)
{
	struct buf buf = BUF_INIT;

	buf_printf(&buf, "(%s) NOT %s", want, a);
	if (b)
		buf_printf(&buf, " NOT %s", b);
	return buf_finish(&buf);
}

/*
 * The queries of a search.  Each word is spelled out as its terms where
 * the term table can, except in the names tier's own query: that one
 * reads every match (names are few among them), and FTS5 reads a prefix
 * restricted to two columns faster whole than as terms.
 */
static int
plan_make(struct store *st, const struct text_tokens *t, struct search_plan *p)
{
	char *terms[TEXT_TOKENS_MAX] = { 0 }, *names = NULL, *texts = NULL;
	int rc = STORE_OK;

	memset(p, 0, sizeof *p);
	for (size_t i = 0; i < t->n && rc == STORE_OK; i++)
		rc = spell_out(st, t->v[i], &terms[i]);
	if (rc == STORE_OK) {
		p->all = fts_query(t, terms, NULL);
		p->tier[TIER_NAMES] = fts_query(t, NULL, "name alias");
		names = fts_query(t, terms, "name alias");
		texts = fts_query(t, terms, "en summary");
		p->exact = joined_tokens(t);
		if (p->all && names && texts) {
			p->tier[TIER_TEXTS] = fts_without(texts, names, NULL);
			p->tier[TIER_ANY] = fts_without(p->all, names, texts);
		}
		if (!p->all || !p->exact || !p->tier[TIER_NAMES] || !p->tier[TIER_TEXTS] ||
		    !p->tier[TIER_ANY])
			rc = store_fail(st, "out of memory");
	}
	for (size_t i = 0; i < t->n; i++)
		free(terms[i]);
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
	for (int t = TIER_NAMES; t < TIERS && !*more; t++) {
		sqlite3_stmt *s = stmt_begin(st, ST_SEARCH_TIER);
		int rc = SQLITE_DONE;

		sqlite3_bind_text(s, 1, p->tier[t], -1, SQLITE_STATIC);
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
search_count(struct store *st, const char *match, size_t upto, struct store_hits *out)
{
	sqlite3_stmt *s = stmt_begin(st, ST_SEARCH_COUNT);
	int rc;

	sqlite3_bind_text(s, 1, match, -1, SQLITE_STATIC);
	sqlite3_bind_int64(s, 2, (sqlite3_int64)upto);
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
		h->aliases = split_units(a, (const char *)sqlite3_column_text(s, ITEM_NCOLS), &h->naliases);
		h->summary = col_text(a, s, ITEM_NCOLS + 1, 0);
		h->quotes = split_units(a, (const char *)sqlite3_column_text(s, ITEM_NCOLS + 2), &h->nquotes);
	}
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

int
store_search(struct store *st, const char *query, size_t limit, size_t offset,
    struct store_hits *out)
{
	struct search_plan plan;
	struct gather g = { 0 };
	int rc = STORE_ERROR, more = 0;

	begin_call(st);
	memset(out, 0, sizeof *out);
	if (text_tokens(query, strlen(query), &out->tokens) < 0)
		return store_fail(st, "out of memory");
	if (out->tokens.n == 0)
		return STORE_OK;	/* a blank query finds nothing, not everything */
	g.want = limit ? limit : 1;
	g.skip = offset;
	g.ids = arena_array(&out->mem, g.want, sizeof *g.ids);
	g.tiers = arena_array(&out->mem, g.want, sizeof *g.tiers);
	if (!g.ids || !g.tiers) {
		memset(&plan, 0, sizeof plan);
		store_fail(st, "out of memory");
		goto done;
	}
	if ((rc = plan_make(st, &out->tokens, &plan)) != STORE_OK)
		goto done;
	if ((rc = gather_exact(st, &plan, &g)) != STORE_OK ||
	    (rc = gather_tiers(st, &plan, &g, &more)) != STORE_OK)
		goto done;
	/* a search read to its end has counted its matches on the way */
	out->total = g.seen;
	if (more && (rc = search_count(st, plan.all, offset + g.want + STORE_COUNT_MAX,
	    out)) != STORE_OK)
		goto done;
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

/* --- enumerated lists ------------------------------------------------ */

struct lists_ctx {
	struct store_lists *out;
	size_t cap;
};

static int
lists_row(struct arena *a, sqlite3_stmt *s, void *ctx)
{
	struct lists_ctx *c = ctx;
	struct store_listref *r = PUSH(a, c->out->v, c->out->n, c->cap);

	if (!r)
		return -1;
	read_listref(a, s, r);
	r->article_name = col_text(a, s, 6, 0);
	return 0;
}

int
store_lists_page(struct store *st, size_t limit, struct store_lists *out)
{
	struct lists_ctx c = { out, 0 };
	sqlite3_stmt *s;
	int rc;

	begin_call(st);
	memset(out, 0, sizeof *out);
	s = stmt_begin(st, ST_LISTS);
	sqlite3_bind_int64(s, 1, limit ? (sqlite3_int64)limit : -1);
	rc = each_row(st, &out->mem, s, lists_row, &c);
	out->total = out->n;
	if (rc == STORE_OK && limit && out->n == limit) {
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

int
store_lists(struct store *st, struct store_lists *out)
{
	return store_lists_page(st, 0, out);
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
	sqlite3_reset(s);
	s = stmt_begin(st, ST_LIST_ITEMS);
	sqlite3_bind_int64(s, 1, id);
	rc = each_row(st, &out->mem, s, item_row, &c);
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
