/* fuzz_state.c: libFuzzer target for src/state.c: any bytes as a state file, then load, change, save and load again. */
#include "config.h"

#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz.h"
#include "state.h"

static const char *const names[] = { "bookmarks", "history", "searches" };
static char *base, *dir;	/* $XDG_DATA_HOME, and its tekdip/ */

static char *
join(const char *a, const char *b)
{
	size_t n = strlen(a) + strlen(b) + 2;
	char *p = malloc(n);

	if (p == NULL)
		fuzz_fail("state: out of memory");
	snprintf(p, n, "%s/%s", a, b);
	return p;
}

/* Empty the state directory: each input starts from its one file. */
static void
wipe(void)
{
	struct dirent *de;
	DIR *d;

	if ((d = opendir(dir)) == NULL)
		return;
	while ((de = readdir(d)) != NULL)
		if (strcmp(de->d_name, ".") != 0 && strcmp(de->d_name, "..") != 0)
			unlinkat(dirfd(d), de->d_name, 0);
	closedir(d);
}

static void
cleanup(void)
{
	wipe();
	rmdir(dir);
	rmdir(base);
	free(dir);
	free(base);
}

/* Once per process: a fresh $XDG_DATA_HOME under $TMPDIR. */
static void
setup(void)
{
	const char *tmp = getenv("TMPDIR");

	base = join(tmp != NULL && tmp[0] == '/' ? tmp : "/tmp",
	    "tekdip-fuzz-state-XXXXXX");
	if (mkdtemp(base) == NULL)
		fuzz_fail("state: mkdtemp %s: %s", base, strerror(errno));
	dir = join(base, "tekdip");
	if (mkdir(dir, 0700) == -1 || setenv("XDG_DATA_HOME", base, 1) == -1)
		fuzz_fail("state: %s: %s", dir, strerror(errno));
	atexit(cleanup);
}

static int
slug_ok(const char *s)
{
	size_t n = strlen(s);

	if (n == 0 || n > STATE_SLUG_MAX)
		return 0;
	return strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789-") == n;
}

static int
query_ok(const char *s, size_t n)
{
	return n > 0 && n <= STATE_QUERY_MAX && s[0] != ' ' && s[n - 1] != ' ' &&
	    fuzz_clean_text(s, n);
}

/* What a loaded or changed list may hold: valid entries, no duplicates,
 * no more than the file keeps. */
static void
check_list(const struct state_list *l, size_t max, int queries, const char *what)
{
	if (l->n > max || l->n > l->cap)
		fuzz_fail("state: %zu %s, at most %zu", l->n, what, max);
	for (size_t i = 0; i < l->n; i++) {
		if (queries ? !query_ok(l->v[i], strlen(l->v[i])) : !slug_ok(l->v[i]))
			fuzz_fail("state: %s entry %zu is not valid", what, i);
		for (size_t j = 0; j < i; j++)
			if (strcmp(l->v[i], l->v[j]) == 0)
				fuzz_fail("state: %s entry %zu repeats %zu", what, i, j);
	}
}

static void
check_state(const struct state *s)
{
	if (s->dir == NULL || strcmp(s->dir, dir) != 0)
		fuzz_fail("state: directory %s, not %s", s->dir ? s->dir : "NULL", dir);
	check_list(&s->bookmarks, STATE_MAX_BOOKMARKS, 0, "bookmarks");
	check_list(&s->history, STATE_MAX_HISTORY, 0, "history");
	check_list(&s->queries, STATE_MAX_QUERIES, 1, "searches");
}

static void
same_list(const struct state_list *a, const struct state_list *b, const char *what)
{
	if (a->n != b->n)
		fuzz_fail("state: %zu %s in memory, %zu on disk", a->n, what, b->n);
	for (size_t i = 0; i < a->n; i++)
		if (strcmp(a->v[i], b->v[i]) != 0)
			fuzz_fail("state: %s entry %zu differs on disk", what, i);
}

/* A refusal needs a reason; success needs none. */
static void
check_err(int rc, char *err, const char *call)
{
	if (rc != 0 && rc != -1)
		fuzz_fail("%s: returned %d", call, rc);
	if ((rc == -1) != (err != NULL))
		fuzz_fail("%s: returned %d with%s a reason", call, rc, err ? "" : "out");
	if (err != NULL && strchr(err, '\n') != NULL)
		fuzz_fail("%s: a reason of more than one line", call);
	free(err);
}

static void
write_file(const char *name, const uint8_t *data, size_t size)
{
	char *path = join(dir, name);
	FILE *fp = fopen(path, "wb");

	if (fp == NULL || (size > 0 && fwrite(data, 1, size, fp) != size) ||
	    fclose(fp) == EOF)
		fuzz_fail("state: cannot write %s", path);
	free(path);
}

static void
bookmark(struct state *s, const char *slug)
{
	char *err = NULL;
	int before = state_is_bookmarked(s, slug), marked = -1, rc;
	size_t n = s->bookmarks.n;

	rc = state_toggle_bookmark(s, slug, &marked, &err);
	check_err(rc, err, "state_toggle_bookmark");
	if (marked != state_is_bookmarked(s, slug))
		fuzz_fail("state_toggle_bookmark: *marked is %d", marked);
	if (!slug_ok(slug)) {
		if (rc != -1 || s->bookmarks.n != n)
			fuzz_fail("state_toggle_bookmark: took a bad slug");
	} else if (before || n < STATE_MAX_BOOKMARKS) {
		if (rc != 0 || marked == before)
			fuzz_fail("state_toggle_bookmark: rc %d, marked %d then %d",
			    rc, before, marked);
	} else if (rc != -1 || marked)
		fuzz_fail("state_toggle_bookmark: added past the limit");
}

static void
visit(struct state *s, const char *slug)
{
	char *err = NULL;
	int rc = state_visit(s, slug, &err);

	check_err(rc, err, "state_visit");
	if (slug_ok(slug) != (rc == 0))
		fuzz_fail("state_visit: rc %d for a %s slug", rc,
		    slug_ok(slug) ? "good" : "bad");
	if (rc == 0 && strcmp(s->history.v[0], slug) != 0)
		fuzz_fail("state_visit: not first in the history");
}

static void
remember(struct state *s, const char *q)
{
	char *err = NULL;
	size_t n;
	int rc = state_add_query(s, q, &err);

	check_err(rc, err, "state_add_query");
	while (*q == ' ')
		q++;
	for (n = strlen(q); n > 0 && q[n - 1] == ' '; n--)
		continue;
	if (query_ok(q, n) != (rc == 0))
		fuzz_fail("state_add_query: rc %d for a %s query", rc,
		    query_ok(q, n) ? "good" : "bad");
	if (rc == 0 && (strncmp(s->queries.v[0], q, n) != 0 ||
	    s->queries.v[0][n] != '\0'))
		fuzz_fail("state_add_query: not first in the searches");
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct state s, again;
	const char *end = (const char *)data + size, *arg, *nl;
	char *err = NULL, *own = NULL;
	size_t skip = size > 0 ? 1 : 0;
	int rc;

	if (dir == NULL)
		setup();
	wipe();
	write_file(names[size > 0 ? data[0] % 3 : 0], data + skip, size - skip);

	rc = state_load(&s, &err);
	check_err(rc, err, "state_load");
	check_state(&s);

	/* The changes take the file's last line, or good values. */
	if (size > 0 && data[0] / 3 % 2 == 1) {
		arg = (const char *)data + skip;
		for (nl = end; nl > arg; nl--) {
			if (nl[-1] == '\n') {
				arg = nl;
				break;
			}
		}
		own = strndup(arg, (size_t)(end - arg));
		if (own == NULL)
			fuzz_fail("state: out of memory");
		bookmark(&s, own);
		visit(&s, own);
		remember(&s, own);
	} else {
		bookmark(&s, "korea-selatan");
		visit(&s, "pham-minh-chinh");
		remember(&s, "  pham minh  ");
	}
	check_state(&s);

	/* What was saved is what this session holds: one writer, no losses. */
	rc = state_load(&again, &err);
	check_err(rc, err, "state_load again");
	check_state(&again);
	same_list(&s.bookmarks, &again.bookmarks, "bookmarks");
	same_list(&s.history, &again.history, "history");
	same_list(&s.queries, &again.queries, "searches");
	state_free(&again);
	state_free(&s);
	state_free(&s);		/* documented as safe on a freed state */
	free(own);
	return 0;
}
