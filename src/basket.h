/* basket.h: the briefing basket: concepts and lists gathered while browsing, kept between runs, written as one briefing. */
#ifndef TEKDIP_BASKET_H
#define TEKDIP_BASKET_H

#include <stddef.h>

#include "state.h"
#include "store.h"

#define BASKET_FILE "basket"	/* in the state directory, beside the bookmarks */
#define BASKET_MAX 200		/* a briefing no one would read past this */

/*
 * The slugs in the briefing's order.  Every change is made in memory and
 * saved at once as the bookmarks are (state_slugs_change): a failed save
 * keeps the change for the session, with *err (malloc'd, the caller frees
 * it) to show as a notice.
 */
struct basket {
	struct state_list items;
};

/* Read $XDG_DATA_HOME/tekdip/basket; *k need not be initialised and is
 * usable after -1 (a damaged file moved aside says so in *err). */
int basket_load(struct basket *k, const struct state *s, char **err);
void basket_free(struct basket *k);
/* The index of `slug`, or k->items.n when it is not in the basket. */
size_t basket_find(const struct basket *k, const char *slug);
/* Add `slug` at the end, or take it out when it is in; *added says which. */
int basket_toggle(struct basket *k, struct state *s, const char *slug, int *added, char **err);
/* Item i changes places with the one before (dir -1) or after (1) it;
 * 1 when there is none, nothing changed. */
int basket_move(struct basket *k, struct state *s, size_t i, int dir, char **err);
int basket_remove(struct basket *k, struct state *s, size_t i, char **err);
int basket_clear(struct basket *k, struct state *s, char **err);

/* The format a briefing's file name asks for by its extension (.md,
 * .markdown, .html, .htm, .txt), or -1. */
int basket_format(const char *path);
/* briefing-YYYY-MM-DD.md, today's (doc_brief_today()). */
void basket_default_name(char *buf, size_t n);
/* The briefing of the basket, as `tekdip --export ITEMS --format F` writes
 * it, to `path` atomically: 0; 1 when `path` exists and !replace (nothing
 * written); -1 with *err. */
int basket_write(struct store *st, const struct basket *k, const char *path, int replace,
    char **err);

#endif
