/* theme.h: the browser's themes, one table row per theme and one column per role, no curses. */
#ifndef TEKDIP_THEME_H
#define TEKDIP_THEME_H

#include "page.h"

/* What a piece of the screen is.  The first R_STYLE_COUNT roles are the
 * page's row styles, so a row's style is its role. */
enum theme_role {
	TR_TEXT = R_TEXT, TR_NAME = R_TITLE, TR_META = R_META, TR_HEADING = R_HEADING,
	TR_SUBHEADING = R_SUBHEADING, TR_QUOTE = R_QUOTE, TR_LINK = R_LINK, TR_KEY = R_KEY,
	TR_SELECTED = R_STYLE_COUNT,	/* the selected link */
	TR_NOTE,		/* the English name and kind after a link */
	TR_BAR,			/* the title and status bars */
	TR_NOTICE,		/* a message on the status line */
	TR_MARK,		/* a searched word */
	TR_NUMBER,		/* a link's number (#) */
	TR_COUNT
};

enum theme_id { THEME_AUTO, THEME_DARK, THEME_LIGHT, THEME_HIGH_CONTRAST, THEME_MONO, THEME_COUNT };

/* Colours are the eight ANSI ones (curses' COLOR_* numbers), -1 the
 * terminal's own; attributes are the flags below. */
enum { TC_DEFAULT = -1, TC_BLACK, TC_RED, TC_GREEN, TC_YELLOW, TC_BLUE, TC_MAGENTA, TC_CYAN, TC_WHITE };
enum { TA_BOLD = 1, TA_UNDERLINE = 2, TA_REVERSE = 4, TA_DIM = 8 };

struct theme_style {
	signed char fg, bg;
	unsigned char attrs;
};

struct theme {
	const char *name;
	int colors;		/* 0: attributes only (mono) */
	struct theme_style role[TR_COUNT];
};

extern const struct theme theme_table[THEME_COUNT];

/* The theme called `name`, or -1. */
int theme_parse(const char *name);
/* "auto, dark, light, high-contrast, mono", for messages and the help. */
const char *theme_names(void);
/* The theme drawn: `want` (a theme_id), or mono when there is no colour
 * (NO_COLOR, --color never, a terminal without colours). */
enum theme_id theme_effective(int want, int color);

#endif
