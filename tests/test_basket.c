/* test_basket.c: the briefing basket: its list on disk (add, toggle, move, remove, clear, reload, damage), its briefing file, and its keys in the browser. */
#include "config.h"

#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE		/* mkdtemp, setenv, open_memstream */
#endif

#include <sys/stat.h>
#include <sys/types.h>

#include <dirent.h>
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "action.h"
#include "basket.h"
#include "browser.h"
#include "doc.h"
#include "fixture.h"
#include "state.h"
#include "store.h"
#include "write.h"

static struct store *st;
static char *db_path;
static char root[1024];		/* this test's directory: the state below, briefings in it */

static const char *
at(const char *rel)
{
	static char bufs[4][2048];
	static int next;
	char *p = bufs[next++ % 4];

	snprintf(p, sizeof bufs[0], "%s/%s", root, rel);
	return p;
}

static int
group_setup(void **state)
{
	char *err = NULL;

	(void)state;
	db_path = fixture_db();
	if (!(st = store_open(db_path, &err)))
		return -1;
	/* the briefings' date, as SOURCE_DATE_EPOCH makes --export's */
	setenv("SOURCE_DATE_EPOCH", "86400", 1);
	return 0;
}

static int
group_teardown(void **state)
{
	(void)state;
	store_close(st);
	fixture_remove(db_path);
	return 0;
}

static int
setup(void **state)
{
	const char *tmp = getenv("TMPDIR");

	(void)state;
	snprintf(root, sizeof root, "%s/tekdip-basket-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(root))
		return -1;
	setenv("XDG_DATA_HOME", at("data"), 1);
	setenv("HOME", root, 1);
	return chdir(root);
}

static int
teardown(void **state)
{
	char cmd[2100];

	(void)state;
	if (chdir("/") != 0)
		return -1;
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
	return system(cmd) == 0 ? 0 : -1;
}

static void
load_ok(struct state *s, struct basket *k)
{
	char *err = NULL;

	assert_int_equal(state_load(s, &err), 0);
	assert_null(err);
	assert_int_equal(basket_load(k, s, &err), 0);
	if (err)
		fprintf(stderr, "basket_load: %s\n", err);
	assert_null(err);
}

static void
toggle_ok(struct basket *k, struct state *s, const char *slug, int expect)
{
	char *err = NULL;
	int added = -1;

	assert_int_equal(basket_toggle(k, s, slug, &added, &err), 0);
	if (err)
		fprintf(stderr, "toggle %s: %s\n", slug, err);
	assert_null(err);
	assert_int_equal(added, expect);
}

/* The items, space-separated, into out. */
static const char *
joined(const struct basket *k, char *out, size_t n)
{
	size_t len = 0;

	out[0] = '\0';
	for (size_t i = 0; i < k->items.n && len < n; i++)
		len += (size_t)snprintf(out + len, n - len, "%s%s", i ? " " : "", k->items.v[i]);
	return out;
}

/* The basket in memory, in its file, and as the next run reads it, is `want`. */
static void
assert_basket(const struct basket *k, const char *want)
{
	struct state s2;
	struct basket k2;
	char text[1024], file[1100], *disk;

	assert_string_equal(joined(k, text, sizeof text), want);
	snprintf(file, sizeof file, "%s%s", want, *want ? "\n" : "");
	for (char *p = file; *p; p++)
		*p = *p == ' ' ? '\n' : *p;
	disk = fixture_slurp(at("data/tekdip/basket"));
	assert_non_null(disk);
	assert_string_equal(disk + strlen("# tekdip basket v1\n"), file);
	free(disk);
	load_ok(&s2, &k2);
	assert_string_equal(joined(&k2, text, sizeof text), want);
	basket_free(&k2);
	state_free(&s2);
}

static void
test_toggle_adds_in_order_and_removes(void **state)
{
	struct state s;
	struct basket k;
	char *disk;

	(void)state;
	load_ok(&s, &k);
	assert_int_equal(k.items.n, 0);
	toggle_ok(&k, &s, "korea-selatan", 1);
	toggle_ok(&k, &s, "tiga-tugas", 1);
	toggle_ok(&k, &s, "pilar-iptek", 1);
	assert_basket(&k, "korea-selatan tiga-tugas pilar-iptek");
	disk = fixture_slurp(at("data/tekdip/basket"));
	assert_string_equal(disk, "# tekdip basket v1\nkorea-selatan\ntiga-tugas\npilar-iptek\n");
	free(disk);
	assert_int_equal(basket_find(&k, "tiga-tugas"), 1);
	assert_int_equal(basket_find(&k, "no-such"), 3);
	toggle_ok(&k, &s, "tiga-tugas", 0);	/* again: out */
	assert_basket(&k, "korea-selatan pilar-iptek");
	toggle_ok(&k, &s, "tiga-tugas", 1);	/* back in: at the end */
	assert_basket(&k, "korea-selatan pilar-iptek tiga-tugas");
	basket_free(&k);
	state_free(&s);
}

static void
test_move(void **state)
{
	struct state s;
	struct basket k;
	char *err = NULL;

	(void)state;
	load_ok(&s, &k);
	toggle_ok(&k, &s, "a", 1);
	toggle_ok(&k, &s, "b", 1);
	toggle_ok(&k, &s, "c", 1);
	assert_int_equal(basket_move(&k, &s, 0, -1, &err), 1);	/* first already */
	assert_int_equal(basket_move(&k, &s, 2, 1, &err), 1);	/* last already */
	assert_int_equal(basket_move(&k, &s, 3, -1, &err), 1);	/* no such item */
	assert_basket(&k, "a b c");
	assert_int_equal(basket_move(&k, &s, 0, 1, &err), 0);
	assert_null(err);
	assert_basket(&k, "b a c");
	assert_int_equal(basket_move(&k, &s, 2, -1, &err), 0);
	assert_basket(&k, "b c a");
	assert_int_equal(basket_move(&k, &s, 1, -1, &err), 0);
	assert_basket(&k, "c b a");
	basket_free(&k);
	state_free(&s);
}

static void
test_remove_and_clear(void **state)
{
	struct state s;
	struct basket k;
	char *err = NULL, *disk;

	(void)state;
	load_ok(&s, &k);
	toggle_ok(&k, &s, "a", 1);
	toggle_ok(&k, &s, "b", 1);
	toggle_ok(&k, &s, "c", 1);
	assert_int_equal(basket_remove(&k, &s, 3, &err), 1);
	assert_int_equal(basket_remove(&k, &s, 1, &err), 0);
	assert_null(err);
	assert_basket(&k, "a c");
	assert_int_equal(basket_clear(&k, &s, &err), 0);
	assert_null(err);
	assert_basket(&k, "");
	disk = fixture_slurp(at("data/tekdip/basket"));
	assert_string_equal(disk, "# tekdip basket v1\n");
	free(disk);
	basket_free(&k);
	state_free(&s);
}

/* Two browsers at once: each change is applied to the file as it is, so
 * neither loses the other's items. */
static void
test_two_instances_merge(void **state)
{
	struct state s1, s2;
	struct basket k1, k2;

	(void)state;
	load_ok(&s1, &k1);
	load_ok(&s2, &k2);
	toggle_ok(&k1, &s1, "a", 1);
	toggle_ok(&k2, &s2, "b", 1);
	toggle_ok(&k1, &s1, "c", 1);
	{
		char *disk = fixture_slurp(at("data/tekdip/basket"));

		assert_string_equal(disk, "# tekdip basket v1\na\nb\nc\n");
		free(disk);
	}
	basket_free(&k1);
	basket_free(&k2);
	state_free(&s1);
	state_free(&s2);
}

/* The basket's file, as junk may have left it, in a new state directory. */
static void
write_basket(const char *data, size_t len)
{
	FILE *fp;

	assert_int_equal(mkdir(at("data"), 0700), 0);
	assert_int_equal(mkdir(at("data/tekdip"), 0700), 0);
	fp = fopen(at("data/tekdip/basket"), "wb");
	assert_non_null(fp);
	assert_int_equal(fwrite(data, 1, len, fp), len);
	fclose(fp);
}

static void
test_damaged_file_moved_aside(void **state)
{
	static const char junk[] = "korea-selatan\n\000\377junk\nNot A Slug\ntiga-tugas\n";
	struct state s;
	struct basket k;
	struct stat sb;
	char *err = NULL, *disk;

	(void)state;
	write_basket(junk, sizeof junk - 1);
	assert_int_equal(state_load(&s, &err), 0);
	assert_int_equal(basket_load(&k, &s, &err), -1);
	assert_non_null(err);
	assert_non_null(strstr(err, "was damaged"));
	assert_non_null(strstr(err, "basket.damaged.1"));
	free(err);
	assert_int_equal(stat(at("data/tekdip/basket.damaged.1"), &sb), 0);
	assert_int_equal((size_t)sb.st_size, sizeof junk - 1);
	assert_int_equal(k.items.n, 2);
	assert_string_equal(k.items.v[0], "korea-selatan");
	assert_string_equal(k.items.v[1], "tiga-tugas");
	disk = fixture_slurp(at("data/tekdip/basket"));
	assert_string_equal(disk, "# tekdip basket v1\nkorea-selatan\ntiga-tugas\n");
	free(disk);
	basket_free(&k);
	state_free(&s);
}

static void
test_cap_and_bad_slugs(void **state)
{
	struct state s;
	struct basket k;
	char slug[32], *err = NULL;
	int added = -1;

	(void)state;
	load_ok(&s, &k);
	for (int i = 0; i < BASKET_MAX; i++) {
		snprintf(slug, sizeof slug, "c-%d", i);
		toggle_ok(&k, &s, slug, 1);
	}
	assert_int_equal(basket_toggle(&k, &s, "one-more", &added, &err), -1);
	assert_non_null(err);
	free(err);
	err = NULL;
	assert_int_equal(added, 0);
	assert_int_equal(k.items.n, BASKET_MAX);
	toggle_ok(&k, &s, "c-0", 0);	/* taking out still works */
	assert_int_equal(basket_toggle(&k, &s, "Bad Slug", &added, &err), -1);
	assert_non_null(err);
	free(err);
	assert_int_equal(k.items.n, BASKET_MAX - 1);
	basket_free(&k);
	state_free(&s);
}

/* No state directory (HOME unset): the basket lives for the session. */
static void
test_memory_only(void **state)
{
	struct state s = { 0 };
	struct basket k = { { 0 } };
	char *err = NULL;

	(void)state;
	assert_int_equal(basket_load(&k, &s, &err), 0);
	toggle_ok(&k, &s, "a", 1);
	toggle_ok(&k, &s, "b", 1);
	assert_int_equal(basket_move(&k, &s, 1, -1, &err), 0);
	assert_string_equal(k.items.v[0], "b");
	assert_int_equal(access(at("data"), F_OK), -1);
	basket_free(&k);
}

static void
test_format_by_extension(void **state)
{
	(void)state;
	assert_int_equal(basket_format("b.md"), FMT_MARKDOWN);
	assert_int_equal(basket_format("dir/B.MD"), FMT_MARKDOWN);
	assert_int_equal(basket_format("b.markdown"), FMT_MARKDOWN);
	assert_int_equal(basket_format("/tmp/b.html"), FMT_HTML);
	assert_int_equal(basket_format("b.htm"), FMT_HTML);
	assert_int_equal(basket_format("b.txt"), FMT_TEXT);
	assert_int_equal(basket_format("b.pdf"), -1);
	assert_int_equal(basket_format("b"), -1);
	assert_int_equal(basket_format(".md"), -1);
	assert_int_equal(basket_format("dir/.md"), -1);
}

static void
test_default_name(void **state)
{
	char name[64];

	(void)state;
	basket_default_name(name, sizeof name);
	assert_string_equal(name, "briefing-1970-01-02.md");
}

/* What --export writes for the same targets: doc_brief, then write_brief. */
static char *
export_text(const char *const *targets, size_t n, enum write_format f)
{
	struct doc_brief_opts bo = { targets, n, 1, NULL, 0, NULL, "1970-01-02" };
	struct doc_brief b;
	char *text = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&text, &len);
	struct write_opts w = { .fp = fp, .width = 80 };

	assert_non_null(fp);
	assert_int_equal(doc_brief(st, &bo, &b), STORE_OK);
	assert_int_equal(write_brief(f, &b, &w), 0);
	doc_brief_free(&b);
	fclose(fp);
	return text;
}

static int
temp_files_left(void)
{
	DIR *d = opendir(root);
	struct dirent *de;
	int n = 0;

	assert_non_null(d);
	while ((de = readdir(d)))
		n += strstr(de->d_name, "tekdip-tmp") != NULL;
	closedir(d);
	return n;
}

static void
test_write_never_replaces_unasked(void **state)
{
	static const char *const order1[] = { "korea-selatan", "tiga-tugas" };
	static const char *const order2[] = { "tiga-tugas", "korea-selatan" };
	struct state s;
	struct basket k;
	char *err = NULL, *got, *want;
	struct stat sb;

	(void)state;
	umask(022);
	load_ok(&s, &k);
	assert_int_equal(basket_write(st, &k, "empty.md", 0, &err), -1);	/* empty */
	assert_non_null(err);
	free(err);
	toggle_ok(&k, &s, "korea-selatan", 1);
	toggle_ok(&k, &s, "tiga-tugas", 1);
	assert_int_equal(basket_write(st, &k, "out.md", 0, &err), 0);
	assert_null(err);
	got = fixture_slurp("out.md");
	want = export_text(order1, 2, FMT_MARKDOWN);
	assert_string_equal(got, want);
	free(got);
	free(want);
	assert_int_equal(stat("out.md", &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0644);	/* made as the shell makes it (umask 022) */
	/* reordered: the file there stays as it is unless replacing is asked */
	assert_int_equal(basket_move(&k, &s, 1, -1, &err), 0);
	assert_int_equal(basket_write(st, &k, "out.md", 0, &err), 1);
	assert_null(err);
	got = fixture_slurp("out.md");
	want = export_text(order1, 2, FMT_MARKDOWN);
	assert_string_equal(got, want);
	free(got);
	free(want);
	assert_int_equal(basket_write(st, &k, "out.md", 1, &err), 0);
	got = fixture_slurp("out.md");
	want = export_text(order2, 2, FMT_MARKDOWN);
	assert_string_equal(got, want);
	free(got);
	free(want);
	/* html and text, by the extension */
	assert_int_equal(basket_write(st, &k, "out.html", 0, &err), 0);
	got = fixture_slurp("out.html");
	want = export_text(order2, 2, FMT_HTML);
	assert_string_equal(got, want);
	free(got);
	free(want);
	assert_int_equal(basket_write(st, &k, "out.txt", 0, &err), 0);
	got = fixture_slurp("out.txt");
	want = export_text(order2, 2, FMT_TEXT);
	assert_string_equal(got, want);
	free(got);
	free(want);
	assert_int_equal(temp_files_left(), 0);
	basket_free(&k);
	state_free(&s);
}

static void
test_write_refusals(void **state)
{
	struct state s;
	struct basket k;
	char *err = NULL;

	(void)state;
	load_ok(&s, &k);
	toggle_ok(&k, &s, "korea-selatan", 1);
	assert_int_equal(basket_write(st, &k, "out.pdf", 0, &err), -1);
	assert_non_null(strstr(err, ".md, .html or .txt"));
	free(err);
	assert_int_equal(basket_write(st, &k, "no-such-dir/out.md", 0, &err), -1);
	assert_non_null(strstr(err, "no-such-dir/out.md"));
	free(err);
	toggle_ok(&k, &s, "made-elsewhere", 1);	/* a basket filled with another --db */
	assert_int_equal(basket_write(st, &k, "out.md", 0, &err), -1);
	assert_non_null(strstr(err, "made-elsewhere"));
	free(err);
	assert_int_equal(access("out.md", F_OK), -1);
	assert_int_equal(access("out.pdf", F_OK), -1);
	assert_int_equal(temp_files_left(), 0);
	basket_free(&k);
	state_free(&s);
}

/* The basket's own keys hold on its page only; d elsewhere is still less's. */
static void
test_keys(void **state)
{
	(void)state;
	assert_int_equal(action_for_key(KM_BROWSE, 'a'), ACT_BASKET_ADD);
	assert_int_equal(action_for_key(KM_BROWSE, 'A'), ACT_BASKET);
	assert_int_equal(action_for_key(KM_BROWSE, 'd'), ACT_HALFDN);
	assert_int_equal(action_for_key(KM_BROWSE, 'K'), ACT_PREVIEW_UP);	/* less's K is the preview's */
	assert_int_equal(action_for_key(KM_BASKET, 'd'), ACT_BASKET_REMOVE);
	assert_int_equal(action_for_key(KM_BASKET, 'D'), ACT_BASKET_CLEAR);
	assert_int_equal(action_for_key(KM_BASKET, 'K'), ACT_BASKET_EARLIER);
	assert_int_equal(action_for_key(KM_BASKET, 'J'), ACT_BASKET_LATER);
	assert_int_equal(action_for_key(KM_BASKET, 'w'), ACT_BASKET_WRITE);
	assert_int_equal(action_for_key(KM_BASKET, 'j'), ACT_DOWN);
	assert_int_equal(action_for_key(KM_BASKET, K_CTRL('d')), ACT_HALFDN);
	assert_int_equal(action_for_key(KM_BASKET, '3'), ACT_FOLLOW_NTH);
}

static void
keys(struct browser *b, const char *s)
{
	for (; *s; s++)
		browser_key(b, *s == '\n' ? K_ENTER : *s);
}

/* a, A, J, d, D (n, then y) and w (refused, then y) through the browser. */
static void
test_browser_flow(void **state)
{
	struct browser b;
	char *err = NULL, *got, *want;
	static const char *const order[] = { "tiga-tugas", "korea-selatan" };

	(void)state;
	assert_int_equal(browser_open(&b, st, "korea-selatan", 80, 24, &err), 0);
	keys(&b, "a");
	assert_string_equal(b.notice, "korea-selatan added, 1 in basket");
	browser_do(&b, ACT_BASKET_EARLIER, 'K');	/* not on the basket's page */
	assert_non_null(strstr(b.notice, "Press A"));
	keys(&b, "tK");	/* home; K scrolls a preview there, the basket is not touched */
	assert_null(strstr(b.notice, "basket"));
	assert_int_equal(b.basket.items.n, 1);
	{	/* a list's page */
		struct target t = target_make(V_LIST, "tiga-tugas");

		assert_int_equal(nav_push(&b.nav, &t), 0);
		browser_reload(&b, -1);
	}
	keys(&b, "a");
	assert_string_equal(b.notice, "tiga-tugas added, 2 in basket");
	keys(&b, "A");
	assert_int_equal(nav_current(&b.nav)->t.view, V_BASKET);
	assert_int_equal(b.page.nlinks, 2);
	assert_int_equal(b.pos.sel, 0);
	keys(&b, "J");
	assert_string_equal(b.basket.items.v[0], "tiga-tugas");
	assert_int_equal(b.pos.sel, 1);
	keys(&b, "J");
	assert_non_null(strstr(b.notice, "last"));
	/* w: the default name, Enter writes; again: asked, n keeps the file */
	keys(&b, "w");
	assert_int_equal(b.asking, ASK_FILE);
	assert_string_equal(b.prompt.text, "briefing-1970-01-02.md");
	keys(&b, "\n");
	assert_int_equal(b.asking, ASK_NONE);
	got = fixture_slurp("briefing-1970-01-02.md");
	want = export_text(order, 2, FMT_MARKDOWN);
	assert_non_null(got);
	assert_string_equal(got, want);
	free(got);
	free(want);
	keys(&b, "w");
	browser_key(&b, K_CTRL('u'));
	keys(&b, "b.html\n");
	assert_int_equal(b.asking, ASK_NONE);
	assert_int_equal(access("b.html", F_OK), 0);
	keys(&b, "w\n");
	assert_int_equal(b.asking, ASK_REPLACE);
	keys(&b, "n");
	assert_int_equal(b.asking, ASK_NONE);
	assert_non_null(strstr(b.notice, "kept as it was"));
	keys(&b, "w\ny");
	assert_int_equal(b.asking, ASK_NONE);
	assert_non_null(strstr(b.notice, "written"));
	/* d removes the selected item; D asks, n keeps, y empties */
	keys(&b, "d");
	assert_string_equal(b.notice, "korea-selatan removed, 1 in basket");
	assert_int_equal(b.page.nlinks, 1);
	assert_int_equal(b.pos.sel, 0);
	keys(&b, "Dn");
	assert_int_equal(b.basket.items.n, 1);
	keys(&b, "D");
	assert_int_equal(b.asking, ASK_CLEAR);
	keys(&b, "y");
	assert_int_equal(b.basket.items.n, 0);
	assert_int_equal(b.page.nlinks, 0);
	keys(&b, "w");
	assert_int_equal(b.asking, ASK_NONE);	/* nothing to write */
	browser_close(&b);
}

/* The browser reads the basket's file on its first use, not at start: a
 * damaged one is moved aside then, and its notice goes before a's. */
static void
test_browser_reads_the_basket_on_first_use(void **state)
{
	static const char junk[] = "korea-selatan\n\377junk\n";
	struct browser b;
	struct stat sb;
	char *err = NULL;

	(void)state;
	write_basket(junk, sizeof junk - 1);
	assert_int_equal(browser_open(&b, st, "tiga-tugas", 80, 24, &err), 0);
	assert_int_not_equal(stat(at("data/tekdip/basket.damaged.1"), &sb), 0);
	keys(&b, "a");
	assert_non_null(strstr(b.notice, "was damaged"));
	assert_int_equal(stat(at("data/tekdip/basket.damaged.1"), &sb), 0);
	assert_int_equal(b.basket.items.n, 2);	/* what was read, and a's item */
	keys(&b, "a");
	assert_string_equal(b.notice, "tiga-tugas removed, 1 in basket");
	browser_close(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_toggle_adds_in_order_and_removes, setup, teardown),
		cmocka_unit_test_setup_teardown(test_move, setup, teardown),
		cmocka_unit_test_setup_teardown(test_remove_and_clear, setup, teardown),
		cmocka_unit_test_setup_teardown(test_two_instances_merge, setup, teardown),
		cmocka_unit_test_setup_teardown(test_damaged_file_moved_aside, setup, teardown),
		cmocka_unit_test_setup_teardown(test_browser_reads_the_basket_on_first_use, setup, teardown),
		cmocka_unit_test_setup_teardown(test_cap_and_bad_slugs, setup, teardown),
		cmocka_unit_test_setup_teardown(test_memory_only, setup, teardown),
		cmocka_unit_test_setup_teardown(test_format_by_extension, setup, teardown),
		cmocka_unit_test_setup_teardown(test_default_name, setup, teardown),
		cmocka_unit_test_setup_teardown(test_write_never_replaces_unasked, setup, teardown),
		cmocka_unit_test_setup_teardown(test_write_refusals, setup, teardown),
		cmocka_unit_test_setup_teardown(test_keys, setup, teardown),
		cmocka_unit_test_setup_teardown(test_browser_flow, setup, teardown),
	};

	return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
