/* theme.c: the table of the browser's themes, and choosing one by name. */
#include "config.h"

#include <string.h>

#include "theme.h"

#define D TC_DEFAULT
#define B TA_BOLD
#define U TA_UNDERLINE
#define R TA_REVERSE

/*
 * auto keeps the terminal's own colours and marks with attributes, so it
 * reads on a dark and a light background alike (bold yellow names were
 * nearly invisible on a light one); dark and light add colours that read
 * on that background; high-contrast paints its own black background;
 * mono is attributes only, what NO_COLOR gets.  Links are underlined or
 * coloured, the selection reversed or painted, in every theme.
 */
const struct theme theme_table[THEME_COUNT] = {
	[THEME_AUTO] = { "auto", 1, {
		[TR_TEXT] = { D, D, 0 }, [TR_NAME] = { D, D, B }, [TR_META] = { TC_MAGENTA, D, 0 },
		[TR_HEADING] = { D, D, B | U }, [TR_SUBHEADING] = { D, D, B },
		[TR_QUOTE] = { D, D, TA_DIM }, [TR_LINK] = { D, D, U }, [TR_KEY] = { D, D, B },
		[TR_SELECTED] = { D, D, R | B }, [TR_NOTE] = { D, D, TA_DIM }, [TR_BAR] = { D, D, R },
		[TR_NOTICE] = { TC_BLACK, TC_YELLOW, 0 }, [TR_MARK] = { D, D, R | B },
		[TR_NUMBER] = { D, D, R | B } } },
	[THEME_DARK] = { "dark", 1, {
		[TR_TEXT] = { D, D, 0 }, [TR_NAME] = { TC_YELLOW, D, B }, [TR_META] = { TC_GREEN, D, 0 },
		[TR_HEADING] = { TC_GREEN, D, B | U }, [TR_SUBHEADING] = { TC_GREEN, D, B },
		[TR_QUOTE] = { TC_MAGENTA, D, 0 }, [TR_LINK] = { TC_CYAN, D, 0 },
		[TR_KEY] = { TC_YELLOW, D, B }, [TR_SELECTED] = { D, D, R | B },
		[TR_NOTE] = { D, D, TA_DIM }, [TR_BAR] = { D, D, R },
		[TR_NOTICE] = { TC_BLACK, TC_YELLOW, 0 }, [TR_MARK] = { D, D, R | B },
		[TR_NUMBER] = { TC_BLACK, TC_CYAN, B } } },
	[THEME_LIGHT] = { "light", 1, {
		[TR_TEXT] = { D, D, 0 }, [TR_NAME] = { TC_BLUE, D, B }, [TR_META] = { TC_MAGENTA, D, 0 },
		[TR_HEADING] = { TC_RED, D, B | U }, [TR_SUBHEADING] = { TC_RED, D, B },
		[TR_QUOTE] = { D, D, TA_DIM }, [TR_LINK] = { TC_BLUE, D, U },
		[TR_KEY] = { TC_BLUE, D, B }, [TR_SELECTED] = { D, D, R | B },
		[TR_NOTE] = { D, D, TA_DIM }, [TR_BAR] = { D, D, R },
		[TR_NOTICE] = { TC_WHITE, TC_BLUE, B }, [TR_MARK] = { D, D, R | B },
		[TR_NUMBER] = { TC_WHITE, TC_BLUE, B } } },
	[THEME_HIGH_CONTRAST] = { "high-contrast", 1, {
		[TR_TEXT] = { TC_WHITE, TC_BLACK, 0 }, [TR_NAME] = { TC_WHITE, TC_BLACK, B },
		[TR_META] = { TC_CYAN, TC_BLACK, B }, [TR_HEADING] = { TC_WHITE, TC_BLACK, B | U },
		[TR_SUBHEADING] = { TC_WHITE, TC_BLACK, B }, [TR_QUOTE] = { TC_WHITE, TC_BLACK, 0 },
		[TR_LINK] = { TC_YELLOW, TC_BLACK, B | U }, [TR_KEY] = { TC_YELLOW, TC_BLACK, B },
		[TR_SELECTED] = { TC_BLACK, TC_YELLOW, B }, [TR_NOTE] = { TC_CYAN, TC_BLACK, 0 },
		[TR_BAR] = { TC_BLACK, TC_WHITE, B }, [TR_NOTICE] = { TC_BLACK, TC_YELLOW, B },
		[TR_MARK] = { TC_BLACK, TC_CYAN, B }, [TR_NUMBER] = { TC_BLACK, TC_WHITE, B } } },
	[THEME_MONO] = { "mono", 0, {
		[TR_TEXT] = { D, D, 0 }, [TR_NAME] = { D, D, B }, [TR_META] = { D, D, 0 },
		[TR_HEADING] = { D, D, B | U }, [TR_SUBHEADING] = { D, D, B },
		[TR_QUOTE] = { D, D, TA_DIM }, [TR_LINK] = { D, D, U }, [TR_KEY] = { D, D, B },
		[TR_SELECTED] = { D, D, R | B }, [TR_NOTE] = { D, D, TA_DIM }, [TR_BAR] = { D, D, R },
		[TR_NOTICE] = { D, D, R | B }, [TR_MARK] = { D, D, R | B },
		[TR_NUMBER] = { D, D, R | B } } },
};

int
theme_parse(const char *name)
{
	for (int i = 0; i < THEME_COUNT; i++)
		if (name && strcmp(name, theme_table[i].name) == 0)
			return i;
	return -1;
}

/* The names from the table, so a new row is named in every message. */
const char *
theme_names(void)
{
	static char names[128];

	if (!*names)
		for (int i = 0; i < THEME_COUNT; i++) {
			strncat(names, theme_table[i].name, sizeof names - strlen(names) - 1);
			if (i + 1 < THEME_COUNT)
				strncat(names, ", ", sizeof names - strlen(names) - 1);
		}
	return names;
}

enum theme_id
theme_effective(int want, int color)
{
	if (!color)
		return THEME_MONO;
	return want >= 0 && want < THEME_COUNT ? (enum theme_id)want : THEME_AUTO;
}
