/* browser.c: actions over the current page, history, bookmarks and the preview. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "browser.h"
#include "layout.h"
#include "present.h"

void
browser_notice(struct browser *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(b->notice, sizeof b->notice, fmt, ap);
	va_end(ap);
}

void
browser_notice_take(struct browser *b, char *msg, const char *otherwise)
{
	if (msg || otherwise)
		browser_notice(b, "%s", msg ? msg : otherwise);
	free(msg);
}

/* Text starts `gutter` columns in: the selection marker and a space
 * (and a link's number and a space, with #). */
static size_t
text_width_of(const struct rect *r, int gutter)
{
	return r->w > gutter + 1 ? (size_t)(r->w - gutter) : 1;
}

/* Lay out the panes for `t` (its preview unless v hid it) and build it
 * for the list pane; on a screen too small the old page is kept, rebuilt
 * when there is room. */
static int
build(struct browser *b, const struct target *t, int preview)
{
	layout_compute(&b->lay, b->lay.cols, b->lay.rows, preview && !b->preview_hidden,
	    b->numbers > 0 && !view_table[t->view].numbered);
	if (b->lay.too_small)
		return STORE_OK;
	if (t->view == V_BASKET)
		basket_ensure(b);
	page_free(&b->page);
	return view_build(&b->ctx, t, text_width_of(&b->lay.body, b->lay.gutter), &b->page);
}

int
browser_numbers(const struct browser *b)
{
	const struct nav_entry *e = nav_current((struct nav *)&b->nav);

	return b->numbers > 0 && !(e && view_table[e->t.view].numbered);
}

static void
update_preview(struct browser *b)
{
	const struct target *t;

	if (!b->lay.preview || b->pos.sel < 0) {
		page_free(&b->preview);
		memset(&b->preview_of, 0, sizeof b->preview_of);
		return;
	}
	t = &b->page.links[b->pos.sel];
	if (target_equal(t, &b->preview_of) &&
	    b->preview.width == text_width_of(&b->lay.side, LAYOUT_GUTTER))
		return;
	page_free(&b->preview);
	view_preview(&b->ctx, t, text_width_of(&b->lay.side, LAYOUT_GUTTER), &b->preview);
	if (!target_equal(t, &b->preview_of))
		b->preview_top = 0;
	b->preview_of = *t;
}

static void
remember(struct browser *b)
{
	struct nav_entry *e = nav_current(&b->nav);

	if (!e)
		return;
	e->pos = b->pos;
	e->top_block = b->page.nrows ? b->page.rows[b->pos.top].block : 0;
}

/* Build the current entry's page for the layout and go back to its place;
 * returns the store status of the build (the page explains a failure). */
static int
load(struct browser *b)
{
	struct nav_entry *e = nav_current(&b->nav);
	int rc;

	b->stale = 0;
	rc = build(b, &e->t, view_table[e->t.view].preview);

	if (b->lay.too_small)
		return rc;
	b->in_list = e->t.view == V_CONCEPT && store_list_place(b->ctx.st, e->t.key,
	    b->from_list, &b->place) == STORE_OK;
	if (rc == STORE_ERROR)	/* a damaged database: say so, and stay up */
		browser_notice(b, "%s", store_error(b->ctx.st));
	b->pos = e->pos;
	b->pos.top = page_row_of_block(&b->page, e->top_block);
	if (b->pos.sel < 0 || b->pos.sel >= (int)b->page.nlinks)
		b->pos.sel = page_first_visible_link(&b->page, &b->pos, b->lay.body.h);
	if (e->t.view == V_ARTICLE && e->t.passage && e->pos.sel < 0 && e->top_block == 0)
		reader_place(b, e->t.passage);	/* first shown: at the passage */
	page_clamp(&b->page, &b->pos, b->lay.body.h);
	remember(b);
	update_preview(b);
	b->match_row = -1;
	return rc;
}

void
browser_reload(struct browser *b, int sel)
{
	remember(b);
	if (sel >= 0)
		nav_current(&b->nav)->pos.sel = sel;
	load(b);
}

/* A concept shown is a visit; a slug that showed "Not found" is not. */
static void
visited(struct browser *b, int rc)
{
	struct nav_entry *e = nav_current(&b->nav);
	char *err = NULL;

	if (rc == STORE_OK && !b->lay.too_small && (e->t.view == V_CONCEPT || e->t.view == V_LIST) &&
	    state_visit(&b->state, e->t.key, &err) < 0)
		browser_notice_take(b, err, NULL);
}

static void
go(struct browser *b, const struct target *t)
{
	const struct nav_entry *from = nav_current(&b->nav);

	/* an item opened from a list's page: { and } step through that list */
	if (from && from->t.view == V_LIST && t->view == V_CONCEPT)
		snprintf(b->from_list, sizeof b->from_list, "%s", from->t.key);
	remember(b);
	if (nav_push(&b->nav, t) < 0) {
		browser_notice(b, "%s", _("out of memory"));
		return;
	}
	visited(b, load(b));
}


static void
go_view(struct browser *b, enum view_type v)
{
	struct target t = target_make(v, NULL);
	struct nav_entry *e = nav_current(&b->nav);

	if (!target_equal(&e->t, &t))
		go(b, &t);
}

static void
step_history(struct browser *b, int (*step)(struct nav *), const char *end)
{
	remember(b);
	if (step(&b->nav) < 0) {
		browser_notice(b, "%s", end);
		return;
	}
	visited(b, load(b));
}

/* What `m` acts on: the concept or enumerated list shown, else the one
 * selected in a list of them (a list's page bookmarks the list itself). */
const char *
browser_current_item(const struct browser *b)
{
	const struct nav_entry *e = &b->nav.v[b->nav.cur];
	const struct target *sel = b->pos.sel >= 0 ? &b->page.links[b->pos.sel] : NULL;

	if (e->t.view == V_CONCEPT || e->t.view == V_LIST)
		return e->t.key;
	if (sel && (sel->view == V_CONCEPT || sel->view == V_LIST))
		return sel->key;
	return NULL;
}

/* { and }: the item before or after this one in its list. */
static void
list_step(struct browser *b, int dir)
{
	const char *to = dir > 0 ? b->place.next : b->place.prev;
	struct target t;

	if (!b->in_list || nav_current(&b->nav)->t.view != V_CONCEPT) {
		browser_notice(b, "%s",
		    _("Not an item of a list: { and } step through a list's items."));
		return;
	}
	if (!*to) {
		browser_notice(b, "%s", dir > 0 ? _("The last item of the list.")
		    : _("The first item of the list."));
		return;
	}
	snprintf(b->from_list, sizeof b->from_list, "%s", b->place.list);
	t = target_make(V_CONCEPT, to);
	go(b, &t);
}

/* A refused bookmark when the cap is full: say how many of those kept are
 * another database's, which B lists and m removes. */
static void
bookmark_refused(struct browser *b, char *err)
{
	struct store_items it;
	const char **missing;
	size_t n = 0;

	if (b->state.bookmarks.n >= STATE_MAX_BOOKMARKS &&
	    view_slugs_split(b->ctx.st, &b->state.bookmarks, &it, &missing, &n) == STORE_OK) {
		free(missing);
		store_items_free(&it);
	}
	if (err && n > 0)
		browser_notice(b, _("%s; %zu are not in this database: "
		    "B lists them, m on one removes it"), err, n);
	else if (err)
		browser_notice(b, "%s", err);
	free(err);
}

static void
toggle_bookmark(struct browser *b)
{
	const char *slug = browser_current_item(b);
	char *err = NULL, msg[SLUG_MAX + 32];
	int marked = 0;

	if (!slug) {
		browser_notice(b, "%s", _("Nothing to bookmark here: open or select a concept."));
		return;
	}
	snprintf(msg, sizeof msg, "%s", slug);
	if (state_toggle_bookmark(&b->state, msg, &marked, &err) < 0) {
		bookmark_refused(b, err);
	} else {
		browser_notice(b, marked ? _("Bookmarked %s") : _("Removed bookmark %s"), msg);
	}
	remember(b);
	load(b);	/* the page shows whether it is bookmarked */
}

/* L: every summary in the other language, for the rest of the session. */
static void
summary_language(struct browser *b)
{
	int english;

	b->ctx.other_language = !b->ctx.other_language;
	english = (!i18n_indonesian()) != b->ctx.other_language;
	memset(&b->preview_of, 0, sizeof b->preview_of);	/* its summary changes too */
	remember(b);
	load(b);
	browser_notice(b, "%s", english
	    ? _("Summaries in English (L: Indonesian, as the articles are)")
	    : _("Summaries in Indonesian, as the articles are (L: English)"));
}

static void
follow(struct browser *b, int link)
{
	struct target t;

	if (link < 0 || link >= (int)b->page.nlinks) {
		browser_notice(b, "%s", _("No link there."));
		return;
	}
	t = b->page.links[link];
	b->pos.sel = link;
	if (t.view == V_ARTICLE)
		memset(&b->last, 0, sizeof b->last);	/* n and N: the concept's passages */
	go(b, &t);
}

/* e: each link's quote beneath it, for the rest of the session. */
static void
evidence(struct browser *b)
{
	b->ctx.evidence = !b->ctx.evidence;
	remember(b);
	load(b);
	browser_notice(b, "%s", b->ctx.evidence ? _("Quotes shown beneath links (e: hide them)")
	    : _("Quotes hidden (e: show each link's quote)"));
}

/* #: the numbers 1-9 open, beside the links on screen. */
static void
toggle_numbers(struct browser *b)
{
	b->numbers = b->numbers <= 0;
	remember(b);
	load(b);
	browser_notice(b, "%s", b->numbers ? _("Link numbers shown: 1-9 open them (#: hide them)")
	    : _("Link numbers hidden (#: show them)"));
}

/* v: the list alone, its names at the whole width. */
static void
toggle_preview(struct browser *b)
{
	b->preview_hidden = !b->preview_hidden;
	remember(b);
	load(b);
	if (!view_table[nav_current(&b->nav)->t.view].preview)
		browser_notice(b, "%s", b->preview_hidden
		    ? _("Lists open without their preview (v: with it)")
		    : _("Lists open with their preview (v: without it)"));
	else
		browser_notice(b, "%s", b->preview_hidden ? _("Preview hidden (v: show it)")
		    : _("Preview shown (v: hide it)"));
}

/* J, K: the preview a line further or back, for a long summary. */
static void
scroll_preview(struct browser *b, int dir)
{
	int last = (int)b->preview.nrows - b->lay.side.h;

	if (!b->lay.preview || !b->preview.nrows) {
		browser_notice(b, "%s", _("No preview here: J and K scroll a list's preview."));
		return;
	}
	b->preview_top += dir;
	if (b->preview_top > last)
		b->preview_top = last;
	if (b->preview_top < 0)
		b->preview_top = 0;
}

/* --- search ----------------------------------------------------------- */

/* The results for what is in the prompt, shown without entering history
 * until Enter, so Esc can go back to exactly where the reader was. */
static void
show_results(struct browser *b)
{
	struct target t = target_make(V_SEARCH, b->prompt.text);

	text_tokens(b->prompt.text, b->prompt.len, &b->live);
	build(b, &t, 1);
	if (b->lay.too_small)
		return;
	b->pos = (struct pos){ 0, b->page.nlinks ? 0 : -1 };
	update_preview(b);
}

static void
search_open(struct browser *b)
{
	remember(b);
	prompt_start(&b->prompt);
	b->prompting = 1;
	show_results(b);
}

static void
search_cancel(struct browser *b)
{
	b->prompting = 0;
	memset(&b->live, 0, sizeof b->live);
	load(b);
}

/* Enter: the results become a view in history, then the selection opens;
 * Esc (`open` 0): the results stay, as a view in history. */
static void
search_keep(struct browser *b, int open)
{
	struct target t = target_make(V_SEARCH, b->prompt.text);
	struct pos chosen = b->pos;
	struct nav_entry *e;
	char *err = NULL;

	if (b->live.n == 0) {
		search_cancel(b);
		return;
	}
	b->prompting = 0;
	b->last = b->live;
	memset(&b->live, 0, sizeof b->live);
	if (state_add_query(&b->state, b->prompt.text, &err) < 0)
		browser_notice_take(b, err, NULL);
	if (nav_push(&b->nav, &t) < 0) {
		browser_notice(b, "%s", _("out of memory"));
		return;
	}
	e = nav_current(&b->nav);
	e->pos = chosen;
	load(b);
	if (open && b->pos.sel >= 0)
		follow(b, b->pos.sel);
}

static void
prompt_key(struct browser *b, enum action a, int key)
{
	int rc;

	switch (a) {
	case ACT_P_ACCEPT: search_keep(b, 1); return;
	case ACT_P_LEAVE: search_keep(b, 0); return;
	case ACT_P_CANCEL: search_cancel(b); return;
	case ACT_P_NEXT: case ACT_P_PREV: case ACT_P_PGDN: case ACT_P_PGUP:
		page_move(&b->page, &b->pos, a == ACT_P_NEXT ? ACT_NEXTLINK : a == ACT_P_PREV ? ACT_PREVLINK
		    : a == ACT_P_PGDN ? ACT_PGDN : ACT_PGUP, b->lay.body.h);
		update_preview(b);
		return;
	default:
		break;
	}
	rc = prompt_edit(&b->prompt, a, key, &b->state.queries);
	if (rc > 0)
		show_results(b);
	else if (rc < 0 && b->prompt.len + 4 > PROMPT_MAX)
		browser_notice(b, _("A search holds up to %d bytes."), PROMPT_MAX);
}

/* n and N, as in less: the next line holding a searched word, put on top. */
static void
find_match(struct browser *b, int dir)
{
	int from = b->match_row >= b->pos.top && b->match_row < b->pos.top + b->lay.body.h
	    ? b->match_row : (dir > 0 ? b->pos.top - 1 : b->pos.top + b->lay.body.h);
	int row;

	if (b->last.n == 0 && nav_current(&b->nav)->t.view == V_ARTICLE) {
		reader_step(b, dir);	/* in the reader, with no search: passages */
		return;
	}
	if (b->last.n == 0) {
		browser_notice(b, "%s", _("No search yet: press / to search."));
		return;
	}
	if ((row = page_find(&b->page, &b->last, from, dir)) < 0) {
		browser_notice(b, "%s", dir > 0 ? _("No more matches below.")
		    : _("No more matches above."));
		return;
	}
	b->match_row = row;
	b->pos.top = row;
	if (b->page.rows[row].link >= 0)
		b->pos.sel = b->page.rows[row].link;
	page_clamp(&b->page, &b->pos, b->lay.body.h);
	if (b->pos.sel >= 0 && page_nth_visible_link(&b->page, &b->pos, b->lay.body.h, 1) >= 0 &&
	    (page_link_row(&b->page, b->pos.sel) < b->pos.top ||
	    page_link_row(&b->page, b->pos.sel) >= b->pos.top + b->lay.body.h))
		b->pos.sel = page_first_visible_link(&b->page, &b->pos, b->lay.body.h);
	update_preview(b);
}

const struct text_tokens *
browser_highlight(const struct browser *b)
{
	return b->prompting ? &b->live : &b->last;
}

void
browser_key(struct browser *b, int key)
{
	enum keymap km = b->prompting ? KM_PROMPT
	    : nav_current(&b->nav)->t.view == V_BASKET ? KM_BASKET : KM_BROWSE;
	enum action a = action_for_key(km, key);

	if (b->present) {
		browser_present_key(b, key);
		return;
	}
	if (b->asking) {
		basket_answer(b, key);
		return;
	}
	if (b->prompting) {
		b->notice[0] = '\0';
		if (!b->lay.too_small || a == ACT_P_CANCEL || a == ACT_P_LEAVE)
			prompt_key(b, a, key);
		return;
	}
	browser_do(b, a, key);
}

void
browser_do(struct browser *b, enum action a, int key)
{
	b->notice[0] = '\0';
	if (b->lay.too_small && a != ACT_QUIT && a != ACT_QUIT_BACK)
		return;
	switch (a) {
	case ACT_SEARCH: search_open(b); break;
	case ACT_NEXT_MATCH: find_match(b, 1); break;
	case ACT_PREV_MATCH: find_match(b, -1); break;
	case ACT_FOLLOW: follow(b, b->pos.sel); break;
	case ACT_FOLLOW_NTH:
		follow(b, view_table[nav_current(&b->nav)->t.view].numbered ? key - '0'	/* the box numbered so */
		    : page_nth_visible_link(&b->page, &b->pos, b->lay.body.h, key - '0'));
		break;
	case ACT_BACK: step_history(b, nav_back, _("This is the first view: nothing to go back to.")); break;
	case ACT_FORWARD: step_history(b, nav_forward, _("Nothing to go forward to.")); break;
	case ACT_HOME: go_view(b, V_HOME); break;
	case ACT_HISTORY: go_view(b, V_HISTORY); break;
	case ACT_BOOKMARKS: go_view(b, V_BOOKMARKS); break;
	case ACT_HELP: go_view(b, V_HELP); break;
	case ACT_BOOKMARK: toggle_bookmark(b); break;
	case ACT_SUMMARY_LANG: summary_language(b); break;
	case ACT_EVIDENCE: evidence(b); break;
	case ACT_COPY: reader_copy(b); break;
	case ACT_LIST_PREV: list_step(b, -1); break;
	case ACT_LIST_NEXT: list_step(b, 1); break;
	case ACT_BASKET: go_view(b, V_BASKET); break;
	case ACT_BASKET_ADD: case ACT_BASKET_EARLIER: case ACT_BASKET_LATER:
	case ACT_BASKET_REMOVE: case ACT_BASKET_CLEAR: case ACT_BASKET_WRITE: basket_do(b, a); break;
	case ACT_COMPARE: browser_compare(b); break;
	case ACT_MAP: browser_map(b); break;
	case ACT_MAP_DEEPER: browser_map_depth(b, 1); break;
	case ACT_MAP_SHALLOWER: browser_map_depth(b, -1); break;
	case ACT_OPEN_PAGE: browser_map_page(b); break;
	case ACT_PRESENT: browser_present(b); break;
	case ACT_QUIT_BACK:
		if (b->nav.cur == 0)
			b->quit = 1;
		else
			step_history(b, nav_back, "");
		break;
	case ACT_QUIT: b->quit = 1; break;
	case ACT_NONE: browser_notice(b, "%s", _("Unknown key: press ? for help.")); break;
	case ACT_REDRAW: break;
	case ACT_NUMBERS: toggle_numbers(b); break;
	case ACT_PREVIEW: toggle_preview(b); break;
	case ACT_PREVIEW_DOWN: scroll_preview(b, 1); break;
	case ACT_PREVIEW_UP: scroll_preview(b, -1); break;
	default:
		if (page_move(&b->page, &b->pos, a, b->lay.body.h))
			update_preview(b);
		break;
	}
}

void
browser_click(struct browser *b, int y, int x)
{
	const struct rect *r = &b->lay.body;
	int row, link;

	b->notice[0] = '\0';
	if (b->present)		/* the page beneath the slide is not on screen */
		return;
	if (b->lay.too_small || b->prompting || b->asking)
		return;
	if (b->lay.preview && y >= b->lay.side.y && y < b->lay.side.y + b->lay.side.h &&
	    x >= b->lay.side.x && x < b->lay.side.x + b->lay.side.w) {
		follow(b, b->pos.sel);	/* a click on the preview opens it */
		return;
	}
	if (y < r->y || y >= r->y + r->h || x < r->x || x >= r->x + r->w)
		return;
	row = b->pos.top + y - r->y;
	if ((link = page_link_at(&b->page, row, x - r->x - (b->lay.gutter - LAYOUT_GUTTER))) < 0)
		return;
	if (b->lay.preview && b->pos.sel != link) {
		b->pos.sel = link;
		update_preview(b);
		return;
	}
	follow(b, link);
}

void
browser_wheel(struct browser *b, int lines)
{
	int n = lines < 0 ? -lines : lines;

	if (b->lay.too_small || b->present)
		return;
	while (n-- > 0)
		page_move(&b->page, &b->pos, lines < 0 ? ACT_UP : ACT_DOWN, b->lay.body.h);
	update_preview(b);
}

void
browser_resize(struct browser *b, int cols, int rows)
{
	if (!b->lay.too_small && !b->prompting)
		remember(b);
	b->lay.cols = cols;
	b->lay.rows = rows;
	if (b->present)
		b->stale = 1;	/* the page beneath the slide: rebuilt at its end */
	else if (b->prompting)
		show_results(b);	/* the prompt stays open with its results */
	else
		load(b);
}

/* `s` before the text in out[size], when both fit; else out stays. */
static void
prepend(char *out, size_t size, const char *s)
{
	size_t n = strlen(s), len = strlen(out);

	if (n + len >= size)
		return;
	memmove(out + n, out, len + 1);
	memcpy(out, s, n);
}

void
browser_position(const struct browser *b, char *out, size_t size)
{
	int h = b->lay.body.h, n = (int)b->page.nrows;

	if (b->lay.preview && b->page.nlinks)
		snprintf(out, size, "%d/%zu", b->pos.sel + 1, b->page.nlinks);
	else if (n <= h)
		snprintf(out, size, "%s", _("All"));
	else if (b->pos.top == 0)
		snprintf(out, size, "%s", _("Top"));
	else if (b->pos.top + h >= n)
		snprintf(out, size, "%s", _("Bot"));
	else
		snprintf(out, size, "%d%%", (b->pos.top + h) * 100 / n);
	if (*b->compare_mark)
		prepend(out, size, _("compare · "));
	if (b->ctx.evidence)
		prepend(out, size, _("quotes · "));
	if (b->in_list && !b->prompting && nav_current((struct nav *)&b->nav)->t.view == V_CONCEPT) {
		char num[64], where[80];

		/* a list's item says where it stands: "2 of 5 · Top" */
		snprintf(num, sizeof num, _("%d of %d"), b->place.pos, b->place.count);
		snprintf(where, sizeof where, "%s · ", num);
		prepend(out, size, where);
	}
}

/* A slug opens its concept; anything else is a search for those words. */
static struct target
start_target(struct browser *b, struct store *st, const char *start)
{
	struct store_items it;
	struct target t = target_make(V_HOME, NULL);

	memset(&it, 0, sizeof it);
	if (!start)
		return t;
	if (strlen(start) < SLUG_MAX && store_lookup(st, &start, 1, &it) == STORE_OK && it.n == 1) {
		t = target_make(view_item_view(it.v[0].kind), start);
	} else {
		size_t len = text_cut(start, strlen(start), TEXT_QUERY_MAX);

		t = target_make(V_SEARCH, NULL);
		memcpy(t.key, start, len);
		t.key[len] = '\0';
		text_tokens(t.key, len, &b->last);
	}
	store_items_free(&it);
	return t;
}

/* All of browser_open but the first page. */
static int
open_bare(struct browser *b, struct store *st, const char *start, int cols, int rows, char **err)
{
	struct target t;
	char *serr = NULL;

	memset(b, 0, sizeof *b);
	b->numbers = -1;
	t = start_target(b, st, start);
	if (state_load(&b->state, &serr) < 0)
		browser_notice_take(b, serr, NULL);
	if (view_ctx_init(&b->ctx, st, &b->state) != STORE_OK) {
		*err = strdup(store_error(st));
		browser_close(b);
		return -1;
	}
	b->lay.cols = cols;
	b->lay.rows = rows;
	if (nav_push(&b->nav, &t) < 0) {
		*err = strdup(_("out of memory"));
		browser_close(b);
		return -1;
	}
	return 0;
}

int
browser_open(struct browser *b, struct store *st, const char *start, int cols, int rows, char **err)
{
	if (open_bare(b, st, start, cols, rows, err) < 0)
		return -1;
	visited(b, load(b));
	return 0;
}

int
browser_open_deck(struct browser *b, struct store *st, struct deck *deck, int cols, int rows,
    char **err)
{
	if (open_bare(b, st, NULL, cols, rows, err) < 0) {
		present_deck_free(deck);
		return -1;
	}
	b->stale = 1;	/* home, built only if ever shown */
	if (browser_present_deck(b, deck, 1, err) < 0) {
		browser_close(b);
		return -1;
	}
	return 0;
}

void
browser_close(struct browser *b)
{
	browser_present_stop(b);
	page_free(&b->page);
	page_free(&b->preview);
	nav_free(&b->nav);
	free(b->clipboard);
	view_ctx_free(&b->ctx);
	basket_free(&b->basket);
	state_free(&b->state);
}

void
browser_go(struct browser *b, const struct target *t)
{
	go(b, t);
}
