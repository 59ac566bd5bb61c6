/* vec.c: doubling growth for heap and arena arrays, overflow-checked. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "vec.h"

#define VEC_FIRST 16

/* The capacity after growing `cap` to hold `need`, or 0 on overflow. */
static size_t
next_cap(size_t cap, size_t need, size_t size)
{
	size_t ncap = cap ? cap : VEC_FIRST;

	while (ncap < need) {
		if (ncap > SIZE_MAX / 2)
			return 0;
		ncap *= 2;
	}
	return size && ncap > SIZE_MAX / size ? 0 : ncap;
}

void *
vec_reserve(void *v, size_t *cap, size_t need, size_t size)
{
	size_t ncap;
	void *nv;

	if (need <= *cap && v)
		return v;
	if ((ncap = next_cap(*cap, need, size)) == 0 || (nv = realloc(v, ncap * size)) == NULL)
		return NULL;
	*cap = ncap;
	return nv;
}

void *
vec_push(struct arena *a, void *v, size_t *n, size_t *cap, size_t size)
{
	if (*n == *cap) {
		size_t ncap = next_cap(*cap, *n + 1, size);
		void *nv = ncap ? arena_array(a, ncap, size) : NULL;

		if (!nv)
			return NULL;
		if (*n)
			memcpy(nv, v, *n * size);
		v = nv;
		*cap = ncap;
	}
	(*n)++;
	return v;
}
