/* view_basket.c: the briefing basket's page: its items in the briefing's order, one link each. */
#include "config.h"

#include "i18n.h"
#include "view.h"

/* Link i is item i, so that K, J and d act on the item selected: a slug
 * this database lacks (a basket filled with another --db) still has its
 * link, and a slug that is both a concept and a list has one. */
static void
item_rows(struct page *p, const struct state_list *l, const struct store_items *it)
{
	size_t j = 0;

	for (size_t i = 0; i < l->n; i++) {
		const char *lead = page_fmt(p, "%zu. ", i + 1);
		const struct store_item *item = view_slug_item(it, &j, l->v[i]);

		if (item) {
			view_item_link(p, 0, item, lead);
		} else {
			struct target t = target_make(V_CONCEPT, l->v[i]);

			page_link(p, 0, page_fmt(p, "%s%s", lead, l->v[i]), _("not in this database"), &t);
		}
	}
}

int
view_basket(struct view_ctx *ctx, const struct target *t, struct page *p)
{
	static const struct state_list none;
	const struct state_list *l = ctx->basket ? &ctx->basket->items : &none;
	struct store_items it;
	int rc;

	(void)t;
	p->crumb = _("Basket");
	page_row(p, R_HEADING, 0, page_fmt(p, _("Briefing basket (%zu)"), l->n), NULL);
	page_text(p, R_META, 0, _("K, J: move the selected item up or down · d: remove it · "
	    "D: empty the basket · w: write the briefing"));
	if (l->n == 0) {
		page_text(p, R_META, 2, _("Empty: a on a concept or list adds it."));
		return STORE_OK;
	}
	if ((rc = store_lookup(ctx->st, (const char *const *)l->v, l->n, &it)) != STORE_OK)
		return rc;
	item_rows(p, l, &it);
	store_items_free(&it);
	return p->mem.failed ? STORE_ERROR : STORE_OK;
}
