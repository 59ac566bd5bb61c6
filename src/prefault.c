/* prefault.c: mapping the memory start-up will touch in one system call instead of a page fault per page. */
#include "config.h"

#include <limits.h>
#include <link.h>
#ifdef HAVE_MALLOC_H
#include <malloc.h>
#endif
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "prefault.h"

/*
 * Opening the browser touches over a hundred new pages of heap and code,
 * and the first touch of each is a page fault.  On a virtual machine a
 * fault costs 10 to 20 µs (11 µs for heap, 17 µs for code on the machine
 * of bench/results.md): together a millisecond or more of every start.
 * MADV_POPULATE_WRITE and MADV_POPULATE_READ (Linux 5.14) map the same
 * pages in one call each, for a fraction of that.
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

/* The executable segment of the program itself (the first object
 * dl_iterate_phdr reports): where a static tekdip keeps all its code. */
static int
map_code(struct dl_phdr_info *info, size_t size, void *rc)
{
	(void)size;
	for (int i = 0; i < info->dlpi_phnum; i++) {
		const ElfW(Phdr) *ph = &info->dlpi_phdr[i];

		if (ph->p_type == PT_LOAD && (ph->p_flags & PF_X))
			*(int *)rc = prefault_range((void *)(info->dlpi_addr + ph->p_vaddr),
			    ph->p_memsz, 0);
	}
	return 1;
}

int
prefault_code(void)
{
	int rc = -1;

	dl_iterate_phdr(map_code, &rc);
	return rc;
}
