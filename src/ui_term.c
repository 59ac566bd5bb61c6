/* ui_term.c: refusing a terminal curses could not drive, before it writes to it. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "i18n.h"

/* before term.h, whose macros (`lines`, `columns`) would rewrite it */
#include "ui.h"

#include <curses.h>
#include <term.h>

/* What can be told without reading terminfo: that read is curses' own,
 * once, when it starts (ui_start_curses). */
int
ui_check_terminal(char **err)
{
	const char *term = getenv("TERM");

	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))
		*err = strdup(_("the browser needs a terminal (try --help for the text commands)"));
	else if (!term || !*term || strcmp(term, "dumb") == 0)
		*err = strdup(_("TERM is unset or dumb: the browser needs a real terminal"));
	else
		return 0;
	return -1;
}

/* initscr() would exit on a TERM terminfo does not know; newterm() says so
 * before it writes anything to the terminal. */
int
ui_start_curses(char **err)
{
	if (newterm(NULL, stdout, stdin) == NULL) {
		*err = strdup(_("the terminal type in TERM is not in the terminfo database"));
		return -1;
	}
	return 0;
}
