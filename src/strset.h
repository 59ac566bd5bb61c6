/* strset.h: a set of strings, each with an optional value, by open addressing. */
#ifndef TEKDIP_STRSET_H
#define TEKDIP_STRSET_H

#include <stddef.h>

/* Each slot holds the key, its NUL, the value, its NUL: one allocation. */
struct strset {
	char **v;
	size_t cap, n;
};

#define STRSET_INIT { NULL, 0, 0 }

/* FNV-1a of the n bytes at p; its low 32 bits are 32-bit FNV-1a. */
size_t strset_hash(const char *p, size_t n);
/* 1 added, 0 there already (its value unchanged), -1 out of memory. */
int strset_put(struct strset *s, const char *key, const char *value);
int strset_add(struct strset *s, const char *key);
/* The key's value, or NULL when the key is not in the set. */
const char *strset_get(const struct strset *s, const char *key);
void strset_free(struct strset *s);

#endif
