/* layout.h: the screen's panes, and what fits in them, as plain arithmetic. */
#ifndef TEKDIP_LAYOUT_H
#define TEKDIP_LAYOUT_H

#include "browser.h"

#define LAYOUT_GUTTER 2		/* the selection marker and a space */
#define LAYOUT_NUMBERS 2	/* and a link's number and a space, with # */
#define LAYOUT_SIDE_MAX 72	/* a preview wider than this is harder to read */
#define LAYOUT_CUT_MIN 4	/* columns a cut keeps before its "…" */
#define LAYOUT_CRUMB_MIN 40	/* columns of the crumb worth more than the key hints */

/* The panes for a `cols` x `rows` screen: the list, and a preview beside
 * or below it when `preview`; `numbers` widens the list's gutter for the
 * link numbers. */
void layout_compute(struct layout *l, int cols, int rows, int preview, int numbers);
/* Columns of the preview beside a list on a `cols`-wide screen: about
 * half, at most LAYOUT_SIDE_MAX; the list takes the rest. */
int layout_side_width(int cols);
/* Columns of a text `need` columns wide to draw in `room`: all of it, a
 * cut (room, its last column the "…"), or 0 when a cut would keep fewer
 * than LAYOUT_CUT_MIN columns: one letter and "…" say nothing. */
int layout_cut_room(int room, int need);
/* 1 when the status line of a `cols`-wide screen shows the key hints
 * (`hints` columns) after a crumb `crumb` columns wide: the crumb keeps
 * at least LAYOUT_CRUMB_MIN columns, or all of it. */
int layout_status_hints(int cols, int crumb, int hints);
/* The number (1-9) that opens link `link` on screen, or 0; `first` is
 * page_first_visible_link(), found once for all the links drawn: the
 * links on screen are numbered in order from it. */
int layout_link_number(const struct page *p, const struct pos *pos, int height, int first, int link);

#endif
