/* strset.c: a set of strings, each with an optional value, by open addressing. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "strset.h"

size_t
strset_hash(const char *p, size_t n)
{
	size_t h = 2166136261u;

	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)p[i]) * 16777619u;
	return h;
}

/* 1 with *at the key's slot; 0 with *at the empty slot it would take. */
static int
strset_find(const struct strset *s, const char *key, size_t *at)
{
	size_t i;

	if (!s->cap)
		return *at = 0, 0;
	for (i = strset_hash(key, strlen(key)) & (s->cap - 1); s->v[i]; i = (i + 1) & (s->cap - 1))
		if (strcmp(s->v[i], key) == 0)
			return *at = i, 1;
	*at = i;
	return 0;
}

/* Twice the room, the keys moved over, at most half full after. */
static int
grow(struct strset *s)
{
	size_t cap = s->cap ? s->cap * 2 : 64, at;
	struct strset big = { calloc(cap, sizeof *s->v), cap, s->n };

	if (!big.v)
		return -1;
	for (size_t k = 0; k < s->cap; k++)
		if (s->v[k] && !strset_find(&big, s->v[k], &at))
			big.v[at] = s->v[k];
	free(s->v);
	*s = big;
	return 0;
}

int
strset_put(struct strset *s, const char *key, const char *value)
{
	size_t at, kl = strlen(key), vl = strlen(value);

	if ((s->n + 1) * 2 > s->cap && grow(s) < 0)
		return -1;
	if (strset_find(s, key, &at))
		return 0;
	if (!(s->v[at] = malloc(kl + vl + 2)))
		return -1;
	memcpy(s->v[at], key, kl + 1);
	memcpy(s->v[at] + kl + 1, value, vl + 1);
	s->n++;
	return 1;
}

int
strset_add(struct strset *s, const char *key)
{
	return strset_put(s, key, "");
}

const char *
strset_get(const struct strset *s, const char *key)
{
	size_t at;

	return strset_find(s, key, &at) ? s->v[at] + strlen(s->v[at]) + 1 : NULL;
}

void
strset_free(struct strset *s)
{
	for (size_t i = 0; i < s->cap; i++)
		free(s->v[i]);
	free(s->v);
	memset(s, 0, sizeof *s);
}
