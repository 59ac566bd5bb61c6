/* page.h: a view's content as plain rows with links, and moving through it. */
#ifndef TEKDIP_PAGE_H
#define TEKDIP_PAGE_H

#include <stddef.h>

#include "action.h"
#include "arena.h"
#include "target.h"
#include "text.h"

enum row_style {
	R_TEXT, R_TITLE, R_META, R_HEADING, R_SUBHEADING, R_QUOTE, R_LINK, R_KEY,
	R_STYLE_COUNT
};

/* A piece of a row a view places itself (a box, a column, a date), so one
 * screen line can hold several links.  Columns are display columns. */
struct cell {
	int col;		/* from the row's indent */
	int width;
	const char *text;
	enum row_style style;
	int link;		/* index into links, or -1 */
};

/* One screen line.  Rows are built for one width; `block` numbers the
 * source paragraph so a rebuild at another width can find its place.
 * A row of cells keeps its whole line in `text` too, for search. */
struct row {
	const char *text;
	const char *note;	/* dimmer text after `text`, or NULL */
	int indent;
	enum row_style style;
	int link;		/* the row's first link, or -1 */
	int nlinks;		/* links link .. link + nlinks - 1 are on this row */
	struct cell *cells;	/* NULL: the row is one text, at most one link */
	size_t ncells, cellcap;
	int block;
};

/* Where a link sits on screen: columns from the pane's left edge, where
 * the selection's cursor goes; width 0 is the whole row. */
struct link_span {
	int row;
	int col;
	int width;
};

struct page {
	struct arena mem;
	const char *crumb;	/* "Mitra › Korea Selatan" */
	struct row *rows;
	size_t nrows, rowcap;
	struct target *links;
	struct link_span *spans;	/* one per link, in reading order */
	size_t nlinks, linkcap;
	size_t width;		/* the width rows were wrapped to */
	int block;		/* current block while building */
	int cell_row;		/* the row page_cell adds to, or -1 */
	int anchor;		/* an article's text: the link of the passage that
				 * holds the citation it was opened at, or -1 */
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
/* A link row leading to `to`; a text wider than the page wraps onto
 * rows of the same link, so a name is never cut on screen. */
void page_link(struct page *p, int indent, const char *s, const char *note, const struct target *to);
/* The rows added since the last link's row are part of that link: drawn
 * selected with it (a passage or a quote wrapped over several lines). */
void page_link_continues(struct page *p);
/* Start a row whose cells the view places (page_cell). */
void page_cells(struct page *p, enum row_style style, int indent);
/* A cell on the last page_cells row, `col` columns after its indent and
 * cut to `width`; a link to `to` unless NULL.  Cells go left to right: one
 * that would overlap the one before starts after it. */
void page_cell(struct page *p, int col, int width, enum row_style style, const char *s,
    const struct target *to);
/* A cell of running text on the last page_cells row at exactly `col`
 * (no blank column kept before it, unlike page_cell: a word and the full
 * stop after it stay together), part of link `link` (a passage wrapped
 * onto this row: drawn selected with its first cell, one stop for Tab,
 * 1-9 and the mouse) or plain text with link -1. */
void page_cell_link(struct page *p, int col, int width, enum row_style style, const char *s,
    int link);
/* The last cell added becomes a new link to `to`; its index, or -1. */
int page_cell_new_link(struct page *p, const struct target *to);
/* Whether row `row` shows part of link `link` (its own or a continuation). */
int page_row_has_link(const struct page *p, int row, int link);
/* printf into the page's memory. */
const char *page_fmt(struct page *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));


/* The row link `link` is on, and the link under column `col` of row `row`
 * (pane columns, as in struct link_span), or -1. */
int page_link_row(const struct page *p, int link);
int page_link_at(const struct page *p, int row, int col);

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
