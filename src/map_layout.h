/* map_layout.h: a map drawn as rows of text with boxes, for the browser and --map; no curses. */
#ifndef TEKDIP_MAP_LAYOUT_H
#define TEKDIP_MAP_LAYOUT_H

#include <stddef.h>

#include "arena.h"
#include "doc_map.h"

/*
 * The centre (or a list) is a box at the top; under it, each relation is
 * a branch labelled as it reads from the box above, holding a box per
 * concept, side by side as the width allows; a box whose own links are
 * in the map has them under it in turn.  Columns are display columns, so
 * a row's cells line up whatever the names' scripts.
 */

enum map_row_type { MAP_ROW_LINE, MAP_ROW_LABEL, MAP_ROW_BOX };

/* A box's middle, its borders included: what a link is on screen. */
struct map_cell {
	int col, width;		/* display columns in the row's text */
	int node;		/* the concept in it, or -1: "N more" of `group` */
	int group;
	int number;		/* 1-9 as drawn, 0 none (the centre is never numbered) */
};

struct map_row {
	const char *text;
	enum map_row_type type;
	int centre;		/* the row of the centre's name */
	struct map_cell *cells;	/* left to right, never touching: a space between */
	size_t ncells, cellcap;
};

struct map_layout {
	struct arena mem;
	struct map_row *rows;
	size_t nrows, rowcap;
	size_t nlinks;		/* cells in all rows */
};

struct map_layout_opts {
	size_t width;		/* the columns a row may take */
	int ascii;		/* + - | instead of box-drawing, names in ASCII */
	int numbers;		/* number the boxes 1-9 after the centre, for the 1-9 keys */
};

/* 0, or -1 when out of memory (then out is freed). */
int map_layout(const struct doc_map *m, const struct map_layout_opts *o, struct map_layout *out);
void map_layout_free(struct map_layout *l);

#endif
