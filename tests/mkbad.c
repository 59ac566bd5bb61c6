/* mkbad.c: write hostile databases for tests/baddb.test.
 *
 *   mkbad GOOD.db DIR
 *
 * Every file is made from GOOD.db (the bundled database) or from nothing,
 * with plain file I/O or the SQLite C API; the names are listed in
 * baddb.test.  Random bytes come from a fixed seed, so each run writes the
 * same files. */
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sqlite3.h>

#include "store.h"

static const char *outdir;
static unsigned char *good;
static size_t good_len;

static void
die(const char *fmt, ...)
{
	va_list ap;

	fputs("mkbad: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(99);
}

static void *
xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p)
		die("out of memory");
	return p;
}

static char *
path_of(const char *name)
{
	size_t n = strlen(outdir) + strlen(name) + 2;
	char *p = xmalloc(n);

	snprintf(p, n, "%s/%s", outdir, name);
	return p;
}

static unsigned char *
slurp(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	unsigned char *buf = NULL;
	size_t cap = 0, n = 0, got;

	if (!fp)
		die("%s: %s", path, strerror(errno));
	do {
		if (n == cap) {
			cap = cap ? cap * 2 : 65536;
			if (!(buf = realloc(buf, cap)))
				die("out of memory");
		}
		got = fread(buf + n, 1, cap - n, fp);
		n += got;
	} while (got > 0);
	if (ferror(fp))
		die("%s: read error", path);
	fclose(fp);
	*len = n;
	return buf;
}

static void
spew(const char *name, const void *buf, size_t len)
{
	char *path = path_of(name);
	FILE *fp = fopen(path, "wb");

	if (!fp)
		die("%s: %s", path, strerror(errno));
	if (fwrite(buf, 1, len, fp) != len || fclose(fp) != 0)
		die("%s: write error", path);
	free(path);
}

/* A fixed-seed xorshift64*: the same "random" bytes every run. */
static uint64_t rng_state = 0x9E3779B97F4A7C15u;

static uint64_t
rng(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 0x2545F4914F6CDD1Du;
}

static void
fill_random(unsigned char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		p[i] = (unsigned char)(rng() >> 56);
}

/* Open NAME in DIR read-write (creating it), run SQL, close. */
static void
exec_db(const char *name, const char *sql)
{
	char *path = path_of(name), *err = NULL;
	sqlite3 *db;

	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK)
		die("%s: %s", path, sqlite3_errmsg(db));
	if (sqlite3_exec(db, sql, NULL, NULL, &err) != SQLITE_OK)
		die("%s: %s", name, err ? err : "?");
	if (sqlite3_close(db) != SQLITE_OK)
		die("%s: close failed", name);
	free(path);
}

/* Insert one schema row behind SQLite's back: for SQL that SQLite's own
 * parser would refuse to create (too deep, too many columns). */
static void
write_schema(const char *name, const char *type, const char *obj,
    const char *sql)
{
	char *path = path_of(name);
	sqlite3 *db;
	sqlite3_stmt *s;
	int rc;

	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
		die("%s: %s", path, sqlite3_errmsg(db));
	if (sqlite3_exec(db, "PRAGMA writable_schema = ON", NULL, NULL, NULL) != SQLITE_OK)
		die("%s: %s", name, sqlite3_errmsg(db));
	if (strcmp(type, "view") == 0)
		rc = sqlite3_prepare_v2(db, "INSERT INTO sqlite_schema (type, name, tbl_name, rootpage, sql) "
		    "VALUES ('view', ?1, ?1, 0, ?2)", -1, &s, NULL);
	else
		rc = sqlite3_prepare_v2(db, "UPDATE sqlite_schema SET sql = ?2 WHERE name = ?1", -1, &s, NULL);
	if (rc != SQLITE_OK)
		die("%s: %s", name, sqlite3_errmsg(db));
	sqlite3_bind_text(s, 1, obj, -1, SQLITE_STATIC);
	sqlite3_bind_text(s, 2, sql, -1, SQLITE_STATIC);
	if (sqlite3_step(s) != SQLITE_DONE || sqlite3_changes(db) != 1)
		die("%s: schema row not written: %s", name, sqlite3_errmsg(db));
	sqlite3_finalize(s);
	sqlite3_exec(db, "PRAGMA writable_schema = OFF", NULL, NULL, NULL);
	if (sqlite3_close(db) != SQLITE_OK)
		die("%s: close failed", name);
	free(path);
}

/* A growable string for the very long SQL. */
struct str {
	char *p;
	size_t n, cap;
};

static void
str_add(struct str *s, const char *t)
{
	size_t k = strlen(t);

	if (s->n + k + 1 > s->cap) {
		s->cap = (s->n + k + 1) * 2;
		if (!(s->p = realloc(s->p, s->cap)))
			die("out of memory");
	}
	memcpy(s->p + s->n, t, k + 1);
	s->n += k;
}

/* The good database, copied, then changed by SQL. */
static void
good_then(const char *name, const char *sql)
{
	spew(name, good, good_len);
	if (sql)
		exec_db(name, sql);
}

/* XOR the 40 bytes after the first NEEDLE in BUF: garbled schema SQL. */
static void
garble(unsigned char *buf, size_t len, const char *needle)
{
	size_t k = strlen(needle);

	for (size_t i = 0; i + k + 40 <= len; i++)
		if (memcmp(buf + i, needle, k) == 0) {
			for (size_t j = i + k; j < i + k + 40; j++)
				buf[j] ^= 0x5A;
			return;
		}
	die("%s not found in the good database", needle);
}

static unsigned
get32(const unsigned char *p)
{
	return (unsigned)p[0] << 24 | (unsigned)p[1] << 16 | (unsigned)p[2] << 8 | p[3];
}

int
main(int argc, char **argv)
{
	unsigned char *buf;
	size_t pgsz, npages, mid;
	struct str s = { 0 };

	if (argc != 3) {
		fputs("usage: mkbad GOOD.db DIR\n", stderr);
		return 2;
	}
	outdir = argv[2];
	good = slurp(argv[1], &good_len);
	if (good_len < 8192 || memcmp(good, "SQLite format 3", 16) != 0 ||
	    get32(good + 68) != STORE_APPLICATION_ID || get32(good + 60) != STORE_USER_VERSION)
		die("%s: not the good tekdip database", argv[1]);
	pgsz = (size_t)good[16] << 8 | good[17];
	if (pgsz == 1)
		pgsz = 65536;
	npages = good_len / pgsz;

	/* Not SQLite at all. */
	spew("empty.db", "", 0);
	spew("text.db", "This is not a database.\nJust some text.\n", 40);
	buf = xmalloc(1 << 20);
	fill_random(buf, 1 << 20);
	spew("random.db", buf, 1 << 20);
	/* SQLite's magic and the good header (the right stamps), then noise. */
	memcpy(buf, good, 100);
	spew("random-header.db", buf, 1 << 20);
	free(buf);

	/* SQLite, but someone else's. */
	exec_db("other.db",
	    "PRAGMA application_id = 0; PRAGMA user_version = 7;"
	    "CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL);"
	    "INSERT INTO note (body) VALUES ('buy milk'), ('korea-selatan');");
	/* The right stamps, the wrong tables. */
	exec_db("stamps-only.db", STORE_STAMPS_SQL);
	exec_db("schema-other.db",
	    STORE_STAMPS_SQL
	    "CREATE TABLE kind (id INTEGER PRIMARY KEY, label TEXT);"
	    "CREATE TABLE concept (id INTEGER PRIMARY KEY, title TEXT, body TEXT);"
	    "INSERT INTO kind (label) VALUES ('partner');"
	    "INSERT INTO concept (title, body) VALUES ('korea-selatan', 'x');");
	good_then("schema-missing.db", "DROP TABLE alias;");
	good_then("schema-column.db", "ALTER TABLE concept RENAME COLUMN fold TO folded;");
	/* search as a plain table: every statement prepares, MATCH fails when run. */
	good_then("schema-search.db",
	    "DROP TABLE search;"
	    "CREATE TABLE search (name, alias, en, summary, quote);");
	/* FTS5's own version stamp from the future. */
	good_then("fts-version.db", "UPDATE search_config SET v = 99 WHERE k = 'version';");
	/* Newer and older versions of the format. */
	good_then("newer.db", "PRAGMA user_version = 99;");
	good_then("older.db", "PRAGMA user_version = 1;");	/* ids in any order */

	/* The good database, cut short or damaged. */
	spew("half.db", good, good_len / 2);
	spew("4k.db", good, 4096);
	mid = npages / 2;
	buf = xmalloc(good_len);
	memcpy(buf, good, good_len);
	for (size_t i = (mid - 4) * pgsz; i < (mid + 4) * pgsz; i++)
		buf[i] ^= 0xFF;		/* eight whole pages inverted */
	spew("flip-pages.db", buf, good_len);
	memcpy(buf, good, good_len);
	for (size_t i = good_len / 4; i < good_len / 4 * 3; i += 61)
		buf[i] ^= (unsigned char)(1u << (i % 8));	/* a bit here and there */
	spew("flip-bits.db", buf, good_len);
	memcpy(buf, good, good_len);
	memset(buf + (mid - 8) * pgsz, 0, 16 * pgsz);	/* what dd conv=notrunc does */
	spew("zero-middle.db", buf, good_len);
	memcpy(buf, good, good_len);
	for (size_t i = pgsz / 2; i < pgsz; i++)
		buf[i] ^= 0x5A;		/* the second half of page 1 */
	spew("flip-page1.db", buf, good_len);
	memcpy(buf, good, good_len);
	garble(buf, good_len, "CREATE TABLE link");
	garble(buf, good_len, "CREATE TABLE kind");
	spew("flip-schema.db", buf, good_len);
	memcpy(buf, good, good_len);
	for (size_t p = 1; p < npages; p++)
		if (buf[p * pgsz] == 0x05 || buf[p * pgsz] == 0x02)
			memcpy(buf + p * pgsz + 8, "\0\0\0\2", 4);	/* interior pages point at page 2 */
	spew("loop-pages.db", buf, good_len);
	/* WAL mode in the header (file format bytes 18 and 19). */
	memcpy(buf, good, good_len);
	buf[18] = buf[19] = 2;
	spew("wal.db", buf, good_len);
	free(buf);

	/* Hostile schemas: the right stamps, and code in the schema. */
	good_then("view-randomblob.db",
	    "DROP TABLE kind;"
	    "CREATE VIEW kind (pos, slug, name, name_en, plural, plural_en, gloss) AS "
	    "SELECT 1, 'partner', randomblob(1e9), randomblob(1e9), 'p', 'p', 'g';"
	    "CREATE TRIGGER kind_ins INSTEAD OF INSERT ON kind BEGIN SELECT randomblob(1e9); END;");
	good_then("view-zeroblob.db",
	    "DROP TABLE concept;"
	    "CREATE VIEW concept (id, slug, kind, name, name_en, gloss, summary, role, date, fold) AS "
	    "SELECT 1, 'korea-selatan', 4, zeroblob(1000000000), 'n', 'g', 's', NULL, NULL, 'f';");
	good_then("view-loop.db",
	    "DROP TABLE concept;"
	    "CREATE VIEW concept (id, slug, kind, name, name_en, gloss, summary, role, date, fold) AS "
	    "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) "
	    "SELECT x, 'korea-selatan', 4, 'n', 'n', 'g', 's', NULL, NULL, 'f' FROM n;");
	good_then("trigger.db",
	    "CREATE TRIGGER kind_ins AFTER INSERT ON kind BEGIN SELECT randomblob(1e9); END;"
	    "CREATE TRIGGER concept_upd AFTER UPDATE ON concept BEGIN "
	    "SELECT zeroblob(1000000000); END;");
	/* A table in the way of the function the search reads its page with. */
	good_then("json-each.db",
	    "CREATE TABLE json_each (value INTEGER, key INTEGER);"
	    "INSERT INTO json_each VALUES (1, 0), (1, 1), (-5, 2);");
	/* Generated columns are computed as rows are read: one too big for the
	 * length limit, one that costs seconds a row (ltrim compares each of
	 * 400000 characters with a set of 20001) in a few kilobytes. */
	good_then("gencol-big.db",
	    "ALTER TABLE kind RENAME TO kind_old;"
	    "CREATE TABLE kind (pos INTEGER PRIMARY KEY, slug TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
	    " name_en TEXT NOT NULL, plural TEXT NOT NULL, plural_en TEXT NOT NULL,"
	    " gloss BLOB GENERATED ALWAYS AS (zeroblob(1000000000)) VIRTUAL);"
	    "INSERT INTO kind (pos, slug, name, name_en, plural, plural_en)"
	    " SELECT pos, slug, name, name_en, plural, plural_en FROM kind_old;"
	    "DROP TABLE kind_old;");
	good_then("gencol-slow.db",
	    "ALTER TABLE concept RENAME TO concept_old;"
	    "CREATE TABLE concept (id INTEGER PRIMARY KEY, slug TEXT NOT NULL UNIQUE,"
	    " kind INTEGER NOT NULL, name TEXT NOT NULL, name_en TEXT NOT NULL,"
	    " gloss TEXT GENERATED ALWAYS AS (length(ltrim(hex(zeroblob(200000)),"
	    " replace(hex(zeroblob(10000)), '0', 'a') || '0'))) VIRTUAL,"
	    " summary TEXT NOT NULL, role TEXT, date TEXT, fold TEXT NOT NULL);"
	    "INSERT INTO concept (id, slug, kind, name, name_en, summary, role, date, fold)"
	    " SELECT id, slug, kind, name, name_en, summary, role, date, fold FROM concept_old;"
	    "DROP TABLE concept_old;"
	    "CREATE INDEX concept_kind ON concept(kind);");
	/* Expressions deeper than SQLite lets anyone create. */
	str_add(&s, "CREATE VIEW deep AS SELECT ");
	for (int i = 0; i < 5000; i++)
		str_add(&s, "(");
	str_add(&s, "1");
	for (int i = 0; i < 5000; i++)
		str_add(&s, ")");
	good_then("deep-parens.db", NULL);
	write_schema("deep-parens.db", "view", "deep", s.p);
	s.n = 0;
	str_add(&s, "CREATE VIEW deep AS SELECT 1");
	for (int i = 0; i < 5000; i++)
		str_add(&s, "+1");
	good_then("deep-sum.db", NULL);
	write_schema("deep-sum.db", "view", "deep", s.p);
	/* 2000 columns (SQLite's default maximum), then 2500 (past it). */
	s.n = 0;
	str_add(&s, "CREATE TABLE wide (c0");
	for (int i = 1; i < 2000; i++) {
		char col[16];

		snprintf(col, sizeof col, ", c%d", i);
		str_add(&s, col);
	}
	str_add(&s, ");");
	good_then("wide.db", s.p);
	s.p[s.n - 2] = '\0';
	s.n -= 2;
	for (int i = 2000; i < 2500; i++) {
		char col[16];

		snprintf(col, sizeof col, ", c%d", i);
		str_add(&s, col);
	}
	str_add(&s, ")");
	good_then("wider.db", "CREATE TABLE wide (c0);");
	write_schema("wider.db", "table", "wide", s.p);
	free(s.p);
	free(good);
	return 0;
}
