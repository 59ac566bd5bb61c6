/* nodl.c: the static browser loads no code at run time, whatever asks. */
#include "config.h"

#include <stddef.h>

/*
 * SQLite's extension loader is the one caller of dlopen() in tekdip, and
 * store_open.c turns it off.  A static glibc's dlopen() could only load
 * libraries of the very glibc it was built from (the linker warns so);
 * the link sends SQLite's calls here instead (-Wl,--wrap=dlopen), and
 * here there is nothing to load.
 */
void *__wrap_dlopen(const char *file, int mode);

void *
__wrap_dlopen(const char *file, int mode)
{
	(void)file;
	(void)mode;
	return NULL;
}
