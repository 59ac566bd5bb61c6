/* arena.c: bump allocation in linked blocks, so a result frees in one call. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"

struct arena_block {
	struct arena_block *next;
	size_t used, size;
	max_align_t data[];
};

#define BLOCK_SIZE 8192

void *
arena_alloc(struct arena *a, size_t size)
{
	const size_t align = sizeof(max_align_t);
	struct arena_block *b = a->head;
	void *p;

	if (size > SIZE_MAX - align)
		goto fail;
	size = (size + align - 1) / align * align;
	if (!b || b->size - b->used < size) {
		size_t bsize = size > BLOCK_SIZE ? size : BLOCK_SIZE;

		b = malloc(sizeof *b + bsize);
		if (!b)
			goto fail;
		b->used = 0;
		b->size = bsize;
		/* a big block goes behind the head, so the head keeps its room */
		if (a->head && size > BLOCK_SIZE) {
			b->next = a->head->next;
			a->head->next = b;
		} else {
			b->next = a->head;
			a->head = b;
		}
	}
	p = (char *)b->data + b->used;
	b->used += size;
	a->bytes += size;
	memset(p, 0, size);
	return p;
fail:
	a->failed = 1;
	return NULL;
}

void *
arena_array(struct arena *a, size_t n, size_t size)
{
	if (size && n > SIZE_MAX / size) {
		a->failed = 1;
		return NULL;
	}
	return arena_alloc(a, n * size > 0 ? n * size : 1);
}

char *
arena_strdup(struct arena *a, const char *s)
{
	size_t n = strlen(s) + 1;
	char *p = arena_alloc(a, n);

	if (p)
		memcpy(p, s, n);
	return p;
}

const char *
arena_keep(struct arena *a, const char *s)
{
	return s ? arena_strdup(a, s) : NULL;
}

char *
arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p = n < SIZE_MAX ? arena_alloc(a, n + 1) : NULL;

	if (p) {
		memcpy(p, s, n);
		p[n] = '\0';
	}
	return p;
}

char *
arena_take(struct arena *a, char *s)
{
	char *p;

	if (!s) {
		a->failed = 1;
		return arena_strdup(a, "");
	}
	p = arena_strdup(a, s);
	free(s);
	return p;
}

void
arena_free(struct arena *a)
{
	struct arena_block *b = a->head;

	while (b) {
		struct arena_block *next = b->next;
		free(b);
		b = next;
	}
	a->head = NULL;
	a->failed = 0;
	a->bytes = 0;
}
