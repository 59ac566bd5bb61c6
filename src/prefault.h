/* prefault.h: mapping the heap start-up will touch in one system call. */
#ifndef TEKDIP_PREFAULT_H
#define TEKDIP_PREFAULT_H

#include <stddef.h>

/* Most of what the browser's first screen allocates: 410 KiB at the
 * bundled reference's home page (valgrind massif), the three curses
 * screens and SQLite's page cache above all.  The last pages fault as
 * they are needed: mapping pages never used costs more than their faults. */
#define PREFAULT_START_BYTES (384 * 1024)

/* Map `bytes` of heap now, so that the allocations that follow find their
 * pages in place.  0 when done, -1 where the system cannot (then nothing
 * is different but the time). */
int prefault_heap(size_t bytes);

/* Map [addr, addr + len) of an existing mapping, for writing when
 * `write`; the page-aligned part of it. */
int prefault_range(void *addr, size_t len, int write);

#endif
