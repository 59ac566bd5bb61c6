/* suggest.c: the nearest word to a misspelt one: bounded edit distance, ties to the common. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "suggest.h"

#define DIST_MAX_LEN TEXT_TOKEN_MAX

static int
min3(int a, int b, int c)
{
	return a < b ? (a < c ? a : c) : (b < c ? b : c);
}

/*
 * Three rows of the usual table (the one before last, for a swap); a row
 * whose every cell is past `max` ends the count, so a far term costs a
 * row or two: the term table of a large reference is read on each miss.
 */
int
suggest_distance(const char *a, size_t alen, const char *b, size_t blen, int max)
{
	int rows[3][DIST_MAX_LEN + 1], *pp = rows[0], *p = rows[1], *c = rows[2];

	if (alen > DIST_MAX_LEN || blen > DIST_MAX_LEN)
		return max + 1;
	if ((alen > blen ? alen - blen : blen - alen) > (size_t)max)
		return max + 1;
	for (size_t j = 0; j <= blen; j++)
		p[j] = (int)j;
	for (size_t i = 1; i <= alen; i++) {
		int least = c[0] = (int)i;

		for (size_t j = 1; j <= blen; j++) {
			int cost = a[i - 1] != b[j - 1];

			c[j] = min3(p[j] + 1, c[j - 1] + 1, p[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && pp[j - 2] + 1 < c[j])
				c[j] = pp[j - 2] + 1;
			if (c[j] < least)
				least = c[j];
		}
		if (least > max)
			return max + 1;
		{
			int *t = pp;

			pp = p;
			p = c;
			c = t;
		}
	}
	return p[blen] <= max ? p[blen] : max + 1;
}

void
suggest_begin(struct suggest *s, const char *word)
{
	memset(s, 0, sizeof *s);
	s->word = word;
	s->len = strlen(word);
	s->max = s->len < 3 || s->len > DIST_MAX_LEN ? 0 : s->len < 5 ? 1 : 2;
}

void
suggest_offer(struct suggest *s, const char *term, int64_t freq)
{
	size_t len = strlen(term);
	int d;

	if (s->max == 0 || len > TEXT_TOKEN_MAX || strcmp(term, s->word) == 0)
		return;
	d = suggest_distance(s->word, s->len, term, len, s->found ? s->dist : s->max);
	if (d > s->max || (s->found && (d > s->dist || (d == s->dist &&
	    (freq < s->freq || (freq == s->freq && strcmp(term, s->term) >= 0))))))
		return;
	s->found = 1;
	s->dist = d;
	s->freq = freq;
	snprintf(s->term, sizeof s->term, "%s", term);
}
