/* browser.h: the browser's state and what each action does to it, with no terminal. */
#ifndef TEKDIP_BROWSER_H
#define TEKDIP_BROWSER_H

#include "action.h"
#include "basket.h"
#include "doc_map.h"
#include "nav.h"
#include "page.h"
#include "prompt.h"
#include "state.h"
#include "view.h"

#define BROWSER_MIN_COLS 40
#define BROWSER_MIN_ROWS 10
#define BROWSER_SIDE_COLS 100	/* from this width the preview sits beside the list */

struct rect {
	int y, x, h, w;
};

/* What the basket asks on the status line: nothing, the briefing's file
 * name (typed in b->prompt), whether to replace that file, or to clear. */
enum basket_ask { ASK_NONE, ASK_FILE, ASK_REPLACE, ASK_CLEAR };

/* Where a list's preview goes: nowhere, beside the list or below it. */
enum preview_place { PREVIEW_NONE, PREVIEW_BESIDE, PREVIEW_BELOW };

/* Row 0 is the title bar, the last row the status line, the body between. */
struct layout {
	int cols, rows;
	int too_small;
	enum preview_place preview;
	struct rect body, sep, side;
	int gutter;		/* columns left of the list's rows: marker (and number) */
};

struct browser {
	struct view_ctx ctx;
	struct state state;
	struct nav nav;
	struct page page, preview;
	struct target preview_of;
	struct pos pos;
	struct layout lay;
	char notice[256];
	int quit;
	/* search: the prompt while it is open, the words to highlight, and
	 * the row of the last n/N match */
	int prompting;
	struct prompt prompt;
	struct text_tokens live, last;
	int match_row;
	/* a concept shown as an item of an enumerated list: the list it was
	 * opened from (for { and }), and its place in it (in_list) */
	char from_list[SLUG_MAX];
	struct store_place place;
	int in_list;
	/* y: a citation for the terminal's clipboard, which the ui sends
	 * (OSC 52) and frees; NULL when there is none to send */
	char *clipboard;
	int osc52;		/* the ui sends OSC 52: the terminal may take it */
	int numbers;		/* #: link numbers shown (1), hidden (0), not chosen yet (-1):
				 * hidden until a presentation ends */
	int preview_hidden;	/* v: the list takes the whole screen */
	int preview_top;	/* J, K: the preview's first row shown */
	/* the briefing basket, and the question it is asking on the status
	 * line (browser_basket.c): a file name in the prompt, or y/n */
	struct basket basket;
	enum basket_ask asking;
	char question[256];
	char compare_mark[SLUG_MAX];	/* c: the concept marked for comparison, "" for none */
	struct presenter *present;	/* a presentation running over the browser, or NULL */
	int present_ends;	/* it was tekdip --present: its end ends tekdip */
	int stale;		/* the page is not built for this screen (resized under a
				 * slide, or never built under tekdip --present): the
				 * presentation's end rebuilds it */
};
/* The status line's notice, cut to its size. */
void browser_notice(struct browser *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A malloc'd reason (freed here) as the notice; when it is NULL,
 * `otherwise`, or nothing new when that is NULL too: a save that failed
 * says why instead of what it did. */
void browser_notice_take(struct browser *b, char *msg, const char *otherwise);
/* Whether the link numbers are shown on the current page (#). */
int browser_numbers(const struct browser *b);

/* Open on `start` (a concept slug, NULL for home).  -1 with *err malloc'd. */
int browser_open(struct browser *b, struct store *st, const char *start, int cols, int rows, char **err);
struct deck;
/* tekdip --present: open presenting `deck` (taken over), whose end ends
 * tekdip; the home page beneath it is never shown, so never built. */
int browser_open_deck(struct browser *b, struct store *st, struct deck *deck, int cols, int rows,
    char **err);
void browser_close(struct browser *b);
void browser_resize(struct browser *b, int cols, int rows);
/* A key pressed: looked up in the prompt's keys or the browser's. */
void browser_key(struct browser *b, int key);
/* `key` is the key that was pressed (for 1-9). */
void browser_do(struct browser *b, enum action a, int key);
/* The words to highlight on screen (none: n == 0). */
const struct text_tokens *browser_highlight(const struct browser *b);
/* Mouse: a click at a screen cell, a wheel turn of `lines`. */
void browser_click(struct browser *b, int y, int x);
void browser_wheel(struct browser *b, int lines);
/* The article view (browser_reader.c). */
/* Lines of the text shown above a passage opened from a citation. */
#define READER_CONTEXT 3
/* Select the passage of citation `num` and scroll it on screen. */
void reader_place(struct browser *b, int64_t num);
/* n, N with no search: the selected concept's next or previous passage. */
void reader_step(struct browser *b, int dir);
/* y: the selected passage or citation as a citation in memo form, to the
 * clipboard file and (through the ui) the terminal's clipboard. */
void reader_copy(struct browser *b);

/* The basket (browser_basket.c): a, A's page's keys, and the answer to
 * its question while b->asking. */
void basket_do(struct browser *b, enum action a);
void basket_answer(struct browser *b, int key);
/* Read the basket's file on its first use (a, A), not at every start;
 * b->ctx.basket is NULL until then.  1 when the reading put a notice
 * (a damaged file moved aside), else 0. */
int basket_ensure(struct browser *b);
/* What a and m act on: the concept or list shown, else the one selected
 * in a list of them; NULL when neither. */
const char *browser_current_item(const struct browser *b);
/* Rebuild the page shown, at its place, with the selection on link `sel`
 * (-1: where it was). */
void browser_reload(struct browser *b, int sel);
/* c: mark the concept shown or selected, or compare the marked one with
 * it (browser_compare.c). */
void browser_compare(struct browser *b);
/* Open `t`, as following a link does. */
void browser_go(struct browser *b, const struct target *t);
/* The map's actions (browser_map.c): M, + and - (`step`), o. */
void browser_map(struct browser *b);
void browser_map_depth(struct browser *b, int step);
void browser_map_page(struct browser *b);
/* Presentations (browser_present.c).  p: present what is shown. */
void browser_present(struct browser *b);
/* Present `deck` (taken over); ends_tekdip: q quits.  -1 with a
 * malloc'd *err when another presenter runs. */
int browser_present_deck(struct browser *b, struct deck *deck, int ends_tekdip, char **err);
void browser_present_key(struct browser *b, int key);
/* Let the speaker views that are waiting connect. */
void browser_present_tick(struct browser *b);
/* Close the presentation and its speaker views, and nothing else: for
 * browser_close(). */
void browser_present_stop(struct browser *b);

/* Where the reader is: "12/35" in lists, "Top", "Bot", "40%" on pages. */
void browser_position(const struct browser *b, char *out, size_t size);

#endif
