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

/* Run the browser until the user quits; `start` is a slug or NULL for home;
 * color: 1 always, 0 never, -1 unless NO_COLOR is set.  Returns the exit
 * status (128+N after signal N, or after the terminal hung up: 129). */
int ui_browse(struct store *st, const char *start, int color);
/* The theme ui_browse draws with (a theme_id, theme.h); before it. */
void ui_set_theme(int id);
/* --ascii: draw in ASCII whatever the locale (maps in + - |). */
void ui_force_ascii(void);

/* ui_signal.c.  Catch every signal whose default action ends the process
 * (before curses starts: the terminal modes then are the shell's); arm
 * the handler of fatal faults with the terminal's leave sequences (once
 * curses has read terminfo); the signal that asked the browser to end,
 * or 0; make the main loop end as that signal would. */
void ui_signals_catch(void);
void ui_signals_arm(void);
int ui_signal_pending(void);
void ui_signal_raise(int sig);

#endif
