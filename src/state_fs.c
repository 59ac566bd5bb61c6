/* state_fs.c: the file system under the state files: capped reads, directories, locks, durable writes. */
#include "config.h"

#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE		/* flock(2), fsync(2) are not C11 */
#endif

#include <sys/types.h>
#include <sys/file.h>
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "state.h"
#include "state_fs.h"

int
state_read_capped(const char *path, size_t max, struct buf *b, const char **why)
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
	while (b->len < max) {
		want = max - b->len;
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
int
state_make_dirs(char *p)
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
 * is never removed: that would race a process waiting on the old one.
 * O_NOFOLLOW and O_NONBLOCK: a link planted as .lock creates nothing
 * elsewhere, and a FIFO does not block the open; only a regular file is
 * locked.  The wait is bounded (STATE_LOCK_WAIT_MS) and ends at the first
 * signal, so a lock held by a stuck program neither hangs the browser nor
 * makes it deaf to Ctrl-C: -1 with EWOULDBLOCK or EINTR then. */
int
state_lock_file(const char *path)
{
	struct timespec tick = { 0, 20 * 1000 * 1000 };
	struct stat sb;
	int fd, e, waited = 0;

	if ((fd = open(path, O_RDONLY | O_CREAT | O_NONBLOCK | O_NOFOLLOW |
	    O_CLOEXEC, 0600)) == -1)
		return -1;
	if (fstat(fd, &sb) == -1) {
		e = errno;
		goto fail;
	}
	if (!S_ISREG(sb.st_mode)) {
		e = EINVAL;	/* "Invalid argument": not a file to lock */
		goto fail;
	}
	while (flock(fd, LOCK_EX | LOCK_NB) == -1) {
		e = errno;
		if (e != EWOULDBLOCK && e != EINTR)
			goto fail;
		if (e == EINTR || waited >= STATE_LOCK_WAIT_MS)
			goto fail;
		if (nanosleep(&tick, NULL) == -1) {
			e = EINTR;
			goto fail;
		}
		waited += 20;
	}
	return fd;
fail:
	close(fd);
	errno = e;
	return -1;
}

/* fwrite, fflush, fsync, fclose: 0 only once the bytes are on the disk. */
int
state_write_fd(int fd, const char *text, size_t len)
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
int
state_sync_dir(const char *dir)
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

/* Temporary files a killed instance left behind: ours by name, and by an
 * age no save takes.  Only called under the lock, when no other instance
 * can be writing one. */
void
state_remove_stale(const char *dir, const char *name)
{
	size_t n = strlen(name), m = sizeof STATE_TEMP_MARK - 1;
	time_t now = time(NULL);
	struct dirent *de;
	struct stat sb;
	DIR *d;

	if ((d = opendir(dir)) == NULL)
		return;
	while ((de = readdir(d)) != NULL) {
		const char *e = de->d_name;

		if (e[0] == '.' && strncmp(e + 1, name, n) == 0 &&
		    strncmp(e + n + 1, STATE_TEMP_MARK, m) == 0 &&
		    strlen(e + n + 1 + m) == 6 &&
		    fstatat(dirfd(d), e, &sb, AT_SYMLINK_NOFOLLOW) == 0 &&
		    S_ISREG(sb.st_mode) && now - sb.st_mtime > STATE_TEMP_STALE_SECONDS)
			unlinkat(dirfd(d), e, 0);
	}
	closedir(d);
}
