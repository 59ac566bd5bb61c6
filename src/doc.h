/* doc.h: the document model: what a target says, in order, with its sources, for every output. */
#ifndef TEKDIP_DOC_H
#define TEKDIP_DOC_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"

struct store;
struct store_item;

/*
 * A document is built once from the store for one target (a concept, an
 * article, a list, a kind) and then written by any writer: the browser's
 * page, text, tsv, json, markdown, mdoc.  Writers never query the store and
 * the model never formats for one output, so every output says the same.
 *
 * A document is a head (who it is about) and sections.  Every section is a
 * run of references: each leads somewhere (a concept, a list, an article)
 * and may carry the passage it rests on.  Links come grouped by relation.
 */

enum doc_type { DOC_CONCEPT, DOC_LIST, DOC_KIND, DOC_RESULTS,
	DOC_TIMELINE,			/* every dated concept, by year (doc_timeline.c) */
	DOC_COMPARE,			/* two concepts side by side (doc_compare.c) */
};

enum doc_sec {
	SEC_LINKS, SEC_BACKLINKS,	/* typed links, grouped by relation */
	SEC_LISTS,			/* the enumerated lists it is in */
	SEC_ABOUT_LISTS,		/* the lists about it */
	SEC_SUBJECTS,			/* a list: what it is about */
	SEC_ITEMS,			/* a list's, a kind's or a search's members */
	SEC_MENTIONS,			/* an article: what it mentions, in order */
	SEC_CITATIONS,			/* the passages it rests on */
	SEC_COUNT
};

/* An article as a citation names it; title, outlet, date and url are NULL
 * where the article states none. */
struct doc_source {
	const char *slug, *name, *title, *outlet, *date, *url;
};

/* A verbatim passage and the article it is in (src NULL if unknown). */
struct doc_quote {
	const char *text;
	const struct doc_source *src;
	int64_t cite, offset;	/* the passage the article view opens at (a citation's
				 * id, or minus a link's) and the quote's byte offset
				 * in its article; 0 when none */
};

/* What a reference leads to: a concept, a list (kind "list") or an article. */
struct doc_item {
	const char *slug, *kind, *name, *name_en, *gloss;
};

/* Where a relation group starts: its label read from this document's end. */
struct doc_group {
	const char *relation, *label, *label_en;
	int pos;		/* the relation's number, for "all of them" */
	size_t total;		/* links of this relation, shown or not */
};

/* One entry of a section: what it leads to, and why. */
struct doc_ref {
	struct doc_item to;
	const struct doc_group *group;	/* links only; shared by a group's refs */
	int pos, count;		/* place in a list ("2 of 5"); 0 otherwise */
	struct doc_quote quote;	/* text NULL when none */
	const char *snippet;	/* results: where the words matched ("" if in no shown text) */
	int tier;		/* results: how well (store_search's tiers) */
	const char *date;	/* a timeline's entry: its date as the data writes it */
};

/* Whose a comparison's part is: both concepts', or one's only. */
enum doc_side { SIDE_BOTH, SIDE_FIRST, SIDE_SECOND };

/* A titled run of references: a timeline's year, or a comparison's
 * targets of one relation (or its lists) that both share or one has. */
struct doc_part {
	enum doc_sec sec;	/* comparison: SEC_LINKS, SEC_BACKLINKS, SEC_LISTS or
				 * SEC_ABOUT_LISTS; timeline: SEC_ITEMS */
	const char *title;	/* timeline: the year ("1418"), or NULL: not a year */
	const struct doc_group *group;	/* comparison links: the relation */
	enum doc_side side;
	size_t total;		/* how many there are, of which refs holds n */
	struct doc_ref *refs;
	size_t n;
};

struct doc_section {
	enum doc_sec type;
	struct doc_ref *refs;
	size_t n;
};

struct doc {
	struct arena mem;
	enum doc_type type;
	struct doc_item self;
	const char *summary, *role, *date;	/* NULL when none */
	const char *summary_en;		/* the summary in English, NULL when none */
	const char *vi;			/* the full Vietnamese spelling, NULL when none */
	const char **aliases;
	size_t naliases;
	const struct doc_source *article;	/* an article's own particulars, or NULL */
	struct doc_section sec[SEC_COUNT];	/* empty sections have n == 0 */
	struct doc_source *sources;	/* every article, for the quotes */
	size_t nsources;
	int query_cut;			/* results: the query was too long and was cut */
	int cut;			/* a part had more rows than the store reads (STORE_*_MAX) */
	const char *suggestion;		/* results: the corrected words searched instead, or NULL */
	/* DOC_COMPARE: the second concept (self and the summaries are the first's) */
	struct doc_item other;
	const char *other_summary, *other_summary_en;
	/* DOC_TIMELINE, DOC_COMPARE: the parts, in reading order */
	struct doc_part *parts;
	size_t nparts;
	size_t first, total;		/* DOC_TIMELINE: its entries start at the first-th
					 * (0-based) of all `total` */
};

/* The section's key ("links"): tsv's record type, json's key. */
const char *doc_sec_key(enum doc_sec s);
/* Whose a part is, as a key ("both", "first", "second"): tsv's field, json's value. */
const char *doc_side_key(enum doc_side s);
/* The section's heading in the interface's language. */
const char *doc_sec_title(enum doc_sec s);
/* A relation group's label in the interface's language. */
const char *doc_group_label(const struct doc_group *g);
/* How a citation names its article: the title, or says it has none. */
const char *doc_source_title(const struct doc_source *src);

/* A concept's document with about `budget` links each way (0: all). */
int doc_concept(struct store *st, const char *slug, size_t budget, struct doc *out);
/* An enumerated list's document: its members in order and its source. */
int doc_list(struct store *st, const char *slug, struct doc *out);
/* A kind's document: its concepts, by name. */
int doc_kind(struct store *st, const char *kind, struct doc *out);
/* The first `limit` results for `query`, each with a snippet cut to `width`
 * columns around the match. */
int doc_results(struct store *st, const char *query, size_t limit, size_t width, struct doc *out);
/* The same with store_search_ex()'s `flags`; out->suggestion is the
 * corrected query that was searched, if any. */
int doc_search(struct store *st, const char *query, int flags, size_t limit, size_t width,
    struct doc *out);
/* A concept's citations only, in article order (the articles' order, then
 * each passage's place in its article): what --cite prints. */
int doc_citations(struct store *st, const char *slug, struct doc *out);
/* A concept or a list, whichever `slug` names. */
int doc_target(struct store *st, const char *slug, size_t budget, struct doc *out);
void doc_free(struct doc *d);
/* A copy of store item `from` in arena `a`. */
void doc_dup_item(struct arena *a, struct doc_item *to, const struct store_item *from);

/* The concepts with a date, in date order, a part per year: `limit` (0:
 * all) from the `from`th. */
int doc_timeline(struct store *st, size_t from, size_t limit, struct doc *out);
/* A date as a reader reads it: an interval START/END as "START–END",
 * anything else as written; into buf. */
const char *doc_date_shown(const char *date, char *buf, size_t n);
/* Concepts `a` and `b` compared, about `budget` targets each way (0: all;
 * store_pair() shares them among the relations). */
int doc_compare(struct store *st, const char *a, const char *b, size_t budget, struct doc *out);
/* A comparison part's heading: its section's and relation's ("Links ·
 * cooperates on"); a timeline part's: its year, or "Other dates". */
const char *doc_part_title(const struct doc_part *p, char *buf, size_t n);
/* Whether part `i` starts under a heading of its own: every year does; a
 * comparison's relation does, and its sides follow under it. */
int doc_part_heads(const struct doc *d, size_t i);
/* Whose a part is, named: "Both", "Only Korea Selatan". */
const char *doc_side_title(const struct doc *d, enum doc_side side, char *buf, size_t n);

/*
 * A briefing: the documents of several targets, then of what they lead to
 * (breadth first, each concept once, up to a depth), the concepts beyond
 * the depth named only, and the articles every fact rests on, each
 * numbered once as a footnote.  Built here, formatted by the writers.
 */
struct doc_brief_opts {
	const char *const *targets;	/* slugs, "kind:K", "search:Q", "all" */
	size_t ntargets;
	int depth;			/* 0: the targets only; 1: their direct links */
	const char *const *relations;	/* slugs or labels to follow; NULL: all */
	size_t nrelations;
	const char *title;		/* NULL: made from the targets */
	const char *made;		/* the date it was made */
};

struct doc_brief {
	struct arena mem;
	const char *title, *made, *stamp;
	struct doc *docs;		/* the targets' first, then what they lead to */
	int *depth;			/* each document's distance from a target */
	size_t ndocs, cap;
	struct doc_item *named;		/* beyond the depth: named, not expanded */
	size_t nnamed;
	const struct doc_source **notes;	/* footnote n is notes[n - 1] */
	size_t nnotes;
	const char **missing;		/* targets that name nothing (STORE_NOTFOUND) */
	size_t nmissing;
	const char **left_out;		/* listed, but unreadable (a hostile file) */
	size_t nleft_out;
};

/* STORE_NOTFOUND (nothing built) when a target names nothing: out->missing
 * lists every such target, and doc_brief_free() must still be called. */
int doc_brief(struct store *st, const struct doc_brief_opts *o, struct doc_brief *out);
/* An article's footnote number in a briefing, 0 if it has none. */
int doc_brief_note(const struct doc_brief *b, const struct doc_source *src);
/* Whether the briefing holds `slug`'s document (1) or only names it (2). */
int doc_brief_has(const struct doc_brief *b, const char *slug);
void doc_brief_free(struct doc_brief *b);
/* Today as YYYY-MM-DD, or SOURCE_DATE_EPOCH's day: a briefing's date. */
void doc_brief_today(char *buf, size_t n);
/* What identifies the database: its format, counts and a fingerprint of its
 * concepts, written to `buf`. */
int doc_stamp(struct store *st, char *buf, size_t n);

#endif
