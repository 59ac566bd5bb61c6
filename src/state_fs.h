/* state_fs.h: the file system calls state.c makes, each with its failure in errno or *why. */
#ifndef TEKDIP_STATE_FS_H
#define TEKDIP_STATE_FS_H

#include <stddef.h>

#include "buf.h"

/* Every temporary file is named .NAME.tekdip-tmp-XXXXXX: a name no user
 * gives a file of their own. */
#define STATE_TEMP_MARK ".tekdip-tmp-"
#define STATE_TEMP_STALE_SECONDS 60	/* older than any save under way */

/* At most `max` bytes of path into b: 0, 1 when there is no such file, or
 * -1 with *why set.  Only a regular file is read, and a FIFO does not block. */
int state_read_capped(const char *path, size_t max, struct buf *b, const char **why);
/* mkdir -p, 0700 as the XDG spec asks of directories it creates; on
 * failure p is cut short to the one that failed. */
int state_make_dirs(char *p);
/* An exclusive lock on `path`, held until the descriptor returned is
 * closed; -1 with EWOULDBLOCK or EINTR when the wait ran out or a signal
 * came (see state_fs.c). */
int state_lock_file(const char *path);
/* Write, flush, fsync and close fd: 0 only once the bytes are on the disk. */
int state_write_fd(int fd, const char *text, size_t len);
/* Make a rename in `dir` durable. */
int state_sync_dir(const char *dir);
/* Remove the temporary files of NAME a killed instance left behind; call
 * only under the lock. */
void state_remove_stale(const char *dir, const char *name);

#endif
