/* cli_format.h: the machine and handout formats of the text commands (tsv, json, markdown). */
#ifndef TEKDIP_CLI_FORMAT_H
#define TEKDIP_CLI_FORMAT_H

#include <stdio.h>

#include "store.h"

enum cli_format { FMT_TEXT, FMT_TSV, FMT_JSON, FMT_MARKDOWN, FMT_COUNT };

/* "text", "tsv", ... -> the format, or -1. */
int cli_format_parse(const char *name);

/* A list of concepts; `list` is the enumerated list they come from, or NULL
 * for a kind (members are then not numbered). */
void cli_format_items(FILE *fp, enum cli_format f, const struct store_items *items,
    const struct store_listref *list);
void cli_format_concept(FILE *fp, enum cli_format f, const struct store_concept *c);
/* Search results with their snippets (snips[i] for hits->v[i]). */
void cli_format_hits(FILE *fp, enum cli_format f, const struct store_hits *hits, char *const *snips);

#endif
