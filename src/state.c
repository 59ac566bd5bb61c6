/* state.c: the bookmarks, history and searches files, read leniently and replaced atomically under a lock. */
#include "config.h"

#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE		/* mkstemp(3) is not C11 */
#endif

#include <sys/types.h>
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "i18n.h"
#include "buf.h"
#include "state.h"
#include "state_fs.h"
#include "strset.h"
#include "text.h"
#include "vec.h"

#define STATE_MAX_FILE (1024 * 1024)	/* a damaged file costs at most this */

#define STATE_STR_(x) #x
#define STATE_STR(x) STATE_STR_(x)

enum op {
	OP_ADD,			/* append unless present */
	OP_REMOVE,
	OP_VISIT,		/* move or insert to the front */
	OP_CLEAR,
	OP_EARLIER,		/* swap with the entry before it */
	OP_LATER,		/* swap with the entry after it */
};

/* One of the files: the most entries it keeps (a read, an add and a visit
 * all stop there), which lines are entries, and its list in struct state. */
struct file {
	const char *name;
	size_t max;
	int (*valid)(const char *s, size_t len);
	size_t member;		/* offsetof(struct state, ...) */
};

static int fail(char **err, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Always -1.  Sets *err unless err is NULL or already holds the first
 * reason; control bytes (from odd paths) become '?' to keep it one line. */
static int
fail(char **err, const char *fmt, ...)
{
	va_list ap, aq;
	int n;

	if (err == NULL || *err != NULL)
		return -1;
	va_start(ap, fmt);
	va_copy(aq, ap);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n >= 0 && (*err = malloc((size_t)n + 1)) != NULL) {
		vsnprintf(*err, (size_t)n + 1, fmt, aq);
		for (char *p = *err; *p; p++)
			if ((unsigned char)*p < 0x20 || *p == 0x7f)
				*p = '?';
	}
	va_end(aq);
	return -1;
}

static int
slug_valid(const char *s, size_t len)
{
	if (len == 0 || len > STATE_SLUG_MAX)
		return 0;
	for (size_t i = 0; i < len; i++) {
		if ((s[i] < 'a' || s[i] > 'z') && (s[i] < '0' || s[i] > '9') &&
		    s[i] != '-')
			return 0;
	}
	return 1;
}

/* strnlen: an unterminated or huge argument is read no further than needed. */
static int
slug_ok(const char *slug)
{
	return slug != NULL && slug_valid(slug, strnlen(slug, STATE_SLUG_MAX + 1));
}

/* NULL when s[0..len) is a query as stored: 1..STATE_QUERY_MAX bytes of
 * UTF-8 with no C0 or C1 control or DEL, no space at either end (the caller
 * trims); else why not. */
static const char *
query_why(const char *s, size_t len)
{
	unsigned long cp;
	size_t n;

	if (len == 0)
		return "it is empty";
	if (len > STATE_QUERY_MAX)
		return "it is longer than " STATE_STR(STATE_QUERY_MAX) " bytes";
	if (s[0] == ' ' || s[len - 1] == ' ')
		return "it has spaces at the ends";
	for (size_t i = 0; i < len; i += n) {
		if ((n = text_decode(s + i, len - i, &cp)) == 0)
			return "it is not valid UTF-8";
		if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f))
			return "it has a control character";
	}
	return NULL;
}

static int
query_valid(const char *s, size_t len)
{
	return query_why(s, len) == NULL;
}

enum { BOOKMARKS, HISTORY, QUERIES, NFILES };

static const struct file files[NFILES] = {
	[BOOKMARKS] = { "bookmarks", STATE_MAX_BOOKMARKS, slug_valid,
	    offsetof(struct state, bookmarks) },
	[HISTORY] = { "history", STATE_MAX_HISTORY, slug_valid,
	    offsetof(struct state, history) },
	[QUERIES] = { "searches", STATE_MAX_QUERIES, query_valid,
	    offsetof(struct state, queries) },
};

static struct state_list *
list_of(struct state *s, const struct file *f)
{
	return (struct state_list *)(void *)((char *)s + f->member);
}

static char *
path_join(const char *dir, const char *name)
{
	struct buf b = BUF_INIT;

	buf_printf(&b, "%s/%s", dir, name);
	return buf_finish(&b);
}

/* The index of the entry s[0..len), or l->n when absent. */
static size_t
list_find(const struct state_list *l, const char *s, size_t len)
{
	for (size_t i = 0; i < l->n; i++) {
		if (strncmp(l->v[i], s, len) == 0 && l->v[i][len] == '\0')
			return i;
	}
	return l->n;
}

static int
list_insert(struct state_list *l, size_t at, const char *s, size_t len)
{
	char **v, *copy;

	if ((v = vec_reserve(l->v, &l->cap, l->n + 1, sizeof *v)) == NULL)
		return -1;
	l->v = v;
	if ((copy = malloc(len + 1)) == NULL)
		return -1;
	memcpy(copy, s, len);
	copy[len] = '\0';
	memmove(l->v + at + 1, l->v + at, (l->n - at) * sizeof *l->v);
	l->v[at] = copy;
	l->n++;
	return 0;
}

static void
list_remove(struct state_list *l, size_t at)
{
	free(l->v[at]);
	memmove(l->v + at, l->v + at + 1, (l->n - at - 1) * sizeof *l->v);
	l->n--;
}

static void
list_free(struct state_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = l->cap = 0;
}

/* Moving needs no allocation, so a visit to a known entry cannot fail;
 * the oldest drop off the end past max.  0 or an errno. */
static int
list_visit(struct state_list *l, const char *s, size_t len, size_t max)
{
	size_t at = list_find(l, s, len);
	char *moved;

	if (at < l->n) {
		moved = l->v[at];
		memmove(l->v + 1, l->v, at * sizeof *l->v);
		l->v[0] = moved;
		return 0;
	}
	if (list_insert(l, 0, s, len) == -1)
		return ENOMEM;
	while (l->n > max)
		list_remove(l, l->n - 1);
	return 0;
}

/* Entry `at` changes places with its neighbour `dir` away; at an end, or
 * absent (at == l->n), nothing moves: another instance may have moved it. */
static void
list_swap(struct state_list *l, size_t at, int dir)
{
	size_t to = at + (size_t)dir;
	char *t;

	if (at >= l->n || (dir < 0 && at == 0) || to >= l->n)
		return;
	t = l->v[at];
	l->v[at] = l->v[to];
	l->v[to] = t;
}

/* Make one change to f's list l: 0, or an errno saying why it cannot be
 * made (ENOSPC: an add to a full list).  Adding what is there, or removing
 * what is not, changes nothing: the file may already hold another
 * instance's identical change. */
static int
apply(struct state_list *l, const struct file *f, enum op op, const char *s,
    size_t len)
{
	size_t at;

	if (op == OP_CLEAR) {
		list_free(l);
		return 0;
	}
	at = list_find(l, s, len);
	switch (op) {
	case OP_ADD:
		if (at < l->n)
			return 0;
		if (l->n >= f->max)
			return ENOSPC;
		return list_insert(l, l->n, s, len) == -1 ? ENOMEM : 0;
	case OP_REMOVE:
		if (at < l->n)
			list_remove(l, at);
		return 0;
	case OP_VISIT:
		return list_visit(l, s, len, f->max);
	case OP_EARLIER:
	case OP_LATER:
		list_swap(l, at, op == OP_EARLIER ? -1 : 1);
		return 0;
	case OP_CLEAR:
		break;
	}
	return 0;
}

/* Always -1: "cannot VERB NAME: " and apply's reason e. */
static int
apply_fail(char **err, const char *verb, const struct file *f, int e)
{
	if (e == ENOSPC)
		return fail(err, _("cannot %s %s: no more than %zu %s can be kept"),
		    verb, f->name, f->max, f->name);
	return fail(err, _("cannot %s %s: %s"), verb, f->name, strerror(e));
}

/* The entries seen by a parse, hashed: a file of 999 entries repeated to
 * the size cap would cost a scan of the list a line, seconds. */
struct seen {
	size_t *slot;		/* index + 1 in the list; 0 is empty */
	size_t mask;
};

/* 1 when p[0..n) is in l already; else it will be l->v[l->n], noted. */
static int
seen_check(struct seen *t, const struct state_list *l, const char *p, size_t n)
{
	size_t i = strset_hash(p, n) & t->mask;

	for (; t->slot[i] != 0; i = (i + 1) & t->mask) {
		const char *e = l->v[t->slot[i] - 1];

		if (strncmp(e, p, n) == 0 && e[n] == '\0')
			return 1;
	}
	t->slot[i] = l->n + 1;
	return 0;
}

/*
 * Every line that is a valid entry of f, once, up to f->max of them.  The
 * first line is the header when it starts "# tekdip ".  Anything else that
 * is not an entry -- blank lines, binary junk, over-long lines, a CR from
 * an editor -- is skipped, so a damaged file loses only its damaged lines.
 * l is empty.
 */
static int
list_parse(struct state_list *l, const struct file *f, const char *p,
    size_t len)
{
	static const char header[] = "# tekdip ";
	struct seen t = { NULL, 0 };
	const char *end, *nl;
	size_t n;
	int rc = 0;

	if (len == STATE_MAX_FILE) {
		/* cut short: the last line may be the prefix of a longer entry */
		while (len > 0 && p[len - 1] != '\n')
			len--;
	}
	if (len == 0)
		return 0;
	for (t.mask = 1; t.mask < 2 * f->max; t.mask <<= 1)
		continue;
	if ((t.slot = calloc(t.mask, sizeof *t.slot)) == NULL)
		return -1;
	t.mask--;
	end = p + len;
	if (len >= sizeof header - 1 &&
	    memcmp(p, header, sizeof header - 1) == 0) {
		nl = memchr(p, '\n', len);
		p = nl ? nl + 1 : end;
	}
	for (; p < end && l->n < f->max; p = nl ? nl + 1 : end) {
		nl = memchr(p, '\n', (size_t)(end - p));
		n = (size_t)((nl ? nl : end) - p);
		if (n > 0 && p[n - 1] == '\r')
			n--;
		if (!f->valid(p, n) || seen_check(&t, l, p, n))
			continue;
		if ((rc = list_insert(l, l->n, p, n)) == -1)
			break;
	}
	free(t.slot);
	return rc;
}

/* The entries of f in path into *l, nothing when there is no file: 0, or
 * -1 with *why. */
static int
list_read(const char *path, const struct file *f, struct state_list *l,
    const char **why, int *damaged)
{
	static const char header[] = "# tekdip ";
	struct buf b = BUF_INIT;
	int rc = state_read_capped(path, STATE_MAX_FILE, &b, why);

	/* ours always start with the header, hold no NUL and stay small */
	if (damaged != NULL)
		*damaged = rc == 0 && b.len > 0 && (b.len < sizeof header - 1 ||
		    memcmp(b.data, header, sizeof header - 1) != 0 ||
		    memchr(b.data, '\0', b.len) != NULL || b.len == STATE_MAX_FILE);
	if (rc == 0 && list_parse(l, f, b.data, b.len) == -1) {
		*why = strerror(ENOMEM);
		rc = -1;
	}
	buf_free(&b);
	return rc == -1 ? -1 : 0;
}

static char *
list_text(const struct file *f, const struct state_list *l, size_t *len)
{
	struct buf b = BUF_INIT;

	buf_printf(&b, "# tekdip %s v1\n", f->name);
	for (size_t i = 0; i < l->n; i++) {
		buf_adds(&b, l->v[i]);
		buf_addc(&b, '\n');
	}
	*len = b.len;
	return buf_finish(&b);
}

/* The temporary file of the save under way, for a fatal signal's handler
 * to remove (state_remove_temp); empty when there is none. */
static char temp_now[4096];

void
state_remove_temp(void)
{
	if (temp_now[0] != '\0')
		unlink(temp_now);
}

/* The directory part of path ("." when it has none) and the rest. */
static char *
dir_of(const char *path, const char **base)
{
	const char *slash = strrchr(path, '/');
	struct buf b = BUF_INIT;

	*base = slash ? slash + 1 : path;
	if (slash == NULL)
		buf_addc(&b, '.');
	else
		buf_add(&b, path, slash == path ? 1 : (size_t)(slash - path));
	return buf_finish(&b);
}

/* Without replacing: link(2) fails on an existing name, where a rename
 * would replace it.  A file system with no hard links has the check just
 * before the rename instead. */
static int
put_in_place(const char *tmp, const char *path, int replace)
{
	struct stat sb;

	if (replace)
		return rename(tmp, path);
	if (link(tmp, path) == 0) {
		unlink(tmp);
		return 0;
	}
	if (errno == EEXIST)
		return -1;
	if (lstat(path, &sb) == 0) {
		errno = EEXIST;
		return -1;
	}
	return rename(tmp, path);
}

/* A file to share, made as the shell would make it, not mkstemp's
 * owner-only; -1 with fd closed. */
static int
share(int fd)
{
	mode_t mask = umask(0);
	int e;

	umask(mask);
	if (fchmod(fd, 0666 & ~mask) == 0)
		return 0;
	e = errno;
	close(fd);
	errno = e;
	return -1;
}

/* Where a save failed, errno saying why: making the temporary file's
 * name, the file itself, writing it and putting it in place, making
 * that durable. */
enum save_stage { SAVED, SAVE_MEMORY, SAVE_TEMP, SAVE_WRITE, SAVE_SYNC };

/* Replace `path` (dir/base; without replacing unless `replace`) by a
 * rename, so a reader or a crash sees the old file or the new one, never
 * a mix; the temporary file never outlives a failure.  `shared`: the
 * umask's mode, not the owner's only. */
static enum save_stage
save_atomic(const char *dir, const char *base, const char *path, const char *text,
    size_t len, int shared, int replace)
{
	struct buf b = BUF_INIT;
	enum save_stage stage = SAVED;
	char *tmp;
	int fd, e = 0;

	buf_printf(&b, "%s/.%s" STATE_TEMP_MARK "XXXXXX", dir, base);
	if ((tmp = buf_finish(&b)) == NULL) {
		errno = ENOMEM;
		return SAVE_MEMORY;
	}
	if ((fd = mkstemp(tmp)) == -1) {
		stage = SAVE_TEMP;
		e = errno;
	} else {
		if (strlen(tmp) < sizeof temp_now)
			memcpy(temp_now, tmp, strlen(tmp) + 1);
		if ((shared && share(fd) == -1) || state_write_fd(fd, text, len) == -1 ||
		    put_in_place(tmp, path, replace) == -1) {
			stage = SAVE_WRITE;
			e = errno;
			unlink(tmp);
		} else if (state_sync_dir(dir) == -1) {
			stage = SAVE_SYNC;
			e = errno;
		}
		temp_now[0] = '\0';
	}
	free(tmp);
	errno = e;
	return stage;
}

/* dir/name, the state's own: owner-only, replaced. */
static int
write_named(const char *dir, const char *name, const char *text, size_t len, char **err)
{
	char *path = path_join(dir, name);
	enum save_stage stage = path ? save_atomic(dir, name, path, text, len, 0, 1) : SAVE_MEMORY;

	if (stage == SAVE_MEMORY)
		fail(err, _("cannot save %s: %s"), name, strerror(ENOMEM));
	else if (stage != SAVED)
		fail(err, _("cannot save %s: %s: %s"), name, stage == SAVE_WRITE ? path : dir,
		    strerror(errno));
	free(path);
	return stage == SAVED ? 0 : -1;
}

int
state_write_path(const char *path, const char *text, size_t len, int replace)
{
	const char *base;
	char *dir = dir_of(path, &base);
	int rc = -1, e;

	if (dir == NULL)
		errno = ENOMEM;
	else if (*base == '\0')
		errno = EISDIR;
	else if (save_atomic(dir, base, path, text, len, 1, replace) == SAVED)
		rc = 0;
	e = errno;
	free(dir);
	errno = e;
	return rc;
}

static int
write_list(const char *dir, const struct file *f, const struct state_list *l,
    char **err)
{
	char *text;
	size_t len;
	int rc;

	state_remove_stale(dir, f->name);
	if ((text = list_text(f, l, &len)) == NULL)
		return fail(err, _("cannot save %s: %s"), f->name, strerror(ENOMEM));
	rc = write_named(dir, f->name, text, len, err);
	free(text);
	return rc;
}

int
state_write_file(const struct state *s, const char *name, const char *text, size_t len,
    char **err)
{
	char *dir;
	int rc;

	if (s->dir == NULL)
		return fail(err, _("cannot save %s: no state directory this session"), name);
	if ((dir = strdup(s->dir)) == NULL)
		return fail(err, _("cannot save %s: %s"), name, strerror(ENOMEM));
	if (state_make_dirs(dir) == -1)
		rc = fail(err, _("cannot save %s: %s: %s"), name, s->dir, strerror(errno));
	else
		rc = write_named(s->dir, name, text, len, err);
	free(dir);
	return rc;
}

/* Always -1, or -2 when the lock is held elsewhere or the wait for it was
 * cut short by a signal: the session then stops saving (see change()). */
static int
lock_fail(char **err, const struct file *f, const char *lock)
{
	int e = errno;

	if (e != EWOULDBLOCK && e != EINTR)
		return fail(err, _("cannot save %s: %s: %s"), f->name, lock, strerror(e));
	fail(err, _("bookmarks, history and searches are not saved this "
	    "session: another program holds %s"), lock);
	return -2;
}

/* Apply one change to the file on disk, holding the lock from the read to
 * the rename so that no other instance's change is lost in between. */
static int
save(const char *dir, const struct file *f, enum op op, const char *s,
    size_t len, char **err)
{
	struct state_list disk = { NULL, 0, 0 };
	char *mkdir_path, *lock = NULL, *path = NULL;
	const char *why;
	int fd = -1, rc = -1, e;

	if ((mkdir_path = strdup(dir)) == NULL ||
	    (lock = path_join(dir, ".lock")) == NULL ||
	    (path = path_join(dir, f->name)) == NULL)
		fail(err, _("cannot save %s: %s"), f->name, strerror(ENOMEM));
	else if (state_make_dirs(mkdir_path) == -1)
		fail(err, _("cannot save %s: %s: %s"), f->name, mkdir_path,
		    strerror(errno));
	else if ((fd = state_lock_file(lock)) == -1)
		rc = lock_fail(err, f, lock);
	else if (list_read(path, f, &disk, &why, NULL) == -1)
		fail(err, _("cannot save %s: %s: %s"), f->name, path, why);
	else if ((e = apply(&disk, f, op, s, len)) != 0)
		apply_fail(err, _("save"), f, e);
	else
		rc = write_list(dir, f, &disk, err);
	if (fd != -1)
		close(fd);	/* releases the lock */
	list_free(&disk);
	free(mkdir_path);
	free(lock);
	free(path);
	return rc;
}

/*
 * Memory first: it is what this session shows, and it keeps the change
 * even when the save fails.  It does not take in other instances' changes
 * from the file, since that would also drop this session's unsaved ones.
 */
static int
change_in(struct state *s, const struct file *f, struct state_list *l, enum op op,
    const char *item, size_t len, char **err)
{
	int e;

	if ((e = apply(l, f, op, item, len)) != 0)
		return apply_fail(err, _("change"), f, e);
	if (s->dir == NULL)
		return 0;
	if ((e = save(s->dir, f, op, item, len, err)) != -2)
		return e;
	/* one wait and one notice a session, not one at every visit */
	free(s->dir);
	s->dir = NULL;
	return -1;
}

static int
change(struct state *s, const struct file *f, enum op op, const char *item,
    size_t len, char **err)
{
	return change_in(s, f, list_of(s, f), op, item, len, err);
}

/* $XDG_DATA_HOME/tekdip, or $HOME/.local/share/tekdip when XDG_DATA_HOME is
 * unset, empty or relative (the spec says to ignore a relative one).  A
 * relative HOME is refused too: it would move with the working directory. */
static int
find_dir(char **dir, char **err)
{
	const char *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
	const char *base, *rest;
	struct buf b = BUF_INIT;
	size_t len;

	if (xdg != NULL && xdg[0] == '/') {
		base = xdg;
		rest = "tekdip";
	} else if (home != NULL && home[0] == '/') {
		base = home;
		rest = ".local/share/tekdip";
	} else {
		return fail(err, _("HOME is not set or not absolute: bookmarks, "
		    "history and searches will be forgotten on exit"));
	}
	for (len = strlen(base); len > 0 && base[len - 1] == '/'; len--)
		continue;
	buf_add(&b, base, len);
	buf_addc(&b, '/');
	buf_adds(&b, rest);
	if ((*dir = buf_finish(&b)) == NULL)
		return fail(err, _("cannot find the state directory: %s"),
		    strerror(ENOMEM));
	return 0;
}

/* NAME.damaged.N: the copies of damaged files, never overwritten. */
#define DAMAGED_MAX 9

static char *
damaged_name(const char *path, int i)
{
	struct buf b = BUF_INIT;

	buf_printf(&b, "%s.damaged.%d", path, i);
	return buf_finish(&b);
}

/* A damaged file is kept as NAME.damaged.N for the user to look at -- a
 * hard link, so it costs no space on a full disk and the file itself is
 * untouched until the clean copy replaces it -- and what could be read of
 * it is written back clean, under the lock.  A file already kept (the
 * rewrite failed last time) is not kept twice; with DAMAGED_MAX copies
 * kept, the file is left as it is. */
static int
move_aside(const char *dir, const char *path, const struct file *f,
    const struct state_list *l, char **err)
{
	char *lock = path_join(dir, ".lock"), *aside = NULL;
	struct stat sp, sa;
	int fd = -1, rc = -1, i = 0, e = 0;

	if (lock == NULL || (fd = state_lock_file(lock)) == -1 || stat(path, &sp) == -1) {
		fail(err, _("%s is damaged and cannot be moved aside: %s"), path,
		    strerror(lock == NULL ? ENOMEM : errno));
		goto out;
	}
	for (i = 1; i <= DAMAGED_MAX; i++) {
		free(aside);
		if ((aside = damaged_name(path, i)) == NULL) {
			e = ENOMEM;
			break;
		}
		if (stat(aside, &sa) == 0 && sa.st_dev == sp.st_dev && sa.st_ino == sp.st_ino)
			break;	/* kept already */
		if (link(path, aside) == 0)
			break;
		if ((e = errno) != EEXIST)
			break;
		e = 0;
	}
	if (e != 0)
		fail(err, _("%s is damaged and cannot be moved aside: %s"), path, strerror(e));
	else if (i > DAMAGED_MAX)
		fail(err, _("%s is damaged and %d damaged copies are kept already: "
		    "it is read as it is until they are removed"), path, DAMAGED_MAX);
	else if (write_list(dir, f, l, err) == 0)
		rc = fail(err, _("%s was damaged: %zu entries kept, the old file is %s"),
		    path, l->n, aside);
out:
	if (fd != -1)
		close(fd);
	free(lock);
	free(aside);
	return rc;
}

/* A session that finds a damaged copy kept says so (once: the first
 * reason is the one kept): -1 then, else 0. */
static int
note_damaged(const char *path, char **err)
{
	struct stat sb;

	for (int i = 1; i <= DAMAGED_MAX; i++) {
		char *aside = damaged_name(path, i);
		int found = aside != NULL && stat(aside, &sb) == 0;

		if (found)
			fail(err, _("a damaged copy of your file is kept in %s: "
			    "look at it, then remove it"), aside);
		free(aside);
		if (found)
			return -1;
	}
	return 0;
}

static int
load_file(const char *dir, const struct file *f, struct state_list *l,
    char **err)
{
	char *path;
	const char *why;
	int rc, damaged = 0;

	if ((path = path_join(dir, f->name)) == NULL)
		return fail(err, _("cannot read %s: %s"), f->name, strerror(ENOMEM));
	if ((rc = list_read(path, f, l, &why, &damaged)) == -1)
		fail(err, _("cannot read %s: %s: %s"), f->name, path, why);
	else if (damaged)
		rc = move_aside(dir, path, f, l, err);
	else
		rc = note_damaged(path, err);
	free(path);
	return rc;
}

/* The directory, wherever a link takes it, must be the user's and closed
 * to others: bookmarks written where another user can replace them, or a
 * link planted to make tekdip write elsewhere, are refused, and the
 * session goes on unsaved.  A directory not made yet is made at the first
 * save, 0700. */
static int
check_dir(struct state *s, char **err)
{
	struct stat sb;

	if (stat(s->dir, &sb) == -1 || !S_ISDIR(sb.st_mode))
		return 0;	/* the first save says what is wrong */
	if (sb.st_uid == geteuid() && !(sb.st_mode & S_IWOTH))
		return 0;
	fail(err, _("%s is not yours alone (another owner, or writable by "
	    "others): bookmarks, history and searches are not saved this session"),
	    s->dir);
	free(s->dir);
	s->dir = NULL;
	return -1;
}

int
state_load(struct state *s, char **err)
{
	int rc = 0;

	memset(s, 0, sizeof *s);
	if (err != NULL)
		*err = NULL;
	if (find_dir(&s->dir, err) == -1 || check_dir(s, err) == -1)
		return -1;
	for (size_t i = 0; i < NFILES; i++) {
		if (load_file(s->dir, &files[i], list_of(s, &files[i]), err) == -1)
			rc = -1;
	}
	return rc;
}

void
state_free(struct state *s)
{
	for (size_t i = 0; i < NFILES; i++)
		list_free(list_of(s, &files[i]));
	free(s->dir);
	s->dir = NULL;
}

int
state_is_bookmarked(const struct state *s, const char *slug)
{
	return slug != NULL &&
	    list_find(&s->bookmarks, slug, strlen(slug)) < s->bookmarks.n;
}

int
state_toggle_bookmark(struct state *s, const char *slug, int *marked, char **err)
{
	enum op op = state_is_bookmarked(s, slug) ? OP_REMOVE : OP_ADD;
	int rc;

	if (err != NULL)
		*err = NULL;
	if (!slug_ok(slug))
		rc = fail(err, _("cannot bookmark: not a concept name"));
	else
		rc = change(s, &files[BOOKMARKS], op, slug, strlen(slug), err);
	if (marked != NULL)
		*marked = state_is_bookmarked(s, slug);
	return rc;
}

int
state_visit(struct state *s, const char *slug, char **err)
{
	if (err != NULL)
		*err = NULL;
	if (!slug_ok(slug))
		return fail(err, _("cannot record the visit: not a concept name"));
	return change(s, &files[HISTORY], OP_VISIT, slug, strlen(slug), err);
}

int
state_clear_history(struct state *s, char **err)
{
	if (err != NULL)
		*err = NULL;
	return change(s, &files[HISTORY], OP_CLEAR, NULL, 0, err);
}

int
state_add_query(struct state *s, const char *query, char **err)
{
	const char *why;
	size_t len;

	if (err != NULL)
		*err = NULL;
	if (query == NULL)
		return fail(err, _("cannot remember the search: there is none"));
	while (*query == ' ')
		query++;
	for (len = strlen(query); len > 0 && query[len - 1] == ' '; len--)
		continue;
	if ((why = query_why(query, len)) != NULL)
		return fail(err, _("cannot remember the search: %s"), why);
	return change(s, &files[QUERIES], OP_VISIT, query, len, err);
}

/* The lists other modules keep (the basket): slugs, like the bookmarks. */
static const enum op ops[] = {
	[STATE_ADD] = OP_ADD, [STATE_REMOVE] = OP_REMOVE, [STATE_EARLIER] = OP_EARLIER,
	[STATE_LATER] = OP_LATER, [STATE_CLEAR] = OP_CLEAR,
};

int
state_slugs_load(const struct state *s, const char *name, size_t max, struct state_list *l,
    char **err)
{
	const struct file f = { name, max, slug_valid, 0 };

	memset(l, 0, sizeof *l);
	if (err != NULL)
		*err = NULL;
	return s->dir == NULL ? 0 : load_file(s->dir, &f, l, err);
}

int
state_slugs_change(struct state *s, const char *name, size_t max, struct state_list *l,
    enum state_op op, const char *slug, char **err)
{
	const struct file f = { name, max, slug_valid, 0 };

	if (err != NULL)
		*err = NULL;
	if (op != STATE_CLEAR && !slug_ok(slug))
		return fail(err, _("cannot change %s: not a concept name"), name);
	return change_in(s, &f, l, ops[op], slug, slug ? strlen(slug) : 0, err);
}

void
state_list_free(struct state_list *l)
{
	list_free(l);
}
