/* test_prefault.c: memory prefault.c mapped is touched without a page fault, and the same memory unmapped is not. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cmocka.h>

#include "prefault.h"

#if defined(__SANITIZE_ADDRESS__)
#define ASAN_ALLOCATOR 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ASAN_ALLOCATOR 1
#endif
#endif

static size_t
page_size(void)
{
	long n = sysconf(_SC_PAGESIZE);

	return n > 0 ? (size_t)n : 4096;
}

/* Whether this kernel maps on request at all (Linux 5.14 and later):
 * where it does, prefault.c must succeed. */
static int
kernel_populates(void)
{
#ifdef MADV_POPULATE_READ
	size_t len = page_size();
	void *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	int ok = p != MAP_FAILED && madvise(p, len, MADV_POPULATE_READ) == 0;

	if (p != MAP_FAILED)
		munmap(p, len);
	return ok;
#else
	return 0;
#endif
}

static long
minor_faults(void)
{
	struct rusage ru;

	assert_int_equal(getrusage(RUSAGE_SELF, &ru), 0);
	return ru.ru_minflt;
}

#ifndef ASAN_ALLOCATOR	/* whose allocator takes no memory from brk */
/* the size of a typical start-up allocation: an SQLite page, a few rows */
#define BLOCK 4000
#define MAX_BLOCKS 1024

static void *blocks[MAX_BLOCKS];
static size_t nblocks;

/* The page faults taken while allocating and writing `bytes` more. */
static long
faults_to_fill(size_t bytes)
{
	long before = minor_faults();

	for (size_t done = 0; done < bytes; done += BLOCK) {
		assert_true(nblocks < MAX_BLOCKS);
		blocks[nblocks] = malloc(BLOCK);
		assert_non_null(blocks[nblocks]);
		memset(blocks[nblocks++], 0x5a, BLOCK);
	}
	return minor_faults() - before;
}

static void
test_prefaulted_heap(void **state)
{
	size_t inside = PREFAULT_START_BYTES / 4 * 3;
	long in, past;

	(void)state;
	if (!kernel_populates()) {
		/* before Linux 5.14: it says so, and nothing else changes */
		assert_int_equal(prefault_heap(PREFAULT_START_BYTES), -1);
		return;
	}
	assert_int_equal(prefault_heap(PREFAULT_START_BYTES), 0);
	in = faults_to_fill(inside);
	/* as much again runs past what was mapped: there every new page
	 * faults, which shows that the count sees them */
	past = faults_to_fill(PREFAULT_START_BYTES);
	print_message("# %zu KiB inside the prefaulted heap: %ld faults; %d KiB more: %ld\n",
	    inside / 1024, in, PREFAULT_START_BYTES / 1024, past);
	assert_true(past >= (long)(inside / page_size() / 2));
	assert_true(in <= (long)(inside / page_size() / 16));
	while (nblocks > 0)
		free(blocks[--nblocks]);
}
#endif

/* AddressSanitizer would read its shadow of each page too, and fault there */
#ifdef ASAN_ALLOCATOR
#define NO_ASAN __attribute__((no_sanitize_address))
#else
#define NO_ASAN
#endif

/* The page faults taken reading one byte of each page of [p, p + len). */
NO_ASAN static long
faults_to_read(const volatile char *p, size_t len)
{
	long before = minor_faults();
	unsigned sum = 0;

	for (size_t off = 0; off < len; off += page_size())
		sum += (unsigned char)p[off];
	(void)sum;
	return minor_faults() - before;
}

/* Code is mapped read-only, as here; these pages are anonymous, so each
 * first read of the cold mapping is a fault of its own (a file's pages
 * would be mapped many at a time, as the page cache has them). */
static void
test_prefaulted_read(void **state)
{
	const size_t len = 2 * 1024 * 1024;
	char *cold = mmap(NULL, len, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	char *warm = mmap(NULL, len, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	long cold_faults, warm_faults;

	(void)state;
	assert_true(cold != MAP_FAILED && warm != MAP_FAILED);
	if (!kernel_populates()) {
		assert_int_equal(prefault_range(warm, len, 0), -1);
		munmap(cold, len);
		munmap(warm, len);
		return;
	}
	assert_int_equal(prefault_range(warm, len, 0), 0);
	cold_faults = faults_to_read(cold, len);
	warm_faults = faults_to_read(warm, len);
	print_message("# %zu pages read: %ld faults as mapped, %ld prefaulted\n",
	    len / page_size(), cold_faults, warm_faults);
	munmap(cold, len);
	munmap(warm, len);
	assert_true(cold_faults >= (long)(len / page_size() / 2));
	assert_true(warm_faults <= 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
#ifndef ASAN_ALLOCATOR	/* whose allocator takes no memory from brk */
		cmocka_unit_test(test_prefaulted_heap),
#endif
		cmocka_unit_test(test_prefaulted_read),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
