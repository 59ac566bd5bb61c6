/* ui.h: the curses browser, the only front end that touches the terminal. */
#ifndef TEKDIP_UI_H
#define TEKDIP_UI_H

#include "page.h"
#include "store.h"

struct deck;
struct presenter;

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

/* Present `deck` (taken over) until its end; otherwise as ui_browse. */
int ui_present(struct store *st, struct deck *deck, int color);
/* tekdip --present: a list's or concept's slug, "search:QUERY", or a tour
 * file; a target that names nothing, or a tour that does not read, is
 * refused (file:line) before anything is drawn.  The exit status. */
int ui_present_target(struct store *st, const char *target, int color);
/* ui_present.c: a presentation's slide filling the screen; the speaker
 * view that follows the presenter (tekdip --follow), until q. */
void ui_present_draw(struct presenter *p, int cols, int rows);
int ui_follow(int color);
/* For them, from ui.c: `s` at (y, x) in at most w columns, in a style;
 * curses started as the browser starts it. */
int ui_put(int y, int x, int w, const char *s, enum row_style style);
/* "Terminal too small:" and `need` on the next line, mid-screen. */
void ui_too_small(int cols, int rows, const char *need);
int ui_start(int color, char **err);
/* The terminal went away without a SIGHUP (see ui.c). */
int ui_terminal_gone(void);

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
