/* store_open.c: opening a tekdip database defensively, and the errors of every call. */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <sqlite3.h>

#include "buf.h"
#include "i18n.h"
#include "store_private.h"
#include "text.h"
const char *
store_error(const struct store *st)
{
	return st->err;
}

/* SQLite's message can quote the schema, which the file controls: it is
 * cleaned like any text from the database before it reaches a terminal. */
int
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

void
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
	sqlite3_limit(db, SQLITE_LIMIT_LENGTH, STORE_VALUE_MAX);
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
	/* SQLite's default 2 MB cache is less than one article's passages
	 * touch in a large reference (a concept page each): every opening
	 * read them again from the file.  Pages are cached as used, so a
	 * small database costs no more. */
	sqlite3_exec(db, "PRAGMA cache_size = -" STORE_CACHE_KB, NULL, NULL, NULL);
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
	"concept id slug kind name name_en gloss summary role date fold summary_en vi",
	"article id file title outlet url",
	"alias concept pos alias fold",
	"citation id concept article offset quote",
	"link id src relation dst article quote offset",
	"paragraph article pos offset text",
	"list id slug name name_en article offset quote count summary summary_en",
	"list_about list pos concept",
	"list_item list pos concept",
	"search_data id block",
	"search_idx segid term pgno",
	"term term freq",
	"exact key id",
};

/* Whether `col` is one of the space-separated words of `cols`. */
static int
has_word(const char *cols, const char *col)
{
	size_t n = strlen(col);

	for (const char *p = cols; (p = strstr(p, col)) != NULL; p += n)
		if ((p == cols || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
			return 1;
	return 0;
}

/* The required columns of table `name`, after its name, or NULL. */
static const char *
required_of(const char *name)
{
	size_t n = strlen(name);

	for (size_t t = 0; t < sizeof required / sizeof *required; t++)
		if (strncmp(required[t], name, n) == 0 && required[t][n] == ' ')
			return required[t] + n + 1;
	return NULL;
}

static size_t
required_total(void)
{
	size_t n = 0;

	for (size_t t = 0; t < sizeof required / sizeof *required; t++)
		for (const char *p = required[t]; (p = strchr(p, ' ')) != NULL; p++)
			n++;
	return n;
}

/* The first required column the file lacks, as a reason. */
static char *
first_missing(sqlite3 *db)
{
	for (size_t t = 0; t < sizeof required / sizeof *required; t++) {
		char table[32], col[32];
		const char *p = required[t] + strcspn(required[t], " ");
		size_t n = (size_t)(p - required[t]);

		memcpy(table, required[t], n < 31 ? n : 31);
		table[n < 31 ? n : 31] = '\0';
		while (*p++) {
			struct buf why = BUF_INIT;

			n = strcspn(p, " ");
			memcpy(col, p, n < 31 ? n : 31);
			col[n < 31 ? n : 31] = '\0';
			p += n;
			if (sqlite3_table_column_metadata(db, "main", table, col,
			    NULL, NULL, NULL, NULL, NULL) == SQLITE_OK)
				continue;
			buf_printf(&why, "no column %s.%s", table, col);
			return buf_finish(&why);
		}
	}
	return strdup("a required column is missing");
}

/* Table `name`'s columns, as SQLite itself reports them: adds to *found
 * those of `cols` (its required ones, or NULL), and notes a computed one. */
static int
table_columns(sqlite3 *db, const char *name, const char *cols, size_t *found, int *computed)
{
	char *sql = sqlite3_mprintf("PRAGMA main.table_xinfo(\"%w\")", name);
	sqlite3_stmt *st = NULL;
	int rc = sql ? sqlite3_prepare_v2(db, sql, -1, &st, NULL) : SQLITE_NOMEM;

	sqlite3_free(sql);
	while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *col = (const char *)sqlite3_column_text(st, 1);
		int hidden = sqlite3_column_int(st, 6);

		*computed |= hidden == 2 || hidden == 3;
		*found += cols && col && hidden != 1 && has_word(cols, col);
		rc = SQLITE_OK;
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/*
 * Every column of every table, from PRAGMA table_xinfo: none may be
 * computed (its hidden 2 and 3: code the file brings along, run on every
 * read, and one call can take seconds beyond the progress handler's
 * reach), `search` must be a virtual table, and every column the
 * statements read must be there.  One pragma a table: the table-valued
 * pragma_table_xinfo() joined to sqlite_schema prepares the same pragma
 * for each table behind a virtual table, and a start took longer (NEWS).
 */
static char *
check_tables(sqlite3 *db)
{
	/* A virtual table is not asked for its columns: that would connect
	 * to it, and FTS5 would read its configuration at every start. */
	static const char sql[] = "SELECT name, sql LIKE 'CREATE VIRTUAL TABLE%' "
	    "FROM sqlite_schema WHERE type = 'table'";
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL), computed = 0, fts = 0;
	size_t found = 0;
	char *missing, *err;

	while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *table = (const char *)sqlite3_column_text(st, 0);
		int virtual = sqlite3_column_int(st, 1);

		if (table && strcmp(table, "search") == 0)
			fts = virtual;
		rc = table && !virtual ? table_columns(db, table, required_of(table), &found, &computed)
		    : SQLITE_OK;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return open_error(N_("damaged tekdip database"), sqlite3_errmsg(db));
	if (computed)
		return open_error("not a tekdip database (computed columns are not allowed)", NULL);
	/* FTS5 reads its own configuration (a format from the future, say)
	 * at the first search, which then fails as damaged, and the rest of
	 * the reference still reads */
	if (!fts)
		return open_error(N_("damaged tekdip database"), "search is not a full-text index");
	if (found == required_total())
		return NULL;
	missing = first_missing(db);
	err = open_error(N_("damaged tekdip database"), missing);
	free(missing);
	return err;
}

static char *
verify(struct store *st)
{
	int app = 0, ver = 0, rc;

	rc = pragma_int(st->db, "PRAGMA application_id", &app);
	if (rc == SQLITE_OK)
		rc = pragma_int(st->db, "PRAGMA user_version", &ver);
	if (rc != SQLITE_OK)
		return open_error(N_("not a tekdip database"), sqlite3_errstr(rc));
	if ((unsigned)app != STORE_APPLICATION_ID)
		return open_error("not a tekdip database (wrong application id)", NULL);
	if (ver != STORE_USER_VERSION) {
		char detail[64];

		snprintf(detail, sizeof detail, "format %d; this tekdip reads format %d",
		    ver, STORE_USER_VERSION);
		return open_error(N_("unsupported tekdip database version"), detail);
	}
	return check_tables(st->db);
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
	sqlite3_hard_heap_limit64(STORE_HEAP_LIMIT);
	/* above this, SQLite reuses cached pages rather than allocate more:
	 * the cache gives way to a query that needs the memory */
	sqlite3_soft_heap_limit64(STORE_HEAP_LIMIT / 2);
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
