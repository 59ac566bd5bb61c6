/* test_present.c: decks built from lists, concepts, results and tour files; moving through them; the speaker view's socket. */
#include "config.h"

#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <cmocka.h>

#include "action.h"
#include "browser.h"
#include "fixture.h"
#include "follow.h"
#include "present.h"
#include "store.h"
#include "target.h"
#include "text.h"

static struct store *st;
static char dir[] = "/tmp/tekdip-present-XXXXXX";

static const char *const five[] = {
	"meneliti-meramalkan-tren-teknologi", "belajar-dari-pengalaman-internasional",
	"membentuk-aturan-dan-standar-teknologi", "kerja-sama-dan-integrasi-iptek",
	"menarik-intelektual-vietnam-luar-negeri",
};
#define FIVE "lima-tugas-diplomasi-iptek-vietnam"

static int
setup(void **state)
{
	(void)state;
	if (!(st = fixture_bundled_open()))
		return -1;
	if (!mkdtemp(dir))
		return -1;
	setenv("XDG_RUNTIME_DIR", dir, 1);
	setenv("XDG_DATA_HOME", dir, 1);
	return 0;
}

static int
teardown(void **state)
{
	char cmd[128];

	(void)state;
	store_close(st);
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	return system(cmd) == 0 ? 0 : -1;
}

/* A file in the test's directory; returns its path (static). */
static const char *
write_file(const char *name, const char *text)
{
	static char path[256];
	FILE *fp;

	snprintf(path, sizeof path, "%s/%s", dir, name);
	fp = fopen(path, "w");
	assert_non_null(fp);
	fputs(text, fp);
	fclose(fp);
	return path;
}

/* --- decks --------------------------------------------------------------- */

static void
test_list_deck_items_in_order(void **state)
{
	struct deck d;

	(void)state;
	assert_int_equal(present_list(st, FIVE, &d), STORE_OK);
	assert_string_equal(d.title, "Lima tugas diplomasi sains dan teknologi Vietnam");
	assert_string_equal(d.title_en, "Five focus tasks of Vietnam's S&T diplomacy");
	/* the title slide names the list's article, outlet and date */
	assert_string_equal(d.src.title, "Diplomasi sains dan teknologi di era baru");
	assert_string_equal(d.src.outlet, "Báo Quốc Tế");
	assert_string_equal(d.src.date, "2025-08-27");
	assert_int_equal(d.n, 5);
	for (size_t i = 0; i < 5; i++) {
		assert_string_equal(d.v[i].item.slug, five[i]);
		assert_string_equal(d.v[i].item.kind, "task");
		assert_false(d.v[i].filled);
	}
	/* a slide's summary and quote are read when it is first shown */
	assert_int_equal(present_fill(st, &d, 1), STORE_OK);
	assert_true(d.v[1].filled);
	assert_non_null(d.v[1].summary);
	assert_non_null(d.v[1].summary_en);
	assert_string_equal(d.v[1].quote, "belajar dari pengalaman internasional, bilateral, dan multilateral");
	assert_string_equal(d.v[1].src.outlet, "Báo Quốc Tế");
	assert_null(d.v[2].summary);
	present_deck_free(&d);
	assert_int_equal(present_list(st, "no-such-list", &d), STORE_NOTFOUND);
}

static void
test_concept_deck_concept_then_links(void **state)
{
	struct deck d;
	size_t contains = 0;

	(void)state;
	assert_int_equal(present_target(st, "diplomasi-sains-dan-teknologi", &d), STORE_OK);
	assert_true(d.n > 5);
	assert_string_equal(d.v[0].item.slug, "diplomasi-sains-dan-teknologi");
	assert_null(d.v[0].context);
	assert_non_null(d.v[0].quote);	/* its first citation */
	for (size_t i = 1; i < d.n; i++) {
		assert_non_null(d.v[i].context);	/* the relation it is shown under */
		assert_non_null(d.v[i].quote);		/* the link's own quote */
		if (strcmp(d.v[i].item.slug, "meneliti-meramalkan-tren-teknologi") == 0) {
			contains++;
			assert_non_null(strstr(d.v[i].quote, "tiga tugas"));
		}
	}
	assert_int_equal(contains, 1);
	present_deck_free(&d);
	/* a list's slug makes a list's deck */
	assert_int_equal(present_target(st, FIVE, &d), STORE_OK);
	assert_int_equal(d.n, 5);
	present_deck_free(&d);
}

static void
test_results_deck(void **state)
{
	struct deck d;

	(void)state;
	assert_int_equal(present_results(st, "kuantum", &d), STORE_OK);
	assert_true(d.n >= 1 && d.n <= PRESENT_RESULTS);
	assert_non_null(strstr(d.title, "kuantum"));
	assert_string_equal(d.v[0].item.slug, "teknologi-kuantum");
	present_deck_free(&d);
	/* a kind's page: its concepts */
	assert_int_equal(present_kind(st, "task", "Tasks", &d), STORE_OK);
	assert_string_equal(d.title, "Tasks");
	assert_true(d.n > 5);
	for (size_t i = 0; i < d.n; i++)
		assert_string_equal(d.v[i].item.kind, "task");
	present_deck_free(&d);
}

/* --- tours --------------------------------------------------------------- */

static void
test_tour_steps_and_notes(void **state)
{
	struct deck d;
	char *err = NULL;
	const char *path = write_file("good.tour",
	    "# a comment\n"
	    "[tour]\n"
	    "title: Lima tugas\n"
	    "note: before the first step:\n"
	    "note: the title slide's\n"
	    "step: " FIVE "\n"
	    "step: meneliti-meramalkan-tren-teknologi\n"
	    "note: first line\n"
	    "  continued\n"
	    "note: second line\n"
	    "step: kecerdasan-buatan\n");

	(void)state;
	assert_int_equal(present_tour(st, path, &d, &err), 0);
	assert_null(err);
	assert_string_equal(d.title, "Lima tugas");
	assert_string_equal(d.notes, "before the first step:\nthe title slide's");
	assert_int_equal(d.n, 3);
	assert_string_equal(d.v[0].item.kind, "list");
	assert_null(d.v[0].notes);
	assert_string_equal(d.v[1].item.slug, "meneliti-meramalkan-tren-teknologi");
	assert_string_equal(d.v[1].notes, "first line continued\nsecond line");
	assert_string_equal(d.v[2].item.name, "kecerdasan buatan");
	present_deck_free(&d);
}

/* A tour is refused with the file and line of what is wrong in it. */
static void
expect_refused(const char *name, const char *text, int line, const char *says)
{
	struct deck d;
	char *err = NULL, want[512];
	const char *path = write_file(name, text);

	snprintf(want, sizeof want, "%s:%d: ", path, line);
	assert_int_not_equal(present_tour(st, path, &d, &err), 0);
	assert_non_null(err);
	if (strncmp(err, want, strlen(want)) != 0 || !strstr(err, says))
		fail_msg("want \"%s...%s\", got \"%s\"", want, says, err);
	assert_null(d.v);
	free(err);
}

static void
test_tour_refused_with_file_line(void **state)
{
	(void)state;
	expect_refused("slug.tour", "[tour]\ntitle: t\nstep: kecerdasan-buatan\n\nstep: no-such-slug\n",
	    5, "no-such-slug");
	expect_refused("field.tour", "[tour]\ntitle: t\nstep: kecerdasan-buatan\nwhen: now\n", 4, "when");
	expect_refused("title.tour", "[tour]\nstep: kecerdasan-buatan\n", 1, "title");
	expect_refused("nostep.tour", "[tour]\ntitle: t\n", 1, "step");
	expect_refused("two.tour", "[tour]\ntitle: t\nstep: kecerdasan-buatan\n\n[more]\ntitle: u\n", 5, "[more]");
	expect_refused("header.tour", "[kecerdasan-buatan]\ntitle: t\n", 1, "[tour]");
	expect_refused("syntax.tour", "[tour]\ntitle: t\nstep kecerdasan-buatan\n", 3, "key: value");
	expect_refused("empty.tour", "", 1, "[tour]");
	{	/* a file far larger than any tour is not read */
		char *big = malloc(PRESENT_TOUR_MAX + 2);

		assert_non_null(big);
		memset(big, '#', PRESENT_TOUR_MAX + 1);
		big[PRESENT_TOUR_MAX + 1] = '\0';
		expect_refused("big.tour", big, 0, "KB");
		free(big);
	}
}

/* A tour's title and notes are shown as a database's text is: controls visible. */
static void
test_tour_text_cleaned(void **state)
{
	struct deck d;
	char *err = NULL;
	const char *path = write_file("esc.tour", "[tour]\ntitle: A \033[2Jtitle\nstep: kecerdasan-buatan\n"
	    "note: \033]52;c;aGk=\007 note\n");

	(void)state;
	assert_int_equal(present_tour(st, path, &d, &err), 0);
	assert_null(strchr(d.title, '\033'));
	assert_non_null(strstr(d.title, "^["));
	assert_null(strchr(d.v[0].notes, '\033'));
	assert_null(strchr(d.v[0].notes, '\007'));
	present_deck_free(&d);
}

static void
test_shipped_tours_play(void **state)
{
	static const char *const tours[] = { "lima-tugas.tour", "pilar-negara-berkembang.tour" };
	const char *top = getenv("top_srcdir");

	(void)state;
	for (size_t i = 0; i < 2; i++) {
		char path[4096], *err = NULL;
		struct deck d;

		snprintf(path, sizeof path, "%s/data/tours/%s", top ? top : ".", tours[i]);
		if (present_tour(st, path, &d, &err) != 0)
			fail_msg("%s", err);
		assert_true(d.n >= 5);
		assert_non_null(d.notes);
		for (size_t k = 0; k < d.n; k++)
			assert_non_null(d.v[k].notes);	/* a note for every step */
		present_deck_free(&d);
	}
}

/* --- moving through a presentation ----------------------------------------- */

static void
open_five(struct presenter *p)
{
	struct deck d;

	assert_int_equal(present_list(st, FIVE, &d), STORE_OK);
	present_open(p, st, &d);
	assert_null(d.v);	/* taken over */
}

static void
test_reveal_then_next_slide(void **state)
{
	struct presenter p;

	(void)state;
	open_five(&p);
	assert_int_equal(p.cur, 0);
	assert_int_equal(present_parts(&p, 0), 0);
	present_key(&p, ' ');
	assert_int_equal(p.cur, 1);
	assert_int_equal(p.reveal, 0);
	assert_int_equal(present_parts(&p, 1), 2);	/* its summary, then its quote */
	present_key(&p, ' ');
	assert_int_equal(p.reveal, 1);
	present_key(&p, ' ');
	assert_int_equal(p.reveal, 2);
	present_key(&p, ' ');
	assert_int_equal(p.cur, 2);
	assert_int_equal(p.reveal, 0);
	/* back: the slide before, all of it shown */
	present_key(&p, K_BACKSPACE);
	assert_int_equal(p.cur, 1);
	assert_int_equal(p.reveal, 2);
	present_key(&p, K_LEFT);
	present_key(&p, K_PGUP);
	assert_int_equal(p.cur, 0);	/* no further than the title */
	present_key(&p, 'G');
	assert_int_equal(p.cur, 5);
	for (int i = 0; i < 3; i++)
		present_key(&p, ' ');
	assert_int_equal(p.cur, 6);	/* the end */
	present_key(&p, ' ');
	assert_int_equal(p.cur, 6);
	present_key(&p, 'g');
	assert_int_equal(p.cur, 0);
	assert_false(p.done);
	present_key(&p, 'q');
	assert_true(p.done);
	present_close(&p);
}

static void
test_number_jump_and_blank(void **state)
{
	struct presenter p;
	char where[64];

	(void)state;
	open_five(&p);
	present_key(&p, '4');
	assert_int_equal(p.cur, 0);	/* not until Enter */
	present_where(&p, where, sizeof where);
	assert_non_null(strstr(where, "4"));
	present_key(&p, K_ENTER);
	assert_int_equal(p.cur, 4);
	assert_true(p.deck.v[3].filled);
	present_where(&p, where, sizeof where);
	assert_string_equal(where, "4 / 5");
	present_key(&p, '9');
	present_key(&p, '9');
	present_key(&p, K_ENTER);
	assert_int_equal(p.cur, 6);	/* past the last: the end */
	present_key(&p, '2');
	present_key(&p, 'x');		/* another key forgets the number */
	present_key(&p, K_ENTER);	/* Enter alone: next, at the end nothing */
	assert_int_equal(p.cur, 6);
	present_key(&p, '0');
	present_key(&p, K_ENTER);
	assert_int_equal(p.cur, 0);
	present_key(&p, 'b');
	assert_true(p.blank);
	present_key(&p, 'q');		/* any key comes back, and does nothing else */
	assert_false(p.blank);
	assert_false(p.done);
	/* j with no layout to clamp it (a screen under 40x12): no overflow
	 * (the sanitizer build's monkey found 2147483647 + 1) */
	for (int i = 0; i < 3; i++) {
		present_key(&p, 'j');
		assert_int_equal(p.top, INT_MAX);
	}
	present_close(&p);
}

/* Every word of `s` is somewhere on the page: wrapped, never cut. */
static void
assert_all_words(const struct page *pg, const char *s)
{
	char *copy = strdup(s), *save = NULL;

	for (char *w = strtok_r(copy, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
		int found = 0;

		for (size_t i = 0; i < pg->nrows && !found; i++)
			found = strstr(pg->rows[i].text, w) != NULL;
		if (!found)
			fail_msg("`%s' of \"%s\" is not on the slide", w, s);
	}
	free(copy);
}

static void
test_layout_wraps_and_centres(void **state)
{
	struct presenter p;
	struct page pg;
	int x;

	(void)state;
	open_five(&p);
	present_key(&p, '3');
	present_key(&p, K_ENTER);
	present_key(&p, ' ');
	present_key(&p, ' ');
	present_layout(&p, 40, 11, &pg, &x);
	assert_int_equal(x, 2);
	for (size_t i = 0; i < pg.nrows; i++)
		assert_true(text_width(pg.rows[i].text, strlen(pg.rows[i].text)) + (size_t)pg.rows[i].indent <= 36);
	assert_all_words(&pg, p.deck.v[2].item.name);
	assert_all_words(&pg, p.deck.v[2].quote);
	assert_true(pg.nrows > 11);
	assert_true(p.top > 0);		/* the quote, just revealed, in view */
	page_free(&pg);
	/* wide: a column of PRESENT_TEXT_MAX in the middle */
	present_layout(&p, 160, 40, &pg, &x);
	assert_int_equal(x, (160 - PRESENT_TEXT_MAX) / 2);
	assert_int_equal(p.top, 0);
	page_free(&pg);
	/* the title slide names the list, its article, outlet and date */
	present_key(&p, 'g');
	present_layout(&p, 80, 23, &pg, &x);
	assert_all_words(&pg, "Lima tugas diplomasi sains dan teknologi Vietnam");
	assert_all_words(&pg, "Diplomasi sains dan teknologi di era baru (Báo Quốc Tế, 2025-08-27)");
	page_free(&pg);
	present_close(&p);
}

/* --- as quick as pages ------------------------------------------------------ */

static double
ms_now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static int
by_value(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static double
median(double *v, size_t n)
{
	qsort(v, n, sizeof *v, by_value);
	return v[n / 2];
}

/* Going to a slide (its summary and quote read, laid out) costs no more
 * than the browser's page of the same concept: medians, so that a loaded
 * machine's stalls do not decide. */
static void
test_slides_as_quick_as_pages(void **state)
{
	static const char slug[] = "diplomasi-sains-dan-teknologi";
	struct presenter p;
	struct browser b;
	struct deck d;
	double slide[PRESENT_MAX_SLIDES], page[PRESENT_MAX_SLIDES], ms;
	size_t n = 0;
	char *err = NULL;

	(void)state;
	assert_int_equal(present_target(st, slug, &d), STORE_OK);
	present_open(&p, st, &d);
	assert_int_equal(browser_open(&b, st, slug, 80, 24, &err), 0);
	for (int i = 1; i <= (int)p.deck.n; i++) {
		struct page pg;
		int x;

		snprintf(p.number, sizeof p.number, "%d", i);
		ms = ms_now();
		present_key(&p, K_ENTER);	/* slide i, read for the first time */
		present_layout(&p, 80, 23, &pg, &x);
		slide[n] = ms_now() - ms;
		page_free(&pg);
		assert_int_equal(p.cur, i);
		ms = ms_now();
		browser_reload(&b, -1);
		page[n++] = ms_now() - ms;
	}
	ms = median(slide, n);
	print_message("# a slide %.3f ms, the concept's page %.3f ms (medians of %zu)\n", ms, median(page, n), n);
	assert_true(ms <= 2 * median(page, n) + 0.1);
	browser_close(&b);
	present_close(&p);
}

/* --- the speaker view's socket -------------------------------------------- */

static char *
read_msg(int fd)
{
	struct buf pending = BUF_INIT;
	char *msg = NULL;

	for (int i = 0; i < 200 && !msg; i++) {
		if (follow_read(fd, &pending, &msg) < 0)
			break;
		if (!msg)
			usleep(5000);
	}
	buf_free(&pending);
	return msg;
}

/* A message already sent, or NULL: no waiting. */
static char *
read_now(int fd)
{
	struct buf pending = BUF_INIT;
	char *msg = NULL;

	follow_read(fd, &pending, &msg);
	buf_free(&pending);
	return msg;
}

/* A socket bound, then closed without being removed. */
static void
leave_stale(const char *path)
{
	struct sockaddr_un a = { .sun_family = AF_UNIX };
	int fd = socket(AF_UNIX, SOCK_STREAM, 0);

	assert_true(strlen(path) < sizeof a.sun_path);
	memcpy(a.sun_path, path, strlen(path) + 1);
	assert_int_equal(bind(fd, (struct sockaddr *)&a, sizeof a), 0);
	close(fd);
}

static void
test_follow_one_presenter_and_notes(void **state)
{
	struct follow *f = NULL, *g = NULL;
	struct presenter p;
	struct deck d;
	char *err = NULL, *msg, path[256];
	struct stat sb;
	int fd;

	(void)state;
	assert_int_equal(follow_connect(&fd, &err), 1);	/* nobody presents */
	assert_int_equal(follow_listen(&f, &err), 0);
	assert_int_equal(follow_path(path, sizeof path), 0);
	assert_int_equal(stat(path, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);	/* the owner's only */
	/* one presenter at a time */
	assert_int_equal(follow_listen(&g, &err), -1);
	assert_non_null(strstr(err, "one presenter at a time"));
	free(err);
	err = NULL;
	/* a follower hears where the presenter is, with the notes */
	assert_int_equal(present_tour(st, write_file("f.tour", "[tour]\ntitle: T\nstep: " FIVE
	    "\nnote: say hello\nstep: kecerdasan-buatan\n"), &d, &err), 0);
	present_open(&p, st, &d);
	p.follow = f;
	assert_int_equal(follow_connect(&fd, &err), 0);
	present_key(&p, ' ');
	msg = read_msg(fd);
	assert_non_null(msg);
	assert_non_null(strstr(msg, "at\t1\t2\n"));
	assert_non_null(strstr(msg, "note\tsay hello\n"));
	assert_non_null(strstr(msg, "next\tkecerdasan buatan\n"));
	free(msg);
	present_key(&p, 'b');	/* blank: nothing the follower shows changed */
	assert_null(read_now(fd));
	close(fd);
	present_close(&p);	/* closes the socket, and removes it */
	assert_int_not_equal(stat(path, &sb), 0);
	/* a socket left behind by a presenter that died is stale: replaced */
	leave_stale(path);
	assert_int_equal(stat(path, &sb), 0);
	assert_int_equal(follow_connect(&fd, &err), 1);	/* nobody answers there */
	assert_int_equal(follow_listen(&f, &err), 0);
	assert_int_equal(follow_listen(&g, &err), -1);
	free(err);
	err = NULL;
	follow_close(f);
	unsetenv("XDG_RUNTIME_DIR");
	assert_int_equal(follow_listen(&f, &err), 1);	/* no runtime dir: no speaker view */
	assert_null(f);
	setenv("XDG_RUNTIME_DIR", dir, 1);
}

/* --- in the browser ---------------------------------------------------------- */

static void
test_p_presents_and_q_returns(void **state)
{
	struct browser b;
	char *err = NULL;

	(void)state;
	assert_int_equal(browser_open(&b, st, FIVE, 80, 24, &err), 0);
	browser_key(&b, 'p');
	assert_non_null(b.present);
	assert_int_equal(b.present->deck.n, 5);
	browser_key(&b, ' ');
	assert_int_equal(b.present->cur, 1);
	browser_click(&b, 3, 4);	/* the list's first link, under the slide */
	browser_wheel(&b, 3);
	assert_int_equal(b.nav.cur, 0);
	browser_key(&b, 'q');
	assert_null(b.present);
	assert_false(b.quit);		/* back on the list's page */
	assert_string_equal(nav_current(&b.nav)->t.key, FIVE);
	assert_true(browser_numbers(&b));	/* link numbers on after a presentation */
	browser_key(&b, '#');
	browser_key(&b, 'p');
	browser_key(&b, 'q');
	assert_false(browser_numbers(&b));	/* unless # hid them */
	browser_key(&b, 't');		/* home: nothing to present */
	browser_key(&b, 'p');
	assert_null(b.present);
	assert_non_null(strstr(b.notice, "Nothing to present"));
	browser_close(&b);
}

/* p on the basket's page presents its items, in its order. */
static void
test_p_presents_the_basket(void **state)
{
	struct browser b;
	char *err = NULL;

	(void)state;
	assert_int_equal(browser_open(&b, st, "kecerdasan-buatan", 80, 24, &err), 0);
	browser_key(&b, 'a');
	browser_key(&b, 'A');
	assert_int_equal(nav_current(&b.nav)->t.view, V_BASKET);
	browser_key(&b, 'p');
	assert_non_null(b.present);
	assert_int_equal(b.present->deck.n, 1);
	assert_string_equal(b.present->deck.v[0].item.slug, "kecerdasan-buatan");
	assert_string_equal(b.present->deck.title, "Briefing basket");
	browser_key(&b, 'q');
	browser_key(&b, 'd');		/* out of the basket: nothing left to present */
	browser_key(&b, 'p');
	assert_null(b.present);
	assert_non_null(strstr(b.notice, "Nothing to present"));
	browser_close(&b);
}

/* A resize under a slide lays the page beneath out at the presentation's
 * end, not at every resize, with # chosen (no reload for the numbers) too. */
static void
test_resize_under_a_slide(void **state)
{
	struct browser b;
	char *err = NULL;
	size_t width;

	(void)state;
	assert_int_equal(browser_open(&b, st, FIVE, 80, 24, &err), 0);
	browser_key(&b, '#');
	browser_key(&b, '#');		/* hidden, by choice */
	width = b.page.width;
	browser_key(&b, 'p');
	browser_resize(&b, 120, 40);
	assert_int_equal(b.page.width, width);	/* not rebuilt for a screen it is not on */
	browser_key(&b, 'q');
	assert_null(b.present);
	assert_int_equal(b.lay.preview, PREVIEW_BESIDE);
	assert_int_equal(b.page.width, (size_t)(b.lay.body.w - b.lay.gutter));
	assert_int_not_equal(b.page.width, width);
	browser_close(&b);
}

/* tekdip --present: the home page under the deck is never built, and q
 * at the deck's end ends tekdip. */
static void
test_present_deck_alone(void **state)
{
	struct browser b;
	struct deck d;
	char *err = NULL;

	(void)state;
	assert_int_equal(present_list(st, FIVE, &d), STORE_OK);
	assert_int_equal(browser_open_deck(&b, st, &d, 80, 24, &err), 0);
	assert_non_null(b.present);
	assert_int_equal(b.page.nrows, 0);
	browser_resize(&b, 100, 30);
	assert_int_equal(b.page.nrows, 0);
	browser_key(&b, 'q');
	assert_null(b.present);
	assert_true(b.quit);
	assert_int_equal(b.page.nrows, 0);
	browser_close(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_list_deck_items_in_order),
		cmocka_unit_test(test_concept_deck_concept_then_links),
		cmocka_unit_test(test_results_deck),
		cmocka_unit_test(test_tour_steps_and_notes),
		cmocka_unit_test(test_tour_refused_with_file_line),
		cmocka_unit_test(test_shipped_tours_play),
		cmocka_unit_test(test_tour_text_cleaned),
		cmocka_unit_test(test_reveal_then_next_slide),
		cmocka_unit_test(test_number_jump_and_blank),
		cmocka_unit_test(test_layout_wraps_and_centres),
		cmocka_unit_test(test_follow_one_presenter_and_notes),
		cmocka_unit_test(test_slides_as_quick_as_pages),
		cmocka_unit_test(test_p_presents_and_q_returns),
		cmocka_unit_test(test_p_presents_the_basket),
		cmocka_unit_test(test_resize_under_a_slide),
		cmocka_unit_test(test_present_deck_alone),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
