/* ui_term.c: refusing, before curses starts, a terminal it could not drive. */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* before term.h, whose macros (`lines`, `columns`) would rewrite it */
#include "ui.h"

#include <curses.h>
#include <term.h>

int
ui_check_terminal(char **err)
{
	const char *term = getenv("TERM");
	int errret = 0;

	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))
		*err = strdup("the browser needs a terminal (try --help for the text commands)");
	else if (!term || !*term || strcmp(term, "dumb") == 0)
		*err = strdup("TERM is unset or dumb: the browser needs a real terminal");
	else if (setupterm(NULL, STDOUT_FILENO, &errret) != OK)
		*err = strdup("the terminal type in TERM is not in the terminfo database");
	else {
		del_curterm(cur_term);
		return 0;
	}
	return -1;
}
