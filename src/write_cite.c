/* write_cite.c: a passage as a citation in memo form, for y's clipboard and --cite. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "write.h"

/*
 * The quote, then what the article states of itself, in the order a memo's
 * footnote gives it: title, outlet, date, URL.  A field the article does not
 * state is left out, never filled in ("untitled" is the browser's word, not
 * the article's).
 */
char *
write_cite_memo(const char *quote, const struct doc_source *src)
{
	const char *parts[3] = { src ? src->title : NULL, src ? src->outlet : NULL,
		src ? src->date : NULL };
	struct buf b = BUF_INIT;
	int any = 0;

	buf_printf(&b, "“%s”\n", quote ? quote : "");
	for (size_t i = 0; i < sizeof parts / sizeof *parts; i++) {
		if (!parts[i])
			continue;
		buf_adds(&b, any ? ", " : "— ");
		buf_adds(&b, parts[i]);
		any = 1;
	}
	if (any)
		buf_addc(&b, '\n');
	if (src && src->url)
		buf_printf(&b, "%s\n", src->url);
	return buf_finish(&b);
}

/* --cite: every citation of the document, one memo each, a blank line between. */
void
write_citations(const struct doc *d, const struct write_opts *o)
{
	const struct doc_section *s = &d->sec[SEC_CITATIONS];

	for (size_t i = 0; i < s->n; i++) {
		char *memo = write_cite_memo(s->refs[i].quote.text, s->refs[i].quote.src);

		if (memo)
			fprintf(o->fp, "%s%s", i ? "\n" : "", memo);
		free(memo);
	}
}
