/* ui.h: the curses browser, the only front end that touches the terminal. */
#ifndef TEKDIP_UI_H
#define TEKDIP_UI_H

#include "store.h"

/* Refuse before curses starts: stdin/stdout not a terminal, TERM unset,
 * unknown or too dumb.  Returns 0, or -1 with a malloc'd reason in *err. */
int ui_check_terminal(char **err);

/* Run the browser until the user quits; `start` is a slug or NULL for home.
 * Returns the exit status (128+N after signal N). */
int ui_browse(struct store *st, const char *start);

#endif
