/* buf.h: a growing byte buffer for building strings; allocation failure is sticky. */
#ifndef TEKDIP_BUF_H
#define TEKDIP_BUF_H

#include <stdarg.h>
#include <stddef.h>

struct buf {
	char *data;
	size_t len, cap;
	int failed;
};

#define BUF_INIT { NULL, 0, 0, 0 }

void buf_add(struct buf *b, const char *s, size_t n);
void buf_addc(struct buf *b, char c);
void buf_adds(struct buf *b, const char *s);
/* `v` in decimal, without printf's cost (ids, many to a query). */
void buf_add_int(struct buf *b, long long v);
void buf_printf(struct buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void buf_vprintf(struct buf *b, const char *fmt, va_list ap)
    __attribute__((format(printf, 2, 0)));
/* The NUL-terminated contents, owned by the caller; NULL if any add failed. */
char *buf_finish(struct buf *b);
void buf_free(struct buf *b);

#endif
