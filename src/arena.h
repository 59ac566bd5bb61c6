/* arena.h: one allocation pool per query result, freed in one call. */
#ifndef TEKDIP_ARENA_H
#define TEKDIP_ARENA_H

#include <stddef.h>

struct arena_block;

struct arena {
	struct arena_block *head;
	int failed;		/* an allocation failed: results are incomplete */
	size_t bytes;		/* allocated so far: answers are bounded in size */
};

#define ARENA_INIT { NULL, 0, 0 }

void *arena_alloc(struct arena *a, size_t size);
/* Zeroed array of n elements of size bytes (overflow-checked). */
void *arena_array(struct arena *a, size_t n, size_t size);
char *arena_strdup(struct arena *a, const char *s);
/* A copy of `s`, or NULL when `s` is: for the texts a page, a document, a
 * map or a deck keeps, so the store's answers can be freed at once. */
const char *arena_keep(struct arena *a, const char *s);
/* The `n` bytes at `s`, NUL-terminated. */
char *arena_strndup(struct arena *a, const char *s, size_t n);
/* Keep a malloc'd string: it is freed with the arena (NULL is kept as ""). */
char *arena_take(struct arena *a, char *s);
void arena_free(struct arena *a);

#endif
