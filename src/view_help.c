/* view_help.c: the help (made from the action table), history and bookmarks views. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "i18n.h"
#include "text.h"
#include "view.h"

int
view_help(struct view_ctx *ctx, const struct target *t, struct page *p)
{
	size_t w = 0;

	(void)ctx;
	(void)t;
	p->crumb = _("Help");
	for (size_t i = 0; i < action_count; i++) {
		char keys[64];

		action_keys_text(&action_table[i], keys, sizeof keys);
		w = strlen(keys) > w ? strlen(keys) : w;	/* key names are ASCII */
	}
	page_row(p, R_TITLE, 0, _("tekdip: keys"), NULL);
	page_text(p, R_META, 0, _("Keys are those of less, with lynx-style links. "
	    "Left or q goes back; q in the first view quits."));
	for (int g = 0; g < G_COUNT; g++) {
		page_blank(p);
		page_row(p, R_HEADING, 0, _(action_group_names[g]), NULL);
		for (size_t i = 0; i < action_count; i++) {
			char keys[64];

			if (action_table[i].group != (enum action_group)g)
				continue;
			action_keys_text(&action_table[i], keys, sizeof keys);
			page_row(p, R_KEY, 2, view_pad(p, keys, w + 2), _(action_table[i].help));
		}
		if (g == G_PROMPT)	/* under its group, whatever groups follow */
			page_text(p, R_META, 2, _("In the search prompt, any other key is typed into the query."));
	}
	page_blank(p);
	page_row(p, R_HEADING, 0, _("Mouse"), NULL);
	page_text(p, R_TEXT, 2, _("Click selects a line, click on a link opens it, the wheel scrolls."));
	return STORE_OK;
}

static int
slug_list(struct view_ctx *ctx, struct page *p, const struct state_list *l, const char *empty)
{
	struct store_items it;
	int rc = store_lookup(ctx->st, (const char *const *)l->v, l->n, &it);

	for (size_t i = 0; rc == STORE_OK && i < it.n; i++)
		view_item_link(p, 0, &it.v[i], NULL);
	if (rc == STORE_OK && it.n == 0)
		page_text(p, R_META, 2, empty);
	store_items_free(&it);
	return rc;
}

int
view_history(struct view_ctx *ctx, const struct target *t, struct page *p)
{
	(void)t;
	p->crumb = _("History");
	page_row(p, R_HEADING, 0, _("Concepts visited, newest first"), NULL);
	return slug_list(ctx, p, &ctx->state->history, _("Nothing visited yet."));
}

/* store_lookup() keeps the order and skips what is absent (a slug that is
 * both a concept and a list gives two items), so one walk of both finds
 * each slug's item, or its absence. */
const struct store_item *
view_slug_item(const struct store_items *found, size_t *j, const char *slug)
{
	const struct store_item *it = NULL;

	for (; *j < found->n && strcmp(found->v[*j].slug, slug) == 0; (*j)++)
		if (!it)
			it = &found->v[*j];
	return it;
}

int
view_slugs_split(struct store *st, const struct state_list *l, struct store_items *found,
    const char ***missing, size_t *nmissing)
{
	int rc = store_lookup(st, (const char *const *)l->v, l->n, found);
	size_t j = 0;

	*missing = NULL;
	*nmissing = 0;
	if (rc != STORE_OK)
		return rc;
	for (size_t i = 0; i < l->n; i++) {
		if (view_slug_item(found, &j, l->v[i]))
			continue;
		if (!*missing && !(*missing = malloc(l->n * sizeof **missing))) {
			store_items_free(found);
			return STORE_ERROR;
		}
		(*missing)[(*nmissing)++] = l->v[i];
	}
	return STORE_OK;
}

/* Bookmarks of another database are listed apart, where m removes them:
 * they count toward the STATE_MAX_BOOKMARKS kept, so they must not be
 * invisible. */
int
view_bookmarks(struct view_ctx *ctx, const struct target *t, struct page *p)
{
	struct store_items it;
	const char **missing;
	size_t nmissing;
	int rc;

	(void)t;
	p->crumb = _("Bookmarks");
	page_row(p, R_HEADING, 0, _("Bookmarks"), NULL);
	rc = view_slugs_split(ctx->st, &ctx->state->bookmarks, &it, &missing, &nmissing);
	if (rc != STORE_OK)
		return rc;
	for (size_t i = 0; i < it.n; i++)
		view_item_link(p, 0, &it.v[i], NULL);
	if (it.n == 0 && nmissing == 0)
		page_text(p, R_META, 2, _("No bookmarks yet: press m on a concept to add one."));
	if (nmissing > 0) {
		page_blank(p);
		page_row(p, R_HEADING, 0, page_fmt(p, _("Not in this database (%zu)"), nmissing), NULL);
		page_text(p, R_META, 2, page_fmt(p, _("Bookmarked with another --db; they count "
		    "toward the %d kept. m on one removes it."), STATE_MAX_BOOKMARKS));
	}
	for (size_t i = 0; i < nmissing; i++) {
		struct target m = target_make(V_CONCEPT, missing[i]);

		page_link(p, 2, missing[i], NULL, &m);
	}
	free(missing);
	store_items_free(&it);
	return p->mem.failed ? STORE_ERROR : STORE_OK;
}
