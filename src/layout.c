/* layout.c: the screen's panes, and what fits in them: the list and the preview, cuts, link numbers. */
#include "config.h"

#include <string.h>

#include "layout.h"

int
layout_side_width(int cols)
{
	int side = (cols - 1) / 2;

	return side < LAYOUT_SIDE_MAX ? side : LAYOUT_SIDE_MAX;
}

void
layout_compute(struct layout *l, int cols, int rows, int preview, int numbers)
{
	int h = rows - 2;

	memset(l, 0, sizeof *l);
	l->cols = cols;
	l->rows = rows;
	l->gutter = LAYOUT_GUTTER + (numbers ? LAYOUT_NUMBERS : 0);
	l->too_small = cols < BROWSER_MIN_COLS || rows < BROWSER_MIN_ROWS;
	l->body = (struct rect){ 1, 0, h > 1 ? h : 1, cols > 1 ? cols : 1 };
	if (!preview || l->too_small)
		return;
	if (cols >= BROWSER_SIDE_COLS) {
		int side = layout_side_width(cols);

		l->preview = PREVIEW_BESIDE;
		l->body.w = cols - side - 1;
		l->sep = (struct rect){ 1, l->body.w, h, 1 };
		l->side = (struct rect){ 1, l->body.w + 1, h, side };
	} else {
		l->preview = PREVIEW_BELOW;
		l->body.h = (h - 1) * 3 / 5;
		l->sep = (struct rect){ 1 + l->body.h, 0, 1, cols };
		l->side = (struct rect){ 2 + l->body.h, 0, h - l->body.h - 1, cols };
	}
}

int
layout_cut_room(int room, int need)
{
	if (need <= room)
		return need > 0 ? need : 0;
	return room - 1 >= LAYOUT_CUT_MIN ? room : 0;
}

int
layout_status_hints(int cols, int crumb, int hints)
{
	int room = cols - hints - 2;

	return room >= crumb || room >= LAYOUT_CRUMB_MIN;
}

int
layout_link_number(const struct page *p, const struct pos *pos, int height, int first, int link)
{
	int n = link - first + 1, row = page_link_row(p, link);

	if (first < 0 || n < 1 || n > 9 || row < pos->top || row >= pos->top + height)
		return 0;
	return n;
}
