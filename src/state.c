/* state.c: the bookmarks, history and searches files, read leniently and replaced atomically under a lock. */
#include "config.h"

#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE		/* flock(2), fsync(2), mkstemp(3) are not C11 */
#endif

#include <sys/types.h>
#include <sys/file.h>
#include <sys/stat.h>

#include <dirent.h>
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

#define STATE_MAX_FILE (1024 * 1024)	/* a damaged file costs at most this */

#define STATE_STR_(x) #x
#define STATE_STR(x) STATE_STR_(x)

enum op {
	OP_ADD,			/* append unless present */
	OP_REMOVE,
	OP_VISIT,		/* move or insert to the front */
	OP_CLEAR,
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

/* The code point at s[0..len) into *cp and its length, or 0 when the bytes
 * are not UTF-8: a bad lead or continuation byte, a truncated sequence, an
 * overlong form, a surrogate or anything past U+10FFFF. */
static size_t
utf8_decode(const unsigned char *s, size_t len, unsigned long *cp)
{
	unsigned long c = s[0], min;
	size_t n;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xc0 && c <= 0xdf) {
		n = 2;
		c &= 0x1f;
		min = 0x80;
	} else if (c >= 0xe0 && c <= 0xef) {
		n = 3;
		c &= 0x0f;
		min = 0x800;
	} else if (c >= 0xf0 && c <= 0xf7) {
		n = 4;
		c &= 0x07;
		min = 0x10000;
	} else {
		return 0;	/* a continuation byte, or 0xf8 and up */
	}
	if (n > len)
		return 0;
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = c << 6 | (s[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return n;
}

/* NULL when s[0..len) is a query as stored: 1..STATE_QUERY_MAX bytes of
 * UTF-8 with no C0 or C1 control or DEL, no space at either end (the caller
 * trims); else why not. */
static const char *
query_why(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned long cp;
	size_t n;

	if (len == 0)
		return "it is empty";
	if (len > STATE_QUERY_MAX)
		return "it is longer than " STATE_STR(STATE_QUERY_MAX) " bytes";
	if (s[0] == ' ' || s[len - 1] == ' ')
		return "it has spaces at the ends";
	for (size_t i = 0; i < len; i += n) {
		if ((n = utf8_decode(u + i, len - i, &cp)) == 0)
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
	size_t cap;

	if (l->n == l->cap) {
		cap = l->cap ? l->cap * 2 : 16;
		if ((v = realloc(l->v, cap * sizeof *v)) == NULL)
			return -1;
		l->v = v;
		l->cap = cap;
	}
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

/*
 * Every line that is a valid entry of f, once, up to f->max of them.  The
 * first line is the header when it starts "# tekdip ".  Anything else that
 * is not an entry -- blank lines, binary junk, over-long lines, a CR from
 * an editor -- is skipped, so a damaged file loses only its damaged lines.
 */
static int
list_parse(struct state_list *l, const struct file *f, const char *p,
    size_t len)
{
	static const char header[] = "# tekdip ";
	const char *end, *nl;
	size_t n;

	if (len == STATE_MAX_FILE) {
		/* cut short: the last line may be the prefix of a longer entry */
		while (len > 0 && p[len - 1] != '\n')
			len--;
	}
	if (len == 0)
		return 0;
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
		if (!f->valid(p, n) || list_find(l, p, n) < l->n)
			continue;
		if (list_insert(l, l->n, p, n) == -1)
			return -1;
	}
	return 0;
}

/* At most STATE_MAX_FILE bytes of path into b: 0, 1 when there is no such
 * file, or -1 with *why set. */
static int
read_capped(const char *path, struct buf *b, const char **why)
{
	char chunk[8192];
	struct stat sb;
	size_t want;
	ssize_t n = 0;
	int fd, e;

	/* O_NONBLOCK: a FIFO in place of the file must not hang the browser */
	if ((fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)) == -1) {
		/* no strerror for the usual case: its first call looks for
		 * libc's message catalogue, three failed opens at each start */
		if (errno == ENOENT)
			return 1;
		*why = strerror(errno);
		return -1;
	}
	*why = NULL;
	if (fstat(fd, &sb) == -1)
		*why = strerror(errno);
	else if (!S_ISREG(sb.st_mode))
		*why = "not a regular file";
	if (*why != NULL) {
		close(fd);
		return -1;
	}
	while (b->len < STATE_MAX_FILE) {
		want = STATE_MAX_FILE - b->len;
		n = read(fd, chunk, want < sizeof chunk ? want : sizeof chunk);
		if (n == -1 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		buf_add(b, chunk, (size_t)n);
		if (b->failed) {
			errno = ENOMEM;
			n = -1;
			break;
		}
	}
	e = errno;
	close(fd);
	if (n == -1)
		*why = strerror(e);
	return n == -1 ? -1 : 0;
}

/* The entries of f in path into *l, nothing when there is no file: 0, or
 * -1 with *why. */
static int
list_read(const char *path, const struct file *f, struct state_list *l,
    const char **why, int *damaged)
{
	static const char header[] = "# tekdip ";
	struct buf b = BUF_INIT;
	int rc = read_capped(path, &b, why);

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

/* An existing directory, even one mkdir may not look into, will do. */
static int
make_dir(const char *path)
{
	struct stat sb;
	int e;

	if (mkdir(path, 0700) == 0)
		return 0;
	e = errno;
	if (stat(path, &sb) == 0) {
		if (S_ISDIR(sb.st_mode))
			return 0;
		e = ENOTDIR;
	}
	errno = e;
	return -1;
}

/* mkdir -p, 0700 as the XDG spec asks of directories it creates; on
 * failure p is cut short to the one that failed. */
static int
make_dirs(char *p)
{
	for (char *s = p + 1; *s; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		if (make_dir(p) == -1)
			return -1;
		*s = '/';
	}
	return make_dir(p);
}

/* An exclusive lock, held until the descriptor is closed.  The lock file
 * is never removed: that would race a process waiting on the old one. */
static int
lock_file(const char *path)
{
	int fd, e;

	if ((fd = open(path, O_RDONLY | O_CREAT | O_CLOEXEC, 0600)) == -1)
		return -1;
	while (flock(fd, LOCK_EX) == -1) {
		if (errno != EINTR) {
			e = errno;
			close(fd);
			errno = e;
			return -1;
		}
	}
	return fd;
}

/* fwrite, fflush, fsync, fclose: 0 only once the bytes are on the disk. */
static int
write_fd(int fd, const char *text, size_t len)
{
	FILE *fp;
	int e;

	if ((fp = fdopen(fd, "w")) == NULL) {
		e = errno;
		close(fd);
		errno = e;
		return -1;
	}
	errno = 0;
	if (fwrite(text, 1, len, fp) != len || fflush(fp) == EOF ||
	    fsync(fileno(fp)) == -1) {
		e = errno ? errno : EIO;
		fclose(fp);
		errno = e;
		return -1;
	}
	return fclose(fp) == EOF ? -1 : 0;
}

/* Make the rename itself durable.  Some file systems cannot sync a
 * directory (EINVAL); they have nothing more to offer. */
static int
sync_dir(const char *dir)
{
	int fd, rc, e;

	if ((fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1)
		return -1;
	rc = fsync(fd);
	if (rc == -1 && errno == EINVAL)
		rc = 0;
	e = errno;
	close(fd);
	errno = e;
	return rc;
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

/* Temporary files a killed instance left behind; only called under the
 * lock, when no other instance can be writing one. */
static void
remove_stale(const char *dir, const struct file *f)
{
	size_t n = strlen(f->name);
	struct dirent *de;
	DIR *d;

	if ((d = opendir(dir)) == NULL)
		return;
	while ((de = readdir(d)) != NULL) {
		const char *e = de->d_name;

		if (e[0] == '.' && strncmp(e + 1, f->name, n) == 0 && e[n + 1] == '.' &&
		    strlen(e + n + 2) == 6)
			unlinkat(dirfd(d), e, 0);
	}
	closedir(d);
}

/* Replace dir/name by a rename, so a reader or a crash sees the old file
 * or the new one, never a mix; the temporary file never outlives a failure. */
static int
write_list(const char *dir, const struct file *f, const struct state_list *l,
    char **err)
{
	struct buf b = BUF_INIT;
	char *text = NULL, *tmp, *path = NULL;
	size_t len;
	int fd, rc = -1;

	remove_stale(dir, f);
	buf_printf(&b, "%s/.%s.XXXXXX", dir, f->name);
	if ((tmp = buf_finish(&b)) == NULL ||
	    (text = list_text(f, l, &len)) == NULL ||
	    (path = path_join(dir, f->name)) == NULL) {
		fail(err, _("cannot save %s: %s"), f->name, strerror(ENOMEM));
		goto out;
	}
	if ((fd = mkstemp(tmp)) == -1) {
		fail(err, _("cannot save %s: %s: %s"), f->name, dir, strerror(errno));
		goto out;
	}
	if (write_fd(fd, text, len) == -1 || rename(tmp, path) == -1) {
		fail(err, _("cannot save %s: %s: %s"), f->name, path, strerror(errno));
		unlink(tmp);
	} else if (sync_dir(dir) == -1)
		fail(err, _("cannot save %s: %s: %s"), f->name, dir, strerror(errno));
	else
		rc = 0;
out:
	free(text);
	free(tmp);
	free(path);
	return rc;
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
	else if (make_dirs(mkdir_path) == -1)
		fail(err, _("cannot save %s: %s: %s"), f->name, mkdir_path,
		    strerror(errno));
	else if ((fd = lock_file(lock)) == -1)
		fail(err, _("cannot save %s: %s: %s"), f->name, lock, strerror(errno));
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
change(struct state *s, const struct file *f, enum op op, const char *item,
    size_t len, char **err)
{
	int e;

	if ((e = apply(list_of(s, f), f, op, item, len)) != 0)
		return apply_fail(err, _("change"), f, e);
	if (s->dir == NULL)
		return 0;
	return save(s->dir, f, op, item, len, err);
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

/* A damaged file goes to NAME.damaged for the user to look at, and what
 * could be read of it is written back clean, under the lock. */
static int
move_aside(const char *dir, const char *path, const struct file *f,
    const struct state_list *l, char **err)
{
	struct buf b = BUF_INIT;
	char *lock = path_join(dir, ".lock"), *aside;
	int fd = -1, rc = -1;

	buf_printf(&b, "%s.damaged", path);
	if ((aside = buf_finish(&b)) == NULL || lock == NULL)
		fail(err, _("cannot read %s: %s"), f->name, strerror(ENOMEM));
	else if ((fd = lock_file(lock)) == -1 || rename(path, aside) == -1)
		fail(err, _("%s is damaged and cannot be moved aside: %s"), path, strerror(errno));
	else if (write_list(dir, f, l, err) == 0)
		rc = fail(err, _("%s was damaged: %zu entries kept, the old file is %s"),
		    path, l->n, aside);
	if (fd != -1)
		close(fd);
	free(lock);
	free(aside);
	return rc;
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
	free(path);
	return rc;
}

int
state_load(struct state *s, char **err)
{
	int rc = 0;

	memset(s, 0, sizeof *s);
	if (err != NULL)
		*err = NULL;
	if (find_dir(&s->dir, err) == -1)
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
