/* search.c: choosing and cutting the snippet that shows why a result matched. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "search.h"

/* A window of `s` that starts a little before the match and fits `width`. */
static char *
window(const char *s, size_t match, size_t width)
{
	size_t len = strlen(s), start = match, lead = width / 4;
	struct buf b = BUF_INIT;
	char *cut;

	/* back up about a quarter of the width, to the start of a word */
	while (start > 0 && text_width(s + start, match - start) < lead)
		start = text_prev_char(s, len, start);
	while (start > 0 && start < match && s[start - 1] != ' ')
		start = text_next_char(s, len, start);
	if (start == 0 || width == 0)
		return text_truncate(s + start, len - start, width);
	/* the "…" before takes a column; what follows is cut to the rest
	 * (a summary or quote is read only as far as it shows) */
	if ((cut = text_truncate(s + start, len - start, width - 1)) == NULL)
		return NULL;
	buf_adds(&b, "…");
	buf_adds(&b, cut);
	buf_addc(&b, '\0');
	free(cut);
	return buf_finish(&b);
}

char *
search_snippet(const struct store_hit *h, const struct text_tokens *t, size_t width)
{
	const char *fields[4] = { h->item.name, h->item.name_en, h->item.gloss, h->summary };
	struct text_span span;

	/* name, aliases, English name, gloss, summary, quotes: the order of
	 * rank; a match in the name is shown by the name itself */
	if (text_match(fields[0], strlen(fields[0]), t, &span, 1))
		return strdup("");
	for (size_t i = 0; i < h->naliases; i++)
		if (text_match(h->aliases[i], strlen(h->aliases[i]), t, &span, 1))
			return window(h->aliases[i], span.off, width);
	for (size_t i = 1; i < 4; i++)
		if (fields[i] && text_match(fields[i], strlen(fields[i]), t, &span, 1))
			return window(fields[i], span.off, width);
	for (size_t i = 0; i < h->nquotes; i++)
		if (text_match(h->quotes[i], strlen(h->quotes[i]), t, &span, 1))
			return window(h->quotes[i], span.off, width);
	return strdup("");
}
