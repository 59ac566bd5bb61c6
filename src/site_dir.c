/* site_dir.c: --export-site's directory: checked, written as a temporary twin, put in place whole. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "i18n.h"
#include "site_dir.h"

/* An old DIR deeper than this is not a site tekdip wrote: left alone. */
#define TREE_DEPTH_MAX 64

/* 1 when the directory holds anything, 0 when empty, -1 on error. */
static int
not_empty(const char *path)
{
	DIR *dp = opendir(path);
	struct dirent *e;
	int any = 0;

	if (!dp)
		return -1;
	while (!any && (e = readdir(dp)))
		any = strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
	closedir(dp);
	return any;
}

/* What stands at DIR: nothing, an empty directory, or one --force may replace. */
static int
check_target(struct site_dir *d, int force, const char **why)
{
	struct stat sb;
	int full;

	if (lstat(d->path, &sb) != 0) {
		if (errno == ENOENT)
			return 0;
		*why = strerror(errno);
		return -1;
	}
	if (S_ISLNK(sb.st_mode)) {
		*why = _("is a symbolic link: give the directory it leads to");
		return -1;
	}
	if (!S_ISDIR(sb.st_mode)) {
		*why = _("exists and is not a directory");
		return -1;
	}
	if ((full = not_empty(d->path)) < 0) {
		*why = strerror(errno);
		return -1;
	}
	if (full && !force) {
		*why = _("exists and is not empty (--force replaces it)");
		return -1;
	}
	d->replace = full;
	return 0;
}

/* "PARENT/.BASE.WHAT-XXXXXX", a new directory next to DIR. */
static char *
twin(const char *path, const char *what)
{
	const char *slash = strrchr(path, '/');
	int plen = slash ? (int)(slash - path + 1) : 0;
	size_t n = strlen(path) + strlen(what) + 16;
	char *t = malloc(n);

	if (!t)
		return NULL;
	snprintf(t, n, "%.*s.%s.%s-XXXXXX", plen, path, path + plen, what);
	if (!mkdtemp(t)) {
		free(t);
		return NULL;
	}
	return t;
}

int
site_dir_begin(struct site_dir *d, const char *path, int force, const char **why)
{
	size_t len = strlen(path);
	const char *base;

	memset(d, 0, sizeof *d);
	d->fd = -1;
	while (len > 1 && path[len - 1] == '/')
		len--;
	if (!(d->path = strndup(path, len))) {
		*why = strerror(errno);
		return -1;
	}
	base = strrchr(d->path, '/') ? strrchr(d->path, '/') + 1 : d->path;
	if (!*base || strcmp(base, ".") == 0 || strcmp(base, "..") == 0) {
		*why = _("cannot be replaced: name a directory by its name");
		return -1;
	}
	if (check_target(d, force, why) < 0)
		return -1;
	if (!(d->tmp = twin(d->path, "tmp")) ||
	    (d->fd = open(d->tmp, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)) < 0) {
		*why = strerror(errno);
		return -1;
	}
	return 0;
}

int
site_dir_sub(int at, const char *name)
{
	if (mkdirat(at, name, 0777) != 0)
		return -1;
	return openat(at, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
}

FILE *
site_dir_create(int at, const char *name)
{
	int fd = openat(at, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
	FILE *fp;

	if (fd < 0)
		return NULL;
	if (!(fp = fdopen(fd, "w")))
		close(fd);
	return fp;
}

/* Removes `name` in `at` and all under it; a symbolic link is removed,
 * never followed. */
static int
remove_tree(int at, const char *name, int depth)
{
	struct dirent *e;
	DIR *dp;
	int fd, rc = 0;

	if (unlinkat(at, name, 0) == 0 || errno == ENOENT)
		return 0;
	if ((errno != EISDIR && errno != EPERM) || depth > TREE_DEPTH_MAX)
		return -1;
	if ((fd = openat(at, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)) < 0)
		return -1;
	if (!(dp = fdopendir(fd))) {
		close(fd);
		return -1;
	}
	while ((e = readdir(dp)))
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			rc |= remove_tree(dirfd(dp), e->d_name, depth + 1);
	closedir(dp);
	return rc | unlinkat(at, name, AT_REMOVEDIR);
}

/* The old DIR out of the way, the twin in: exchanged in one step where
 * the kernel can, else by two renames, the old one put back if the
 * second fails.  *old is what to remove afterwards. */
static int
swap_in(struct site_dir *d, char **old)
{
#ifdef RENAME_EXCHANGE
	if (renameat2(AT_FDCWD, d->tmp, AT_FDCWD, d->path, RENAME_EXCHANGE) == 0) {
		*old = d->tmp;
		d->tmp = NULL;
		return 0;
	}
	if (errno != EINVAL && errno != ENOSYS)
		return -1;
#endif
	if (!(*old = twin(d->path, "old")) || rename(d->path, *old) != 0)
		return -1;
	if (rename(d->tmp, d->path) != 0) {
		int e = errno;

		rename(*old, d->path);
		errno = e;
		return -1;
	}
	return 0;
}

int
site_dir_commit(struct site_dir *d, const char **why)
{
	mode_t mask = umask(0);
	char *old = NULL;
	int rc;

	umask(mask);
	/* mkdtemp made it private; a site is for reading */
	if (fchmod(d->fd, 0777 & ~mask) != 0) {
		*why = strerror(errno);
		return -1;
	}
	/* a missing or empty DIR is replaced in one step; one that filled
	 * since the check fails here (ENOTEMPTY) rather than being lost */
	rc = d->replace ? swap_in(d, &old) : rename(d->tmp, d->path);
	if (rc != 0) {
		*why = strerror(errno);
		return -1;
	}
	if (!d->replace) {
		free(d->tmp);
		d->tmp = NULL;
	}
	if (old && remove_tree(AT_FDCWD, old, 0) != 0)
		*why = _("the old directory could not be removed whole");
	rc = old && *why ? 1 : 0;
	free(old);
	return rc;
}

void
site_dir_abort(struct site_dir *d)
{
	if (d->fd >= 0)
		close(d->fd);
	if (d->tmp)
		remove_tree(AT_FDCWD, d->tmp, 0);
	free(d->tmp);
	free(d->path);
	memset(d, 0, sizeof *d);
	d->fd = -1;
}
