/* test_browser.c: the browser model driven by actions on a fixture database, no terminal. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include <cmocka.h>

#include "action.h"
#include "browser.h"
#include "doc.h"
#include "fixture.h"
#include "nav.h"
#include "state.h"
#include "view.h"

static char *db_path;
static char xdg[] = "/tmp/tekdip-browser-XXXXXX";

struct fx {
	struct store *st;
	struct browser b;
};

static int
setup(void **state)
{
	static struct fx fx;
	char *err = NULL;

	if (!mkdtemp(xdg))
		return -1;
	setenv("XDG_DATA_HOME", xdg, 1);
	db_path = fixture_db();
	if (!(fx.st = store_open(db_path, &err)))
		return -1;
	*state = &fx;
	return 0;
}

static int
teardown(void **state)
{
	struct fx *fx = *state;
	char cmd[128];

	store_close(fx->st);
	fixture_remove(db_path);
	snprintf(cmd, sizeof cmd, "rm -rf %s", xdg);
	return system(cmd) == 0 ? 0 : -1;
}

static int
open_at(void **state)
{
	struct fx *fx = *state;
	char *err = NULL;
	int rc = browser_open(&fx->b, fx->st, NULL, 80, 24, &err);

	free(err);
	return rc;
}

static int
close_b(void **state)
{
	struct fx *fx = *state;

	browser_close(&fx->b);
	return 0;
}

/* The text of the selected link row. */
static const char *
selected(const struct browser *b)
{
	assert_true(b->pos.sel >= 0);
	return b->page.rows[page_link_row(&b->page, b->pos.sel)].text;
}

/* The selected link's own text: its first cell on a row of cells (a
 * passage inside its paragraph), else its row's. */
static const char *
selected_link(const struct browser *b)
{
	const struct row *r;

	assert_true(b->pos.sel >= 0);
	r = &b->page.rows[page_link_row(&b->page, b->pos.sel)];
	for (size_t i = 0; i < r->ncells; i++)
		if (r->cells[i].link == b->pos.sel)
			return r->cells[i].text;
	return r->text;
}

/* Move the selection down to the link whose row text starts with `text`. */
static void
select_row(struct browser *b, const char *text)
{
	for (size_t i = 0; i < b->page.nlinks + 1; i++) {
		if (b->pos.sel >= 0 && strncmp(selected(b), text, strlen(text)) == 0)
			return;
		browser_do(b, ACT_NEXTLINK, 0);
	}
	fail_msg("no link row starting with %s", text);
}

static const char *
crumb(const struct browser *b)
{
	return b->page.crumb;
}

static void
test_home_lists_kinds_and_lists(void **state)
{
	struct browser *b = &((struct fx *)*state)->b;

	assert_string_equal(crumb(b), "Home");
	assert_int_equal(b->page.links[0].view, V_KIND);
	assert_string_equal(b->page.links[0].key, "pillar");
	/* 6 kinds, the timeline and the lists: no list is read */
	assert_int_equal(b->page.nlinks, 8);
	assert_int_equal(b->page.links[6].view, V_TIMELINE);
	assert_int_equal(b->page.links[7].view, V_LISTS);
	assert_int_equal(b->lay.preview, PREVIEW_NONE);
}

static void
test_follow_back_forward_restores_selection(void **state)
{
	struct browser *b = &((struct fx *)*state)->b;
	char line[256];

	select_row(b, "Partners");
	browser_do(b, ACT_FOLLOW, 0);
	assert_string_equal(crumb(b), "Partners");
	assert_int_equal(b->lay.preview, PREVIEW_BELOW);	/* below the list under 100 columns */
	select_row(b, "Korea Selatan");
	browser_do(b, ACT_FOLLOW, 0);
	assert_string_equal(crumb(b), "Partner › Korea Selatan");
	select_row(b, "Kecerdasan buatan");
	snprintf(line, sizeof line, "%s", selected(b));
	browser_do(b, ACT_FOLLOW, 0);
	assert_string_equal(crumb(b), "Technology › Kecerdasan buatan");
	browser_do(b, ACT_BACK, 0);
	assert_string_equal(crumb(b), "Partner › Korea Selatan");
	assert_string_equal(selected(b), line);
	browser_do(b, ACT_FORWARD, 0);
	assert_string_equal(crumb(b), "Technology › Kecerdasan buatan");
	browser_do(b, ACT_BACK, 0);
	browser_do(b, ACT_BACK, 0);
	assert_string_equal(crumb(b), "Partners");
	assert_string_equal(selected(b), "Korea Selatan");
	/* q goes back, and quits only from the first view */
	browser_do(b, ACT_QUIT_BACK, 0);
	assert_string_equal(crumb(b), "Home");
	assert_false(b->quit);
	browser_do(b, ACT_QUIT_BACK, 0);
	assert_true(b->quit);
}

static void
test_preview_follows_selection(void **state)
{
	struct browser *b = &((struct fx *)*state)->b;

	select_row(b, "Tasks");
	browser_do(b, ACT_FOLLOW, 0);
	assert_string_equal(b->preview.rows[0].text, selected(b));
	browser_do(b, ACT_DOWN, 0);
	assert_string_equal(b->preview.rows[0].text, selected(b));
	assert_string_equal(b->preview.rows[0].text, "Meneliti tren");
	browser_resize(b, 120, 40);
	assert_int_equal(b->lay.preview, PREVIEW_BESIDE);	/* beside the list */
	assert_string_equal(b->preview.rows[0].text, "Meneliti tren");
}

static void
test_resize_too_small_keeps_place(void **state)
{
	struct browser *b = &((struct fx *)*state)->b;

	select_row(b, "Partners");
	browser_do(b, ACT_FOLLOW, 0);
	select_row(b, "Korea Selatan");
	browser_do(b, ACT_FOLLOW, 0);
	select_row(b, "Kecerdasan buatan");
	browser_resize(b, 30, 8);
	assert_true(b->lay.too_small);
	browser_do(b, ACT_DOWN, 0);	/* ignored while too small */
	browser_resize(b, 1, 1);
	browser_resize(b, 80, 24);
	assert_false(b->lay.too_small);
	assert_string_equal(crumb(b), "Partner › Korea Selatan");
	assert_string_equal(selected(b), "Kecerdasan buatan");
	browser_resize(b, 45, 12);
	assert_string_equal(selected(b), "Kecerdasan buatan");
	assert_true(page_link_row(&b->page, b->pos.sel) >= b->pos.top);
	assert_true(page_link_row(&b->page, b->pos.sel) < b->pos.top + b->lay.body.h);
}

static void
test_bookmark_persists(void **state)
{
	struct fx *fx = *state;
	struct browser *b = &fx->b;
	char *err = NULL;

	select_row(b, "Actors");
	browser_do(b, ACT_FOLLOW, 0);
	browser_do(b, ACT_BOOKMARK, 0);	/* the selected concept in a list */
	assert_string_equal(b->notice, "Bookmarked pham-minh-chinh");
	browser_close(b);
	assert_int_equal(browser_open(b, fx->st, NULL, 80, 24, &err), 0);
	browser_do(b, ACT_BOOKMARKS, 0);
	assert_string_equal(crumb(b), "Bookmarks");
	assert_int_equal(b->page.nlinks, 1);
	assert_string_equal(selected(b), "Phạm Minh Chính");
	browser_do(b, ACT_BOOKMARK, 0);
	assert_string_equal(b->notice, "Removed bookmark pham-minh-chinh");
}

/* Bookmarks of another database (another --db) fill the cap too: B lists
 * them apart, m removes one, and a refused m says why. */
static void
test_bookmarks_of_another_database(void **state)
{
	struct fx *fx = *state;
	struct browser *b = &fx->b;
	char path[256], *err = NULL;
	FILE *fp;

	browser_close(b);
	snprintf(path, sizeof path, "%s/tekdip", xdg);
	mkdir(path, 0700);
	snprintf(path, sizeof path, "%s/tekdip/bookmarks", xdg);
	assert_non_null(fp = fopen(path, "w"));
	fprintf(fp, "# tekdip bookmarks v1\npham-minh-chinh\n");
	for (int i = 1; i < STATE_MAX_BOOKMARKS; i++)
		fprintf(fp, "elsewhere-%d\n", i);
	assert_int_equal(fclose(fp), 0);
	assert_int_equal(browser_open(b, fx->st, "korea-selatan", 80, 24, &err), 0);
	browser_do(b, ACT_BOOKMARK, 0);
	assert_non_null(strstr(b->notice, "no more than 1000"));
	assert_non_null(strstr(b->notice, "999 are not in this database"));
	browser_do(b, ACT_BOOKMARKS, 0);
	assert_string_equal(crumb(b), "Bookmarks");
	assert_int_equal(b->page.nlinks, STATE_MAX_BOOKMARKS);
	assert_string_equal(b->page.links[0].key, "pham-minh-chinh");
	assert_string_equal(b->page.links[1].key, "elsewhere-1");
	select_row(b, "elsewhere-1");
	browser_do(b, ACT_BOOKMARK, 0);
	assert_string_equal(b->notice, "Removed bookmark elsewhere-1");
	assert_int_equal(b->page.nlinks, STATE_MAX_BOOKMARKS - 1);
	browser_do(b, ACT_BACK, 0);
	browser_do(b, ACT_BOOKMARK, 0);
	assert_string_equal(b->notice, "Bookmarked korea-selatan");
	unlink(path);
}

static void
test_history_view_newest_first(void **state)
{
	struct browser *b = &((struct fx *)*state)->b;

	select_row(b, "Partners");
	browser_do(b, ACT_FOLLOW, 0);
	browser_do(b, ACT_FOLLOW, 0);	/* korea-selatan, the only partner */
	browser_do(b, ACT_HOME, 0);
	select_row(b, "Actors");
	browser_do(b, ACT_FOLLOW, 0);
	browser_do(b, ACT_FOLLOW, 0);
	browser_do(b, ACT_HISTORY, 0);
	assert_string_equal(crumb(b), "History");
	assert_true(b->page.nlinks >= 2);
	assert_string_equal(b->page.links[0].key, "pham-minh-chinh");
	assert_string_equal(b->page.links[1].key, "korea-selatan");
}

static void
test_digit_follows_nth_visible_link(void **state)
{
	struct browser *b = &((struct fx *)*state)->b;

	browser_do(b, ACT_FOLLOW_NTH, '4');
	assert_string_equal(crumb(b), "Partners");
	browser_do(b, ACT_BACK, 0);
	browser_do(b, ACT_FOLLOW_NTH, '9');	/* only 7 links */
	assert_string_equal(crumb(b), "Home");
	assert_string_equal(b->notice, "No link there.");
}

static void
test_mouse_click_selects_then_follows(void **state)
{
	struct browser *b = &((struct fx *)*state)->b;
	int row;

	select_row(b, "Tasks");
	browser_do(b, ACT_FOLLOW, 0);
	/* the second task's row on screen: body starts at screen row 1 */
	row = page_link_row(&b->page, 1) - b->pos.top + b->lay.body.y;
	browser_click(b, row, 5);
	assert_int_equal(b->pos.sel, 1);
	assert_string_equal(b->preview.rows[0].text, selected(b));
	assert_string_equal(crumb(b), "Tasks");
	browser_click(b, row, 5);	/* a click on the selected link opens it */
	assert_string_equal(crumb(b), "Task › Meneliti tren");
	browser_click(b, 0, 0);		/* the title bar: nothing */
	assert_string_equal(crumb(b), "Task › Meneliti tren");
	browser_wheel(b, 3);
	browser_wheel(b, -3);
	assert_int_equal(b->pos.top, 0);
}

/* A page a future view would draw: two links on one row, put in place of
 * the home page.  Tab, Shift-Tab, a click and Enter act on the spans. */
static void
test_two_links_on_one_row_follow(void **state)
{
	struct browser *b = &((struct fx *)*state)->b;
	struct target ko = target_make(V_CONCEPT, "korea-selatan");
	struct target ai = target_make(V_CONCEPT, "kecerdasan-buatan");
	int y;

	page_free(&b->page);
	page_init(&b->page, (size_t)b->lay.body.w);
	b->page.crumb = "Compare";
	page_row(&b->page, R_HEADING, 0, "Compare", NULL);
	page_cells(&b->page, R_TEXT, 0);
	page_cell(&b->page, 0, 30, R_LINK, "Korea Selatan", &ko);
	page_cell(&b->page, 34, 30, R_LINK, "kecerdasan buatan", &ai);
	b->pos = (struct pos){ 0, 0 };
	y = b->lay.body.y + 1;
	browser_key(b, K_TAB);
	assert_int_equal(b->pos.sel, 1);
	assert_int_equal(page_link_row(&b->page, b->pos.sel), 1);
	assert_int_equal(b->page.spans[b->pos.sel].col, 2 + 34);
	browser_key(b, K_BTAB);
	assert_int_equal(b->pos.sel, 0);
	browser_click(b, y, b->lay.body.x + 33);	/* between the two: nothing */
	assert_int_equal(b->pos.sel, 0);
	assert_string_equal(crumb(b), "Compare");
	browser_click(b, y, b->lay.body.x + 40);	/* on the second: opens it */
	assert_string_equal(crumb(b), "Technology › Kecerdasan buatan");
	browser_do(b, ACT_BACK, 0);
	assert_string_equal(crumb(b), "Home");
	/* back rebuilt the real home page; build the row again and follow */
	page_free(&b->page);
	page_init(&b->page, (size_t)b->lay.body.w);
	page_cells(&b->page, R_TEXT, 0);
	page_cell(&b->page, 0, 30, R_LINK, "Korea Selatan", &ko);
	page_cell(&b->page, 34, 30, R_LINK, "kecerdasan buatan", &ai);
	b->pos = (struct pos){ 0, 0 };
	browser_do(b, ACT_NEXTLINK, 0);
	browser_do(b, ACT_PREVLINK, 0);
	browser_do(b, ACT_FOLLOW, 0);
	assert_string_equal(crumb(b), "Partner › Korea Selatan");
}

static void
test_start_on_slug_or_search(void **state)
{
	struct fx *fx = *state;
	struct browser b;
	char *err = NULL;

	assert_int_equal(browser_open(&b, fx->st, "korea-selatan", 80, 24, &err), 0);
	assert_string_equal(b.page.crumb, "Partner › Korea Selatan");
	browser_close(&b);
	assert_int_equal(browser_open(&b, fx->st, "pham minh", 80, 24, &err), 0);
	assert_string_equal(b.page.crumb, "Search › pham minh");
	assert_string_equal(selected(&b), "Phạm Minh Chính");
	browser_close(&b);
}

/* A citation opens its article's text at the passage; n says when the
 * concept has no other passage there; y writes the clipboard file with
 * what the article states; Left goes back to the concept. */
static void
test_citation_opens_article_at_passage(void **state)
{
	struct fx *fx = *state;
	struct browser b;
	char *err = NULL, path[256], text[512];
	FILE *fp;
	size_t n;

	assert_int_equal(browser_open(&b, fx->st, "korea-selatan", 80, 24, &err), 0);
	browser_do(&b, ACT_BOTTOM, 0);
	assert_int_equal(b.page.links[b.pos.sel].view, V_ARTICLE);
	browser_do(&b, ACT_FOLLOW, 0);
	assert_string_equal(b.page.crumb, "Article text › Diplomasi sains");
	assert_string_equal(selected_link(&b), "a quote");
	assert_string_equal(b.page.links[b.pos.sel].key, "korea-selatan");
	browser_do(&b, ACT_NEXT_MATCH, 'n');
	assert_non_null(strstr(b.notice, "No more passages of korea-selatan below"));
	browser_do(&b, ACT_COPY, 'y');
	assert_non_null(strstr(b.notice, "Citation copied"));
	assert_null(b.clipboard);	/* no OSC 52 without a terminal */
	snprintf(path, sizeof path, "%s/tekdip/clipboard", xdg);
	assert_non_null(fp = fopen(path, "r"));
	n = fread(text, 1, sizeof text - 1, fp);
	text[n] = '\0';
	fclose(fp);
	assert_string_equal(text, "“a quote”\n— Diplomasi sains, Báo Quốc Tế, 2025-08-27\n"
	    "https://example.invalid/a\n");
	browser_do(&b, ACT_BACK, 0);
	assert_string_equal(b.page.crumb, "Partner › Korea Selatan");
	assert_int_equal(b.page.links[b.pos.sel].view, V_ARTICLE);
	browser_close(&b);
}

/* e: on an article's page each mention's quote opens the text at it. */
static void
test_evidence_links_mention_quotes(void **state)
{
	struct fx *fx = *state;
	struct browser b;
	char *err = NULL;
	size_t before = 0, after = 0;

	assert_int_equal(browser_open(&b, fx->st, "art-one", 80, 24, &err), 0);
	for (size_t i = 0; i < b.page.nlinks; i++)
		before += b.page.links[i].view == V_ARTICLE && b.page.links[i].passage;
	browser_do(&b, ACT_EVIDENCE, 'e');
	for (size_t i = 0; i < b.page.nlinks; i++)
		after += b.page.links[i].view == V_ARTICLE && b.page.links[i].passage;
	assert_int_equal(after - before, 6);	/* the six concepts it mentions */
	select_row(&b, "“a quote”");
	browser_do(&b, ACT_FOLLOW, 0);
	assert_string_equal(b.page.crumb, "Article text › Diplomasi sains");
	assert_string_equal(selected_link(&b), "a quote");
	browser_close(&b);
}

/* Type into the prompt a key at a time, as the terminal would. */
static void
type(struct browser *b, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		browser_key(b, *p);
}

static void
test_search_prompt_is_incremental_and_in_history(void **state)
{
	struct browser *b = &((struct fx *)*state)->b;

	select_row(b, "Partners");
	browser_key(b, '/');
	assert_true(b->prompting);
	type(b, "ko");
	assert_string_equal(crumb(b), "Search › ko");
	assert_string_equal(selected(b), "Korea Selatan");
	assert_string_equal(b->preview.rows[0].text, "Korea Selatan");
	/* Down moves through the results; Esc keeps them, as a view */
	browser_key(b, K_DOWN);
	assert_true(b->prompting);
	browser_key(b, K_ESC);
	assert_false(b->prompting);
	assert_string_equal(crumb(b), "Search › ko");
	browser_key(b, K_LEFT);
	/* Ctrl-G: back where we were, with the selection */
	browser_key(b, '/');
	type(b, "ko");
	browser_key(b, K_CTRL('g'));
	assert_false(b->prompting);
	assert_string_equal(crumb(b), "Home");
	assert_true(strncmp(selected(b), "Partners", 8) == 0);
	/* Enter opens the selected result; back returns to the results */
	browser_key(b, '/');
	type(b, "pham");
	browser_key(b, K_ENTER);
	assert_string_equal(crumb(b), "Actor › Phạm Minh Chính");
	browser_key(b, K_LEFT);
	assert_string_equal(crumb(b), "Search › pham");
	assert_string_equal(selected(b), "Phạm Minh Chính");
	browser_key(b, K_LEFT);
	assert_string_equal(crumb(b), "Home");
	/* Ctrl-R recalls the last query */
	browser_key(b, '/');
	browser_key(b, K_CTRL('r'));
	assert_string_equal(b->prompt.text, "pham");
	browser_key(b, K_CTRL('u'));
	assert_string_equal(b->prompt.text, "");
	assert_int_equal(b->page.nlinks, 0);	/* a blank query: the hint */
	browser_key(b, K_CTRL('g'));
}

static void
test_next_match_moves_between_lines(void **state)
{
	struct browser *b = &((struct fx *)*state)->b;
	int first;

	browser_key(b, 'n');
	assert_string_equal(b->notice, "No search yet: press / to search.");
	browser_key(b, '/');
	type(b, "diplomasi");
	browser_key(b, K_ENTER);
	assert_string_equal(crumb(b), "Pillar › Diplomasi iptek");
	browser_key(b, 'n');
	first = b->match_row;
	assert_int_equal(first, 0);	/* the title */
	browser_key(b, 'n');
	assert_true(b->match_row > first);
	assert_non_null(strstr(b->page.rows[b->match_row].text, "Diplomasi"));
	for (int i = 0; i < 50 && !*b->notice; i++)
		browser_key(b, 'n');
	assert_string_equal(b->notice, "No more matches below.");
	while (b->match_row > first && !strstr(b->notice, "above"))
		browser_key(b, 'N');
	browser_key(b, 'N');
	assert_int_equal(b->match_row, first);
}

static void
test_start_on_unknown_slug_explains(void **state)
{
	struct fx *fx = *state;
	struct browser b;
	char *err = NULL;

	/* a word that is no slug is searched for */
	assert_int_equal(browser_open(&b, fx->st, "no-such-thing", 80, 24, &err), 0);
	assert_string_equal(b.page.crumb, "Search › no-such-thing");
	assert_int_equal(b.page.nlinks, 0);
	/* a slug that was not found is no visit */
	for (size_t i = 0; i < b.state.history.n; i++)
		assert_string_not_equal(b.state.history.v[i], "no-such-thing");
	browser_close(&b);
}

static void
test_help_shows_every_action(void **state)
{
	struct browser *b = &((struct fx *)*state)->b;

	browser_do(b, ACT_HELP, 0);
	assert_string_equal(crumb(b), "Help");
	for (size_t i = 0; i < action_count; i++) {
		int found = 0;

		for (size_t r = 0; r < b->page.nrows; r++)
			found |= b->page.rows[r].note && strcmp(b->page.rows[r].note, action_table[i].help) == 0;
		if (!found)
			fail_msg("help lacks %s", action_table[i].name);
	}
}

static void
test_keys_bound_once(void **state)
{
	(void)state;
	for (size_t i = 0; i < action_count; i++)
		for (size_t k = 0; k < ACTION_MAXKEYS && action_table[i].keys[k]; k++) {
			int key = action_table[i].keys[k];
			enum keymap km = action_keymap(action_table[i].group);

			if (action_for_key(km, key) != action_table[i].action)
				fail_msg("key %d of %s is bound elsewhere", key, action_table[i].name);
		}
	/* in the prompt, letters are text */
	assert_int_equal(action_for_key(KM_PROMPT, 'q'), ACT_NONE);
	assert_int_equal(action_for_key(KM_BROWSE, '7'), ACT_FOLLOW_NTH);
	assert_int_equal(action_for_key(KM_BROWSE, 'z'), ACT_NONE);
	assert_int_equal(action_for_key(KM_PRESENT, '7'), ACT_PR_NUMBER);
}

static void
test_page_movement_scrolls_between_links(void **state)
{
	struct page p;
	struct pos pos = { 0, -1 };
	struct target t = target_make(V_HOME, NULL);

	(void)state;
	page_init(&p, 40);
	for (int i = 0; i < 30; i++)
		page_row(&p, R_TEXT, 0, "text", NULL);
	page_link(&p, 0, "far link", NULL, &t);
	assert_int_equal(page_first_visible_link(&p, &pos, 10), -1);
	/* down scrolls line by line until the link comes on screen */
	page_move(&p, &pos, ACT_DOWN, 10);
	assert_int_equal(pos.top, 1);
	assert_int_equal(pos.sel, -1);
	page_move(&p, &pos, ACT_NEXTLINK, 10);
	assert_int_equal(pos.sel, 0);
	assert_int_equal(pos.top, 21);
	page_move(&p, &pos, ACT_TOP, 10);
	assert_int_equal(pos.top, 0);
	page_move(&p, &pos, ACT_BOTTOM, 10);
	assert_int_equal(pos.top, 21);
	page_free(&p);
}

static void
test_nav_drops_forward_and_caps(void **state)
{
	struct nav nav = { 0 };
	struct target a = target_make(V_CONCEPT, "a"), b = target_make(V_CONCEPT, "b");

	(void)state;
	assert_int_equal(nav_back(&nav), -1);
	nav_push(&nav, &a);
	nav_push(&nav, &b);
	assert_int_equal(nav_back(&nav), 0);
	nav_push(&nav, &b);	/* drops the forward entry */
	assert_int_equal(nav.n, 2);
	assert_int_equal(nav_forward(&nav), -1);
	for (int i = 0; i < NAV_MAX + 10; i++)
		nav_push(&nav, &a);
	assert_int_equal(nav.n, NAV_MAX);
	assert_string_equal(nav_current(&nav)->t.key, "a");
	nav_free(&nav);
}

/* Every citation and every link's quote of the bundled reference opens
 * its article's text with a passage selected that holds it: the passage
 * itself, or the concept named beneath it with the passage in view; none
 * says it is not in place. */
static void
test_every_quote_opens_in_place(void **state)
{
	char *err = NULL;
	struct store *st;
	struct store_kinds kinds;
	struct browser b;
	size_t opened = 0;

	(void)state;
	assert_non_null(st = fixture_bundled_open());
	assert_int_equal(store_kinds(st, &kinds), STORE_OK);
	assert_int_equal(browser_open(&b, st, NULL, 80, 24, &err), 0);
	for (size_t k = 0; k < kinds.n; k++) {
		struct doc kind;

		assert_int_equal(doc_kind(st, kinds.v[k].slug, &kind), STORE_OK);
		for (size_t i = 0; i < kind.sec[SEC_ITEMS].n; i++) {
			struct doc d;

			assert_int_equal(doc_concept(st, kind.sec[SEC_ITEMS].refs[i].to.slug, 0, &d), STORE_OK);
			for (int sec = SEC_LINKS; sec <= SEC_CITATIONS; sec++)
				for (size_t r = 0; r < d.sec[sec].n; r++) {
					const struct doc_quote *q = &d.sec[sec].refs[r].quote;
					struct target t;

					if (!q->cite || !q->src || (sec == SEC_BACKLINKS && q->cite < 0))
						continue;	/* a link's quote: seen from its source */
					t = target_make(V_ARTICLE, q->src->slug);
					t.passage = q->cite;
					b.notice[0] = '\0';
					browser_go(&b, &t);
					if (b.pos.sel < 0 || strstr(b.notice, "not where it should be"))
						fail_msg("%s: %s at %lld not in place: %s", d.self.slug,
						    q->src->slug, (long long)q->cite, b.notice);
					opened++;
				}
			doc_free(&d);
		}
		doc_free(&kind);
	}
	browser_close(&b);
	store_kinds_free(&kinds);
	store_close(st);
	assert_true(opened > 1000);
}

#define T(f) cmocka_unit_test_setup_teardown(f, open_at, close_b)

/* A hub's page shows a share of each relation and leads to the rest. */
static void
test_hub_links_to_the_rest(void **state)
{
	char *path, *err = NULL;
	struct store *st = fixture_many_open(300, &path);
	struct browser b;

	(void)state;
	assert_non_null(st);
	assert_int_equal(browser_open(&b, st, "konsep-00001", 80, 24, &err), 0);
	assert_string_equal(crumb(&b), "Pillar › Konsep 00001");
	/* 5 + 3 + 92 of 291 fill the budget (VIEW_LINKS_BUDGET, 100), with the headings */
	assert_true(b.page.nlinks < 110);
	select_row(&b, "199 more…");
	assert_int_equal(b.page.links[b.pos.sel].view, V_BACKLINKS);
	browser_do(&b, ACT_FOLLOW, 0);
	assert_string_equal(crumb(&b), "Konsep 00001 › y");
	assert_int_equal(b.page.nlinks, 291);
	assert_int_equal(b.lay.preview, PREVIEW_BELOW);	/* a list: previewed below, under 100 columns */
	browser_do(&b, ACT_BACK, 0);
	assert_string_equal(crumb(&b), "Pillar › Konsep 00001");
	browser_close(&b);
	fixture_store_close(st, path);
}

/* The home view reads no list, at any size, and leads to them all. */
static void
test_home_links_to_all_lists(void **state)
{
	char *path, *err = NULL;
	struct store *st = fixture_many_open(300, &path);
	struct browser b;

	(void)state;
	assert_non_null(st);
	assert_int_equal(browser_open(&b, st, NULL, 80, 24, &err), 0);
	for (size_t i = 0; i < b.page.nlinks; i++)
		assert_int_not_equal(b.page.links[i].view, V_LIST);
	select_row(&b, "Enumerated lists");
	browser_do(&b, ACT_FOLLOW, 0);
	assert_string_equal(crumb(&b), "Enumerated lists in the articles");
	assert_int_equal(b.page.nlinks, 150);
	assert_int_equal(b.page.links[149].view, V_LIST);
	assert_string_equal(b.page.links[149].key, "daftar-00150");
	browser_close(&b);
	fixture_store_close(st, path);
}

/* The bundled reference's lists page, one Enter from home: every list
 * once, in the articles' order, under the article that enumerates it. */
static void
test_home_leads_to_every_list(void **state)
{
	char *err = NULL;
	struct store *st;
	struct store_lists all;
	struct browser b;
	size_t articles = 0;

	(void)state;
	assert_non_null(st = fixture_bundled_open());
	assert_int_equal(store_lists(st, &all), STORE_OK);
	assert_int_equal(browser_open(&b, st, NULL, 80, 24, &err), 0);
	select_row(&b, "Enumerated lists");
	browser_do(&b, ACT_FOLLOW, 0);
	assert_int_equal(b.page.nlinks, all.n);
	for (size_t i = 0; i < all.n; i++) {
		assert_int_equal(b.page.links[i].view, V_LIST);
		assert_string_equal(b.page.links[i].key, all.v[i].slug);
		articles += i == 0 || strcmp(all.v[i].article, all.v[i - 1].article) != 0;
	}
	for (size_t r = 0; r < b.page.nrows; r++)
		articles -= b.page.rows[r].style == R_SUBHEADING;
	assert_int_equal(articles, 0);	/* a heading per article */
	browser_close(&b);
	store_lists_free(&all);
	store_close(st);
}

/* #: numbers beside the links, with two more columns of gutter; v: the
 * list alone at the whole width; J, K: the preview scrolls, and a new
 * selection's preview starts at its top. */
static void
test_numbers_and_preview_keys(void **state)
{
	struct browser *b = &((struct fx *)*state)->b;

	select_row(b, "Tasks");
	browser_do(b, ACT_FOLLOW, 0);
	browser_resize(b, 120, 40);
	assert_int_equal(b->lay.preview, PREVIEW_BESIDE);
	assert_int_equal(b->page.width, 58);	/* 60 columns less the gutter; 2/5 was 46 */
	assert_false(browser_numbers(b));
	browser_do(b, ACT_NUMBERS, '#');
	assert_true(browser_numbers(b));
	assert_int_equal(b->lay.gutter, 4);
	assert_int_equal(b->page.width, 56);
	assert_string_equal(crumb(b), "Tasks");
	browser_do(b, ACT_NUMBERS, '#');
	assert_false(browser_numbers(b));
	assert_int_equal(b->page.width, 58);
	browser_do(b, ACT_PREVIEW, 'v');
	assert_int_equal(b->lay.preview, PREVIEW_NONE);
	assert_int_equal(b->page.width, 118);
	assert_int_equal(b->preview.nrows, 0);
	browser_do(b, ACT_PREVIEW_DOWN, 'J');
	assert_non_null(strstr(b->notice, "J and K"));
	browser_do(b, ACT_PREVIEW, 'v');
	assert_int_equal(b->lay.preview, PREVIEW_BESIDE);
	browser_resize(b, 60, 12);	/* a preview of 4 rows, longer than that */
	assert_int_equal(b->lay.preview, PREVIEW_BELOW);
	assert_true((int)b->preview.nrows > b->lay.side.h);
	browser_do(b, ACT_PREVIEW_DOWN, 'J');
	assert_int_equal(b->preview_top, 1);
	browser_do(b, ACT_PREVIEW_UP, 'K');
	browser_do(b, ACT_PREVIEW_UP, 'K');
	assert_int_equal(b->preview_top, 0);
	for (int i = 0; i < 100; i++)
		browser_do(b, ACT_PREVIEW_DOWN, 'J');
	assert_int_equal(b->preview_top, (int)b->preview.nrows - b->lay.side.h);
	browser_do(b, ACT_DOWN, 0);
	assert_int_equal(b->preview_top, 0);
}

/* c marks the concept shown (the position says "compare"), c on another
 * opens both side by side and clears the mark; c again on the marked one
 * unmarks it; where there is no concept, c says so. */
static void
test_compare_marks_then_opens(void **state)
{
	struct fx *fx = *state;
	struct browser b;
	char *err = NULL, pos[64];

	assert_int_equal(browser_open(&b, fx->st, NULL, 80, 24, &err), 0);
	browser_do(&b, ACT_COMPARE, 'c');	/* the home view: a kind selected */
	assert_non_null(strstr(b.notice, "Nothing to compare here"));
	assert_string_equal(b.compare_mark, "");
	browser_close(&b);
	assert_int_equal(browser_open(&b, fx->st, "korea-selatan", 80, 24, &err), 0);
	browser_do(&b, ACT_COMPARE, 'c');
	assert_non_null(strstr(b.notice, "Marked korea-selatan for comparison"));
	browser_position(&b, pos, sizeof pos);
	assert_non_null(strstr(pos, "compare"));
	browser_do(&b, ACT_COMPARE, 'c');
	assert_string_equal(b.compare_mark, "");
	browser_do(&b, ACT_COMPARE, 'c');
	select_row(&b, "Kecerdasan buatan");
	browser_do(&b, ACT_FOLLOW, 0);
	browser_do(&b, ACT_COMPARE, 'c');
	assert_string_equal(b.page.crumb, "Comparison › Korea Selatan · Kecerdasan buatan");
	assert_int_equal(nav_current(&b.nav)->t.view, V_COMPARE);
	assert_string_equal(b.compare_mark, "");
	browser_do(&b, ACT_BACK, 0);
	assert_string_equal(b.page.crumb, "Technology › Kecerdasan buatan");
	browser_close(&b);
}

/* The position's prefixes go in by their real lengths: each one that fits
 * whole is there, the others are left out, and nothing is written past
 * the buffer (" · " is four bytes, not three). */
static void
test_position_prefixes_fit(void **state)
{
	struct fx *fx = *state;
	struct browser b;
	char *err = NULL, full[64], want[128], cut[64];
	size_t size;

	assert_int_equal(browser_open(&b, fx->st, "tugas-satu", 80, 24, &err), 0);
	assert_true(b.in_list);
	browser_position(&b, full, sizeof full);
	assert_non_null(strstr(full, "1 of 2 · "));
	/* one byte short for the whole: the list's place is left out */
	size = strlen(full);
	memset(cut, '#', sizeof cut);
	browser_position(&b, cut, size);
	assert_int_equal(cut[size], '#');
	assert_string_equal(cut, full + strlen("1 of 2 · "));
	browser_do(&b, ACT_COMPARE, 'c');
	browser_do(&b, ACT_EVIDENCE, 'e');
	browser_position(&b, full, sizeof full);
	snprintf(want, sizeof want, "1 of 2 · quotes · compare · %s", cut);
	assert_string_equal(full, want);
	browser_close(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		T(test_home_lists_kinds_and_lists),
		T(test_follow_back_forward_restores_selection),
		T(test_preview_follows_selection),
		T(test_resize_too_small_keeps_place),
		T(test_bookmark_persists),
		T(test_bookmarks_of_another_database),
		T(test_history_view_newest_first),
		T(test_digit_follows_nth_visible_link),
		T(test_help_shows_every_action),
		T(test_mouse_click_selects_then_follows),
		T(test_two_links_on_one_row_follow),
		cmocka_unit_test(test_start_on_unknown_slug_explains),
		cmocka_unit_test(test_start_on_slug_or_search),
		cmocka_unit_test(test_citation_opens_article_at_passage),
		cmocka_unit_test(test_every_quote_opens_in_place),
		cmocka_unit_test(test_evidence_links_mention_quotes),
		T(test_search_prompt_is_incremental_and_in_history),
		T(test_next_match_moves_between_lines),
		cmocka_unit_test(test_keys_bound_once),
		cmocka_unit_test(test_page_movement_scrolls_between_links),
		cmocka_unit_test(test_nav_drops_forward_and_caps),
		cmocka_unit_test(test_hub_links_to_the_rest),
		cmocka_unit_test(test_home_links_to_all_lists),
		cmocka_unit_test(test_home_leads_to_every_list),
		T(test_numbers_and_preview_keys),
		cmocka_unit_test(test_compare_marks_then_opens),
		cmocka_unit_test(test_position_prefixes_fit),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
