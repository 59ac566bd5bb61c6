/* test_layout.c: the panes, cuts, link numbers, wrapped link names and the theme table, with no terminal. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "layout.h"
#include "page.h"
#include "text.h"
#include "theme.h"

/* Wide screens share the width: the list is no longer 2/5 of it (46
 * columns of names at 120), the preview keeps a readable measure. */
static void
test_list_and_preview_share_the_width(void **state)
{
	struct layout l;

	(void)state;
	layout_compute(&l, 120, 40, 1, 0);
	assert_int_equal(l.preview, PREVIEW_BESIDE);
	assert_int_equal(l.body.w, 60);
	assert_true(l.body.w - l.gutter > 46);
	assert_int_equal(l.side.x, 61);
	assert_int_equal(l.body.w + 1 + l.side.w, 120);
	layout_compute(&l, 100, 30, 1, 0);
	assert_int_equal(l.body.w, 50);
	assert_int_equal(l.side.w, 49);
	layout_compute(&l, 240, 60, 1, 0);
	assert_int_equal(l.side.w, LAYOUT_SIDE_MAX);
	assert_int_equal(l.body.w, 240 - LAYOUT_SIDE_MAX - 1);
	/* below the list on a narrow screen, as before */
	layout_compute(&l, 60, 20, 1, 0);
	assert_int_equal(l.preview, PREVIEW_BELOW);
	assert_int_equal(l.body.w, 60);
	assert_int_equal(l.body.h + l.sep.h + l.side.h, 18);
	/* v: no preview, the list at the whole width */
	layout_compute(&l, 120, 40, 0, 0);
	assert_int_equal(l.preview, PREVIEW_NONE);
	assert_int_equal(l.body.w, 120);
	/* #: two more columns for the numbers */
	assert_int_equal(l.gutter, LAYOUT_GUTTER);
	layout_compute(&l, 120, 40, 1, 1);
	assert_int_equal(l.gutter, LAYOUT_GUTTER + LAYOUT_NUMBERS);
	layout_compute(&l, 39, 20, 1, 0);
	assert_true(l.too_small);
}

/* A cut keeps at least LAYOUT_CUT_MIN columns before its "…", or the
 * text (an English name) is left out: never one letter. */
static void
test_cuts_are_never_one_letter(void **state)
{
	(void)state;
	assert_int_equal(layout_cut_room(30, 12), 12);
	assert_int_equal(layout_cut_room(12, 12), 12);
	assert_int_equal(layout_cut_room(11, 12), 11);
	assert_int_equal(layout_cut_room(LAYOUT_CUT_MIN + 1, 40), LAYOUT_CUT_MIN + 1);
	assert_int_equal(layout_cut_room(LAYOUT_CUT_MIN, 40), 0);
	assert_int_equal(layout_cut_room(2, 40), 0);
	assert_int_equal(layout_cut_room(1, 40), 0);
	assert_int_equal(layout_cut_room(1, 1), 1);	/* a one-letter text is whole */
	assert_int_equal(layout_cut_room(0, 5), 0);
	for (int room = 0; room < 20; room++) {
		int w = layout_cut_room(room, 40);

		assert_true(w == 0 || w - 1 >= LAYOUT_CUT_MIN);
	}
}

/* The key hints give way to a crumb that would be cut short. */
static void
test_status_line_keeps_the_crumb(void **state)
{
	(void)state;
	assert_true(layout_status_hints(120, 56, 32));
	assert_false(layout_status_hints(60, 56, 32));
	assert_true(layout_status_hints(60, 20, 32));	/* a short crumb fits */
	assert_true(layout_status_hints(80, 60, 32));	/* cut, but 46 columns of it */
}

static void
links(struct page *p, int n)
{
	struct target t = target_make(V_CONCEPT, "x");

	page_init(p, 40);
	page_row(p, R_HEADING, 0, "Heading", NULL);
	for (int i = 0; i < n; i++)
		page_link(p, 2, page_fmt(p, "link %d", i), NULL, &t);
}

/* The number of `link`, with the first link shown found as the ui finds
 * it, once a draw. */
static int
number(const struct page *p, const struct pos *pos, int height, int link)
{
	return layout_link_number(p, pos, height, page_first_visible_link(p, pos, height), link);
}

/* The numbers drawn are those 1-9 open: the nth link on screen. */
static void
test_link_numbers_are_the_ones_digits_open(void **state)
{
	struct page p;
	struct pos pos = { 0, 0 };

	(void)state;
	links(&p, 14);
	for (int i = 0; i < 9; i++) {
		assert_int_equal(number(&p, &pos, 12, i), i + 1);
		assert_int_equal(page_nth_visible_link(&p, &pos, 12, i + 1), i);
	}
	assert_int_equal(number(&p, &pos, 12, 9), 0);	/* a tenth */
	assert_int_equal(number(&p, &pos, 5, 3), 4);	/* row 4, the last shown */
	assert_int_equal(number(&p, &pos, 5, 4), 0);	/* off screen */
	pos.top = 6;	/* scrolled: link 5 (row 6) is now the first */
	assert_int_equal(number(&p, &pos, 5, 5), 1);
	assert_int_equal(number(&p, &pos, 5, 4), 0);
	assert_int_equal(number(&p, &pos, 5, -1), 0);
	page_free(&p);
}

/* A name wider than the page wraps onto rows of the same link, under the
 * text after its number; the note follows its last line. */
static void
test_long_names_wrap_as_one_link(void **state)
{
	struct page p;
	struct target t = target_make(V_CONCEPT, "task");
	const char *name = "3. Berpartisipasi dalam membentuk aturan, standar, dan tata kelola teknologi";

	(void)state;
	page_init(&p, 40);
	page_link(&p, 0, name, "Taking part in shaping technology rules", &t);
	page_link(&p, 2, "short", "English", &t);
	assert_false(p.mem.failed);
	assert_int_equal(p.nlinks, 2);
	assert_true(p.nrows >= 3);
	assert_string_equal(p.rows[0].text, "3. Berpartisipasi dalam membentuk");
	for (size_t i = 0; i + 1 < p.nrows; i++) {
		const struct row *r = &p.rows[i];

		assert_int_equal(r->link, 0);
		assert_true(text_width(r->text, strlen(r->text)) + (size_t)r->indent <= 40);
		assert_int_equal(r->indent, i ? 3 : 0);	/* under the text after "3. " */
		assert_true(i + 2 < p.nrows ? r->note == NULL : r->note != NULL);
	}
	assert_int_equal(p.rows[0].nlinks, 1);
	assert_int_equal(p.rows[1].nlinks, 0);	/* a continuation, not a link of its own */
	assert_int_equal(page_link_row(&p, 0), 0);
	assert_string_equal(p.rows[p.nrows - 2].note, "Taking part in shaping technology rules");
	/* the short one: one row, as before */
	assert_string_equal(p.rows[p.nrows - 1].text, "short");
	assert_string_equal(p.rows[p.nrows - 1].note, "English");
	assert_int_equal(page_link_row(&p, 1), (int)p.nrows - 1);
	page_free(&p);
}

/* One row per theme, one column per role: every theme marks links and
 * the selection; mono (NO_COLOR) with underline and reverse video. */
static void
test_theme_table(void **state)
{
	(void)state;
	for (int i = 0; i < THEME_COUNT; i++) {
		const struct theme *t = &theme_table[i];

		assert_int_equal(theme_parse(t->name), i);
		assert_non_null(strstr(theme_names(), t->name));
		assert_memory_not_equal(&t->role[TR_LINK], &t->role[TR_TEXT], sizeof t->role[0]);
		assert_memory_not_equal(&t->role[TR_SELECTED], &t->role[TR_LINK], sizeof t->role[0]);
		assert_true((t->role[TR_SELECTED].attrs & TA_REVERSE) || t->role[TR_SELECTED].bg >= 0);
	}
	assert_int_equal(theme_parse("solarized"), -1);
	assert_int_equal(theme_parse(""), -1);
	assert_int_equal(theme_parse(NULL), -1);
	assert_false(theme_table[THEME_MONO].colors);
	assert_true(theme_table[THEME_MONO].role[TR_LINK].attrs & TA_UNDERLINE);
	assert_true(theme_table[THEME_MONO].role[TR_SELECTED].attrs & TA_REVERSE);
	/* the default reads on a light background: no yellow text, nor any
	 * colour on the terminal's own background but one */
	for (int r = 0; r < TR_COUNT; r++) {
		const struct theme_style *s = &theme_table[THEME_AUTO].role[r];

		assert_true(s->fg != TC_YELLOW && s->fg != TC_CYAN && s->fg != TC_WHITE);
	}
	assert_true(theme_table[THEME_AUTO].role[TR_LINK].attrs & TA_UNDERLINE);
	/* no colour: mono, whatever was asked */
	assert_int_equal(theme_effective(THEME_DARK, 0), THEME_MONO);
	assert_int_equal(theme_effective(THEME_DARK, 1), THEME_DARK);
	assert_int_equal(theme_effective(THEME_HIGH_CONTRAST, 1), THEME_HIGH_CONTRAST);
	assert_int_equal(theme_effective(-1, 1), THEME_AUTO);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_list_and_preview_share_the_width),
		cmocka_unit_test(test_cuts_are_never_one_letter),
		cmocka_unit_test(test_status_line_keeps_the_crumb),
		cmocka_unit_test(test_link_numbers_are_the_ones_digits_open),
		cmocka_unit_test(test_long_names_wrap_as_one_link),
		cmocka_unit_test(test_theme_table),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
