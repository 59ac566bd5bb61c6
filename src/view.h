/* view.h: each view turns the store's answers into a page of rows and links. */
#ifndef TEKDIP_VIEW_H
#define TEKDIP_VIEW_H

#include <stddef.h>

#include "doc.h"
#include "page.h"
#include "basket.h"
#include "state.h"
#include "store.h"

/* Links each way on a concept's page: a hub shows some of every relation
 * and a link to the rest, so it opens as fast as any other concept. */
#define VIEW_LINKS_BUDGET 100

/* What every view may read; kinds are loaded once, names for crumbs. */
struct view_ctx {
	struct store *st;
	const struct state *state;
	struct store_kinds kinds;
	int other_language;	/* summaries in the language the interface does not speak (L) */
	int evidence;		/* each link's quote beneath it, a link to its passage (e) */
	const struct basket *basket;	/* the briefing basket (A); NULL until its first use */
	int ascii;		/* maps: + - | boxes (the locale is not UTF-8, or --ascii) */
};

/* Of a summary and its English (NULL: none), the one to show, and whether
 * it is the English one: the interface's language unless other_language. */
const char *view_summary(const struct view_ctx *ctx, const char *summary, const char *summary_en,
    int *english);
/* The summary to show, headed by a line saying which language it is in. */
void view_summary_rows(struct view_ctx *ctx, struct page *p, const char *summary,
    const char *summary_en);

struct view_def {
	enum view_type type;
	const char *name;		/* for the crumb and the man page */
	int preview;			/* a list whose selection is previewed */
	int (*build)(struct view_ctx *ctx, const struct target *t, struct page *p);
	int numbered;			/* its links carry the numbers 1-9 open (a
					 * map's boxes): no others beside them (#) */
};

extern const struct view_def view_table[V_COUNT];

int view_ctx_init(struct view_ctx *ctx, struct store *st, const struct state *state);
void view_ctx_free(struct view_ctx *ctx);

/* Build the page for `t` at `width` columns into `out` (initialised here;
 * the caller frees it even on failure).  Returns a store status; on failure
 * the page holds a one-line explanation, so there is always something to show. */
int view_build(struct view_ctx *ctx, const struct target *t, size_t width, struct page *out);
/* The short preview of a list entry (name, gloss, summary, link counts). */
int view_preview(struct view_ctx *ctx, const struct target *t, size_t width, struct page *out);

/* Shared by the view files. */
/* The view an item opens in: a list's, or a concept's. */
enum view_type view_item_view(const char *kind);
const struct store_kind *view_kind(const struct view_ctx *ctx, const char *slug);
/* A concept link row: name, then the English name and kind as a note. */
void view_item_link(struct page *p, int indent, const struct store_item *it, const char *lead);
void view_doc_link(struct page *p, int indent, const struct doc_item *it, const char *lead);
/* Walking store_lookup()'s `found` for a list of slugs in its order, from
 * *j: the first item of `slug` (a slug that is both a concept and a list
 * has two), or NULL when the database lacks it; *j goes past all of them. */
const struct store_item *view_slug_item(const struct store_items *found, size_t *j, const char *slug);
/* Which of `l`'s slugs the database has (*found, in l's order) and which
 * it has not (*missing: a malloc'd array of pointers into l, NULL when
 * none; the caller frees it): bookmarks made with another --db. */
int view_slugs_split(struct store *st, const struct state_list *l, struct store_items *found,
    const char ***missing, size_t *nmissing);
/* A kind's name in the interface's language (its slug if unknown). */
const char *view_kind_name(const struct view_ctx *ctx, const char *slug);
/* A kind's plural in the interface's language. */
const char *view_plural(const struct store_kind *k);
/* `s` padded with spaces to `width` columns (display width, not bytes). */
const char *view_pad(struct page *p, const char *s, size_t width);

int view_home(struct view_ctx *ctx, const struct target *t, struct page *p);
int view_kind_list(struct view_ctx *ctx, const struct target *t, struct page *p);
int view_enum_list(struct view_ctx *ctx, const struct target *t, struct page *p);
int view_concept(struct view_ctx *ctx, const struct target *t, struct page *p);
int view_help(struct view_ctx *ctx, const struct target *t, struct page *p);
int view_history(struct view_ctx *ctx, const struct target *t, struct page *p);
int view_bookmarks(struct view_ctx *ctx, const struct target *t, struct page *p);
int view_search(struct view_ctx *ctx, const struct target *t, struct page *p);
int view_relation(struct view_ctx *ctx, const struct target *t, struct page *p);
int view_lists(struct view_ctx *ctx, const struct target *t, struct page *p);
/* An article's whole text; t->num, a citation id, is the passage to open at. */
int view_article(struct view_ctx *ctx, const struct target *t, struct page *p);
/* A concept's or list's map (view_map.c); t->depth 1-3. */
int view_map(struct view_ctx *ctx, const struct target *t, struct page *p);
/* Where `o` on a map's box goes: the page of the concept or list in it. */
struct target view_map_page(struct view_ctx *ctx, const struct target *t);
/* A quote as a link to its passage in the article view (plain when
 * `passage` is 0: the quote has no known place). */
void view_passage_link(struct page *p, int indent, const char *quote, const char *article,
    int64_t passage);
/* Every dated concept in date order, under its year (view_timeline.c). */
int view_timeline(struct view_ctx *ctx, const struct target *t, struct page *p);
/* Two concepts side by side (view_compare.c): t->key is "A\tB". */
int view_compare(struct view_ctx *ctx, const struct target *t, struct page *p);
/* A comparison shows about this many targets each way, shared among the
 * relations, and side by side from this page width (100 columns). */
#define VIEW_COMPARE_BUDGET 60
#define VIEW_COMPARE_WIDE 98
/* The timeline's entries on one page; "Later…" leads to the next. */
#define VIEW_TIMELINE_PAGE 100
/* Rows of the article view's text start at this block: a paragraph's rows
 * carry VIEW_PARA_BLOCK + its number at any width. */
#define VIEW_PARA_BLOCK 1000
/* The briefing basket (view_basket.c): one link an item, in its order. */
int view_basket(struct view_ctx *ctx, const struct target *t, struct page *p);

#endif
