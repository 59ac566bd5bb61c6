/* msg.c: messages to stderr, where an argument's ESC or newline never reaches the terminal raw. */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "text.h"

void
msg_error(const char *fmt, ...)
{
	va_list ap, aq;
	char *raw, *clean = NULL;
	int n;

	va_start(ap, fmt);
	va_copy(aq, ap);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n >= 0 && (raw = malloc((size_t)n + 1)) != NULL) {
		vsnprintf(raw, (size_t)n + 1, fmt, aq);
		if (n > 0 && raw[n - 1] == '\n')
			raw[--n] = '\0';
		clean = text_clean(raw, (size_t)n);
		free(raw);
	}
	va_end(aq);
	fprintf(stderr, "%s\n", clean ? clean : "tekdip: out of memory");
	free(clean);
}
