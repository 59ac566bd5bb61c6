/* ui.c: the curses front end: draws the browser model, reads keys, mouse and signals. */
#include "config.h"

#include <curses.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include "browser.h"
#include "i18n.h"
#include "layout.h"
#include "msg.h"
#include "text.h"
#include "theme.h"
#include "ui.h"

/* --- styles ----------------------------------------------------------- */

static enum theme_id theme_want = THEME_AUTO;
static const struct theme *theme = &theme_table[THEME_MONO];
static int theme_pairs;		/* colour pairs were made: pair role + 1 */

void
ui_set_theme(int id)
{
	theme_want = (enum theme_id)id;
}

/* color: 1 always, 0 never, -1 unless NO_COLOR is set; with no colour
 * the mono theme marks links and the selection with attributes alone. */
static void
setup_colors(int color)
{
	const char *no = getenv("NO_COLOR");
	int on = has_colors() && (color < 0 ? !(no && *no) : color);
	int dflt;

	theme = &theme_table[theme_effective(theme_want, on)];
	theme_pairs = 0;
	if (!theme->colors)
		return;
	start_color();
	/* the terminal's own colours where the theme keeps them, so auto
	 * reads on a dark and a light background alike */
	dflt = use_default_colors() == OK;
	for (int r = 0; r < TR_COUNT; r++) {
		short fg = theme->role[r].fg, bg = theme->role[r].bg;

		if (!dflt) {
			fg = fg < 0 ? COLOR_WHITE : fg;
			bg = bg < 0 ? COLOR_BLACK : bg;
		}
		init_pair((short)(r + 1), fg, bg);
	}
	theme_pairs = 1;
	bkgdset(' ' | COLOR_PAIR(TR_TEXT + 1));
}

static attr_t
role_attr(enum theme_role r)
{
	static const struct {
		unsigned flag;
		attr_t attr;
	} flags[] = { { TA_BOLD, A_BOLD }, { TA_UNDERLINE, A_UNDERLINE }, { TA_REVERSE, A_REVERSE },
		{ TA_DIM, A_DIM } };
	attr_t a = theme_pairs ? COLOR_PAIR(r + 1) : A_NORMAL;

	for (size_t i = 0; i < sizeof flags / sizeof *flags; i++)
		if (theme->role[r].attrs & flags[i].flag)
			a |= flags[i].attr;
	return a;
}

static attr_t
style_attr(enum row_style s)
{
	return role_attr((enum theme_role)s);
}

/* The selected link: the selection's colours with the row's own bold
 * and underline, so a link stays marked inside it. */
static attr_t
selected_attr(enum row_style s)
{
	return role_attr(TR_SELECTED) | (style_attr(s) & (A_BOLD | A_UNDERLINE));
}

/* --- drawing ---------------------------------------------------------- */

/* The locale is not UTF-8: curses would draw each byte of a character
 * as a character of its own, so text is drawn as ASCII (text_ascii) and
 * measured as drawn. */
static int ascii_only, ascii_forced;

void
ui_force_ascii(void)
{
	ascii_forced = 1;
}

/* s[0..len) at (y, x) in at most `w` columns, ending in `more` (one
 * column) when cut, or nothing when the cut would keep less than
 * LAYOUT_CUT_MIN columns; returns the columns used. */
static int
put_drawn(int y, int x, int w, const char *s, size_t len, const char *more, attr_t attr)
{
	size_t used = 0, n = text_fit(s, len, (size_t)w, &used);

	if (n < len && w - 1 < LAYOUT_CUT_MIN)
		return 0;	/* a letter or two and "…" say nothing */
	attron(attr);
	if (n < len) {
		n = text_fit(s, len, (size_t)w - 1, &used);
		mvaddnstr(y, x, s, (int)n);
		addstr(more);
		used++;
	} else {
		mvaddnstr(y, x, s, (int)n);
	}
	attroff(attr);
	return (int)used;
}

/* Write s[0..len) at (y, x) in at most `w` columns, ending in "…" when
 * cut; returns the columns used. */
static int
put_n(int y, int x, int w, const char *s, size_t len, attr_t attr)
{
	char *a;
	int used;

	if (w <= 0 || !s)
		return 0;
	if (!ascii_only)
		return put_drawn(y, x, w, s, len, "…", attr);
	a = text_ascii(s, len);
	used = a ? put_drawn(y, x, w, a, strlen(a), "~", attr) : 0;
	free(a);
	return used;
}

static int
put(int y, int x, int w, const char *s, attr_t attr)
{
	return s ? put_n(y, x, w, s, strlen(s), attr) : 0;
}

static void
fill(int y, int x, int w, attr_t attr)
{
	if (w <= 0)
		return;
	attron(attr);
	mvhline(y, x, ' ', w);
	attroff(attr);
}

#define MAX_SPANS 32

/* Bytes [from, to) of `s` at (y, x), cut to `w` columns: no copy, so
 * no length at which a character is cut in two. */
static int
put_part(int y, int x, int w, const char *s, size_t from, size_t to, attr_t attr)
{
	return put_n(y, x, w, s + from, to - from, attr);
}

/* `s` with the searched words marked; returns the columns used. */
static int
put_marked(int y, int x, int w, const char *s, attr_t attr, const struct text_tokens *hl)
{
	struct text_span spans[MAX_SPANS];
	size_t len = strlen(s), off = 0;
	size_t n = hl && hl->n ? text_match(s, len, hl, spans, MAX_SPANS) : 0;
	int used = 0;
	/* reverse video, or underline inside the reversed selected row */
	attr_t mark = attr & A_REVERSE ? (attr & ~A_REVERSE) | A_UNDERLINE | A_BOLD
	    : role_attr(TR_MARK);

	if (n == 0)
		return put(y, x, w, s, attr);
	for (size_t i = 0; i < n && i < MAX_SPANS && used < w; i++) {
		used += put_part(y, x + used, w - used, s, off, spans[i].off, attr);
		off = spans[i].off + spans[i].len;
		if (used < w)
			used += put_part(y, x + used, w - used, s, spans[i].off, off, mark);
	}
	if (used < w)
		used += put_part(y, x + used, w - used, s, off, len, attr);
	return used;
}

/* How a page is drawn in its pane: the columns left of its rows, and
 * whether links carry the numbers 1-9 open (#), counted from the first
 * link on screen (draw_page finds it, once for all the rows). */
struct paint {
	const struct rect *pane;
	int gutter;
	int numbers;
	const struct text_tokens *hl;
	int first;
};

/* The number of link `link` at (y, x), when it has one on screen. */
static void
draw_number(const struct page *p, const struct pos *pos, const struct paint *pt, int link,
    int y, int x)
{
	char digit[2] = { 0, 0 };

	if (!pt->numbers || link < 0)
		return;
	digit[0] = (char)('0' + layout_link_number(p, pos, pt->pane->h, pt->first, link));
	if (digit[0] != '0')
		put(y, x, 1, digit, role_attr(TR_NUMBER));
}

/* A note (an English name, a kind) after a row's text: cut with "…", or
 * left out where a cut would keep a letter or two. */
static void
draw_note(const char *note, int y, int x, int end, attr_t attr)
{
	int w;

	if (!note || !*note || x + 2 >= end)
		return;
	w = layout_cut_room(end - x - 2, (int)text_width(note, strlen(note)));
	if (w > 0)
		put(y, x + 2, w, note, attr);
}

/* One page row in a pane; the selected link carries a '>' and the
 * selection's colours (reverse video without colour). */
static void
draw_row(const struct page *p, const struct pos *pos, int i, int selected, int y,
    const struct paint *pt)
{
	const struct row *r = &p->rows[i];
	const struct rect *pane = pt->pane;
	int x = pane->x + pt->gutter + r->indent, end = pane->x + pane->w;

	if (selected) {
		fill(y, pane->x, pane->w, role_attr(TR_SELECTED));
		put(y, pane->x, 1, ">", role_attr(TR_SELECTED) | A_BOLD);
	}
	if (r->link >= 0 && page_link_row(p, r->link) == i)
		draw_number(p, pos, pt, r->link, y, pane->x + LAYOUT_GUTTER);
	if (x >= end)
		return;
	x += put_marked(y, x, end - x, r->text, selected ? selected_attr(r->style)
	    : style_attr(r->style), pt->hl);
	draw_note(r->note, y, x, end, selected ? role_attr(TR_SELECTED) : role_attr(TR_NOTE));
}

/* A row the view laid out: each cell at its column, the selected link's
 * cell in the selection's colours and the row marked with a '>'; a cell's
 * number goes in the blank column before it. */
static void
draw_cells(const struct page *p, const struct pos *pos, const struct row *r, int sel, int y,
    const struct paint *pt)
{
	const struct rect *pane = pt->pane;
	int end = pane->x + pane->w, n = (int)(r - p->rows);

	/* a passage wrapped onto this row is selected here too */
	if (page_row_has_link(p, n, sel))
		put(y, pane->x, 1, ">", A_BOLD);
	for (size_t i = 0; i < r->ncells; i++) {
		const struct cell *c = &r->cells[i];
		int x = pane->x + pt->gutter + r->indent + c->col;
		int w = c->width < end - x ? c->width : end - x;

		if (w <= 0)
			continue;
		put_marked(y, x, w, c->text, c->link >= 0 && c->link == sel ? selected_attr(c->style)
		    : style_attr(c->style), pt->hl);
		if (c->link >= 0 && p->spans[c->link].row == n)
			draw_number(p, pos, pt, c->link, y, x - 1);	/* at its start only */
	}
}

static void
draw_page(const struct page *p, const struct pos *pos, struct paint *pt, int marks)
{
	pt->first = pt->numbers ? page_first_visible_link(p, pos, pt->pane->h) : -1;
	for (int i = 0; i < pt->pane->h && pos->top + i < (int)p->nrows; i++) {
		int n = pos->top + i;
		const struct row *r = &p->rows[n];

		if (r->cells)
			draw_cells(p, pos, r, marks ? pos->sel : -1, pt->pane->y + i, pt);
		else
			draw_row(p, pos, n, marks && r->link >= 0 && r->link == pos->sel,
			    pt->pane->y + i, pt);
	}
}

static void
draw_separator(const struct layout *l)
{
	if (l->preview == PREVIEW_BESIDE) {
		for (int i = 0; i < l->sep.h; i++)
			mvaddch(l->sep.y + i, l->sep.x, ACS_VLINE);
	} else if (l->preview == PREVIEW_BELOW) {
		mvhline(l->sep.y, 0, ACS_HLINE, l->sep.w);
		put(l->sep.y, 2, l->sep.w - 2, _(" Preview "), A_BOLD);
	}
}

/* The status line: the crumb, then where the reader is and the key
 * hints, which give way to a crumb that would be cut short. */
static void
draw_bars(const struct browser *b)
{
	const struct layout *l = &b->lay;
	attr_t bar = role_attr(TR_BAR);
	char pos[32], right[96], brief[40];
	int rw;

	fill(0, 0, l->cols, bar);
	put(0, 1, l->cols - 1, _("tekdip · science & technology diplomacy, offline"), bar | A_BOLD);
	if (*b->notice) {
		fill(l->rows - 1, 0, l->cols, role_attr(TR_NOTICE));
		put(l->rows - 1, 1, l->cols - 1, b->notice, role_attr(TR_NOTICE));
		return;
	}
	browser_position(b, pos, sizeof pos);
	snprintf(right, sizeof right, _(" %s  ?:help  Left:back  q:quit "), pos);
	snprintf(brief, sizeof brief, " %s ", pos);
	rw = (int)text_width(right, strlen(right));
	if (!layout_status_hints(l->cols, (int)text_width(b->page.crumb, strlen(b->page.crumb)), rw)) {
		snprintf(right, sizeof right, "%s", brief);
		rw = (int)text_width(right, strlen(right));
	}
	fill(l->rows - 1, 0, l->cols, bar);
	put(l->rows - 1, 1, l->cols - rw - 2, b->page.crumb, bar | A_BOLD);
	if (rw < l->cols)
		put(l->rows - 1, l->cols - rw, rw, right, bar);
}

/* Screen readers and braille displays follow the hardware cursor. */
static void
place_cursor(const struct browser *b)
{
	int y = b->lay.body.y, x = b->lay.body.x;

	if (b->pos.sel >= 0) {
		int row = page_link_row(&b->page, b->pos.sel) - b->pos.top;
		int col = b->page.spans[b->pos.sel].col;

		if (row >= 0 && row < b->lay.body.h) {
			y += row;
			x += col ? col + b->lay.gutter - LAYOUT_GUTTER : 0;
		}
	}
	move(y, x < b->lay.body.x + b->lay.body.w ? x : b->lay.body.x);
}

/* "/query" on the last line, scrolled so the cursor is always in view;
 * the basket's question in place of the "/", its file name as the query. */
static void
draw_prompt(const struct browser *b)
{
	const struct prompt *p = &b->prompt;
	const char *label = b->asking ? b->question : "/";
	int y = b->lay.rows - 1, lw = (int)text_width(label, strlen(label));
	int typed = !b->asking || b->asking == ASK_FILE;
	int x = lw < b->lay.cols / 2 || !typed ? lw : b->lay.cols / 2, room = b->lay.cols - 1 - x;
	size_t start = 0;

	fill(y, 0, b->lay.cols, A_NORMAL);
	put(y, 0, typed ? x : b->lay.cols, label, A_BOLD);
	if (!typed) {		/* y or n: the cursor waits after the question */
		move(y, x < b->lay.cols ? x : b->lay.cols - 1);
		return;
	}
	while (start < p->cur && (int)text_width(p->text + start, p->cur - start) > room - 1)
		start = text_next_char(p->text, p->len, start);
	put(y, x, room, p->text + start, A_NORMAL);
	move(y, x + (int)text_width(p->text + start, p->cur - start));
}

/* Short lines, so the notice is still readable in a very small window. */
static void
too_small(int cols, int rows, const char *need, attr_t attr)
{
	const char *const msg[] = { _("Terminal too small:"), need };
	int top = rows > 2 ? rows / 2 - 1 : 0;

	for (int i = 0; i < 2 && top + i < rows; i++)
		put(top + i, 0, cols, msg[i], attr);
}

void
ui_too_small(int cols, int rows, const char *need)
{
	too_small(cols, rows, need, style_attr(R_TITLE));
}

static void
draw(struct browser *b)
{
	struct paint list = { &b->lay.body, b->lay.gutter, browser_numbers(b), browser_highlight(b), -1 };

	if (b->present) {
		ui_present_draw(b->present, b->lay.cols, b->lay.rows);
		return;
	}
	if (b->lay.too_small) {
		erase();
		too_small(b->lay.cols, b->lay.rows, _("tekdip needs 40x10"), A_BOLD);
		move(0, 0);
		return;
	}
	erase();
	draw_page(&b->page, &b->pos, &list, 1);
	if (b->lay.preview) {
		struct pos top = { b->preview_top, -1 };
		struct paint side = { &b->lay.side, LAYOUT_GUTTER, 0, browser_highlight(b), -1 };

		draw_separator(&b->lay);
		draw_page(&b->preview, &top, &side, 0);
	}
	draw_bars(b);
	if (b->prompting || b->asking)
		draw_prompt(b);
	else
		place_cursor(b);
}

/* --- input ------------------------------------------------------------ */

static const struct {
	int curses, key;
} keymap[] = {
	{ KEY_UP, K_UP }, { KEY_DOWN, K_DOWN }, { KEY_LEFT, K_LEFT }, { KEY_RIGHT, K_RIGHT },
	{ KEY_PPAGE, K_PGUP }, { KEY_NPAGE, K_PGDN }, { KEY_HOME, K_HOME }, { KEY_END, K_END },
	{ KEY_BTAB, K_BTAB }, { KEY_F(1), K_F1 }, { KEY_BACKSPACE, K_BACKSPACE },
	{ KEY_ENTER, K_ENTER }, { KEY_B2, K_ENTER },
};

/* Our key code for what read_key() returned. */
static int
translate(int type, wint_t ch)
{
	if (type == KEY_CODE_YES) {
		for (size_t i = 0; i < sizeof keymap / sizeof *keymap; i++)
			if (keymap[i].curses == (int)ch)
				return keymap[i].key;
		return 0;
	}
	switch (ch) {
	case '\r': case '\n': return K_ENTER;
	case '\t': return K_TAB;
	case 0x7f: case 0x08: return K_BACKSPACE;
	case 0x1b: return K_ESC;
	default: return (int)ch;
	}
}

static void
handle_mouse(struct browser *b)
{
	MEVENT ev;

	if (getmouse(&ev) != OK)
		return;
	if (ev.bstate & BUTTON4_PRESSED)
		browser_wheel(b, -3);
#ifdef BUTTON5_PRESSED
	else if (ev.bstate & BUTTON5_PRESSED)
		browser_wheel(b, 3);
#endif
	else if (ev.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED))
		browser_click(b, ev.y, ev.x);
}

/* Ctrl-S would freeze the screen until Ctrl-Q, a trap for a reader who
 * does not know it; curses keeps the shell's modes and endwin restores them. */
static void
no_flow_control(void)
{
	struct termios t;

	if (tcgetattr(STDIN_FILENO, &t) == 0) {
		t.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
		tcsetattr(STDIN_FILENO, TCSANOW, &t);
		def_prog_mode();
	}
}

static int
start_curses(int color, char **err)
{
	if (ui_start_curses(err) < 0)
		return -1;
	cbreak();
	noecho();
	nonl();
	no_flow_control();
	keypad(stdscr, TRUE);
	set_escdelay(25);
	/* wake up now and then to notice a signal even if read() restarts */
	timeout(200);
	mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED
#ifdef BUTTON5_PRESSED
	    | BUTTON5_PRESSED
#endif
	    , NULL);
	mouseinterval(0);
	setup_colors(color);
	ascii_only = ascii_forced || !i18n_utf8();
	curs_set(1);
	ui_signals_arm();
	/* ncurses 6.4 writes out its buffer at every cursor jump until the
	 * screen has been left once (ewInitial in its own words): a page was
	 * 30 write(2)s, each waking the terminal.  Leaving it now, before
	 * anything is drawn, makes every refresh one write; the first refresh
	 * comes back exactly as after a ^Z. */
	endwin();
	return 0;
}

/*
 * One key, as get_wch() would give it, but from wgetch()'s bytes: on a
 * broken UTF-8 sequence (a stray byte, a cut mouse report) get_wch() also
 * drops the byte that broke it, which is the reader's next key.  Here the
 * broken bytes alone are dropped (ERR, like a timeout) and that next byte
 * is read again.
 */
static int
read_key(wint_t *ch)
{
	char seq[4];
	size_t need, n = 1, next;
	unsigned long uc;
	int c = getch();

	if (c == ERR || c >= KEY_MIN) {
		*ch = (wint_t)c;
		return c == ERR ? ERR : KEY_CODE_YES;
	}
	if ((need = text_char_length((unsigned char)c)) == 0)
		return ERR;
	seq[0] = (char)c;
	while (n < need) {
		int d = getch();

		if (d == ERR)
			return ERR;
		if (d >= KEY_MIN || !text_char_continues((unsigned char)d)) {
			ungetch(d);
			return ERR;
		}
		seq[n++] = (char)d;
	}
	uc = text_char(seq, n, 0, &next);
	if (next != n || uc == 0xfffd)
		return ERR;
	*ch = (wint_t)uc;
	return OK;
}

/* getch() says ERR both for the input timeout and for the end of input:
 * a terminal that went away without a SIGHUP (the browser in a session of
 * its own) reads as hung up, or as readable with nothing to read. */
static int
terminal_gone(void)
{
	struct pollfd p = { STDIN_FILENO, POLLIN, 0 };
	int n = 0;

	if (poll(&p, 1, 0) != 1)
		return 0;
	if (p.revents & (POLLHUP | POLLERR | POLLNVAL))
		return 1;
	return (p.revents & POLLIN) && ioctl(STDIN_FILENO, FIONREAD, &n) == 0 && n == 0;
}

/* One key or event; returns -1 when nothing came (a timeout, or bytes
 * that were no character), else 0. */
static int
handle_input(struct browser *b)
{
	wint_t ch;
	int type = read_key(&ch);

	if (type == ERR) {
		if (terminal_gone())
			ui_signal_raise(SIGHUP);
		return -1;
	}
	if (type == KEY_CODE_YES && ch == KEY_RESIZE) {
		browser_resize(b, COLS, LINES);
	} else if (type == KEY_CODE_YES && ch == KEY_MOUSE) {
		handle_mouse(b);
	} else {
		int key = translate(type, ch);

		if (key == K_CTRL('l'))
			clearok(curscr, TRUE);
		browser_key(b, key);
	}
	return 0;
}

/* y's citation to the terminal's clipboard: OSC 52, base64 (tmux passes
 * it on with set-clipboard on). */
static void
send_clipboard(struct browser *b)
{
	static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	const unsigned char *s = (const unsigned char *)b->clipboard;
	size_t len = strlen(b->clipboard);

	fputs("\033]52;c;", stdout);
	for (size_t i = 0; i < len; i += 3) {
		unsigned v = (unsigned)s[i] << 16 | (i + 1 < len ? (unsigned)s[i + 1] << 8 : 0) |
		    (i + 2 < len ? s[i + 2] : 0);

		putchar(b64[v >> 18 & 63]);
		putchar(b64[v >> 12 & 63]);
		putchar(i + 1 < len ? b64[v >> 6 & 63] : '=');
		putchar(i + 2 < len ? b64[v & 63] : '=');
	}
	fputs("\a", stdout);
	fflush(stdout);
	free(b->clipboard);
	b->clipboard = NULL;
}

/* The Linux console and a dumb terminal print OSC 52 instead of taking it. */
static int
takes_osc52(void)
{
	const char *term = getenv("TERM");

	return term && strncmp(term, "linux", 5) != 0 && strcmp(term, "dumb") != 0;
}

/* The browser on `start`, or presenting `deck` (whose end ends it). */
static int
run(struct store *st, const char *start, struct deck *deck, int color)
{
	struct browser b;
	char *err = NULL;
	int rc = 0;

	ui_signals_catch();
	if (start_curses(color, &err) < 0) {
		msg_error("tekdip: %s\n", err ? err : _("out of memory"));
		free(err);
		return 1;
	}
	if ((deck ? browser_open_deck(&b, st, deck, COLS, LINES, &err)
	    : browser_open(&b, st, start, COLS, LINES, &err)) < 0) {
		endwin();
		msg_error("tekdip: %s\n", err ? err : _("out of memory"));
		free(err);
		return 1;
	}
	b.osc52 = takes_osc52();
	b.ctx.ascii = ascii_only;	/* maps drawn as the locale can */
	draw(&b);
	while (!ui_signal_pending() && !b.quit) {
		refresh();
		if (b.clipboard)
			send_clipboard(&b);
		/* only after something happened, and not for a screen that is
		 * about to be left */
		if (handle_input(&b) == 0 && !b.quit)
			draw(&b);
		browser_present_tick(&b);
	}
	browser_close(&b);
	endwin();
	if (ui_signal_pending())
		rc = 128 + ui_signal_pending();
	return rc;
}

int
ui_browse(struct store *st, const char *start, int color)
{
	return run(st, start, NULL, color);
}

int
ui_present(struct store *st, struct deck *deck, int color)
{
	return run(st, NULL, deck, color);
}

int
ui_put(int y, int x, int w, const char *s, enum row_style style)
{
	return put(y, x, w, s, style_attr(style));
}

int
ui_start(int color, char **err)
{
	return start_curses(color, err);
}

int
ui_terminal_gone(void)
{
	return terminal_gone();
}
