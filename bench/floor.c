/* floor.c: tekdip-floor [DB], what a curses program pays to show one screen and quit on q (with DB, after reading one number from SQLite): the floors under tekdip's open-and-quit. */
#include "config.h"

#include <curses.h>
#include <locale.h>
#include <sqlite3.h>
#include <string.h>

/*
 * The terminal set up as tekdip's ui.c sets it up (modes, keypad, mouse,
 * colours, the screen left once so that a refresh is one write), then a
 * screen of text with a few attributes, as the home page has, and q.  No
 * database, no catalogue, no state: the difference between this and
 * tekdip in the same run is what tekdip itself costs.
 *
 * `tekdip-floor DB` first opens DB read-only and immutable, as tekdip does
 * (an absolute path, which needs no escaping in a URI), and counts
 * its kinds, the least a first screen drawn from SQLite can ask of it:
 * one statement, which loads the schema.  The count is shown, so that
 * nothing can be left out.  Between this and the plain floor is what
 * SQLite itself costs, before tekdip does anything with it.
 */
static int
count_kinds(const char *path)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *st = NULL;
	char *uri;
	int n = -1;

	if (path[0] != '/' || strpbrk(path, "?#%") != NULL)
		return -1;
	if ((uri = sqlite3_mprintf("file:%s?mode=ro&immutable=1", path)) != NULL &&
	    sqlite3_open_v2(uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) == SQLITE_OK &&
	    sqlite3_prepare_v2(db, "SELECT count(*) FROM kind", -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		n = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	sqlite3_close(db);
	sqlite3_free(uri);
	return n;
}

int
main(int argc, char **argv)
{
	static const short pairs[][2] = {
		{ COLOR_BLUE, -1 }, { COLOR_CYAN, -1 }, { COLOR_GREEN, -1 }, { COLOR_YELLOW, -1 },
		{ COLOR_MAGENTA, -1 }, { COLOR_RED, -1 }, { COLOR_WHITE, COLOR_BLUE }, { COLOR_BLACK, COLOR_CYAN },
	};
	int kinds = 0;

	setlocale(LC_CTYPE, "");
	if (argc > 1 && (kinds = count_kinds(argv[1])) < 0)
		return 1;
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
		mvprintw(y, 1, "Konsep %2d/%d · kerja sama sains dan teknologi, diplomasi, Việt Nam", y, kinds);
		attroff(a);
	}
	move(6, 2);
	while (getch() != 'q')
		continue;
	endwin();
	return 0;
}
