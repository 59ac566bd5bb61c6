/* fuzz.h: the libFuzzer entry point every target defines, and the checks they share. */
#ifndef TEKDIP_FUZZ_H
#define TEKDIP_FUZZ_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

/* Run one input; always returns 0.  A broken invariant aborts, so that
 * libFuzzer and the replay both report it. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static inline void fuzz_fail(const char *fmt, ...)
    __attribute__((format(printf, 1, 2), noreturn));

/* "fuzz: " and the message on stderr, then abort(). */
static inline void
fuzz_fail(const char *fmt, ...)
{
	va_list ap;

	fputs("fuzz: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	abort();
}

/*
 * The code point at s[0..len) into *cp and its length, or 0 when the bytes
 * are not strict UTF-8 (bad lead or continuation, truncated, overlong,
 * surrogate, past U+10FFFF).  Written here rather than taken from
 * libunistring, so that the code under test is not checked by itself.
 */
static inline size_t
fuzz_utf8(const unsigned char *s, size_t len, unsigned long *cp)
{
	unsigned long c = s[0], min;
	size_t n;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xc2 && c <= 0xdf) {
		n = 2;
		c &= 0x1f;
		min = 0x80;
	} else if (c >= 0xe0 && c <= 0xef) {
		n = 3;
		c &= 0x0f;
		min = 0x800;
	} else if (c >= 0xf0 && c <= 0xf4) {
		n = 4;
		c &= 0x07;
		min = 0x10000;
	} else
		return 0;
	if (n > len)
		return 0;
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = c << 6 | (s[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return n;
}

/* Whether s[0..len) is valid UTF-8 without C0 controls, DEL or C1
 * controls: what text_clean and every store result promise. */
static inline int
fuzz_clean_text(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned long cp;
	size_t n;

	for (size_t i = 0; i < len; i += n) {
		if ((n = fuzz_utf8(u + i, len - i, &cp)) == 0)
			return 0;
		if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0))
			return 0;
	}
	return 1;
}

#endif
