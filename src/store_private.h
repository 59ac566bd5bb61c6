/* store_private.h: what the store's files share: the statements, the handle, running a statement. */
#ifndef TEKDIP_STORE_PRIVATE_H
#define TEKDIP_STORE_PRIVATE_H

#include <time.h>

#include <sqlite3.h>

#include "arena.h"
#include "vec.h"
#include "store.h"


/* One row past a bound: each_row_max() reads `max` and learns from the
 * next that there are more. */
#define LIMIT_PAST(max) " LIMIT " STORE_STRINGIFY(max) " + 1"

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
	"SELECT r.slug, " LABELS ", " ITEM_COLS("t", "k") ", a.slug, l.quote, r.pos, " \
	    "CASE WHEN l.offset < 0 THEN 0 ELSE " PASSAGE_OF("l") " END, l.offset " \
	"FROM link l JOIN relation r ON r.pos = l.relation " \
	"JOIN concept t ON t.id = l." FAR " JOIN kind k ON k.pos = t.kind " \
	"JOIN concept a ON a.id = l.article " \
	"WHERE l." NEAR " = ?1 AND l.relation = ?2 ORDER BY l." FAR ", l.id LIMIT ?3"
/*
 * The passage of the article view a link's quote is: the citation at the
 * same place if there is one (its id), else the first link quoting that
 * place (minus its id).  Links without offsets have none.
 */
#define PASSAGE_OF(L) \
	"coalesce((SELECT min(c.id) FROM citation c WHERE c.article = " L ".article " \
	"AND c.offset = " L ".offset), -(SELECT min(l2.id) FROM link l2 " \
	"WHERE l2.article = " L ".article AND l2.offset = " L ".offset))"
/* How many links each relation has that way, from the same index. */
#define LINK_GROUPS(NEAR) \
	"SELECT relation, count(*) FROM link WHERE " NEAR " = ?1 GROUP BY relation" \
	LIMIT_PAST(STORE_PART_MAX)

/*
 * The timeline: every concept with a date, in the date's order (ISO 8601
 * sorts as text), and the article it is from: an article itself, else the
 * article of its first citation in the articles' order.  The index
 * concept_date hands them over in that order, a page at a time.
 */
#define DATED_SQL \
	"SELECT " ITEM_COLS("c", "k") ", c.date, CASE WHEN EXISTS (SELECT 1 FROM article " \
	    "WHERE id = c.id) THEN c.slug ELSE (SELECT a.slug FROM citation ci JOIN concept a " \
	    "ON a.id = ci.article WHERE ci.concept = c.id ORDER BY ci.article, ci.offset LIMIT 1) END " \
	"FROM concept c JOIN kind k ON k.pos = c.kind WHERE c.date IS NOT NULL AND c.date <> '' " \
	"ORDER BY c.date, c.id LIMIT ?2 OFFSET ?1"
/*
 * Two concepts compared: each one's far ends, relation by relation, in
 * the link index's own order (no sort), merged in C; then the few shown
 * read by id.  A list's membership and subjects likewise.
 */
#define PAIR_FAR(FAR, NEAR) \
	"SELECT relation, " FAR " FROM link WHERE " NEAR " = ?1 ORDER BY relation, " FAR \
	LIMIT_PAST(STORE_ROWS_MAX)
#define PAIR_LISTS_OF(TABLE) \
	"SELECT 0, list FROM " TABLE " WHERE concept = ?1 GROUP BY list ORDER BY list" \
	LIMIT_PAST(STORE_ROWS_MAX)

/* Every statement the reader runs, each prepared when first needed.  Concept ids
 * follow the display order (kind, fold, slug; tekdip-mkdb numbers them so
 * and checks it), so "ORDER BY c.id" and FTS5's rowid order need no sort. */
#define STATEMENTS \
	S(KINDS, "SELECT slug, name, name_en, plural, plural_en, gloss, count " \
	    "FROM kind ORDER BY pos" LIMIT_PAST(STORE_KINDS_MAX)) \
	S(CONCEPTS, "SELECT " ITEM_COLS("c", "k") " FROM concept c " \
	    "JOIN kind k ON k.pos = c.kind WHERE k.slug = ?1 ORDER BY c.id" LIMIT_PAST(STORE_ROWS_MAX)) \
	S(ITEM, "SELECT " ITEM_COLS("c", "k") " FROM concept c " \
	    "JOIN kind k ON k.pos = c.kind WHERE c.slug = ?1 " \
	    "UNION ALL SELECT id + (1 << 40), slug, '" STORE_LIST_KIND "', name, name_en, '' " \
	    "FROM list WHERE slug = ?1") \
	S(CONCEPT, "SELECT " ITEM_COLS("c", "k") ", c.summary, c.role, c.date, c.summary_en, c.vi " \
	    "FROM concept c JOIN kind k ON k.pos = c.kind WHERE c.slug = ?1") \
	S(BRIEF, "SELECT " ITEM_COLS("c", "k") ", c.summary, " \
	    "(SELECT count(*) FROM link WHERE src = c.id), " \
	    "(SELECT count(*) FROM link WHERE dst = c.id), " \
	    "(SELECT count(*) FROM list_item WHERE concept = c.id), " \
	    "(SELECT count(*) FROM citation WHERE concept = c.id), c.summary_en " \
	    "FROM concept c JOIN kind k ON k.pos = c.kind WHERE c.slug = ?1") \
	S(ALIASES, "SELECT alias FROM alias WHERE concept = ?1 ORDER BY pos" LIMIT_PAST(STORE_PART_MAX)) \
	S(CITES, "SELECT a.slug, a.name, ar.title, ar.outlet, a.date, ci.quote, ci.id, ci.offset " \
	    "FROM citation ci JOIN concept a ON a.id = ci.article " \
	    "LEFT JOIN article ar ON ar.id = a.id WHERE ci.concept = ?1 ORDER BY ci.id" \
	    LIMIT_PAST(STORE_PART_MAX)) \
	S(ARTICLE_HEAD, "SELECT " ITEM_COLS("c", "k") ", ar.title, ar.outlet, c.date, ar.url " \
	    "FROM concept c JOIN kind k ON k.pos = c.kind JOIN article ar ON ar.id = c.id " \
	    "WHERE c.slug = ?1") \
	S(PARAGRAPHS, "SELECT offset, text FROM paragraph WHERE article = ?1 " \
	    "ORDER BY pos LIMIT 100000") \
	S(PASSAGES, "SELECT * FROM (SELECT ci.id AS pid, ci.offset AS off, ci.quote AS q, " \
	    ITEM_COLS("t", "k") " FROM citation ci JOIN concept t ON t.id = ci.concept " \
	    "JOIN kind k ON k.pos = t.kind WHERE ci.article = ?1 UNION ALL " \
	    "SELECT -min(l.id), l.offset, l.quote, " ITEM_COLS("t", "k") " " \
	    "FROM link l JOIN concept t ON t.id = l.src JOIN kind k ON k.pos = t.kind " \
	    "WHERE l.article = ?1 AND l.offset >= 0 AND NOT EXISTS (SELECT 1 FROM citation c " \
	    "WHERE c.article = l.article AND c.offset = l.offset) GROUP BY l.offset) " \
	    "ORDER BY off, length(q) DESC, pid LIMIT 100000") \
	S(CITATION, "SELECT ci.id, ci.offset, ci.quote, c.slug, a.slug, a.name, ar.title, " \
	    "ar.outlet, a.date, ar.url FROM citation ci JOIN concept c ON c.id = ci.concept " \
	    "JOIN concept a ON a.id = ci.article LEFT JOIN article ar ON ar.id = a.id " \
	    "WHERE ci.id = ?1 UNION ALL " \
	    "SELECT -l.id, l.offset, l.quote, c.slug, a.slug, a.name, ar.title, " \
	    "ar.outlet, a.date, ar.url FROM link l JOIN concept c ON c.id = l.src " \
	    "JOIN concept a ON a.id = l.article LEFT JOIN article ar ON ar.id = a.id " \
	    "WHERE l.id = -?1") \
	S(LINKS, LINK_SQL("r.name, r.name_en", "dst", "src")) \
	S(BACKLINKS, LINK_SQL("r.inverse, r.inverse_en", "src", "dst")) \
	S(LINK_GROUPS, LINK_GROUPS("src")) \
	S(BACKLINK_GROUPS, LINK_GROUPS("dst")) \
	S(LISTREFS, "SELECT li.slug, li.name, li.name_en, a.slug, i.pos, " \
	    "li.count FROM list_item i " \
	    "JOIN list li ON li.id = i.list JOIN concept a ON a.id = li.article " \
	    "WHERE i.concept = ?1 ORDER BY li.id" LIMIT_PAST(STORE_PART_MAX)) \
	S(ABOUT_LISTS, "SELECT li.slug, li.name, li.name_en, a.slug, 0, " \
	    "li.count FROM list_about b " \
	    "JOIN list li ON li.id = b.list JOIN concept a ON a.id = li.article " \
	    "WHERE b.concept = ?1 ORDER BY li.id" LIMIT_PAST(STORE_PART_MAX)) \
	S(ARTICLE, "SELECT title, outlet, url FROM article WHERE id = ?1") \
	S(MENTIONS, "SELECT " ITEM_COLS("t", "k") ", ci.quote, min(ci.offset) AS first, ci.id " \
	    "FROM citation ci JOIN concept t ON t.id = ci.concept " \
	    "JOIN kind k ON k.pos = t.kind WHERE ci.article = ?1 AND ci.concept <> ?1 " \
	    "GROUP BY ci.concept ORDER BY first, t.slug" LIMIT_PAST(STORE_ROWS_MAX)) \
	S(LISTS, "SELECT li.slug, li.name, li.name_en, a.slug, 0, " \
	    "li.count, a.name FROM list li " \
	    "JOIN concept a ON a.id = li.article ORDER BY li.article, li.offset, li.id" \
	    LIMIT_PAST(STORE_ROWS_MAX)) \
	S(LIST_COUNT, "SELECT count(*) FROM list") \
	/* the few articles first (CROSS JOIN keeps that order), not every concept */ \
	S(SOURCES, "SELECT a.slug, a.name, ar.title, ar.outlet, a.date, ar.url " \
	    "FROM article ar CROSS JOIN concept a ON a.id = ar.id ORDER BY ar.id LIMIT ?1") \
	S(LIST, "SELECT li.slug, li.name, li.name_en, a.slug, 0, " \
	    "li.count, li.quote, li.id, li.summary, li.summary_en, " \
	    "coalesce((SELECT min(c.id) FROM citation c WHERE c.article = li.article " \
	    "AND c.offset = li.offset), 0) " \
	    "FROM list li JOIN concept a ON a.id = li.article WHERE li.slug = ?1") \
	S(LIST_ITEMS, "SELECT " ITEM_COLS("c", "k") " FROM list_item i " \
	    "JOIN concept c ON c.id = i.concept JOIN kind k ON k.pos = c.kind " \
	    "WHERE i.list = ?1 ORDER BY i.pos" LIMIT_PAST(STORE_ROWS_MAX)) \
	S(LIST_SUBJECTS, "SELECT " ITEM_COLS("c", "k") " FROM list_about b " \
	    "JOIN concept c ON c.id = b.concept JOIN kind k ON k.pos = c.kind " \
	    "WHERE b.list = ?1 ORDER BY b.pos" LIMIT_PAST(STORE_PART_MAX)) \
	S(LIST_PLACE, "SELECT li.slug, i.pos, li.count, " \
	    "(SELECT p.slug FROM list_item j JOIN concept p ON p.id = j.concept " \
	    "WHERE j.list = li.id AND j.pos = i.pos - 1), " \
	    "(SELECT n.slug FROM list_item j JOIN concept n ON n.id = j.concept " \
	    "WHERE j.list = li.id AND j.pos = i.pos + 1) " \
	    "FROM list_item i JOIN list li ON li.id = i.list JOIN concept c ON c.id = i.concept " \
	    "WHERE c.slug = ?1 ORDER BY li.slug = ?2 DESC, li.id, i.pos LIMIT 1") \
	S(SEARCH_COUNT, "SELECT count(*) FROM (SELECT 1 FROM search WHERE search MATCH ?1 " \
	    "AND rowid BETWEEN ?3 AND ?4 LIMIT ?2)") \
	S(SEARCH_EXACT, "SELECT id FROM exact WHERE key = ?1 AND id BETWEEN ?2 AND ?3 ORDER BY id") \
	S(SEARCH_TIER, "SELECT rowid FROM search WHERE search MATCH ?1 " \
	    "AND rowid BETWEEN ?2 AND ?3 ORDER BY rowid") \
	S(SEARCH_LIST_HIT, "SELECT li.id + (1 << 40), li.slug, '" STORE_LIST_KIND "', li.name, li.name_en, " \
	    "a.name, NULL, li.quote, NULL FROM list li JOIN concept a ON a.id = li.article " \
	    "WHERE li.id + (1 << 40) IN (SELECT value FROM json_each(?1)) ORDER BY li.id") \
	S(TERM_NEAR, "SELECT term, freq FROM term WHERE term >= ?1 AND term < ?2 " \
	    "AND length(term) BETWEEN ?3 AND ?4") \
	S(KIND_RANGE, "SELECT min(c.id), max(c.id) FROM concept c JOIN kind k ON k.pos = c.kind " \
	    "WHERE k.slug = ?1") \
	S(KIND_NAMES, "SELECT slug, name, name_en, plural, plural_en FROM kind" LIMIT_PAST(STORE_KINDS_MAX)) \
	S(TERMS, "SELECT term FROM term WHERE term >= ?1 AND term < ?2 ORDER BY term LIMIT ?3") \
	S(SEARCH_HIT, "SELECT " ITEM_COLS("c", "k") ", " \
	    "(SELECT group_concat(alias, char(31)) FROM (SELECT substr(alias, 1, " \
	    STORE_STRINGIFY(STORE_NAME_MAX) ") AS alias FROM alias WHERE concept = c.id " \
	    "ORDER BY pos LIMIT " STORE_STRINGIFY(STORE_PART_MAX) ")), " \
	    "c.summary, " \
	    "CASE WHEN c.id IN (SELECT value FROM json_each(?2)) THEN " \
	    "(SELECT group_concat(quote, char(31)) FROM (SELECT substr(quote, 1, " \
	    STORE_STRINGIFY(STORE_TEXT_MAX) ") AS quote FROM citation WHERE concept = c.id " \
	    "ORDER BY id LIMIT " STORE_STRINGIFY(STORE_PART_MAX) ")) END " \
	    "FROM concept c JOIN kind k ON k.pos = c.kind " \
	    "WHERE c.id IN (SELECT value FROM json_each(?1)) ORDER BY c.id") \
	S(DATED, DATED_SQL) \
	S(DATED_COUNT, "SELECT count(*) FROM concept WHERE date IS NOT NULL AND date <> ''") \
	S(PAIR_LINKS, PAIR_FAR("dst", "src")) \
	S(PAIR_BACKLINKS, PAIR_FAR("src", "dst")) \
	S(PAIR_LISTS, PAIR_LISTS_OF("list_item")) \
	S(PAIR_ABOUT, PAIR_LISTS_OF("list_about")) \
	S(PAIR_CONCEPTS, "SELECT " ITEM_COLS("c", "k") " FROM concept c JOIN kind k ON k.pos = c.kind " \
	    "WHERE c.id IN (SELECT value FROM json_each(?1)) ORDER BY c.id") \
	S(PAIR_LIST_ITEMS, "SELECT id + (1 << 40), slug, '" STORE_LIST_KIND "', name, name_en, '' " \
	    "FROM list WHERE id IN (SELECT value FROM json_each(?1)) ORDER BY id") \
	S(PAIR_RELATIONS, "SELECT pos, slug, name, name_en, inverse, inverse_en FROM relation " \
	    "ORDER BY pos" LIMIT_PAST(STORE_PART_MAX))

enum stmt_id {
#define S(id, sql) ST_##id,
	STATEMENTS
#undef S
	ST_COUNT
};

extern const char *const stmt_sql[ST_COUNT];

/* Every call gets this long; a hostile schema (a generated column that
 * costs seconds a row) is interrupted instead of hanging the browser. */
#define STORE_CALL_MS 1000
/* All of SQLite's memory; a hostile file cannot take more.  With the
 * bounds on answers (store.h) it keeps tekdip under 64 MB of peak RSS
 * whatever the file. */
#define STORE_HEAP_LIMIT (32 * 1024 * 1024)
#define STORE_CACHE_KB "4096"	/* the page cache, inside the heap limit */
/* The longest value SQLite reads (it holds a value whole, even to copy the
 * first STORE_TEXT_MAX bytes of it); a longer one is an error. */
#define STORE_VALUE_MAX (16 * 1024 * 1024)

struct store {
	sqlite3 *db;
	sqlite3_stmt *stmt[ST_COUNT];
	char err[256];
	struct timespec deadline;
};

/* store_open.c */
/* Record `what` and SQLite's reason as the error; returns STORE_ERROR. */
int store_fail(struct store *st, const char *what);
/* Start the time a call may take. */
void begin_call(struct store *st);

/* store.c: running statements */
sqlite3_stmt *stmt_begin(struct store *st, enum stmt_id id);
int stmt_step(struct store *st, sqlite3_stmt *s);
/* A cleaned copy of `len` bytes in the arena. */
const char *clean_copy(struct arena *a, const char *t, size_t len);
/* Column `col` cleaned, cut to STORE_TEXT_MAX bytes (col_name: STORE_NAME_MAX). */
const char *col_text(struct arena *a, sqlite3_stmt *s, int col, int nullable);
const char *col_name(struct arena *a, sqlite3_stmt *s, int col, int nullable);
/* A cleaned copy of at most `max` bytes of t[0..len), "…" at the end if cut. */
const char *capped_copy(struct arena *a, const char *t, size_t len, size_t max);
const char *col_given(struct arena *a, sqlite3_stmt *s, int col);
void read_item(struct arena *a, sqlite3_stmt *s, int col, struct store_item *it);
int each_row(struct store *st, struct arena *a, sqlite3_stmt *s,
    int (*row)(struct arena *, sqlite3_stmt *, void *), void *ctx);
int each_row_max(struct store *st, struct arena *a, sqlite3_stmt *s,
    int (*row)(struct arena *, sqlite3_stmt *, void *), void *ctx, size_t max, int *more);

#endif
