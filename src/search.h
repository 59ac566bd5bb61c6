/* search.h: what a search result shows: the text it matched in, cut around the match. */
#ifndef TEKDIP_SEARCH_H
#define TEKDIP_SEARCH_H

#include <stddef.h>

#include "store.h"

#define SEARCH_PAGE 50	/* results per page: typing never waits on more */

/* The first of name, aliases, English name, gloss, summary and quotes that
 * holds a searched word, cut to `width` columns around the first match
 * ("…" where cut).  Returns a malloc'd string ("" when nothing matched
 * in a shown text), or NULL when out of memory. */
char *search_snippet(const struct store_hit *h, const struct text_tokens *t, size_t width);

#endif
