/* common.c: the helpers the benchmark's three programs share (see common.h). */
#include "config.h"

#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "common.h"

void *
xreallocarray(void *p, size_t n, size_t size)
{
	/* realloc(p, 0) may free p and return NULL: never ask for nothing */
	if (!(p = reallocarray(p, n ? n : 1, size ? size : 1)))
		errx(1, "out of memory");
	return p;
}

void *
xmalloc(size_t n)
{
	return xreallocarray(NULL, n, 1);
}

/*
 * One read of the size fstat gives (a text dump is 100 MB at 100k
 * concepts: no growing buffer copied over and over), then on to EOF in
 * case the file grew meanwhile.
 */
char *
slurp(const char *path, size_t *len)
{
	struct stat sb;
	size_t cap, n = 0;
	char *s;
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (fd < 0 || fstat(fd, &sb) != 0)
		err(1, "%s", path);
	cap = sb.st_size > 0 && (uintmax_t)sb.st_size < SIZE_MAX / 2 ? (size_t)sb.st_size + 1 : 65536;
	s = xmalloc(cap);
	for (;;) {
		ssize_t r;

		if (n + 1 == cap)
			s = xreallocarray(s, cap *= 2, 1);
		if ((r = read(fd, s + n, cap - 1 - n)) == 0)
			break;
		if (r < 0)
			err(1, "%s", path);
		n += (size_t)r;
	}
	close(fd);
	s[n] = '\0';
	*len = n;
	return s;
}

double
clock_ms(clockid_t clock)
{
	struct timespec ts;

	clock_gettime(clock, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

double
quantile(double *v, size_t n, double q)
{
	size_t rank;

	if (n == 0)
		return 0;
	qsort(v, n, sizeof *v, cmp_double);
	rank = (size_t)(q * (double)n + 0.999999);
	if (rank < 1)
		rank = 1;
	return v[(rank > n ? n : rank) - 1];
}

long long
number(const char *s, long long lo, long long hi, const char *what)
{
	char *end;
	long long v;

	errno = 0;
	v = strtoll(s, &end, 10);
	if (*s == '\0' || *end != '\0' || errno || v < lo || v > hi)
		errx(1, "%s: `%s' is not a number from %lld to %lld", what, s, lo, hi);
	return v;
}
