/* floor.c: tekdip-floor, what any curses program pays to show one screen and quit on q: the floor under tekdip's open-and-quit. */
#include "config.h"

#include <curses.h>
#include <locale.h>

/*
 * The terminal set up as tekdip's ui.c sets it up (modes, keypad, mouse,
 * colours, the screen left once so that a refresh is one write), then a
 * screen of text with a few attributes, as the home page has, and q.  No
 * database, no catalogue, no state: the difference between this and
 * tekdip in the same run is what tekdip itself costs.
 */
int
main(void)
{
	static const short pairs[][2] = {
		{ COLOR_BLUE, -1 }, { COLOR_CYAN, -1 }, { COLOR_GREEN, -1 }, { COLOR_YELLOW, -1 },
		{ COLOR_MAGENTA, -1 }, { COLOR_RED, -1 }, { COLOR_WHITE, COLOR_BLUE }, { COLOR_BLACK, COLOR_CYAN },
	};

	setlocale(LC_CTYPE, "");
	if (newterm(NULL, stdout, stdin) == NULL)
		return 1;
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	timeout(200);
	mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED, NULL);
	mouseinterval(0);
	if (has_colors()) {
		start_color();
		use_default_colors();
		for (short i = 0; i < (short)(sizeof pairs / sizeof *pairs); i++)
			init_pair((short)(i + 1), pairs[i][0], pairs[i][1]);
	}
	curs_set(1);
	endwin();
	for (int y = 0; y < LINES && y < 24; y++) {
		attr_t a = y == 0 || y == LINES - 1 ? A_REVERSE : y % 4 == 1 ? A_BOLD : COLOR_PAIR(1 + y % 8);

		attron(a);
		mvprintw(y, 1, "Konsep %2d · kerja sama sains dan teknologi, diplomasi, Việt Nam", y);
		attroff(a);
	}
	move(6, 2);
	while (getch() != 'q')
		continue;
	endwin();
	return 0;
}
