/* follow.c: the presenter's socket in $XDG_RUNTIME_DIR, and the follower's end of it. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "follow.h"
#include "i18n.h"

struct follow {
	int fd;
	int peers[FOLLOW_MAX];
	size_t npeers;
	char *last;		/* the last message, for followers who come later */
	size_t lastlen;
	char path[sizeof ((struct sockaddr_un *)0)->sun_path];
};

int
follow_path(char *out, size_t size)
{
	const char *dir = getenv("XDG_RUNTIME_DIR");
	int n;

	if (!dir || dir[0] != '/')
		return -1;
	n = snprintf(out, size, "%s/tekdip-present.sock", dir);
	return n < 0 || (size_t)n >= size ? -1 : 0;
}

static char *
error_at(const char *path, const char *what)
{
	char *s;
	size_t n = strlen(path) + strlen(what) + 4;

	if ((s = malloc(n)))
		snprintf(s, n, "%s: %s", path, what);
	return s;
}

static int
address(const char *path, struct sockaddr_un *a)
{
	memset(a, 0, sizeof *a);
	a->sun_family = AF_UNIX;
	memcpy(a->sun_path, path, strlen(path) + 1);
	return 0;
}

/* Someone else's file at our path is never removed or trusted. */
static int
ours(const char *path, int *exists)
{
	struct stat sb;

	*exists = lstat(path, &sb) == 0;
	return !*exists || (S_ISSOCK(sb.st_mode) && sb.st_uid == getuid());
}

/* 1: a presenter answers at `path`; 0: nobody does (a stale socket). */
static int
live(const struct sockaddr_un *a)
{
	int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0), rc;

	if (fd < 0)
		return 0;
	rc = connect(fd, (const struct sockaddr *)a, sizeof *a) == 0;
	close(fd);
	return rc;
}

int
follow_listen(struct follow **out, char **err)
{
	struct follow *f;
	struct sockaddr_un a;
	int exists;
	mode_t old;

	*out = NULL;
	if (!(f = calloc(1, sizeof *f)))
		return *err = strdup(_("out of memory")), -1;
	if (follow_path(f->path, sizeof f->path) < 0) {
		free(f);
		return 1;
	}
	address(f->path, &a);
	if (!ours(f->path, &exists)) {
		*err = error_at(f->path, _("not a socket of yours: remove it to present with a speaker view"));
		free(f);
		return -1;
	}
	if (exists && live(&a)) {
		*err = error_at(f->path, _("another tekdip is presenting: one presenter at a time"));
		free(f);
		return -1;
	}
	if (exists)
		unlink(f->path);	/* stale: its presenter ended without removing it */
	f->fd = socket(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	old = umask(077);
	if (f->fd < 0 || bind(f->fd, (struct sockaddr *)&a, sizeof a) < 0 || chmod(f->path, 0600) < 0 ||
	    listen(f->fd, FOLLOW_MAX) < 0) {
		umask(old);
		*err = error_at(f->path, strerror(errno));
		if (f->fd >= 0)
			close(f->fd);
		free(f);
		return -1;
	}
	umask(old);
	*out = f;
	return 0;
}

static int
send_all(int fd, const char *s, size_t len)
{
	ssize_t n = send(fd, s, len, MSG_NOSIGNAL | MSG_DONTWAIT);

	return n == (ssize_t)len ? 0 : -1;
}

static void
drop(struct follow *f, size_t i)
{
	close(f->peers[i]);
	f->peers[i] = f->peers[--f->npeers];
}

void
follow_tick(struct follow *f)
{
	int fd;

	if (!f)
		return;
	while ((fd = accept4(f->fd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC)) >= 0) {
		if (f->npeers == FOLLOW_MAX || (f->last && send_all(fd, f->last, f->lastlen + 1) < 0)) {
			close(fd);
			continue;
		}
		f->peers[f->npeers++] = fd;
	}
}

void
follow_send(struct follow *f, const char *msg, size_t len)
{
	char *copy;

	if (f && f->last && f->lastlen == len && memcmp(f->last, msg, len) == 0) {
		follow_tick(f);	/* nothing new: only the followers who came since */
		return;
	}
	if (!f || !(copy = malloc(len + 1)))
		return;
	memcpy(copy, msg, len);
	copy[len] = '\0';	/* each message ends in a NUL */
	free(f->last);
	f->last = copy;
	f->lastlen = len;
	follow_tick(f);
	for (size_t i = f->npeers; i-- > 0; )
		if (send_all(f->peers[i], f->last, len + 1) < 0)
			drop(f, i);
}

void
follow_close(struct follow *f)
{
	if (!f)
		return;
	while (f->npeers)
		drop(f, f->npeers - 1);
	close(f->fd);
	unlink(f->path);
	free(f->last);
	free(f);
}

int
follow_connect(int *fd, char **err)
{
	char path[sizeof ((struct sockaddr_un *)0)->sun_path];
	struct sockaddr_un a;
	int exists;

	*fd = -1;
	if (follow_path(path, sizeof path) < 0) {
		*err = strdup(_("--follow needs XDG_RUNTIME_DIR, the directory the presenter's socket is in"));
		return -1;
	}
	if (!ours(path, &exists)) {
		*err = error_at(path, _("not a socket of yours"));
		return -1;
	}
	if (!exists)
		return 1;
	address(path, &a);
	if ((*fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0)) < 0) {
		*err = error_at(path, strerror(errno));
		return -1;
	}
	if (connect(*fd, (struct sockaddr *)&a, sizeof a) < 0) {
		close(*fd);
		*fd = -1;
		return 1;	/* stale, or going away */
	}
	fcntl(*fd, F_SETFL, fcntl(*fd, F_GETFL) | O_NONBLOCK);
	return 0;
}

int
follow_read(int fd, struct buf *pending, char **msg)
{
	char chunk[4096];
	ssize_t n;
	int gone = 0;
	char *end, *start;

	*msg = NULL;
	while ((n = read(fd, chunk, sizeof chunk)) > 0)
		buf_add(pending, chunk, (size_t)n);
	if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR))
		gone = 1;
	if (pending->failed || !pending->len)
		return gone ? -1 : 0;
	/* the newest whole message: the text before the last NUL, after the one before it */
	if (!(end = memrchr(pending->data, '\0', pending->len)))
		return gone ? -1 : 0;
	for (start = end; start > pending->data && start[-1] != '\0'; start--)
		;
	*msg = strndup(start, (size_t)(end - start));
	memmove(pending->data, end + 1, pending->len - (size_t)(end + 1 - pending->data));
	pending->len -= (size_t)(end + 1 - pending->data);
	return *msg ? 1 : (gone ? -1 : 0);
}
