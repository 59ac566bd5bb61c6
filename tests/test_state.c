/* test_state.c: bookmarks, history and searches on disk, merged, atomic, and lenient with damaged files. */
#include "config.h"

#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE		/* mkdtemp, setenv, chmod */
#endif

#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

/* How much slower the code runs here: AddressSanitizer checks every load
 * and store, TEKDIP_SLOW says the machine is loaded. */
#ifdef __SANITIZE_ADDRESS__
#define SLOWER (getenv("TEKDIP_SLOW") ? 100 : 10)
#else
#define SLOWER (getenv("TEKDIP_SLOW") ? 10 : 1)
#endif
#ifdef __linux__
#include <linux/capability.h>
#include <sys/syscall.h>
#endif

#include "state.h"

/* The temporary directory of the running test: HOME is ROOT/home and
 * XDG_DATA_HOME is ROOT/data, which does not exist until a save. */
static char root[1024];

/* ROOT/rel in one of a few static buffers, enough for one assertion. */
static const char *
at(const char *rel)
{
	static char bufs[4][2048];
	static int next;
	char *p = bufs[next++ % 4];

	snprintf(p, sizeof bufs[0], "%s/%s", root, rel);
	return p;
}

static void
remove_tree(const char *path)
{
	struct stat sb;
	struct dirent *de;
	DIR *d;
	char sub[2048];

	if (lstat(path, &sb) == -1)
		return;
	if (S_ISDIR(sb.st_mode)) {
		chmod(path, 0700);	/* the read-only test may leave it 0500 */
		if ((d = opendir(path)) != NULL) {
			while ((de = readdir(d)) != NULL) {
				if (strcmp(de->d_name, ".") == 0 ||
				    strcmp(de->d_name, "..") == 0)
					continue;
				snprintf(sub, sizeof sub, "%s/%s", path, de->d_name);
				remove_tree(sub);
			}
			closedir(d);
		}
		rmdir(path);
	} else
		unlink(path);
}

static int
setup(void **state)
{
	const char *tmp = getenv("TMPDIR");

	(void)state;
	snprintf(root, sizeof root, "%s/tekdip-state-XXXXXX",
	    tmp != NULL && tmp[0] != '\0' ? tmp : "/tmp");
	if (mkdtemp(root) == NULL || mkdir(at("home"), 0700) == -1)
		return -1;
	setenv("HOME", at("home"), 1);
	setenv("XDG_DATA_HOME", at("data"), 1);
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	remove_tree(root);
	return 0;
}

static void
write_file(const char *path, const char *data, size_t len)
{
	FILE *fp = fopen(path, "wb");

	assert_non_null(fp);
	assert_int_equal(fwrite(data, 1, len, fp), len);
	assert_int_equal(fclose(fp), 0);
}

/* The whole file, NUL-terminated, for comparing with what a save wrote. */
static char *
read_file(const char *path)
{
	FILE *fp = fopen(path, "rb");
	char *data = calloc(1, 1 << 16);
	size_t n;

	assert_non_null(fp);
	assert_non_null(data);
	n = fread(data, 1, (1 << 16) - 1, fp);
	data[n] = '\0';
	fclose(fp);
	return data;
}

/* A fresh state, as the next run of the browser would see it. */
static void
load_ok(struct state *s)
{
	char *err = NULL;
	int rc = state_load(s, &err);

	if (err != NULL)
		fprintf(stderr, "state_load: %s\n", err);
	assert_null(err);
	assert_int_equal(rc, 0);
}

/* A file tekdip did not write (no header, a NUL, too big) is kept aside
 * as NAME.damaged.N with a notice, and what could be read is kept. */
static void
load_salvaged(struct state *s, const char *name)
{
	char *err = NULL, aside[256];
	struct stat sb;

	assert_int_equal(state_load(s, &err), -1);
	assert_non_null(err);
	assert_non_null(strstr(err, "was damaged"));
	free(err);
	snprintf(aside, sizeof aside, "data/tekdip/%s.damaged.1", name);
	assert_int_equal(stat(at(aside), &sb), 0);
}

static void
toggle_ok(struct state *s, const char *slug, int expect)
{
	char *err = NULL;
	int marked = -1, rc = state_toggle_bookmark(s, slug, &marked, &err);

	if (err != NULL)
		fprintf(stderr, "toggle %s: %s\n", slug, err);
	assert_null(err);
	assert_int_equal(rc, 0);
	assert_int_equal(marked, expect);
}

static void
visit_ok(struct state *s, const char *slug)
{
	char *err = NULL;
	int rc = state_visit(s, slug, &err);

	if (err != NULL)
		fprintf(stderr, "visit %s: %s\n", slug, err);
	assert_null(err);
	assert_int_equal(rc, 0);
}

static void
query_ok(struct state *s, const char *query)
{
	char *err = NULL;
	int rc = state_add_query(s, query, &err);

	if (err != NULL)
		fprintf(stderr, "query %s: %s\n", query, err);
	assert_null(err);
	assert_int_equal(rc, 0);
}

static void
assert_list(const struct state_list *l, const char *const *want, size_t n)
{
	assert_int_equal(l->n, n);
	for (size_t i = 0; i < n; i++)
		assert_string_equal(l->v[i], want[i]);
}

static void
test_zeroed_state_is_usable(void **state)
{
	struct state s = { 0 };

	(void)state;
	/* never loaded: memory only, nothing written anywhere */
	assert_int_equal(state_is_bookmarked(&s, "a"), 0);
	toggle_ok(&s, "a", 1);
	visit_ok(&s, "a");
	query_ok(&s, "a query");
	assert_int_equal(state_is_bookmarked(&s, "a"), 1);
	assert_int_equal(s.queries.n, 1);
	assert_int_equal(access(at("data"), F_OK), -1);
	state_free(&s);
	state_free(&s);
	assert_null(s.dir);
	assert_int_equal(s.bookmarks.n, 0);
	assert_int_equal(s.queries.n, 0);
}

static void
test_load_creates_nothing(void **state)
{
	struct state s;
	char *want;

	(void)state;
	load_ok(&s);
	assert_int_equal(s.bookmarks.n, 0);
	assert_int_equal(s.history.n, 0);
	assert_int_equal(s.queries.n, 0);
	want = strdup(at("data/tekdip"));
	assert_string_equal(s.dir, want);
	free(want);
	assert_int_equal(access(at("data"), F_OK), -1);
	assert_int_equal(errno, ENOENT);
	state_free(&s);

	/* XDG_DATA_HOME exists: still no tekdip directory inside it */
	assert_int_equal(mkdir(at("data"), 0700), 0);
	load_ok(&s);
	assert_int_equal(access(at("data/tekdip"), F_OK), -1);
	state_free(&s);
}

static void
test_toggle_round_trip(void **state)
{
	const char *const order[] = { "gamma", "alpha-2", "beta" };
	struct state s, t;
	char *text;

	(void)state;
	load_ok(&s);
	toggle_ok(&s, "alpha-2", 1);
	assert_int_equal(state_is_bookmarked(&s, "alpha-2"), 1);
	load_ok(&t);
	assert_int_equal(state_is_bookmarked(&t, "alpha-2"), 1);
	state_free(&t);

	toggle_ok(&s, "alpha-2", 0);
	assert_int_equal(state_is_bookmarked(&s, "alpha-2"), 0);
	load_ok(&t);
	assert_int_equal(t.bookmarks.n, 0);
	state_free(&t);

	toggle_ok(&s, "gamma", 1);
	toggle_ok(&s, "alpha-2", 1);
	toggle_ok(&s, "beta", 1);
	assert_list(&s.bookmarks, order, 3);
	load_ok(&t);
	assert_list(&t.bookmarks, order, 3);
	state_free(&t);

	text = read_file(at("data/tekdip/bookmarks"));
	assert_string_equal(text, "# tekdip bookmarks v1\ngamma\nalpha-2\nbeta\n");
	free(text);
	state_free(&s);
}

/* Entries of dir, after failing on any dot file but the lock. */
static int
count_entries(const char *dir)
{
	struct dirent *de;
	DIR *d;
	int n = 0;

	assert_non_null(d = opendir(dir));
	while ((de = readdir(d)) != NULL) {
		if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
			continue;
		if (de->d_name[0] == '.' && strcmp(de->d_name, ".lock") != 0)
			fail_msg("left behind: %s", de->d_name);
		n++;
	}
	closedir(d);
	return n;
}

static void
test_save_leaves_no_temporary_files(void **state)
{
	struct state s;
	struct stat sb;

	(void)state;
	/* parents are made too, 0700 as the XDG spec asks */
	setenv("XDG_DATA_HOME", at("deep/er"), 1);
	load_ok(&s);
	toggle_ok(&s, "one", 1);
	toggle_ok(&s, "two", 1);
	toggle_ok(&s, "one", 0);
	visit_ok(&s, "one");
	state_free(&s);

	assert_int_equal(count_entries(at("deep/er/tekdip")), 3);

	assert_int_equal(stat(at("deep/er/tekdip/bookmarks"), &sb), 0);
	assert_int_equal(sb.st_mode & 07777, 0600);
	assert_int_equal(stat(at("deep/er/tekdip/history"), &sb), 0);
	assert_int_equal(sb.st_mode & 07777, 0600);
	assert_int_equal(stat(at("deep/er/tekdip/.lock"), &sb), 0);
	assert_int_equal(sb.st_mode & 07777, 0600);
	assert_int_equal(stat(at("deep/er/tekdip"), &sb), 0);
	assert_int_equal(sb.st_mode & 07777, 0700);
	assert_int_equal(stat(at("deep"), &sb), 0);
	assert_int_equal(sb.st_mode & 07777, 0700);
}

static void
test_two_instances_merge(void **state)
{
	const char *const both[] = { "from-a", "from-b" };
	const char *const visits[] = { "seen-b", "seen-a" };
	struct state a, b, c;

	(void)state;
	load_ok(&a);
	load_ok(&b);
	toggle_ok(&a, "from-a", 1);
	toggle_ok(&b, "from-b", 1);
	visit_ok(&a, "seen-a");
	visit_ok(&b, "seen-b");
	/* each session shows its own changes ... */
	assert_int_equal(state_is_bookmarked(&b, "from-a"), 0);
	/* ... and the file holds both */
	load_ok(&c);
	assert_list(&c.bookmarks, both, 2);
	assert_list(&c.history, visits, 2);
	state_free(&c);

	/* a removal in one instance is not undone by the other's next save */
	toggle_ok(&a, "from-a", 0);
	toggle_ok(&b, "third", 1);
	load_ok(&c);
	assert_int_equal(state_is_bookmarked(&c, "from-a"), 0);
	assert_int_equal(state_is_bookmarked(&c, "from-b"), 1);
	assert_int_equal(state_is_bookmarked(&c, "third"), 1);
	state_free(&c);
	state_free(&a);
	state_free(&b);
}

enum { NPROC = 4, EACH = 10 };

/* One browser of several, in a child process: no cmocka here, only an
 * exit status, and _exit so the parent's handlers do not run twice. */
static void
child_saves(int p)
{
	struct state s;
	char slug[32];
	int bad;

	bad = state_load(&s, NULL) != 0;
	for (int i = 0; i < EACH; i++) {
		snprintf(slug, sizeof slug, "p%d-%d", p, i);
		bad |= state_toggle_bookmark(&s, slug, NULL, NULL) != 0;
		bad |= state_visit(&s, slug, NULL) != 0;
	}
	state_free(&s);
	_exit(bad);
}

/* Processes saving at the same moment: the lock makes every change count. */
static void
test_concurrent_processes_merge(void **state)
{
	pid_t pids[NPROC];
	struct state s;
	char slug[32];
	int status;

	(void)state;
	for (int p = 0; p < NPROC; p++) {
		assert_int_not_equal(pids[p] = fork(), -1);
		if (pids[p] == 0)
			child_saves(p);
	}
	for (int p = 0; p < NPROC; p++) {
		assert_int_equal(waitpid(pids[p], &status, 0), pids[p]);
		assert_true(WIFEXITED(status));
		assert_int_equal(WEXITSTATUS(status), 0);
	}
	load_ok(&s);
	assert_int_equal(s.bookmarks.n, NPROC * EACH);
	assert_int_equal(s.history.n, NPROC * EACH);
	for (int p = 0; p < NPROC; p++) {
		for (int i = 0; i < EACH; i++) {
			snprintf(slug, sizeof slug, "p%d-%d", p, i);
			assert_true(state_is_bookmarked(&s, slug));
		}
	}
	state_free(&s);
}

static void
test_visit_order_and_cap(void **state)
{
	const char *const first[] = { "c", "b", "a" };
	const char *const moved[] = { "a", "c", "b" };
	struct state s, t;
	char slug[32];

	(void)state;
	load_ok(&s);
	visit_ok(&s, "a");
	visit_ok(&s, "b");
	visit_ok(&s, "c");
	assert_list(&s.history, first, 3);
	visit_ok(&s, "a");
	assert_list(&s.history, moved, 3);
	load_ok(&t);
	assert_list(&t.history, moved, 3);
	state_free(&t);

	for (int i = 0; i < 250; i++) {
		snprintf(slug, sizeof slug, "page-%d", i);
		visit_ok(&s, slug);
	}
	assert_int_equal(s.history.n, 200);
	assert_string_equal(s.history.v[0], "page-249");
	assert_string_equal(s.history.v[199], "page-50");
	load_ok(&t);
	assert_int_equal(t.history.n, 200);
	assert_string_equal(t.history.v[0], "page-249");
	assert_string_equal(t.history.v[199], "page-50");
	state_free(&t);

	assert_int_equal(state_clear_history(&s, NULL), 0);
	assert_int_equal(s.history.n, 0);
	load_ok(&t);
	assert_int_equal(t.history.n, 0);
	state_free(&t);
	state_free(&s);
}

/* XDG_DATA_HOME set but relative or empty is ignored, as the spec says. */
static void
test_xdg_fallback_to_home(void **state)
{
	const char *const bad[] = { "relative/data", "", "./data" };
	struct state s;
	char *want = strdup(at("home/.local/share/tekdip"));

	(void)state;
	assert_non_null(want);
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		setenv("XDG_DATA_HOME", bad[i], 1);
		load_ok(&s);
		assert_string_equal(s.dir, want);
		state_free(&s);
	}
	unsetenv("XDG_DATA_HOME");
	load_ok(&s);
	assert_string_equal(s.dir, want);
	toggle_ok(&s, "kept", 1);
	state_free(&s);
	assert_int_equal(access(at("home/.local/share/tekdip/bookmarks"), F_OK), 0);
	free(want);

	/* trailing slashes do not show up in the path */
	setenv("XDG_DATA_HOME", at("data//"), 1);
	want = strdup(at("data/tekdip"));
	load_ok(&s);
	assert_string_equal(s.dir, want);
	state_free(&s);
	free(want);
}

static void
test_no_home_is_memory_only(void **state)
{
	struct state s;
	char *err = NULL;

	(void)state;
	unsetenv("XDG_DATA_HOME");
	unsetenv("HOME");
	assert_int_equal(state_load(&s, &err), -1);
	assert_non_null(err);
	assert_non_null(strstr(err, "HOME"));
	free(err);
	assert_null(s.dir);
	toggle_ok(&s, "still-works", 1);
	visit_ok(&s, "still-works");
	assert_int_equal(s.history.n, 1);
	state_free(&s);

	setenv("HOME", "", 1);
	assert_int_equal(state_load(&s, NULL), -1);
	assert_null(s.dir);
	state_free(&s);
	assert_int_equal(access(at("home/.local"), F_OK), -1);
}

/* Root writes whatever the mode says, through CAP_DAC_OVERRIDE: drop it
 * from the effective set (it stays permitted) so root meets the modes a
 * user would.  Returns -1 where that cannot be done. */
static int
dac_override(int on)
{
#ifdef __linux__
	struct __user_cap_header_struct h = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct d[2];
	uint32_t bits = (1u << CAP_DAC_OVERRIDE) | (1u << CAP_DAC_READ_SEARCH) | (1u << CAP_FOWNER);

	if (syscall(SYS_capget, &h, d) != 0)
		return -1;
	if (on)
		d[0].effective |= bits & d[0].permitted;
	else
		d[0].effective &= ~bits;
	return syscall(SYS_capset, &h, d) == 0 ? 0 : -1;
#else
	(void)on;
	return -1;
#endif
}

static int
teardown_caps(void **state)
{
	if (geteuid() == 0)
		dac_override(1);
	return teardown(state);
}

static void
test_read_only_directory(void **state)
{
	struct state s;
	char *err = NULL;
	int marked = 0;

	(void)state;
	if (geteuid() == 0 && dac_override(0) != 0)
		skip();
	load_ok(&s);
	toggle_ok(&s, "before", 1);
	assert_int_equal(chmod(at("data/tekdip"), 0500), 0);
	assert_int_equal(state_toggle_bookmark(&s, "after", &marked, &err), -1);
	assert_non_null(err);
	assert_non_null(strstr(err, at("data/tekdip")));
	assert_non_null(strstr(err, "cannot save bookmarks"));
	free(err);
	assert_int_equal(marked, 1);
	assert_int_equal(state_is_bookmarked(&s, "after"), 1);
	assert_int_equal(state_visit(&s, "after", &err), -1);
	assert_non_null(err);
	free(err);
	assert_int_equal(s.history.n, 1);
	state_free(&s);

	/* what was saved before is intact */
	load_ok(&s);
	assert_int_equal(state_is_bookmarked(&s, "before"), 1);
	assert_int_equal(state_is_bookmarked(&s, "after"), 0);
	state_free(&s);
}

/* A failure root cannot write past: the state directory is a plain file. */
static void
test_directory_is_a_file(void **state)
{
	struct state s;
	char *err = NULL, *text;
	int marked = 0;

	(void)state;
	assert_int_equal(mkdir(at("data"), 0700), 0);
	write_file(at("data/tekdip"), "not a dir\n", 10);
	assert_int_equal(state_load(&s, &err), -1);
	assert_non_null(err);
	assert_non_null(strstr(err, at("data/tekdip")));
	free(err);
	assert_non_null(s.dir);

	assert_int_equal(state_toggle_bookmark(&s, "kept", &marked, &err), -1);
	assert_non_null(err);
	assert_non_null(strstr(err, "cannot save bookmarks"));
	assert_non_null(strstr(err, at("data/tekdip")));
	assert_null(strchr(err, '\n'));
	free(err);
	assert_int_equal(marked, 1);
	assert_int_equal(state_is_bookmarked(&s, "kept"), 1);

	assert_int_equal(state_visit(&s, "kept", &err), -1);
	assert_non_null(strstr(err, "cannot save history"));
	free(err);
	assert_int_equal(s.history.n, 1);

	assert_int_equal(state_add_query(&s, " kept search ", &err), -1);
	assert_non_null(strstr(err, "cannot save searches"));
	assert_non_null(strstr(err, at("data/tekdip")));
	free(err);
	assert_int_equal(s.queries.n, 1);
	assert_string_equal(s.queries.v[0], "kept search");
	/* err NULL: the same failure, nothing to free */
	assert_int_equal(state_toggle_bookmark(&s, "kept", &marked, NULL), -1);
	assert_int_equal(marked, 0);
	state_free(&s);

	text = read_file(at("data/tekdip"));
	assert_string_equal(text, "not a dir\n");
	free(text);
}

/* A write that fails after the temporary file exists, even for root: the
 * file size limit.  In a child, so the limit does not outlive the test. */
static void
child_writes_too_much(void)
{
	struct rlimit rl = { 16, 16 };
	struct state s;
	char *err = NULL;
	int marked = 0, ok;

	signal(SIGXFSZ, SIG_IGN);
	if (state_load(&s, NULL) != 0 || setrlimit(RLIMIT_FSIZE, &rl) != 0)
		_exit(2);
	ok = state_toggle_bookmark(&s, "too-much", &marked, &err) == -1 &&
	    err != NULL && strstr(err, "cannot save bookmarks: ") != NULL &&
	    marked == 1 && state_is_bookmarked(&s, "too-much");
	if (!ok)
		fprintf(stderr, "child: %s\n", err != NULL ? err : "no reason");
	free(err);
	state_free(&s);
	_exit(ok ? 0 : 1);
}

static void
test_failed_write_leaves_old_file(void **state)
{
	struct state s;
	pid_t pid;
	char *text;
	int status;

	(void)state;
	load_ok(&s);
	toggle_ok(&s, "saved", 1);
	state_free(&s);
	assert_int_not_equal(pid = fork(), -1);
	if (pid == 0)
		child_writes_too_much();
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);

	assert_int_equal(count_entries(at("data/tekdip")), 2);	/* .lock bookmarks */
	text = read_file(at("data/tekdip/bookmarks"));
	assert_string_equal(text, "# tekdip bookmarks v1\nsaved\n");
	free(text);
}

/*
 * Faults the disk can raise, injected by the linker (--wrap) into state.c's
 * own calls: 0 passes the call through, anything else is the errno to fail
 * with.  Only state.c's calls are wrapped, never the C library's.
 */
static int fault_fflush, fault_fsync, fault_rename;

int __real_fflush(FILE *fp);
int __wrap_fflush(FILE *fp);
int __real_fsync(int fd);
int __wrap_fsync(int fd);
int __real_rename(const char *from, const char *to);
int __wrap_rename(const char *from, const char *to);

int
__wrap_fflush(FILE *fp)
{
	if (fault_fflush && fp != NULL) {
		errno = fault_fflush;
		return EOF;
	}
	return __real_fflush(fp);
}

int
__wrap_fsync(int fd)
{
	if (fault_fsync) {
		errno = fault_fsync;
		return -1;
	}
	return __real_fsync(fd);
}

int
__wrap_rename(const char *from, const char *to)
{
	if (fault_rename) {
		errno = fault_rename;
		return -1;
	}
	return __real_rename(from, to);
}

/* One fault during a save: the old file stays byte for byte, no temporary
 * file is left, memory keeps the change, and the reason names the error. */
static void
save_fails_cleanly(int *fault, int e)
{
	struct state s;
	char *err = NULL, *text;
	int marked = 0;

	load_ok(&s);
	toggle_ok(&s, "saved", 1);
	*fault = e;
	assert_int_equal(state_toggle_bookmark(&s, "lost-on-disk", &marked, &err), -1);
	*fault = 0;
	assert_non_null(err);
	assert_non_null(strstr(err, strerror(e)));
	free(err);
	assert_true(state_is_bookmarked(&s, "lost-on-disk"));
	state_free(&s);
	assert_int_equal(count_entries(at("data/tekdip")), 2);	/* .lock bookmarks */
	text = read_file(at("data/tekdip/bookmarks"));
	assert_string_equal(text, "# tekdip bookmarks v1\nsaved\n");
	free(text);
}

static void
test_disk_full_on_write(void **state)
{
	(void)state;
	save_fails_cleanly(&fault_fflush, ENOSPC);
}

static void
test_io_error_on_fsync(void **state)
{
	(void)state;
	save_fails_cleanly(&fault_fsync, EIO);
}

static void
test_io_error_on_rename(void **state)
{
	(void)state;
	save_fails_cleanly(&fault_rename, EIO);
}

/* The state directory, made by hand as a user or another version might. */
static void
make_state_dir(void)
{
	assert_int_equal(mkdir(at("data"), 0700), 0);
	assert_int_equal(mkdir(at("data/tekdip"), 0700), 0);
}

/*
 * data/tekdip/NAME: head (len bytes), a line of max + 1 bytes, which is
 * junk, then edge padded with 'z' to exactly max bytes, which is not (it
 * goes into line, of max bytes), then tail with no newline at the end.
 */
static void
write_junk(const char *name, const char *head, size_t len, size_t max,
    const char *edge, char *line, const char *tail)
{
	char path[64], *text = malloc(len + 2 * max + strlen(tail) + 3);
	size_t n = len;

	assert_non_null(text);
	memcpy(text, head, len);
	memset(text + n, 'a', max + 1);
	n += max + 1;
	text[n++] = '\n';
	memset(line, 'z', max);
	memcpy(line, edge, strlen(edge));
	memcpy(text + n, line, max);
	n += max;
	text[n++] = '\n';
	memcpy(text + n, tail, strlen(tail));
	n += strlen(tail);
	snprintf(path, sizeof path, "data/tekdip/%s", name);
	write_file(at(path), text, n);
	free(text);
}

static void
test_junk_contents(void **state)
{
	static const char junk[] =
	    "# tekdip bookmarks v1\n"
	    "first\n"
	    "\n"
	    "# a comment\n"
	    "crlf-line\r\n"
	    "Upper-Case\n"
	    "under_score\n"
	    " leading-space\n"
	    "trailing-space \n"
	    "bin\x01\xff\x80" "ary\n"
	    "nul\0byte\n"
	    "\xc3\xa9t\xc3\xa9\n"
	    "first\n"
	    "crlf-line\r\n"
	    "two\r\r\n"
	    "x\n";
	const char *const want[] = {
		"first", "crlf-line", "x", "exactly-100", "no-newline-at-end"
	};
	char line[STATE_SLUG_MAX], *text;
	struct state s;

	(void)state;
	make_state_dir();
	/* a 101-byte slug is junk, a 100-byte one is not */
	write_junk("bookmarks", junk, sizeof junk - 1, STATE_SLUG_MAX,
	    "exactly-100", line, "no-newline-at-end");
	write_file(at("data/tekdip/history"), "\xff\xfe\x00\x01", 4);

	load_salvaged(&s, "bookmarks");
	assert_int_equal(s.bookmarks.n, 5);
	for (size_t i = 0; i < 5; i++) {
		if (i == 3)
			assert_memory_equal(s.bookmarks.v[i], line, 100);
		else
			assert_string_equal(s.bookmarks.v[i], want[i]);
	}
	assert_int_equal(strlen(s.bookmarks.v[3]), 100);
	assert_int_equal(s.history.n, 0);

	/* the next save writes the cleaned list */
	toggle_ok(&s, "x", 0);
	state_free(&s);
	text = read_file(at("data/tekdip/bookmarks"));
	assert_non_null(strstr(text, "first\ncrlf-line\nexactly-100"));
	assert_null(strchr(text, '\r'));
	assert_null(strstr(text, "Upper"));
	free(text);
}

/* data/tekdip/NAME: n lines "PREFIX<number>", from 0. */
static void
write_numbered(const char *name, const char *prefix, int n)
{
	char path[64], *text = malloc((size_t)n * 32 + 1);
	size_t len = 0;

	assert_non_null(text);
	for (int i = 0; i < n; i++)
		len += (size_t)sprintf(text + len, "%s%d\n", prefix, i);
	snprintf(path, sizeof path, "data/tekdip/%s", name);
	write_file(at(path), text, len);
	free(text);
}

/*
 * data/tekdip/NAME: 1 MiB of lines that are no entry (every byte fill, a
 * newline every `every` bytes), the valid "abc" where the limit cuts
 * "abcdef", and "late" past it.  Read right, it has no entry at all.
 */
static void
write_cut_file(const char *name, char fill, size_t every)
{
	size_t size = 1024 * 1024, len;
	char path[64], *text = malloc(size + 32);

	assert_non_null(text);
	memset(text, fill, size);
	for (size_t i = every - 1; i < size; i += every)
		text[i] = '\n';
	len = size - 3;
	text[len - 1] = '\n';
	len += (size_t)sprintf(text + len, "abcdef\nlate\n");
	snprintf(path, sizeof path, "data/tekdip/%s", name);
	write_file(at(path), text, len);
	free(text);
}

/* At most 1 MiB is read, 1000 bookmarks and 200 visits kept. */
/* A save killed between mkstemp and rename (kill -9) leaves a temporary
 * file; a later save, holding the lock, clears it once it is old.  Files
 * of the user's that only look like temporaries are never touched. */
static void
test_stale_temporary_files_are_removed(void **state)
{
	static const char *const users[] = {
		"data/tekdip/.bookmarks.Ab12Cd", "data/tekdip/.bookmarks.backup",
		"data/tekdip/.history.2024-1", "data/tekdip/.searches.XXXXXX",
		"data/tekdip/.bookmarks-keep",
	};
	struct timespec old[2] = { { 1000000000, 0 }, { 1000000000, 0 } };
	struct state s;
	struct stat sb;

	(void)state;
	make_state_dir();
	for (size_t i = 0; i < sizeof users / sizeof *users; i++)
		write_file(at(users[i]), "not ours", 8);
	write_file(at("data/tekdip/.bookmarks.tekdip-tmp-Ab12Cd"), "half a fi", 9);
	assert_int_equal(utimensat(AT_FDCWD, at("data/tekdip/.bookmarks.tekdip-tmp-Ab12Cd"), old, 0), 0);
	write_file(at("data/tekdip/.bookmarks.tekdip-tmp-New123"), "being written", 13);
	load_ok(&s);
	toggle_ok(&s, "after-the-crash", 1);
	state_free(&s);
	assert_int_equal(stat(at("data/tekdip/.bookmarks.tekdip-tmp-Ab12Cd"), &sb), -1);
	assert_int_equal(stat(at("data/tekdip/.bookmarks.tekdip-tmp-New123"), &sb), 0);
	for (size_t i = 0; i < sizeof users / sizeof *users; i++)
		assert_int_equal(stat(at(users[i]), &sb), 0);
}

/* The lock held by another program: the save gives up after a bounded
 * wait, says the session is not saved, and does not wait again. */
static void
test_lock_held_elsewhere(void **state)
{
	struct state s;
	char *err = NULL;
	int fd, marked = 0;
	struct timespec t0, t1;

	(void)state;
	make_state_dir();
	fd = open(at("data/tekdip/.lock"), O_RDONLY | O_CREAT, 0600);
	assert_true(fd >= 0);
	assert_int_equal(flock(fd, LOCK_EX), 0);
	load_ok(&s);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	assert_int_equal(state_toggle_bookmark(&s, "unsaved", &marked, &err), -1);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	assert_non_null(err);
	assert_non_null(strstr(err, "not saved this session"));
	free(err);
	err = NULL;
	assert_true(t1.tv_sec - t0.tv_sec < 3);
	assert_true(marked);
	assert_null(s.dir);
	/* memory only from now on: no wait, no error */
	assert_int_equal(state_visit(&s, "later", &err), 0);
	assert_null(err);
	state_free(&s);
	close(fd);
	assert_int_equal(access(at("data/tekdip/bookmarks"), F_OK), -1);
}

/* A FIFO or a dangling link as .lock: refused at once, nothing created. */
static void
test_lock_not_a_file(void **state)
{
	struct state s;
	char *err = NULL;
	int marked = 0;

	(void)state;
	make_state_dir();
	assert_int_equal(mkfifo(at("data/tekdip/.lock"), 0600), 0);
	load_ok(&s);
	assert_int_equal(state_toggle_bookmark(&s, "a", &marked, &err), -1);
	assert_non_null(err);
	free(err);
	err = NULL;
	state_free(&s);
	assert_int_equal(unlink(at("data/tekdip/.lock")), 0);
	assert_int_equal(symlink(at("outside"), at("data/tekdip/.lock")), 0);
	load_ok(&s);
	assert_int_equal(state_toggle_bookmark(&s, "a", &marked, &err), -1);
	assert_non_null(err);
	free(err);
	state_free(&s);
	assert_int_equal(access(at("outside"), F_OK), -1);
}

/* A state directory others can write to, or a link to one: refused with a
 * notice, the session memory-only. */
static void
test_state_dir_open_to_others(void **state)
{
	struct state s;
	char *err = NULL;

	(void)state;
	assert_int_equal(mkdir(at("data"), 0700), 0);
	assert_int_equal(mkdir(at("shared"), 0777), 0);
	assert_int_equal(chmod(at("shared"), 01777), 0);
	assert_int_equal(symlink(at("shared"), at("data/tekdip")), 0);
	assert_int_equal(state_load(&s, &err), -1);
	assert_non_null(err);
	assert_non_null(strstr(err, "not yours alone"));
	free(err);
	assert_null(s.dir);
	toggle_ok(&s, "kept-in-memory", 1);
	state_free(&s);
	assert_int_equal(count_entries(at("shared")), 0);
}

/* A hand-written file is never lost: the damaged copy is a numbered
 * link made before the rewrite, a failed rewrite leaves the file as it
 * was, a second damaged file gets the next number, and each session that
 * finds a copy says so. */
static void
test_damaged_copies_are_kept(void **state)
{
	static const char mine[] = "my-own-list\nwritten-by-hand\n";
	struct state s;
	char *err = NULL, *text;

	(void)state;
	make_state_dir();
	write_file(at("data/tekdip/bookmarks"), mine, sizeof mine - 1);
	fault_fflush = ENOSPC;
	assert_int_equal(state_load(&s, &err), -1);
	fault_fflush = 0;
	assert_non_null(err);
	free(err);
	err = NULL;
	assert_int_equal(s.bookmarks.n, 2);
	state_free(&s);
	text = read_file(at("data/tekdip/bookmarks"));
	assert_string_equal(text, mine);	/* untouched */
	free(text);
	/* the next session: the same file, kept once, now rewritten */
	assert_int_equal(state_load(&s, &err), -1);
	assert_non_null(strstr(err, "was damaged"));
	free(err);
	err = NULL;
	assert_int_equal(s.bookmarks.n, 2);
	state_free(&s);
	text = read_file(at("data/tekdip/bookmarks.damaged.1"));
	assert_string_equal(text, mine);
	free(text);
	assert_int_equal(access(at("data/tekdip/bookmarks.damaged.2"), F_OK), -1);
	/* a session that finds the copy says so */
	assert_int_equal(state_load(&s, &err), -1);
	assert_non_null(strstr(err, "bookmarks.damaged.1"));
	free(err);
	err = NULL;
	assert_int_equal(s.bookmarks.n, 2);
	state_free(&s);
	/* a second damaged file does not overwrite the first copy */
	write_file(at("data/tekdip/bookmarks"), "other\n", 6);
	assert_int_equal(state_load(&s, &err), -1);
	free(err);
	state_free(&s);
	text = read_file(at("data/tekdip/bookmarks.damaged.1"));
	assert_string_equal(text, mine);
	free(text);
	text = read_file(at("data/tekdip/bookmarks.damaged.2"));
	assert_string_equal(text, "other\n");
	free(text);
}

/* 999 entries then repeats to the 1 MiB cap: read in linear time. */
static void
test_repeats_parse_fast(void **state)
{
	size_t cap = 1024 * 1024, len = 0;
	char *text = malloc(cap + 64);
	struct timespec t0, t1;
	struct state s;
	char *err = NULL;
	double ms;

	(void)state;
	assert_non_null(text);
	make_state_dir();
	len += (size_t)sprintf(text, "# tekdip bookmarks v1\n");
	for (int i = 0; len + 16 < cap; i++)
		len += (size_t)sprintf(text + len, "bm-%d\n", i % 999);
	write_file(at("data/tekdip/bookmarks"), text, len);
	free(text);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	(void)state_load(&s, &err);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	free(err);
	assert_int_equal(s.bookmarks.n, 999);
	state_free(&s);
	ms = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
	print_message("# a 1 MiB file of repeats read in %.1f ms\n", ms);
	assert_true(ms < 50 * SLOWER);
}

static void
test_big_files_are_capped(void **state)
{
	struct state s;
	char *err = NULL;
	int marked = 1;

	(void)state;
	make_state_dir();
	write_numbered("bookmarks", "bm-", 1500);
	write_numbered("history", "h-", 300);
	load_salvaged(&s, "bookmarks");
	assert_int_equal(s.bookmarks.n, 1000);
	assert_string_equal(s.bookmarks.v[999], "bm-999");
	assert_int_equal(s.history.n, 200);
	assert_string_equal(s.history.v[0], "h-0");

	/* full: a new bookmark is refused, removing one still works */
	assert_int_equal(state_toggle_bookmark(&s, "one-more", &marked, &err), -1);
	assert_non_null(err);
	free(err);
	assert_int_equal(marked, 0);
	toggle_ok(&s, "bm-0", 0);
	state_free(&s);

	/* a slug cut by the 1 MiB limit is not read as a shorter one, and
	 * nothing after the limit is read at all */
	write_cut_file("bookmarks", '#', 100);
	load_salvaged(&s, "bookmarks");
	assert_int_equal(s.bookmarks.n, 0);
	state_free(&s);
}

static void
test_bad_slugs_refused(void **state)
{
	const char *const bad[] = { "", "Upper", "a b", "a/b", "../x", "a\n" };
	struct state s;
	char *err = NULL, *long_slug = malloc(102);
	int marked = 1;

	(void)state;
	assert_non_null(long_slug);
	memset(long_slug, 'a', 101);
	long_slug[101] = '\0';
	load_ok(&s);
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		assert_int_equal(state_toggle_bookmark(&s, bad[i], &marked, &err), -1);
		assert_non_null(err);
		free(err);
		assert_int_equal(marked, 0);
		assert_int_equal(state_visit(&s, bad[i], NULL), -1);
	}
	assert_int_equal(state_toggle_bookmark(&s, long_slug, NULL, NULL), -1);
	assert_int_equal(state_toggle_bookmark(&s, NULL, NULL, NULL), -1);
	assert_int_equal(s.bookmarks.n, 0);
	assert_int_equal(s.history.n, 0);
	assert_int_equal(access(at("data"), F_OK), -1);
	long_slug[100] = '\0';
	toggle_ok(&s, long_slug, 1);
	state_free(&s);
	free(long_slug);
}

static void
test_query_round_trip(void **state)
{
	/* a query that looks like the header is still a query after line 1 */
	const char *const want[] = {
		"# tekdip searches v1", "second one", "first"
	};
	struct state s, t;
	struct stat sb;
	char *text;

	(void)state;
	load_ok(&s);
	query_ok(&s, "first");
	query_ok(&s, "second one");
	query_ok(&s, "# tekdip searches v1");
	assert_list(&s.queries, want, 3);
	load_ok(&t);
	assert_list(&t.queries, want, 3);
	assert_int_equal(t.bookmarks.n, 0);
	assert_int_equal(t.history.n, 0);
	state_free(&t);

	text = read_file(at("data/tekdip/searches"));
	assert_string_equal(text, "# tekdip searches v1\n# tekdip searches v1\n"
	    "second one\nfirst\n");
	free(text);
	assert_int_equal(stat(at("data/tekdip/searches"), &sb), 0);
	assert_int_equal(sb.st_mode & 07777, 0600);
	assert_int_equal(count_entries(at("data/tekdip")), 2);	/* .lock searches */

	/* and a second load of what the first load wrote back */
	query_ok(&s, "first");
	state_free(&s);
	load_ok(&s);
	load_ok(&t);
	assert_string_equal(t.queries.v[0], "first");
	assert_int_equal(t.queries.n, 3);
	state_free(&t);
	state_free(&s);
}

static void
test_query_order_dedupe_and_cap(void **state)
{
	const char *const first[] = { "c", "b", "a" };
	const char *const moved[] = { "a", "c", "b" };
	const char *const cased[] = { "A", "a", "c", "b" };
	struct state s, t;
	char q[32];

	(void)state;
	load_ok(&s);
	query_ok(&s, "a");
	query_ok(&s, "b");
	query_ok(&s, "c");
	assert_list(&s.queries, first, 3);
	query_ok(&s, "a");
	assert_list(&s.queries, moved, 3);
	query_ok(&s, "  a ");	/* the same once trimmed */
	assert_list(&s.queries, moved, 3);
	query_ok(&s, "A");	/* only an exact repeat is a duplicate */
	assert_list(&s.queries, cased, 4);
	load_ok(&t);
	assert_list(&t.queries, cased, 4);
	state_free(&t);

	for (int i = 0; i < 150; i++) {
		snprintf(q, sizeof q, "query %d", i);
		query_ok(&s, q);
	}
	assert_int_equal(s.queries.n, STATE_MAX_QUERIES);
	assert_string_equal(s.queries.v[0], "query 149");
	assert_string_equal(s.queries.v[99], "query 50");
	load_ok(&t);
	assert_int_equal(t.queries.n, 100);
	assert_string_equal(t.queries.v[0], "query 149");
	assert_string_equal(t.queries.v[99], "query 50");
	state_free(&t);
	/* the history is a list of its own */
	assert_int_equal(s.history.n, 0);
	state_free(&s);
}

static void
test_query_trimmed(void **state)
{
	const char *const want[] = { "x", "hello   world" };
	char q[200];
	struct state s, t;

	(void)state;
	load_ok(&s);
	query_ok(&s, "   hello   world  ");
	query_ok(&s, " x");
	assert_list(&s.queries, want, 2);

	/* the limit is on what is kept: 120 bytes padded with spaces is fine */
	memset(q, ' ', sizeof q);
	memset(q + 10, 'q', STATE_QUERY_MAX);
	q[sizeof q - 1] = '\0';
	query_ok(&s, q);
	assert_int_equal(strlen(s.queries.v[0]), STATE_QUERY_MAX);
	assert_int_equal(strspn(s.queries.v[0], "q"), STATE_QUERY_MAX);

	load_ok(&t);
	assert_int_equal(t.queries.n, 3);
	assert_string_equal(t.queries.v[0], s.queries.v[0]);
	assert_string_equal(t.queries.v[1], "x");
	assert_string_equal(t.queries.v[2], "hello   world");
	state_free(&t);
	state_free(&s);
}

static void
test_query_refused(void **state)
{
	const char *const bad[] = {
		"", " ", "      ",
		"tab\there", "new\nline", "cr\r", "esc\x1b[0m", "del\x7f",
		"c1 \xc2\x85 next line", "c1 \xc2\x9f",
		"\xc3\x28",		/* a lead byte without its continuation */
		"\xc0\xaf",		/* overlong '/' */
		"\xe0\x80\xaf",		/* overlong '/' in three bytes */
		"\xed\xa0\x80",		/* a surrogate, U+D800 */
		"\xed\xbf\xbf",		/* U+DFFF */
		"\xf4\x90\x80\x80",	/* U+110000 */
		"\xf8\x88\x80\x80\x80",	/* five bytes */
		"\x80 lone continuation",
		"cut \xe2\x82",		/* a truncated euro sign */
		"\xff\xfe",
	};
	const char *const kept[] = { "kept" };
	char q[STATE_QUERY_MAX + 2], *err = NULL, *text;
	struct state s;

	(void)state;
	load_ok(&s);
	query_ok(&s, "kept");
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		assert_int_equal(state_add_query(&s, bad[i], &err), -1);
		assert_non_null(err);
		assert_non_null(strstr(err, "cannot remember the search"));
		assert_null(strchr(err, '\n'));
		free(err);
		err = NULL;
		assert_int_equal(state_add_query(&s, bad[i], NULL), -1);
	}
	memset(q, 'a', STATE_QUERY_MAX + 1);
	q[STATE_QUERY_MAX + 1] = '\0';
	assert_int_equal(state_add_query(&s, q, &err), -1);
	assert_non_null(strstr(err, "120"));
	free(err);
	assert_int_equal(state_add_query(&s, NULL, NULL), -1);
	assert_list(&s.queries, kept, 1);
	text = read_file(at("data/tekdip/searches"));
	assert_string_equal(text, "# tekdip searches v1\nkept\n");
	free(text);

	/* the edge: exactly 120 bytes is a query */
	q[STATE_QUERY_MAX] = '\0';
	query_ok(&s, q);
	assert_int_equal(s.queries.n, 2);
	state_free(&s);
}

static void
test_query_unicode(void **state)
{
	/* precomposed: U+1EA1, U+00ED; an emoji of four bytes, U+1F600 */
	const char *const want[] = {
		"\xf0\x9f\x98\x80 smile",
		"Ph\xe1\xba\xa1m Minh Ch\xc3\xadnh",
		"\xef\xbf\xbd \xe2\x82\xac \xc2\xa0 \xf4\x8f\xbf\xbf",
	};
	char q[3 * 41 + 1];
	struct state s, t;

	(void)state;
	assert_string_equal(want[1], "Phạm Minh Chính");
	load_ok(&s);
	query_ok(&s, want[2]);	/* U+FFFD, euro, no-break space, U+10FFFF */
	query_ok(&s, "Phạm Minh Chính");
	query_ok(&s, " \xf0\x9f\x98\x80 smile ");
	assert_list(&s.queries, want, 3);
	load_ok(&t);
	assert_list(&t.queries, want, 3);
	state_free(&t);

	/* the limit counts bytes: forty three-byte characters fit, 41 do not */
	for (int i = 0; i < 41; i++)
		memcpy(q + 3 * i, "\xe1\xba\xa1", 3);
	q[3 * 41] = '\0';
	assert_int_equal(state_add_query(&s, q, NULL), -1);
	q[3 * 40] = '\0';
	query_ok(&s, q);
	assert_int_equal(strlen(s.queries.v[0]), 120);
	state_free(&s);
}

static void
test_query_two_instances_merge(void **state)
{
	const char *const both[] = { "from b", "from a" };
	const char *const again[] = { "from a", "from b" };
	struct state a, b, c;

	(void)state;
	load_ok(&a);
	load_ok(&b);
	query_ok(&a, "from a");
	query_ok(&b, "from b");
	/* each session shows its own searches ... */
	assert_int_equal(a.queries.n, 1);
	assert_int_equal(b.queries.n, 1);
	/* ... and the file holds both */
	load_ok(&c);
	assert_list(&c.queries, both, 2);
	state_free(&c);

	query_ok(&a, "from a");
	load_ok(&c);
	assert_list(&c.queries, again, 2);
	state_free(&c);
	/* a bookmark saved by one instance leaves the other's searches alone */
	toggle_ok(&b, "mark", 1);
	load_ok(&c);
	assert_list(&c.queries, again, 2);
	assert_int_equal(state_is_bookmarked(&c, "mark"), 1);
	state_free(&c);
	state_free(&a);
	state_free(&b);
}

static void
test_query_junk_lines(void **state)
{
	static const char junk[] =
	    "# tekdip searches v1\n"
	    "first\n"
	    "\n"
	    "crlf line\r\n"
	    " leading space\n"
	    "trailing space \n"
	    "tab\there\n"
	    "bin\x01\xff\x80" "ary\n"
	    "nul\0byte\n"
	    "bad \xc3\x28 utf8\n"
	    "overlong \xc0\xaf\n"
	    "surrogate \xed\xa0\x80\n"
	    "c1 \xc2\x85\n"
	    "two\r\r\n"
	    "first\n"
	    "crlf line\r\n"
	    "# a comment is a search like any other\n"
	    "Ph\xe1\xba\xa1m Minh Ch\xc3\xadnh\r\n";
	const char *const want[] = {
		"first", "crlf line", "# a comment is a search like any other",
		"Phạm Minh Chính", "exactly 120", "no newline at end"
	};
	char line[STATE_QUERY_MAX], *text;
	struct state s;

	(void)state;
	make_state_dir();
	/* a 121-byte line is junk, a 120-byte one is not */
	write_junk("searches", junk, sizeof junk - 1, STATE_QUERY_MAX,
	    "exactly 120", line, "no newline at end");

	load_salvaged(&s, "searches");
	assert_int_equal(s.queries.n, 6);
	for (size_t i = 0; i < 6; i++) {
		if (i == 4)
			assert_memory_equal(s.queries.v[i], line, 120);
		else
			assert_string_equal(s.queries.v[i], want[i]);
	}
	assert_int_equal(strlen(s.queries.v[4]), 120);

	/* the next save writes the cleaned list */
	query_ok(&s, "new");
	state_free(&s);
	text = read_file(at("data/tekdip/searches"));
	assert_non_null(strstr(text, "# tekdip searches v1\nnew\nfirst\ncrlf line\n"));
	assert_null(strchr(text, '\r'));
	assert_null(strstr(text, "space"));
	free(text);

	/* a file without the header is not ours: moved aside, lines kept */
	write_file(at("data/tekdip/searches"), "one\ntwo\n", 8);
	load_salvaged(&s, "searches");
	assert_int_equal(s.queries.n, 2);
	assert_string_equal(s.queries.v[0], "one");
	state_free(&s);
	/* and one that is nothing but junk reads as empty */
	write_file(at("data/tekdip/searches"), "\xff\xfe\x00\x01", 4);
	load_salvaged(&s, "searches");
	assert_int_equal(s.queries.n, 0);
	state_free(&s);
}

/* At most 1 MiB is read and 100 searches kept; a cut line is dropped. */
static void
test_query_big_file_is_capped(void **state)
{
	struct state s;

	(void)state;
	make_state_dir();
	write_numbered("searches", "q ", 300);
	load_salvaged(&s, "searches");
	assert_int_equal(s.queries.n, 100);
	assert_string_equal(s.queries.v[0], "q 0");
	assert_string_equal(s.queries.v[99], "q 99");
	state_free(&s);

	/* over-long junk lines up to the limit, then a line cut by it */
	write_cut_file("searches", 'x', 200);
	load_salvaged(&s, "searches");
	assert_int_equal(s.queries.n, 0);
	state_free(&s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_zeroed_state_is_usable, setup, teardown),
		cmocka_unit_test_setup_teardown(test_load_creates_nothing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_toggle_round_trip, setup, teardown),
		cmocka_unit_test_setup_teardown(test_save_leaves_no_temporary_files, setup, teardown),
		cmocka_unit_test_setup_teardown(test_two_instances_merge, setup, teardown),
		cmocka_unit_test_setup_teardown(test_concurrent_processes_merge, setup, teardown),
		cmocka_unit_test_setup_teardown(test_visit_order_and_cap, setup, teardown),
		cmocka_unit_test_setup_teardown(test_xdg_fallback_to_home, setup, teardown),
		cmocka_unit_test_setup_teardown(test_no_home_is_memory_only, setup, teardown),
		cmocka_unit_test_setup_teardown(test_read_only_directory, setup, teardown_caps),
		cmocka_unit_test_setup_teardown(test_directory_is_a_file, setup, teardown),
		cmocka_unit_test_setup_teardown(test_failed_write_leaves_old_file, setup, teardown),
		cmocka_unit_test_setup_teardown(test_junk_contents, setup, teardown),
		cmocka_unit_test_setup_teardown(test_stale_temporary_files_are_removed, setup, teardown),
		cmocka_unit_test_setup_teardown(test_lock_held_elsewhere, setup, teardown),
		cmocka_unit_test_setup_teardown(test_lock_not_a_file, setup, teardown),
		cmocka_unit_test_setup_teardown(test_state_dir_open_to_others, setup, teardown),
		cmocka_unit_test_setup_teardown(test_damaged_copies_are_kept, setup, teardown),
		cmocka_unit_test_setup_teardown(test_repeats_parse_fast, setup, teardown),
		cmocka_unit_test_setup_teardown(test_disk_full_on_write, setup, teardown),
		cmocka_unit_test_setup_teardown(test_io_error_on_fsync, setup, teardown),
		cmocka_unit_test_setup_teardown(test_io_error_on_rename, setup, teardown),
		cmocka_unit_test_setup_teardown(test_big_files_are_capped, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bad_slugs_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(test_query_round_trip, setup, teardown),
		cmocka_unit_test_setup_teardown(test_query_order_dedupe_and_cap, setup, teardown),
		cmocka_unit_test_setup_teardown(test_query_trimmed, setup, teardown),
		cmocka_unit_test_setup_teardown(test_query_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(test_query_unicode, setup, teardown),
		cmocka_unit_test_setup_teardown(test_query_two_instances_merge, setup, teardown),
		cmocka_unit_test_setup_teardown(test_query_junk_lines, setup, teardown),
		cmocka_unit_test_setup_teardown(test_query_big_file_is_capped, setup, teardown),
	};

	/* the modes checked are the ones asked for, not what a umask left */
	umask(022);
	return cmocka_run_group_tests_name("state", tests, NULL, NULL);
}
