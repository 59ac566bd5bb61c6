/* fixture_write.c: a document as a writer writes it, for the tests of the writers. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "fixture.h"

char *
fixture_written(enum write_format f, const struct doc *d, size_t width)
{
	char *out = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&out, &len);
	struct write_opts o = { .fp = fp, .width = width };

	if (!fp)
		abort();
	write_doc(f, d, &o);
	if (fclose(fp) != 0)
		abort();
	return out;
}
