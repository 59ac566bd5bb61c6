/* ui.h: the curses browser, the only front end that touches the terminal. */
#ifndef TEKDIP_UI_H
#define TEKDIP_UI_H

#include "store.h"

/* Refuse before anything else: stdin/stdout not a terminal, TERM unset or
 * too dumb.  Returns 0, or -1 with a malloc'd reason in *err. */
int ui_check_terminal(char **err);
/* Start curses, or refuse a TERM terminfo does not know, the terminal
 * untouched.  Returns 0, or -1 with a malloc'd reason in *err. */
int ui_start_curses(char **err);

/* Run the browser until the user quits; `start` is a slug or NULL for home.
 * Returns the exit status (128+N after signal N). */
int ui_browse(struct store *st, const char *start);

#endif
