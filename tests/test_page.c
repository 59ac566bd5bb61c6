/* test_page.c: the page model on its own: rows of cells, several links on one row, no store. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "page.h"
#include "vec.h"

#define HEIGHT 10

/* Row 0 a heading, row 1 one whole-row link, row 2 two links side by side
 * (a comparison's two columns), row 3 another whole-row link. */
static void
build(struct page *p)
{
	struct target a = target_make(V_CONCEPT, "alpha");
	struct target b = target_make(V_CONCEPT, "beta");
	struct target c = target_make(V_KIND, "partner");
	struct target d = target_make(V_HOME, NULL);

	page_init(p, 80);
	page_row(p, R_HEADING, 0, "Compare", NULL);
	page_link(p, 0, "Partners", NULL, &c);
	page_cells(p, R_TEXT, 2);
	page_cell(p, 0, 20, R_LINK, "Alpha", &a);
	page_cell(p, 24, 20, R_LINK, "Béta ünïcode", &b);
	page_link(p, 0, "Home", NULL, &d);
}

static void
test_two_links_on_one_row(void **state)
{
	struct page p;
	const struct row *r;

	(void)state;
	build(&p);
	assert_false(p.mem.failed);
	assert_int_equal(p.nrows, 4);
	assert_int_equal(p.nlinks, 4);
	r = &p.rows[2];
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->link, 1);
	assert_int_equal(r->nlinks, 2);
	assert_int_equal(page_link_row(&p, 1), 2);
	assert_int_equal(page_link_row(&p, 2), 2);
	/* the whole line as text, the second cell at its column */
	assert_string_equal(r->text, "Alpha                   Béta ünïcode");
	/* spans in pane columns: gutter 2 + indent 2 + the cell's column,
	 * widths in display columns, not bytes */
	assert_int_equal(p.spans[1].col, 4);
	assert_int_equal(p.spans[1].width, 5);
	assert_int_equal(p.spans[2].col, 4 + 24);
	assert_int_equal(p.spans[2].width, 12);
	assert_int_equal(p.spans[0].width, 0);	/* a whole row */
	assert_int_equal(p.spans[0].col, 0);
	assert_string_equal(p.links[2].key, "beta");
	page_free(&p);
}

static void
test_tab_moves_along_the_row(void **state)
{
	struct page p;
	struct pos pos = { 0, 1 };

	(void)state;
	build(&p);
	assert_true(page_move(&p, &pos, ACT_NEXTLINK, HEIGHT));
	assert_int_equal(pos.sel, 2);		/* the second span, same row */
	assert_int_equal(page_link_row(&p, pos.sel), 2);
	assert_int_equal(p.spans[pos.sel].col, 28);	/* where the cursor goes */
	assert_string_equal(p.links[pos.sel].key, "beta");
	assert_true(page_move(&p, &pos, ACT_PREVLINK, HEIGHT));
	assert_int_equal(pos.sel, 1);
	assert_string_equal(p.links[pos.sel].key, "alpha");
	assert_int_equal(p.spans[pos.sel].col, 4);
	assert_true(page_move(&p, &pos, ACT_NEXTLINK, HEIGHT));
	assert_true(page_move(&p, &pos, ACT_NEXTLINK, HEIGHT));
	assert_int_equal(pos.sel, 3);		/* then the next row's link */
	assert_int_equal(p.links[pos.sel].view, V_HOME);
	/* Down and Up step link by link too */
	assert_true(page_move(&p, &pos, ACT_UP, HEIGHT));
	assert_int_equal(pos.sel, 2);
	assert_true(page_move(&p, &pos, ACT_UP, HEIGHT));
	assert_int_equal(pos.sel, 1);
	page_free(&p);
}

static void
test_link_under_a_column(void **state)
{
	struct page p;

	(void)state;
	build(&p);
	assert_int_equal(page_link_at(&p, 2, 4), 1);
	assert_int_equal(page_link_at(&p, 2, 8), 1);
	assert_int_equal(page_link_at(&p, 2, 9), -1);	/* between the cells */
	assert_int_equal(page_link_at(&p, 2, 28), 2);
	assert_int_equal(page_link_at(&p, 2, 39), 2);
	assert_int_equal(page_link_at(&p, 2, 40), -1);
	assert_int_equal(page_link_at(&p, 2, 1), -1);	/* the gutter */
	assert_int_equal(page_link_at(&p, 1, 70), 0);	/* a whole row: anywhere */
	assert_int_equal(page_link_at(&p, 0, 2), -1);	/* no link */
	assert_int_equal(page_link_at(&p, 9, 2), -1);	/* no such row */
	page_free(&p);
}

static void
test_cells_cut_and_never_overlap(void **state)
{
	struct page p;
	struct target a = target_make(V_CONCEPT, "a");
	const struct row *r;

	(void)state;
	page_init(&p, 80);
	page_cell(&p, 0, 6, R_TEXT, "before any page_cells", NULL);	/* no row: nothing */
	assert_int_equal(p.nrows, 0);
	page_cells(&p, R_TEXT, 0);
	page_cell(&p, 0, 6, R_TEXT, "a long name", NULL);
	page_cell(&p, 3, 10, R_LINK, "next", &a);	/* would overlap: moved */
	page_cell(&p, 20, 0, R_TEXT, "nothing", NULL);	/* no room: left out */
	r = &p.rows[0];
	assert_int_equal(r->ncells, 2);
	assert_int_equal(r->cells[0].width, 6);
	assert_int_equal(r->cells[1].col, 7);	/* one blank after the first */
	assert_int_equal(p.spans[0].col, 2 + 7);
	assert_int_equal(r->nlinks, 1);
	assert_int_equal(text_width(r->text, strlen(r->text)), 11);
	/* a row of cells is found by search like any other */
	{
		struct text_tokens t;

		assert_int_equal(text_tokens("next", 4, &t), 0);
		assert_int_equal(page_find(&p, &t, -1, 1), 0);
	}
	page_row(&p, R_TEXT, 0, "plain", NULL);
	page_cell(&p, 0, 6, R_TEXT, "more", NULL);	/* not onto a plain row */
	assert_null(p.rows[1].cells);
	assert_string_equal(p.rows[1].text, "plain");
	page_free(&p);
}

static void
test_scrolling_keeps_a_span_selected(void **state)
{
	struct page p;
	struct target a = target_make(V_CONCEPT, "a"), b = target_make(V_CONCEPT, "b");
	struct pos pos = { 0, 0 };

	(void)state;
	page_init(&p, 80);
	for (int i = 0; i < 30; i++) {
		page_cells(&p, R_TEXT, 0);
		page_cell(&p, 0, 10, R_LINK, "left", &a);
		page_cell(&p, 20, 10, R_LINK, "right", &b);
	}
	assert_int_equal(p.nlinks, 60);
	assert_true(page_move(&p, &pos, ACT_PGDN, HEIGHT));
	assert_true(pos.sel >= 0);
	assert_true(page_link_row(&p, pos.sel) >= pos.top);
	assert_true(page_link_row(&p, pos.sel) < pos.top + HEIGHT);
	assert_true(page_move(&p, &pos, ACT_BOTTOM, HEIGHT));
	assert_int_equal(pos.sel, 59);
	assert_int_equal(page_link_row(&p, pos.sel), 29);
	assert_int_equal(page_first_visible_link(&p, &pos, HEIGHT), 40);
	assert_int_equal(page_nth_visible_link(&p, &pos, HEIGHT, 2), 41);
	page_free(&p);
}

/* Running text (an article's paragraph): rows 0-2 plain, then "Before "
 * and a passage wrapped from row 3 onto row 4, its full stop right after
 * it, then a second passage on row 4. */
static void
build_running(struct page *p)
{
	struct target a = target_make(V_CONCEPT, "alpha"), b = target_make(V_CONCEPT, "beta");

	page_init(p, 40);
	for (int i = 0; i < 3; i++)
		page_row(p, R_TEXT, 0, "text", NULL);
	page_cells(p, R_TEXT, 0);
	page_cell_link(p, 0, 7, R_TEXT, "Before ", -1);
	page_cell_link(p, 7, 9, R_LINK, "a passage", -1);
	assert_int_equal(page_cell_new_link(p, &a), 0);
	page_cells(p, R_TEXT, 0);
	page_cell_link(p, 0, 10, R_LINK, "that wraps", 0);
	page_cell_link(p, 10, 8, R_TEXT, ". After ", -1);
	page_cell_link(p, 18, 4, R_LINK, "next", -1);
	assert_int_equal(page_cell_new_link(p, &b), 1);
}

static void
test_passage_over_two_rows_is_one_link(void **state)
{
	struct page p;
	struct pos pos = { 0, 0 };

	(void)state;
	build_running(&p);
	assert_false(p.mem.failed);
	assert_int_equal(p.nlinks, 2);
	/* placed where asked: no blank column before a cell, unlike page_cell */
	assert_string_equal(p.rows[3].text, "Before a passage");
	assert_string_equal(p.rows[4].text, "that wraps. After next");
	/* the link starts on row 3; row 4 shows its rest, and not as a new link */
	assert_int_equal(page_link_row(&p, 0), 3);
	assert_int_equal(p.spans[0].col, 2 + 7);
	assert_true(page_row_has_link(&p, 3, 0));
	assert_true(page_row_has_link(&p, 4, 0));
	assert_false(page_row_has_link(&p, 3, 1));
	assert_int_equal(p.rows[4].link, 1);
	assert_int_equal(p.rows[4].nlinks, 1);
	/* the mouse: either part of the passage, not the text between */
	assert_int_equal(page_link_at(&p, 3, 2 + 8), 0);
	assert_int_equal(page_link_at(&p, 4, 2 + 3), 0);
	assert_int_equal(page_link_at(&p, 4, 2 + 12), -1);
	assert_int_equal(page_link_at(&p, 4, 2 + 19), 1);
	assert_int_equal(page_link_at(&p, 3, 2 + 2), -1);
	/* Tab and Shift-Tab: one stop for the passage, then the next one */
	assert_true(page_move(&p, &pos, ACT_NEXTLINK, HEIGHT));
	assert_int_equal(pos.sel, 1);
	assert_true(page_move(&p, &pos, ACT_PREVLINK, HEIGHT));
	assert_int_equal(pos.sel, 0);
	/* kept whole on screen: a top that shows only its first row moves */
	pos = (struct pos){ 0, 0 };
	page_clamp(&p, &pos, 4);
	assert_int_equal(pos.top, 1);
	page_free(&p);
}

static void
test_cell_link_refuses_what_is_not_there(void **state)
{
	struct page p;
	struct target a = target_make(V_CONCEPT, "alpha");

	(void)state;
	page_init(&p, 40);
	assert_int_equal(page_cell_new_link(&p, &a), -1);	/* no row of cells */
	page_cells(&p, R_TEXT, 0);
	assert_int_equal(page_cell_new_link(&p, &a), -1);	/* no cell */
	page_cell_link(&p, 0, 4, R_TEXT, "word", 7);		/* no link 7: plain */
	assert_int_equal(p.rows[0].cells[0].link, -1);
	assert_int_equal(page_cell_new_link(&p, &a), 0);
	assert_int_equal(page_cell_new_link(&p, &a), -1);	/* a link already */
	/* a cell that would overlap the one before goes right after it */
	page_cell_link(&p, 1, 1, R_TEXT, ".", -1);
	assert_string_equal(p.rows[0].text, "word.");
	page_row(&p, R_TEXT, 0, "plain", NULL);
	page_cell_link(&p, 0, 4, R_TEXT, "lost", -1);		/* not a row of cells */
	assert_int_equal(p.rows[1].ncells, 0);
	assert_string_equal(p.rows[1].text, "plain");
	assert_int_equal(p.nlinks, 1);
	page_free(&p);
}

/* The one growth rule: doubling, room kept on failure, arena pushes copied. */
static void
test_vec_grows_and_fails_cleanly(void **state)
{
	int *v = NULL, *nv, *a = NULL, *e;
	size_t cap = 0, n = 0, acap = 0;
	struct arena mem = ARENA_INIT;

	(void)state;
	assert_non_null(v = vec_reserve(v, &cap, 1, sizeof *v));
	assert_int_equal(cap, 16);
	assert_ptr_equal(vec_reserve(v, &cap, 16, sizeof *v), v);
	assert_non_null(v = vec_reserve(v, &cap, 17, sizeof *v));
	assert_int_equal(cap, 32);
	assert_non_null(v = vec_reserve(v, &cap, 100, sizeof *v));
	assert_int_equal(cap, 128);
	nv = vec_reserve(v, &cap, SIZE_MAX / 2, sizeof *v);	/* too big: nothing changes */
	assert_null(nv);
	assert_int_equal(cap, 128);
	free(v);
	for (int i = 0; i < 40; i++) {
		assert_non_null(e = VEC_PUSH(&mem, a, n, acap));
		*e = i;
	}
	assert_int_equal(n, 40);
	assert_int_equal(acap, 64);
	for (int i = 0; i < 40; i++)
		assert_int_equal(a[i], i);
	arena_free(&mem);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_two_links_on_one_row),
		cmocka_unit_test(test_tab_moves_along_the_row),
		cmocka_unit_test(test_link_under_a_column),
		cmocka_unit_test(test_cells_cut_and_never_overlap),
		cmocka_unit_test(test_scrolling_keeps_a_span_selected),
		cmocka_unit_test(test_vec_grows_and_fails_cleanly),
		cmocka_unit_test(test_passage_over_two_rows_is_one_link),
		cmocka_unit_test(test_cell_link_refuses_what_is_not_there),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
