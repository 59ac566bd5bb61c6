/* cli.h: the non-interactive commands (--kinds, --list, --show), printed as text. */
#ifndef TEKDIP_CLI_H
#define TEKDIP_CLI_H

#include <stdio.h>

#include "store.h"
#include "write.h"

/* Exit statuses, as tekdip(1) documents them. */
enum {
	EXIT_OK = 0,
	EXIT_RUNTIME = 1,	/* missing or bad database, no such slug, no result */
	EXIT_USAGE = 2,
};

struct cli_out {
	FILE *fp;
	size_t width;		/* wrap column */
	enum write_format format;
	int color;		/* bold names and headings (--color) */
	const char *db;		/* the database's path, for error messages */
	int exact;		/* --search: the words as given, never corrected */
	int ascii;		/* --map: + - | for boxes (--ascii, or a locale not UTF-8) */
};

int cli_kinds(struct store *st, const struct cli_out *o);
/* Concepts of a kind, or the members of an enumerated list, in order. */
int cli_list(struct store *st, const char *what, const struct cli_out *o);
int cli_lists(struct store *st, const struct cli_out *o);
int cli_show(struct store *st, const char *slug, const struct cli_out *o);
/* A concept's passages as citations in memo form, in article order. */
int cli_cite(struct store *st, const char *slug, const struct cli_out *o);

/* --map: a concept's or list's map `depth` steps out, in text boxes, dot or
 * mermaid; cli_graph: --show, or a list's --list, as dot or mermaid (every
 * link one step out). */
int cli_map(struct store *st, const char *slug, int depth, const struct cli_out *o);
int cli_graph(struct store *st, const char *slug, const struct cli_out *o);

/* "tekdip: SLUG: WHAT; did you mean ...?" on stderr; returns EXIT_RUNTIME. */
int cli_not_found(struct store *st, const char *slug, const char *what);
/* "tekdip: PATH: REASON" on stderr for the store's failure; returns EXIT_RUNTIME. */
int cli_db_error(struct store *st, const struct cli_out *o);
/* A document the store cut at its bounds says so on stderr ("tekdip:
 * WHAT: more rows..."). */
void cli_cut_note(const struct doc *d, const char *what);

/* What --export is asked for: its targets (slugs, kind:K, search:Q, all),
 * how far to follow links and which, and the briefing's title. */
struct cli_export {
	const char *const *targets;
	size_t ntargets;
	int depth;
	const char *relations;	/* "r1,r2", or NULL for every relation */
	const char *title;	/* NULL: made from the targets */
};

/* A briefing in o->format (markdown, text or html); nothing is written
 * unless every target names something. */
int cli_export(struct store *st, const struct cli_export *e, const struct cli_out *o);

/* --export-site: the whole reference as a static site in `dir`, which
 * must not hold anything unless `force` (cli_site.c). */
int cli_site(struct store *st, const char *dir, int force);
/* Every dated concept in date order (cli_parts.c). */
int cli_timeline(struct store *st, const struct cli_out *o);
/* Concepts a and b side by side (cli_parts.c). */
int cli_compare(struct store *st, const char *a, const char *b, const struct cli_out *o);

#define CLI_LIMIT_DEFAULT 20
#define CLI_LIMIT_MAX 1000
/* Ranked results with the snippet that matched; EXIT_RUNTIME when none. */
int cli_search(struct store *st, const char *query, size_t limit, const struct cli_out *o);

#endif
