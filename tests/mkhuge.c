/* mkhuge.c: a tekdip database grown to a given size with hostile rows, for memory.test.
 *
 *   mkhuge GOOD.db OUT.db MEGABYTES
 *
 * OUT.db is GOOD.db (the bundled database) with, added by SQL: kinds,
 * lists and concepts of long names by the thousand (a third of the size
 * each), single values of 8 MB (a kind's plural, a list's name, a
 * concept's name and summary), from 200 MB one of 20 MB (a summary), and a hub concept with thousands of long
 * aliases, quotes, links and list places, found by the search `hostile`. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#define FIELD 2000		/* bytes of each long text */
#define ROW (5 * FIELD)		/* about one row of long texts */
#define HUGE_VALUE (8 * 1024 * 1024)
#define TOO_BIG (20 * 1024 * 1024)	/* past STORE_VALUE_MAX */
#define HUB_ROWS 2000		/* aliases, quotes, links and lists of the hub */
#define FIXED_MB 44		/* the huge values and the hub */
#define TOO_BIG_FROM 200	/* MEGABYTES from which there is a value too big */

static sqlite3 *db;

static void
run(const char *sql)
{
	char *err = NULL;

	if (sqlite3_exec(db, sql, NULL, NULL, &err) != SQLITE_OK) {
		fprintf(stderr, "mkhuge: %s\n", err ? err : "error");
		exit(99);
	}
}

/* A statement with one %ld, the number of rows. */
#define runf(fmt, n) do { char q_[4096]; snprintf(q_, sizeof q_, fmt, (long)(n)); run(q_); } while (0)

/* `rows` numbers 1.. in a CTE named n(i), for the INSERT that follows. */
#define SERIES "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %ld) "
#define LONG(c) "printf('%%.*c', " #c ", 'x')"
#define F(c) LONG(c)

static int
copy_file(const char *from, const char *to)
{
	sqlite3 *src;
	sqlite3_backup *bk;
	int rc;

	if (sqlite3_open_v2(from, &src, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
	    sqlite3_open(to, &db) != SQLITE_OK)
		return -1;
	if ((bk = sqlite3_backup_init(db, "main", src, "main")) == NULL)
		return -1;
	sqlite3_backup_step(bk, -1);
	rc = sqlite3_backup_finish(bk);
	sqlite3_close(src);
	return rc == SQLITE_OK ? 0 : -1;
}

int
main(int argc, char **argv)
{
	long rows;
	char sql[1024];

	if (argc != 4) {
		fprintf(stderr, "usage: mkhuge GOOD.db OUT.db MEGABYTES\n");
		return 2;
	}
	remove(argv[2]);
	if (copy_file(argv[1], argv[2]) != 0) {
		fprintf(stderr, "mkhuge: %s\n", sqlite3_errmsg(db));
		return 99;
	}
	/* what the huge values and the hub take, about; at least a few rows */
	rows = (atol(argv[3]) - FIXED_MB) * 1024 * 1024 / 3 / ROW;
	rows = rows < 100 ? 100 : rows;
	run("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; BEGIN;"
	    "CREATE TEMP TABLE base AS SELECT (SELECT max(pos) FROM kind) AS k, "
	    "(SELECT max(id) FROM concept) AS c, (SELECT max(id) FROM list) AS l, "
	    "(SELECT min(id) FROM article) AS a, (SELECT min(pos) FROM relation) AS r;");
	/* kinds: the last one holds the hostile concepts */
	snprintf(sql, sizeof sql, SERIES "INSERT INTO kind SELECT k + i, "
	    "CASE WHEN i = %ld THEN 'hostile-kind' ELSE 'hk-' || i END, "
	    "'K' || " F(2000) ", " F(2000) ", 'Hostile kind ' || i || " F(2000) ", "
	    F(2000) ", " F(2000) ", CASE WHEN i = %ld THEN %ld ELSE 0 END FROM n, base",
	    rows, rows, rows, rows);
	run(sql);
	snprintf(sql, sizeof sql, "UPDATE kind SET plural = printf('%%.*c', %d, 'p') "
	    "WHERE slug = 'hk-1'", HUGE_VALUE);
	run(sql);
	/* concepts of the last kind, in id order; the first is the hub */
	snprintf(sql, sizeof sql, SERIES "INSERT INTO concept (id, slug, kind, name, name_en, gloss, summary, "
	    "role, date, fold) "
	    "SELECT c + i, 'hostile-' || i, "
	    "k + %ld, 'Hostile ' || i || " F(2000) ", " F(2000) ", " F(2000) ", " F(4000) ", "
	    "NULL, NULL, 'hostile ' || i FROM n, base", rows, rows);
	run(sql);
	snprintf(sql, sizeof sql, "UPDATE concept SET name = 'Hostile hub ' || "
	    "printf('%%.*c', %d, 'h'), summary = printf('%%.*c', %d, 's') WHERE slug = 'hostile-1'",
	    HUGE_VALUE, HUGE_VALUE);
	run(sql);
	/* past the longest value tekdip reads: an error, not 20 MB read */
	snprintf(sql, sizeof sql, "INSERT INTO concept (id, slug, kind, name, name_en, gloss, summary, "
	    "role, date, fold) SELECT c + %ld + 1, 'hostile-toobig', k + %ld, "
	    "'Too big', 'en', 'g', printf('%%.*c', %d, 't'), NULL, NULL, 'too big' FROM base",
	    rows, rows, TOO_BIG);
	if (atol(argv[3]) >= TOO_BIG_FROM)
		run(sql);
	runf(SERIES "INSERT INTO search(rowid, name, alias, en, summary, quote) "
	    "SELECT c + i, 'hostile', '', '', '', '' FROM n, base", rows);
	run("INSERT OR REPLACE INTO term VALUES ('hostile', 1)");
	/* lists of the first article; the first has a huge name */
	snprintf(sql, sizeof sql, SERIES "INSERT INTO list (id, slug, name, name_en, article, offset, "
	    "quote, count) "
	    "SELECT l + i, 'hostile-list-' || i, "
	    "'L' || " F(3000) ", " F(3000) ", a, -i, " F(3000) ", 1 FROM n, base", rows);
	run(sql);
	snprintf(sql, sizeof sql, "UPDATE list SET name = printf('%%.*c', %d, 'l') "
	    "WHERE slug = 'hostile-list-1'", HUGE_VALUE);
	run(sql);
	/* the hub: aliases, quotes, links both ways, a place in every list */
	runf(SERIES "INSERT INTO alias SELECT c + 1, i, 'alias ' || i || " F(2000) ", 'a' "
	    "FROM n, base", HUB_ROWS);
	runf(SERIES "INSERT INTO citation SELECT (SELECT max(id) FROM citation) + i, c + 1, a, i, "
	    "'quote ' || i || " F(2000) " FROM n, base", HUB_ROWS);
	runf(SERIES "INSERT INTO link (id, src, relation, dst, article, quote) "
	    "SELECT (SELECT max(id) FROM link) + i, c + 1, r, "
	    "c + 1 + i %% 1000, a, 'link ' || " F(2000) " FROM n, base", HUB_ROWS);
	runf(SERIES "INSERT INTO link (id, src, relation, dst, article, quote) "
	    "SELECT (SELECT max(id) FROM link) + i, c + 1 + i %% 1000, r, "
	    "c + 1, a, 'backlink ' || " F(2000) " FROM n, base", HUB_ROWS);
	runf(SERIES "INSERT INTO list_item SELECT l + i, 1, c + 1 FROM n, base", rows);
	runf(SERIES "INSERT INTO list_item SELECT l + 1, i + 1, c + 1 + i FROM n, base", rows - 1);
	run("COMMIT;");
	if (sqlite3_close(db) != SQLITE_OK)
		return 99;
	return 0;
}
