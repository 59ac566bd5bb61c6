/* doc_private.h: what the document builders in files of their own share with doc.c. */
#ifndef TEKDIP_DOC_PRIVATE_H
#define TEKDIP_DOC_PRIVATE_H

#include "doc.h"
#include "store.h"

/* An empty document of `type` with every article loaded for its quotes. */
int doc_begin(struct store *st, struct doc *d, enum doc_type type);
/* `rc`, or STORE_ERROR if memory ran out; frees the document unless STORE_OK. */
int doc_finish(struct doc *d, int rc);
/* The article `article` names, from the document's sources, or NULL. */
const struct doc_source *doc_source_of(const struct doc *d, const char *article);

/* snprintf, but a text cut to `n` ends on a whole character: a title of
 * the data cut mid-character would be no UTF-8 in any output. */
const char *doc_format(char *buf, size_t n, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
