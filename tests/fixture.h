/* fixture.h: small tekdip databases built in a temporary directory for tests. */
#ifndef TEKDIP_FIXTURE_H
#define TEKDIP_FIXTURE_H

#include <stddef.h>

#include "write.h"

struct store;
struct doc;

/* The bundled reference make built ($top_builddir/tekdip.db); NULL, said
 * on stderr, when it does not open. */
struct store *fixture_bundled_open(void);
/* The whole file, NUL-terminated and malloc'd; NULL when it cannot be read. */
char *fixture_slurp(const char *path);
/* data/schema.sql, malloc'd. */
char *fixture_schema(void);
/* Build the standard fixture database; returns its malloc'd path. */
char *fixture_db(void);
/* `n` (10 or more) numbered concepts, the first a hub with backlinks
 * under three relations (5, 3 and n - 9 of them); returns its path. */
char *fixture_many_db(int n);
/* A store open on fixture_many_db(n), its path in *path; a database that
 * does not open aborts the test with the reason. */
struct store *fixture_many_open(int n, char **path);
/* Close a store fixture_many_open() gave and remove its file. */
void fixture_store_close(struct store *st, char *path);
/* Write `len` bytes to a new file in the fixture directory. */
char *fixture_file(const char *name, const void *data, size_t len);
/* Remove a fixture file and free its path. */
void fixture_remove(char *path);

/* Document `d` as writer `f` writes it at `width` columns, malloc'd; a
 * stream that cannot be made or closed aborts the test. */
char *fixture_written(enum write_format f, const struct doc *d, size_t width);

/* cmocka group setup and teardown: *state is a store open on the fixture. */
int fixture_open(void **state);
int fixture_close(void **state);

#endif
