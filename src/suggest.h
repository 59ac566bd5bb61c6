/* suggest.h: the nearest word to a misspelt one: edit distance, then how common. */
#ifndef TEKDIP_SUGGEST_H
#define TEKDIP_SUGGEST_H

#include <stddef.h>
#include <stdint.h>

#include "text.h"

/*
 * The best candidate offered so far for `word`: the fewest edits (a letter
 * inserted, dropped, changed, or two swapped), then the most rows that hold
 * it, then the first in byte order.  A word of three or four bytes may be
 * one edit away, a longer one two; a shorter one gets no suggestion.
 */
struct suggest {
	const char *word;
	size_t len;
	int max;		/* edits allowed: 0 means none is ever suggested */
	int found, dist;
	int64_t freq;
	char term[TEXT_TOKEN_MAX + 1];
};

void suggest_begin(struct suggest *s, const char *word);
/* Consider `term`, held by `freq` rows of the index. */
void suggest_offer(struct suggest *s, const char *term, int64_t freq);

/* Edits from a to b (optimal string alignment, on bytes), or max + 1 when
 * more than `max`; a word is never more than TEXT_TOKEN_MAX bytes here. */
int suggest_distance(const char *a, size_t alen, const char *b, size_t blen, int max);

#endif
