/* site_dir.h: --export-site's directory: checked, written as a temporary twin, put in place whole. */
#ifndef TEKDIP_SITE_DIR_H
#define TEKDIP_SITE_DIR_H

#include <stdio.h>

struct site_dir {
	char *path;		/* DIR as given, without trailing slashes */
	char *tmp;		/* its twin next to it, being written */
	int fd;			/* the twin, open */
	int replace;		/* DIR holds files: swapped out only at the end */
};

/* Checks DIR (a symbolic link, a file, or a directory that is not empty
 * without `force`, is refused) and makes its twin.  -1 with *why set to
 * a message in the interface's language when it cannot. */
int site_dir_begin(struct site_dir *d, const char *path, int force, const char **why);
/* A directory `name` made in directory `at`, open (-1 and errno on failure). */
int site_dir_sub(int at, const char *name);
/* A new file `name` in directory `at`, never through a symbolic link. */
FILE *site_dir_create(int at, const char *name);
/* The twin in DIR's place (the old DIR removed after); -1 and *why. */
int site_dir_commit(struct site_dir *d, const char **why);
/* The twin removed: nothing of a failed run is left. */
void site_dir_abort(struct site_dir *d);

#endif
