/* ui_present.c: a slide on the whole screen, and the speaker view that follows the presenter. */
#include "config.h"

#include <curses.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "follow.h"
#include "i18n.h"
#include "msg.h"
#include "present.h"
#include "text.h"
#include "ui.h"
#include "vec.h"

static void
draw_rows(const struct page *pg, int top, int y, int x, int h, int w)
{
	for (int i = 0; i < h && top + i < (int)pg->nrows; i++) {
		const struct row *r = &pg->rows[top + i];

		ui_put(y + i, x + r->indent, w - r->indent, r->text, r->style);
	}
}

/* The footer: the deck's title on the left, where it is on the right,
 * and an arrow when the slide goes on below the screen. */
static void
draw_footer(const struct presenter *p, int cols, int rows, int more)
{
	char where[64], right[80];
	int rw;

	present_where(p, where, sizeof where);
	snprintf(right, sizeof right, "%s%s ", more ? "\u2193 " : "", where);
	rw = (int)text_width(right, strlen(right));
	if (rw + 4 < cols)
		ui_put(rows - 1, 1, cols - rw - 3, p->deck.title ? p->deck.title : "", R_META);
	ui_put(rows - 1, cols - rw > 0 ? cols - rw : 0, rw, right, R_META);
}

void
ui_present_draw(struct presenter *p, int cols, int rows)
{
	struct page pg;
	int x, h = rows - 1, y;

	erase();
	if (p->blank) {
		move(0, 0);
		return;
	}
	if (cols < PRESENT_MIN_COLS || rows < PRESENT_MIN_ROWS) {
		ui_too_small(cols, rows, _("slides need 40x12"));
		move(0, 0);
		return;
	}
	present_layout(p, cols, h, &pg, &x);
	/* a slide that fits stands in the middle; a taller one scrolls */
	y = (int)pg.nrows < h ? (h - (int)pg.nrows) / 2 : 0;
	draw_rows(&pg, p->top, y, x, h, cols - x);
	draw_footer(p, cols, rows, p->top + h < (int)pg.nrows);
	move(y, x);
	page_free(&pg);
}

/* --- the speaker view -------------------------------------------------- */

/* The fields of a presenter's message (browser_present.c's notify), read
 * in one walk of its lines: the first of each key, and every note, in
 * order (a tour's notes may run to a megabyte). */
enum { F_AT, F_TITLE, F_NOW, F_NEXT, F_NEXT_EN, F_NEXT_KIND, F_COUNT };

struct field {
	const char *s;		/* NULL: not in the message */
	size_t len;
};

struct message {
	struct field one[F_COUNT];
	struct field *notes;
	size_t nnotes, cap;
};

static void
message_add(struct message *m, const char *key, size_t klen, struct field v)
{
	static const char *const keys[F_COUNT] = { "at", "title", "now", "next", "next-en", "next-kind" };
	struct field *grown;

	if (klen == 4 && memcmp(key, "note", 4) == 0) {
		if ((grown = vec_reserve(m->notes, &m->cap, m->nnotes + 1, sizeof *grown)) != NULL) {
			m->notes = grown;
			m->notes[m->nnotes++] = v;
		}
		return;
	}
	for (int i = 0; i < F_COUNT; i++)
		if (!m->one[i].s && strlen(keys[i]) == klen && memcmp(key, keys[i], klen) == 0)
			m->one[i] = v;
}

/* Each line is "key<TAB>value". */
static void
message_read(const char *msg, struct message *m)
{
	memset(m, 0, sizeof *m);
	for (const char *s = msg; s && *s; ) {
		const char *nl = strchr(s, '\n');
		size_t len = nl ? (size_t)(nl - s) : strlen(s);
		const char *tab = memchr(s, '\t', len);

		if (tab)
			message_add(m, s, (size_t)(tab - s),
			    (struct field){ tab + 1, len - (size_t)(tab + 1 - s) });
		s = nl ? nl + 1 : NULL;
	}
}

/* Field `f` copied to out[size], cut at a character; NULL when absent. */
static const char *
value(const struct field *f, char *out, size_t size)
{
	size_t len = f->len;

	if (!f->s)
		return NULL;
	if (len >= size)
		len = text_cut(f->s, len, size - 1);
	memcpy(out, f->s, len);
	out[len] = '\0';
	return out;
}

/* The speaker view of a message, laid out at `width` columns. */
static void
follow_page(const char *msg, size_t width, struct page *pg)
{
	char v[1024], en[512], kind[64];
	struct message m;
	int cur = 0, n = 0;

	message_read(msg, &m);
	page_init(pg, width);
	if (value(&m.one[F_AT], v, sizeof v))
		sscanf(v, "%d\t%d", &cur, &n);
	if (!value(&m.one[F_TITLE], v, sizeof v))
		v[0] = '\0';
	if (cur == 0)
		page_text(pg, R_META, 0, page_fmt(pg, _("Title slide · %d slides · %s"), n, v));
	else if (cur > n)
		page_text(pg, R_META, 0, page_fmt(pg, _("End · %s"), v));
	else
		page_text(pg, R_META, 0, page_fmt(pg, _("Slide %d / %d · %s"), cur, n, v));
	if (value(&m.one[F_NOW], v, sizeof v))
		page_text(pg, R_TITLE, 0, v);
	page_blank(pg);
	page_text(pg, R_HEADING, 0, _("Notes"));
	for (size_t i = 0; i < m.nnotes; i++)
		page_text(pg, R_TEXT, 0, value(&m.notes[i], v, sizeof v));
	if (!m.nnotes)
		page_text(pg, R_META, 0, _("(no notes for this slide)"));
	free(m.notes);
	page_blank(pg);
	if (value(&m.one[F_NEXT], v, sizeof v)) {
		page_text(pg, R_HEADING, 0, _("Next"));
		page_text(pg, R_TITLE, 0, v);
		if (value(&m.one[F_NEXT_EN], en, sizeof en) && *en && strcmp(en, v) != 0)
			page_text(pg, R_META, 0, en);
		if (value(&m.one[F_NEXT_KIND], kind, sizeof kind))
			page_text(pg, R_META, 0, page_fmt(pg, "[%s]", kind));
	} else {
		page_text(pg, R_HEADING, 0, _("Next: the end"));
	}
}

static void
follow_draw(const char *msg, const char *state, int cols, int rows)
{
	struct page pg;

	erase();
	if (cols < PRESENT_MIN_COLS || rows < 4) {
		ui_too_small(cols, rows, _("the speaker view needs 40 columns"));
		return;
	}
	ui_put(0, 0, cols, _("tekdip · speaker view · q: quit"), R_KEY);
	if (!msg) {
		page_init(&pg, (size_t)cols - 2);
		page_text(&pg, R_TEXT, 0, state);
	} else {
		follow_page(msg, (size_t)cols - 2, &pg);
	}
	draw_rows(&pg, 0, 2, 1, rows - 2, cols - 1);
	page_free(&pg);
	move(0, 0);
}

struct follower {
	int fd;
	struct buf pending;
	char *msg;
	const char *state;	/* what to say when there is no message */
	time_t tried;
};

/* Connect when there is no connection (once a second); read what came. */
static int
follow_poll(struct follower *fw, char **err)
{
	char *msg;
	int rc;

	if (fw->fd < 0) {
		if (time(NULL) == fw->tried)
			return 0;
		fw->tried = time(NULL);
		if ((rc = follow_connect(&fw->fd, err)) != 0)
			return rc < 0 ? -1 : 0;
		fw->pending.len = 0;
	}
	if ((rc = follow_read(fw->fd, &fw->pending, &msg)) == 0)
		return 0;
	if (rc > 0) {
		free(fw->msg);
		fw->msg = msg;
		return 1;
	}
	close(fw->fd);
	fw->fd = -1;
	free(fw->msg);
	fw->msg = NULL;
	fw->state = _("The presentation ended. Waiting for the next one (p in tekdip, or tekdip --present).");
	return 1;
}

int
ui_follow(int color)
{
	struct follower fw = { -1, BUF_INIT, NULL, NULL, 0 };
	char *err = NULL;
	int rc = 0, ch, changed = 1;

	fw.state = _("No presentation is running. Waiting for one (p in tekdip, or tekdip --present).");
	ui_signals_catch();
	if (ui_start(color, &err) < 0) {
		msg_error("tekdip: %s\n", err ? err : _("out of memory"));
		free(err);
		return 1;
	}
	curs_set(0);
	timeout(100);
	while (!ui_signal_pending()) {
		int got = follow_poll(&fw, &err);

		if (got < 0)
			break;
		if (got || changed)
			follow_draw(fw.msg, fw.state, COLS, LINES);
		refresh();
		changed = 0;
		if ((ch = getch()) == 'q' || ch == 'Q')
			break;
		if (ch == ERR && ui_terminal_gone()) {
			ui_signal_raise(SIGHUP);
			break;
		}
		changed = ch == KEY_RESIZE || ch == K_CTRL('l');
	}
	endwin();
	if (err) {
		msg_error("tekdip: %s\n", err);
		free(err);
		rc = 1;
	}
	if (fw.fd >= 0)
		close(fw.fd);
	free(fw.msg);
	buf_free(&fw.pending);
	if (ui_signal_pending())
		rc = 128 + ui_signal_pending();
	return rc;
}

/* --- tekdip --present ---------------------------------------------------- */

static int
is_slug_like(const char *s)
{
	return *s && strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789-") == strlen(s);
}

/* The deck `target` names; an exit status, and the reason on stderr. */
static int
deck_of(struct store *st, const char *target, struct deck *out)
{
	char *err = NULL;
	int rc;

	if (strncmp(target, "search:", 7) == 0) {
		rc = present_results(st, target + 7, out);
	} else if (strlen(target) < SLUG_MAX && is_slug_like(target) && access(target, F_OK) != 0) {
		if ((rc = present_target(st, target, out)) == STORE_NOTFOUND) {
			msg_error(_("tekdip: --present: no concept or list has the slug `%s', "
			    "and there is no tour file of that name\n"), target);
			return 1;
		}
	} else {
		if ((rc = present_tour(st, target, out, &err)) != 0)
			msg_error("tekdip: %s\n", err ? err : _("out of memory"));
		free(err);
		return rc != 0;
	}
	if (rc != STORE_OK)
		msg_error("tekdip: %s\n", store_error(st));
	return rc != STORE_OK;
}

int
ui_present_target(struct store *st, const char *target, int color)
{
	struct deck deck;

	if (deck_of(st, target, &deck) != 0)
		return 1;
	if (deck.n == 0) {
		msg_error(_("tekdip: --present: nothing to show for `%s'\n"), target);
		present_deck_free(&deck);
		return 1;
	}
	return ui_present(st, &deck, color);
}
