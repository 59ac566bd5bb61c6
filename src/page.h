/* page.h: a view's content as plain rows with links, and moving through it. */
#ifndef TEKDIP_PAGE_H
#define TEKDIP_PAGE_H

#include <stddef.h>

#include "action.h"
#include "arena.h"
#include "text.h"

enum view_type {
	V_HOME, V_KIND, V_LIST, V_CONCEPT, V_HELP, V_HISTORY, V_BOOKMARKS, V_SEARCH,
	V_LINKS, V_BACKLINKS, V_LISTS, V_ARTICLE, V_COUNT
};

#define SLUG_MAX 128

/* Where a link leads; small and copyable so history can keep it. */
struct target {
	enum view_type view;
	char slug[SLUG_MAX];	/* kind, list or concept slug, or the query; "" otherwise */
	int num;		/* the page of search results; the relation of links;
				 * an article's or a passage's citation id */
};

enum row_style {
	R_TEXT, R_TITLE, R_META, R_HEADING, R_SUBHEADING, R_QUOTE, R_LINK, R_KEY,
	R_STYLE_COUNT
};

/* One screen line.  Rows are built for one width; `block` numbers the
 * source paragraph so a rebuild at another width can find its place. */
struct row {
	const char *text;
	const char *note;	/* dimmer text after `text`, or NULL */
	int indent;
	enum row_style style;
	int link;		/* index into links, or -1 */
	int block;
};

struct page {
	struct arena mem;
	const char *crumb;	/* "Mitra › Korea Selatan" */
	struct row *rows;
	size_t nrows, rowcap;
	struct target *links;
	int *link_row;
	size_t nlinks, linkcap;
	size_t width;		/* the width rows were wrapped to */
	int block;		/* current block while building */
};

/* Scroll position and selection; sel is a link index or -1. */
struct pos {
	int top;
	int sel;
};

void page_init(struct page *p, size_t width);
void page_free(struct page *p);
/* Start a new source block (a paragraph, a heading, a link). */
void page_block(struct page *p);
/* Wrapped text; every line indented by `indent` columns. */
void page_text(struct page *p, enum row_style style, int indent, const char *s);
/* One unwrapped row (drawing truncates it). */
void page_row(struct page *p, enum row_style style, int indent, const char *s, const char *note);
void page_blank(struct page *p);
/* A link row leading to `to`. */
void page_link(struct page *p, int indent, const char *s, const char *note, const struct target *to);
/* printf into the page's memory. */
const char *page_fmt(struct page *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

struct target target_make(enum view_type view, const char *slug);
int target_equal(const struct target *a, const struct target *b);

/* Apply a movement action for a body `height` rows tall; returns 1 if it moved. */
int page_move(const struct page *p, struct pos *pos, enum action a, int height);
/* Clamp top and keep the selection on screen. */
void page_clamp(const struct page *p, struct pos *pos, int height);
/* First selectable link at or after row `top` that is visible, or -1. */
int page_first_visible_link(const struct page *p, const struct pos *pos, int height);
/* The nth (1-based) link visible on screen, or -1. */
int page_nth_visible_link(const struct page *p, const struct pos *pos, int height, int n);
/* The first row after `from` (dir 1) or before it (dir -1) holding a word
 * that starts with one of `t`, or -1. */
int page_find(const struct page *p, const struct text_tokens *t, int from, int dir);
/* Index of the first row of `block` or after, for restoring a place. */
int page_row_of_block(const struct page *p, int block);

#endif
