/* follow.h: the speaker view's socket: the presenter says where it is, followers read it. */
#ifndef TEKDIP_FOLLOW_H
#define TEKDIP_FOLLOW_H

#include <stddef.h>

#include "buf.h"

/* The most followers one presenter serves. */
#define FOLLOW_MAX 8

struct follow;

/* The socket's path, $XDG_RUNTIME_DIR/tekdip-present.sock, into out[size];
 * -1 when XDG_RUNTIME_DIR is unset, not absolute or too long. */
int follow_path(char *out, size_t size);

/* The presenter's side.  0 with *out listening; 1 with *out NULL when
 * there is no runtime directory (the presentation goes on without a
 * speaker view); -1 with a malloc'd *err when another presenter's socket
 * is live or the socket cannot be made.  A stale socket is removed. */
int follow_listen(struct follow **out, char **err);
/* Take the followers waiting to connect; each gets the last message. */
void follow_tick(struct follow *f);
/* Send `msg` (one message, no NUL in it) to every follower, and keep it
 * for those who connect later; a follower that does not take it is dropped.
 * The same message as the last is not sent again (a key that moved nothing). */
void follow_send(struct follow *f, const char *msg, size_t len);
/* Close every connection and remove the socket. */
void follow_close(struct follow *f);

/* The follower's side.  0 with *fd connected; 1 when no presenter runs;
 * -1 with a malloc'd *err (no runtime directory, a socket not ours). */
int follow_connect(int *fd, char **err);
/* Read what has come: 1 with the newest whole message in *msg
 * (malloc'd), 0 when none is complete yet, -1 when the presenter is gone. */
int follow_read(int fd, struct buf *pending, char **msg);

#endif
