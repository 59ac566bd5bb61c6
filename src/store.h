/* store.h: read access to a tekdip database; every SQL statement lives in store*.c. */
#ifndef TEKDIP_STORE_H
#define TEKDIP_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "text.h"

#define STORE_APPLICATION_ID 0x54454b44	/* "TEKD" */
#define STORE_USER_VERSION 6	/* 2: ids in display order, kind.count, list.count; 3: term;
				 * 4: words kept whole, lists searched, exact, term.freq;
				 * 5: summary_en, vi, list summaries, list_about;
				 * 6: paragraph (the articles' text), link.offset */
/* A list's id in the search index and in search results: past every concept's. */
#define STORE_LIST_BASE ((int64_t)1 << 40)
/* The kind of a store_item that is a list (no kind has this slug: a kind's
 * slug is never a list's kind in the data files). */
#define STORE_LIST_KIND "list"
/* The same as SQL text, for the tests and tools that stamp a file by hand. */
#define STORE_STRINGIFY_(x) #x
#define STORE_STRINGIFY(x) STORE_STRINGIFY_(x)
#define STORE_USER_VERSION_SQL STORE_STRINGIFY(STORE_USER_VERSION)
#define STORE_APPLICATION_ID_SQL STORE_STRINGIFY(STORE_APPLICATION_ID)
/* Both stamps: a file of this format, whatever its tables say. */
#define STORE_STAMPS_SQL "PRAGMA application_id = " STORE_APPLICATION_ID_SQL \
	"; PRAGMA user_version = " STORE_USER_VERSION_SQL ";"

enum store_status {
	STORE_OK = 0,
	STORE_NOTFOUND,		/* no such slug or kind */
	STORE_ERROR,		/* SQLite failed (corrupt file, I/O); see store_error() */
};

struct store;

/*
 * Strings in results are valid UTF-8 with control characters made visible
 * (text_clean), so every front end can print them as they are.  A result
 * owns its strings in `mem`; free it with its *_free function.
 */

struct store_kind {
	const char *slug, *name, *name_en, *plural, *plural_en, *gloss;
	int count;
};

struct store_kinds {
	struct arena mem;
	struct store_kind *v;
	size_t n;
	int more;		/* there are more than STORE_KINDS_MAX: n is all read */
};

/* A concept as one row of a list. */
struct store_item {
	int64_t id;
	const char *slug, *kind, *name, *name_en, *gloss;
};

struct store_items {
	struct arena mem;
	struct store_item *v;
	size_t n;
	int more;		/* there are more than were read (STORE_ROWS_MAX,
				 * STORE_ANSWER_MAX) */
};

struct store_cite {
	const char *article, *article_name, *title, *outlet, *date, *quote;
	int64_t id, offset;	/* the citation's id; the quote's byte offset in the article */
};

/* A link seen from one end: `label` reads from the concept being shown. */
struct store_link {
	const char *relation, *label, *label_en;
	int relation_pos;	/* for store_relation() */
	size_t total;		/* links of this relation this way, shown or not */
	struct store_item target;
	const char *article, *quote;
	int64_t passage;	/* the article view's passage for the quote, 0: none */
	int64_t offset;		/* the quote's byte offset in the article, -1: not known */
};

/* An enumerated list, and where a concept stands in one. */
struct store_listref {
	const char *slug, *name, *name_en, *article;
	const char *article_name;	/* store_lists*() only; NULL otherwise */
	int pos, count;
};

struct store_mention {
	struct store_item item;
	const char *quote;
	int64_t cite;		/* the citation quoted: the first in the article */
};

struct store_concept {
	struct arena mem;
	struct store_item self;
	const char *summary, *role, *date;	/* role, date: NULL when unknown */
	const char *summary_en, *vi;		/* NULL when none */
	struct store_listref *about;		/* the lists about it */
	size_t nabout;
	const char **aliases;
	size_t naliases;
	struct store_cite *cites;
	size_t ncites;
	struct store_link *links, *backlinks;	/* by relation order, then name */
	size_t nlinks, nbacklinks;
	struct store_listref *lists;
	size_t nlists;
	/* articles only (NULL/0 otherwise): */
	const char *title, *outlet, *url;
	struct store_mention *mentions;	/* in order of first appearance */
	size_t nmentions;
	int more;		/* a part had more rows than its bound */
};

/* A concept as the preview pane shows it: what its page holds, counted. */
struct store_brief {
	struct arena mem;
	struct store_item self;
	const char *summary, *summary_en;	/* summary_en: NULL when none */
	size_t nlinks, nbacklinks, nlists, ncites;
};

/* An article's particulars as its citations name it (NULL: not stated). */
struct store_source {
	const char *slug, *name, *title, *outlet, *date, *url;
};

struct store_sources {
	struct arena mem;
	struct store_source *v;
	size_t n;
};

/* Articles read for citations; a hostile file with more is cut here. */
#define STORE_SOURCES_MAX 1000

/*
 * What one answer copies, whatever the file holds, so that a hostile
 * database of any size costs a bounded amount of memory.  A longer text
 * is cut at a character and ends in "…"; a longer list stops, and says
 * so (`more`, or a `total` past n).
 */
#define STORE_NAME_MAX 1024	/* bytes of a slug, name, gloss, label, title */
#define STORE_TEXT_MAX 4096	/* bytes of a summary or a quote */
#define STORE_KINDS_MAX 100	/* kinds (the home view lists them all) */
#define STORE_PART_MAX 200	/* aliases, citations, list places of one concept */
#define STORE_ROWS_MAX 100000	/* concepts of a kind, items of a list, lists,
				 * links of one relation, mentions of an article */
/* Bytes one answer holds: a large reference's longest list (14,000
 * concepts of a kind, 5 MB) whole, a hostile file's rows of the longest
 * names cut at about 1,600. */
#define STORE_ANSWER_MAX (8 * 1024 * 1024)

struct store_lists {
	struct arena mem;
	struct store_listref *v;
	size_t n;
	size_t total;		/* all the lists, of which v holds the first n */
};

struct store_list {
	struct arena mem;
	struct store_listref ref;
	const char *quote;
	int64_t passage;	/* the citation at the quote's place, for the article view; 0: none */
	const char *summary, *summary_en;	/* NULL when none */
	struct store_items items;	/* in the article's order; shares mem */
	struct store_items subjects;	/* what it is about; shares mem */
};

/* One search result, with the texts it may have matched in. */
struct store_hit {
	struct store_item item;
	int tier;		/* 0 exact name, alias, English name or acronym,
				 * 1 whole words in the names (name, aliases, English),
				 * 2 prefixes there, 3 in the names or summary,
				 * 4 in quotes only; item.kind STORE_LIST_KIND: a list */
	const char **aliases, **quotes;	/* quotes: of tier 3 hits only, the
					 * others' snippets come before them */
	size_t naliases, nquotes;
	const char *summary;
};

struct store_hits {
	struct arena mem;
	struct store_hit *v;
	size_t n;
	size_t total;		/* all matches, of which v holds a page */
	int total_is_floor;	/* there are more: counting stopped at total */
	struct text_tokens tokens;	/* the words searched for (truncated flag too) */
	const char *suggestion;	/* the query's words corrected, which were searched
				 * instead (NULL: none needed one) */
	int filtered;		/* a filter word narrowed the search to a kind or lists */
};

/* Open `path` read-only and check that it is a tekdip database.  On failure
 * returns NULL and sets *err to a malloc'd one-line reason. */
struct store *store_open(const char *path, char **err);
/* The same for a database image in memory (the bytes of a file), for tests
 * and fuzzing: the bytes are copied, so the caller may free them at once. */
struct store *store_open_image(const void *data, size_t len, char **err);
void store_close(struct store *st);
/* The reason for the last STORE_ERROR. */
const char *store_error(const struct store *st);

int store_kinds(struct store *st, struct store_kinds *out);
int store_concepts(struct store *st, const char *kind, struct store_items *out);
/* The items for `slugs`, in that order; slugs not in the database are skipped
 * (a bookmark may outlive the concept it names).  A list's slug is an item
 * of kind STORE_LIST_KIND. */
int store_lookup(struct store *st, const char *const *slugs, size_t n, struct store_items *out);
int store_concept(struct store *st, const char *slug, struct store_concept *out);
/* The same with about `budget` links each way, fairly shared among the
 * relations: a hub's page shows some of each, not thousands. */
int store_concept_page(struct store *st, const char *slug, size_t budget,
    struct store_concept *out);
/* A concept with all its links of one relation, one way (`backlinks`),
 * and nothing else but its name. */
int store_relation(struct store *st, const char *slug, int relation, int backlinks,
    struct store_concept *out);
/* A concept's name and about `budget` links each way, fairly shared among
 * the relations (0: all), and nothing else: what a map reads of each concept. */
int store_neighbours(struct store *st, const char *slug, size_t budget, struct store_concept *out);
/* The counts of store_concept() without reading the rows: one statement. */
int store_brief(struct store *st, const char *slug, struct store_brief *out);
/* Every list, in the articles' order, and how many there are. */
int store_lists(struct store *st, struct store_lists *out);
int store_list(struct store *st, const char *slug, struct store_list *out);

/* Where a concept stands in an enumerated list: in `list` if it is one of
 * its items, else in the first list that has it; STORE_NOTFOUND in none. */
struct store_place {
	char list[128];
	int pos, count;		/* 1-based */
	char prev[128], next[128];	/* the items either side ("" at an end) */
};
int store_list_place(struct store *st, const char *slug, const char *list, struct store_place *out);

/* Every article, for naming the sources of quotes. */
int store_sources(struct store *st, struct store_sources *out);
void store_sources_free(struct store_sources *s);

/* An article's text: paragraphs as its seed gives them, and every passage
 * a concept is cited for.  `offset`s count bytes of the seed, as
 * citation.offset does (-1 when the file's is out of range); a paragraph's
 * `len` is its length in the file (its cleaned `text` differs only if the
 * file holds control characters). */
struct store_para {
	int64_t offset;
	size_t len;
	const char *text;
};

struct store_passage {
	int64_t id, offset;	/* the citation's id, or minus a link's id */
	const char *quote;
	struct store_item concept;	/* what it is cited for */
};

struct store_article {
	struct arena mem;
	struct store_item self;
	struct store_source src;	/* title, outlet, date, url: NULL where not stated */
	struct store_para *paras;
	size_t nparas;
	struct store_passage *passages;	/* by offset */
	size_t npassages;
};

/* One citation (or, for minus a link's id, a link's quote) with its article's particulars. */
struct store_citation {
	struct arena mem;
	int64_t id, offset;
	const char *quote, *concept;	/* concept: the slug it is cited for */
	struct store_source src;
};

/* STORE_NOTFOUND when `slug` is not an article. */
int store_article(struct store *st, const char *slug, struct store_article *out);
void store_article_free(struct store_article *a);
/* Where each of the article's passages is (at has npassages elements):
 * at[i] its byte offset in the paragraph its offset falls in, or
 * STORE_PASSAGE_LOST when its quote's bytes are not there (a damaged or
 * hand-edited file's may not be); returns how many are lost.  Walking
 * the paragraphs and the passages, both in order, meets each passage
 * found in that paragraph (view_article.c, site_text.c). */
size_t store_article_lost(const struct store_article *a, size_t *at);
#define STORE_PASSAGE_LOST SIZE_MAX
int store_citation(struct store *st, int64_t id, struct store_citation *out);
void store_citation_free(struct store_citation *c);

/* Matches are counted up to this many past the page asked for. */
#define STORE_COUNT_MAX 1000

/* Concepts matching every word of `query` as a prefix, ranked by tier,
 * then kind, then name; `limit` results from `offset`.  Never a syntax
 * error: the query is words, not FTS5. */
int store_search(struct store *st, const char *query, size_t limit, size_t offset,
    struct store_hits *out);
/* The same; a word no term of the index starts with is corrected to the
 * nearest term (out->suggestion says so) unless `flags` has STORE_SEARCH_EXACT.
 * Filter words ("kind:partner", "mitra:", "list:") narrow the search. */
#define STORE_SEARCH_EXACT 1
int store_search_ex(struct store *st, const char *query, int flags, size_t limit,
    size_t offset, struct store_hits *out);

/* The timeline's entries: a concept with a date, as written (ISO 8601: a
 * day, month or year, or an interval START/END), and the article it is
 * from (NULL when none is known). */
struct store_dated {
	struct store_item item;
	const char *date, *article;
};

struct store_dates {
	struct arena mem;
	struct store_dated *v;
	size_t n;
	size_t total;		/* every dated concept, of which v holds n */
};

/* The concepts with a date, in the date's order, then display order: up
 * to `limit` (0: STORE_ROWS_MAX) from the `from`th (0-based). */
int store_dated(struct store *st, size_t from, size_t limit, struct store_dates *out);
void store_dates_free(struct store_dates *d);

/* Two concepts compared: the far ends of their links, relation by
 * relation each way, and the lists each is in or about, each once, with
 * whose it is. */
enum store_pair_part { PAIR_LINKS, PAIR_BACKLINKS, PAIR_LISTS, PAIR_ABOUT, PAIR_PARTS };
#define STORE_PAIR_FIRST 1
#define STORE_PAIR_SECOND 2
#define STORE_PAIR_BOTH 3

struct store_pair_row {
	enum store_pair_part part;
	const char *relation, *label, *label_en;	/* links; NULL for lists */
	int relation_pos;
	int side;		/* STORE_PAIR_* */
	size_t total;		/* rows of this part, relation and side, shown or not */
	struct store_item item;	/* a list: kind STORE_LIST_KIND */
};

struct store_pair {
	struct arena mem;
	struct store_pair_row *v;	/* by part, relation, both's first, then display order */
	size_t n;
	int more;		/* a concept had more links or lists than are read */
};

/* Concepts `a` and `b` (their ids) compared: of each part (links,
 * backlinks, lists, lists about) about `budget` rows (0: all), fairly
 * shared among its relations' sides, at least STORE_PAIR_FEWEST of each. */
#define STORE_PAIR_FEWEST 3
int store_pair(struct store *st, int64_t a, int64_t b, size_t budget, struct store_pair *out);
void store_pair_free(struct store_pair *p);

void store_kinds_free(struct store_kinds *k);
void store_hits_free(struct store_hits *h);
void store_items_free(struct store_items *it);
void store_concept_free(struct store_concept *c);
void store_brief_free(struct store_brief *b);
void store_lists_free(struct store_lists *l);
void store_list_free(struct store_list *l);

#endif
