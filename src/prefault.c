/* prefault.c: mapping the heap start-up will touch in one system call instead of a page fault per page. */
#include "config.h"

#include <limits.h>
#ifdef HAVE_MALLOC_H
#include <malloc.h>
#endif
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "prefault.h"

/*
 * Opening the browser touches a hundred new pages of heap, and the first
 * touch of each is a page fault; MADV_POPULATE_WRITE (Linux 5.14) maps the
 * same pages in one call.  The code is not mapped ahead as well: where a
 * fault maps 16 pages of code at a time, that costs more than it saves
 * (NEWS has the numbers).
 */
int
prefault_range(void *addr, size_t len, int write)
{
#if defined(MADV_POPULATE_WRITE) && defined(MADV_POPULATE_READ)
	long page = sysconf(_SC_PAGESIZE);
	uintptr_t lo, hi;

	if (page <= 0)
		return -1;
	lo = ((uintptr_t)addr + (uintptr_t)page - 1) & ~((uintptr_t)page - 1);
	hi = ((uintptr_t)addr + len) & ~((uintptr_t)page - 1);
	if (hi <= lo)
		return -1;
	return madvise((void *)lo, hi - lo,
	    write ? MADV_POPULATE_WRITE : MADV_POPULATE_READ) == 0 ? 0 : -1;
#else
	(void)addr;
	(void)len;
	(void)write;
	return -1;
#endif
}

/* The pages must then stay in the heap: the block comes from brk, not
 * from an mmap of its own, and freeing it must not hand it back. */
int
prefault_heap(size_t bytes)
{
#if defined(M_MMAP_THRESHOLD) && defined(M_TRIM_THRESHOLD)
	char *p;
	int rc;

	if (bytes > INT_MAX / 2)
		return -1;
	if (!mallopt(M_MMAP_THRESHOLD, (int)(2 * bytes)) ||
	    !mallopt(M_TRIM_THRESHOLD, (int)(2 * bytes)))
		return -1;
	if ((p = malloc(bytes)) == NULL)
		return -1;
	rc = prefault_range(p, bytes, 1);
	free(p);
	return rc;
#else
	(void)bytes;
	return -1;
#endif
}
