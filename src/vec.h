/* vec.h: one growth rule for every growable array, on the heap or in an arena. */
#ifndef TEKDIP_VEC_H
#define TEKDIP_VEC_H

#include <stddef.h>

#include "arena.h"

/* Room for `need` elements of `size` bytes in the heap array `v` of
 * capacity *cap, doubling; returns the (maybe moved) array, or NULL when
 * memory ran out, leaving `v` and *cap as they were. */
void *vec_reserve(void *v, size_t *cap, size_t need, size_t size);

/* One more element at the end of an arena array (old space stays in the
 * arena); returns the array, or NULL when memory ran out. */
void *vec_push(struct arena *a, void *v, size_t *n, size_t *cap, size_t size);
/* The new last element of `arr`, or NULL (then `arr` is NULL too). */
#define VEC_PUSH(a, arr, n, cap) \
	((arr) = vec_push((a), (arr), &(n), &(cap), sizeof *(arr)), (arr) ? &(arr)[(n) - 1] : NULL)

#endif
