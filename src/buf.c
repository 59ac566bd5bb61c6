/* buf.c: growing byte buffers, so string building needs no error check per call. */
#include "config.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "vec.h"

static int
buf_reserve(struct buf *b, size_t more)
{
	char *d;

	if (b->failed)
		return -1;
	if (more > SIZE_MAX - b->len - 1 ||
	    (d = vec_reserve(b->data, &b->cap, b->len + more + 1, 1)) == NULL) {
		b->failed = 1;
		return -1;
	}
	b->data = d;
	return 0;
}

void
buf_add(struct buf *b, const char *s, size_t n)
{
	if (buf_reserve(b, n) < 0)
		return;
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void
buf_addc(struct buf *b, char c)
{
	buf_add(b, &c, 1);
}

void
buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void
buf_add_int(struct buf *b, long long v)
{
	char digits[24], *p = digits + sizeof digits;
	/* unsigned, so the most negative value has a magnitude too */
	unsigned long long m = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;

	do
		*--p = (char)('0' + m % 10);
	while ((m /= 10) > 0);
	if (v < 0)
		*--p = '-';
	buf_add(b, p, (size_t)(digits + sizeof digits - p));
}

void
buf_vprintf(struct buf *b, const char *fmt, va_list ap)
{
	va_list again;
	int n;

	va_copy(again, ap);
	n = vsnprintf(NULL, 0, fmt, ap);
	if (n >= 0 && buf_reserve(b, (size_t)n) == 0) {
		vsnprintf(b->data + b->len, (size_t)n + 1, fmt, again);
		b->len += (size_t)n;
	}
	va_end(again);
}

void
buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	buf_vprintf(b, fmt, ap);
	va_end(ap);
}

char *
buf_finish(struct buf *b)
{
	char *d;

	if (b->failed) {
		buf_free(b);
		return NULL;
	}
	if (buf_reserve(b, 0) < 0)
		return NULL;
	d = b->data;
	d[b->len] = '\0';
	b->data = NULL;
	b->len = b->cap = 0;
	return d;
}

void
buf_free(struct buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
	b->failed = 0;
}
