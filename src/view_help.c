/* view_help.c: the help (made from the action table), history and bookmarks views. */
#include "config.h"

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
	}
	page_text(p, R_META, 2, _("In the search prompt, any other key is typed into the query."));
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

int
view_bookmarks(struct view_ctx *ctx, const struct target *t, struct page *p)
{
	(void)t;
	p->crumb = _("Bookmarks");
	page_row(p, R_HEADING, 0, _("Bookmarks"), NULL);
	return slug_list(ctx, p, &ctx->state->bookmarks,
	    _("No bookmarks yet: press m on a concept to add one."));
}
